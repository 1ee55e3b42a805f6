/* The sets of Set.of and Set.copyOf (the JDK's ImmutableCollections): no
 * null elements (NullPointerException, also from contains(null)); every
 * change throws UnsupportedOperationException.  The JVM's iteration order
 * of these sets changes from run to run; this one keeps insertion order. */
final class ImmutableSet<E> extends AbstractSet<E> implements java.io.Serializable {
    private final Object[] elements;

    private ImmutableSet(Object[] elements) { this.elements = elements; }

    /* Set.of: a duplicate is an error; Set.copyOf: duplicates collapse */
    static <E> Set<E> copy(Object[] a, boolean duplicatesAllowed) {
        Object[] c = new Object[a.length];
        int n = 0;
        for (Object e : a) {
            Objects.requireNonNull(e);
            if (indexIn(c, n, e) < 0) c[n++] = e;
            else if (!duplicatesAllowed) throw new IllegalArgumentException("duplicate element: " + e);
        }
        Object[] exact = new Object[n];
        System.arraycopy(c, 0, exact, 0, n);
        return new ImmutableSet<>(exact);
    }
    private static int indexIn(Object[] a, int n, Object o) {
        for (int i = 0; i < n; i++) if (o.equals(a[i])) return i;
        return -1;
    }

    private static UnsupportedOperationException uoe() { return new UnsupportedOperationException(); }

    public int size() { return elements.length; }
    public boolean contains(Object o) { return indexIn(elements, elements.length, Objects.requireNonNull(o)) >= 0; }
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int i;
            public boolean hasNext() { return i < elements.length; }
            public E next() {
                if (i >= elements.length) throw new NoSuchElementException();
                return (E) elements[i++];
            }
            /* remove: Iterator's, UnsupportedOperationException "remove" as the JDK's */
        };
    }
    public boolean add(E e) { throw uoe(); }
    public boolean addAll(Collection<? extends E> c) { throw uoe(); }
    public boolean remove(Object o) { throw uoe(); }
    public boolean removeAll(Collection<?> c) { throw uoe(); }
    public boolean retainAll(Collection<?> c) { throw uoe(); }
    public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }
    public void clear() { throw uoe(); }
}
