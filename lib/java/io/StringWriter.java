/* java.io.StringWriter: chars gathered in a StringBuilder; toString gives
 * them.  Nothing to flush or close. */
public class StringWriter extends Writer {
    private final StringBuilder buf;

    public StringWriter() { buf = new StringBuilder(); }
    public StringWriter(int initialSize) {
        if (initialSize < 0) throw new IllegalArgumentException("Negative buffer size");
        buf = new StringBuilder(initialSize);
    }

    public void write(int c) { buf.append((char) c); }
    public void write(char[] cbuf, int off, int len) {
        checkRange(off, len, cbuf.length);
        for (int i = 0; i < len; i++) buf.append(cbuf[off + i]);
    }
    public void write(String str) { buf.append(str); }
    /* StringBuilder.append(CharSequence, int, int)'s check and message */
    public void write(String str, int off, int len) {
        String s = String.valueOf(str);
        int end = off + len;
        if (off < 0 || off > end || end > s.length())
            throw new IndexOutOfBoundsException("start " + off + ", end " + end + ", length " + s.length());
        for (int i = off; i < end; i++) buf.append(s.charAt(i));
    }
    public StringWriter append(String csq) {
        write(String.valueOf(csq));
        return this;
    }
    public StringWriter append(StringBuilder csq) { return append(String.valueOf(csq)); }
    public StringWriter append(String csq, int start, int end) {
        return append((csq == null ? "null" : csq).substring(start, end));
    }
    public StringWriter append(StringBuilder csq, int start, int end) {
        return csq == null ? append("null", start, end) : append(csq.substring(start, end));
    }
    public StringWriter append(char c) {
        write(c);
        return this;
    }
    public String toString() { return buf.toString(); }
    public void flush() {}
    public void close() throws IOException {}
}
