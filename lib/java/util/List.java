public interface List<E> extends Collection<E> {
    E get(int index);
    E set(int index, E element);
    void add(int index, E element);
    E remove(int index);
    int indexOf(Object o);
    int lastIndexOf(Object o);
    ListIterator<E> listIterator();
    ListIterator<E> listIterator(int index);
    List<E> subList(int fromIndex, int toIndex);
    default boolean addAll(int index, Collection<? extends E> c) {
        for (E e : c) add(index++, e);
        return !c.isEmpty();
    }
    /* the JDK's: sort a copy, then write it back through a ListIterator */
    default void sort(Comparator<E> c) {
        Object[] a = toArray();
        Sort.sort(a, 0, a.length, c);
        ListIterator<E> it = listIterator();
        for (Object e : a) {
            it.next();
            it.set((E) e);
        }
    }
    default void replaceAll(UnaryOperator<E> op) {
        Objects.requireNonNull(op);
        ListIterator<E> it = listIterator();
        while (it.hasNext()) it.set(op.apply(it.next()));
    }
    /* immutable lists (ImmutableList): no nulls, every change throws */
    static <E> List<E> of(E... elements) { return ImmutableList.copy(elements); }
    static <E> List<E> copyOf(Collection<? extends E> c) {
        if (c instanceof ImmutableList) return (List<E>) c;
        return ImmutableList.copy(c.toArray());
    }
}
