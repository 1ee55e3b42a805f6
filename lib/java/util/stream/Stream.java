/* java.util.stream.Stream: a sequential stream of references (RefPipeline
 * is the implementation).  parallel() gives the same sequential stream. */
public interface Stream<T> extends AutoCloseable {
    Stream<T> filter(Predicate<? super T> predicate);
    <R> Stream<R> map(Function<? super T, ? extends R> mapper);
    IntStream mapToInt(ToIntFunction<? super T> mapper);
    LongStream mapToLong(ToLongFunction<? super T> mapper);
    DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper);
    <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper);
    IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper);
    LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper);
    DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper);
    <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper);
    Stream<T> distinct();
    Stream<T> sorted();
    Stream<T> sorted(Comparator<? super T> comparator);
    Stream<T> peek(Consumer<? super T> action);
    Stream<T> limit(long maxSize);
    Stream<T> skip(long n);
    Stream<T> takeWhile(Predicate<? super T> predicate);
    Stream<T> dropWhile(Predicate<? super T> predicate);

    void forEach(Consumer<? super T> action);
    void forEachOrdered(Consumer<? super T> action);
    Object[] toArray();
    <A> A[] toArray(IntFunction<A[]> generator);
    T reduce(T identity, BinaryOperator<T> accumulator);
    Optional<T> reduce(BinaryOperator<T> accumulator);
    <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner);
    <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner);
    <R, A> R collect(Collector<? super T, A, R> collector);
    List<T> toList();
    Optional<T> min(Comparator<? super T> comparator);
    Optional<T> max(Comparator<? super T> comparator);
    long count();
    boolean anyMatch(Predicate<? super T> predicate);
    boolean allMatch(Predicate<? super T> predicate);
    boolean noneMatch(Predicate<? super T> predicate);
    Optional<T> findFirst();
    Optional<T> findAny();
    Iterator<T> iterator();

    boolean isParallel();
    Stream<T> sequential();
    Stream<T> parallel();
    Stream<T> unordered();
    Stream<T> onClose(Runnable closeHandler);
    void close();

    /* adds elements until build(), after which it takes none (the JDK's
     * IllegalStateException, without a message) */
    public interface Builder<T> extends Consumer<T> {
        void accept(T t);
        default Builder<T> add(T t) {
            accept(t);
            return this;
        }
        Stream<T> build();
    }

    static <T> Builder<T> builder() { return new StreamBuilder<T>(); }
    static <T> Stream<T> empty() { return new RefPipeline<>(StreamSources.ofArray(new Object[0], 0, 0)); }
    static <T> Stream<T> of(T t) { return new RefPipeline<>(StreamSources.ofArray(new Object[] {t}, 0, 1)); }
    static <T> Stream<T> ofNullable(T t) { return t == null ? empty() : of(t); }
    @SafeVarargs
    static <T> Stream<T> of(T... values) { return Arrays.stream(values); }
    static <T> Stream<T> iterate(T seed, UnaryOperator<T> f) {
        Objects.requireNonNull(f);
        return new RefPipeline<>(new StreamSources.Iterate<T>(seed, null, f));
    }
    static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new RefPipeline<>(new StreamSources.Iterate<T>(seed, hasNext, next));
    }
    static <T> Stream<T> generate(Supplier<? extends T> s) {
        Objects.requireNonNull(s);
        return new RefPipeline<>(new StreamSources.Generate(s));
    }
    static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return RefPipeline.concat((RefPipeline<?>) a, (RefPipeline<?>) b);
    }
}
