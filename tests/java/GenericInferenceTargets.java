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
    }
}
