import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamPrograms {
    record Order(String customer, String item, int qty, double price) {
        double total() { return qty * price; }
    }

    enum Color { RED, GREEN, BLUE }

    public static void main(String[] args) {
        // word frequencies, most frequent first, ties alphabetical
        String text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs";
        Map<String, Long> freq = Arrays.stream(text.split(" ")).collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        System.out.println(freq);
        List<String> top = freq.entrySet().stream()
            .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : Long.compare(b.getValue(), a.getValue()))
            .limit(4)
            .map(e -> e.getKey() + ":" + e.getValue())
            .collect(Collectors.toList());
        System.out.println(top);
        Map<Integer, Set<String>> byLen = Arrays.stream(text.split(" ")).collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toCollection(TreeSet::new)));
        System.out.println(byLen);

        // orders
        List<Order> orders = List.of(
            new Order("ann", "pen", 3, 1.25), new Order("bob", "ink", 1, 7.5), new Order("ann", "pad", 2, 3.1),
            new Order("cy", "pen", 10, 1.2), new Order("bob", "pen", 1, 1.25), new Order("cy", "ink", 2, 7.0));
        Map<String, Double> spend = orders.stream().collect(Collectors.groupingBy(Order::customer, TreeMap::new, Collectors.summingDouble(Order::total)));
        System.out.println(spend);
        Optional<Order> biggest = orders.stream().max(Comparator.comparingDouble(Order::total));
        System.out.println(biggest.map(Order::customer).orElse("none"));
        System.out.println(orders.stream().sorted(Comparator.comparing(Order::customer).thenComparing(Order::qty, Comparator.reverseOrder()))
            .map(o -> o.customer() + "/" + o.item() + "/" + o.qty()).collect(Collectors.joining(", ")));
        System.out.println(orders.stream().mapToInt(Order::qty).summaryStatistics());
        System.out.println(orders.stream().mapToDouble(Order::total).sum());
        System.out.println(orders.stream().map(Order::item).distinct().sorted().collect(Collectors.joining("|", "[", "]")));
        Map<Boolean, Long> bigSmall = orders.stream().collect(Collectors.partitioningBy(o -> o.total() > 5, Collectors.counting()));
        System.out.println(bigSmall);
        Map<String, List<String>> itemsBy = orders.stream().collect(Collectors.groupingBy(Order::customer, LinkedHashMap::new, Collectors.mapping(Order::item, Collectors.toList())));
        System.out.println(itemsBy);

        // primes and number games
        System.out.println(IntStream.rangeClosed(2, 50).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).boxed().collect(Collectors.toList()));
        System.out.println(Stream.iterate(new long[] {0, 1}, f -> new long[] {f[1], f[0] + f[1]}).limit(15).map(f -> f[0]).map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> IntStream.rangeClosed(1, i).mapToObj(Integer::toString).collect(Collectors.joining(""))).collect(Collectors.toList()));
        int[][] grid = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        System.out.println(Arrays.stream(grid).flatMapToInt(Arrays::stream).sum() + " " + Arrays.stream(grid).mapToInt(r -> r[r.length - 1]).max().getAsInt());
        System.out.println(Arrays.stream(grid).map(r -> Arrays.stream(r).mapToObj(String::valueOf).collect(Collectors.joining(","))).collect(Collectors.joining(";")));
        double[] ds = IntStream.range(0, 5).mapToDouble(i -> i / 4.0).toArray();
        System.out.println(Arrays.toString(ds) + " " + Arrays.stream(ds).average().getAsDouble());
        System.out.println(Stream.of(Color.values()).map(Color::name).map(String::toLowerCase).collect(Collectors.toList()));
        EnumMap<Color, Integer> em = Stream.of(Color.values()).collect(Collectors.toMap(c -> c, Color::ordinal, (a, b) -> a, () -> new EnumMap<>(Color.class)));
        System.out.println(em);

        // a stream of chars
        String s = "Mississippi";
        Map<Character, Long> chars = s.chars().mapToObj(c -> (char) c).collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        System.out.println(chars);
        System.out.println(s.chars().filter(Character::isUpperCase).count() + " " + s.toLowerCase().chars().distinct().count());

        // builder, flatMap closing inner streams
        Stream.Builder<String> b = Stream.builder();
        b.add("one").add("two");
        b.accept("three");
        System.out.println(b.build().map(String::length).collect(Collectors.toList()));
        try {
            b.add("four");
        } catch (IllegalStateException e) {
            System.out.println("builder: " + e);
        }
        System.out.println(Stream.of(1, 2).flatMap(i -> Stream.of(i, i * 10).onClose(() -> System.out.println("closed inner " + i))).collect(Collectors.toList()));

        // exceptions from lambdas propagate; later elements are not reached
        List<String> seen = new ArrayList<>();
        try {
            Stream.of("4", "2", "0", "5").peek(seen::add).map(x -> 8 / Integer.parseInt(x)).forEach(x -> seen.add("=" + x));
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage() + " after " + seen);
        }

        // an infinite stream's iterator
        Iterator<Integer> evens = Stream.iterate(0, i -> i + 2).iterator();
        System.out.println(evens.next() + " " + evens.next() + " " + evens.next());
        PrimitiveIterator.OfInt odd = IntStream.iterate(1, i -> i + 2).iterator();
        System.out.println(odd.next() + odd.nextInt());

        // custom collector with characteristics
        Collector<Integer, int[], Integer> sumSq = Collector.of(() -> new int[1], (a, x) -> a[0] += x * x, (a, c) -> { a[0] += c[0]; return a; }, a -> a[0]);
        System.out.println(Stream.of(1, 2, 3).collect(sumSq) + " " + sumSq.characteristics());
        Collector<String, ?, TreeSet<String>> sorted = Collector.of(TreeSet::new, TreeSet::add, (x, y) -> { x.addAll(y); return x; }, Collector.Characteristics.IDENTITY_FINISH, Collector.Characteristics.UNORDERED);
        System.out.println(Stream.of("b", "c", "a").collect(sorted));

        // toArray of primitive streams of every kind, and boxing round trips
        System.out.println(Arrays.toString(LongStream.rangeClosed(1, 4).map(x -> x * x).toArray()));
        System.out.println(IntStream.of(3, 1, 2).boxed().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).boxed().collect(Collectors.toList()));
        List<Integer> nums = IntStream.range(0, 20).boxed().collect(Collectors.toList());
        System.out.println(nums.stream().filter(n -> n % 3 == 0).mapToInt(n -> n).sum() + " " + nums.parallelStream().count());
        Set<Integer> hs = new HashSet<>(List.of(40, 3, 17, 100, 64, 5));
        System.out.println(hs.stream().map(x -> x + 1).collect(Collectors.toList()));
        Deque<String> dq = new ArrayDeque<>(List.of("a", "b", "c"));
        System.out.println(dq.stream().skip(1).findFirst().get() + " " + new PriorityQueue<>(List.of(5, 1, 3)).stream().collect(Collectors.toList()));
    }
}
