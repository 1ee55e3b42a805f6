/* java.util.PriorityQueue: the JDK's binary heap (the same sift-up and
 * sift-down, so toString and iteration show the JVM's array order). */
public class PriorityQueue<E> implements Queue<E>, java.io.Serializable {
    private Object[] queue;
    private int size;
    private final Comparator<E> comparator;
    private int modCount;

    public PriorityQueue() { this(11, null); }
    public PriorityQueue(int initialCapacity) { this(initialCapacity, null); }
    public PriorityQueue(Comparator<? super E> comparator) { this(11, comparator); }
    public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) throw new IllegalArgumentException();
        queue = new Object[initialCapacity];
        this.comparator = comparator;
    }
    public PriorityQueue(Collection<E> c) {
        this(Math.max(1, c.size()), null);
        for (E e : c) add(e);
    }

    private int cmp(Object a, Object b) {
        if (comparator != null) return comparator.compare((E) a, (E) b);
        return ((Comparable<Object>) a).compareTo(b);
    }
    private void grow() {
        int old = queue.length;
        int n = old + (old < 64 ? old + 2 : old >> 1);
        Object[] q = new Object[n];
        for (int i = 0; i < size; i++) q[i] = queue[i];
        queue = q;
    }
    /* As the JDK's: without a comparator the moving element is cast to
     * Comparable once, before the loop (the casts of the others are left
     * to compareTo). */
    private void siftUp(int k, Object x) {
        if (comparator != null) {
            siftUpUsing(k, x, comparator);
            return;
        }
        Comparable<Object> key = (Comparable<Object>) x;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (key.compareTo(e) >= 0) break;
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }
    private void siftUpUsing(int k, Object x, Comparator<E> c) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (c.compare((E) x, (E) e) >= 0) break;
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }
    private void siftDown(int k, Object x) {
        if (comparator != null) {
            siftDownUsing(k, x, comparator);
            return;
        }
        Comparable<Object> key = (Comparable<Object>) x;
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && ((Comparable<Object>) c).compareTo(queue[right]) > 0) c = queue[child = right];
            if (key.compareTo(c) <= 0) break;
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }
    private void siftDownUsing(int k, Object x, Comparator<E> cmp) {
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && cmp.compare((E) c, (E) queue[right]) > 0) c = queue[child = right];
            if (cmp.compare((E) x, (E) c) <= 0) break;
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }

    public boolean add(E e) { return offer(e); }
    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        modCount++;
        if (size >= queue.length) grow();
        if (size == 0 && comparator == null) cmp(e, e); /* the JDK's type check of the first element */
        int n = size;
        siftUp(n, e); /* may throw: the size grows only once e is in */
        size = n + 1;
        return true;
    }
    public E peek() { return size == 0 ? null : (E) queue[0]; }
    public E element() {
        if (size == 0) throw new NoSuchElementException();
        return (E) queue[0];
    }
    public E poll() {
        if (size == 0) return null;
        modCount++;
        E result = (E) queue[0];
        int n = --size;
        Object x = queue[n];
        queue[n] = null;
        if (n > 0) siftDown(0, x);
        return result;
    }
    public E remove() {
        if (size == 0) throw new NoSuchElementException();
        return poll();
    }
    private E removeAt(int i) {
        modCount++;
        int s = --size;
        if (s == i) queue[i] = null;
        else {
            Object moved = queue[s];
            queue[s] = null;
            siftDown(i, moved);
            if (queue[i] == moved) siftUp(i, moved);
        }
        return null;
    }
    public boolean remove(Object o) {
        for (int i = 0; i < size; i++)
            if (o != null && o.equals(queue[i])) {
                removeAt(i);
                return true;
            }
        return false;
    }
    public boolean contains(Object o) {
        for (int i = 0; i < size; i++) if (o != null && o.equals(queue[i])) return true;
        return false;
    }
    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }
    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) queue[i] = null;
        size = 0;
    }
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            int i;
            int expected = modCount;
            public boolean hasNext() { return i < size; }
            public E next() {
                if (expected != modCount) throw new ConcurrentModificationException();
                if (i >= size) throw new NoSuchElementException();
                return (E) queue[i++];
            }
        };
    }
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < size; i++) b.append(i > 0 ? ", " : "").append(String.valueOf(queue[i]));
        return b.append(']').toString();
    }
}
