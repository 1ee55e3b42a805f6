import java.util.*;

/* java.util.concurrent.LinkedBlockingQueue: a FIFO queue of linked nodes
 * (LimeLinkedQueue) of a fixed capacity (Integer.MAX_VALUE by default), no
 * null elements.  put on a full queue and take on an empty one wait
 * forever, as on a single-threaded JVM run (BlockingQueue); both throw
 * InterruptedException first when the thread's interrupt flag is set. */
public class LinkedBlockingQueue<E> extends LimeLinkedQueue<E> implements BlockingQueue<E> {
    private final int capacity;

    public LinkedBlockingQueue() { this(Integer.MAX_VALUE); }
    public LinkedBlockingQueue(int capacity) {
        super(true);
        if (capacity <= 0) throw new IllegalArgumentException();
        this.capacity = capacity;
    }
    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            if (count() == capacity) throw new IllegalStateException("Queue full");
            enqueue(e);
        }
    }
    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        if (count() == capacity) return false;
        enqueue(e);
        return true;
    }
    public void put(E e) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        LimeBlocking.mayBlock(count() == capacity);
        enqueue(e);
    }
    public E take() throws InterruptedException {
        LimeBlocking.mayBlock(count() == 0);
        return dequeue();
    }
    /* the queue full (empty) with no other thread to change it: the whole timeout, then false (null) */
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        if (!LimeBlocking.mayGoOn(unit.toNanos(timeout), count() == capacity)) return false;
        enqueue(e);
        return true;
    }
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return LimeBlocking.mayGoOn(unit.toNanos(timeout), count() == 0) ? dequeue() : null;
    }
    public int remainingCapacity() { return capacity - count(); }
    public int drainTo(Collection<? super E> c) { return drainTo(c, Integer.MAX_VALUE); }
    public int drainTo(Collection<? super E> c, int maxElements) {
        LimeBlocking.drainTarget(c, this);
        if (maxElements <= 0) return 0;
        int n = Math.min(maxElements, count());
        for (int i = 0; i < n; i++) c.add(dequeue());
        return n;
    }
}
