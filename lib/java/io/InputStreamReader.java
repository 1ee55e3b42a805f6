/* java.io.InputStreamReader: UTF-8 bytes of an InputStream as chars, the
 * bytes read ahead up to 8192 at a time (as the JDK's decoder does).
 * Invariant: bb[bpos, blen) are bytes read and not yet decoded. */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final byte[] bb = new byte[8192];
    private int bpos, blen;
    private int pending = -1;   /* the low surrogate of a supplementary character */
    private final boolean strict;   /* malformed input throws (Files.newBufferedReader) */

    public InputStreamReader(InputStream in) { this(in, false); }
    InputStreamReader(InputStream in, boolean strict) {
        this.in = java.util.Objects.requireNonNull(in);
        this.strict = strict;
    }

    public String getEncoding() { return "UTF8"; }

    /* the next byte, or -1 at the end */
    private int nextByte() throws IOException {
        while (bpos == blen) {
            int n = in.read(bb, 0, bb.length);
            if (n < 0) return -1;
            bpos = 0;
            blen = n;
            if (strict) checkBlock();
        }
        return bb[bpos++] & 0xFF;
    }
    /* the first malformed sequence that starts and ends in bb (the ones
     * its first bytes continue are read()'s), thrown as soon as the bytes
     * arrive, as the JDK's decoder throws for the block it decodes */
    private void checkBlock() throws IOException {
        int i = 0;
        while (i < blen && i < 3 && (bb[i] & 0xC0) == 0x80) i++;
        while (i < blen) {
            int c = bb[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            if (i + LimeFiles.utf8Length(c) > blen) return;   /* the next block ends it */
            int n = LimeFiles.utf8Sequence(bb, i, blen);
            if (n < 0) throw new java.nio.charset.MalformedInputException(-n);
            i += n;
        }
    }
    /* U+FFFD for a malformed sequence of n bytes, or when strict its
     * MalformedInputException */
    private int malformed(int n) throws IOException {
        if (strict) throw new java.nio.charset.MalformedInputException(n);
        return 0xFFFD;
    }
    /* one char; a malformed sequence is one U+FFFD, as the JDK's decoder
     * replaces it: the bytes before the first bad one (which is read
     * again), E0, F0 and F4 bounding the second byte, a surrogate
     * (ED A0..BF xx) whole */
    public int read() throws IOException {
        if (pending >= 0) {
            int c = pending;
            pending = -1;
            return c;
        }
        int b = nextByte();
        if (b < 0x80) return b;
        int n = b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : 0;
        if (n == 0) return malformed(1);
        int cp = b & (0x3F >> n);
        for (int i = 1; i <= n; i++) {
            int c = nextByte();
            if (c < 0) return malformed(i);
            if ((c & 0xC0) != 0x80 || i == 1 && (b == 0xE0 && c < 0xA0 || b == 0xF0 && c < 0x90 || b == 0xF4 && c >= 0x90)) {
                bpos--;   /* c was the last byte taken from bb: read it again */
                return malformed(i);
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp >= 0xD800 && cp < 0xE000) return malformed(3);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            pending = 0xDC00 + (cp & 0x3FF);
            return 0xD800 + (cp >> 10);
        }
        return cp;
    }
    public void close() throws IOException { in.close(); }
}
