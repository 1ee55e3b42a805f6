// error: java.util.StringTokenizer is Java's but not in Lime's library
import java.util.*;

public class JdkOnDemandNotProvided {
    public static void main(String[] args) {
        StringTokenizer names = null; // <-- error
        int x = "javac rejects this";
    }
}
