// error: java.lang.ThreadLocal is Java's but not in Lime's library
public class JdkClassNotProvided {
    public static void main(String[] args) {
        ThreadLocal t = null; // <-- error
        int x = "javac rejects this";
    }
}
