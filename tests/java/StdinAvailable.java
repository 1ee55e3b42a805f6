import java.io.IOException;
import java.io.InputStream;

/* System.in.available() on a redirected file: the bytes left, as the
 * JVM's FileInputStream reports them, before and after reads of single
 * bytes, of arrays, skips, past the first 64 KiB, and at the end; then the
 * idiom of reading all of standard input into new byte[available()]. */
public class StdinAvailable {
    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        int total = in.available();
        System.out.println("at first: " + total);
        int c = in.read();
        System.out.println("read '" + (char) c + "', left " + in.available());
        byte[] b = new byte[10];
        int n = in.read(b, 2, 5);
        System.out.println("read " + n + " '" + new String(b, 2, n) + "', left " + in.available());
        System.out.println("skipped " + in.skip(4) + ", left " + in.available());
        byte[] big = new byte[70000];
        int got = 0;
        while (got < big.length) {
            int k = in.read(big, got, big.length - got);
            if (k < 0) break;
            got += k;
            System.out.println("left " + in.available() + (in.available() + got + 10 == total ? " (adds up)" : ""));
        }
        byte[] rest = new byte[in.available()];
        int r = in.read(rest);
        long sum = 0;
        for (byte x : rest) sum = sum * 31 + x;
        System.out.println("rest " + rest.length + " read " + r + " checksum " + sum);
        System.out.println("last line: " + new String(rest, rest.length - 20, 19));
        System.out.println("at the end: " + in.available() + " " + in.read() + " " + in.available() + " " + in.read(b));
    }
}
