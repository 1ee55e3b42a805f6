public interface IntToDoubleFunction {
    double applyAsDouble(int value);
}
