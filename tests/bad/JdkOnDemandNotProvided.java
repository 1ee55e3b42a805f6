// error: java.util.Timer is Java's but not in Lime's library
import java.util.*;

public class JdkOnDemandNotProvided {
    public static void main(String[] args) {
        Timer names = null; // <-- error
        int x = "javac rejects this";
    }
}
