// error: java.lang.Thread is Java's but not in Lime's library
public class JdkClassNotProvided {
    public static void main(String[] args) {
        Thread t = null; // <-- error
        int x = "javac rejects this";
    }
}
