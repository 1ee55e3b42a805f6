public interface LongPredicate {
    boolean test(long value);
}
