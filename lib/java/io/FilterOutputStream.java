/* java.io.FilterOutputStream: an OutputStream that passes everything to
 * another one (out). */
public class FilterOutputStream extends OutputStream {
    protected OutputStream out;
    private boolean closed;

    public FilterOutputStream(OutputStream out) { this.out = out; }

    public void write(int b) throws IOException { out.write(b); }
    public void write(byte[] b) throws IOException { write(b, 0, b.length); }
    /* the JDK's check: an IndexOutOfBoundsException without a message */
    public void write(byte[] b, int off, int len) throws IOException {
        if ((off | len | (b.length - (len + off)) | (off + len)) < 0) throw new IndexOutOfBoundsException();
        for (int i = 0; i < len; i++) write(b[off + i]);
    }
    public void flush() throws IOException { out.flush(); }
    /* flushes, then closes out (once) even when the flush threw */
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        Throwable flushed = null;
        try {
            flush();
        } catch (Throwable e) {
            flushed = e;
            throw e;
        } finally {
            if (flushed == null) out.close();
            else {
                try {
                    out.close();
                } catch (Throwable e) {
                    if (flushed != e) flushed.addSuppressed(e);
                }
            }
        }
    }
}
