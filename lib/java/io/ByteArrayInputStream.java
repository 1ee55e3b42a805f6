/* java.io.ByteArrayInputStream: the bytes buf[pos, count) as a stream.
 * Invariant: 0 <= pos <= count <= buf.length. */
public class ByteArrayInputStream extends InputStream {
    protected byte[] buf;
    protected int pos, count, mark;

    public ByteArrayInputStream(byte[] buf) { this(buf, 0, buf.length); }
    public ByteArrayInputStream(byte[] buf, int offset, int length) {
        this.buf = buf;
        pos = offset;
        count = Math.min(offset + length, buf.length);
        mark = offset;
    }
    public int read() { return pos < count ? buf[pos++] & 0xFF : -1; }
    public int read(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (pos >= count) return -1;
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }
    public byte[] readAllBytes() {
        byte[] b = new byte[count - pos];
        System.arraycopy(buf, pos, b, 0, b.length);
        pos = count;
        return b;
    }
    public long skip(long n) {
        long k = Math.max(0, Math.min(n, count - pos));
        pos += (int) k;
        return k;
    }
    public int available() { return count - pos; }
    public boolean markSupported() { return true; }
    public void mark(int readAheadLimit) { mark = pos; }
    public void reset() { pos = mark; }
    public void close() {}
}
