/* A stage of a sequential stream (the JDK's ReferencePipeline, pushed
 * element by element): the head holds the source, every other stage an
 * operation that wraps the sink of the stages after it.  A terminal
 * operation wraps its sink in every stage's, from the last to the first,
 * and feeds it the source's elements, asking cancellationRequested before
 * each, so each element passes through all stages before the next starts
 * and short-circuiting operations stop the source.  Invariant: a stage is
 * used once (linkedOrConsumed), by one operation, or it throws the JDK's
 * IllegalStateException.  The primitive streams wrap a RefPipeline of
 * boxed elements. */
final class RefPipeline<T> implements Stream<T> {
    static final String LINKED = "stream has already been operated upon or closed";

    private final RefPipeline<?> upstream;   /* null at the head */
    private final RefPipeline<?> head;
    private final StreamSource source;        /* the head's */
    private final StreamStage op;             /* null at the head */
    /* how the stage changes a known element count: kept (less skip, at
     * most limit when limit >= 0), or unknown when !keepsSize */
    private final boolean keepsSize;
    private final long skip, limit;
    private boolean linkedOrConsumed;
    private Runnable closeAction;             /* the head's: its onClose handlers */
    private boolean parallel;                 /* the head's: isParallel() (it still runs sequentially) */

    RefPipeline(StreamSource source) {
        this.upstream = null;
        this.head = this;
        this.source = source;
        this.op = null;
        this.keepsSize = true;
        this.skip = 0;
        this.limit = -1;
    }

    private RefPipeline(RefPipeline<?> upstream, StreamStage op, boolean keepsSize, long skip, long limit) {
        upstream.link();
        this.upstream = upstream;
        this.head = upstream.head;
        this.source = null;
        this.op = op;
        this.keepsSize = keepsSize;
        this.skip = skip;
        this.limit = limit;
    }

    /* marks this stage used by the operation about to be called on it */
    void link() {
        if (linkedOrConsumed) throw new IllegalStateException(LINKED);
        linkedOrConsumed = true;
    }

    private <R> RefPipeline<R> chain(boolean keepsSize, StreamStage op) {
        return new RefPipeline<R>(this, op, keepsSize, 0, -1);
    }

    StreamSource headSource() { return head.source; }

    /* the sinks of every stage, ending in terminal */
    StreamSink wrapStages(StreamSink terminal) {
        StreamSink sink = terminal;
        for (RefPipeline<?> p = this; p.op != null; p = p.upstream) sink = p.op.wrap(sink);
        return sink;
    }

    /* the count of elements this stage gives when the source knows its
     * size and no stage before it changes it unknowably, else -1 */
    long knownSize() {
        if (upstream == null) return source.exactSize();
        if (!keepsSize) return -1;
        long n = upstream.knownSize();
        if (n < 0) return -1;
        n = Math.max(0, n - skip);
        return limit >= 0 ? Math.min(n, limit) : n;
    }

    /* runs the pipeline into terminal (the stage is already consumed) */
    <S extends StreamSink> S run(S terminal) {
        StreamSource src = head.source;
        StreamSink sink = wrapStages(terminal);
        sink.begin(src.exactSize());
        while (!sink.cancellationRequested() && src.tryAdvance(sink)) {}
        sink.end();
        return terminal;
    }

    <S extends StreamSink> S evaluate(S terminal) {
        link();
        return run(terminal);
    }

    /* a terminal operation that gives each element to action */
    void each(Consumer<Object> action) {
        evaluate(new StreamSink() {
            void accept(Object t) { action.accept(t); }
        });
    }

    /* flatMap: this stream's elements into down, as long as it wants them;
     * down's begin and end are not called */
    void pushInto(StreamSink down) {
        evaluate(new StreamSink() {
            void accept(Object t) { down.accept(t); }
            boolean cancellationRequested() { return down.cancellationRequested(); }
        });
    }

    /* the elements as a source of another stream (concat) */
    StreamSource pull() {
        link();
        return op == null ? source : new StreamSources.OfPipeline(this);
    }

    static <T> Stream<T> concat(RefPipeline<?> a, RefPipeline<?> b) {
        RefPipeline<T> c = new RefPipeline<>(new StreamSources.Concat(a.pull(), b.pull()));
        c.head.closeAction = () -> runBoth(a::close, b::close);
        return c;
    }

    /* ------------------------------------------------------------ intermediate operations */

    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return chain(false, down -> new ChainedStreamSink(down) {
            void begin(long size) { downstream.begin(-1); }
            void accept(Object t) {
                if (predicate.test((T) t)) downstream.accept(t);
            }
        });
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return chain(true, down -> new ChainedStreamSink(down) {
            void accept(Object t) { downstream.accept(mapper.apply((T) t)); }
        });
    }

    /* map for the primitive streams, whose mappers box */
    RefPipeline<Object> mapRaw(Function<Object, Object> mapper) {
        return chain(true, down -> new ChainedStreamSink(down) {
            void accept(Object t) { downstream.accept(mapper.apply(t)); }
        });
    }

    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(mapRaw(t -> mapper.applyAsInt((T) t)));
    }
    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(mapRaw(t -> mapper.applyAsLong((T) t)));
    }
    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(mapRaw(t -> mapper.applyAsDouble((T) t)));
    }

    /* each element's stream (a RefPipeline, or a primitive stream's) in
     * its place; the stream is closed after it is used */
    RefPipeline<Object> flatMapRaw(Function<Object, Object> mapper) {
        return chain(false, down -> new ChainedStreamSink(down) {
            void begin(long size) { downstream.begin(-1); }
            void accept(Object t) {
                Object result = mapper.apply(t);
                if (result == null) return;
                RefPipeline<?> p = RefPipeline.of(result);
                try {
                    p.pushInto(downstream);
                } finally {
                    p.close();
                }
            }
        });
    }

    /* the RefPipeline of any of the four kinds of stream */
    static RefPipeline<?> of(Object stream) {
        if (stream instanceof IntPipeline) return ((IntPipeline) stream).p;
        if (stream instanceof LongPipeline) return ((LongPipeline) stream).p;
        if (stream instanceof DoublePipeline) return ((DoublePipeline) stream).p;
        return (RefPipeline<?>) stream;
    }

    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return (Stream<R>) flatMapRaw(t -> mapper.apply((T) t));
    }
    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(flatMapRaw(t -> mapper.apply((T) t)));
    }
    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(flatMapRaw(t -> mapper.apply((T) t)));
    }
    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(flatMapRaw(t -> mapper.apply((T) t)));
    }

    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return chain(false, down -> new ChainedStreamSink(down) {
            void begin(long size) { downstream.begin(-1); }
            void accept(Object t) {
                Consumer<R> into = (R r) -> downstream.accept(r);
                mapper.accept((T) t, into);
            }
        });
    }

    public Stream<T> distinct() {
        return chain(false, down -> new ChainedStreamSink(down) {
            HashSet<Object> seen;
            void begin(long size) {
                seen = new HashSet<>();
                downstream.begin(-1);
            }
            void end() {
                seen = null;
                downstream.end();
            }
            void accept(Object t) {
                if (seen.add(t)) downstream.accept(t);
            }
        });
    }

    public Stream<T> sorted() { return sortedBy(null); }
    public Stream<T> sorted(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return sortedBy(comparator);
    }

    /* a barrier: takes every element, then at the end gives them sorted
     * (stably; comparator null: natural order), beginning the stages after
     * it only then; it never asks the stages before it to stop */
    RefPipeline<T> sortedBy(Comparator<? super T> comparator) {
        return chain(true, down -> new ChainedStreamSink(down) {
            ArrayList<Object> list;
            void begin(long size) { list = new ArrayList<>(); }
            void accept(Object t) { list.add(t); }
            boolean cancellationRequested() { return false; }
            void end() {
                list.sort((Comparator<Object>) comparator);
                downstream.begin(list.size());
                for (Object t : list) {
                    if (downstream.cancellationRequested()) break;
                    downstream.accept(t);
                }
                downstream.end();
                list = null;
            }
        });
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return chain(true, down -> new ChainedStreamSink(down) {
            void accept(Object t) {
                action.accept((T) t);
                downstream.accept(t);
            }
        });
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        return slice(0, maxSize);
    }
    public Stream<T> skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        if (n == 0) return this;
        return slice(n, -1);
    }

    /* skips n elements, then gives at most limit (all when -1) and asks
     * for no more */
    RefPipeline<T> slice(long n, long max) {
        StreamStage op = down -> new ChainedStreamSink(down) {
            long toSkip = n, left = max < 0 ? Long.MAX_VALUE : max;
            void accept(Object t) {
                if (toSkip > 0) toSkip--;
                else if (left > 0) {
                    left--;
                    downstream.accept(t);
                }
            }
            boolean cancellationRequested() { return left == 0 || downstream.cancellationRequested(); }
        };
        return new RefPipeline<T>(this, op, true, n, max);
    }

    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return chain(false, down -> new ChainedStreamSink(down) {
            boolean take = true;
            void begin(long size) { downstream.begin(-1); }
            void accept(Object t) {
                if (take && (take = predicate.test((T) t))) downstream.accept(t);
            }
            boolean cancellationRequested() { return !take || downstream.cancellationRequested(); }
        });
    }

    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return chain(false, down -> new ChainedStreamSink(down) {
            boolean taking;
            void begin(long size) { downstream.begin(-1); }
            void accept(Object t) {
                if (!taking) taking = !predicate.test((T) t);
                if (taking) downstream.accept(t);
            }
        });
    }

    /* ------------------------------------------------------------ terminal operations */

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        each(t -> action.accept((T) t));
    }
    public void forEachOrdered(Consumer<? super T> action) { forEach(action); }

    /* the elements in a list */
    ArrayList<Object> toArrayList() {
        ArrayList<Object> list = new ArrayList<>();
        each(t -> list.add(t));
        return list;
    }

    public Object[] toArray() { return toArrayList().toArray(); }
    public <A> A[] toArray(IntFunction<A[]> generator) {
        Objects.requireNonNull(generator);
        ArrayList<Object> list = toArrayList();
        return list.toArray(generator.apply(list.size()));
    }

    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Object[] state = {identity};
        each(t -> state[0] = accumulator.apply((T) state[0], (T) t));
        return (T) state[0];
    }

    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Object[] state = {null};
        boolean[] empty = {true};
        each(t -> {
            if (empty[0]) {
                empty[0] = false;
                state[0] = t;
            } else state[0] = accumulator.apply((T) state[0], (T) t);
        });
        return empty[0] ? Optional.empty() : Optional.of((T) state[0]);
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Object[] state = {identity};
        each(t -> state[0] = accumulator.apply((U) state[0], (T) t));
        return (U) state[0];
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) collectInto(supplier, (r, t) -> accumulator.accept((R) r, (T) t));
    }

    /* a new container from supplier (when the stages before begin), then
     * each element accumulated into it */
    Object collectInto(Supplier<?> supplier, BiConsumer<Object, Object> accumulator) {
        Object[] state = {null};
        evaluate(new StreamSink() {
            void begin(long size) { state[0] = supplier.get(); }
            void accept(Object t) { accumulator.accept(state[0], t); }
        });
        return state[0];
    }

    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Supplier<A> supplier = Objects.requireNonNull(collector).supplier();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        collector.combiner();
        A container = (A) collectInto(supplier, (a, t) -> accumulator.accept((A) a, (T) t));
        if (collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) return (R) container;
        return collector.finisher().apply(container);
    }

    public List<T> toList() { return (List<T>) Collections.unmodifiableList(toArrayList()); }

    public Optional<T> min(Comparator<? super T> comparator) { return reduce(BinaryOperator.minBy(comparator)); }
    public Optional<T> max(Comparator<? super T> comparator) { return reduce(BinaryOperator.maxBy(comparator)); }

    /* with a known size the stages do not run (as in the JDK) */
    public long count() {
        link();
        long n = knownSize();
        if (n >= 0) return n;
        long[] count = {0};
        run(new StreamSink() {
            void accept(Object t) { count[0]++; }
        });
        return count[0];
    }

    /* anyMatch (stopOn true), allMatch (false) and noneMatch (true, not
     * matching): stops at the first element whose test is stopOn */
    boolean match(Predicate<Object> predicate, boolean stopOn) {
        boolean[] stopped = {false};
        evaluate(new StreamSink() {
            void accept(Object t) {
                if (!stopped[0] && predicate.test(t) == stopOn) stopped[0] = true;
            }
            boolean cancellationRequested() { return stopped[0]; }
        });
        return stopped[0];
    }

    public boolean anyMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return match(t -> predicate.test((T) t), true);
    }
    public boolean allMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return !match(t -> predicate.test((T) t), false);
    }
    public boolean noneMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return !match(t -> predicate.test((T) t), true);
    }

    /* the first element, or none: found[0] says which */
    Object first(boolean[] found) {
        Object[] value = {null};
        evaluate(new StreamSink() {
            void accept(Object t) {
                if (!found[0]) {
                    found[0] = true;
                    value[0] = t;
                }
            }
            boolean cancellationRequested() { return found[0]; }
        });
        return value[0];
    }

    public Optional<T> findFirst() {
        boolean[] found = {false};
        Object t = first(found);
        return found[0] ? Optional.of((T) t) : Optional.empty();
    }
    public Optional<T> findAny() { return findFirst(); }

    public Iterator<T> iterator() { return new StreamSources.SourceIterator<T>(pull()); }

    /* ------------------------------------------------------------ BaseStream */

    public boolean isParallel() { return head.parallel; }
    public Stream<T> sequential() {
        head.parallel = false;
        return this;
    }
    public Stream<T> parallel() {
        head.parallel = true;
        return this;
    }
    public Stream<T> unordered() { return this; }

    public Stream<T> onClose(Runnable closeHandler) {
        Objects.requireNonNull(closeHandler);
        if (linkedOrConsumed) throw new IllegalStateException(LINKED);
        Runnable before = head.closeAction;
        head.closeAction = before == null ? closeHandler : () -> runBoth(before, closeHandler);
        return this;
    }

    /* a then b, b even when a throws (its exception suppressed by a's) */
    private static void runBoth(Runnable a, Runnable b) {
        try {
            a.run();
        } catch (Throwable e) {
            try {
                b.run();
            } catch (Throwable e2) {
                e.addSuppressed(e2);
            }
            throw e;
        }
        b.run();
    }

    public void close() {
        linkedOrConsumed = true;
        Runnable action = head.closeAction;
        head.closeAction = null;
        if (action != null) action.run();
    }
}
