// error: java.util.StringTokenizer is Java's but not in Lime's library
import java.util.StringTokenizer; // <-- error

public class ImportStringTokenizer {
    public static void main(String[] args) {
        StringTokenizer in = new StringTokenizer(System.in);
        int n = in.nextInt() + "";   // (javac rejects this line)
    }
}
