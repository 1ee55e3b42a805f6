public interface IntSupplier {
    int getAsInt();
}
