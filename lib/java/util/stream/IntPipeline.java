/* An IntStream: a RefPipeline of Integers, each operation one stage of it
 * (so reuse throws as a Stream's does).  Generated with LongPipeline and
 * DoublePipeline by scripts/gen-primitive-streams.py: edit that. */
final class IntPipeline implements IntStream {
    final RefPipeline<Object> p;

    IntPipeline(Stream<?> p) { this.p = (RefPipeline<Object>) p; }
    IntPipeline(StreamSource source) { this(new RefPipeline<Object>(source)); }

    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(p.filter(t -> predicate.test((Integer) t)));
    }
    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(p.mapRaw(t -> mapper.applyAsInt((Integer) t)));
    }
    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return (Stream<U>) p.mapRaw(t -> mapper.apply((Integer) t));
    }
    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(p.mapRaw(t -> mapper.applyAsLong((Integer) t)));
    }
    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(p.mapRaw(t -> mapper.applyAsDouble((Integer) t)));
    }
    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(p.flatMapRaw(t -> mapper.apply((Integer) t)));
    }
    /* each result passed on as the function gives it, as the JDK's */
    public IntStream mapMulti(IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(p.mapMulti((Object t, Consumer<Object> c) -> mapper.accept((Integer) t, (int v) -> c.accept(v))));
    }
    public IntStream distinct() { return new IntPipeline(p.distinct()); }
    public IntStream sorted() { return new IntPipeline(p.sortedBy(null)); }
    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return new IntPipeline(p.peek(t -> action.accept((Integer) t)));
    }
    public IntStream limit(long maxSize) { return new IntPipeline(p.limit(maxSize)); }
    public IntStream skip(long n) {
        if (n == 0) return this;
        return new IntPipeline(p.skip(n));
    }
    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(p.takeWhile(t -> predicate.test((Integer) t)));
    }
    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(p.dropWhile(t -> predicate.test((Integer) t)));
    }
    public Stream<Integer> boxed() { return (Stream<Integer>) p.mapRaw(t -> t); }
    public LongStream asLongStream() { return new LongPipeline(p.mapRaw(t -> (long) (Integer) t)); }
    public DoubleStream asDoubleStream() { return new DoublePipeline(p.mapRaw(t -> (double) (Integer) t)); }

    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        p.each(t -> action.accept((Integer) t));
    }
    public void forEachOrdered(IntConsumer action) { forEach(action); }
    public int[] toArray() {
        ArrayList<Object> list = p.toArrayList();
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = (Integer) list.get(i);
        return a;
    }
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] state = {identity};
        p.each(t -> state[0] = op.applyAsInt(state[0], (Integer) t));
        return state[0];
    }
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] state = {0};
        boolean[] empty = {true};
        p.each(t -> {
            if (empty[0]) {
                empty[0] = false;
                state[0] = (Integer) t;
            } else state[0] = op.applyAsInt(state[0], (Integer) t);
        });
        return empty[0] ? OptionalInt.empty() : OptionalInt.of(state[0]);
    }
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) p.collectInto(supplier, (r, t) -> accumulator.accept((R) r, (Integer) t));
    }
    public int sum() { return reduce(0, (int a, int b) -> a + b); }
    public OptionalInt min() { return reduce((int a, int b) -> Math.min(a, b)); }
    public OptionalInt max() { return reduce((int a, int b) -> Math.max(a, b)); }
    public long count() { return p.count(); }
    public OptionalDouble average() {
        IntSummaryStatistics s = summaryStatistics();
        return s.getCount() > 0 ? OptionalDouble.of(s.getAverage()) : OptionalDouble.empty();
    }
    public IntSummaryStatistics summaryStatistics() {
        IntSummaryStatistics s = new IntSummaryStatistics();
        p.each(t -> s.accept((Integer) t));
        return s;
    }
    public boolean anyMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return p.match(t -> predicate.test((Integer) t), true);
    }
    public boolean allMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return !p.match(t -> predicate.test((Integer) t), false);
    }
    public boolean noneMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return !p.match(t -> predicate.test((Integer) t), true);
    }
    public OptionalInt findFirst() {
        boolean[] found = {false};
        Object t = p.first(found);
        return found[0] ? OptionalInt.of((Integer) t) : OptionalInt.empty();
    }
    public OptionalInt findAny() { return findFirst(); }
    public PrimitiveIterator.OfInt iterator() {
        Iterator<Object> it = p.iterator();
        return new PrimitiveIterator.OfInt() {
            public boolean hasNext() { return it.hasNext(); }
            public int nextInt() { return (Integer) it.next(); }
        };
    }

    public boolean isParallel() { return p.isParallel(); }
    public IntStream sequential() {
        p.sequential();
        return this;
    }
    public IntStream parallel() {
        p.parallel();
        return this;
    }
    public IntStream unordered() { return this; }
    public IntStream onClose(Runnable closeHandler) {
        p.onClose(closeHandler);
        return this;
    }
    public void close() { p.close(); }
}
