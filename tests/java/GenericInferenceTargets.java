import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class GenericInferenceTargets {
    record Item(String name, int qty, double price) {}

    static int sizeOf(List<String> l) { return l.size(); }
    static String describe(Map<String, Integer> m, List<Integer> l) { return m.size() + "/" + l.size(); }
    static <T> List<T> listOf2(T a, T b) { List<T> l = new ArrayList<>(); l.add(a); l.add(b); return l; }
    @SafeVarargs
    static <T> T[] arrayOf(T... xs) { return xs; }
    static <T> T[] grow(T[] a, int n) { return Arrays.copyOf(a, n); }
    static <T extends Comparable<? super T>> T max(Collection<? extends T> c) {
        T best = null;
        for (T x : c) if (best == null || x.compareTo(best) > 0) best = x;
        return best;
    }
    static <T extends Comparable<T>> T clamp(T x, T lo, T hi) {
        return x.compareTo(lo) < 0 ? lo : x.compareTo(hi) > 0 ? hi : x;
    }
    static <E extends Enum<E>> E byName(Class<E> c, String n) { return Enum.valueOf(c, n); }
    enum Color { RED, GREEN, BLUE }

    static <T> Optional<T> firstMatch(List<T> l, Predicate<? super T> p) {
        for (T x : l) if (p.test(x)) return Optional.of(x);
        return Optional.empty();
    }
    static <T> Supplier<List<T>> lazyEmpty() { return Collections::emptyList; }

    public static void main(String[] args) {
        List<Item> items = new ArrayList<>(List.of(
            new Item("pen", 3, 1.5), new Item("ink", 3, 4.0),
            new Item("cap", 1, 1.5), new Item("box", 7, 0.5)));

        items.sort(Comparator.comparing(Item::qty).thenComparing(Item::name).reversed());
        System.out.println(items.stream().map(Item::name).collect(Collectors.joining(",")));
        items.sort(Comparator.comparingDouble(Item::price).thenComparing(Item::qty, Comparator.reverseOrder()));
        System.out.println(items.stream().map(Item::name).collect(Collectors.joining(",")));
        items.sort(Comparator.comparing(Item::name, Comparator.comparing(String::length)).thenComparingInt(Item::qty).reversed());
        System.out.println(items.stream().map(Item::name).collect(Collectors.joining(",")));
        Comparator<Item> byPrice = Comparator.comparing(i -> i.price());
        items.sort(byPrice.thenComparing(i -> i.name()));
        System.out.println(items.stream().map(Item::name).collect(Collectors.joining(",")));
        items.sort(Comparator.nullsFirst(Comparator.comparing(Item::name)).reversed());
        System.out.println(items.get(0).name());

        List<String> empty = Collections.emptyList();
        System.out.println(empty.size() + " " + sizeOf(Collections.emptyList()));
        System.out.println(describe(Collections.emptyMap(), Collections.emptyList()));
        System.out.println(describe(new HashMap<>(), new ArrayList<>()));
        Map<String, List<Integer>> m2 = Collections.emptyMap();
        System.out.println(m2.isEmpty());
        Set<Integer> s0 = new TreeSet<>(Collections.emptySet());
        System.out.println(s0);
        List<String> fromSup = GenericInferenceTargets.<String>lazyEmpty().get();
        List<Double> fromSup2 = lazyEmpty().get().isEmpty() ? new ArrayList<>() : null;
        System.out.println(fromSup + " " + fromSup2);

        List<Number> mixed = Arrays.asList(1, 2.5, 3L);
        System.out.println(mixed);
        double total = 0;
        for (Number n : Arrays.asList(1, 2.5f, (short) 3)) total += n.doubleValue();
        System.out.println(total);
        List<? extends Comparable<?>> cmp = Arrays.asList("a", 1);
        System.out.println(cmp.size());
        List<Object> objs = Arrays.asList("x", 1);
        System.out.println(objs);
        List<Number> two = listOf2(1, 2.0);
        System.out.println(two);

        String[] strs = arrayOf("a", "b", "c");
        System.out.println(strs.length + " " + strs[2].toUpperCase());
        Integer[] ints = grow(arrayOf(1, 2), 4);
        System.out.println(Arrays.toString(ints));
        Number[] ns = arrayOf(1, 2.5);
        System.out.println(ns.getClass().getSimpleName() + " " + Arrays.toString(ns));

        System.out.println(max(Arrays.asList(4, 8, 2)) + " " + max(List.of("pear", "apple")));
        System.out.println(clamp(15, 0, 10) + " " + clamp("m", "a", "k") + " " + clamp(2.5, 1.0, 3.0));
        System.out.println(byName(Color.class, "GREEN").ordinal());
        System.out.println(Collections.max(List.of(Color.BLUE, Color.RED)));

        Optional<String> name = firstMatch(items, i -> i.qty() > 5).map(Item::name);
        System.out.println(name.orElse("?"));
        int len = firstMatch(items, i -> i.qty() > 50).map(Item::name).map(String::length).orElseGet(() -> -1);
        System.out.println(len);
        Optional<Integer> flat = Optional.of("12").flatMap(s -> s.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(s)));
        System.out.println(flat.get() + 1);
        String chain = Optional.of(items.get(0)).map(Item::qty).filter(q -> q > 100).map(Object::toString).orElseGet(() -> "small");
        System.out.println(chain);
        Optional<List<String>> ol = Optional.<List<String>>empty();
        System.out.println(ol.orElseGet(ArrayList::new).size() + " " + ol.orElse(Collections.emptyList()).size());
        System.out.println(Optional.ofNullable((String) null).or(() -> Optional.of("alt")).get());

        Comparator<String> anon = new Comparator<>() {
            @Override public int compare(String a, String b) { return b.compareTo(a); }
        };
        List<String> words = new ArrayList<>(List.of("b", "c", "a"));
        words.sort(anon);
        System.out.println(words);
        Supplier<List<Integer>> sup = new Supplier<>() {
            public List<Integer> get() { return new ArrayList<>(List.of(9)); }
        };
        System.out.println(sup.get());
        Iterator<Integer> it = new Iterator<>() {
            int i = 0;
            public boolean hasNext() { return i < 3; }
            public Integer next() { return i++ * 10; }
        };
        while (it.hasNext()) System.out.print(it.next() + " ");
        System.out.println();

        List<Integer> squares = Stream.of(1, 2, 3).map(x -> x * x).collect(Collectors.toList());
        System.out.println(squares);
        List<String> strsOf = Stream.of(3, 1, 2).sorted().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
        System.out.println(strsOf);
        Map<Boolean, Long> parity = IntStream.rangeClosed(1, 7).boxed()
            .collect(Collectors.partitioningBy(i -> i % 2 == 0, Collectors.counting()));
        System.out.println(parity);
        more(args);
        shapes();
        lambdasForVariables();
    }

    // ---- more shapes: three-argument collect, curried lambdas, varargs of lambdas, conditionals as arguments ----
    record Person2(String name, int age) {}
    static <T> String show(T x) { return "<" + x + ">"; }
    static void more(String[] args) {
        boolean c = args.length == 0;
        System.out.println(Collections.<Integer>emptyList() + " " + Stream.of(1, 2).map(String::valueOf).collect(Collectors.joining("+")));
        System.out.println(Stream.of(1, 'c', "s").map(Object::toString).collect(Collectors.toList()));
        Integer[] ia = Arrays.asList(1, 2).toArray(new Integer[0]);
        System.out.println(ia.length);
        System.out.println(show(c ? 1 : 2.0) + show(c ? "a" : 1) + show(c ? null : 3));
        Map<Integer, Integer> mx = Stream.of(3, 13, 5, 25).collect(Collectors.toMap(i -> i % 10, i -> i, Integer::max, TreeMap::new));
        System.out.println(mx);
        Map<String, Integer> m3 = Stream.of("k", "l").collect(HashMap::new, (mm, x) -> mm.put(x, 1), HashMap::putAll);
        System.out.println(new TreeMap<>(m3));
        ArrayList<String> al = Stream.of("p", "q").collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(al);
        StringBuilder sbc = Stream.of("r", "s").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append);
        System.out.println(sbc);
        System.out.println(IntStream.range(0, 7).boxed().collect(Collectors.groupingBy(i -> i % 3)));
        List<Person2> ps = new ArrayList<>(List.of(new Person2("b", 1), new Person2("a", 2)));
        ps.sort(Comparator.comparing((Person2 p) -> p.name()).reversed());
        System.out.println(ps.get(0).name());
        System.out.println(Stream.of("ab", "c").collect(Collectors.collectingAndThen(Collectors.joining(), String::length)));
        TreeMap<String, Integer> rev = new TreeMap<String, Integer>(Comparator.reverseOrder());
        rev.put("a", 1); rev.put("b", 2);
        System.out.println(rev);
        Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
        System.out.println(adder.apply(2).apply(3));
        Supplier<Supplier<String>> ss = () -> () -> "deep";
        System.out.println(ss.get().get());
        BiFunction<Integer, String, List<String>> rep = Collections::nCopies;
        System.out.println(rep.apply(2, "z"));
        Function<List<String>, Stream<String>> st = List::stream;
        System.out.println(st.apply(List.of("m")).count());
        Optional<Optional<String>> oo = Optional.of(Optional.of("in"));
        System.out.println(oo.flatMap(Function.identity()).orElse("none"));
        List<Supplier<Integer>> sups = List.of(() -> 1, () -> 2);
        System.out.println(sups.stream().map(Supplier::get).reduce(0, Integer::sum));
        Map<String, Function<Integer, Integer>> ops = new LinkedHashMap<>();
        ops.put("dbl", x -> x * 2);
        ops.put("neg", x -> -x);
        ops.forEach((k, f) -> System.out.print(k + "=" + f.apply(5) + " "));
        System.out.println();
        System.out.println(Stream.of("a", "bb").collect(Collectors.toMap(s -> s, String::length)).values().stream().mapToInt(i -> i).sum());
        List<int[]> pairs = List.of(new int[] {1, 2}, new int[] {3, 4});
        System.out.println(pairs.stream().mapToInt(p -> p[0] * p[1]).sum());
        Map<String, List<Person2>> byName = ps.stream().collect(Collectors.groupingBy(Person2::name));
        System.out.println(byName.get("a").get(0).age());
        System.out.println(ps.stream().sorted(Comparator.comparing(Person2::age, Comparator.reverseOrder())).map(Person2::name).toList());
        System.out.println(ps.stream().anyMatch(p -> p.age() > 1) + " " + ps.stream().map(Person2::age).max(Integer::compare).get());
    }

    // ---- shapes ----
    interface Shape { double area(); }
    record Sq(double s) implements Shape { public double area() { return s * s; } }
    record Ci(double r) implements Shape { public double area() { return 3 * r * r; } }
    static <T extends Shape> T biggest(List<T> l) { return Collections.max(l, Comparator.comparingDouble(Shape::area)); }
    @SafeVarargs
    static <T> List<T> listOf(T... xs) { return new ArrayList<>(Arrays.asList(xs)); }
    static <A, B, C> Function<A, C> composed(Function<A, B> f, Function<B, C> g) { return f.andThen(g); }
    static <T> Optional<T> findIn(Iterable<T> it, Predicate<? super T> p) { for (T t : it) if (p.test(t)) return Optional.of(t); return Optional.empty(); }
    static void shapes() {
        List<Shape> shapes = listOf(new Sq(2), new Ci(1));
        System.out.println(biggest(shapes).area());
        Sq s = biggest(List.of(new Sq(1), new Sq(3)));
        System.out.println(s.s());
        List<Shape> mixed = List.of(new Sq(1), new Ci(2));
        System.out.println(mixed.stream().map(Shape::area).collect(Collectors.toList()));
        var inferred = listOf(new Sq(1), new Ci(2));
        System.out.println(inferred.size() + " " + inferred.get(1).area());
        Function<String, Integer> len = composed(String::trim, String::length);
        System.out.println(len.apply("  ab "));
        System.out.println(composed((Integer x) -> x * 2, x -> "n" + x).apply(4));
        System.out.println(findIn(List.of(1, 5, 9), x -> x > 3).orElse(-1) + " " + findIn(Set.of("q"), String::isEmpty).isPresent());
        Map<String, Supplier<Shape>> makers = Map.of("sq", () -> new Sq(1));
        System.out.println(makers.get("sq").get().area());
        List<? extends Shape> ro = List.of(new Ci(1));
        Shape first = ro.get(0);
        System.out.println(first.area() + " " + biggest(new ArrayList<>(ro)).area());
        double total = Stream.of(new Sq(1), new Ci(1)).mapToDouble(Shape::area).sum();
        System.out.println(total);
        Map<Class<?>, Long> byKind = mixed.stream().collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        System.out.println(byKind.get(Sq.class) + " " + byKind.get(Ci.class));
        List<Runnable> rs = new ArrayList<>();
        for (int i = 0; i < 2; i++) { int j = i; rs.add(() -> System.out.print(j)); }
        rs.forEach(Runnable::run);
        System.out.println();
        Comparator<Shape> byArea = Comparator.comparingDouble(Shape::area);
        System.out.println(Stream.of(new Sq(3), new Ci(1)).sorted(byArea.reversed()).findFirst().get());
        System.out.println(Stream.of(new Sq(3), new Ci(1)).max(byArea).map(Shape::area).orElse(0.0));
    }

    // ---- lambdasForVariables ----
    static <T> T same(T x) { return x; }
    static void lambdasForVariables() {
        Optional<Supplier<Integer>> os = Optional.of(() -> 7);
        System.out.println(os.get().get());
        Runnable r = Objects.requireNonNull(() -> System.out.println("ran"));
        r.run();
        Function<Integer, Integer> f = same(x -> x + 1);
        System.out.println(f.apply(1));
        Map<String, Function<String, String>> m0 = Map.of("up", String::toUpperCase, "rev", s -> new StringBuilder(s).reverse().toString());
        Map<String, Function<String, String>> m = new TreeMap<>(m0);
        m.forEach((k, g) -> System.out.println(k + " " + g.apply("abc")));
        Supplier<Runnable> sr = () -> () -> System.out.println("inner");
        sr.get().run();
    }
}
