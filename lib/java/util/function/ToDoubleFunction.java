public interface ToDoubleFunction<T> {
    double applyAsDouble(T value);
}
