import java.util.*;
import java.util.function.*;

public class GenWildcardLambda {
    static <T, U> List<U> mapAll(List<T> xs, Function<? super T, ? extends U> f) {
        List<U> out = new ArrayList<>();
        for (T x : xs) out.add(f.apply(x));
        return out;
    }

    static <T> T best(List<T> xs, Comparator<? super T> c) {
        T b = xs.get(0);
        for (T x : xs) if (c.compare(x, b) > 0) b = x;
        return b;
    }

    static <E> int count(Collection<E> xs, Predicate<? super E> p) {
        int n = 0;
        for (E x : xs) if (p.test(x)) n++;
        return n;
    }

    static <T> void each(Iterable<T> xs, Consumer<? super T> c) {
        for (T x : xs) c.accept(x);
    }

    static <T> List<T> fill(int n, Supplier<? extends T> s) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(s.get());
        return out;
    }

    static <K, V> V lookup(Map<K, V> m, K k, Function<? super K, ? extends V> f) {
        return m.computeIfAbsent(k, f);
    }

    static double sum(List<? extends Number> xs) {
        double s = 0;
        for (Number x : xs) s += x.doubleValue();
        return s;
    }

    static void addInts(List<? super Integer> xs) {
        for (int i = 0; i < 3; i++) xs.add(i * 10);
    }

    public static void main(String[] args) {
        List<String> words = List.of("pear", "fig", "banana", "kiwi");
        List<Integer> lens = mapAll(words, s -> s.length());
        System.out.println(lens);
        System.out.println(mapAll(words, s -> s.toUpperCase().charAt(0)));
        System.out.println(mapAll(lens, n -> n * 2 + 1));
        System.out.println(best(words, (a, b) -> a.length() - b.length()));
        System.out.println(best(words, (a, b) -> a.compareTo(b)));
        System.out.println(count(words, w -> w.contains("i")));
        each(words, w -> System.out.print(w.length() + " "));
        System.out.println();
        int[] k = {0};
        System.out.println(fill(3, () -> "v" + k[0]++));
        Map<String, Integer> m = new HashMap<>();
        System.out.println(lookup(m, "hello", s -> s.length()));
        System.out.println(lookup(m, "hello", s -> -1));
        System.out.println(m);
        System.out.println(sum(lens));
        System.out.println(sum(List.of(1.5, 2.5)));
        List<Number> nums = new ArrayList<>();
        addInts(nums);
        List<Object> objs = new ArrayList<>();
        objs.add("x");
        addInts(objs);
        System.out.println(nums + " " + objs);

        Function<? super String, ? extends Integer> f = s -> s.length() * 100;
        Integer r = f.apply("abc");
        System.out.println(r);
        Comparator<? super String> c = (a, b) -> b.compareTo(a);
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(c);
        System.out.println(sorted);
        Predicate<? super String> p = s -> s.startsWith("b");
        System.out.println(p.test("banana") + " " + p.test("fig"));
        Supplier<? extends CharSequence> sup = () -> "seq";
        System.out.println(sup.get().length());

        sorted.sort(Comparator.comparing(s -> s.length()));
        System.out.println(sorted);
        sorted.sort(Comparator.comparing((String s) -> s.charAt(1)).thenComparing(s -> s.length()));
        System.out.println(sorted);
        List<Integer> li = new ArrayList<>(List.of(5, 8, 2, 7));
        li.removeIf(x -> x % 2 == 0);
        System.out.println(li);
        li.forEach(x -> System.out.print(x + 1 + ";"));
        System.out.println();
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (String w : words) groups.computeIfAbsent(w.length(), key -> new ArrayList<>()).add(w);
        System.out.println(groups);
        Optional<String> o = Optional.of("abc");
        System.out.println(o.map(s -> s.length()).get() + 1);
        System.out.println(o.filter(s -> s.endsWith("c")).isPresent());
        o.ifPresent(s -> System.out.println("have " + s.toUpperCase()));
    }
}
