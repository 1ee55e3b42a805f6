public interface LongBinaryOperator {
    long applyAsLong(long left, long right);
}
