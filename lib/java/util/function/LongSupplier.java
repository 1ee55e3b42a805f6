public interface LongSupplier {
    long getAsLong();
}
