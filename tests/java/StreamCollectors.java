import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamCollectors {
    record Person(String name, String city, int age, double salary) {}

    static void attempt(String label, Supplier<Object> r) {
        try {
            System.out.println(label + ": " + r.get());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<Person> people = List.of(
            new Person("Ann", "Oslo", 31, 5200.5), new Person("Bob", "Rome", 25, 3100.0),
            new Person("Cid", "Oslo", 42, 6100.25), new Person("Dee", "Lima", 25, 2900.75),
            new Person("Eve", "Rome", 37, 4400.0), new Person("Fay", "Kyiv", 19, 1800.0),
            new Person("Gus", "Oslo", 25, 3900.0));
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha", "foxtrot", "golf", "hotel", "india", "juliet");

        System.out.println(words.stream().collect(Collectors.toList()));
        System.out.println(words.stream().collect(Collectors.toSet()));
        TreeSet<String> ts = words.stream().collect(Collectors.toCollection(TreeSet::new));
        System.out.println(ts);
        ArrayDeque<String> dq = words.stream().collect(Collectors.toCollection(ArrayDeque::new));
        System.out.println(dq);
        System.out.println(words.stream().collect(Collectors.toUnmodifiableList()));
        attempt("unmodifiable add", () -> words.stream().collect(Collectors.toUnmodifiableList()).add("x"));
        attempt("unmodifiable null", () -> Stream.of("a", null).collect(Collectors.toUnmodifiableList()));

        System.out.println(words.stream().collect(Collectors.joining()));
        System.out.println(words.stream().collect(Collectors.joining(", ")));
        System.out.println(words.stream().collect(Collectors.joining(", ", "<", ">")));
        System.out.println(Stream.<String>empty().collect(Collectors.joining(", ", "<", ">")));
        System.out.println(Stream.of("x", null).collect(Collectors.joining("/")));

        // toMap
        System.out.println(people.stream().collect(Collectors.toMap(Person::name, Person::age)));
        attempt("toMap duplicate", () -> people.stream().collect(Collectors.toMap(Person::city, Person::name)));
        attempt("toMap dup ints", () -> Stream.of(1, 2, 11).collect(Collectors.toMap(i -> i % 10, i -> i * 100)));
        attempt("toMap null value", () -> Stream.of("a").collect(Collectors.toMap(s -> s, s -> null)));
        System.out.println(people.stream().collect(Collectors.toMap(Person::city, Person::name, (a, b) -> a + "&" + b)));
        TreeMap<String, Integer> cityCount = people.stream().collect(Collectors.toMap(Person::city, p -> 1, Integer::sum, TreeMap::new));
        System.out.println(cityCount);
        Map<Integer, String> linked = people.stream().collect(Collectors.toMap(Person::age, Person::name, (a, b) -> b, LinkedHashMap::new));
        System.out.println(linked.getClass().getSimpleName() + " " + linked);

        // groupingBy
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city)));
        System.out.println(words.stream().collect(Collectors.groupingBy(String::length)));
        System.out.println(words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.counting())));
        TreeMap<Integer, String> byAge = people.stream().collect(Collectors.groupingBy(Person::age, TreeMap::new, Collectors.mapping(Person::name, Collectors.joining("|"))));
        System.out.println(byAge);
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.averagingInt(Person::age))));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.summingDouble(Person::salary))));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.maxBy(Comparator.comparingDouble(Person::salary)))));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.toSet())).keySet());
        System.out.println(people.stream().collect(Collectors.groupingBy(p -> p.age() / 10 * 10, Collectors.groupingBy(Person::city, Collectors.counting()))));
        attempt("groupingBy null key", () -> Stream.of("a", "b").collect(Collectors.groupingBy(s -> s.equals("b") ? null : s)));

        // partitioningBy
        Map<Boolean, List<Person>> parts = people.stream().collect(Collectors.partitioningBy(p -> p.age() > 30));
        System.out.println(parts);
        System.out.println(parts.get(true).size() + " " + parts.get(false).size() + " " + parts.containsKey(true) + " " + parts.keySet() + " " + parts.size());
        System.out.println(words.stream().collect(Collectors.partitioningBy(w -> w.length() > 4, Collectors.counting())));
        System.out.println(Stream.<String>empty().collect(Collectors.partitioningBy(w -> w.isEmpty())));

        // numeric collectors
        System.out.println(people.stream().collect(Collectors.counting()));
        System.out.println(people.stream().collect(Collectors.summingInt(Person::age)));
        System.out.println(people.stream().collect(Collectors.summingLong(p -> (long) p.age() * 1000000000L)));
        System.out.println(people.stream().collect(Collectors.summingDouble(Person::salary)));
        System.out.println(Stream.of(0.1, 0.2, 0.3).collect(Collectors.summingDouble(x -> x)));
        System.out.println(Stream.of(1e100, 1.0, -1e100, 0.5).collect(Collectors.summingDouble(x -> x)));
        System.out.println(people.stream().collect(Collectors.averagingInt(Person::age)));
        System.out.println(people.stream().collect(Collectors.averagingLong(p -> (long) p.age())));
        System.out.println(people.stream().collect(Collectors.averagingDouble(Person::salary)));
        System.out.println(Stream.<Person>empty().collect(Collectors.averagingDouble(Person::salary)));
        System.out.println(Stream.<Person>empty().collect(Collectors.averagingInt(Person::age)));
        System.out.println(people.stream().collect(Collectors.summarizingInt(Person::age)));
        System.out.println(people.stream().collect(Collectors.summarizingLong(Person::age)));
        System.out.println(people.stream().collect(Collectors.summarizingDouble(Person::salary)));

        // min/max, reducing
        System.out.println(people.stream().collect(Collectors.minBy(Comparator.comparingInt(Person::age))).map(Person::name));
        System.out.println(people.stream().collect(Collectors.maxBy(Comparator.comparingInt(Person::age))).get().name());
        System.out.println(Stream.<Person>empty().collect(Collectors.minBy(Comparator.comparingInt(Person::age))));
        System.out.println(people.stream().map(Person::age).collect(Collectors.reducing(0, Integer::sum)));
        System.out.println(people.stream().map(Person::age).collect(Collectors.reducing(Integer::max)));
        System.out.println(people.stream().collect(Collectors.reducing(0, Person::age, Integer::sum)));
        System.out.println(Stream.<Integer>empty().collect(Collectors.reducing(Integer::max)));

        // mapping, filtering, flatMapping, collectingAndThen
        System.out.println(people.stream().collect(Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.filtering(p -> p.age() > 26, Collectors.mapping(Person::name, Collectors.toList())))));
        System.out.println(Stream.of("a b", "c", "d e f").collect(Collectors.flatMapping(s -> Arrays.stream(s.split(" ")), Collectors.toList())));
        int size = people.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size));
        System.out.println(size);
        List<String> names = people.stream().map(Person::name).collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList));
        attempt("collectingAndThen unmodifiable", () -> names.add("Zed"));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.collectingAndThen(Collectors.counting(), Long::intValue))));

        // Collector.of and the order of its calls
        Collector<String, StringBuilder, String> custom = Collector.of(
            () -> { System.out.println("supplier"); return new StringBuilder(); },
            (sb, s) -> { System.out.println("accumulate " + s); sb.append(s); },
            (a, b) -> a.append(b),
            sb -> { System.out.println("finish"); return sb.reverse().toString(); });
        System.out.println(Stream.of("ab", "cd").peek(s -> System.out.println("peek " + s)).collect(custom));
        System.out.println(Stream.of("b", "a").peek(s -> System.out.println("peek " + s)).sorted().collect(custom));
        Collector<String, List<String>, List<String>> idc = Collector.of(ArrayList::new, List::add, (a, b) -> { a.addAll(b); return a; });
        System.out.println(Stream.of("p", "q").collect(idc) + " " + idc.characteristics());
        System.out.println(Collectors.toList().characteristics() + " " + Collectors.joining().characteristics() + " " + Collectors.toSet().characteristics());
    }
}
