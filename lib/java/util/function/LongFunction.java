public interface LongFunction<R> {
    R apply(long value);
}
