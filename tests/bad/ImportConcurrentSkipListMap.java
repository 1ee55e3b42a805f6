// error: java.util.concurrent.ConcurrentSkipListMap is Java's but not in Lime's library
import java.util.concurrent.ConcurrentSkipListMap;

public class ImportConcurrentSkipListMap {
    public static void main(String[] args) {
        ConcurrentSkipListMap<String, Integer> m = null; // <-- error: at the use, not at the import
        int n = m.size() + "";   // (javac rejects this line)
    }
}
