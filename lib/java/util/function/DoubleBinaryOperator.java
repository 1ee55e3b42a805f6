public interface DoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}
