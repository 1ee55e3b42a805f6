public interface Predicate<T> {
    boolean test(T t);
    default Predicate<T> and(Predicate<? super T> other) { return (T t) -> test(t) && other.test(t); }
    default Predicate<T> or(Predicate<? super T> other) { return (T t) -> test(t) || other.test(t); }
    default Predicate<T> negate() { return (T t) -> !test(t); }
    /* target's negation (a null target: NullPointerException now, as the JDK's) */
    static <T> Predicate<T> not(Predicate<? super T> target) {
        Objects.requireNonNull(target);
        return (T t) -> !target.test(t);
    }
    /* Objects.equals(targetRef, t): null matches only null */
    static <T> Predicate<T> isEqual(Object targetRef) {
        return targetRef == null ? (T t) -> t == null : (T t) -> targetRef.equals(t);
    }
}
