import java.io.*;
import java.nio.file.*;
import java.util.Scanner;

// Scanner and BufferedReader over files written by the program, and
// ByteArrayInputStream under a reader.
public class FileScannerRead {
    public static void main(String[] args) throws IOException {
        File f = new File("/tmp/FileScannerRead-" + System.nanoTime() + ".txt");
        try (PrintStream out = new PrintStream(f)) {
            out.println("3 words here");
            out.printf("%d %.2f %s%n", 17, 2.5, "end");
            out.print("tail line");
        }
        try (Scanner sc = new Scanner(f)) {
            int n = sc.nextInt();
            System.out.println("n=" + n);
            for (int i = 0; i < 2; i++) System.out.println("word " + sc.next());
            System.out.println("int " + sc.nextInt() + " double " + sc.nextDouble() + " next " + sc.next());
            sc.nextLine();
            System.out.println("line [" + sc.nextLine() + "] more " + sc.hasNextLine());
        }
        try (Scanner sc = new Scanner(f.toPath())) {
            int lines = 0;
            while (sc.hasNextLine()) System.out.println(++lines + ": " + sc.nextLine());
        }
        try { new Scanner(new File("/nonexistent-FileScannerRead/in.txt")); } catch (FileNotFoundException e) { System.out.println(e); }
        try { new Scanner(Path.of("/nonexistent-FileScannerRead/in.txt")); } catch (IOException e) { System.out.println(e); }
        long total = 0;
        try (BufferedReader r = new BufferedReader(new FileReader(f))) {
            String line;
            while ((line = r.readLine()) != null) total += line.length();
        }
        System.out.println("chars " + total + " bytes " + f.length() + " deleted " + f.delete());

        byte[] data = "x\u00e9y\nz".getBytes();
        ByteArrayInputStream in = new ByteArrayInputStream(data, 1, 10);
        System.out.println(in.available() + " " + in.read() + " " + in.markSupported());
        in.mark(0);
        byte[] two = new byte[2];
        System.out.println(in.read(two, 0, 2) + " " + two[0] + " " + two[1] + " " + in.skip(100) + " " + in.read(two) + " " + in.read(two, 0, 0));
        in.reset();
        BufferedReader r = new BufferedReader(new InputStreamReader(in));
        System.out.println(r.readLine() + "|" + r.readLine() + "|" + r.readLine());
        try { new FileInputStream("/dev/null").reset(); } catch (IOException e) { System.out.println(e); }
    }
}
