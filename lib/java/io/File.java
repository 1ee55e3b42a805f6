/* java.io.File: a path name, normalised as the JDK's on Unix (no repeated
 * '/', none at the end but the root's), and the questions stat(2),
 * access(2), remove(3) and mkdir(2) answer about it. */
public class File implements Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) { path = normalize(java.util.Objects.requireNonNull(pathname)); }
    public File(String parent, String child) {
        java.util.Objects.requireNonNull(child);
        path = parent == null ? normalize(child) : resolve(parent.isEmpty() ? "/" : normalize(parent), normalize(child));
    }
    public File(File parent, String child) { this(parent == null ? null : parent.path, child); }

    /* p without repeated '/' and without a '/' at its end unless it is "/" */
    private static String normalize(String p) {
        StringBuilder b = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && b.length() > 0 && b.charAt(b.length() - 1) == '/') continue;
            b.append(c);
        }
        if (b.length() > 1 && b.charAt(b.length() - 1) == '/') b.setLength(b.length() - 1);
        return b.toString();
    }
    /* child under parent, both normalised */
    private static String resolve(String parent, String child) {
        if (child.isEmpty()) return parent;
        if (child.charAt(0) == '/') return parent.equals("/") ? child : parent + child;
        return parent.equals("/") ? parent + child : parent + "/" + child;
    }

    public String getPath() { return path; }
    public String toString() { return path; }
    public String getName() { return path.substring(path.lastIndexOf('/') + 1); }
    public String getParent() {
        int i = path.lastIndexOf('/');
        int prefix = isAbsolute() ? 1 : 0;
        if (i < prefix) return prefix > 0 && path.length() > prefix ? path.substring(0, prefix) : null;
        return path.substring(0, i);
    }
    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }
    public boolean isAbsolute() { return path.startsWith("/"); }
    public java.nio.file.Path toPath() { return java.nio.file.Path.of(path); }

    /* 1 a file, 2 a directory, 3 another kind, -2 none (or an invalid path) */
    private int kind() { return invalid() ? -2 : LimeFiles.kind0(path, true); }
    /* a path with a NUL char names no file (the JDK's File.isInvalid) */
    private boolean invalid() { return path.indexOf('\0') >= 0; }

    public boolean exists() { return kind() > 0; }
    public boolean isFile() { return kind() == 1; }
    public boolean isDirectory() { return kind() == 2; }
    public long length() {
        if (invalid()) return 0L;
        long n = LimeFiles.size0(path);
        return n < 0 ? 0L : n;
    }
    public boolean canRead() { return !invalid() && LimeFiles.access0(path, 4) == 0; }
    public boolean canWrite() { return !invalid() && LimeFiles.access0(path, 2) == 0; }
    public boolean canExecute() { return !invalid() && LimeFiles.access0(path, 1) == 0; }
    public boolean delete() { return !invalid() && LimeFiles.remove0(path) == 0; }
    public boolean mkdir() { return !invalid() && LimeFiles.mkdir0(path) == 0; }
    /* true when this call made the file; false when it was there */
    public boolean createNewFile() throws IOException {
        if (invalid()) throw new IOException("Invalid file path");
        int mode = LimeFiles.WRITE | LimeFiles.CREATE | LimeFiles.EXCL;
        int fd = LimeFiles.open0(path, mode);
        if (fd >= 0) {
            LimeFiles.close0(fd);
            return true;
        }
        if (LimeFiles.errno0() == LimeFiles.EEXIST) return false;
        throw new IOException(LimeFiles.errorText());
    }

    public int compareTo(File other) { return path.compareTo(other.path); }
    public boolean equals(Object o) { return o instanceof File && ((File) o).path.equals(path); }
    public int hashCode() { return path.hashCode() ^ 1234321; }
}
