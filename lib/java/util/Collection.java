public interface Collection<E> extends Iterable<E> {
    int size();
    default boolean isEmpty() { return size() == 0; }
    boolean contains(Object o);
    boolean add(E e);
    boolean remove(Object o);
    void clear();
    default boolean addAll(Collection<E> c) {
        boolean changed = false;
        for (E e : c) changed |= add(e);
        return changed;
    }
    default boolean containsAll(Collection<E> c) {
        for (E e : c) if (!contains(e)) return false;
        return true;
    }
    default Object[] toArray() {
        Object[] a = new Object[size()];
        int i = 0;
        for (E e : this) a[i++] = e;
        return a;
    }
}
