public interface IntFunction<R> {
    R apply(int value);
}
