/* java.io.BufferedWriter: chars gathered in a buffer (8192 unless told)
 * and written to out when it is full or flushed, exactly where the JDK's
 * writes them (what reaches out before a flush is what the JVM shows).
 * Invariant: cb[0, nextChar) are the chars written and not yet given to
 * out; out == null once closed. */
public class BufferedWriter extends Writer {
    private Writer out;
    private char[] cb;
    private final int nChars;
    private int nextChar;

    public BufferedWriter(Writer out) { this(out, 8192); }
    public BufferedWriter(Writer out, int sz) {
        super(out);
        if (sz <= 0) throw new IllegalArgumentException("Buffer size <= 0");
        this.out = out;
        cb = new char[sz];
        nChars = sz;
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }
    void flushBuffer() throws IOException {
        ensureOpen();
        if (nextChar == 0) return;
        out.write(cb, 0, nextChar);
        nextChar = 0;
    }
    public void write(int c) throws IOException {
        ensureOpen();
        if (nextChar >= nChars) flushBuffer();
        cb[nextChar++] = (char) c;
    }
    /* as the JDK's: a run as long as the buffer goes straight to out */
    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        checkRange(off, len, cbuf.length);
        if (len == 0) return;
        if (len >= nChars) {
            flushBuffer();
            out.write(cbuf, off, len);
            return;
        }
        int b = off, t = off + len;
        while (b < t) {
            int d = Math.min(nChars - nextChar, t - b);
            System.arraycopy(cbuf, b, cb, nextChar, d);
            b += d;
            nextChar += d;
            if (nextChar >= nChars) flushBuffer();
        }
    }
    /* chunk by chunk, as the JDK's (each chunk's getChars checks its range) */
    public void write(String s, int off, int len) throws IOException {
        ensureOpen();
        int b = off, t = off + len;
        while (b < t) {
            int d = Math.min(nChars - nextChar, t - b);
            s.getChars(b, b + d, cb, nextChar);
            b += d;
            nextChar += d;
            if (nextChar >= nChars) flushBuffer();
        }
    }
    public void newLine() throws IOException { write('\n'); }
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
    /* flushes the buffer and closes out, once */
    public void close() throws IOException {
        if (out == null) return;
        try (Writer w = out) {
            flushBuffer();
        } finally {
            out = null;
            cb = null;
        }
    }
}
