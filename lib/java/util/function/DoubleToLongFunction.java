public interface DoubleToLongFunction {
    long applyAsLong(double value);
}
