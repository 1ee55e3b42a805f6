public interface IntPredicate {
    boolean test(int value);
}
