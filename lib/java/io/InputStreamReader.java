/* java.io.InputStreamReader: UTF-8 bytes of an InputStream as chars, the
 * bytes read ahead up to 8192 at a time (as the JDK's decoder does).
 * Invariant: bb[bpos, blen) are bytes read and not yet decoded. */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final byte[] bb = new byte[8192];
    private int bpos, blen;
    private int pending = -1;   /* the low surrogate of a supplementary character */

    public InputStreamReader(InputStream in) { this.in = java.util.Objects.requireNonNull(in); }

    public String getEncoding() { return "UTF8"; }

    /* the next byte, or -1 at the end */
    private int nextByte() throws IOException {
        while (bpos == blen) {
            int n = in.read(bb, 0, bb.length);
            if (n < 0) return -1;
            bpos = 0;
            blen = n;
        }
        return bb[bpos++] & 0xFF;
    }
    public int read() throws IOException {
        if (pending >= 0) {
            int c = pending;
            pending = -1;
            return c;
        }
        int b = nextByte();
        if (b < 0x80) return b;
        int n = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
        if (n == 0) return 0xFFFD;
        int cp = b & (0x3F >> n);
        for (int i = 0; i < n; i++) {
            int c = nextByte();
            if (c < 0 || (c & 0xC0) != 0x80) return 0xFFFD;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            pending = 0xDC00 + (cp & 0x3FF);
            return 0xD800 + (cp >> 10);
        }
        return cp;
    }
    public void close() throws IOException { in.close(); }
}
