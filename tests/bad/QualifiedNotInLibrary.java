// error: java.util.concurrent.ConcurrentSkipListMap is Java's but not in Lime's library
public class QualifiedNotInLibrary {
    public static void main(String[] args) {
        java.util.concurrent.ConcurrentSkipListMap<String, Integer> in = null; // <-- error
        int x = "javac rejects this";
    }
}
