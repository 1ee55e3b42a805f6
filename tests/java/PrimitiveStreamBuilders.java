import java.util.*;
import java.util.stream.*;

/* IntStream/LongStream/DoubleStream builder() and mapMulti, with boxed()
 * and the conversions: results and the order of side effects as the JDK's. */
public class PrimitiveStreamBuilders {
    public static void main(String[] args) {
        IntStream.Builder ib = IntStream.builder();
        ib.add(3).add(1);
        ib.accept(2);
        IntStream is = ib.build();
        System.out.println(Arrays.toString(is.toArray()));
        try {
            ib.add(4);
        } catch (IllegalStateException e) {
            System.out.println("add after build: " + e);
        }
        try {
            ib.build();
        } catch (IllegalStateException e) {
            System.out.println("build twice: " + e);
        }
        LongStream.Builder lb = LongStream.builder();
        for (long i = 1; i <= 5; i++) lb.accept(i * 1_000_000_000L);
        System.out.println(lb.build().sum());
        DoubleStream.Builder db = DoubleStream.builder().add(0.5).add(1.25);
        System.out.println(db.build().boxed().collect(Collectors.toList()));
        System.out.println(IntStream.builder().build().count() + " " + DoubleStream.builder().build().average());

        /* mapMulti: each result goes downstream as it is given */
        List<String> log = new ArrayList<>();
        int[] r = IntStream.rangeClosed(1, 4)
            .peek(i -> log.add("in " + i))
            .mapMulti((i, out) -> {
                for (int k = 0; k < i % 3; k++) {
                    log.add("give " + i + "." + k);
                    out.accept(i * 10 + k);
                }
            })
            .peek(i -> log.add("out " + i))
            .toArray();
        System.out.println(Arrays.toString(r) + " " + log);
        System.out.println(LongStream.of(5, 7).mapMulti((v, out) -> { out.accept(v); out.accept(-v); }).boxed().collect(Collectors.toList()));
        System.out.println(DoubleStream.of(1.5, 2.5).mapMulti((v, out) -> out.accept(v * v)).sum());
        log.clear();
        OptionalInt first = IntStream.range(0, 100).mapMulti((i, out) -> {
            log.add("m" + i);
            if (i % 7 == 3) out.accept(i);
        }).findFirst();
        System.out.println(first + " " + log);
        System.out.println(IntStream.range(0, 5).mapMulti((i, out) -> { out.accept(i); out.accept(i); }).limit(3).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.of(1, 2, 3).boxed().map(i -> i * 2).collect(Collectors.toList())
                           + " " + IntStream.of(1, 2).asLongStream().boxed().collect(Collectors.toList())
                           + " " + IntStream.of(1, 2).asDoubleStream().boxed().collect(Collectors.toList())
                           + " " + LongStream.of(3).asDoubleStream().boxed().collect(Collectors.toList()));
        try {
            IntStream.of(1).mapMulti(null);
        } catch (NullPointerException e) {
            System.out.println("mapMulti(null): " + e.getClass().getName());
        }
    }
}
