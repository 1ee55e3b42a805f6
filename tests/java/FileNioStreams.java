import java.io.*;
import java.nio.file.*;
import java.util.List;

// Files' streams, readers and writers: newBufferedWriter/newBufferedReader,
// newOutputStream/newInputStream, their options and errors.
public class FileNioStreams {
    public static void main(String[] args) throws IOException {
        Path p = Path.of("/tmp/FileNioStreams-" + System.nanoTime() + ".txt");
        try (BufferedWriter w = Files.newBufferedWriter(p)) {
            for (int i = 0; i < 4; i++) {
                w.write("row " + i + " \u00fc");
                w.newLine();
            }
        }
        try (BufferedReader r = Files.newBufferedReader(p)) {
            String line;
            while ((line = r.readLine()) != null) System.out.println(line + " (" + line.length() + ")");
        }
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardOpenOption.APPEND)) { w.write("appended"); }
        System.out.println(Files.readAllLines(p) + " " + Files.size(p));
        try (OutputStream o = Files.newOutputStream(p)) { o.write(new byte[] {1, 2, 3, (byte) 200}); }
        try (InputStream in = Files.newInputStream(p, StandardOpenOption.READ)) {
            System.out.println(in.read() + " " + in.available() + " " + in.read(new byte[10]) + " " + in.read());
        }
        try (OutputStream o = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW)) { System.out.println("made"); } catch (FileAlreadyExistsException e) { System.out.println("exists"); }
        try { Files.newInputStream(p, StandardOpenOption.APPEND); } catch (UnsupportedOperationException e) { System.out.println(e); }
        try { Files.newOutputStream(p, StandardOpenOption.READ); } catch (IllegalArgumentException e) { System.out.println(e); }
        Files.write(p, new byte[] {'a', '\n', 'b', (byte) 0xC3, 'c', '\n'});
        try (BufferedReader r = Files.newBufferedReader(p)) {
            System.out.println(r.readLine());
        } catch (IOException e) { System.out.println(e); }
        Files.write(p, new byte[] {'a', '\n', 'b', 'c', (byte) 0xE2, (byte) 0x82});
        try (BufferedReader r = Files.newBufferedReader(p)) {
            System.out.println(r.readLine());
            System.out.println(r.readLine());
        } catch (IOException e) { System.out.println(e); }
        try (BufferedReader r = new BufferedReader(new FileReader(p.toFile()))) {
            System.out.println(r.readLine() + " " + r.readLine().length());
        }
        Files.delete(p);
        try { Files.newBufferedReader(p); } catch (NoSuchFileException e) { System.out.println(e.getMessage().equals(p.toString())); }
        try { Files.newInputStream(Path.of("missing-FileNioStreams")); } catch (NoSuchFileException e) { System.out.println(e); }
        try { Files.newBufferedWriter(Path.of("/nonexistent-FileNioStreams/x")); } catch (NoSuchFileException e) { System.out.println(e); }
        try { Files.newBufferedWriter(p, StandardOpenOption.WRITE); } catch (NoSuchFileException e) { System.out.println("no file to write"); }
        System.out.println(Files.exists(p));
    }
}
