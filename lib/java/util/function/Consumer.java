public interface Consumer<T> {
    void accept(T t);
    default Consumer<T> andThen(Consumer<T> after) { return (T t) -> { accept(t); after.accept(t); }; }
}
