/* java.nio.file.Files: whole-file reads and writes, and questions about
 * files, over java.io.LimeFiles' natives; errors are the JDK's exceptions
 * for their errno (NoSuchFileException with the path as message, ...).
 * Text is UTF-8; a malformed byte sequence read is a
 * MalformedInputException of the JDK's length. */
import java.io.IOException;
import java.io.LimeFiles;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

public final class Files {
    private Files() {}

    /* the exception of the last failed native on file */
    private static IOException failure(Path file) {
        String f = file.toString();
        switch (LimeFiles.errno0()) {
        case LimeFiles.ENOENT: return new NoSuchFileException(f);
        case LimeFiles.EEXIST: return new FileAlreadyExistsException(f);
        case LimeFiles.EACCES: return new AccessDeniedException(f);
        case LimeFiles.ENOTEMPTY: return new DirectoryNotEmptyException(f);
        default: return new FileSystemException(f, null, LimeFiles.errorText());
        }
    }

    /* the exception of the last failed native on two files (a rename) */
    private static IOException failure(Path file, Path other) {
        String f = file.toString(), o = other.toString();
        switch (LimeFiles.errno0()) {
        case LimeFiles.ENOENT: return new NoSuchFileException(f, o, null);
        case LimeFiles.EEXIST: return new FileAlreadyExistsException(f, o, null);
        case LimeFiles.EACCES: return new AccessDeniedException(f, o, null);
        default: return new FileSystemException(f, o, LimeFiles.errorText());
        }
    }

    /* ---- opening ---- */

    /* open0's mode for options (none: CREATE, TRUNCATE_EXISTING, WRITE) */
    private static int writeMode(OpenOption[] options) {
        if (options.length == 0) return LimeFiles.WRITE | LimeFiles.CREATE | LimeFiles.TRUNCATE;
        int mode = LimeFiles.WRITE;
        boolean append = false, truncate = false;
        for (OpenOption o : options) {
            if (o == StandardOpenOption.APPEND) {
                append = true;
                mode |= LimeFiles.APPEND;
            } else if (o == StandardOpenOption.TRUNCATE_EXISTING) truncate = true;
            else if (o == StandardOpenOption.CREATE) mode |= LimeFiles.CREATE;
            else if (o == StandardOpenOption.CREATE_NEW) mode |= LimeFiles.CREATE | LimeFiles.EXCL;
            else if (o == StandardOpenOption.READ) throw new IllegalArgumentException("READ not allowed");
            else if (o != StandardOpenOption.WRITE)
                throw new UnsupportedOperationException(o + " is not supported by Lime's library");
        }
        if (append && truncate) throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
        return truncate ? mode | LimeFiles.TRUNCATE : mode;
    }
    /* a descriptor of path opened with mode; a directory read is the
     * IOException the JDK's read of it throws */
    private static int open(Path path, int mode) throws IOException {
        String p = path.toString();
        int fd = LimeFiles.open0(p, mode);
        if (fd >= 0) return fd;
        if (mode == 0 && LimeFiles.errno0() == LimeFiles.EISDIR) throw new IOException("Is a directory");
        throw failure(path);
    }
    private static void close(int fd) throws IOException {
        if (LimeFiles.close0(fd) < 0) throw LimeFiles.failure();
    }

    /* ---- bytes ---- */

    public static byte[] readAllBytes(Path path) throws IOException {
        int fd = open(path, 0);
        try {
            byte[] buf = new byte[Math.max(LimeFiles.available0(fd), 0) + 1];
            int n = 0, k;
            while ((k = LimeFiles.read0(fd, buf, n, buf.length - n)) >= 0) {
                n += k;
                if (n == buf.length) buf = LimeFiles.copyOf(buf, n, buf.length * 2);
            }
            if (k == -2) throw LimeFiles.failure();
            return LimeFiles.copyOf(buf, n, n);
        } finally {
            close(fd);
        }
    }
    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        int fd = open(path, writeMode(options));
        try {
            if (LimeFiles.write0(fd, bytes, 0, bytes.length) < 0) throw LimeFiles.failure();
        } finally {
            close(fd);
        }
        return path;
    }

    public static java.io.InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption o : options) {
            if (o == StandardOpenOption.APPEND || o == StandardOpenOption.WRITE)
                throw new UnsupportedOperationException("'" + o + "' not allowed");
            if (o == StandardOpenOption.DELETE_ON_CLOSE)
                throw new UnsupportedOperationException(o + " is not supported by Lime's library");
        }
        return LimeFiles.inputStream(open(path, 0));
    }
    public static java.io.OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        return LimeFiles.outputStream(open(path, writeMode(options)));
    }

    /* ---- text ---- */

    /* lines of strict UTF-8: a malformed sequence throws where it is read
     * (the JDK's, decoding 8192 bytes ahead, may throw a read earlier) */
    public static java.io.BufferedReader newBufferedReader(Path path) throws IOException {
        return new java.io.BufferedReader(LimeFiles.strictReader(newInputStream(path)));
    }
    public static java.io.BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(newOutputStream(path, options)));
    }

    public static String readString(Path path) throws IOException { return decode(readAllBytes(path), true); }
    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return write(path, csq.toString().getBytes(), options);
    }
    /* the lines of the file without their terminators (\n, \r, \r\n) */
    public static List<String> readAllLines(Path path) throws IOException {
        String s = decode(readAllBytes(path), false);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\r') continue;
            lines.add(s.substring(start, i));
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        if (start < s.length()) lines.add(s.substring(start));
        return lines;
    }
    /* each line and a '\n' */
    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options)
        throws IOException {
        StringBuilder b = new StringBuilder();
        for (CharSequence line : lines) b.append(line).append('\n');
        return writeString(path, b, options);
    }

    /* bytes as strict UTF-8 (no surrogates, no overlong forms, nothing
     * above U+10FFFF); a malformed sequence is MalformedInputException of
     * the length the JDK reports: readString's (String's decoder) when
     * whole, readAllLines's (the CharsetDecoder's) otherwise */
    private static String decode(byte[] bytes, boolean whole) throws MalformedInputException {
        StringBuilder b = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int c = bytes[i] & 0xFF;
            if (c < 0x80) {
                b.append((char) c);
                i++;
                continue;
            }
            int n = LimeFiles.utf8Sequence(bytes, i, bytes.length);
            if (n < 0) throw new MalformedInputException(whole ? stringMalformed(bytes, i) : -n);
            int cp = c & (0x7F >> n);
            for (int k = 1; k < n; k++) cp = (cp << 6) | (bytes[i + k] & 0x3F);
            b.appendCodePoint(cp);
            i += n;
        }
        return b.toString();
    }
    /* the length String's decoder reports for the malformed sequence at i:
     * a three- or four-byte one with all its bytes present is 3 or 4; a
     * three-byte one with one more byte, 2 when that byte is bad; else 1 */
    private static int stringMalformed(byte[] bytes, int i) {
        int c = bytes[i] & 0xFF, left = bytes.length - i - 1;
        if (c >= 0xE0 && c < 0xF0) {
            if (left >= 2) return 3;
            if (left == 1) {
                int d = bytes[i + 1] & 0xFF;
                return (d & 0xC0) != 0x80 || c == 0xE0 && d < 0xA0 ? 2 : 1;
            }
        }
        if (c >= 0xF0 && c < 0xF5 && left >= 3) return 4;
        return 1;
    }

    /* ---- questions and changes ---- */

    /* LinkOption.NOFOLLOW_LINKS among options */
    private static boolean follow(LinkOption[] options) {
        for (LinkOption o : options)
            if (o == LinkOption.NOFOLLOW_LINKS) return false;
        return true;
    }
    private static int kind(Path path, LinkOption[] options) { return LimeFiles.kind0(path.toString(), follow(options)); }
    public static boolean exists(Path path, LinkOption... options) { return kind(path, options) > 0; }
    public static boolean notExists(Path path, LinkOption... options) {
        return kind(path, options) < 0 && LimeFiles.errno0() == LimeFiles.ENOENT;
    }
    public static boolean isRegularFile(Path path, LinkOption... options) { return kind(path, options) == 1; }
    public static boolean isDirectory(Path path, LinkOption... options) { return kind(path, options) == 2; }
    public static boolean isReadable(Path path) { return LimeFiles.access0(path.toString(), 4) == 0; }
    public static boolean isWritable(Path path) { return LimeFiles.access0(path.toString(), 2) == 0; }
    public static long size(Path path) throws IOException {
        long n = LimeFiles.size0(path.toString());
        if (n < 0) throw failure(path);
        return n;
    }
    public static void delete(Path path) throws IOException {
        if (LimeFiles.remove0(path.toString()) < 0) throw failure(path);
    }
    public static boolean deleteIfExists(Path path) throws IOException {
        if (LimeFiles.remove0(path.toString()) == 0) return true;
        if (LimeFiles.errno0() == LimeFiles.ENOENT) return false;
        throw failure(path);
    }
    public static Path createDirectory(Path dir) throws IOException {
        if (LimeFiles.mkdir0(dir.toString()) < 0) throw failure(dir);
        return dir;
    }
    public static Path createFile(Path path) throws IOException {
        close(open(path, LimeFiles.WRITE | LimeFiles.CREATE | LimeFiles.EXCL));
        return path;
    }

    /* ---- streams of lines and of a directory's entries ---- */

    /* the lines of a UTF-8 file, read when called (the JDK reads them as
     * the stream is consumed: a malformed file is the same
     * UncheckedIOException, thrown here rather than at the terminal
     * operation) */
    public static Stream<String> lines(Path path) throws IOException {
        List<String> lines;
        try {
            lines = readAllLines(path);
        } catch (MalformedInputException e) {
            throw new UncheckedIOException(e);
        }
        return lines.stream();
    }
    /* dir's entries as dir.resolve(name), in the order the directory
     * lists them (as the JDK, which reads it the same way) */
    public static Stream<Path> list(Path dir) throws IOException {
        String names = LimeFiles.list0(dir.toString());
        if (names == null) {
            if (LimeFiles.errno0() == LimeFiles.ENOTDIR) throw new NotDirectoryException(dir.toString());
            throw failure(dir);
        }
        List<Path> entries = new ArrayList<>();
        for (int start = 0, end; start < names.length(); start = end + 1) {
            end = names.indexOf('/', start);
            entries.add(dir.resolve(names.substring(start, end)));
        }
        return entries.stream();
    }

    /* ---- copy and move ---- */

    private static boolean has(CopyOption[] options, CopyOption wanted) {
        for (CopyOption o : options)
            if (o == wanted) return true;
        return false;
    }
    /* a target Files.copy or move may replace: gone afterwards, else
     * FileAlreadyExistsException (without REPLACE_EXISTING) or
     * DirectoryNotEmptyException */
    private static void clearTarget(Path target, CopyOption[] options) throws IOException {
        if (LimeFiles.kind0(target.toString(), false) < 0) return;
        if (!has(options, StandardCopyOption.REPLACE_EXISTING)) throw new FileAlreadyExistsException(target.toString());
        if (LimeFiles.remove0(target.toString()) == 0) return;
        if (LimeFiles.errno0() == LimeFiles.ENOTEMPTY || LimeFiles.errno0() == LimeFiles.EEXIST)
            throw new DirectoryNotEmptyException(target.toString());
        throw failure(target);
    }
    /* source (a regular file: its bytes and permissions; a directory: a
     * new empty one) at target; links followed unless NOFOLLOW_LINKS */
    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        for (CopyOption o : options)
            if (o != StandardCopyOption.REPLACE_EXISTING && o != StandardCopyOption.COPY_ATTRIBUTES && o != LinkOption.NOFOLLOW_LINKS)
                throw new UnsupportedOperationException("Unsupported copy option");
        boolean follow = !has(options, LinkOption.NOFOLLOW_LINKS);
        int kind = LimeFiles.kind0(source.toString(), follow);
        if (kind < 0) throw failure(source);
        if (LimeFiles.sameFile0(source.toString(), follow, target.toString()) == 1) return target;
        clearTarget(target, options);
        if (kind == 2) return createDirectory(target);
        if (kind != 1) throw new UnsupportedOperationException(source + " is neither a regular file nor a directory: not supported by Lime's library");
        int status = LimeFiles.copy0(source.toString(), target.toString());
        if (status == -2) throw failure(source);
        if (status == -3) throw failure(target);
        return target;
    }
    /* rename(2) of source to target; across file systems a copy and a
     * delete (a non-empty directory cannot move so: DirectoryNotEmptyException) */
    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        for (CopyOption o : options)
            if (o != StandardCopyOption.REPLACE_EXISTING && o != StandardCopyOption.ATOMIC_MOVE && o != StandardCopyOption.COPY_ATTRIBUTES && o != LinkOption.NOFOLLOW_LINKS)
                throw new UnsupportedOperationException("Unsupported copy option");
        if (has(options, StandardCopyOption.ATOMIC_MOVE)) {
            if (LimeFiles.rename0(source.toString(), target.toString()) < 0) throw failure(source, target);
            return target;
        }
        int kind = LimeFiles.kind0(source.toString(), false);
        if (kind < 0) throw failure(source);
        if (LimeFiles.sameFile0(source.toString(), false, target.toString()) == 1) return target;
        clearTarget(target, options);
        if (LimeFiles.rename0(source.toString(), target.toString()) == 0) return target;
        if (LimeFiles.errno0() != LimeFiles.EXDEV) throw failure(source, target);
        if (kind == 2 && LimeFiles.list0(source.toString()).length() > 0) throw new DirectoryNotEmptyException(source.toString());
        copy(source, target, LinkOption.NOFOLLOW_LINKS);
        delete(source);
        return target;
    }
}
