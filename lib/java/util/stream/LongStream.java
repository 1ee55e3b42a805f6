/* java.util.stream.LongStream: a sequential stream of longs (LongPipeline is
 * the implementation).  parallel() gives the same sequential stream. */
public interface LongStream extends AutoCloseable {
    LongStream filter(LongPredicate predicate);
    LongStream map(LongUnaryOperator mapper);
    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);
    IntStream mapToInt(LongToIntFunction mapper);
    DoubleStream mapToDouble(LongToDoubleFunction mapper);
    LongStream flatMap(LongFunction<? extends LongStream> mapper);
    LongStream mapMulti(LongMapMultiConsumer mapper);
    LongStream distinct();
    LongStream sorted();
    LongStream peek(LongConsumer action);
    LongStream limit(long maxSize);
    LongStream skip(long n);
    LongStream takeWhile(LongPredicate predicate);
    LongStream dropWhile(LongPredicate predicate);
    Stream<Long> boxed();
    DoubleStream asDoubleStream();

    void forEach(LongConsumer action);
    void forEachOrdered(LongConsumer action);
    long[] toArray();
    long reduce(long identity, LongBinaryOperator op);
    OptionalLong reduce(LongBinaryOperator op);
    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);
    long sum();
    OptionalLong min();
    OptionalLong max();
    long count();
    OptionalDouble average();
    LongSummaryStatistics summaryStatistics();
    boolean anyMatch(LongPredicate predicate);
    boolean allMatch(LongPredicate predicate);
    boolean noneMatch(LongPredicate predicate);
    OptionalLong findFirst();
    OptionalLong findAny();
    PrimitiveIterator.OfLong iterator();

    boolean isParallel();
    LongStream sequential();
    LongStream parallel();
    LongStream unordered();
    LongStream onClose(Runnable closeHandler);
    void close();

    /* mapMulti's function: the value, and where its results go */
    interface LongMapMultiConsumer {
        void accept(long value, LongConsumer ic);
    }
    /* builder()'s: the elements until build(), once (else IllegalStateException) */
    interface Builder extends LongConsumer {
        void accept(long t);
        default Builder add(long t) {
            accept(t);
            return this;
        }
        LongStream build();
    }
    static Builder builder() {
        Stream.Builder<Object> b = Stream.builder();
        return new Builder() {
            public void accept(long t) { b.accept(t); }
            public LongStream build() { return new LongPipeline(b.build()); }
        };
    }
    static LongStream empty() { return new LongPipeline(StreamSources.ofArray(new long[0], 0, 0)); }
    static LongStream of(long t) { return new LongPipeline(StreamSources.ofArray(new long[] {t}, 0, 1)); }
    static LongStream of(long... values) { return Arrays.stream(values); }
    static LongStream iterate(long seed, LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return new LongPipeline(new StreamSources.Iterate<Object>(seed, null, t -> f.applyAsLong((Long) t)));
    }
    static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new LongPipeline(new StreamSources.Iterate<Object>(seed, t -> hasNext.test((Long) t),
                                                          t -> next.applyAsLong((Long) t)));
    }
    static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return new LongPipeline(new StreamSources.Generate(() -> s.getAsLong()));
    }
    static LongStream concat(LongStream a, LongStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return new LongPipeline(RefPipeline.concat(RefPipeline.of(a), RefPipeline.of(b)));
    }
    static LongStream range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive) return empty();
        return rangeClosed(startInclusive, endExclusive - 1);
    }
    static LongStream rangeClosed(long startInclusive, long endInclusive) {
        if (startInclusive > endInclusive) return empty();
        return new LongPipeline(new StreamSources.OfRange(startInclusive, endInclusive, false));
    }
}
