import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamPrimitive {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 5).sum() + " " + IntStream.rangeClosed(1, 5).sum());
        System.out.println(IntStream.range(5, 5).count() + " " + IntStream.range(7, 3).count() + " " + IntStream.rangeClosed(3, 3).count());
        System.out.println(Arrays.toString(IntStream.range(-2, 3).toArray()));
        System.out.println(IntStream.of(3, 1, 4, 1, 5).average() + " " + IntStream.empty().average());
        System.out.println(IntStream.of(3, 1, 4, 1, 5).min() + " " + IntStream.of(3, 1, 4).max() + " " + IntStream.empty().max());
        System.out.println(IntStream.of(Integer.MAX_VALUE, 1).sum());
        System.out.println(IntStream.of(Integer.MAX_VALUE, 1).average().getAsDouble());
        System.out.println(IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics());
        System.out.println(IntStream.empty().summaryStatistics());
        IntSummaryStatistics st = IntStream.of(-3, 7).summaryStatistics();
        System.out.println(st.getCount() + " " + st.getSum() + " " + st.getMin() + " " + st.getMax() + " " + st.getAverage());
        System.out.println(IntStream.rangeClosed(1, 5).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.rangeClosed(1, 4).mapToObj(i -> "#" + i).collect(Collectors.joining(" ")));
        System.out.println(Arrays.toString(IntStream.rangeClosed(1, 4).map(i -> i * i).filter(i -> i % 2 == 0).toArray()));
        System.out.println(Arrays.toString(IntStream.rangeClosed(1, 3).asDoubleStream().map(d -> d / 2).toArray()));
        System.out.println(Arrays.toString(IntStream.rangeClosed(1, 3).asLongStream().map(l -> l * 10000000000L).toArray()));
        System.out.println(Arrays.toString(IntStream.rangeClosed(1, 3).mapToLong(i -> (long) i << 40).toArray()));
        System.out.println(Arrays.toString(IntStream.rangeClosed(1, 3).mapToDouble(i -> i * 0.1).toArray()));
        System.out.println(IntStream.of(5, 3, 5, 1, 3).distinct().sorted().boxed().toList());
        System.out.println(IntStream.iterate(1, i -> i * 3).limit(6).boxed().toList());
        System.out.println(IntStream.iterate(1, i -> i < 100, i -> i * 2).sum());
        int[] c = {0};
        System.out.println(Arrays.toString(IntStream.generate(() -> c[0]++).limit(4).toArray()));
        System.out.println(IntStream.concat(IntStream.of(1, 2), IntStream.range(10, 12)).boxed().toList());
        System.out.println(IntStream.of(1, 2, 3).flatMap(i -> IntStream.range(0, i)).boxed().toList());
        System.out.println(IntStream.range(0, 10).skip(3).limit(4).boxed().toList());
        System.out.println(IntStream.range(0, 10).takeWhile(i -> i < 4).sum() + " " + IntStream.range(0, 10).dropWhile(i -> i < 7).sum());
        System.out.println(IntStream.range(0, 10).reduce(0, (a, b) -> a * 2 + b) + " " + IntStream.range(1, 6).reduce((a, b) -> a * b));
        System.out.println(IntStream.empty().reduce((a, b) -> a + b));
        System.out.println(IntStream.range(0, 10).anyMatch(i -> i == 7) + " " + IntStream.range(0, 10).allMatch(i -> i < 9) + " " + IntStream.range(0, 10).noneMatch(i -> i > 10));
        System.out.println(IntStream.range(3, 10).filter(i -> i % 4 == 0).findFirst() + " " + IntStream.empty().findAny());
        ArrayList<Integer> col = IntStream.range(0, 4).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(col);
        StringBuilder log = new StringBuilder();
        IntStream.range(0, 5).peek(i -> log.append("p").append(i)).filter(i -> i % 2 == 1).forEach(i -> log.append("f").append(i));
        System.out.println(log);
        PrimitiveIterator.OfInt it = IntStream.of(7, 8, 9).iterator();
        int total = 0;
        while (it.hasNext()) total += it.nextInt();
        System.out.println(total);
        System.out.println(Arrays.stream(new int[] {9, 8, 7, 6}, 1, 3).sum());
        int[] arr = {4, 2};
        IntStream late = Arrays.stream(arr);
        arr[0] = 40;
        System.out.println(late.sum());

        // chars
        System.out.println("hello".chars().filter(ch -> ch == 'l').count());
        System.out.println("abc".chars().mapToObj(ch -> String.valueOf((char) (ch + 1))).collect(Collectors.joining()));
        System.out.println("banana".chars().distinct().mapToObj(ch -> (char) ch).toList());
        System.out.println("".chars().sum());

        // LongStream
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        System.out.println(LongStream.range(0, 5).sum() + " " + LongStream.of(Long.MAX_VALUE, 1).sum());
        System.out.println(LongStream.of(10, 20, 35).average() + " " + LongStream.empty().min());
        System.out.println(LongStream.of(3, 9, -2).summaryStatistics());
        System.out.println(LongStream.of(3, 9, -2).max() + " " + LongStream.of(5).findFirst());
        System.out.println(LongStream.rangeClosed(Long.MAX_VALUE - 2, Long.MAX_VALUE).count());
        System.out.println(Arrays.toString(LongStream.rangeClosed(Long.MAX_VALUE - 2, Long.MAX_VALUE).toArray()));
        System.out.println(Arrays.toString(LongStream.of(1, 2, 3).mapToInt(l -> (int) l * 3).toArray()));
        System.out.println(LongStream.of(1, 2).mapToObj(Long::toString).collect(Collectors.joining("+")));
        System.out.println(LongStream.iterate(1, l -> l * 10).limit(12).max().getAsLong());
        System.out.println(Arrays.stream(new long[] {5, 6, 7}).boxed().toList());

        // DoubleStream
        double[] d = {1e100, 1.0, -1e100, 3.3, 1e-20, 7.0e15, 0.1, 0.2, 0.3};
        System.out.println(DoubleStream.of(d).sum());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3, 0.4, 1e16, -1e16, 0.7).sum());
        System.out.println(DoubleStream.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1).sum());
        System.out.println(DoubleStream.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1).average());
        System.out.println(DoubleStream.of(1e308, 1e308, -1e308).sum());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, 1).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum());
        System.out.println(DoubleStream.of(Double.NaN, 1).sum() + " " + DoubleStream.empty().sum() + " " + DoubleStream.empty().average());
        System.out.println(DoubleStream.of(2.5, -1.0, 7.25).summaryStatistics());
        System.out.println(DoubleStream.empty().summaryStatistics());
        System.out.println(DoubleStream.of(0.0, -0.0).min() + " " + DoubleStream.of(-0.0, 0.0).max() + " " + DoubleStream.of(1, Double.NaN).max());
        System.out.println(Arrays.toString(DoubleStream.of(3, Double.NaN, -0.0, 0.0, -1).sorted().toArray()));
        System.out.println(DoubleStream.of(1.5, 1.5, 2.5).distinct().count());
        System.out.println(Arrays.toString(DoubleStream.of(1.5, 2.7, -3.2).mapToInt(x -> (int) x).toArray()));
        System.out.println(Arrays.toString(DoubleStream.of(1.5, 2.7).mapToLong(Math::round).toArray()));
        System.out.println(DoubleStream.iterate(1.0, x -> x / 2).limit(5).boxed().toList());
        System.out.println(DoubleStream.generate(() -> 0.5).limit(3).sum());
        System.out.println(Arrays.stream(new double[] {1.25, 2.5, 5.0}, 0, 2).mapToObj(x -> "v" + x).toList());
        System.out.println(DoubleStream.of(4, 9, 16).map(Math::sqrt).boxed().collect(Collectors.toList()));
        DoubleSummaryStatistics ds = new DoubleSummaryStatistics();
        ds.accept(1.5);
        ds.accept(2.5);
        System.out.println(ds.getSum() + " " + ds.getAverage() + " " + ds.getMin() + " " + ds.getMax() + " " + ds.getCount());
        System.out.println(OptionalLong.of(5) + " " + OptionalLong.empty() + " " + OptionalLong.of(3).orElse(4) + " " + OptionalLong.empty().orElse(4));
    }
}
