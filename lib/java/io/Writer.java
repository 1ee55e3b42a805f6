/* java.io.Writer: a destination of chars; every write comes down to
 * write(char[], int, int).  Lime has no CharSequence: append takes a
 * String or a StringBuilder (as StringBuilder.append does). */
public abstract class Writer implements Closeable, Flushable {
    protected Object lock;

    protected Writer() { lock = this; }
    protected Writer(Object lock) {
        if (lock == null) throw new NullPointerException();
        this.lock = lock;
    }

    /* the JDK writers' check of off and len in an array of length n: an
     * IndexOutOfBoundsException without a message */
    static void checkRange(int off, int len, int n) {
        if (off < 0 || off > n || len < 0 || off + len > n || off + len < 0) throw new IndexOutOfBoundsException();
    }

    public void write(int c) throws IOException { write(new char[] {(char) c}, 0, 1); }
    public void write(char[] cbuf) throws IOException { write(cbuf, 0, cbuf.length); }
    public abstract void write(char[] cbuf, int off, int len) throws IOException;
    public void write(String str) throws IOException { write(str, 0, str.length()); }
    public void write(String str, int off, int len) throws IOException {
        char[] cbuf = new char[Math.max(len, 0)];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }
    public Writer append(String csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }
    public Writer append(StringBuilder csq) throws IOException { return append(String.valueOf(csq)); }
    public Writer append(String csq, int start, int end) throws IOException {
        return append((csq == null ? "null" : csq).substring(start, end));
    }
    public Writer append(StringBuilder csq, int start, int end) throws IOException {
        return csq == null ? append("null", start, end) : append(csq.substring(start, end));
    }
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }
    public abstract void flush() throws IOException;
    public abstract void close() throws IOException;
}
