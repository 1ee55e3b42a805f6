public interface LongToIntFunction {
    int applyAsInt(long value);
}
