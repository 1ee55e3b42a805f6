/* java.io.FileDescriptor: an open POSIX file descriptor (LimeFiles has the
 * natives).  Invariant: fd is -1 once closed. */
public final class FileDescriptor {
    int fd;

    public FileDescriptor() { fd = -1; }
    FileDescriptor(int fd) { this.fd = fd; }
    public boolean valid() { return fd >= 0; }

    /* path opened with LimeFiles.open0's mode, or FileNotFoundException as
     * the JDK's file streams throw it: "path (reason)" */
    static FileDescriptor openStream(String path, int mode) throws FileNotFoundException {
        if (path.indexOf('\0') >= 0) throw new FileNotFoundException("Invalid file path");
        int fd = LimeFiles.open0(path, mode);
        if (fd < 0) throw new FileNotFoundException(path + " (" + LimeFiles.errorText() + ")");
        return new FileDescriptor(fd);
    }

    /* the descriptor, or the JDK file streams' IOException once closed */
    int open() throws IOException {
        if (fd < 0) throw new IOException("Stream Closed");
        return fd;
    }
    void close() throws IOException {
        if (fd < 0) return;
        int was = fd;
        fd = -1;
        if (LimeFiles.close0(was) < 0) throw LimeFiles.failure();
    }
}
