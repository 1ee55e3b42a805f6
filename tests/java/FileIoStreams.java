import java.io.*;
public class FileIoStreams {
    public static void main(String[] args) throws IOException {
        String name = "/tmp/FileIoStreams-" + System.nanoTime() + ".txt";
        try (PrintWriter w = new PrintWriter(new FileWriter(name))) {
            w.println("hello");
            w.printf("%d %s%n", 42, "héllo €");
        }
        try (BufferedReader r = new BufferedReader(new FileReader(name))) {
            String line;
            while ((line = r.readLine()) != null) System.out.println("[" + line + "]");
        }
        File f = new File(name);
        System.out.println(f.exists() + " " + f.isFile() + " " + f.isDirectory() + " " + f.length() + " " + f.canRead());
        try (FileOutputStream o = new FileOutputStream(f, true)) { o.write(65); o.write(new byte[]{66, 10}); }
        try (FileInputStream in = new FileInputStream(f)) {
            System.out.println(in.available());
            int c; StringBuilder sb = new StringBuilder();
            while ((c = in.read()) >= 0) sb.append(c).append(' ');
            System.out.println(sb);
        }
        System.out.println(f.delete() + " " + f.exists() + " " + f.delete());
        try { new FileInputStream("nofile.txt"); } catch (FileNotFoundException e) { System.out.println(e); }
        try { new FileReader("/tmp"); } catch (FileNotFoundException e) { System.out.println(e); }
        try { new FileWriter("/nonexistent-dir/x.txt"); } catch (IOException e) { System.out.println(e); }
        File d = new File("a//b/", "/c/");
        System.out.println(d + " " + d.getName() + " " + d.getParent() + " " + new File("/").getParent() + " " + new File("/x").getParent()+ " " + new File("x").getParent());
        FileInputStream in = new FileInputStream("/dev/null");
        System.out.println(in.read() + " " + in.read(new byte[4]) + " " + in.read(new byte[4], 1, 0));
        in.close();
        in.close();
        try { in.read(); } catch (IOException e) { System.out.println(e); }
        try { in.read(new byte[2], 0, 2); } catch (IOException e) { System.out.println(e); }
        System.out.println(in.read(new byte[2], 0, 0));
        try { in.read(new byte[2], 1, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        // bytes of every size through a FileOutputStream, read back in chunks
        String bin = "/tmp/FileIoStreams-bin-" + System.nanoTime();
        try (OutputStream o = new FileOutputStream(bin)) {
            byte[] b = new byte[300];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 7);
            o.write(b, 10, 290);
            o.write(-1);
            try { o.write(b, 299, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        }
        File bf = new File(bin);
        System.out.println(bf.length());
        try (InputStream i = new FileInputStream(bf)) {
            byte[] chunk = new byte[100];
            int n, sum = 0, reads = 0;
            while ((n = i.read(chunk)) > 0) { reads++; for (int k = 0; k < n; k++) sum += chunk[k]; }
            System.out.println(reads + " reads, sum " + sum + ", then " + i.read());
        }
        try (InputStream i = new FileInputStream(bf)) {
            System.out.println(i.skip(5) + " " + i.read() + " " + i.readAllBytes().length + " " + i.available());
        }
        FileOutputStream closed = new FileOutputStream(bin, true);
        closed.close();
        try { closed.write(1); } catch (IOException e) { System.out.println(e); }
        System.out.println(bf.length() + " " + bf.delete() + " " + bf.length());
        // a FileWriter appending, with text that needs several UTF-8 bytes
        String t = "/tmp/FileIoStreams-text-" + System.nanoTime();
        try (Writer w = new FileWriter(t)) { w.write("a\u00e9\u20ac\ud83d\ude00\r\nsecond\rthird"); }
        try (Writer w = new FileWriter(new File(t), true)) { w.append("\nfourth").append('!'); }
        System.out.println(new File(t).length());
        try (BufferedReader r = new BufferedReader(new FileReader(new File(t)))) {
            for (String line; (line = r.readLine()) != null; ) System.out.println(line.length() + " " + line);
        }
        try (PrintWriter p = new PrintWriter(t)) { p.print("over"); }
        try (Reader r = new InputStreamReader(new FileInputStream(t))) {
            int c;
            while ((c = r.read()) >= 0) System.out.print((char) c + ",");
            System.out.println();
        }
        new File(t).delete();
        try { new PrintWriter(new File("/nonexistent-lime-dir/out.txt")); } catch (FileNotFoundException e) { System.out.println(e.getMessage()); }
    }
}
