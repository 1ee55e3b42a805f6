/* java.util.ArrayList: a growable array, with the JDK's messages and its
 * fail-fast iterator (ConcurrentModificationException). */
public class ArrayList<E> implements List<E> {
    private Object[] elements;
    private int size;
    private int modCount;

    public ArrayList() { elements = new Object[10]; }
    public ArrayList(int initialCapacity) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        elements = new Object[initialCapacity];
    }
    public ArrayList(Collection<E> c) {
        elements = new Object[Math.max(c.size(), 10)];
        for (E e : c) elements[size++] = e;
    }

    private void grow() {
        int n = elements.length == 0 ? 10 : elements.length + (elements.length >> 1);
        Object[] bigger = new Object[n];
        for (int i = 0; i < size; i++) bigger[i] = elements[i];
        elements = bigger;
    }

    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }

    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) elements[index];
    }
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        E old = (E) elements[index];
        elements[index] = element;
        return old;
    }
    public boolean add(E e) {
        modCount++;
        if (size == elements.length) grow();
        elements[size++] = e;
        return true;
    }
    public void add(int index, E element) {
        if (index > size || index < 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        modCount++;
        if (size == elements.length) grow();
        for (int i = size; i > index; i--) elements[i] = elements[i - 1];
        elements[index] = element;
        size++;
    }
    public E remove(int index) {
        Objects.checkIndex(index, size);
        modCount++;
        E old = (E) elements[index];
        for (int i = index; i < size - 1; i++) elements[i] = elements[i + 1];
        elements[--size] = null;
        return old;
    }
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        remove(i);
        return true;
    }
    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) elements[i] = null;
        size = 0;
    }
    public int indexOf(Object o) {
        for (int i = 0; i < size; i++)
            if (o == null ? elements[i] == null : o.equals(elements[i])) return i;
        return -1;
    }
    public int lastIndexOf(Object o) {
        for (int i = size - 1; i >= 0; i--)
            if (o == null ? elements[i] == null : o.equals(elements[i])) return i;
        return -1;
    }
    public boolean contains(Object o) { return indexOf(o) >= 0; }

    /* stable: a merge sort, so equal elements keep their order as in the JDK's TimSort */
    public void sort(Comparator<E> c) {
        Object[] tmp = new Object[size];
        mergeSort(elements, tmp, 0, size, c);
        modCount++;
    }
    private void mergeSort(Object[] a, Object[] tmp, int lo, int hi, Comparator<E> c) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            if (c.compare((E) a[j], (E) a[i]) < 0) tmp[k++] = a[j++];
            else tmp[k++] = a[i++];
        }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (int x = lo; x < hi; x++) a[x] = tmp[x];
    }

    public Iterator<E> iterator() { return new Itr(); }

    private class Itr implements Iterator<E> {
        int cursor;
        int lastRet = -1;
        int expected = modCount;
        public boolean hasNext() { return cursor != size; }
        public E next() {
            if (modCount != expected) throw new ConcurrentModificationException();
            if (cursor >= size) throw new NoSuchElementException();
            lastRet = cursor;
            return (E) elements[cursor++];
        }
        public void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            if (modCount != expected) throw new ConcurrentModificationException();
            ArrayList.this.remove(lastRet);
            cursor = lastRet;
            lastRet = -1;
            expected = modCount;
        }
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        List<?> other = (List<?>) o;
        if (other.size() != size) return false;
        for (int i = 0; i < size; i++) {
            Object a = elements[i], b = other.get(i);
            if (!(a == null ? b == null : a.equals(b))) return false;
        }
        return true;
    }
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size; i++) h = 31 * h + (elements[i] == null ? 0 : elements[i].hashCode());
        return h;
    }
    public String toString() {
        if (size == 0) return "[]";
        String s = "[";
        for (int i = 0; i < size; i++) {
            if (i > 0) s += ", ";
            s += elements[i] == this ? "(this Collection)" : String.valueOf(elements[i]);
        }
        return s + "]";
    }
}
