/* java.io.FileOutputStream: bytes to a file, each write a write(2) (not
 * buffered, as the JDK's); the file is created, and truncated unless
 * appended to. */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;

    public FileOutputStream(String name) throws FileNotFoundException { this(name, false); }
    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        int mode = LimeFiles.WRITE | LimeFiles.CREATE;
        fd = FileDescriptor.openStream(java.util.Objects.requireNonNull(name),
                                       mode | (append ? LimeFiles.APPEND : LimeFiles.TRUNCATE));
    }
    /* a stream of fd, open; closing the stream closes it */
    FileOutputStream(FileDescriptor fd) { this.fd = fd; }
    public FileOutputStream(File file) throws FileNotFoundException { this(file.getPath(), false); }
    public FileOutputStream(File file, boolean append) throws FileNotFoundException { this(file.getPath(), append); }

    public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }
    public void write(byte[] b) throws IOException { write(b, 0, b.length); }
    public void write(byte[] b, int off, int len) throws IOException {
        LimeFiles.checkRange(b, off, len);
        if (len == 0) return;
        if (LimeFiles.write0(fd.open(), b, off, len) < 0) throw LimeFiles.failure();
    }
    public final FileDescriptor getFD() { return fd; }
    public void close() throws IOException { fd.close(); }
}
