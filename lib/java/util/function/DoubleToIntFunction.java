public interface DoubleToIntFunction {
    int applyAsInt(double value);
}
