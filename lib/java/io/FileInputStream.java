/* java.io.FileInputStream: the bytes of a file, read(2) by read(2), not
 * buffered (as the JDK's). */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private final byte[] one = new byte[1];

    public FileInputStream(String name) throws FileNotFoundException {
        fd = FileDescriptor.openStream(java.util.Objects.requireNonNull(name), 0);
    }
    /* a stream of fd, open; closing the stream closes it */
    FileInputStream(FileDescriptor fd) { this.fd = fd; }
    public FileInputStream(File file) throws FileNotFoundException { this(file.getPath()); }

    public int read() throws IOException {
        int n = LimeFiles.read0(fd.open(), one, 0, 1);
        if (n == -2) throw LimeFiles.failure();
        return n < 0 ? -1 : one[0] & 0xFF;
    }
    public int read(byte[] b) throws IOException { return read(b, 0, b.length); }
    public int read(byte[] b, int off, int len) throws IOException {
        LimeFiles.checkRange(b, off, len);
        if (len == 0) return 0;
        int n = LimeFiles.read0(fd.open(), b, off, len);
        if (n == -2) throw LimeFiles.failure();
        return n;
    }
    public int available() throws IOException { return LimeFiles.available0(fd.open()); }
    public final FileDescriptor getFD() { return fd; }
    public void close() throws IOException { fd.close(); }
}
