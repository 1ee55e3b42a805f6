/* java.io.InputStream: System.in is the one Lime has (standard input). */
public class InputStream {
    private static InputStream stdin;
    InputStream() {}
    /* System.in (the checker makes System.in this call) */
    public static InputStream lime$stdin() {
        if (stdin == null) stdin = new InputStream();
        return stdin;
    }
    /* the next byte of standard input, or -1 at its end (runtime/stdin.c) */
    public native int read();
}
