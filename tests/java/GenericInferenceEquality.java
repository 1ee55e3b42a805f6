import java.util.*;
import java.util.function.*;
import java.util.stream.*;

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
        more();
    }

    // ---- more shapes: equalities from Map<String, T>, Class<T>, List<T> against poly arguments ----
    enum Color { RED, GREEN }
    record Person(String name, int age) {}
    static <T> void addOne(List<T> l, T x) { l.add(x); }
    static <T> T getOrDefault2(Map<String, T> m, String k, T def) { T v = m.get(k); return v == null ? def : v; }
    static <T extends Number> T addN(List<T> l, T x) { l.add(x); return x; }
    static <T> T castTo(Object o, Class<T> c) { return c.cast(o); }
    static <T> T[] toArr(List<T> l, IntFunction<T[]> f) { return l.toArray(f.apply(0)); }
    static <T> String cls(Class<T> c) { return c.getSimpleName(); }
    static <E extends Enum<E>> EnumSet<E> all(Class<E> c) { return EnumSet.allOf(c); }
    static <T> Map<T, Integer> firstIndexes(List<T> l) { Map<T, Integer> m = new LinkedHashMap<>(); for (T t : l) m.putIfAbsent(t, m.size()); return m; }
    static <T, U extends Comparable<? super U>> List<T> sortBy(Collection<T> c, Function<? super T, ? extends U> key) {
        List<T> r = new ArrayList<>(c); r.sort(Comparator.comparing(key)); return r;
    }
    static void more() {
        List<Object> lo = new ArrayList<>();
        addOne(lo, "s"); addOne(lo, 1);
        System.out.println(lo);
        Map<String, List<String>> ml = new HashMap<>();
        List<String> got = getOrDefault2(ml, "x", Collections.emptyList());
        List<String> got2 = getOrDefault2(ml, "x", new ArrayList<>());
        System.out.println(got.size() + got2.size());
        List<Integer> li = new ArrayList<>();
        int r = addN(li, 5) + 1;
        System.out.println(r + " " + li);
        Map<String, Map<String, Integer>> nested = new TreeMap<>();
        nested.computeIfAbsent("a", k -> new TreeMap<>()).merge("b", 1, Integer::sum);
        nested.computeIfAbsent("a", k -> new TreeMap<>()).merge("b", 1, Integer::sum);
        System.out.println(nested);
        Object obj = "text";
        String s = castTo(obj, String.class);
        System.out.println(s.length());
        String[] sa = toArr(List.of("u", "v"), String[]::new);
        System.out.println(sa.length + sa[1]);
        System.out.println(cls(obj.getClass()) + " " + cls(int[].class) + " " + cls(List.class));
        System.out.println(all(Color.class) + " " + EnumSet.allOf(Color.class).size());
        System.out.println(firstIndexes(List.of("b", "a", "b")));
        List<Person> ps = List.of(new Person("bob", 30), new Person("Al", 20));
        System.out.println(sortBy(ps, Person::age).get(0).name() + " " + sortBy(ps, Person::name).get(0).name());
        List<Person> ci = new ArrayList<>(ps);
        ci.sort(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER));
        System.out.println(ci.get(0).name());
        Map<Boolean, Map<Integer, List<String>>> deep = ps.stream().collect(Collectors.partitioningBy(p -> p.age() > 25,
            Collectors.groupingBy(Person::age, Collectors.mapping(Person::name, Collectors.toList()))));
        System.out.println(deep);
        Function<Person, String> nm = Person::name;
        System.out.println(ps.stream().map(nm.andThen(String::toUpperCase)).collect(Collectors.joining("/")));
        List<? super Integer> sink = new ArrayList<Number>();
        addOne(new ArrayList<Number>(), 3);
        sink.add(4);
        System.out.println(sink);
        Iterator<String> it = List.of("i", "j").iterator();
        Iterable<String> itb = () -> it;
        for (String x : itb) System.out.print(x);
        System.out.println();
        System.out.println(Stream.of(Optional.of(1), Optional.<Integer>empty(), Optional.of(3)).flatMap(Optional::stream).mapToInt(Integer::intValue).sum());
        Map<String, Integer> counts = new TreeMap<>();
        Stream.of("x", "y", "x").forEach(w -> counts.merge(w, 1, Integer::sum));
        System.out.println(counts);
        double avg = ps.stream().mapToInt(Person::age).average().orElse(0);
        System.out.println(avg + " " + ps.stream().collect(Collectors.averagingInt(Person::age)));
        Optional<Person> youngest = ps.stream().min(Comparator.comparingInt(Person::age));
        System.out.println(youngest.map(Person::name).orElseThrow());
    }
}
