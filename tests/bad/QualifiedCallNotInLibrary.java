// error: java.math.BigInteger is Java's but not in Lime's library
public class QualifiedCallNotInLibrary {
    public static void main(String[] args) {
        int[] a = {3, 1, 2};
        java.math.BigInteger.valueOf(a[0]); // <-- error
        int x = "javac rejects this";
    }
}
