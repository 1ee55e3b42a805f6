import java.io.*;

/* The fast-output idiom of competitive programming: a PrintWriter over a
 * BufferedWriter over an OutputStreamWriter over System.out, and its
 * shorter forms, mixed with direct System.out calls after each flush. */
public class IoFastOutput {
    static long checksum(int n) {
        long h = 7;
        for (int i = 0; i < n; i++) h = h * 31 + i;
        return h;
    }

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println("squares:");
        for (int i = 0; i < 20; i++) {
            out.print(i * i);
            out.print(i % 5 == 4 ? '\n' : ' ');
        }
        out.println(3.5);
        out.println(-0.0f);
        out.println(1e21);
        out.println(Long.MIN_VALUE);
        out.println(true);
        out.println('x');
        out.println(new char[] {'c', 'h', 'a', 'r', 's'});
        out.println((String) null);
        out.println((Object) null);
        out.println(new StringBuilder("builder"));
        out.printf("%5d|%-5s|%08.3f|%x%n", 42, "ab", Math.PI, 255);
        out.format("%s and %s%n", "format", "chaining").println("after format");
        out.append("app").append('e').append("xxndxx", 2, 4).println();
        out.write("written\n");
        out.write("0123456789", 3, 4);
        out.write('\n');
        out.write(new char[] {'a', 'b', 'c', 'd'}, 1, 2);
        out.println();
        out.println("héllo wörld €uro 日本 \uD83D\uDE00");
        out.flush();
        System.out.println("direct after flush");

        /* far more than the buffers hold: the order must stay */
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 30; i++) line.append((char) ('a' + i % 26));
        for (int i = 0; i < 400; i++) {
            out.print(i);
            out.print(' ');
            out.println(line);
        }
        out.println("checksum " + checksum(1000));
        out.flush();
        System.out.println("direct after the long run");

        /* new PrintWriter(System.out): the same buffers inside */
        PrintWriter pw = new PrintWriter(System.out);
        pw.println("short form");
        pw.printf("%.2f%n", 2.675);
        pw.flush();

        /* autoflush: println and printf flush, print waits */
        PrintWriter auto = new PrintWriter(System.out, true);
        auto.print("auto ");
        auto.println("line");
        System.out.println("direct between");
        auto.printf("printf %d%n", 7);
        System.out.println("direct again");

        /* a BufferedOutputStream under a PrintStream */
        PrintStream ps = new PrintStream(new BufferedOutputStream(System.out));
        ps.println("through BufferedOutputStream");
        ps.print(12);
        ps.println();
        ps.flush();
        System.out.println("checkError " + ps.checkError() + " " + out.checkError());
        out.close();
        System.out.println("after close: nothing more");
    }
}
