public interface DoubleUnaryOperator {
    double applyAsDouble(double operand);
}
