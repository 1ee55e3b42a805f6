public interface DoublePredicate {
    boolean test(double value);
}
