import java.io.*;

/* Building strings with a StringWriter under a PrintWriter, and bytes with
 * a ByteArrayOutputStream under a PrintStream; their checks and messages. */
public class IoStringWriter {
    static String table(int n) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        for (int i = 1; i <= n; i++) pw.printf("%2d x %2d = %3d%n", i, i, i * i);
        pw.print("total ");
        pw.println(n * (n + 1) * (2 * n + 1) / 6);
        pw.flush();
        return sw.toString();
    }

    public static void main(String[] args) throws IOException {
        System.out.print(table(5));

        StringWriter sw = new StringWriter();
        sw.write("abc");
        sw.write('d');
        sw.write("0123456789", 2, 3);
        sw.write(new char[] {'x', 'y', 'z'}, 1, 2);
        sw.append("++").append('!').append("[sub]", 1, 4);
        sw.write((String) null);
        System.out.println(sw + " " + sw.toString().length());
        sw.flush();
        sw.close();
        sw.write(" still open");
        System.out.println(sw);

        PrintWriter pw = new PrintWriter(sw);
        pw.print(1);
        pw.print('-');
        pw.print(2.5);
        pw.print(new char[] {'#'});
        pw.print((Object) null);
        pw.println();
        System.out.println("[" + sw + "]");

        /* a bad specifier: what came before it is written, then it throws */
        StringWriter partial = new StringWriter();
        PrintWriter p2 = new PrintWriter(partial);
        try {
            p2.printf("x=%d y=%d z=%s", 1, 2);
        } catch (RuntimeException e) {   /* java.util.MissingFormatArgumentException */
            System.out.println("printf threw");
        }
        p2.println(" <- partial");
        System.out.print(partial);

        /* range checks and their messages */
        try {
            sw.write("abc", 2, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            sw.write(new char[3], 1, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            pw.append("abc", 2, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new StringWriter(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new BufferedWriter(sw, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        /* a closed PrintWriter drops its output and says so */
        StringWriter target = new StringWriter();
        PrintWriter closing = new PrintWriter(target);
        closing.print("kept");
        closing.close();
        System.out.println("checkError after close: " + closing.checkError());
        closing.println("dropped");
        System.out.println("checkError after a write: " + closing.checkError() + " [" + target + "]");

        /* a closed BufferedWriter throws */
        BufferedWriter bw = new BufferedWriter(new StringWriter());
        bw.close();
        bw.close();
        try {
            bw.write("x");
        } catch (IOException e) {
            System.out.println("IOException: " + e.getMessage());
        }

        /* bytes: UTF-8 from a PrintStream, decoded again */
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes);
        ps.print("naïve ");
        ps.println(3.25);
        ps.printf("%s|%5s|%n", "日本", "€");
        ps.flush();
        System.out.println(bytes.size() + " bytes");
        System.out.print(bytes.toString());
        byte[] raw = bytes.toByteArray();
        System.out.println(raw[0] + " " + raw[2] + " " + raw[3] + " " + raw.length);
        bytes.reset();
        ps.print('\uD83D');
        System.out.println("a lone high surrogate waits: " + bytes.size());
        ps.print('\uDE00');
        System.out.println("with its low half: " + bytes.size() + " " + bytes);
        ps.print('\uD83D');
        ps.close();
        System.out.println("closed with a lone one: " + bytes.size() + " " + bytes);
        ps.println("after close");
        System.out.println("checkError " + ps.checkError() + " " + bytes.size());
    }
}
