public interface Iterator<E> {
    boolean hasNext();
    E next();
    default void remove() { throw new UnsupportedOperationException("remove"); }
    default void forEachRemaining(Consumer<E> action) {
        Objects.requireNonNull(action);
        while (hasNext()) action.accept(next());
    }
}
