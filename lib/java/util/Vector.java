/* java.util.Vector: a growable array (doubling, or growing by
 * capacityIncrement), with the JDK's ArrayIndexOutOfBoundsException
 * messages; iterators and subList views are AbstractList's. */
public class Vector<E> extends AbstractList<E> implements List<E>, java.io.Serializable {
    protected Object[] elementData;
    protected int elementCount;
    protected int capacityIncrement;

    public Vector(int initialCapacity, int capacityIncrement) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        elementData = new Object[initialCapacity];
        this.capacityIncrement = capacityIncrement;
    }
    public Vector(int initialCapacity) { this(initialCapacity, 0); }
    public Vector() { this(10); }
    public Vector(Collection<? extends E> c) {
        elementData = c.toArray();
        elementCount = elementData.length;
    }

    private void ensureRoom(int minCapacity) {
        int old = elementData.length;
        if (minCapacity <= old) return;
        int n = old + Math.max(minCapacity - old, capacityIncrement > 0 ? capacityIncrement : old);
        Object[] bigger = new Object[n];
        System.arraycopy(elementData, 0, bigger, 0, elementCount);
        elementData = bigger;
    }
    public void ensureCapacity(int minCapacity) {
        if (minCapacity > 0) {
            modCount++;
            ensureRoom(minCapacity);
        }
    }
    public int capacity() { return elementData.length; }
    /* the elements from the first, as they are when each is asked for (not fail-fast) */
    public Enumeration<E> elements() {
        return new Enumeration<E>() {
            private int count;
            public boolean hasMoreElements() { return count < elementCount; }
            public E nextElement() {
                if (count < elementCount) return elementAt(count++);
                throw new NoSuchElementException("Vector Enumeration");
            }
        };
    }
    public int size() { return elementCount; }
    public boolean isEmpty() { return elementCount == 0; }

    public E elementAt(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        return (E) elementData[index];
    }
    public E firstElement() {
        if (elementCount == 0) throw new NoSuchElementException();
        return (E) elementData[0];
    }
    public E lastElement() {
        if (elementCount == 0) throw new NoSuchElementException();
        return (E) elementData[elementCount - 1];
    }
    public void setElementAt(E obj, int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        elementData[index] = obj;
    }
    public void removeElementAt(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        if (index < 0) throw new ArrayIndexOutOfBoundsException(index);
        modCount++;
        System.arraycopy(elementData, index + 1, elementData, index, elementCount - index - 1);
        elementData[--elementCount] = null;
    }
    public void insertElementAt(E obj, int index) {
        if (index > elementCount) throw new ArrayIndexOutOfBoundsException(index + " > " + elementCount);
        modCount++;   /* a negative index fails in arraycopy, as in the JDK */
        ensureRoom(elementCount + 1);
        System.arraycopy(elementData, index, elementData, index + 1, elementCount - index);
        elementData[index] = obj;
        elementCount++;
    }
    public void addElement(E obj) {
        modCount++;
        ensureRoom(elementCount + 1);
        elementData[elementCount++] = obj;
    }
    public boolean removeElement(Object obj) {
        modCount++;
        int i = indexOf(obj);
        if (i < 0) return false;
        removeElementAt(i);
        return true;
    }
    public void removeAllElements() {
        for (int i = 0; i < elementCount; i++) elementData[i] = null;
        modCount++;
        elementCount = 0;
    }

    public int indexOf(Object o) { return indexOf(o, 0); }
    public int indexOf(Object o, int index) {
        for (int i = index; i < elementCount; i++) if (Objects.equals(o, elementData[i])) return i;
        return -1;
    }
    public int lastIndexOf(Object o) { return lastIndexOf(o, elementCount - 1); }
    public int lastIndexOf(Object o, int index) {
        if (index >= elementCount) throw new IndexOutOfBoundsException(index + " >= " + elementCount);
        for (int i = index; i >= 0; i--) if (Objects.equals(o, elementData[i])) return i;
        return -1;
    }
    public boolean contains(Object o) { return indexOf(o, 0) >= 0; }

    public E get(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index);
        return (E) elementData[index];
    }
    public E set(int index, E element) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index);
        E old = (E) elementData[index];
        elementData[index] = element;
        return old;
    }
    public boolean add(E e) {
        addElement(e);
        return true;
    }
    public void add(int index, E element) { insertElementAt(element, index); }
    public boolean remove(Object o) { return removeElement(o); }
    public E remove(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index);
        E old = (E) elementData[index];
        removeElementAt(index);
        return old;
    }
    public void clear() { removeAllElements(); }
    public Object[] toArray() {
        Object[] a = new Object[elementCount];
        System.arraycopy(elementData, 0, a, 0, elementCount);
        return a;
    }
    public void sort(Comparator<? super E> c) {
        int expected = modCount;
        Sort.sort(elementData, 0, elementCount, c);
        if (modCount != expected) throw new ConcurrentModificationException();
        modCount++;
    }
}
