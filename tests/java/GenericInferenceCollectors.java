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
    }
}
