public interface Supplier<T> {
    T get();
}
