// error: java.util.StringTokenizer is Java's but not in Lime's library
public class QualifiedNotInLibrary {
    public static void main(String[] args) {
        java.util.StringTokenizer in = null; // <-- error
        int x = "javac rejects this";
    }
}
