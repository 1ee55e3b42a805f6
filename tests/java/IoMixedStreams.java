import java.io.*;
import static java.lang.System.out;

/* System.out as a value: a PrintStream variable and the direct calls
 * share one stream (their order stays), String.valueOf for every type,
 * printf and format returning the stream, append, checkError. */
public class IoMixedStreams {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + ", " + y + ")"; }
    }

    public static void main(String[] args) {
        PrintStream ps = System.out;
        System.out.println("same object: " + (ps == System.out) + " " + (ps == out) + " " + (ps != System.err));
        System.out.println(ps.getClass().getName());
        for (int i = 0; i < 3; i++) {
            System.out.print("direct " + i + "; ");
            ps.print("variable " + i + "; ");
            ps.println();
        }
        /* every print overload through the variable */
        ps.println(true);
        ps.println('c');
        ps.println(42);
        ps.println(-7L);
        ps.println(1.5f);
        ps.println(0.1 + 0.2);
        ps.println(Double.NaN);
        ps.println(new char[] {'a', 'r', 'r'});
        ps.println("string");
        ps.println((String) null);
        ps.println((Object) null);
        ps.println(new Point(1, 2));
        ps.println((Object) "object string");
        Integer boxed = 99;
        ps.println(boxed);
        byte b = -3;
        short s = 300;
        ps.println(b);
        ps.println(s);
        ps.print(false);
        ps.print(' ');
        ps.print(Long.MAX_VALUE);
        ps.print(' ');
        ps.print(new char[] {'!', '?'});
        ps.print((Object) new Point(3, 4));
        ps.print('\n');

        /* a surrogate pair split between a direct call and the variable */
        System.out.print('\uD83D');
        ps.print('\uDE00');
        System.out.println();

        /* printf and format return the stream */
        PrintStream r = System.out.printf("%d-%s", 1, "a").format("|%05.1f", 2.25);
        System.out.println();
        System.out.println("returned the same stream: " + (r == System.out));
        ps.printf("%s %s%n", "via", "variable").printf("chained%n");
        out.printf("%c%c%n", 'o', 'k');
        System.out.append("append ").append('c').append("--sub--", 2, 5).append(new StringBuilder(" sb")).println();
        System.out.println("checkError " + System.out.checkError() + " " + ps.checkError());

        /* the statically imported out as a value */
        PrintStream alias = out;
        alias.println("through the import");
        var v = System.out;
        v.println("through var");
        Object o = System.out;
        System.out.println(o instanceof PrintStream);
        System.out.println(o instanceof OutputStream);
        System.out.println(o instanceof Closeable);
        ps.flush();
        System.out.flush();
        System.out.println("end");
    }
}
