// error: java.math.BigInteger is Java's but not in Lime's library
import java.math.*;

public class JdkCallNotProvided {
    public static void main(String[] args) {
        int[] a = {3, 1, 2};
        BigInteger.valueOf(a[0]); // <-- error
        int x = "javac rejects this";
    }
}
