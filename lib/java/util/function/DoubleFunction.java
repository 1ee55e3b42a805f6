public interface DoubleFunction<R> {
    R apply(double value);
}
