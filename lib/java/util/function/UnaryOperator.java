public interface UnaryOperator<T> extends Function<T, T> {
}
