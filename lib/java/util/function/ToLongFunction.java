public interface ToLongFunction<T> {
    long applyAsLong(T value);
}
