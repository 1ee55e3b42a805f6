import java.io.File;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.List;

public class FileNioFiles {
    static void show(String what, Path p) {
        System.out.println(what + ": [" + p + "] name=" + p.getFileName() + " parent=" + p.getParent() + " root=" + p.getRoot()
                           + " abs=" + p.isAbsolute() + " count=" + p.getNameCount());
    }
    public static void main(String[] args) throws IOException {
        show("of", Path.of("a", "b", "c.txt"));
        show("paths", Paths.get("/usr//local/", "", "bin/"));
        show("root", Path.of("/"));
        show("empty", Path.of(""));
        show("one", Path.of("x"));
        show("abs one", Path.of("/x"));
        Path q = Path.of("dir/sub/file.txt");
        for (int i = 0; i < q.getNameCount(); i++) System.out.print(q.getName(i) + "|");
        System.out.println();
        try { q.getName(3); } catch (IllegalArgumentException e) { System.out.println(e); }
        System.out.println(q.resolve("more") + " " + q.resolve("/abs") + " " + Path.of("/").resolve("x") + " " + Path.of("").resolve("y") + " " + q.resolve(""));
        System.out.println(q.startsWith("dir") + " " + q.startsWith("dir/sub") + " " + q.startsWith("di") + " " + q.endsWith("file.txt") + " " + q.endsWith("sub/file.txt") + " " + q.endsWith("/dir/sub/file.txt"));
        System.out.println(q.equals(Path.of("dir", "sub", "file.txt")) + " " + q.hashCode() + " " + Path.of("é").hashCode() + " " + q.compareTo(Path.of("dir/sub")) + " " + Path.of("a").compareTo(Path.of("b")));
        System.out.println(q.toFile().getName() + " " + new File("x/y").toPath().getParent());
        try { Path.of("bad\0name"); } catch (InvalidPathException e) { System.out.println(e.getMessage().replace('\0', '0')); }

        String base = "/tmp/FileNioFiles-" + System.nanoTime();
        Path dir = Files.createDirectory(Path.of(base));
        System.out.println(Files.exists(dir) + " " + Files.isDirectory(dir) + " " + Files.isRegularFile(dir));
        Path f = dir.resolve("lines.txt");
        System.out.println(Files.exists(f) + " " + Files.notExists(f));
        Files.writeString(f, "alpha\nbeta\r\ngamma\rdelta é\n\nlast");
        System.out.println(Files.exists(f) + " " + Files.notExists(f) + " " + Files.isRegularFile(f) + " " + Files.size(f) + " " + Files.isReadable(f));
        List<String> lines = Files.readAllLines(f);
        System.out.println(lines.size() + " " + lines);
        System.out.println(Files.readString(f).length());
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 5; i++) out.add("line " + i * i);
        Files.write(f, out);
        System.out.print(Files.readString(f));
        Files.writeString(f, "appended\n", StandardOpenOption.APPEND);
        System.out.println(Files.readAllLines(f));
        byte[] bytes = Files.readAllBytes(f);
        System.out.println(bytes.length + " " + bytes[0] + " " + bytes[bytes.length - 1]);
        Files.write(f, new byte[] {104, 105, (byte) 0xC3, (byte) 0xA9});
        System.out.println(Files.readString(f) + " " + Files.size(f));
        Files.write(f, new byte[] {65, (byte) 0xFF, 66});
        try { Files.readString(f); } catch (MalformedInputException e) { System.out.println(e + " " + e.getInputLength()); }
        try { Files.readAllLines(f); } catch (IOException e) { System.out.println(e); }
        try { Files.createFile(f); } catch (FileAlreadyExistsException e) { System.out.println(e.getClass().getName() + " " + e.getMessage().endsWith("lines.txt")); }
        try { Files.createDirectory(dir); } catch (FileAlreadyExistsException e) { System.out.println(e.getFile().equals(base)); }
        try { Files.delete(dir); } catch (DirectoryNotEmptyException e) { System.out.println(e.getClass().getName() + " " + e.getMessage().equals(base)); }
        try { Files.readString(dir); } catch (IOException e) { System.out.println(e); }
        try { Files.writeString(f, "x", StandardOpenOption.CREATE_NEW); } catch (FileAlreadyExistsException e) { System.out.println("exists"); }
        Files.delete(f);
        System.out.println(Files.deleteIfExists(f) + " " + Files.exists(f));

        Path missing = Path.of("no-such-dir-FileNioFiles/missing.txt");
        try { Files.readAllLines(missing); } catch (NoSuchFileException e) { System.out.println(e); }
        try { Files.readString(missing); } catch (IOException e) { System.out.println(e + " | " + e.getMessage()); }
        try { Files.size(missing); } catch (IOException e) { System.out.println(e); }
        try { Files.delete(missing); } catch (IOException e) { System.out.println(e); }
        try { Files.writeString(missing, "x"); } catch (IOException e) { System.out.println(e); }
        try { Files.writeString(Path.of("/tmp/FileNioFiles-none"), "x", StandardOpenOption.APPEND); } catch (NoSuchFileException e) { System.out.println(e); }
        try { Files.writeString(Path.of("/tmp/x"), "x", StandardOpenOption.APPEND, StandardOpenOption.TRUNCATE_EXISTING); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { Files.writeString(Path.of("/tmp/x"), "x", StandardOpenOption.READ); } catch (IllegalArgumentException e) { System.out.println(e); }

        // java.io.File over the same files
        File d = new File(base);
        File g = new File(d, "g.txt");
        System.out.println(g.getName() + " " + g.getParent().equals(base) + " " + g.exists() + " " + g.length() + " " + g.createNewFile() + " " + g.createNewFile() + " " + g.isFile() + " " + g.length());
        File sub = new File(base + "/sub/");
        System.out.println(sub.getName() + " " + sub.mkdir() + " " + sub.mkdir() + " " + sub.isDirectory() + " " + d.delete());
        System.out.println(g.delete() + " " + sub.delete() + " " + d.delete() + " " + d.exists() + " " + d.isDirectory());
        File rel = new File("some//rel/path.txt/");
        System.out.println(rel + " " + rel.getPath() + " " + rel.getName() + " " + rel.getParent() + " " + rel.isAbsolute() + " " + rel.exists() + " " + rel.length() + " " + rel.canRead() + " " + rel.delete());
        System.out.println(new File("", "x") + " " + new File((String) null, "y") + " " + new File("/", "z") + " " + new File("a", "") + " " + new File("") .exists());
        System.out.println(new File("a").equals(new File("a/")) + " " + new File("a").hashCode() + " " + new File("a").compareTo(new File("b")));
    }
}
