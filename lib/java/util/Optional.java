/* java.util.Optional: a value or none ("Optional[x]", "Optional.empty").
 * orElseThrow(Supplier) takes unchecked exceptions only: Lime has no
 * type variables in throws clauses yet. */
public final class Optional<T> {
    private static final Optional<?> EMPTY = new Optional<>(null);
    private final T value;   /* null when empty */

    private Optional(T value) { this.value = value; }

    public static <T> Optional<T> empty() { return (Optional<T>) EMPTY; }
    public static <T> Optional<T> of(T value) { return new Optional<>(Objects.requireNonNull(value)); }
    public static <T> Optional<T> ofNullable(T value) { return value == null ? (Optional<T>) EMPTY : new Optional<>(value); }

    public T get() {
        if (value == null) throw new NoSuchElementException("No value present");
        return value;
    }
    public boolean isPresent() { return value != null; }
    public boolean isEmpty() { return value == null; }
    public void ifPresent(Consumer<T> action) {
        if (value != null) action.accept(value);
    }
    public void ifPresentOrElse(Consumer<T> action, Runnable emptyAction) {
        if (value != null) action.accept(value);
        else emptyAction.run();
    }
    public Optional<T> filter(Predicate<T> predicate) {
        Objects.requireNonNull(predicate);
        if (value == null) return this;
        return predicate.test(value) ? this : empty();
    }
    public <U> Optional<U> map(Function<T, U> mapper) {
        Objects.requireNonNull(mapper);
        if (value == null) return empty();
        return Optional.ofNullable(mapper.apply(value));
    }
    public <U> Optional<U> flatMap(Function<T, Optional<U>> mapper) {
        Objects.requireNonNull(mapper);
        if (value == null) return empty();
        return Objects.requireNonNull(mapper.apply(value));
    }
    public Optional<T> or(Supplier<Optional<T>> supplier) {
        Objects.requireNonNull(supplier);
        if (value != null) return this;
        return Objects.requireNonNull(supplier.get());
    }
    public T orElse(T other) { return value != null ? value : other; }
    public T orElseGet(Supplier<T> supplier) { return value != null ? value : supplier.get(); }
    public T orElseThrow() { return get(); }
    public <X extends RuntimeException> T orElseThrow(Supplier<X> exceptionSupplier) {
        if (value == null) {
            RuntimeException x = exceptionSupplier.get();
            throw x;
        }
        return value;
    }

    public boolean equals(Object obj) {
        if (this == obj) return true;
        return obj instanceof Optional && Objects.equals(value, ((Optional<?>) obj).value);
    }
    public int hashCode() { return Objects.hashCode(value); }
    public String toString() { return value != null ? "Optional[" + value + "]" : "Optional.empty"; }
}
