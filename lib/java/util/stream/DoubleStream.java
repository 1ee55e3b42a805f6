/* java.util.stream.DoubleStream: a sequential stream of doubles (DoublePipeline is
 * the implementation).  parallel() gives the same sequential stream. */
public interface DoubleStream extends AutoCloseable {
    DoubleStream filter(DoublePredicate predicate);
    DoubleStream map(DoubleUnaryOperator mapper);
    <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper);
    IntStream mapToInt(DoubleToIntFunction mapper);
    LongStream mapToLong(DoubleToLongFunction mapper);
    DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper);
    DoubleStream mapMulti(DoubleMapMultiConsumer mapper);
    DoubleStream distinct();
    DoubleStream sorted();
    DoubleStream peek(DoubleConsumer action);
    DoubleStream limit(long maxSize);
    DoubleStream skip(long n);
    DoubleStream takeWhile(DoublePredicate predicate);
    DoubleStream dropWhile(DoublePredicate predicate);
    Stream<Double> boxed();

    void forEach(DoubleConsumer action);
    void forEachOrdered(DoubleConsumer action);
    double[] toArray();
    double reduce(double identity, DoubleBinaryOperator op);
    OptionalDouble reduce(DoubleBinaryOperator op);
    <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner);
    double sum();
    OptionalDouble min();
    OptionalDouble max();
    long count();
    OptionalDouble average();
    DoubleSummaryStatistics summaryStatistics();
    boolean anyMatch(DoublePredicate predicate);
    boolean allMatch(DoublePredicate predicate);
    boolean noneMatch(DoublePredicate predicate);
    OptionalDouble findFirst();
    OptionalDouble findAny();
    PrimitiveIterator.OfDouble iterator();

    boolean isParallel();
    DoubleStream sequential();
    DoubleStream parallel();
    DoubleStream unordered();
    DoubleStream onClose(Runnable closeHandler);
    void close();

    /* mapMulti's function: the value, and where its results go */
    interface DoubleMapMultiConsumer {
        void accept(double value, DoubleConsumer ic);
    }
    /* builder()'s: the elements until build(), once (else IllegalStateException) */
    interface Builder extends DoubleConsumer {
        void accept(double t);
        default Builder add(double t) {
            accept(t);
            return this;
        }
        DoubleStream build();
    }
    static Builder builder() {
        Stream.Builder<Object> b = Stream.builder();
        return new Builder() {
            public void accept(double t) { b.accept(t); }
            public DoubleStream build() { return new DoublePipeline(b.build()); }
        };
    }
    static DoubleStream empty() { return new DoublePipeline(StreamSources.ofArray(new double[0], 0, 0)); }
    static DoubleStream of(double t) { return new DoublePipeline(StreamSources.ofArray(new double[] {t}, 0, 1)); }
    static DoubleStream of(double... values) { return Arrays.stream(values); }
    static DoubleStream iterate(double seed, DoubleUnaryOperator f) {
        Objects.requireNonNull(f);
        return new DoublePipeline(new StreamSources.Iterate<Object>(seed, null, t -> f.applyAsDouble((Double) t)));
    }
    static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new DoublePipeline(new StreamSources.Iterate<Object>(seed, t -> hasNext.test((Double) t),
                                                          t -> next.applyAsDouble((Double) t)));
    }
    static DoubleStream generate(DoubleSupplier s) {
        Objects.requireNonNull(s);
        return new DoublePipeline(new StreamSources.Generate(() -> s.getAsDouble()));
    }
    static DoubleStream concat(DoubleStream a, DoubleStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return new DoublePipeline(RefPipeline.concat(RefPipeline.of(a), RefPipeline.of(b)));
    }
}
