// error: java.util.Locale is Java's but not in Lime's library
public class QualifiedCallNotInLibrary {
    public static void main(String[] args) {
        int[] a = {3, 1, 2};
        java.util.Locale.getDefault(); // <-- error
        int x = "javac rejects this";
    }
}
