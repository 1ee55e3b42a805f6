public interface Collection<E> extends Iterable<E> {
    int size();
    default boolean isEmpty() { return size() == 0; }
    boolean contains(Object o);
    boolean add(E e);
    boolean remove(Object o);
    void clear();
    default boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) changed |= add(e);
        return changed;
    }
    default boolean containsAll(Collection<?> c) {
        for (Object e : c) if (!contains(e)) return false;
        return true;
    }
    /* removeAll, retainAll and removeIf remove through the iterator */
    default boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeWhere(c, true);
    }
    default boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeWhere(c, false);
    }
    private boolean removeWhere(Collection<?> c, boolean contained) {
        boolean changed = false;
        Iterator<E> it = iterator();
        while (it.hasNext())
            if (c.contains(it.next()) == contained) {
                it.remove();
                changed = true;
            }
        return changed;
    }
    default boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean changed = false;
        Iterator<E> it = iterator();
        while (it.hasNext())
            if (filter.test(it.next())) {
                it.remove();
                changed = true;
            }
        return changed;
    }
    default Object[] toArray() {
        Object[] a = new Object[size()];
        int i = 0;
        for (E e : this) a[i++] = e;
        return a;
    }
    /* the elements in a when they fit (a[size()] then null when a is
     * longer), else in a new array of a's run-time type */
    default <T> T[] toArray(T[] a) {
        int n = size();
        Object[] r = a.length >= n ? a : Arrays.newArrayLike(a, n);
        int i = 0;
        for (E e : this) r[i++] = e;
        if (r.length > n) r[n] = null;
        return (T[]) r;
    }
    default <T> T[] toArray(IntFunction<T[]> generator) { return toArray(generator.apply(0)); }
    /* a sequential stream that reads the collection when its terminal
     * operation runs; parallelStream is the same */
    default Stream<E> stream() { return LimeStreams.of(this); }
    default Stream<E> parallelStream() { return stream(); }
}
