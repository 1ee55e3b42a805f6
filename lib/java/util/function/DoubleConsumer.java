public interface DoubleConsumer {
    void accept(double value);
}
