import java.util.*;

public class HashtableForEachOrder {
    public static void main(String[] args) {
        Hashtable<Integer, String> t = new Hashtable<>();
        for (int k : new int[] {3, 14, 25, 7, 0, 11, 22, 40, 1}) t.put(k, "v" + k);
        System.out.println(t);
        StringBuilder order = new StringBuilder();
        t.forEach((k, v) -> order.append(k).append(' '));
        System.out.println(order.toString().trim());
        t.replaceAll((k, v) -> v + (k % 2 == 0 ? "e" : "o"));
        t.forEach((k, v) -> System.out.print(v + ","));
        System.out.println();
        for (int k = 100; k < 130; k += 3) t.put(k, "r" + k);   /* grows (rehash) */
        List<Integer> keys = new ArrayList<>();
        t.forEach((k, v) -> keys.add(k));
        System.out.println(keys + " " + t.keySet());
        try {
            t.forEach((k, v) -> { if (k == 25) t.put(99, "x"); });
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + t.containsKey(99));
        }
        try { t.replaceAll((k, v) -> null); } catch (NullPointerException e) { System.out.println("NPE from replaceAll"); }
        try { t.forEach(null); } catch (NullPointerException e) { System.out.println("NPE from forEach"); }
        Map<String, Integer> words = new Hashtable<>();
        for (String w : "to be or not to be that is the question".split(" ")) words.merge(w, 1, Integer::sum);
        words.forEach((w, c) -> System.out.print(w + "=" + c + " "));
        System.out.println();
        System.out.println(words);
    }
}
