/* java.util.ArrayList: a growable array, with the JDK's messages and its
 * fail-fast iterator (ConcurrentModificationException); list iterators and
 * subList views are AbstractList's. */
public class ArrayList<E> extends AbstractList<E> implements List<E>, java.io.Serializable {
    private Object[] elements;
    private int size;

    public ArrayList() { elements = new Object[10]; }
    public ArrayList(int initialCapacity) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        elements = new Object[initialCapacity];
    }
    public ArrayList(Collection<? extends E> c) {
        elements = new Object[Math.max(c.size(), 10)];
        for (E e : c) elements[size++] = e;
    }

    private void grow() { grow(size + 1); }
    private void grow(int minCapacity) {
        int n = elements.length == 0 ? 10 : elements.length + (elements.length >> 1);
        Object[] bigger = new Object[Math.max(n, minCapacity)];
        System.arraycopy(elements, 0, bigger, 0, size);
        elements = bigger;
    }
    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elements.length) {
            modCount++;
            grow(minCapacity);
        }
    }
    public void trimToSize() { modCount++; }

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
        rangeCheckForAdd(index, size);
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
    /* as the JDK's: one modCount step, even when c is empty */
    public boolean addAll(Collection<? extends E> c) { return addAll(size, c); }
    public boolean addAll(int index, Collection<? extends E> c) {
        rangeCheckForAdd(index, size);
        Object[] a = c.toArray();
        modCount++;
        int n = a.length;
        if (n == 0) return false;
        if (size + n > elements.length) grow(size + n);
        System.arraycopy(elements, index, elements, index + n, size - index);
        System.arraycopy(a, 0, elements, index, n);
        size += n;
        return true;
    }
    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex > toIndex)
            throw new IndexOutOfBoundsException("From Index: " + fromIndex + " > To Index: " + toIndex);
        modCount++;
        System.arraycopy(elements, toIndex, elements, fromIndex, size - toIndex);
        for (int i = size - (toIndex - fromIndex); i < size; i++) elements[i] = null;
        size -= toIndex - fromIndex;
    }
    public Object[] toArray() {
        Object[] a = new Object[size];
        System.arraycopy(elements, 0, a, 0, size);
        return a;
    }
    /* as the JDK's: stops at a change made by the action, then throws */
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (int i = 0; modCount == expected && i < size; i++) action.accept((E) elements[i]);
        if (modCount != expected) throw new ConcurrentModificationException();
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

    public void sort(Comparator<? super E> c) {
        int expected = modCount;
        Sort.sort(elements, 0, size, c);
        if (modCount != expected) throw new ConcurrentModificationException();
        modCount++;
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

    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size; i++) h = 31 * h + Objects.hashCode(elements[i]);
        return h;
    }
}
