/* java.nio.file.Path: a path of the default (Unix) file system. */
public interface Path extends Comparable<Path> {
    /* first and the non-empty ones of more joined by '/', normalised */
    static Path of(String first, String... more) { return UnixPath.of(first, more); }

    Path getFileName();
    Path getParent();
    Path getRoot();
    boolean isAbsolute();
    int getNameCount();
    Path getName(int index);
    Path resolve(Path other);
    default Path resolve(String other) { return resolve(of(other)); }
    boolean startsWith(Path other);
    default boolean startsWith(String other) { return startsWith(of(other)); }
    boolean endsWith(Path other);
    default boolean endsWith(String other) { return endsWith(of(other)); }
    default java.io.File toFile() { return new java.io.File(toString()); }
}
