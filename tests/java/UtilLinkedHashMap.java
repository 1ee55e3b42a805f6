// LinkedHashMap in insertion and access order, an LRU cache made with
// removeEldestEntry, LinkedHashSet order, and their views.
import java.util.*;

public class UtilLinkedHashMap {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) System.out.println("  evict " + eldest.getKey() + "=" + eldest.getValue());
            return evict;
        }
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> m = new LinkedHashMap<>();
        String[] words = {"pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "grape", "lemon", "mango", "olive", "peach", "plum"};
        for (int i = 0; i < words.length; i++) m.put(words[i], i);
        System.out.println(m);
        HashMap<String, Integer> h = new HashMap<>(m);
        System.out.println("hash order " + h);
        System.out.println("equal " + m.equals(h) + " " + h.equals(m) + " " + (m.hashCode() == h.hashCode()));
        m.put("apple", 100);            // no reordering in insertion order
        m.remove("fig");
        m.put("fig", 7);                // goes to the end
        System.out.println(m);
        System.out.println(m.keySet());
        System.out.println(m.values());
        System.out.println(m.entrySet());
        System.out.println(m.getOrDefault("none", -1) + " " + m.get("kiwi") + " " + m.containsValue(100));

        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() % 2 == 0) it.remove();
            else e.setValue(e.getValue() * 10);
        }
        System.out.println("odd x10 " + m);
        m.keySet().remove("date");
        System.out.println("size " + m.size() + " " + m);
        m.merge("kiwi", 5, Integer::sum);
        m.merge("zucchini", 1, Integer::sum);
        m.putIfAbsent("apple", 0);
        m.computeIfAbsent("avocado", k -> k.length());
        System.out.println(m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k.charAt(0)).append(v).append(' '));
        System.out.println(sb);

        // access order: get and put move an entry to the end
        LinkedHashMap<Integer, String> a = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 1; i <= 5; i++) a.put(i, "v" + i);
        a.get(2);
        a.get(4);
        a.put(1, "one");
        a.getOrDefault(3, "x");
        System.out.println("access order " + a);
        a.get(99);
        System.out.println("after a miss " + a.keySet());

        Lru<String, Integer> cache = new Lru<>(3);
        String[] requests = {"a", "b", "c", "a", "d", "b", "e", "a", "c"};
        for (String r : requests) {
            Integer hit = cache.get(r);
            if (hit == null) {
                System.out.println("miss " + r);
                cache.put(r, r.charAt(0) - 'a');
            } else {
                System.out.println("hit " + r + " -> " + hit);
            }
            System.out.println("  cache " + cache);
        }

        // an anonymous subclass keeping at most two entries (insertion order)
        LinkedHashMap<Integer, Integer> two = new LinkedHashMap<Integer, Integer>() {
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> e) { return size() > 2; }
        };
        for (int i = 0; i < 6; i++) {
            two.put(i % 4, i);
            System.out.println("two " + two);
        }

        // get in access order is a structural change: iterating while reading fails
        try {
            for (Integer k : a.keySet()) a.get(k);
        } catch (ConcurrentModificationException e) {
            System.out.println("caught " + e);
        }

        LinkedHashSet<Character> seen = new LinkedHashSet<>();
        for (char c : "mississippi river".toCharArray()) seen.add(c);
        System.out.println(seen + " " + seen.size() + " " + seen.contains('s') + " " + seen.contains('z'));
        seen.remove('i');
        seen.add('i');
        System.out.println(seen);
        HashSet<Character> plain = new HashSet<>(seen);
        System.out.println(plain.equals(seen) + " " + seen.equals(plain) + " " + (plain.hashCode() == seen.hashCode()));
        LinkedHashSet<Integer> nums = new LinkedHashSet<>(Arrays.asList(5, 3, 9, 3, 1, 5));
        System.out.println(nums);
        m.clear();
        System.out.println(m + " " + m.isEmpty());
        m.put("again", 1);
        System.out.println(m);
    }
}
