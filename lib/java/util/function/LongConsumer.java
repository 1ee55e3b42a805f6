public interface LongConsumer {
    void accept(long value);
}
