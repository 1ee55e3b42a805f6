public interface IntUnaryOperator {
    int applyAsInt(int operand);
    default IntUnaryOperator andThen(IntUnaryOperator after) { return (int x) -> after.applyAsInt(applyAsInt(x)); }
}
