/* java.util.PrimitiveIterator: the iterators of IntStream, LongStream and
 * DoubleStream, whose next() boxes nextInt() (nextLong, nextDouble). */
public interface PrimitiveIterator<T, T_CONS> extends Iterator<T> {
    interface OfInt extends PrimitiveIterator<Integer, IntConsumer> {
        int nextInt();
        default Integer next() { return nextInt(); }
    }
    interface OfLong extends PrimitiveIterator<Long, LongConsumer> {
        long nextLong();
        default Long next() { return nextLong(); }
    }
    interface OfDouble extends PrimitiveIterator<Double, DoubleConsumer> {
        double nextDouble();
        default Double next() { return nextDouble(); }
    }
}
