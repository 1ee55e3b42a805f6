import java.util.*;

/* java.util.concurrent.ArrayBlockingQueue: a FIFO queue in a circular
 * array of a fixed capacity, no null elements; put on a full queue and take
 * on an empty one wait forever, as on a single-threaded JVM run
 * (BlockingQueue).  Its iterators are the JDK's, weakly consistent over the
 * array: each reads its next element one step ahead and decides then
 * whether one follows (the put index), and the queue tells the iterators
 * it has made (Itrs in the JDK) of elements taken (so they skip them, or
 * stop after the take index wrapped twice), of elements removed from the
 * middle (so their indexes shift), and of becoming empty (they stop). */
public class ArrayBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private final Object[] items;
    private int takeIndex, putIndex, count;
    /* the iterators that may still move, and how often takeIndex wrapped to 0 */
    private ArrayList<Itr> itrs;
    private int cycles;

    public ArrayBlockingQueue(int capacity) { this(capacity, false); }
    public ArrayBlockingQueue(int capacity, boolean fair) {
        if (capacity <= 0) throw new IllegalArgumentException();
        items = new Object[capacity];
    }
    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        int i = 0;
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            if (i == capacity) throw new IllegalArgumentException();
            items[i++] = e;
        }
        count = i;
        putIndex = i == capacity ? 0 : i;
    }

    private int inc(int i) { return ++i == items.length ? 0 : i; }
    private void enqueue(E e) {
        items[putIndex] = e;
        putIndex = inc(putIndex);
        count++;
    }
    private E dequeue() {
        E e = (E) items[takeIndex];
        items[takeIndex] = null;
        takeIndex = inc(takeIndex);
        count--;
        elementDequeued();
        return e;
    }
    /* the element at i out, the ones after it moved down */
    void removeAt(int removeIndex) {
        if (removeIndex == takeIndex) {
            items[takeIndex] = null;
            takeIndex = inc(takeIndex);
            count--;
            elementDequeued();
            return;
        }
        for (int i = removeIndex;;) {
            int pred = i;
            i = inc(i);
            if (i == putIndex) {
                items[pred] = null;
                putIndex = pred;
                break;
            }
            items[pred] = items[i];
        }
        count--;
        if (itrs != null) {
            for (int k = itrs.size() - 1; k >= 0; k--) if (itrs.get(k).removedAt(removeIndex)) itrs.remove(k);
            if (itrs.isEmpty()) itrs = null;
        }
    }
    private void elementDequeued() {
        if (itrs == null) return;
        if (count == 0) queueIsEmpty();
        else if (takeIndex == 0) takeIndexWrapped();
    }
    private void queueIsEmpty() {
        if (itrs == null) return;
        for (Itr it : itrs) it.shutdown();
        itrs = null;
    }
    private void takeIndexWrapped() {
        cycles++;
        for (int k = itrs.size() - 1; k >= 0; k--) if (itrs.get(k).takeIndexWrapped()) itrs.remove(k);
        if (itrs.isEmpty()) itrs = null;
    }

    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        if (count == items.length) return false;
        enqueue(e);
        return true;
    }
    public void put(E e) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        LimeBlocking.mayBlock(count == items.length);
        enqueue(e);
    }
    public E take() throws InterruptedException {
        LimeBlocking.mayBlock(count == 0);
        return dequeue();
    }
    public E poll() { return count == 0 ? null : dequeue(); }
    public E peek() { return (E) items[takeIndex]; }
    public int size() { return count; }
    /* the queue full (empty) with no other thread to change it: the whole timeout, then false (null) */
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        if (!LimeBlocking.mayGoOn(unit.toNanos(timeout), count == items.length)) return false;
        enqueue(e);
        return true;
    }
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return LimeBlocking.mayGoOn(unit.toNanos(timeout), count == 0) ? dequeue() : null;
    }
    public int remainingCapacity() { return items.length - count; }
    public boolean remove(Object o) {
        if (o == null || count == 0) return false;
        for (int i = takeIndex, k = 0; k < count; i = inc(i), k++)
            if (o.equals(items[i])) {
                removeAt(i);
                return true;
            }
        return false;
    }
    public boolean contains(Object o) {
        if (o == null) return false;
        for (int i = takeIndex, k = 0; k < count; i = inc(i), k++) if (o.equals(items[i])) return true;
        return false;
    }
    public Object[] toArray() {
        Object[] a = new Object[count];
        for (int i = takeIndex, k = 0; k < count; i = inc(i), k++) a[k] = items[i];
        return a;
    }
    public void clear() {
        if (count == 0) return;
        for (int i = takeIndex, k = 0; k < count; i = inc(i), k++) items[i] = null;
        takeIndex = putIndex;
        count = 0;
        queueIsEmpty();
    }
    public int drainTo(Collection<? super E> c) { return drainTo(c, Integer.MAX_VALUE); }
    public int drainTo(Collection<? super E> c, int maxElements) {
        LimeBlocking.drainTarget(c, this);
        if (maxElements <= 0) return 0;
        int n = Math.min(maxElements, count), take = takeIndex, i = 0;
        while (i < n) {
            E e = (E) items[take];
            c.add(e);
            items[take] = null;
            take = inc(take);
            i++;
        }
        if (i > 0) {
            count -= i;
            takeIndex = take;
            if (itrs != null) {
                if (count == 0) queueIsEmpty();
                else if (i > take) takeIndexWrapped();
            }
        }
        return i;
    }

    public String toString() {
        Object[] a = toArray();
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) b.append(", ");
            b.append(a[i] == this ? "(this Collection)" : String.valueOf(a[i]));
        }
        return b.append(']').toString();
    }
    public Iterator<E> iterator() { return new Itr(); }

    private static final int NONE = -1, REMOVED = -2, DETACHED = -3;
    /* cursor: the index after nextIndex (NONE: the put index was reached);
     * nextIndex/nextItem: the element next() gives; lastRet: the one it
     * gave last (REMOVED once gone); prevTakeIndex/prevCycles: the take
     * index when the iterator last looked (DETACHED: it no longer follows
     * the queue) */
    private final class Itr implements Iterator<E> {
        private int cursor, nextIndex, lastRet = NONE, prevTakeIndex, prevCycles;
        private E nextItem, lastItem;

        Itr() {
            if (count == 0) {
                cursor = NONE;
                nextIndex = NONE;
                prevTakeIndex = DETACHED;
            } else {
                prevTakeIndex = takeIndex;
                nextItem = (E) items[nextIndex = takeIndex];
                cursor = incCursor(takeIndex);
                if (itrs == null) itrs = new ArrayList<>();
                itrs.add(this);
                prevCycles = cycles;
            }
        }
        boolean isDetached() { return prevTakeIndex < 0; }
        private int incCursor(int index) {
            index = inc(index);
            return index == putIndex ? NONE : index;
        }
        private boolean invalidated(int index, int prevTakeIndex, long dequeues, int length) {
            if (index < 0) return false;
            int distance = index - prevTakeIndex;
            if (distance < 0) distance += length;
            return dequeues > distance;
        }
        /* the elements taken since the iterator last looked */
        private void incorporateDequeues() {
            if (cycles != prevCycles || takeIndex != prevTakeIndex) {
                int len = items.length;
                long dequeues = (long) (cycles - prevCycles) * len + (takeIndex - prevTakeIndex);
                if (invalidated(lastRet, prevTakeIndex, dequeues, len)) lastRet = REMOVED;
                if (invalidated(nextIndex, prevTakeIndex, dequeues, len)) nextIndex = REMOVED;
                if (invalidated(cursor, prevTakeIndex, dequeues, len)) cursor = takeIndex;
                if (cursor < 0 && nextIndex < 0 && lastRet < 0) detach();
                else {
                    prevCycles = cycles;
                    prevTakeIndex = takeIndex;
                }
            }
        }
        private void detach() {
            if (prevTakeIndex >= 0) {
                prevTakeIndex = DETACHED;
                if (itrs != null) {
                    itrs.remove(this);
                    if (itrs.isEmpty()) itrs = null;
                }
            }
        }
        public boolean hasNext() {
            if (nextItem != null) return true;
            if (!isDetached()) {
                incorporateDequeues();
                if (lastRet >= 0) {
                    lastItem = (E) items[lastRet];
                    detach();
                }
            }
            return false;
        }
        public E next() {
            E e = nextItem;
            if (e == null) throw new NoSuchElementException();
            if (!isDetached()) incorporateDequeues();
            lastRet = nextIndex;
            int c = cursor;
            if (c >= 0) {
                nextItem = (E) items[nextIndex = c];
                cursor = incCursor(c);
            } else {
                nextIndex = NONE;
                nextItem = null;
                if (lastRet == REMOVED) detach();
            }
            return e;
        }
        public void remove() {
            if (!isDetached()) incorporateDequeues();
            int lr = lastRet;
            lastRet = NONE;
            if (lr >= 0) {
                if (!isDetached()) removeAt(lr);
                else {
                    E li = lastItem;
                    lastItem = null;
                    if (items[lr] == li) removeAt(lr);
                }
            } else if (lr == NONE) throw new IllegalStateException();
            if (cursor < 0 && nextIndex < 0) detach();
        }
        void shutdown() {
            cursor = NONE;
            if (nextIndex >= 0) nextIndex = REMOVED;
            if (lastRet >= 0) {
                lastRet = REMOVED;
                lastItem = null;
            }
            prevTakeIndex = DETACHED;
        }
        private int distance(int index, int prevTakeIndex, int length) {
            int distance = index - prevTakeIndex;
            if (distance < 0) distance += length;
            return distance;
        }
        /* the element at removedIndex removed and the ones after it moved down; true: detached */
        boolean removedAt(int removedIndex) {
            if (isDetached()) return true;
            int len = items.length;
            int removedDistance = len * (cycles - prevCycles + (removedIndex < takeIndex ? 1 : 0)) + (removedIndex - prevTakeIndex);
            if (cursor >= 0) {
                int x = distance(cursor, prevTakeIndex, len);
                if (x == removedDistance) {
                    if (cursor == putIndex) cursor = NONE;
                } else if (x > removedDistance) cursor = cursor == 0 ? len - 1 : cursor - 1;
            }
            if (lastRet >= 0) {
                int x = distance(lastRet, prevTakeIndex, len);
                if (x == removedDistance) lastRet = REMOVED;
                else if (x > removedDistance) lastRet = lastRet == 0 ? len - 1 : lastRet - 1;
            }
            if (nextIndex >= 0) {
                int x = distance(nextIndex, prevTakeIndex, len);
                if (x == removedDistance) nextIndex = REMOVED;
                else if (x > removedDistance) nextIndex = nextIndex == 0 ? len - 1 : nextIndex - 1;
            }
            if (cursor < 0 && nextIndex < 0 && lastRet < 0) {
                prevTakeIndex = DETACHED;
                return true;
            }
            return false;
        }
        /* true: stop following the queue (it wrapped twice since) */
        boolean takeIndexWrapped() {
            if (isDetached()) return true;
            if (cycles - prevCycles > 1) {
                shutdown();
                return true;
            }
            return false;
        }
    }
}
