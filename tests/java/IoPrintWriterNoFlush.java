import java.io.*;

/* Writers that are never flushed print only what their buffers already
 * passed on, exactly as on the JVM: a BufferedWriter passes 8192 chars at a
 * time, the OutputStreamWriter under it 8192 bytes when the next char does
 * not fit.  Multi-byte chars make the two counts differ. */
public class IoPrintWriterNoFlush {
    public static void main(String[] args) {
        PrintWriter lost = new PrintWriter(System.out);
        lost.println("this line is never seen");
        System.out.println("direct 1");

        PrintWriter auto = new PrintWriter(System.out, true);
        auto.println("autoflush line");
        auto.print("autoflush print without a newline, never seen");
        System.out.println("direct 2");

        PrintStream buffered = new PrintStream(new BufferedOutputStream(System.out));
        buffered.println("PrintStream over a BufferedOutputStream, never flushed");
        System.out.println("direct 3");

        OutputStreamWriter w = new OutputStreamWriter(System.out);
        try {
            w.write("OutputStreamWriter, never flushed\n");
        } catch (IOException e) {
            System.out.println("unexpected " + e);
        }
        System.out.println("direct 4");

        /* 3000 lines of 7 chars, 2 of them two bytes long in UTF-8: the
         * first chunks come out, the rest stays in the buffers */
        PrintWriter big = new PrintWriter(System.out);
        for (int i = 0; i < 3000; i++) big.printf("%04d é%n", i % 10000);
        System.out.println();
        System.out.println("direct 5");
        for (int i = 0; i < 5000; i++) big.print("€");
        System.out.println();
        System.out.println("direct 6");
    }
}
