// error: java.util.Locale is Java's but not in Lime's library
import java.util.*;

public class JdkCallNotProvided {
    public static void main(String[] args) {
        int[] a = {3, 1, 2};
        Locale.getDefault(); // <-- error
        int x = "javac rejects this";
    }
}
