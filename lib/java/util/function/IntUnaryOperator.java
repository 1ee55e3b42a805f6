public interface IntUnaryOperator {
    int applyAsInt(int operand);
    default IntUnaryOperator compose(IntUnaryOperator before) {
        Objects.requireNonNull(before);
        return (int x) -> applyAsInt(before.applyAsInt(x));
    }
    default IntUnaryOperator andThen(IntUnaryOperator after) {
        Objects.requireNonNull(after);
        return (int x) -> after.applyAsInt(applyAsInt(x));
    }
    static IntUnaryOperator identity() { return (int x) -> x; }
}
