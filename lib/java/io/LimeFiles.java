/* The natives under java.io's file streams, java.io.File and
 * java.nio.file.Files (runtime/fileio.c), public for java.nio.file.  A
 * native returns its result, or -2 on failure with errno kept: errorText()
 * is its strerror text (the words of the JDK's messages), errno0() one of
 * the E* codes below. */
public final class LimeFiles {
    private LimeFiles() {}

    /* open0's mode bits (0 alone: read) */
    public static final int WRITE = 1, CREATE = 2, TRUNCATE = 4, APPEND = 8, EXCL = 16;
    /* errno0's codes: OTHER is any errno not named here */
    public static final int OTHER = 0, ENOENT = 1, EEXIST = 2, EACCES = 3, ENOTEMPTY = 4, ENOTDIR = 5, EISDIR = 6, EXDEV = 7;

    public static native int open0(String path, int mode);
    public static native int read0(int fd, byte[] b, int off, int len);
    public static native int write0(int fd, byte[] b, int off, int len);
    public static native int available0(int fd);
    public static native int close0(int fd);
    public static native String errorText();
    public static native int errno0();
    /* 1 a regular file, 2 a directory, 3 another kind; stat or lstat */
    public static native int kind0(String path, boolean follow);
    public static native long size0(String path);
    public static native int remove0(String path);
    public static native int mkdir0(String path);
    /* access(2): how is 4 (read), 2 (write) or 1 (execute) */
    public static native int access0(String path, int how);
    /* the names in a directory, each followed by '/'; null on error */
    public static native String list0(String dir);
    /* a regular file's bytes and permissions into a new file; -2: the
     * source failed, -3: the target */
    public static native int copy0(String src, String dst);
    public static native int rename0(String src, String dst);
    /* 1: a (stat, lstat unless followA) and b (lstat) are one file; 0:
     * not, or no b */
    public static native int sameFile0(String a, boolean followA, String b);

    /* the IOException of a failed read or write */
    public static IOException failure() { return new IOException(errorText()); }

    /* the streams of an open descriptor (java.nio.file.Files), and a
     * reader whose malformed input throws */
    public static InputStream inputStream(int fd) { return new FileInputStream(new FileDescriptor(fd)); }
    public static OutputStream outputStream(int fd) { return new FileOutputStream(new FileDescriptor(fd)); }
    public static Reader strictReader(InputStream in) { return new InputStreamReader(in, true); }

    /* the bytes of the well-formed UTF-8 sequence at b[i] (a lead byte
     * 0x80 or above, i < end), or minus the length of the malformed one as
     * the JDK's CharsetDecoder reports it: the bytes before the first bad
     * one (E0, F0 and F4 bound the second byte; end is bad), 3 for a
     * surrogate (ED A0..BF xx) */
    public static int utf8Sequence(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        int n = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
        if (n == 0) return -1;
        for (int k = 1; k < n; k++) {
            if (i + k >= end || (b[i + k] & 0xC0) != 0x80) return -k;
            int d = b[i + k] & 0xFF;
            if (k == 1 && (c == 0xE0 && d < 0xA0 || c == 0xF0 && d < 0x90 || c == 0xF4 && d >= 0x90)) return -1;
        }
        if (c == 0xED && (b[i + 1] & 0xFF) >= 0xA0) return -3;
        return n;
    }
    /* how many bytes the sequence led by c takes (1 for a bad lead) */
    public static int utf8Length(int c) { return c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1; }

    /* b's first n bytes in an array of length len (>= n) */
    public static byte[] copyOf(byte[] b, int n, int len) {
        byte[] c = new byte[len];
        System.arraycopy(b, 0, c, 0, n);
        return c;
    }

    /* the JDK's check of a byte range: IndexOutOfBoundsException, no message */
    public static void checkRange(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || len > b.length - off) throw new IndexOutOfBoundsException();
    }
}
