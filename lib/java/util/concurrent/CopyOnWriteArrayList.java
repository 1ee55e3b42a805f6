import java.util.*;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/* java.util.concurrent.CopyOnWriteArrayList: every change makes a new
 * array, so an iterator walks the array it was made on (a snapshot: no
 * ConcurrentModificationException; its remove, set and add throw
 * UnsupportedOperationException).  Indexes are checked as the JDK's: by
 * the array access (ArrayIndexOutOfBoundsException) in get, set and
 * remove, "Index: i, Size: n" in add and listIterator. */
public class CopyOnWriteArrayList<E> implements List<E>, Cloneable, java.io.Serializable {
    private Object[] array;

    public CopyOnWriteArrayList() { array = new Object[0]; }
    public CopyOnWriteArrayList(Collection<? extends E> c) { array = Arrays.copyOf(c.toArray(), c.size(), Object[].class); }
    public CopyOnWriteArrayList(E[] toCopyIn) { array = Arrays.copyOf(toCopyIn, toCopyIn.length, Object[].class); }

    final Object[] getArray() { return array; }
    final void setArray(Object[] a) { array = a; }
    static String outOfBounds(int index, int size) { return "Index: " + index + ", Size: " + size; }

    public int size() { return array.length; }
    public boolean isEmpty() { return array.length == 0; }
    static int indexOfRange(Object o, Object[] es, int from, int to) {
        for (int i = from; i < to; i++) if (Objects.equals(o, es[i])) return i;
        return -1;
    }
    static int lastIndexOfRange(Object o, Object[] es, int from, int to) {
        for (int i = to - 1; i >= from; i--) if (Objects.equals(o, es[i])) return i;
        return -1;
    }
    public boolean contains(Object o) { return indexOf(o) >= 0; }
    public int indexOf(Object o) { return indexOfRange(o, array, 0, array.length); }
    public int indexOf(E e, int index) { return indexOfRange(e, array, index, array.length); }
    public int lastIndexOf(Object o) { return lastIndexOfRange(o, array, 0, array.length); }
    public int lastIndexOf(E e, int index) { return lastIndexOfRange(e, array, 0, index + 1); }
    public E get(int index) { return (E) array[index]; }
    public E set(int index, E element) {
        Object[] es = array;
        E old = (E) es[index];
        if (old != element) {
            es = es.clone();
            es[index] = element;
        }
        array = es;
        return old;
    }
    public boolean add(E e) {
        Object[] es = Arrays.copyOf(array, array.length + 1);
        es[array.length] = e;
        array = es;
        return true;
    }
    public void add(int index, E element) {
        Object[] es = array;
        int len = es.length;
        if (index > len || index < 0) throw new IndexOutOfBoundsException(outOfBounds(index, len));
        Object[] n = new Object[len + 1];
        System.arraycopy(es, 0, n, 0, index);
        System.arraycopy(es, index, n, index + 1, len - index);
        n[index] = element;
        array = n;
    }
    public E remove(int index) {
        Object[] es = array;
        E old = (E) es[index];
        removeAt(index);
        return old;
    }
    private void removeAt(int index) {
        Object[] es = array;
        Object[] n = new Object[es.length - 1];
        System.arraycopy(es, 0, n, 0, index);
        System.arraycopy(es, index + 1, n, index, es.length - index - 1);
        array = n;
    }
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        removeAt(i);
        return true;
    }
    public boolean addIfAbsent(E e) { return indexOf(e) < 0 && add(e); }
    public int addAllAbsent(Collection<? extends E> c) {
        Object[] cs = c.toArray();
        Object[] es = array;
        int added = 0;
        for (Object e : cs)
            if (indexOfRange(e, es, 0, es.length) < 0 && indexOfRange(e, cs, 0, added) < 0) cs[added++] = e;
        if (added > 0) {
            Object[] n = Arrays.copyOf(es, es.length + added);
            System.arraycopy(cs, 0, n, es.length, added);
            array = n;
        }
        return added;
    }
    public boolean addAll(Collection<? extends E> c) {
        Object[] cs = c.toArray();
        if (cs.length == 0) return false;
        Object[] n = Arrays.copyOf(array, array.length + cs.length);
        System.arraycopy(cs, 0, n, array.length, cs.length);
        array = n;
        return true;
    }
    public boolean addAll(int index, Collection<? extends E> c) {
        Object[] cs = c.toArray();
        Object[] es = array;
        int len = es.length;
        if (index > len || index < 0) throw new IndexOutOfBoundsException(outOfBounds(index, len));
        if (cs.length == 0) return false;
        Object[] n = new Object[len + cs.length];
        System.arraycopy(es, 0, n, 0, index);
        System.arraycopy(cs, 0, n, index, cs.length);
        System.arraycopy(es, index, n, index + cs.length, len - index);
        array = n;
        return true;
    }
    public void clear() { array = new Object[0]; }
    public boolean containsAll(Collection<?> c) {
        for (Object e : c) if (indexOf(e) < 0) return false;
        return true;
    }
    /* the elements that do (keep false) or do not (keep true) pass, in one new array */
    private boolean removeWhere(Predicate<? super E> p) {
        Object[] es = array;
        Object[] kept = new Object[es.length];
        int n = 0;
        for (Object e : es) if (!p.test((E) e)) kept[n++] = e;
        if (n == es.length) return false;
        array = Arrays.copyOf(kept, n);
        return true;
    }
    public boolean removeIf(Predicate<? super E> filter) {
        if (filter == null) throw new NullPointerException();
        return removeWhere(filter);
    }
    public boolean removeAll(Collection<?> c) {
        if (c == null) throw new NullPointerException();
        return removeWhere(e -> c.contains(e));
    }
    public boolean retainAll(Collection<?> c) {
        if (c == null) throw new NullPointerException();
        return removeWhere(e -> !c.contains(e));
    }
    public void replaceAll(UnaryOperator<E> operator) {
        if (operator == null) throw new NullPointerException();
        Object[] es = array.clone();
        for (int i = 0; i < es.length; i++) es[i] = operator.apply((E) es[i]);
        array = es;
    }
    public void sort(Comparator<? super E> c) {
        Object[] es = array.clone();
        Arrays.sort(es, (Comparator<Object>) c);
        array = es;
    }
    public void forEach(Consumer<? super E> action) {
        if (action == null) throw new NullPointerException();
        for (Object e : array) action.accept((E) e);
    }
    public Object[] toArray() { return array.clone(); }
    public <T> T[] toArray(T[] a) {
        Object[] es = array;
        if (a.length < es.length) return (T[]) Arrays.copyOf(es, es.length, a.getClass());
        for (int i = 0; i < es.length; i++) a[i] = (T) es[i];
        if (a.length > es.length) a[es.length] = null;
        return a;
    }
    public Object clone() { return new CopyOnWriteArrayList<E>((E[]) array); }

    public String toString() { return Arrays.toString(array); }
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        Object[] es = array;
        Iterator<?> it = ((List<?>) o).iterator();
        for (Object e : es) if (!it.hasNext() || !Objects.equals(e, it.next())) return false;
        return !it.hasNext();
    }
    public int hashCode() {
        int h = 1;
        for (Object e : array) h = 31 * h + (e == null ? 0 : e.hashCode());
        return h;
    }

    public Iterator<E> iterator() { return new Snapshot<E>(array, 0, array.length, 0); }
    public ListIterator<E> listIterator() { return listIterator(0); }
    public ListIterator<E> listIterator(int index) {
        Object[] es = array;
        if (index < 0 || index > es.length) throw new IndexOutOfBoundsException(outOfBounds(index, es.length));
        return new Snapshot<E>(es, 0, es.length, index);
    }
    /* the elements of es[from, to) when it was made; no changes through it */
    static final class Snapshot<E> implements ListIterator<E> {
        private final Object[] es;
        private final int from, to;
        private int cursor;
        Snapshot(Object[] es, int from, int to, int index) {
            this.es = es;
            this.from = from;
            this.to = to;
            cursor = from + index;
        }
        public boolean hasNext() { return cursor < to; }
        public boolean hasPrevious() { return cursor > from; }
        public E next() {
            if (cursor >= to) throw new NoSuchElementException();
            return (E) es[cursor++];
        }
        public E previous() {
            if (cursor <= from) throw new NoSuchElementException();
            return (E) es[--cursor];
        }
        public int nextIndex() { return cursor - from; }
        public int previousIndex() { return cursor - from - 1; }
        public void remove() { throw new UnsupportedOperationException(); }
        public void set(E e) { throw new UnsupportedOperationException(); }
        public void add(E e) { throw new UnsupportedOperationException(); }
    }

    /* a view of [from, to): ConcurrentModificationException once the list
     * changed other than through the view */
    public List<E> subList(int fromIndex, int toIndex) {
        Object[] es = array;
        if (fromIndex < 0 || toIndex > es.length || fromIndex > toIndex) throw new IndexOutOfBoundsException();
        return new SubList(es, fromIndex, toIndex - fromIndex);
    }
    private final class SubList extends AbstractList<E> {
        private Object[] expected;
        private final int offset;
        private int size;
        SubList(Object[] es, int offset, int size) {
            expected = es;
            this.offset = offset;
            this.size = size;
        }
        private void check() {
            if (array != expected) throw new ConcurrentModificationException();
        }
        private void rangeCheck(int index) {
            if (index < 0 || index >= size) throw new IndexOutOfBoundsException(outOfBounds(index, size));
        }
        public int size() {
            check();
            return size;
        }
        public E get(int index) {
            rangeCheck(index);
            check();
            return (E) array[offset + index];
        }
        public E set(int index, E element) {
            rangeCheck(index);
            check();
            E x = CopyOnWriteArrayList.this.set(offset + index, element);
            expected = array;
            return x;
        }
        public void add(int index, E element) {
            check();
            if (index < 0 || index > size) throw new IndexOutOfBoundsException(outOfBounds(index, size));
            CopyOnWriteArrayList.this.add(offset + index, element);
            expected = array;
            size++;
        }
        public E remove(int index) {
            rangeCheck(index);
            check();
            E x = CopyOnWriteArrayList.this.remove(offset + index);
            expected = array;
            size--;
            return x;
        }
        public Iterator<E> iterator() { return listIterator(0); }
        public ListIterator<E> listIterator(int index) {
            check();
            if (index < 0 || index > size) throw new IndexOutOfBoundsException(outOfBounds(index, size));
            return new Snapshot<E>(expected, offset, offset + size, index);
        }
    }
}
