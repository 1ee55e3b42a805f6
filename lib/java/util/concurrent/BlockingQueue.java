import java.util.Collection;
import java.util.Queue;

/* java.util.concurrent.BlockingQueue: put and take wait for room or an
 * element; on the program's one thread nothing else can make either, so
 * they wait forever there, as a single-threaded JVM run does.  The timed
 * offer and poll (TimeUnit) are not in Lime's library. */
public interface BlockingQueue<E> extends Queue<E> {
    void put(E e) throws InterruptedException;
    E take() throws InterruptedException;
    int remainingCapacity();
    int drainTo(Collection<? super E> c);
    int drainTo(Collection<? super E> c, int maxElements);
}
