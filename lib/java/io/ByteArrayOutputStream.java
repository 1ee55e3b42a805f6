/* java.io.ByteArrayOutputStream: bytes kept in a growing array.
 * Invariant: buf[0, count) are the bytes written. */
public class ByteArrayOutputStream extends OutputStream {
    protected byte[] buf;
    protected int count;

    public ByteArrayOutputStream() { this(32); }
    public ByteArrayOutputStream(int size) {
        if (size < 0) throw new IllegalArgumentException("Negative initial size: " + size);
        buf = new byte[size];
    }

    private void ensureCapacity(int min) {
        if (min <= buf.length) return;
        int n = Math.max(buf.length * 2, min);
        byte[] more = new byte[n];
        System.arraycopy(buf, 0, more, 0, count);
        buf = more;
    }
    public void write(int b) {
        ensureCapacity(count + 1);
        buf[count++] = (byte) b;
    }
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        ensureCapacity(count + len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }
    public void writeBytes(byte[] b) { write(b, 0, b.length); }
    public void writeTo(OutputStream out) throws IOException { out.write(buf, 0, count); }
    public void reset() { count = 0; }
    public byte[] toByteArray() {
        byte[] a = new byte[count];
        System.arraycopy(buf, 0, a, 0, count);
        return a;
    }
    public int size() { return count; }
    /* the bytes decoded as UTF-8 (the default charset) */
    public String toString() { return new String(buf, 0, count); }
    public void close() throws IOException {}
}
