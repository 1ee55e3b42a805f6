import java.util.*;
public class CollectionsMap {
    public static void main(String[] args) {
        Map<String, String> m = new HashMap<>();
        String[] words = { "the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "and", "the", "cat" };
        for (String w : words) m.put(w, w + w.length());
        System.out.println(m);
        System.out.println(m.size() + " " + m.get("fox") + " " + m.get("zzz") + " " + m.containsKey("dog") + " " + m.getOrDefault("q", "none"));
        for (Map.Entry<String, String> e : m.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
        System.out.println(m.keySet() + " " + m.values());
        m.remove("the"); m.remove("nothing");
        System.out.println(m);
        Set<String> s = new HashSet<>();
        for (String w : words) s.add(w);
        System.out.println(s + " " + s.contains("fox") + " " + s.size());
        HashMap<String, String> big = new HashMap<>();
        for (int i = 0; i < 100; i++) big.put("k" + i, "v" + (i * 7 % 13));
        System.out.println(big.keySet());
        Map<String, String> counts = new HashMap<>();
        for (String w : words) counts.merge(w, "I", (a, b) -> a + b);
        System.out.println(counts);
        m.forEach((k, v) -> System.out.print(k + v.length() + ","));
        System.out.println();
    }
}
