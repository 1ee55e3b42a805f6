import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class GenericInferenceShapes {
    static final class Box<T> {
        final T value;
        Box(T value) { this.value = value; }
        static <T> Box<T> of(T v) { return new Box<>(v); }
        <R> Box<R> map(Function<? super T, ? extends R> f) { return new Box<>(f.apply(value)); }
        <R> Box<R> flatMap(Function<? super T, Box<R>> f) { return f.apply(value); }
        T orElse(T other) { return value == null ? other : value; }
        public String toString() { return "Box(" + value + ")"; }
    }
    static final class Pair<A, B> {
        final A a; final B b;
        private Pair(A a, B b) { this.a = a; this.b = b; }
        static <A, B> Pair<A, B> of(A a, B b) { return new Pair<>(a, b); }
        <C> Pair<A, C> withSecond(C c) { return of(a, c); }
        Pair<B, A> swap() { return of(b, a); }
        public String toString() { return "(" + a + ", " + b + ")"; }
    }
    static class Animal implements Comparable<Animal> {
        final int rank;
        Animal(int rank) { this.rank = rank; }
        public int compareTo(Animal o) { return Integer.compare(rank, o.rank); }
        public String toString() { return getClass().getSimpleName() + rank; }
    }
    static class Dog extends Animal { Dog(int r) { super(r); } }

    static <T extends Comparable<? super T>> void sortIt(List<T> l) { Collections.sort(l); }
    static <T extends Comparable<? super T>> T maxOf(Collection<? extends T> c) { return Collections.max(c); }
    static void reverseAny(List<?> l) { reverseHelper(l); }
    static <T> void reverseHelper(List<T> l) {
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) { T t = l.get(i); l.set(i, l.get(j)); l.set(j, t); }
    }
    static <K, V extends Comparable<? super V>> K argMax(Map<K, V> m) {
        return m.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
    static <T, R> List<R> mapAll(Collection<? extends T> c, Function<? super T, ? extends R> f) {
        List<R> r = new ArrayList<>();
        for (T t : c) r.add(f.apply(t));
        return r;
    }
    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }

    public static void main(String[] args) {
        Box<Integer> len = Box.of("hello").map(String::length);
        System.out.println(len + " " + (len.value + 1));
        Box<String> s = new Box<>(3).map(x -> x * 2).map(x -> "v" + x);
        System.out.println(s);
        System.out.println(Box.of(4).flatMap(x -> Box.of(x + 0.5)).orElse(0.0));
        Pair<String, Integer> p = Pair.of("a", 1);
        Pair<Integer, String> q = p.swap();
        Pair<String, List<String>> r = p.withSecond(List.of("z"));
        System.out.println(p + " " + q + " " + r + " " + (q.a + 1) + " " + r.b.get(0).length());
        Map<String, Pair<Integer, Double>> table = new TreeMap<>();
        table.put("x", Pair.of(1, 2.0));
        System.out.println(table);

        List<Dog> dogs = new ArrayList<>(List.of(new Dog(3), new Dog(1), new Dog(2)));
        sortIt(dogs);
        System.out.println(dogs + " " + maxOf(dogs));
        Animal top = maxOf(dogs);
        Dog topDog = Collections.max(dogs);
        System.out.println(top + " " + topDog + " " + Collections.min(dogs, Comparator.reverseOrder()));
        reverseAny(dogs);
        System.out.println(dogs);

        Map<String, Integer> votes = new HashMap<>();
        for (String v : "a b a c b a".split(" ")) votes.merge(v, 1, Integer::sum);
        System.out.println(argMax(votes) + " " + argMax(new HashMap<String, Double>()));

        List<Integer> lens = mapAll(List.of("one", "three"), String::length);
        List<Object> objs = mapAll(Set.of(5), i -> i * 2);
        System.out.println(lens + " " + objs);

        int sum = Stream.of(1, 2, 3, 4).reduce(0, Integer::sum);
        Optional<String> longest = Stream.of("bb", "a", "ccc").reduce((x, y) -> x.length() >= y.length() ? x : y);
        System.out.println(sum + " " + longest.get());
        List<Integer> flat = Stream.of(List.of(1, 2), List.of(3)).flatMap(List::stream).collect(Collectors.toList());
        System.out.println(flat);
        List<Integer> flat2 = Stream.of(List.of(1, 2), List.of(3)).flatMap(l -> l.stream().map(x -> x * 10)).toList();
        System.out.println(flat2);
        Map<String, Integer> lengths = Stream.of("aa", "b").collect(Collectors.toMap(Function.identity(), String::length));
        System.out.println(new TreeMap<>(lengths));
        List<Integer> pow = Stream.iterate(1, x -> x * 2).limit(6).collect(Collectors.toList());
        System.out.println(pow);
        Stream<Number> mixed = Stream.concat(Stream.of(1, 2), Stream.of(2.5));
        System.out.println(mixed.map(Number::doubleValue).reduce(0.0, Double::sum));
        IntSummaryStatistics st = Stream.of("a", "bbb", "cc").collect(Collectors.summarizingInt(String::length));
        System.out.println(st.getMax() + " " + st.getSum());
        Map<Integer, Integer> sumByLen = Stream.of("a", "bb", "cc", "d")
            .collect(Collectors.groupingBy(String::length, Collectors.summingInt(x -> x.charAt(0))));
        System.out.println(sumByLen);
        Map<Integer, Optional<String>> red = Stream.of("a", "bb", "cc")
            .collect(Collectors.groupingBy(String::length, Collectors.reducing((x, y) -> x + y)));
        System.out.println(red);
        Function<Integer, Integer> inc = Function.<Integer>identity().andThen(x -> x + 1);
        Function<Integer, String> incs = inc.andThen(String::valueOf).compose(x -> x * 3);
        System.out.println(inc.apply(1) + " " + incs.apply(2));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println(add.andThen(x -> x * x).apply(2, 3));
        Supplier<Map<String, List<Integer>>> mk = TreeMap::new;
        Map<String, List<Integer>> made = mk.get();
        made.computeIfAbsent("k", k -> new ArrayList<>()).add(1);
        System.out.println(made);

        boolean cond = args.length == 0;
        List<String> pick = cond ? Collections.emptyList() : List.of("a");
        System.out.println(pick.size());
        String nn = firstNonNull(null, "fallback");
        System.out.println(nn.length() + " " + Objects.requireNonNullElse(null, "d") + " " + Objects.requireNonNullElseGet((String) null, () -> "g"));
        Integer[] boxed = IntStream.range(0, 3).boxed().toArray(Integer[]::new);
        System.out.println(Arrays.toString(boxed));
        String[] up = Stream.of("x", "y").map(String::toUpperCase).toArray(String[]::new);
        System.out.println(String.join("", up));
        List<String> sorted = new ArrayList<>(List.of("b", "a", "c"));
        Collections.sort(sorted, Collections.reverseOrder());
        System.out.println(sorted);
        UnaryOperator<String> twice = x -> x + x;
        System.out.println(Stream.of("a").map(twice).findFirst().orElseThrow());
        more(args);
    }

    // ---- more shapes: builders with recursive bounds, nested wildcards, target typing in lambdas ----
    enum Hue { RED, GREEN, BLUE }
    static abstract class Builder<T extends Builder<T>> {
        final StringBuilder sb = new StringBuilder();
        abstract T self();
        T add(String s) { sb.append(s).append(';'); return self(); }
    }
    static final class PB extends Builder<PB> {
        PB self() { return this; }
        PB bold() { sb.append("B;"); return this; }
    }
    static <T, K> Map<K, List<T>> groupBy(Collection<T> c, Function<? super T, ? extends K> f) {
        Map<K, List<T>> m = new TreeMap<>();
        for (T t : c) m.computeIfAbsent(f.apply(t), k -> new ArrayList<>()).add(t);
        return m;
    }
    static <T> List<T> concatAll(List<? extends List<? extends T>> ls) {
        List<T> r = new ArrayList<>();
        for (List<? extends T> l : ls) r.addAll(l);
        return r;
    }
    static <T> void printAll(String label, Collection<? extends T> c, Function<? super T, String> f) {
        StringBuilder sb = new StringBuilder(label).append(':');
        for (T t : c) sb.append(' ').append(f.apply(t));
        System.out.println(sb);
    }
    static <T> Predicate<T> negated(Predicate<T> p) { return p.negate(); }

    static void more(String[] args) {
        System.out.println(new PB().add("a").bold().add("c").sb);
        List<String> names = List.of("kiwi", "fig", "apple", "plum", "date");
        System.out.println(groupBy(names, String::length));
        System.out.println(groupBy(List.of(3, 14, 15, 92), i -> i % 2 == 0 ? "even" : "odd"));
        List<Number> cat = concatAll(List.of(List.of(1, 2), List.of(3.5)));
        System.out.println(cat);
        List<CharSequence> cs = concatAll(List.of(List.of("x"), List.of(new StringBuilder("y"))));
        System.out.println(cs);
        printAll("lens", names, s -> s + "=" + s.length());
        printAll("nums", List.of(1, 2.5), n -> String.valueOf(n.intValue()));
        System.out.println(names.stream().filter(negated(s -> s.length() > 3)).collect(Collectors.toList()));
        System.out.println(names.stream().filter(Predicate.not(String::isEmpty)).count());
        System.out.println(names.stream().filter(Predicate.isEqual("fig")).count() + " " + Stream.of("a", null).filter(Predicate.isEqual(null)).count());

        System.out.println(Collections.<String>emptyList().size() + " " + Arrays.asList(new Integer[] {1, 2}).get(1));
        String[] arr = {"q", "r"};
        System.out.println(Stream.of(arr).map(String::toUpperCase).collect(Collectors.joining()));
        System.out.println(Arrays.stream(arr).collect(Collectors.toList()));
        List<? extends Number> ln = List.of(1, 2.0);
        System.out.println(ln.get(1).doubleValue() + ln.get(0).intValue());

        Map<String, Integer> src = new LinkedHashMap<>();
        src.put("b", 2); src.put("a", 1); src.put("c", 3);
        Map<String, Integer> copy = src.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new));
        System.out.println(copy);
        Map<String, Long> freq = Stream.of("a", "b", "a").collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println(freq);
        List<String> byLen = new ArrayList<>(names);
        byLen.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println(byLen);
        byLen.sort(Comparator.<String, Integer>comparing(s -> s.length()).reversed().thenComparing(Function.identity()));
        System.out.println(byLen);
        String[] asArr = byLen.toArray(new String[0]);
        System.out.println(asArr.length + asArr[0]);
        Map<String, List<Integer>> ml = new HashMap<>();
        ml.put("k", List.of(1, 2));
        System.out.println(Optional.ofNullable(ml.get("k")).map(List::size).orElse(0) + " "
            + Optional.ofNullable(ml.get("z")).map(List::size).orElse(0));
        EnumMap<Hue, List<String>> em = new EnumMap<>(Hue.class);
        em.computeIfAbsent(Hue.GREEN, c -> new ArrayList<>()).add("leaf");
        em.put(Hue.RED, new ArrayList<>(List.of("rose")));
        System.out.println(em);
        Stream<List<Integer>> sl = Stream.of(List.of(1), List.of(2, 3));
        System.out.println(sl.mapToInt(List::size).sum());
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println(Stream.of("4", "5").map(parse.andThen(x -> x * 2)).collect(Collectors.toList()));
        Supplier<List<String>> s1 = () -> new ArrayList<>();
        Supplier<List<String>> s2 = ArrayList::new;
        List<String> l1 = s1.get();
        l1.add("one");
        System.out.println(l1 + " " + s2.get());
        Function<Integer, List<Integer>> rep = n -> n > 2 ? Collections.nCopies(n, n) : List.of();
        System.out.println(rep.apply(3) + " " + rep.apply(1));
        List<String> picked = IntStream.range(0, names.size()).filter(i -> i % 2 == 0).mapToObj(names::get).collect(Collectors.toList());
        System.out.println(picked);
        System.out.println(Stream.generate(() -> "x").limit(3).collect(Collectors.joining("-")));
        BinaryOperator<Integer> mx = BinaryOperator.minBy(Comparator.reverseOrder());
        System.out.println(mx.apply(3, 9));
        Map<Boolean, List<Integer>> parts = Stream.of(5, 6, 7).collect(Collectors.partitioningBy(x -> x > 5));
        System.out.println(parts.get(true) + " " + parts.get(false));
        TreeMap<Integer, Set<String>> inv = new TreeMap<>(Comparator.reverseOrder());
        for (String n : names) inv.computeIfAbsent(n.length(), k -> new TreeSet<>()).add(n);
        System.out.println(inv + " " + inv.firstEntry().getValue().iterator().next());
    }
}
