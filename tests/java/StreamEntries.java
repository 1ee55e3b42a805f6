import java.util.*;
import java.util.stream.*;
public class StreamEntries {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] ws = "b a c b a b d".split(" ");
        for (String w : ws) m.merge(w, 1, Integer::sum);
        System.out.println(m.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).collect(Collectors.toList()));
        System.out.println(m.entrySet().stream().sorted(Map.Entry.comparingByKey()).collect(Collectors.toList()));
        System.out.println(m.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(2).collect(Collectors.toList()));
        System.out.println(m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).collect(Collectors.toList()));
        List<Map.Entry<String, Integer>> es = new ArrayList<>(m.entrySet());
        es.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        System.out.println(es);
    }
}
