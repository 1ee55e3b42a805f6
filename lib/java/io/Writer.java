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

    /* String.getChars's check: begin and end within s, begin <= end */
    static void checkBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length)
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
    }
    /* s.getChars(begin, end, dst, at) */
    static void getChars(String s, int begin, int end, char[] dst, int at) {
        checkBeginEnd(begin, end, s.length());
        for (int i = begin; i < end; i++) dst[at++] = s.charAt(i);
    }

    public void write(int c) throws IOException { write(new char[] {(char) c}, 0, 1); }
    public void write(char[] cbuf) throws IOException { write(cbuf, 0, cbuf.length); }
    public abstract void write(char[] cbuf, int off, int len) throws IOException;
    public void write(String str) throws IOException { write(str, 0, str.length()); }
    public void write(String str, int off, int len) throws IOException {
        char[] cbuf = new char[Math.max(len, 0)];
        getChars(str, off, off + len, cbuf, 0);
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
