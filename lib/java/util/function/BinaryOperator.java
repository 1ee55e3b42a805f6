public interface BinaryOperator<T> extends BiFunction<T, T, T> {
}
