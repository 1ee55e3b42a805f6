/* An DoubleStream: a RefPipeline of Doubles, each operation one stage of it
 * (so reuse throws as a Stream's does).  Generated with LongPipeline and
 * DoublePipeline by scripts/gen-primitive-streams.py: edit that. */
final class DoublePipeline implements DoubleStream {
    final RefPipeline<Object> p;

    DoublePipeline(Stream<?> p) { this.p = (RefPipeline<Object>) p; }
    DoublePipeline(StreamSource source) { this(new RefPipeline<Object>(source)); }

    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(p.filter(t -> predicate.test((Double) t)));
    }
    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(p.mapRaw(t -> mapper.applyAsDouble((Double) t)));
    }
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return (Stream<U>) p.mapRaw(t -> mapper.apply((Double) t));
    }
    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(p.mapRaw(t -> mapper.applyAsInt((Double) t)));
    }
    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(p.mapRaw(t -> mapper.applyAsLong((Double) t)));
    }
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(p.flatMapRaw(t -> mapper.apply((Double) t)));
    }
    /* each result passed on as the function gives it, as the JDK's */
    public DoubleStream mapMulti(DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(p.mapMulti((Object t, Consumer<Object> c) -> mapper.accept((Double) t, (double v) -> c.accept(v))));
    }
    public DoubleStream distinct() { return new DoublePipeline(p.distinct()); }
    public DoubleStream sorted() { return new DoublePipeline(p.sortedBy(null)); }
    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new DoublePipeline(p.peek(t -> action.accept((Double) t)));
    }
    public DoubleStream limit(long maxSize) { return new DoublePipeline(p.limit(maxSize)); }
    public DoubleStream skip(long n) {
        if (n == 0) return this;
        return new DoublePipeline(p.skip(n));
    }
    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(p.takeWhile(t -> predicate.test((Double) t)));
    }
    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(p.dropWhile(t -> predicate.test((Double) t)));
    }
    public Stream<Double> boxed() { return (Stream<Double>) p.mapRaw(t -> t); }

    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        p.each(t -> action.accept((Double) t));
    }
    public void forEachOrdered(DoubleConsumer action) { forEach(action); }
    public double[] toArray() {
        ArrayList<Object> list = p.toArrayList();
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = (Double) list.get(i);
        return a;
    }
    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] state = {identity};
        p.each(t -> state[0] = op.applyAsDouble(state[0], (Double) t));
        return state[0];
    }
    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] state = {0};
        boolean[] empty = {true};
        p.each(t -> {
            if (empty[0]) {
                empty[0] = false;
                state[0] = (Double) t;
            } else state[0] = op.applyAsDouble(state[0], (Double) t);
        });
        return empty[0] ? OptionalDouble.empty() : OptionalDouble.of(state[0]);
    }
    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) p.collectInto(supplier, (r, t) -> accumulator.accept((R) r, (Double) t));
    }
    public double sum() { return summaryStatistics().getSum(); }
    public OptionalDouble min() { return reduce((double a, double b) -> Math.min(a, b)); }
    public OptionalDouble max() { return reduce((double a, double b) -> Math.max(a, b)); }
    public long count() { return p.count(); }
    public OptionalDouble average() {
        DoubleSummaryStatistics s = summaryStatistics();
        return s.getCount() > 0 ? OptionalDouble.of(s.getAverage()) : OptionalDouble.empty();
    }
    public DoubleSummaryStatistics summaryStatistics() {
        DoubleSummaryStatistics s = new DoubleSummaryStatistics();
        p.each(t -> s.accept((Double) t));
        return s;
    }
    public boolean anyMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return p.match(t -> predicate.test((Double) t), true);
    }
    public boolean allMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return !p.match(t -> predicate.test((Double) t), false);
    }
    public boolean noneMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return !p.match(t -> predicate.test((Double) t), true);
    }
    public OptionalDouble findFirst() {
        boolean[] found = {false};
        Object t = p.first(found);
        return found[0] ? OptionalDouble.of((Double) t) : OptionalDouble.empty();
    }
    public OptionalDouble findAny() { return findFirst(); }
    public PrimitiveIterator.OfDouble iterator() {
        Iterator<Object> it = p.iterator();
        return new PrimitiveIterator.OfDouble() {
            public boolean hasNext() { return it.hasNext(); }
            public double nextDouble() { return (Double) it.next(); }
        };
    }

    public boolean isParallel() { return p.isParallel(); }
    public DoubleStream sequential() {
        p.sequential();
        return this;
    }
    public DoubleStream parallel() {
        p.parallel();
        return this;
    }
    public DoubleStream unordered() { return this; }
    public DoubleStream onClose(Runnable closeHandler) {
        p.onClose(closeHandler);
        return this;
    }
    public void close() { p.close(); }
}
