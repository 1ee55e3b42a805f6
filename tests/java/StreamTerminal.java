import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamTerminal {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<String> words = Arrays.asList("pear", "fig", "apple", "kiwi", "banana", "date");

        System.out.println(words.stream().reduce("", (a, b) -> a + b.charAt(0)));
        System.out.println(words.stream().map(String::length).reduce(Integer::sum));
        System.out.println(Stream.<Integer>empty().reduce(Integer::sum));
        System.out.println(words.stream().reduce(0, (acc, w) -> acc + w.length(), Integer::sum));
        System.out.println(words.stream().min(Comparator.naturalOrder()).get());
        System.out.println(words.stream().max(Comparator.comparing(String::length)).get());
        System.out.println(words.stream().min(Comparator.comparing(String::length)).get());
        System.out.println(Stream.<String>empty().max(Comparator.naturalOrder()));
        System.out.println(words.stream().count() + " " + Stream.empty().count());
        System.out.println(words.stream().findFirst() + " " + words.stream().findAny().isPresent());
        System.out.println(Stream.empty().findFirst());
        System.out.println(Stream.empty().anyMatch(x -> true) + " " + Stream.empty().allMatch(x -> false) + " "
                           + Stream.empty().noneMatch(x -> true));

        Object[] arr = words.stream().filter(w -> w.length() > 3).toArray();
        System.out.println(arr.length + " " + Arrays.toString(arr));
        String[] sarr = words.stream().sorted().toArray(String[]::new);
        System.out.println(sarr.length + " " + Arrays.toString(sarr));
        Integer[] lens = words.stream().map(String::length).toArray(n -> { System.out.println("generator " + n); return new Integer[n]; });
        System.out.println(Arrays.toString(lens));

        ArrayList<String> collected = words.stream().collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(collected);
        StringBuilder sb = words.stream().collect(StringBuilder::new, (b, w) -> b.append(w.charAt(0)), StringBuilder::append);
        System.out.println(sb);

        List<String> tl = words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).toList();
        System.out.println(tl);
        attempt("toList add", () -> tl.add("x"));
        System.out.println(Stream.of("a", null, "b").toList());

        words.stream().filter(w -> w.contains("a")).forEach(w -> System.out.print(w + ";"));
        System.out.println();
        words.stream().forEachOrdered(w -> System.out.print(w.length()));
        System.out.println();

        Iterator<String> it = Stream.of("x", "y").iterator();
        while (it.hasNext()) System.out.print(it.next());
        System.out.println();
        attempt("iterator past end", () -> it.next());

        // reuse
        Stream<String> s = words.stream();
        s.count();
        attempt("reuse terminal", () -> s.count());
        Stream<String> s2 = words.stream();
        s2.filter(w -> true);
        attempt("reuse intermediate", () -> s2.map(w -> w));
        Stream<String> s3 = words.stream();
        s3.close();
        attempt("after close", () -> s3.forEach(w -> {}));
        Stream<String> s4 = words.stream();
        s4.iterator();
        attempt("after iterator", () -> s4.findFirst());
        attempt("onClose after use", () -> { Stream<String> t = Stream.of("a"); t.count(); t.onClose(() -> {}); });
        Stream<String> s5 = Stream.of("q");
        Stream<String> s6 = s5.skip(0);
        System.out.println("skip(0) same: " + (s5 == s6) + " " + s6.count());
        IntStream is = IntStream.range(0, 3);
        is.sum();
        attempt("int reuse", () -> is.max());

        // argument checks
        attempt("limit(-1)", () -> Stream.of(1).limit(-1));
        attempt("skip(-2)", () -> Stream.of(1).skip(-2));
        attempt("filter(null)", () -> Stream.of(1).filter(null));
        attempt("findFirst null", () -> Stream.of((String) null).findFirst());
        attempt("reduce to null", () -> Stream.of("a", "b").reduce((a, b) -> null));
        attempt("sorted null", () -> Stream.of("b", null, "a").sorted().count());
        attempt("exception in map", () -> Stream.of("1", "x").map(Integer::parseInt).forEach(System.out::println));
        attempt("Arrays.stream range", () -> Arrays.stream(new String[3], 2, 1));
        attempt("Arrays.stream neg", () -> Arrays.stream(new int[3], -1, 2));
        attempt("Arrays.stream end", () -> Arrays.stream(new double[3], 0, 4));

        // Arrays.stream and ranges
        String[] letters = {"a", "b", "c", "d", "e"};
        System.out.println(Arrays.stream(letters, 1, 4).collect(Collectors.joining("|")));
        System.out.println(Arrays.stream(letters).skip(3).collect(Collectors.toList()));

        // maps' views
        Map<String, Integer> m = new HashMap<>();
        for (String w : words) m.put(w, w.length());
        System.out.println(m.entrySet().stream().filter(e -> e.getValue() > 4).map(Map.Entry::getKey).sorted().collect(Collectors.toList()));
        System.out.println(m.keySet().stream().mapToInt(String::length).sum());
        System.out.println(m.values().stream().mapToInt(Integer::intValue).max().getAsInt());
        TreeMap<String, Integer> tm = new TreeMap<>(m);
        System.out.println(tm.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}")));

        // Stream.of single, ofNullable, empty with ops
        System.out.println(Stream.of(42).map(x -> x + 1).toList());
        System.out.println(Stream.ofNullable(null).count() + " " + Stream.ofNullable("z").count());
        System.out.println(Stream.<Integer>empty().sorted().map(x -> x * 2).collect(Collectors.toList()));
        System.out.println(Stream.iterate(1, x -> x <= 1000, x -> x * 10).map(String::valueOf).collect(Collectors.joining("-")));
        System.out.println(Stream.concat(Stream.of(1, 2), Stream.of(3)).count());
        System.out.println(Stream.concat(Stream.empty(), Stream.of("only")).toList());
        System.out.println(Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(x -> x * x).toList());
        System.out.println(Stream.of("a,b", "c").flatMap(x -> x.equals("c") ? null : Arrays.stream(x.split(","))).toList());
        System.out.println(Stream.of(5, 4, 3).parallel().isParallel() + " " + Stream.of(1).sequential().count());
    }
}
