public interface DoubleSupplier {
    double getAsDouble();
}
