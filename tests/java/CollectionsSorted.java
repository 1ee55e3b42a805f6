import java.util.*;
public class CollectionsSorted {
    public static void main(String[] args) {
        TreeMap<String, String> m = new TreeMap<>();
        String[] words = { "pear", "apple", "fig", "kiwi", "banana", "cherry", "apple", "date" };
        for (String w : words) m.merge(w, "*", (a, b) -> a + b);
        System.out.println(m + " " + m.size() + " " + m.firstKey() + " " + m.lastKey());
        System.out.println(m.ceilingKey("c") + " " + m.floorKey("c") + " " + m.higherKey("fig") + " " + m.lowerKey("apple") + " " + m.get("apple"));
        for (Map.Entry<String, String> e : m.entrySet()) System.out.print(e.getKey().charAt(0) + e.getValue());
        System.out.println();
        m.remove("fig"); m.remove("none");
        System.out.println(m.keySet() + " " + m.values() + " " + m.pollFirstEntry() + " " + m);
        TreeMap<String, String> rev = new TreeMap<>((a, b) -> b.compareTo(a));
        for (String w : words) rev.put(w, w.toUpperCase());
        System.out.println(rev);
        TreeSet<String> s = new TreeSet<>();
        for (String w : words) s.add(w);
        System.out.println(s + " " + s.first() + " " + s.last() + " " + s.ceiling("c") + " " + s.contains("kiwi") + " " + s.pollFirst() + " " + s);
        TreeSet<String> big = new TreeSet<>();
        for (int i = 0; i < 2000; i++) big.add("k" + (i * 7919 % 2003));
        System.out.println(big.size() + " " + big.first() + " " + big.last() + " " + big.higher("k1000"));
        int n = 0; String prev = "";
        for (String x : big) { if (x.compareTo(prev) <= 0) n++; prev = x; }
        System.out.println("out of order: " + n);
    }
}
