/* A Collector from its five parts (Collector.of and Collectors). */
final class CollectorImpl<T, A, R> implements Collector<T, A, R> {
    private final Supplier<A> supplier;
    private final BiConsumer<A, T> accumulator;
    private final BinaryOperator<A> combiner;
    private final Function<A, R> finisher;
    private final Set<Collector.Characteristics> characteristics;

    CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner, Function<A, R> finisher,
                  Set<Collector.Characteristics> characteristics) {
        this.supplier = supplier;
        this.accumulator = accumulator;
        this.combiner = combiner;
        this.finisher = finisher;
        this.characteristics = characteristics;
    }

    public Supplier<A> supplier() { return supplier; }
    public BiConsumer<A, T> accumulator() { return accumulator; }
    public BinaryOperator<A> combiner() { return combiner; }
    public Function<A, R> finisher() { return finisher; }
    public Set<Collector.Characteristics> characteristics() { return characteristics; }
}
