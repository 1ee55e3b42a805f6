import java.util.Deque;
import java.util.concurrent.*;

/* members and classes of java.util.concurrent that Lime's library lacks:
 * each named as Java's, never as a typo */
public class ConcurrentMissing {
    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        System.out.println(m.reduceValues(1, Integer::sum));
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(3);
        System.out.println(q.poll(1, TimeUnit.SECONDS) + " " + TimeUnit.SECONDS.toChronoUnit());
        Deque<Integer> d = new ConcurrentLinkedDeque<>();
    }
}
