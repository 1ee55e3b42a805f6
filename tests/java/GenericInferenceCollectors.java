import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class GenericInferenceCollectors {
    record Person(String name, String city, int age) {}

    static <T> T identity(T t) { return t; }
    static <T extends Comparable<? super T>> T maxOf(Collection<? extends T> c) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) { T x = it.next(); if (x.compareTo(best) > 0) best = x; }
        return best;
    }

    public static void main(String[] args) {
        List<Person> people = List.of(
            new Person("Ann", "Oslo", 31), new Person("Bob", "Rome", 25),
            new Person("Cid", "Oslo", 40), new Person("Dee", "Rome", 25),
            new Person("Eve", "Lima", 19));

        Map<String, List<String>> namesByCity = people.stream()
            .collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(namesByCity);

        Map<String, Long> counts = people.stream()
            .collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.counting()));
        System.out.println(counts);

        Map<String, Integer> oldest = people.stream()
            .collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.collectingAndThen(
                    Collectors.maxBy(Comparator.comparingInt(Person::age)),
                    o -> o.map(Person::age).orElse(-1))));
        System.out.println(oldest);

        Map<String, Integer> ageByName = people.stream()
            .collect(Collectors.toMap(Person::name, Person::age));
        System.out.println(new TreeMap<>(ageByName));

        Map<Integer, String> namesByAge = people.stream()
            .collect(Collectors.toMap(Person::age, Person::name, (x, y) -> x + "+" + y, TreeMap::new));
        System.out.println(namesByAge);

        double avg = people.stream().collect(Collectors.teeing(
            Collectors.summingInt(Person::age),
            Collectors.counting(),
            (sum, n) -> (double) sum / n));
        System.out.println(avg);

        String range = people.stream().collect(Collectors.teeing(
            Collectors.minBy(Comparator.comparing(Person::name)),
            Collectors.maxBy(Comparator.comparing(Person::name)),
            (lo, hi) -> lo.get().name() + ".." + hi.get().name()));
        System.out.println(range);

        List<String> unmod = people.stream().map(Person::name)
            .collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList));
        System.out.println(unmod);

        Map<Boolean, Set<String>> parts = people.stream()
            .collect(Collectors.partitioningBy(p -> p.age() >= 30,
                Collectors.mapping(Person::city, Collectors.toCollection(TreeSet::new))));
        System.out.println(parts);

        Map<String, Map<Integer, List<String>>> twoLevel = people.stream()
            .collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.groupingBy(Person::age, TreeMap::new,
                    Collectors.mapping(p -> p.name().toLowerCase(), Collectors.toList()))));
        System.out.println(twoLevel);

        String joined = people.stream()
            .collect(Collectors.mapping(Person::name, Collectors.joining("|", "<", ">")));
        System.out.println(joined);

        Map<String, String> longest = people.stream()
            .collect(Collectors.toMap(Person::city, Person::name,
                BinaryOperator.maxBy(Comparator.naturalOrder()), TreeMap::new));
        System.out.println(longest);

        List<Integer> lens = Stream.of("aa", "b", "cccc")
            .map(GenericInferenceCollectors::identity)
            .map(String::length)
            .collect(Collectors.toList());
        System.out.println(lens);

        Set<String> ids = Stream.of("x", "y", "x").map(GenericInferenceCollectors::<String>identity)
            .collect(Collectors.toCollection(LinkedHashSet::new));
        System.out.println(ids);

        System.out.println(maxOf(Arrays.asList(3, 9, 4)));
        System.out.println(maxOf(people.stream().map(Person::name).collect(Collectors.toSet())));
        System.out.println(Collections.max(lens) + " " + Collections.min(ids));

        Map<String, Integer> scores = new HashMap<>(Map.of("p", 3, "q", 9, "r", 1));
        List<Map.Entry<String, Integer>> es = new ArrayList<>(scores.entrySet());
        es.sort(Map.Entry.comparingByValue());
        System.out.println(es);
        es.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        System.out.println(es);
        es.sort(Map.Entry.comparingByKey());
        System.out.println(es);
        String top = scores.entrySet().stream()
            .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("none");
        System.out.println(top);
        List<String> byVal = scores.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(Map.Entry::getKey).collect(Collectors.toList());
        System.out.println(byVal);
        more();
    }

    // ---- more shapes: wildcard-typed helpers, suppliers of collections, nested streams ----
    static <T> void forEachIndexed(List<T> l, BiConsumer<Integer, ? super T> f) { for (int i = 0; i < l.size(); i++) f.accept(i, l.get(i)); }
    static double sum(Collection<? extends Number> c) { double s = 0; for (Number n : c) s += n.doubleValue(); return s; }
    static <T, R extends Collection<T>> R into(Stream<T> s, Supplier<R> mk) { R r = mk.get(); s.forEach(r::add); return r; }
    static <K, V> Map<V, K> invert(Map<? extends K, ? extends V> m) {
        Map<V, K> r = new TreeMap<>();
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) r.put(e.getValue(), e.getKey());
        return r;
    }
    static <T> T last(List<? extends T> l) { return l.get(l.size() - 1); }
    static void more() {
        Map<String, List<String>> m = Map.of("a", List.of("x"));
        System.out.println(m);
        var xs = List.of(1, 2);
        int tot = 0;
        for (var x : xs) tot += x;
        System.out.println(tot);
        Map<String, Integer> tm = new TreeMap<>(Map.of("p", 1, "q", 2));
        for (var e : tm.entrySet()) System.out.print(e.getKey() + e.getValue() + " ");
        System.out.println();
        List<Map.Entry<String, Integer>> le = new ArrayList<>(tm.entrySet());
        System.out.println(le);
        System.out.println(Collections.unmodifiableMap(new HashMap<>(tm)));
        System.out.println(new TreeMap<>(Stream.of(1, 2, 3).collect(Collectors.toMap(i -> i, i -> List.of(i)))));
        Set<Integer> hs = new HashSet<>(Arrays.asList(1, 2, 2));
        System.out.println(hs);
        forEachIndexed(List.of("a", "b"), (i, s) -> System.out.print(i + s + " "));
        System.out.println();
        System.out.println(sum(List.of(1, 2.5)) + " " + sum(new HashSet<>(List.of(3L))));
        TreeSet<String> ts = into(Stream.of("b", "a"), TreeSet::new);
        System.out.println(ts.first());
        ArrayDeque<Integer> dq = into(Stream.of(1, 2), ArrayDeque::new);
        System.out.println(dq.peekLast());
        System.out.println(invert(Map.of("one", 1, "two", 2)));
        Set<String> set = new TreeSet<>();
        Collections.addAll(set, "z", "y");
        System.out.println(set);
        String[] arr = {"ccc", "a", "bb"};
        Arrays.sort(arr, Comparator.comparing(String::length));
        System.out.println(Arrays.toString(arr));
        System.out.println(Collections.singletonMap("k", 1) + " " + new TreeMap<>(Map.ofEntries(Map.entry("e", 5), Map.entry("d", 4))));
        Integer li = last(List.of(1, 2, 3));
        Number ln = last(new ArrayList<Double>(List.of(1.5)));
        System.out.println(li + ln.intValue());
        List<List<Integer>> grid = IntStream.range(0, 3).mapToObj(r -> IntStream.range(0, 3).map(c -> r * c).boxed().collect(Collectors.toList())).collect(Collectors.toList());
        System.out.println(grid);
        int[][] g2 = grid.stream().map(row -> row.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        System.out.println(g2[2][2]);
        Map<Character, Integer> firsts = Stream.of("apple", "avocado", "banana").collect(Collectors.groupingBy(s -> s.charAt(0), TreeMap::new, Collectors.summingInt(String::length)));
        System.out.println(firsts);
        Optional<Map.Entry<Character, Integer>> best = firsts.entrySet().stream().max(Comparator.comparing(Map.Entry::getValue));
        System.out.println(best.get().getKey());
    }
}
