public interface BooleanSupplier {
    boolean getAsBoolean();
}
