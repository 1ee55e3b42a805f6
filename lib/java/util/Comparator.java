/* java.util.Comparator: a total order, with the JDK's default and static
 * combinators (comparing, thenComparing, reversed, naturalOrder,
 * reverseOrder, nullsFirst, nullsLast). */
public interface Comparator<T> {
    int compare(T a, T b);
    default Comparator<T> reversed() { return (T a, T b) -> compare(b, a); }
    default Comparator<T> thenComparing(Comparator<? super T> other) {
        Objects.requireNonNull(other);
        return (T a, T b) -> {
            int c = compare(a, b);
            return c != 0 ? c : other.compare(a, b);
        };
    }
    default <U extends Comparable<? super U>> Comparator<T> thenComparing(Function<? super T, ? extends U> keyExtractor) {
        return thenComparing(comparing(keyExtractor));
    }
    default <U> Comparator<T> thenComparing(Function<? super T, ? extends U> keyExtractor, Comparator<? super U> keyComparator) {
        return thenComparing(comparing(keyExtractor, keyComparator));
    }
    default Comparator<T> thenComparingInt(ToIntFunction<? super T> keyExtractor) {
        return thenComparing(comparingInt(keyExtractor));
    }
    default Comparator<T> thenComparingDouble(ToDoubleFunction<? super T> keyExtractor) {
        return thenComparing(comparingDouble(keyExtractor));
    }

    static <T, U extends Comparable<? super U>> Comparator<T> comparing(Function<? super T, ? extends U> keyExtractor) {
        Objects.requireNonNull(keyExtractor);
        return (T a, T b) -> keyExtractor.apply(a).compareTo(keyExtractor.apply(b));
    }
    static <T, U> Comparator<T> comparing(Function<? super T, ? extends U> keyExtractor, Comparator<? super U> keyComparator) {
        Objects.requireNonNull(keyExtractor);
        Objects.requireNonNull(keyComparator);
        return (T a, T b) -> keyComparator.compare(keyExtractor.apply(a), keyExtractor.apply(b));
    }
    static <T> Comparator<T> comparingInt(ToIntFunction<? super T> keyExtractor) {
        Objects.requireNonNull(keyExtractor);
        return (T a, T b) -> Integer.compare(keyExtractor.applyAsInt(a), keyExtractor.applyAsInt(b));
    }
    static <T> Comparator<T> comparingDouble(ToDoubleFunction<? super T> keyExtractor) {
        Objects.requireNonNull(keyExtractor);
        return (T a, T b) -> Double.compare(keyExtractor.applyAsDouble(a), keyExtractor.applyAsDouble(b));
    }
    static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return (T a, T b) -> a.compareTo(b);
    }
    static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {
        return (T a, T b) -> b.compareTo(a);
    }
    static <T> Comparator<T> nullsFirst(Comparator<? super T> comparator) { return nulls(comparator, -1); }
    static <T> Comparator<T> nullsLast(Comparator<? super T> comparator) { return nulls(comparator, 1); }
    /* null before (sign -1) or after (sign 1) every other value; two nulls
     * equal; the others by comparator (null: all equal) */
    private static <T> Comparator<T> nulls(Comparator<? super T> comparator, int sign) {
        return (T a, T b) -> {
            if (a == null) return b == null ? 0 : sign;
            if (b == null) return -sign;
            return comparator == null ? 0 : comparator.compare(a, b);
        };
    }
}
