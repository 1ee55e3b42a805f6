# generates lib/java/util/stream/{Int,Long,Double}{Stream,Pipeline}.java
import sys
kinds = [("Int","int","Integer"),("Long","long","Long"),("Double","double","Double")]
def fn(src, dst):   # the functional interface from src to dst kind
    return f"{src}To{dst}Function"
out = sys.argv[1]
for N,p,B in kinds:
    others = [k for k in kinds if k[0] != N]
    iface = f'''/* java.util.stream.{N}Stream: a sequential stream of {p}s ({N}Pipeline is
 * the implementation).  parallel() gives the same sequential stream. */
public interface {N}Stream extends AutoCloseable {{
    {N}Stream filter({N}Predicate predicate);
    {N}Stream map({N}UnaryOperator mapper);
    <U> Stream<U> mapToObj({N}Function<? extends U> mapper);
'''
    for O,op,OB in others:
        iface += f"    {O}Stream mapTo{O}({fn(N,O)} mapper);\n"
    iface += f'''    {N}Stream flatMap({N}Function<? extends {N}Stream> mapper);
    {N}Stream mapMulti({N}MapMultiConsumer mapper);
    {N}Stream distinct();
    {N}Stream sorted();
    {N}Stream peek({N}Consumer action);
    {N}Stream limit(long maxSize);
    {N}Stream skip(long n);
    {N}Stream takeWhile({N}Predicate predicate);
    {N}Stream dropWhile({N}Predicate predicate);
    Stream<{B}> boxed();
'''
    if N == "Int": iface += "    LongStream asLongStream();\n"
    if N != "Double": iface += "    DoubleStream asDoubleStream();\n"
    iface += f'''
    void forEach({N}Consumer action);
    void forEachOrdered({N}Consumer action);
    {p}[] toArray();
    {p} reduce({p} identity, {N}BinaryOperator op);
    Optional{N} reduce({N}BinaryOperator op);
    <R> R collect(Supplier<R> supplier, Obj{N}Consumer<R> accumulator, BiConsumer<R, R> combiner);
    {p} sum();
    Optional{N} min();
    Optional{N} max();
    long count();
    OptionalDouble average();
    {N}SummaryStatistics summaryStatistics();
    boolean anyMatch({N}Predicate predicate);
    boolean allMatch({N}Predicate predicate);
    boolean noneMatch({N}Predicate predicate);
    Optional{N} findFirst();
    Optional{N} findAny();
    PrimitiveIterator.Of{N} iterator();

    boolean isParallel();
    {N}Stream sequential();
    {N}Stream parallel();
    {N}Stream unordered();
    {N}Stream onClose(Runnable closeHandler);
    void close();

    /* mapMulti's function: the value, and where its results go */
    interface {N}MapMultiConsumer {{
        void accept({p} value, {N}Consumer ic);
    }}
    /* builder()'s: the elements until build(), once (else IllegalStateException) */
    interface Builder extends {N}Consumer {{
        void accept({p} t);
        default Builder add({p} t) {{
            accept(t);
            return this;
        }}
        {N}Stream build();
    }}
    static Builder builder() {{
        Stream.Builder<Object> b = Stream.builder();
        return new Builder() {{
            public void accept({p} t) {{ b.accept(t); }}
            public {N}Stream build() {{ return new {N}Pipeline(b.build()); }}
        }};
    }}
    static {N}Stream empty() {{ return new {N}Pipeline(StreamSources.ofArray(new {p}[0], 0, 0)); }}
    static {N}Stream of({p} t) {{ return new {N}Pipeline(StreamSources.ofArray(new {p}[] {{t}}, 0, 1)); }}
    static {N}Stream of({p}... values) {{ return Arrays.stream(values); }}
    static {N}Stream iterate({p} seed, {N}UnaryOperator f) {{
        Objects.requireNonNull(f);
        return new {N}Pipeline(new StreamSources.Iterate<Object>(seed, null, t -> f.applyAs{N}(({B}) t)));
    }}
    static {N}Stream iterate({p} seed, {N}Predicate hasNext, {N}UnaryOperator next) {{
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new {N}Pipeline(new StreamSources.Iterate<Object>(seed, t -> hasNext.test(({B}) t),
                                                          t -> next.applyAs{N}(({B}) t)));
    }}
    static {N}Stream generate({N}Supplier s) {{
        Objects.requireNonNull(s);
        return new {N}Pipeline(new StreamSources.Generate(() -> s.getAs{N}()));
    }}
    static {N}Stream concat({N}Stream a, {N}Stream b) {{
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return new {N}Pipeline(RefPipeline.concat(RefPipeline.of(a), RefPipeline.of(b)));
    }}
'''
    if N != "Double":
        cast = "(int) " if N == "Int" else ""
        iface += f'''    static {N}Stream range({p} startInclusive, {p} endExclusive) {{
        if (startInclusive >= endExclusive) return empty();
        return rangeClosed(startInclusive, endExclusive - 1);
    }}
    static {N}Stream rangeClosed({p} startInclusive, {p} endInclusive) {{
        if (startInclusive > endInclusive) return empty();
        return new {N}Pipeline(new StreamSources.OfRange(startInclusive, endInclusive, {"true" if N=="Int" else "false"}));
    }}
'''
    iface += "}\n"
    open(f"{out}/{N}Stream.java","w").write(iface)

    impl = f'''/* An {N}Stream: a RefPipeline of {B}s, each operation one stage of it
 * (so reuse throws as a Stream's does).  Generated with LongPipeline and
 * DoublePipeline by scripts/gen-primitive-streams.py: edit that. */
final class {N}Pipeline implements {N}Stream {{
    final RefPipeline<Object> p;

    {N}Pipeline(Stream<?> p) {{ this.p = (RefPipeline<Object>) p; }}
    {N}Pipeline(StreamSource source) {{ this(new RefPipeline<Object>(source)); }}

    public {N}Stream filter({N}Predicate predicate) {{
        Objects.requireNonNull(predicate);
        return new {N}Pipeline(p.filter(t -> predicate.test(({B}) t)));
    }}
    public {N}Stream map({N}UnaryOperator mapper) {{
        Objects.requireNonNull(mapper);
        return new {N}Pipeline(p.mapRaw(t -> mapper.applyAs{N}(({B}) t)));
    }}
    public <U> Stream<U> mapToObj({N}Function<? extends U> mapper) {{
        Objects.requireNonNull(mapper);
        return (Stream<U>) p.mapRaw(t -> mapper.apply(({B}) t));
    }}
'''
    for O,op,OB in others:
        impl += f'''    public {O}Stream mapTo{O}({fn(N,O)} mapper) {{
        Objects.requireNonNull(mapper);
        return new {O}Pipeline(p.mapRaw(t -> mapper.applyAs{O}(({B}) t)));
    }}
'''
    impl += f'''    public {N}Stream flatMap({N}Function<? extends {N}Stream> mapper) {{
        Objects.requireNonNull(mapper);
        return new {N}Pipeline(p.flatMapRaw(t -> mapper.apply(({B}) t)));
    }}
    /* each result passed on as the function gives it, as the JDK's */
    public {N}Stream mapMulti({N}MapMultiConsumer mapper) {{
        Objects.requireNonNull(mapper);
        return new {N}Pipeline(p.mapMulti((Object t, Consumer<Object> c) -> mapper.accept(({B}) t, ({p} v) -> c.accept(v))));
    }}
    public {N}Stream distinct() {{ return new {N}Pipeline(p.distinct()); }}
    public {N}Stream sorted() {{ return new {N}Pipeline(p.sortedBy(null)); }}
    public {N}Stream peek({N}Consumer action) {{
        Objects.requireNonNull(action);
        return new {N}Pipeline(p.peek(t -> action.accept(({B}) t)));
    }}
    public {N}Stream limit(long maxSize) {{ return new {N}Pipeline(p.limit(maxSize)); }}
    public {N}Stream skip(long n) {{
        if (n == 0) return this;
        return new {N}Pipeline(p.skip(n));
    }}
    public {N}Stream takeWhile({N}Predicate predicate) {{
        Objects.requireNonNull(predicate);
        return new {N}Pipeline(p.takeWhile(t -> predicate.test(({B}) t)));
    }}
    public {N}Stream dropWhile({N}Predicate predicate) {{
        Objects.requireNonNull(predicate);
        return new {N}Pipeline(p.dropWhile(t -> predicate.test(({B}) t)));
    }}
    public Stream<{B}> boxed() {{ return (Stream<{B}>) p.mapRaw(t -> t); }}
'''
    if N == "Int":
        impl += f"    public LongStream asLongStream() {{ return new LongPipeline(p.mapRaw(t -> (long) ({B}) t)); }}\n"
    if N != "Double":
        impl += f"    public DoubleStream asDoubleStream() {{ return new DoublePipeline(p.mapRaw(t -> (double) ({B}) t)); }}\n"
    sumexpr = "summaryStatistics().getSum()" if N == "Double" else f"reduce(0, ({p} a, {p} b) -> a + b)"
    impl += f'''
    public void forEach({N}Consumer action) {{
        Objects.requireNonNull(action);
        p.each(t -> action.accept(({B}) t));
    }}
    public void forEachOrdered({N}Consumer action) {{ forEach(action); }}
    public {p}[] toArray() {{
        ArrayList<Object> list = p.toArrayList();
        {p}[] a = new {p}[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = ({B}) list.get(i);
        return a;
    }}
    public {p} reduce({p} identity, {N}BinaryOperator op) {{
        Objects.requireNonNull(op);
        {p}[] state = {{identity}};
        p.each(t -> state[0] = op.applyAs{N}(state[0], ({B}) t));
        return state[0];
    }}
    public Optional{N} reduce({N}BinaryOperator op) {{
        Objects.requireNonNull(op);
        {p}[] state = {{0}};
        boolean[] empty = {{true}};
        p.each(t -> {{
            if (empty[0]) {{
                empty[0] = false;
                state[0] = ({B}) t;
            }} else state[0] = op.applyAs{N}(state[0], ({B}) t);
        }});
        return empty[0] ? Optional{N}.empty() : Optional{N}.of(state[0]);
    }}
    public <R> R collect(Supplier<R> supplier, Obj{N}Consumer<R> accumulator, BiConsumer<R, R> combiner) {{
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) p.collectInto(supplier, (r, t) -> accumulator.accept((R) r, ({B}) t));
    }}
    public {p} sum() {{ return {sumexpr}; }}
    public Optional{N} min() {{ return reduce(({p} a, {p} b) -> Math.min(a, b)); }}
    public Optional{N} max() {{ return reduce(({p} a, {p} b) -> Math.max(a, b)); }}
    public long count() {{ return p.count(); }}
    public OptionalDouble average() {{
        {N}SummaryStatistics s = summaryStatistics();
        return s.getCount() > 0 ? OptionalDouble.of(s.getAverage()) : OptionalDouble.empty();
    }}
    public {N}SummaryStatistics summaryStatistics() {{
        {N}SummaryStatistics s = new {N}SummaryStatistics();
        p.each(t -> s.accept(({B}) t));
        return s;
    }}
    public boolean anyMatch({N}Predicate predicate) {{
        Objects.requireNonNull(predicate);
        return p.match(t -> predicate.test(({B}) t), true);
    }}
    public boolean allMatch({N}Predicate predicate) {{
        Objects.requireNonNull(predicate);
        return !p.match(t -> predicate.test(({B}) t), false);
    }}
    public boolean noneMatch({N}Predicate predicate) {{
        Objects.requireNonNull(predicate);
        return !p.match(t -> predicate.test(({B}) t), true);
    }}
    public Optional{N} findFirst() {{
        boolean[] found = {{false}};
        Object t = p.first(found);
        return found[0] ? Optional{N}.of(({B}) t) : Optional{N}.empty();
    }}
    public Optional{N} findAny() {{ return findFirst(); }}
    public PrimitiveIterator.Of{N} iterator() {{
        Iterator<Object> it = p.iterator();
        return new PrimitiveIterator.Of{N}() {{
            public boolean hasNext() {{ return it.hasNext(); }}
            public {p} next{N}() {{ return ({B}) it.next(); }}
        }};
    }}

    public boolean isParallel() {{ return p.isParallel(); }}
    public {N}Stream sequential() {{
        p.sequential();
        return this;
    }}
    public {N}Stream parallel() {{
        p.parallel();
        return this;
    }}
    public {N}Stream unordered() {{ return this; }}
    public {N}Stream onClose(Runnable closeHandler) {{
        p.onClose(closeHandler);
        return this;
    }}
    public void close() {{ p.close(); }}
}}
'''
    open(f"{out}/{N}Pipeline.java","w").write(impl)
