import java.util.*;
import java.util.function.*;

public class GenLambdaReturnInfer {
    static <T, R> R apply(T x, Function<T, R> f) { return f.apply(x); }

    static <R> R make(Supplier<R> s) { return s.get(); }

    static <T, R> List<R> map(List<T> xs, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T x : xs) out.add(f.apply(x));
        return out;
    }

    static <A, B, C> Function<A, C> compose(Function<A, B> f, Function<B, C> g) {
        return a -> g.apply(f.apply(a));
    }

    static <T> T id(T t) { return t; }

    public static void main(String[] args) {
        Optional<Integer> f = Optional.of(41);
        String a = f.map(x -> "s" + x).orElse("");
        System.out.println(a + " " + a.length());
        String b = f.<String>map(x -> "t").orElse("none");
        System.out.println(b.toUpperCase());
        int c = f.map(x -> x + 1).get();
        System.out.println(c * 2);
        System.out.println(f.map(x -> x.toString().length()).get() + 10);
        Optional<String> e = Optional.empty();
        System.out.println(e.map(s -> s.length()).orElse(-1));

        String s = apply(5, x -> "n" + x);
        System.out.println(s.length());
        int len = apply("hello", x -> x.length());
        System.out.println(len + 1);
        System.out.println(apply("abc", x -> x.charAt(1)).charValue());
        System.out.println(make(() -> "made").concat("!"));
        System.out.println(make(() -> 7) + 1);
        List<String> strs = map(List.of(1, 2, 3), i -> "#" + i);
        System.out.println(strs.get(2).length());
        System.out.println(map(List.of("x", "yy"), w -> w.length()).get(1) + 100);
        Function<String, Integer> len2 = compose(x -> x.trim(), x -> x.length());
        System.out.println(len2.apply("  ab  "));
        System.out.println(GenLambdaReturnInfer.<String>id("q").length());
        List<Integer> empty = Collections.<Integer>emptyList();
        System.out.println(empty.size());
        System.out.println(Arrays.<Object>asList("a", 1).size());
        Map<String, Integer> counts = new TreeMap<>();
        counts.merge("a", 1, (p, q) -> p + q);
        counts.merge("a", 1, Integer::sum);
        System.out.println(counts);
        Optional<Integer> o2 = f.flatMap(x -> Optional.of(x * 3));
        System.out.println(o2.get() - 1);
    }
}
