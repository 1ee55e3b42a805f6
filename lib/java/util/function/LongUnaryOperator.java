public interface LongUnaryOperator {
    long applyAsLong(long operand);
}
