import java.io.*;

/* Bytes on System.out: write(int) keeps the low byte (values above 127 and
 * negative ones make UTF-8 sequences together), write(byte[]) and
 * write(byte[], int, int) with their range checks, and the JVM's rule
 * that write(int) bytes wait for a newline, a flush or other output. */
public class IoWriteBytes {
    public static void main(String[] args) throws IOException {
        System.out.write('A');
        System.out.write(66 + 256);          /* only the low byte: 'B' */
        System.out.write('\n');
        /* é and € and an emoji, byte by byte */
        byte[] utf8 = "é€😀".getBytes();
        System.out.println(utf8.length + " bytes");
        for (byte b : utf8) System.out.write(b);
        System.out.write(0xC3);
        System.out.write(0xA9 - 256);        /* the same byte as 0xA9 */
        System.out.write(10);
        System.out.write(utf8);
        System.out.println();
        System.out.write(utf8, 2, 3);
        System.out.println();
        System.out.writeBytes("writeBytes\n".getBytes());

        /* held bytes go out before the next print */
        System.out.write('x');
        System.out.write('y');
        System.out.print("z");
        System.out.println();
        System.out.write('!');
        System.out.flush();
        System.out.println();

        /* the range checks */
        byte[] five = {1, 2, 3, 4, 5};
        try {
            System.out.write(five, 3, 4);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.write(five, -1, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.write(new byte[300], 100, 250);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getClass().getName() + " " + e.getMessage());
        }

        /* through a PrintStream variable and a BufferedOutputStream */
        PrintStream out = System.out;
        out.write(0xE2);
        out.write(0x82);
        out.write(0xAC);
        out.println(" euro");
        BufferedOutputStream bos = new BufferedOutputStream(System.out, 4);
        for (int i = 0; i < 10; i++) bos.write('0' + i);
        bos.write('\n');
        bos.write("buffered bytes\n".getBytes(), 0, 15);
        bos.flush();
        OutputStream os = System.out;
        os.write(new byte[] {'o', 's', '\n'});
        os.flush();

        /* 200 bytes without a newline: the first 128 go out when the 129th
         * comes, the rest wait and are lost at exit, as on the JVM */
        System.out.println("the end");
        for (int i = 0; i < 200; i++) System.out.write('a' + i % 26);
    }
}
