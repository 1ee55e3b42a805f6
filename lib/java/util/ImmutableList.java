/* The lists of List.of and List.copyOf (the JDK's ImmutableCollections):
 * no null elements (NullPointerException, also from contains(null)); every
 * change throws UnsupportedOperationException. */
final class ImmutableList<E> extends AbstractList<E> implements java.io.Serializable {
    private final Object[] elements;

    private ImmutableList(Object[] elements) { this.elements = elements; }

    /* a copy of a, checked for nulls */
    static <E> List<E> copy(Object[] a) {
        Object[] c = new Object[a.length];
        for (int i = 0; i < a.length; i++) c[i] = Objects.requireNonNull(a[i]);
        return new ImmutableList<>(c);
    }
    static UnsupportedOperationException uoe() { return new UnsupportedOperationException(); }

    public int size() { return elements.length; }
    /* the JDK's List12 (one or two elements) and ListN differ in how they fail */
    public E get(int index) {
        if (elements.length <= 2 && elements.length > 0 && (index < 0 || index >= elements.length))
            throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
        return (E) elements[index];
    }
    public int indexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = 0; i < elements.length; i++) if (o.equals(elements[i])) return i;
        return -1;
    }
    public int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = elements.length - 1; i >= 0; i--) if (o.equals(elements[i])) return i;
        return -1;
    }
    public boolean contains(Object o) { return indexOf(o) >= 0; }
    public Object[] toArray() {
        Object[] a = new Object[elements.length];
        System.arraycopy(elements, 0, a, 0, a.length);
        return a;
    }

    public boolean add(E e) { throw uoe(); }
    public void add(int index, E e) { throw uoe(); }
    public boolean addAll(Collection<? extends E> c) { throw uoe(); }
    public boolean addAll(int index, Collection<? extends E> c) { throw uoe(); }
    public E set(int index, E e) { throw uoe(); }
    /* the JDK's: remove() throws UnsupportedOperationException, not
     * AbstractList's IllegalStateException */
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int next;
            public boolean hasNext() { return next < size(); }
            public E next() {
                if (next >= size()) throw new NoSuchElementException();
                return get(next++);
            }
            public void remove() { throw uoe(); }
        };
    }
    public E remove(int index) { throw uoe(); }
    public boolean remove(Object o) { throw uoe(); }
    public boolean removeAll(Collection<?> c) { throw uoe(); }
    public boolean retainAll(Collection<?> c) { throw uoe(); }
    public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }
    public void replaceAll(UnaryOperator<E> op) { throw uoe(); }
    public void sort(Comparator<? super E> c) { throw uoe(); }
    public void clear() { throw uoe(); }
}
