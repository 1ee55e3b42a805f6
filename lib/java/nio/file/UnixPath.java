/* The Path of Path.of: a normalised path string (no repeated '/', none at
 * the end but the root's) and its name elements; compared, hashed and
 * ordered by its UTF-8 bytes, as the JDK's sun.nio.fs.UnixPath. */
final class UnixPath implements Path {
    private final String path;
    private final String[] names;   /* "" alone for the empty path; none for "/" */

    private UnixPath(String path) {
        this.path = path;
        if (path.isEmpty()) names = new String[] {""};
        else if (path.equals("/")) names = new String[0];
        else names = (path.startsWith("/") ? path.substring(1) : path).split("/");
    }

    static UnixPath of(String first, String... more) {
        StringBuilder b = new StringBuilder(first);
        for (String s : more) {
            if (s.isEmpty()) continue;
            if (b.length() > 0) b.append('/');
            b.append(s);
        }
        return new UnixPath(normalize(b.toString()));
    }
    /* input without repeated or final '/' (but "/"); a NUL char is invalid */
    private static String normalize(String input) {
        StringBuilder b = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\0') throw new InvalidPathException(input, "Nul character not allowed");
            if (c == '/' && b.length() > 0 && b.charAt(b.length() - 1) == '/') continue;
            b.append(c);
        }
        if (b.length() > 1 && b.charAt(b.length() - 1) == '/') b.setLength(b.length() - 1);
        return b.toString();
    }

    public String toString() { return path; }
    public boolean isAbsolute() { return path.startsWith("/"); }
    public Path getRoot() { return isAbsolute() ? new UnixPath("/") : null; }
    public int getNameCount() { return names.length; }
    public Path getName(int index) {
        if (index < 0 || index >= names.length) throw new IllegalArgumentException();
        return new UnixPath(names[index]);
    }
    public Path getFileName() { return names.length == 0 ? null : new UnixPath(names[names.length - 1]); }
    public Path getParent() {
        if (names.length == 0) return null;
        int end = path.lastIndexOf('/');
        if (end <= 0) return getRoot();
        return new UnixPath(path.substring(0, end));
    }
    public Path resolve(Path other) {
        String o = other.toString();
        if (o.startsWith("/")) return other;
        if (o.isEmpty()) return this;
        if (path.isEmpty()) return other;
        return new UnixPath(path.equals("/") ? "/" + o : path + "/" + o);
    }
    /* other's names are the first (startsWith) or last of these, with the
     * same root */
    public boolean startsWith(Path other) {
        UnixPath p = (UnixPath) other;
        if (p.isAbsolute() != isAbsolute() || p.names.length > names.length) return false;
        if (p.path.isEmpty()) return path.isEmpty();
        for (int i = 0; i < p.names.length; i++)
            if (!names[i].equals(p.names[i])) return false;
        return true;
    }
    public boolean endsWith(Path other) {
        UnixPath p = (UnixPath) other;
        if (p.isAbsolute()) return p.path.equals(path);
        if (p.names.length > names.length) return false;
        if (p.path.isEmpty()) return path.isEmpty();
        int skip = names.length - p.names.length;
        for (int i = 0; i < p.names.length; i++)
            if (!names[skip + i].equals(p.names[i])) return false;
        return true;
    }

    public boolean equals(Object o) { return o instanceof UnixPath && ((UnixPath) o).path.equals(path); }
    public int hashCode() {
        int h = 0;
        for (byte b : path.getBytes()) h = 31 * h + (b & 0xFF);
        return h;
    }
    public int compareTo(Path other) {
        byte[] a = path.getBytes(), b = ((UnixPath) other).path.getBytes();
        for (int i = 0; i < Math.min(a.length, b.length); i++)
            if (a[i] != b[i]) return (a[i] & 0xFF) - (b[i] & 0xFF);
        return a.length - b.length;
    }
}
