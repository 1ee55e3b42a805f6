// error: java.util.concurrent.Executors is Java's but not in Lime's library
public class QualifiedCallNotInLibrary {
    public static void main(String[] args) {
        int[] a = {3, 1, 2};
        java.util.concurrent.Executors.newFixedThreadPool(a[0]); // <-- error
        int x = "javac rejects this";
    }
}
