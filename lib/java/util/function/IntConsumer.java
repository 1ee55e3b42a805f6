public interface IntConsumer {
    void accept(int value);
}
