public interface ToIntFunction<T> {
    int applyAsInt(T value);
}
