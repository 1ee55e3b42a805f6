// error: java.util.Random is not in Lime's library
import java.util.Random; // <-- error

public class ImportRandom {
    public static void main(String[] args) {
        Random in = new Random(System.in);
        int n = in.nextInt() + "";   // (javac rejects this line)
    }
}
