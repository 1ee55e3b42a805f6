import java.util.*;
import java.util.function.*;
public class MissingMembers {
    public static void main(String[] args) {
        List<String> w = new ArrayList<>(List.of("b", "A", "c"));
        System.out.print("x" + System.lineSeparator());                  // not in Lime's library
        System.out.println(Objects.hash(1, 2));                          // not in Lime's library
        System.out.println(String.join(",", w));                         // no suitable method join(String,List<String>)
        System.out.println(w.toArray(new String[0]).length);             // no suitable method toArray(String[])
        w.sort(String.CASE_INSENSITIVE_ORDER);                           // not in Lime's library
        w.sort(Comparator.naturalOrder());                               // not in Lime's library
        w.sort(Comparator.comparingInt(s -> s.length()));                // "Comparator.comparingInt(<null>) is Java's but not in Lime's library"
        System.out.println(BinaryOperator.minBy(Comparator.<Integer>naturalOrder()).apply(3, 2));  // cannot find symbol minBy
        DoubleUnaryOperator sq = x -> x * x;
        System.out.println(sq.andThen(Math::sqrt).applyAsDouble(-3));     // cannot find symbol andThen
        List<Map.Entry<String, Integer>> es = new ArrayList<>(Map.of("a", 2, "b", 1).entrySet());
        es.sort(Map.Entry.comparingByValue());                           // cannot find symbol comparingByValue
        System.out.println(w + " " + es + " " + Arrays.deepToString(new int[][] { { 1 } }) + Character.getNumericValue('7') + Character.forDigit(11, 16) + Math.addExact(1, 2) + Math.toIntExact(3L) + new TreeSet<>(w).headSet("b"));
    }
}
