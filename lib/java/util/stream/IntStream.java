/* java.util.stream.IntStream: a sequential stream of ints (IntPipeline is
 * the implementation).  parallel() gives the same sequential stream. */
public interface IntStream extends AutoCloseable {
    IntStream filter(IntPredicate predicate);
    IntStream map(IntUnaryOperator mapper);
    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);
    LongStream mapToLong(IntToLongFunction mapper);
    DoubleStream mapToDouble(IntToDoubleFunction mapper);
    IntStream flatMap(IntFunction<? extends IntStream> mapper);
    IntStream mapMulti(IntMapMultiConsumer mapper);
    IntStream distinct();
    IntStream sorted();
    IntStream peek(IntConsumer action);
    IntStream limit(long maxSize);
    IntStream skip(long n);
    IntStream takeWhile(IntPredicate predicate);
    IntStream dropWhile(IntPredicate predicate);
    Stream<Integer> boxed();
    LongStream asLongStream();
    DoubleStream asDoubleStream();

    void forEach(IntConsumer action);
    void forEachOrdered(IntConsumer action);
    int[] toArray();
    int reduce(int identity, IntBinaryOperator op);
    OptionalInt reduce(IntBinaryOperator op);
    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);
    int sum();
    OptionalInt min();
    OptionalInt max();
    long count();
    OptionalDouble average();
    IntSummaryStatistics summaryStatistics();
    boolean anyMatch(IntPredicate predicate);
    boolean allMatch(IntPredicate predicate);
    boolean noneMatch(IntPredicate predicate);
    OptionalInt findFirst();
    OptionalInt findAny();
    PrimitiveIterator.OfInt iterator();

    boolean isParallel();
    IntStream sequential();
    IntStream parallel();
    IntStream unordered();
    IntStream onClose(Runnable closeHandler);
    void close();

    /* mapMulti's function: the value, and where its results go */
    interface IntMapMultiConsumer {
        void accept(int value, IntConsumer ic);
    }
    /* builder()'s: the elements until build(), once (else IllegalStateException) */
    interface Builder extends IntConsumer {
        void accept(int t);
        default Builder add(int t) {
            accept(t);
            return this;
        }
        IntStream build();
    }
    static Builder builder() {
        Stream.Builder<Object> b = Stream.builder();
        return new Builder() {
            public void accept(int t) { b.accept(t); }
            public IntStream build() { return new IntPipeline(b.build()); }
        };
    }
    static IntStream empty() { return new IntPipeline(StreamSources.ofArray(new int[0], 0, 0)); }
    static IntStream of(int t) { return new IntPipeline(StreamSources.ofArray(new int[] {t}, 0, 1)); }
    static IntStream of(int... values) { return Arrays.stream(values); }
    static IntStream iterate(int seed, IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return new IntPipeline(new StreamSources.Iterate<Object>(seed, null, t -> f.applyAsInt((Integer) t)));
    }
    static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new IntPipeline(new StreamSources.Iterate<Object>(seed, t -> hasNext.test((Integer) t),
                                                          t -> next.applyAsInt((Integer) t)));
    }
    static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return new IntPipeline(new StreamSources.Generate(() -> s.getAsInt()));
    }
    static IntStream concat(IntStream a, IntStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return new IntPipeline(RefPipeline.concat(RefPipeline.of(a), RefPipeline.of(b)));
    }
    static IntStream range(int startInclusive, int endExclusive) {
        if (startInclusive >= endExclusive) return empty();
        return rangeClosed(startInclusive, endExclusive - 1);
    }
    static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive) return empty();
        return new IntPipeline(new StreamSources.OfRange(startInclusive, endInclusive, true));
    }
}
