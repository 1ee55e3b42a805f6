public interface Set<E> extends Collection<E> {
    /* immutable sets (ImmutableSet) */
    static <E> Set<E> of(E... elements) { return ImmutableSet.copy(elements, false); }
    static <E> Set<E> copyOf(Collection<? extends E> c) {
        if (c instanceof ImmutableSet) return (Set<E>) c;
        return ImmutableSet.copy(c.toArray(), true);
    }
}
