/* The streams that java.util and java.lang make (Collection.stream,
 * Arrays.stream, chars and codePoints of String and the builders,
 * BufferedReader.lines): public for them, not a JDK class. */
public final class LimeStreams {
    private LimeStreams() {}

    public static <E> Stream<E> of(Collection<E> c) { return new RefPipeline<E>(new StreamSources.OfCollection(c)); }
    public static <E> Stream<E> of(Iterator<E> it) { return new RefPipeline<E>(new StreamSources.OfIterator(it)); }
    public static <T> Stream<T> of(T[] a, int from, int to) { return new RefPipeline<T>(StreamSources.ofArray(a, from, to)); }
    public static IntStream of(int[] a, int from, int to) { return new IntPipeline(StreamSources.ofArray(a, from, to)); }
    public static LongStream of(long[] a, int from, int to) { return new LongPipeline(StreamSources.ofArray(a, from, to)); }
    public static DoubleStream of(double[] a, int from, int to) {
        return new DoublePipeline(StreamSources.ofArray(a, from, to));
    }
    public static IntStream chars(CharSequence s) { return new IntPipeline(new StreamSources.OfChars(s, false)); }
    public static IntStream codePoints(CharSequence s) { return new IntPipeline(new StreamSources.OfChars(s, true)); }
}
