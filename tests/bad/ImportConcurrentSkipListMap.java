// error: java.util.concurrent.ConcurrentSkipListMap is Java's but not in Lime's library
import java.util.concurrent.ConcurrentSkipListMap; // <-- error

public class ImportConcurrentSkipListMap {
    public static void main(String[] args) {
        ConcurrentSkipListMap<String, Integer> m = new ConcurrentSkipListMap<>();
        int n = m.size() + "";   // (javac rejects this line)
    }
}
