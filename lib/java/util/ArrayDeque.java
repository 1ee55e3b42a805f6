/* java.util.ArrayDeque: a circular array; no null elements. */
public class ArrayDeque<E> implements Deque<E>, java.io.Serializable {
    private Object[] elements = new Object[16];
    private int head, size;

    public ArrayDeque() { }
    public ArrayDeque(int numElements) { elements = new Object[Math.max(numElements + 1, 2)]; }
    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) addLast(e);
    }

    private void grow() {
        Object[] bigger = new Object[elements.length * 2];
        for (int i = 0; i < size; i++) bigger[i] = elements[(head + i) % elements.length];
        elements = bigger;
        head = 0;
    }
    private E at(int i) { return (E) elements[(head + i) % elements.length]; }

    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }
    public void addFirst(E e) {
        if (e == null) throw new NullPointerException();
        if (size == elements.length) grow();
        head = (head - 1 + elements.length) % elements.length;
        elements[head] = e;
        size++;
    }
    public void addLast(E e) {
        if (e == null) throw new NullPointerException();
        if (size == elements.length) grow();
        elements[(head + size) % elements.length] = e;
        size++;
    }
    public boolean offerFirst(E e) { addFirst(e); return true; }
    public boolean offerLast(E e) { addLast(e); return true; }
    public boolean add(E e) { addLast(e); return true; }
    public boolean offer(E e) { addLast(e); return true; }
    public void push(E e) { addFirst(e); }
    public E pollFirst() {
        if (size == 0) return null;
        E e = at(0);
        elements[head] = null;
        head = (head + 1) % elements.length;
        size--;
        return e;
    }
    public E pollLast() {
        if (size == 0) return null;
        int i = (head + size - 1) % elements.length;
        E e = (E) elements[i];
        elements[i] = null;
        size--;
        return e;
    }
    public E removeFirst() {
        if (size == 0) throw new NoSuchElementException();
        return pollFirst();
    }
    public E removeLast() {
        if (size == 0) throw new NoSuchElementException();
        return pollLast();
    }
    public E poll() { return pollFirst(); }
    public E pop() { return removeFirst(); }
    public E remove() { return removeFirst(); }
    public E peekFirst() { return size == 0 ? null : at(0); }
    public E peekLast() { return size == 0 ? null : at(size - 1); }
    public E peek() { return peekFirst(); }
    public E getFirst() {
        if (size == 0) throw new NoSuchElementException();
        return at(0);
    }
    public E getLast() {
        if (size == 0) throw new NoSuchElementException();
        return at(size - 1);
    }
    public E element() { return getFirst(); }
    public boolean contains(Object o) {
        for (int i = 0; i < size; i++) if (at(i).equals(o)) return true;
        return false;
    }
    /* as the JDK's: o.equals(element), and never a null o */
    public boolean remove(Object o) { return removeFirstOccurrence(o); }
    public boolean removeFirstOccurrence(Object o) {
        if (o != null)
            for (int i = 0; i < size; i++)
                if (o.equals(at(i))) return removeAt(i);
        return false;
    }
    public boolean removeLastOccurrence(Object o) {
        if (o != null)
            for (int i = size - 1; i >= 0; i--)
                if (o.equals(at(i))) return removeAt(i);
        return false;
    }
    /* removes the i-th element from the head; true */
    private boolean removeAt(int i) {
        for (int j = i; j < size - 1; j++) elements[(head + j) % elements.length] = elements[(head + j + 1) % elements.length];
        elements[(head + size - 1) % elements.length] = null;
        size--;
        return true;
    }
    public void clear() {
        for (int i = 0; i < elements.length; i++) elements[i] = null;
        head = size = 0;
    }
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            int i;
            public boolean hasNext() { return i < size; }
            public E next() {
                if (i >= size) throw new NoSuchElementException();
                return at(i++);
            }
        };
    }
    /* last to first; remove() removes the element next() returned */
    public Iterator<E> descendingIterator() {
        return new Iterator<E>() {
            int i = size;     /* next() returns at(i - 1) */
            int last = -1;    /* the index next() returned, -1 after remove() */
            public boolean hasNext() { return i > 0; }
            public E next() {
                if (i <= 0) throw new NoSuchElementException();
                last = --i;
                return at(i);
            }
            public void remove() {
                if (last < 0) throw new IllegalStateException();
                removeAt(last);
                last = -1;
            }
        };
    }
    public String toString() {
        String s = "[";
        for (int i = 0; i < size; i++) s += (i > 0 ? ", " : "") + at(i);
        return s + "]";
    }
}
