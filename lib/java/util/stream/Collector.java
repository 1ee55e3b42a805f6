/* java.util.stream.Collector: a mutable reduction (supplier, accumulator,
 * combiner, finisher); Stream.collect skips the finisher of an
 * IDENTITY_FINISH collector, as the JDK does. */
public interface Collector<T, A, R> {
    Supplier<A> supplier();
    BiConsumer<A, T> accumulator();
    BinaryOperator<A> combiner();
    Function<A, R> finisher();
    Set<Characteristics> characteristics();

    public enum Characteristics { CONCURRENT, UNORDERED, IDENTITY_FINISH }

    static <T, R> Collector<T, R, R> of(Supplier<R> supplier, BiConsumer<R, T> accumulator, BinaryOperator<R> combiner,
                                        Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return new CollectorImpl<T, R, R>(supplier, accumulator, combiner, r -> r,
                                          setOf(EnumSet.of(Characteristics.IDENTITY_FINISH), characteristics));
    }

    static <T, A, R> Collector<T, A, R> of(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                                           Function<A, R> finisher, Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(finisher);
        return new CollectorImpl<T, A, R>(supplier, accumulator, combiner, finisher,
                                          setOf(EnumSet.noneOf(Characteristics.class), characteristics));
    }

    /* cs and the given characteristics, unmodifiable */
    private static Set<Characteristics> setOf(EnumSet<Characteristics> cs, Characteristics[] characteristics) {
        Objects.requireNonNull(characteristics);
        for (Characteristics c : characteristics) cs.add(c);
        return Collections.unmodifiableSet(cs);
    }
}
