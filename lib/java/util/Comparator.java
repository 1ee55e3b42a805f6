public interface Comparator<T> {
    int compare(T a, T b);
    default Comparator<T> reversed() { return (T a, T b) -> compare(b, a); }
    default Comparator<T> thenComparing(Comparator<T> other) {
        return (T a, T b) -> {
            int c = compare(a, b);
            return c != 0 ? c : other.compare(a, b);
        };
    }
}
