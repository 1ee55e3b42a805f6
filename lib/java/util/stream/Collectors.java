import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/* java.util.stream.Collectors, as the JDK's: the same containers (HashMap,
 * HashSet, ArrayList, StringBuilder/StringJoiner), the same order of
 * calls, the same exceptions.  Containers are handled as Objects inside
 * (make), the public signatures are the JDK's. */
public final class Collectors {
    private Collectors() {}

    private static final Set<Collector.Characteristics> CH_ID =
        Collections.unmodifiableSet(EnumSet.of(Collector.Characteristics.IDENTITY_FINISH));
    private static final Set<Collector.Characteristics> CH_UNORDERED_ID = Collections.unmodifiableSet(
        EnumSet.of(Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH));
    private static final Set<Collector.Characteristics> CH_NOID = Collections.emptySet();
    private static final Set<Collector.Characteristics> CH_UNORDERED_NOID =
        Collections.unmodifiableSet(EnumSet.of(Collector.Characteristics.UNORDERED));
    private static final Set<Collector.Characteristics> CH_CONCURRENT_ID = Collections.unmodifiableSet(
        EnumSet.of(Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED,
                   Collector.Characteristics.IDENTITY_FINISH));
    private static final Set<Collector.Characteristics> CH_CONCURRENT_NOID = Collections.unmodifiableSet(
        EnumSet.of(Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED));

    private static <T, R> Collector<T, ?, R> make(Supplier<?> supplier, BiConsumer<Object, Object> accumulator,
                                                  BinaryOperator<Object> combiner, Function<Object, Object> finisher,
                                                  Set<Collector.Characteristics> characteristics) {
        return new CollectorImpl<T, Object, R>((Supplier<Object>) supplier, (a, t) -> accumulator.accept(a, t), combiner,
                                               a -> (R) finisher.apply(a), characteristics);
    }

    /* the parts of a collector given by its user, as Objects */
    private static Supplier<Object> supplierOf(Collector<?, ?, ?> c) { return (Supplier<Object>) c.supplier(); }
    private static BiConsumer<Object, Object> accumulatorOf(Collector<?, ?, ?> c) {
        return (BiConsumer<Object, Object>) c.accumulator();
    }
    private static BinaryOperator<Object> combinerOf(Collector<?, ?, ?> c) { return (BinaryOperator<Object>) c.combiner(); }
    private static Function<Object, Object> finisherOf(Collector<?, ?, ?> c) {
        if (c.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) return a -> a;
        return (Function<Object, Object>) c.finisher();
    }
    private static boolean identityFinish(Collector<?, ?, ?> c) {
        return c.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH);
    }

    private static Object addAll(Object a, Object b) {
        ((Collection<Object>) a).addAll((Collection<Object>) b);
        return a;
    }

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        Objects.requireNonNull(collectionFactory);
        return make(collectionFactory, (c, t) -> ((Collection<Object>) c).add(t), Collectors::addAll, a -> a, CH_ID);
    }
    public static <T> Collector<T, ?, List<T>> toList() {
        return make(() -> new ArrayList<Object>(), (c, t) -> ((List<Object>) c).add(t), Collectors::addAll, a -> a, CH_ID);
    }
    /* List.copyOf: a null element throws NullPointerException */
    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return make(() -> new ArrayList<Object>(), (c, t) -> ((List<Object>) c).add(t), Collectors::addAll,
                    a -> List.copyOf((List<Object>) a), CH_NOID);
    }
    public static <T> Collector<T, ?, Set<T>> toSet() {
        return make(() -> new HashSet<Object>(), (c, t) -> ((Set<Object>) c).add(t), Collectors::addAll, a -> a,
                    CH_UNORDERED_ID);
    }
    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return make(() -> new HashSet<Object>(), (c, t) -> ((Set<Object>) c).add(t), Collectors::addAll,
                    a -> Set.copyOf((Set<Object>) a), CH_UNORDERED_NOID);
    }

    public static Collector<CharSequence, ?, String> joining() {
        return make(() -> new StringBuilder(), (b, s) -> ((StringBuilder) b).append((CharSequence) s),
                    (a, b) -> ((StringBuilder) a).append((StringBuilder) b), b -> b.toString(), CH_NOID);
    }
    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) { return joining(delimiter, "", ""); }
    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix,
                                                             CharSequence suffix) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(prefix);
        Objects.requireNonNull(suffix);
        return make(() -> new StringJoiner(delimiter, prefix, suffix), (j, s) -> ((StringJoiner) j).add((CharSequence) s),
                    (a, b) -> ((StringJoiner) a).merge((StringJoiner) b), j -> j.toString(), CH_NOID);
    }

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
                                                          Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        BiConsumer<Object, Object> acc = accumulatorOf(downstream);
        return make(downstream.supplier(), (a, t) -> acc.accept(a, mapper.apply((T) t)), combinerOf(downstream),
                    (Function<Object, Object>) downstream.finisher(), downstream.characteristics());
    }
    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate,
                                                         Collector<? super T, A, R> downstream) {
        Objects.requireNonNull(predicate);
        BiConsumer<Object, Object> acc = accumulatorOf(downstream);
        return make(downstream.supplier(), (a, t) -> {
            if (predicate.test((T) t)) acc.accept(a, t);
        }, combinerOf(downstream), (Function<Object, Object>) downstream.finisher(), downstream.characteristics());
    }
    /* each element's stream into the downstream collector, closed after */
    public static <T, U, A, R> Collector<T, ?, R> flatMapping(Function<? super T, ? extends Stream<? extends U>> mapper,
                                                              Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        BiConsumer<Object, Object> acc = accumulatorOf(downstream);
        return make(downstream.supplier(), (a, t) -> {
            Stream<? extends U> s = mapper.apply((T) t);
            if (s == null) return;
            try {
                ((RefPipeline<?>) s).each(u -> acc.accept(a, u));
            } finally {
                s.close();
            }
        }, combinerOf(downstream), (Function<Object, Object>) downstream.finisher(), downstream.characteristics());
    }
    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
                                                                      Function<R, RR> finisher) {
        Objects.requireNonNull(finisher);
        Set<Collector.Characteristics> ch = downstream.characteristics();
        if (ch.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            EnumSet<Collector.Characteristics> s = EnumSet.noneOf(Collector.Characteristics.class);
            s.addAll(ch);
            s.remove(Collector.Characteristics.IDENTITY_FINISH);
            ch = Collections.unmodifiableSet(s);
        }
        Function<Object, Object> first = finisherOf(downstream);
        return (Collector<T, A, RR>) make(downstream.supplier(), accumulatorOf(downstream), combinerOf(downstream),
                                          a -> finisher.apply((R) first.apply(a)), ch);
    }

    public static <T> Collector<T, ?, Long> counting() { return summingLong(e -> 1L); }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.minBy(comparator));
    }
    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.maxBy(comparator));
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        return make(() -> new int[1], (a, t) -> ((int[]) a)[0] += mapper.applyAsInt((T) t), (a, b) -> {
            ((int[]) a)[0] += ((int[]) b)[0];
            return a;
        }, a -> ((int[]) a)[0], CH_NOID);
    }
    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        return make(() -> new long[1], (a, t) -> ((long[]) a)[0] += mapper.applyAsLong((T) t), Collectors::addLongs,
                    a -> ((long[]) a)[0], CH_NOID);
    }
    private static Object addLongs(Object a, Object b) {
        long[] x = (long[]) a, y = (long[]) b;
        for (int i = 0; i < x.length; i++) x[i] += y[i];
        return a;
    }
    /* summing and averaging doubles compensate as DoubleSummaryStatistics */
    private static Object combineStatistics(Object a, Object b) {
        ((DoubleSummaryStatistics) a).combine((DoubleSummaryStatistics) b);
        return a;
    }
    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return make(() -> new DoubleSummaryStatistics(),
                    (a, t) -> ((DoubleSummaryStatistics) a).accept(mapper.applyAsDouble((T) t)),
                    Collectors::combineStatistics, a -> ((DoubleSummaryStatistics) a).getSum(), CH_NOID);
    }
    /* {count, sum} */
    private static Object averageOf(Object a) {
        long[] x = (long[]) a;
        return x[0] == 0 ? 0.0d : (double) x[1] / x[0];
    }
    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return averagingLong((T t) -> mapper.applyAsInt(t));
    }
    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return make(() -> new long[2], (a, t) -> {
            long[] x = (long[]) a;
            x[0]++;
            x[1] += mapper.applyAsLong((T) t);
        }, Collectors::addLongs, Collectors::averageOf, CH_NOID);
    }
    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return make(() -> new DoubleSummaryStatistics(),
                    (a, t) -> ((DoubleSummaryStatistics) a).accept(mapper.applyAsDouble((T) t)),
                    Collectors::combineStatistics, a -> ((DoubleSummaryStatistics) a).getAverage(), CH_NOID);
    }

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        return make(() -> new IntSummaryStatistics(), (a, t) -> ((IntSummaryStatistics) a).accept(mapper.applyAsInt((T) t)),
                    (a, b) -> {
                        ((IntSummaryStatistics) a).combine((IntSummaryStatistics) b);
                        return a;
                    }, a -> a, CH_ID);
    }
    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        return make(() -> new LongSummaryStatistics(),
                    (a, t) -> ((LongSummaryStatistics) a).accept(mapper.applyAsLong((T) t)), (a, b) -> {
                        ((LongSummaryStatistics) a).combine((LongSummaryStatistics) b);
                        return a;
                    }, a -> a, CH_ID);
    }
    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        return make(() -> new DoubleSummaryStatistics(),
                    (a, t) -> ((DoubleSummaryStatistics) a).accept(mapper.applyAsDouble((T) t)),
                    Collectors::combineStatistics, a -> a, CH_ID);
    }

    /* the state of a reduction in a one-element array */
    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return reducing(identity, t -> t, op);
    }
    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper,
                                                     BinaryOperator<U> op) {
        return make(() -> new Object[] {identity}, (a, t) -> {
            Object[] x = (Object[]) a;
            x[0] = op.apply((U) x[0], mapper.apply((T) t));
        }, (a, b) -> {
            Object[] x = (Object[]) a;
            x[0] = op.apply((U) x[0], (U) ((Object[]) b)[0]);
            return a;
        }, a -> ((Object[]) a)[0], CH_NOID);
    }
    /* {present, value}: empty, or the reduction of the elements (an empty
     * Optional when it is null) */
    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return make(() -> new Object[] {null, null}, (a, t) -> {
            Object[] x = (Object[]) a;
            if (x[0] != null) x[1] = op.apply((T) x[1], (T) t);
            else {
                x[0] = Boolean.TRUE;
                x[1] = t;
            }
        }, (a, b) -> {
            Object[] y = (Object[]) b;
            if (y[0] != null) {
                Object[] x = (Object[]) a;
                if (x[0] != null) x[1] = op.apply((T) x[1], (T) y[1]);
                else return b;
            }
            return a;
        }, a -> Optional.ofNullable(((Object[]) a)[1]), CH_NOID);
    }

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, toList());
    }
    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
                                                                     Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, () -> new HashMap<K, D>(), downstream);
    }
    /* each element into the downstream container of its key (made by
     * computeIfAbsent); at the end each container is replaced by the
     * downstream result */
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
        Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        return grouping(classifier, mapFactory, downstream, identityFinish(downstream) ? CH_ID : CH_NOID);
    }
    /* groupingByConcurrent: the same into a ConcurrentHashMap (a sequential
     * stream fills it in encounter order, as the JDK's) */
    public static <T, K> Collector<T, ?, ConcurrentMap<K, List<T>>> groupingByConcurrent(
        Function<? super T, ? extends K> classifier) {
        return groupingByConcurrent(classifier, toList());
    }
    public static <T, K, A, D> Collector<T, ?, ConcurrentMap<K, D>> groupingByConcurrent(
        Function<? super T, ? extends K> classifier, Collector<? super T, A, D> downstream) {
        return groupingByConcurrent(classifier, () -> new ConcurrentHashMap<K, D>(), downstream);
    }
    public static <T, K, A, D, M extends ConcurrentMap<K, D>> Collector<T, ?, M> groupingByConcurrent(
        Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        return grouping(classifier, mapFactory, downstream, identityFinish(downstream) ? CH_CONCURRENT_ID : CH_CONCURRENT_NOID);
    }
    private static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> grouping(
        Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream,
        Set<Collector.Characteristics> characteristics) {
        Objects.requireNonNull(classifier);
        Objects.requireNonNull(mapFactory);
        Supplier<Object> supplier = supplierOf(downstream);
        BiConsumer<Object, Object> acc = accumulatorOf(downstream);
        BinaryOperator<Object> combiner = combinerOf(downstream);
        Function<Object, Object> finisher = finisherOf(downstream);
        return make(mapFactory, (m, t) -> {
            Object key = Objects.requireNonNull(classifier.apply((T) t), "element cannot be mapped to a null key");
            Object container = ((Map<Object, Object>) m).computeIfAbsent(key, k -> supplier.get());
            acc.accept(container, t);
        }, (a, b) -> {
            Map<Object, Object> x = (Map<Object, Object>) a;
            for (Map.Entry<Object, Object> e : ((Map<Object, Object>) b).entrySet())
                x.merge(e.getKey(), e.getValue(), combiner);
            return a;
        }, m -> {
            if (!identityFinish(downstream)) ((Map<Object, Object>) m).replaceAll((k, v) -> finisher.apply(v));
            return m;
        }, characteristics);
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }
    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
                                                                            Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(predicate);
        Supplier<Object> supplier = supplierOf(downstream);
        BiConsumer<Object, Object> acc = accumulatorOf(downstream);
        BinaryOperator<Object> combiner = combinerOf(downstream);
        Function<Object, Object> finisher = finisherOf(downstream);
        return make(() -> new Partition<Object>(supplier.get(), supplier.get()), (p, t) -> {
            Partition<Object> x = (Partition<Object>) p;
            acc.accept(predicate.test((T) t) ? x.forTrue : x.forFalse, t);
        }, (a, b) -> {
            Partition<Object> x = (Partition<Object>) a, y = (Partition<Object>) b;
            return new Partition<Object>(combiner.apply(x.forTrue, y.forTrue), combiner.apply(x.forFalse, y.forFalse));
        }, p -> {
            if (identityFinish(downstream)) return p;
            Partition<Object> x = (Partition<Object>) p;
            return new Partition<Object>(finisher.apply(x.forTrue), finisher.apply(x.forFalse));
        }, identityFinish(downstream) ? CH_ID : CH_NOID);
    }

    /* partitioningBy's map: false first, then true */
    static final class Partition<T> extends AbstractMap<Boolean, T> {
        final T forTrue, forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }
        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    Map.Entry<Boolean, T> f = new AbstractMap.SimpleImmutableEntry<>(false, forFalse);
                    Map.Entry<Boolean, T> t = new AbstractMap.SimpleImmutableEntry<>(true, forTrue);
                    return List.of(f, t).iterator();
                }
                public int size() { return 2; }
            };
        }
    }

    /* Map.copyOf of toMap's map: no null keys or values (NullPointerException) */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                         Function<? super T, ? extends U> valueMapper) {
        return collectingAndThen(toMap(keyMapper, valueMapper), m -> Map.copyOf(m));
    }
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                         Function<? super T, ? extends U> valueMapper,
                                                                         BinaryOperator<U> mergeFunction) {
        return collectingAndThen(toMap(keyMapper, valueMapper, mergeFunction), m -> Map.copyOf(m));
    }

    /* every element into both collectors; merger of their results */
    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
                                                           Collector<? super T, ?, R2> downstream2,
                                                           BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(merger);
        Supplier<Object> s1 = supplierOf(downstream1), s2 = supplierOf(downstream2);
        BiConsumer<Object, Object> a1 = accumulatorOf(downstream1), a2 = accumulatorOf(downstream2);
        BinaryOperator<Object> c1 = combinerOf(downstream1), c2 = combinerOf(downstream2);
        Function<Object, Object> f1 = finisherOf(downstream1), f2 = finisherOf(downstream2);
        boolean unordered = downstream1.characteristics().contains(Collector.Characteristics.UNORDERED) &&
                            downstream2.characteristics().contains(Collector.Characteristics.UNORDERED);
        return make(() -> new Object[] {s1.get(), s2.get()}, (p, t) -> {
            Object[] x = (Object[]) p;
            a1.accept(x[0], t);
            a2.accept(x[1], t);
        }, (p, q) -> {
            Object[] x = (Object[]) p, y = (Object[]) q;
            return new Object[] {c1.apply(x[0], y[0]), c2.apply(x[1], y[1])};
        }, p -> {
            Object[] x = (Object[]) p;
            return merger.apply((R1) f1.apply(x[0]), (R2) f2.apply(x[1]));
        }, unordered ? CH_UNORDERED_NOID : CH_NOID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                             Function<? super T, ? extends U> valueMapper) {
        return uniqueKeys(keyMapper, valueMapper, () -> new HashMap<K, U>(), CH_ID);
    }
    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(Function<? super T, ? extends K> keyMapper,
                                                                                 Function<? super T, ? extends U> valueMapper) {
        return uniqueKeys(keyMapper, valueMapper, () -> new ConcurrentHashMap<K, U>(), CH_CONCURRENT_ID);
    }
    /* a map of mapFactory's, each key once (putUnique) */
    private static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> uniqueKeys(Function<? super T, ? extends K> keyMapper,
                                                                               Function<? super T, ? extends U> valueMapper,
                                                                               Supplier<?> mapFactory,
                                                                               Set<Collector.Characteristics> characteristics) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return make(mapFactory, (m, t) -> putUnique((Map<Object, Object>) m, keyMapper.apply((T) t),
                                                                  valueMapper.apply((T) t)),
                    (a, b) -> {
                        for (Map.Entry<Object, Object> e : ((Map<Object, Object>) b).entrySet())
                            putUnique((Map<Object, Object>) a, e.getKey(), e.getValue());
                        return a;
                    }, a -> a, characteristics);
    }
    private static void putUnique(Map<Object, Object> m, Object k, Object v) {
        Objects.requireNonNull(v);
        Object u = m.putIfAbsent(k, v);
        if (u != null)
            throw new IllegalStateException(String.format("Duplicate key %s (attempted merging values %s and %s)", k, u, v));
    }
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                             Function<? super T, ? extends U> valueMapper,
                                                             BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, () -> new HashMap<K, U>());
    }
    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
                                                                          Function<? super T, ? extends U> valueMapper,
                                                                          BinaryOperator<U> mergeFunction,
                                                                          Supplier<M> mapFactory) {
        return merging(keyMapper, valueMapper, mergeFunction, mapFactory, CH_ID);
    }
    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(Function<? super T, ? extends K> keyMapper,
                                                                                 Function<? super T, ? extends U> valueMapper,
                                                                                 BinaryOperator<U> mergeFunction) {
        return toConcurrentMap(keyMapper, valueMapper, mergeFunction, () -> new ConcurrentHashMap<K, U>());
    }
    public static <T, K, U, M extends ConcurrentMap<K, U>> Collector<T, ?, M> toConcurrentMap(
        Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper,
        BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        return merging(keyMapper, valueMapper, mergeFunction, mapFactory, CH_CONCURRENT_ID);
    }
    /* a map of mapFactory's, a key's values merged by mergeFunction */
    private static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> merging(Function<? super T, ? extends K> keyMapper,
                                                                            Function<? super T, ? extends U> valueMapper,
                                                                            BinaryOperator<U> mergeFunction,
                                                                            Supplier<M> mapFactory,
                                                                            Set<Collector.Characteristics> characteristics) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        BinaryOperator<Object> merge = (BinaryOperator<Object>) mergeFunction;
        return make(mapFactory, (m, t) -> ((Map<Object, Object>) m).merge(keyMapper.apply((T) t), valueMapper.apply((T) t),
                                                                          merge),
                    (a, b) -> {
                        for (Map.Entry<Object, Object> e : ((Map<Object, Object>) b).entrySet())
                            ((Map<Object, Object>) a).merge(e.getKey(), e.getValue(), merge);
                        return a;
                    }, a -> a, characteristics);
    }
}
