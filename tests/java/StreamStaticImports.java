import static java.util.Arrays.stream;
import static java.util.stream.Collectors.*;

import java.util.*;
import java.util.stream.*;

// Collectors and Arrays.stream through static imports: generic methods
// inferred from their arguments and targets, nested collectors typed by
// the parameter they are passed to.
public class StreamStaticImports {
    public static void main(String[] args) {
        int[] a = {3, 4, 10};
        System.out.println(stream(a).sum() + " " + stream(a, 1, 3).max().getAsInt());
        String[] s = {"x", "yy", "x"};
        System.out.println(stream(s).distinct().count() + " " + stream(s).collect(toList()));
        List<String> w = List.of("aa", "b", "cc", "ddd");
        Map<Integer, Long> m = w.stream().collect(groupingBy(x -> x.length(), counting()));
        System.out.println(m);
        System.out.println(w.stream().collect(joining("-", "<", ">")));
        Map<Integer, List<String>> g = w.stream().collect(groupingBy(String::length, TreeMap::new, mapping(x -> x.toUpperCase(), toList())));
        System.out.println(g);
        System.out.println(w.stream().collect(partitioningBy(x -> x.length() > 1, mapping(x -> x.charAt(0), toSet()))));
        System.out.println(w.stream().collect(toMap(x -> x, x -> x.length())));
        int tens = w.stream().collect(collectingAndThen(toList(), l -> l.size() * 10));
        System.out.println(tens);
        System.out.println(w.stream().collect(summingInt(x -> x.length())) + " " + w.stream().collect(averagingDouble(x -> x.length() / 2.0)));
    }
}
