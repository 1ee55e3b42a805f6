import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.*;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

// Files.lines, Files.list, Files.copy and Files.move with their options
// and the JDK's exceptions (messages printed with the temporary folder as
// BASE).
public class FilesCopyMove {
    static String base;

    static void show(Exception e) {
        System.out.println(e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replace(base, "BASE"));
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.toString().replace(base, "BASE")).sorted().collect(Collectors.toList());
        }
    }

    public static void main(String[] args) throws IOException {
        base = "/tmp/FilesCopyMove-" + System.nanoTime();
        Path dir = Files.createDirectory(Path.of(base));
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "one\ntwo\r\nthree\n\nfive é");
        try (Stream<String> lines = Files.lines(a)) {
            System.out.println(lines.map(String::toUpperCase).collect(Collectors.joining("|")));
        }
        try (Stream<String> lines = Files.lines(a)) {
            System.out.println(lines.filter(l -> !l.isEmpty()).count());
        }
        System.out.println(names(dir));

        // copy: a new file, an existing one, replacing, onto itself
        Path b = dir.resolve("b.txt");
        System.out.println(Files.copy(a, b).toString().replace(base, "BASE") + " " + Files.readString(b).equals(Files.readString(a)));
        try { Files.copy(a, b); } catch (FileAlreadyExistsException e) { show(e); }
        Files.writeString(a, "changed");
        Files.copy(a, b, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(Files.readString(b));
        Files.copy(a, a);
        Files.copy(a, a, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(Files.readString(a));
        try { Files.copy(dir.resolve("missing"), b); } catch (NoSuchFileException e) { show(e); }
        try { Files.copy(a, dir.resolve("no/such/dir")); } catch (NoSuchFileException e) { show(e); }

        // a directory copies as an empty directory; a non-empty one cannot be replaced
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.writeString(sub.resolve("inner.txt"), "inner");
        Path subCopy = Files.copy(sub, dir.resolve("subcopy"));
        System.out.println(Files.isDirectory(subCopy) + " " + names(subCopy));
        try { Files.copy(a, sub, StandardCopyOption.REPLACE_EXISTING); } catch (DirectoryNotEmptyException e) { show(e); }
        Files.copy(a, subCopy, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(Files.isRegularFile(subCopy) + " " + Files.readString(subCopy));

        // move: a rename, onto an existing file, replacing, a directory
        Path c = dir.resolve("c.txt");
        Files.move(b, c);
        System.out.println(Files.exists(b) + " " + Files.readString(c));
        try { Files.move(c, a); } catch (FileAlreadyExistsException e) { show(e); }
        Files.move(c, a, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(Files.exists(c) + " " + Files.readString(a));
        try { Files.move(c, a); } catch (NoSuchFileException e) { show(e); }
        Path moved = Files.move(sub, dir.resolve("moved"));
        System.out.println(names(moved) + " " + Files.exists(sub));
        Files.move(a, dir.resolve("moved").resolve("a2.txt"), StandardCopyOption.ATOMIC_MOVE);
        System.out.println(names(moved));
        try { Files.move(a, c, StandardCopyOption.ATOMIC_MOVE); } catch (NoSuchFileException e) { show(e); }
        System.out.println(names(dir));

        // list of a file and of nothing
        try { Files.list(moved.resolve("inner.txt")); } catch (NotDirectoryException e) { show(e); }
        try { Files.list(dir.resolve("gone")); } catch (NoSuchFileException e) { show(e); }
        try { Files.lines(dir.resolve("gone")); } catch (NoSuchFileException e) { show(e); }

        // malformed UTF-8 read as lines
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'});
        try (Stream<String> lines = Files.lines(bad)) {
            System.out.println(lines.count());
        } catch (UncheckedIOException e) {
            show(e);
        }

        // clean up
        for (String n : new String[] {"moved/inner.txt", "moved/a2.txt", "moved", "subcopy", "bad.txt"})
            Files.delete(dir.resolve(n));
        Files.delete(dir);
        System.out.println(Files.exists(dir));
    }
}
