import java.util.*;
import java.util.stream.*;
public class StreamTeeing {
    public static void main(String[] args) {
        List<Integer> l = List.of(4, 8, 15, 16, 23, 42);
        String r = l.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(x -> x), (n, s) -> n + "/" + s));
        System.out.println(r);
        double avg = l.stream().collect(Collectors.teeing(Collectors.summingDouble(x -> x), Collectors.counting(), (s, n) -> s / n));
        System.out.println(avg);
        Map<Integer, Integer> um = l.stream().collect(Collectors.toUnmodifiableMap(x -> x % 5, x -> x, Integer::sum));
        System.out.println(um.get(3) + " " + um.size());
        try { um.put(1, 1); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { l.stream().collect(Collectors.toUnmodifiableMap(x -> x % 2, x -> x)); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        Map<Integer, Integer> one = Stream.of(7).collect(Collectors.toUnmodifiableMap(x -> x, x -> x * 2));
        System.out.println(one);
    }
}
