import java.io.*;
public class StdinBufferedReader {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lines = 0, chars = 0;
        while ((line = in.readLine()) != null) {
            lines++;
            chars += line.length();
            System.out.println(lines + ": " + line.toUpperCase());
        }
        System.out.println(lines + " lines, " + chars + " chars");
        in.close();
    }
}
