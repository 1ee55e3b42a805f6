import java.util.*;

/* java.util.concurrent.ConcurrentLinkedQueue: an unbounded FIFO queue of
 * linked nodes (LimeLinkedQueue), no null elements; size() counts them. */
public class ConcurrentLinkedQueue<E> extends LimeLinkedQueue<E> implements Queue<E> {
    public ConcurrentLinkedQueue() { super(false); }
    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        super(false);
        for (E e : c) offer(e);
    }
    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        enqueue(e);
        return true;
    }
    public boolean add(E e) { return offer(e); }
    /* as the JDK's: every element checked before any is added */
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) throw new IllegalArgumentException();
        Object[] a = c.toArray();
        for (Object e : a) if (e == null) throw new NullPointerException();
        for (Object e : a) enqueue((E) e);
        return a.length > 0;
    }
}
