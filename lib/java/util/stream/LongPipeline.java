/* An LongStream: a RefPipeline of Longs, each operation one stage of it
 * (so reuse throws as a Stream's does).  Generated with LongPipeline and
 * DoublePipeline by scripts/gen-primitive-streams.py: edit that. */
final class LongPipeline implements LongStream {
    final RefPipeline<Object> p;

    LongPipeline(Stream<?> p) { this.p = (RefPipeline<Object>) p; }
    LongPipeline(StreamSource source) { this(new RefPipeline<Object>(source)); }

    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(p.filter(t -> predicate.test((Long) t)));
    }
    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(p.mapRaw(t -> mapper.applyAsLong((Long) t)));
    }
    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return (Stream<U>) p.mapRaw(t -> mapper.apply((Long) t));
    }
    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(p.mapRaw(t -> mapper.applyAsInt((Long) t)));
    }
    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(p.mapRaw(t -> mapper.applyAsDouble((Long) t)));
    }
    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(p.flatMapRaw(t -> mapper.apply((Long) t)));
    }
    /* each result passed on as the function gives it, as the JDK's */
    public LongStream mapMulti(LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(p.mapMulti((Object t, Consumer<Object> c) -> mapper.accept((Long) t, (long v) -> c.accept(v))));
    }
    public LongStream distinct() { return new LongPipeline(p.distinct()); }
    public LongStream sorted() { return new LongPipeline(p.sortedBy(null)); }
    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return new LongPipeline(p.peek(t -> action.accept((Long) t)));
    }
    public LongStream limit(long maxSize) { return new LongPipeline(p.limit(maxSize)); }
    public LongStream skip(long n) {
        if (n == 0) return this;
        return new LongPipeline(p.skip(n));
    }
    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(p.takeWhile(t -> predicate.test((Long) t)));
    }
    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(p.dropWhile(t -> predicate.test((Long) t)));
    }
    public Stream<Long> boxed() { return (Stream<Long>) p.mapRaw(t -> t); }
    public DoubleStream asDoubleStream() { return new DoublePipeline(p.mapRaw(t -> (double) (Long) t)); }

    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        p.each(t -> action.accept((Long) t));
    }
    public void forEachOrdered(LongConsumer action) { forEach(action); }
    public long[] toArray() {
        ArrayList<Object> list = p.toArrayList();
        long[] a = new long[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = (Long) list.get(i);
        return a;
    }
    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] state = {identity};
        p.each(t -> state[0] = op.applyAsLong(state[0], (Long) t));
        return state[0];
    }
    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] state = {0};
        boolean[] empty = {true};
        p.each(t -> {
            if (empty[0]) {
                empty[0] = false;
                state[0] = (Long) t;
            } else state[0] = op.applyAsLong(state[0], (Long) t);
        });
        return empty[0] ? OptionalLong.empty() : OptionalLong.of(state[0]);
    }
    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) p.collectInto(supplier, (r, t) -> accumulator.accept((R) r, (Long) t));
    }
    public long sum() { return reduce(0, (long a, long b) -> a + b); }
    public OptionalLong min() { return reduce((long a, long b) -> Math.min(a, b)); }
    public OptionalLong max() { return reduce((long a, long b) -> Math.max(a, b)); }
    public long count() { return p.count(); }
    public OptionalDouble average() {
        LongSummaryStatistics s = summaryStatistics();
        return s.getCount() > 0 ? OptionalDouble.of(s.getAverage()) : OptionalDouble.empty();
    }
    public LongSummaryStatistics summaryStatistics() {
        LongSummaryStatistics s = new LongSummaryStatistics();
        p.each(t -> s.accept((Long) t));
        return s;
    }
    public boolean anyMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return p.match(t -> predicate.test((Long) t), true);
    }
    public boolean allMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return !p.match(t -> predicate.test((Long) t), false);
    }
    public boolean noneMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return !p.match(t -> predicate.test((Long) t), true);
    }
    public OptionalLong findFirst() {
        boolean[] found = {false};
        Object t = p.first(found);
        return found[0] ? OptionalLong.of((Long) t) : OptionalLong.empty();
    }
    public OptionalLong findAny() { return findFirst(); }
    public PrimitiveIterator.OfLong iterator() {
        Iterator<Object> it = p.iterator();
        return new PrimitiveIterator.OfLong() {
            public boolean hasNext() { return it.hasNext(); }
            public long nextLong() { return (Long) it.next(); }
        };
    }

    public boolean isParallel() { return p.isParallel(); }
    public LongStream sequential() {
        p.sequential();
        return this;
    }
    public LongStream parallel() {
        p.parallel();
        return this;
    }
    public LongStream unordered() { return this; }
    public LongStream onClose(Runnable closeHandler) {
        p.onClose(closeHandler);
        return this;
    }
    public void close() { p.close(); }
}
