// error: java.math.BigInteger is Java's but not in Lime's library
public class QualifiedNotInLibrary {
    public static void main(String[] args) {
        java.math.BigInteger in = null; // <-- error
        int x = "javac rejects this";
    }
}
