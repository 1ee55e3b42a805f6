/* java.io.OutputStreamWriter: chars encoded as UTF-8 (the JVM's default
 * charset on Linux) into an 8192-byte buffer that goes to out when the next
 * char's bytes do not fit, on flush and on close: where the JDK's encoder
 * writes them, so a program that never flushes shows what the JVM shows.
 * An unpaired surrogate is '?' (the encoder's replacement); a high
 * surrogate at the end of one write waits for the next one's first char.
 * Invariant: bb[0, count) are encoded bytes not yet given to out;
 * leftover is the waiting high surrogate or -1; out == null once closed. */
public class OutputStreamWriter extends Writer {
    private OutputStream out;
    private final byte[] bb = new byte[8192];
    private int count;
    private int leftover = -1;

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
    }

    public String getEncoding() { return out == null ? null : "UTF8"; }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }
    private void writeBytes() throws IOException {
        if (count > 0) out.write(bb, 0, count);
        count = 0;
    }
    /* the n bytes of one char or pair, making room first */
    private void room(int n) throws IOException {
        if (count + n > bb.length) writeBytes();
    }
    private void put(int cp) throws IOException {
        if (cp < 0x80) {
            room(1);
            bb[count++] = (byte) cp;
        } else if (cp < 0x800) {
            room(2);
            bb[count++] = (byte) (0xC0 | (cp >> 6));
            bb[count++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            room(3);
            bb[count++] = (byte) (0xE0 | (cp >> 12));
            bb[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bb[count++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            room(4);
            bb[count++] = (byte) (0xF0 | (cp >> 18));
            bb[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            bb[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bb[count++] = (byte) (0x80 | (cp & 0x3F));
        }
    }
    private void encode(char c) throws IOException {
        if (leftover >= 0) {
            int high = leftover;
            leftover = -1;
            if (c >= 0xDC00 && c < 0xE000) {
                put(0x10000 + ((high - 0xD800) << 10) + (c - 0xDC00));
                return;
            }
            put('?');
        }
        if (c >= 0xD800 && c < 0xDC00) leftover = c;
        else if (c >= 0xDC00 && c < 0xE000) put('?');
        else put(c);
    }

    public void write(int c) throws IOException {
        ensureOpen();
        encode((char) c);
    }
    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        checkRange(off, len, cbuf.length);
        for (int i = off; i < off + len; i++) {
            char c = cbuf[i];
            if (c < 0x80 && leftover < 0 && count < bb.length) bb[count++] = (byte) c;
            else encode(c);
        }
    }
    public void write(String str, int off, int len) throws IOException {
        if (len < 0) throw new IndexOutOfBoundsException();
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }
    /* the encoded bytes to out, without flushing out (PrintStream's text) */
    void flushBuffer() throws IOException {
        ensureOpen();
        writeBytes();
    }
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
    /* a waiting high surrogate becomes '?'; then the bytes go out, out is
     * flushed and closed */
    public void close() throws IOException {
        if (out == null) return;
        try {
            if (leftover >= 0) {
                leftover = -1;
                put('?');
            }
            writeBytes();
            try {
                out.flush();
            } finally {
                out.close();
            }
        } finally {
            out = null;
        }
    }
}
