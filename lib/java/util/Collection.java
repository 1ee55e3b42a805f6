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
    default boolean removeIf(Predicate<E> filter) {
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
}
