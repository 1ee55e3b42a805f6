import java.util.*;
import java.util.function.*;

public class GenericInferenceEquality {
    static Map<Class<?>, Object> registry = new LinkedHashMap<>();

    static <T> void put(Class<T> c, T v) { registry.put(c, v); }
    static <T> void putBack(T v, Class<T> c) { registry.put(c, v); }
    static <T> T get(Class<T> c) { return c.cast(registry.get(c)); }

    static <K, V> Map<K, V> pairOf(Map<K, V> m, K k, V v) { m.put(k, v); return m; }
    static <T> List<T> append(List<T> l, T x) { l.add(x); return l; }
    static <T> void copyInto(List<? super T> dst, List<? extends T> src) { dst.addAll(src); }
    static <T> T firstOf(List<? extends T> l) { return l.get(0); }
    static <T> int countIn(Collection<T> c, T x) {
        int n = 0;
        for (T y : c) if (Objects.equals(x, y)) n++;
        return n;
    }
    static <T> T[] fill(T[] a, T v) { Arrays.fill(a, v); return a; }
    static <T> List<List<T>> nest(List<T> l) { List<List<T>> r = new ArrayList<>(); r.add(l); return r; }
    static <T> T pick(boolean b, T x, T y) { return b ? x : y; }
    static <T> void addAllTo(List<T> to, List<List<T>> ls) { for (List<T> l : ls) to.addAll(l); }
    static <A, B> String both(Map.Entry<A, B> e, Function<? super A, ? extends B> f) {
        return e.getKey() + "->" + e.getValue() + "/" + f.apply(e.getKey());
    }

    public static void main(String[] args) {
        put(Class.class, String.class);
        put(String.class, "str");
        put(Integer.class, 42);
        putBack(7L, Long.class);
        put(Number.class, 3.5);
        System.out.println(registry.size());
        System.out.println(get(Class.class).getSimpleName());
        System.out.println(get(String.class).length());
        System.out.println(get(Integer.class) + 1);
        System.out.println(get(Long.class) * 2);
        System.out.println(get(Number.class).intValue());

        Map<String, Number> m = pairOf(new TreeMap<>(), "a", 1);
        pairOf(m, "b", 2.5);
        System.out.println(m);

        List<Number> nums = new ArrayList<>();
        append(nums, 1);
        append(nums, 2.0f);
        append(nums, 3L);
        System.out.println(nums);

        List<Object> objs = new ArrayList<>();
        copyInto(objs, Arrays.asList("x", "y"));
        copyInto(objs, nums);
        System.out.println(objs);

        Number first = firstOf(nums);
        Comparable<?> c = firstOf(Arrays.asList("q", "r"));
        System.out.println(first + " " + c);

        List<Integer> ints = new ArrayList<>(List.of(1, 2, 1, 3, 1));
        System.out.println(countIn(ints, 1) + " " + countIn(ints, 4));
        List<CharSequence> css = new ArrayList<>(List.of("ab", new StringBuilder("cd"), "ab"));
        System.out.println(countIn(css, "ab"));

        String[] filled = fill(new String[3], "z");
        System.out.println(String.join(",", filled));
        Number[] numsArr = fill(new Number[2], 5);
        System.out.println(Arrays.toString(numsArr));

        List<List<String>> nested = nest(new ArrayList<>(List.of("n1", "n2")));
        System.out.println(nested + " " + nested.get(0).get(1).toUpperCase());

        Object o = pick(true, "s", 1);
        Number n = pick(false, 1, 2.5);
        System.out.println(o + " " + n);

        List<String> all = new ArrayList<>();
        addAllTo(all, List.of(List.of("a", "b"), List.of("c")));
        System.out.println(all);

        Map.Entry<String, Integer> e = Map.entry("k", 5);
        System.out.println(both(e, String::length));
        System.out.println(both(Map.entry(3, "v"), i -> "i" + i));

        Map<Class<?>, List<String>> byClass = new HashMap<>();
        byClass.computeIfAbsent(String.class, k -> new ArrayList<>()).add("one");
        byClass.computeIfAbsent(String.class, k -> new ArrayList<>()).add("two");
        System.out.println(byClass.get(String.class));
    }
}
