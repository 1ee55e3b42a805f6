public interface IntToLongFunction {
    long applyAsLong(int value);
}
