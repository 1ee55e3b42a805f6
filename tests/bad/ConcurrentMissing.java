import java.util.Deque;
import java.util.concurrent.*;

// error: ConcurrentHashMap.reduceValues(int,<method reference>) is Java's but not in Lime's library
/* members and classes of java.util.concurrent that Lime's library lacks:
 * each named as Java's, never as a typo */
public class ConcurrentMissing {
    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        System.out.println(m.reduceValues(1, Integer::sum)); // <-- error
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(3);
        System.out.println(q.poll(1, TimeUnit.SECONDS) + " " + TimeUnit.SECONDS.toChronoUnit());
        Deque<Integer> d = new ConcurrentLinkedDeque<>();
        int x = "javac rejects this";
    }
}
