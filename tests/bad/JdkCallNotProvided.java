// error: java.util.concurrent.Executors is Java's but not in Lime's library
import java.util.concurrent.*;

public class JdkCallNotProvided {
    public static void main(String[] args) {
        int[] a = {3, 1, 2};
        Executors.newFixedThreadPool(a[0]); // <-- error
        int x = "javac rejects this";
    }
}
