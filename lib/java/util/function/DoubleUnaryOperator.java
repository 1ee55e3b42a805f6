public interface DoubleUnaryOperator {
    double applyAsDouble(double operand);
    default DoubleUnaryOperator compose(DoubleUnaryOperator before) {
        Objects.requireNonNull(before);
        return (double x) -> applyAsDouble(before.applyAsDouble(x));
    }
    default DoubleUnaryOperator andThen(DoubleUnaryOperator after) {
        Objects.requireNonNull(after);
        return (double x) -> after.applyAsDouble(applyAsDouble(x));
    }
    static DoubleUnaryOperator identity() { return (double x) -> x; }
}
