/* java.io.InputStream: a source of bytes; read(byte[], int, int) reads them
 * one by one through read() unless a subclass does better.  System.in is
 * the one lime$stdin() makes, over the runtime's buffer of standard input. */
public abstract class InputStream implements Closeable {
    private static InputStream stdin;
    public InputStream() {}

    /* System.in (the checker makes System.in this call) */
    public static InputStream lime$stdin() {
        if (stdin == null) stdin = new InputStream() {
            public int read() { return stdinRead(); }
            /* what standard input has at hand, without waiting for len
             * bytes: as the JVM's BufferedInputStream, more only while
             * more are ready (available() > 0) */
            public int read(byte[] b, int off, int len) {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                if (len == 0) return 0;
                int n = stdinReadBytes(b, off, len);
                while (n > 0 && n < len && stdinAvailable() > 0) {
                    int k = stdinReadBytes(b, off + n, len - n);
                    if (k < 0) break;
                    n += k;
                }
                return n;
            }
            public int available() { return stdinAvailable(); }
        };
        return stdin;
    }
    /* the next byte of standard input, or -1 at its end (runtime/stdin.c) */
    private static native int stdinRead();
    /* 1 to len bytes of standard input into b[off..], or -1 at its end */
    private static native int stdinReadBytes(byte[] b, int off, int len);
    /* the bytes standard input can give without waiting (runtime/stdin.c) */
    private static native int stdinAvailable();

    public abstract int read() throws IOException;
    public int read(byte[] b) throws IOException { return read(b, 0, b.length); }
    /* the first byte, then more until len or the end */
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        int c = read();
        if (c < 0) return -1;
        b[off] = (byte) c;
        int n = 1;
        while (n < len && (c = read()) >= 0) b[off + n++] = (byte) c;
        return n;
    }
    /* every byte up to the end */
    public byte[] readAllBytes() throws IOException {
        byte[] buf = new byte[8192];
        int n = 0, k;
        while ((k = read(buf, n, buf.length - n)) >= 0) {
            n += k;
            if (n == buf.length) buf = LimeFiles.copyOf(buf, n, buf.length * 2);
        }
        return LimeFiles.copyOf(buf, n, n);
    }
    public long skip(long n) throws IOException {
        long left = n;
        while (left > 0 && read() >= 0) left--;
        return n - Math.max(left, 0);
    }
    public int available() throws IOException { return 0; }
    public void close() throws IOException {}
    public boolean markSupported() { return false; }
    public void mark(int readlimit) {}
    public void reset() throws IOException { throw new IOException("mark/reset not supported"); }
    /* every byte up to the end to out; the count */
    public long transferTo(OutputStream out) throws IOException {
        java.util.Objects.requireNonNull(out);
        byte[] buf = new byte[8192];
        long total = 0;
        int k;
        while ((k = read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, k);
            total += k;
        }
        return total;
    }
}
