import java.util.Collection;
import java.util.Queue;

/* java.util.concurrent.BlockingQueue: put and take wait for room or an
 * element; on the program's one thread nothing else can make either, so
 * they wait forever there, as a single-threaded JVM run does; the timed
 * offer and poll wait out their whole timeout and fail. */
public interface BlockingQueue<E> extends Queue<E> {
    void put(E e) throws InterruptedException;
    E take() throws InterruptedException;
    boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException;
    E poll(long timeout, TimeUnit unit) throws InterruptedException;
    int remainingCapacity();
    int drainTo(Collection<? super E> c);
    int drainTo(Collection<? super E> c, int maxElements);
}
