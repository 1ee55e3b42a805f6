public interface LongToDoubleFunction {
    double applyAsDouble(long value);
}
