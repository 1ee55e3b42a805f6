import java.util.*;

// HashMap bins that reach 8 entries: the table grows while under 64, then
// the bin becomes a red-black tree whose shape decides the iteration order
// (the root first, a new entry after its tree parent).  Keys with equal
// hash codes: Integers in one bucket, Strings made of "Aa"/"BB" (equal
// String hashes), a Comparable key class with one hash, mixed key classes.
public class HashMapTreeBins {
    static final class Key implements Comparable<Key> {
        final int id;
        Key(int id) { this.id = id; }
        public int hashCode() { return 42; }
        public boolean equals(Object o) { return o instanceof Key && ((Key) o).id == id; }
        public int compareTo(Key o) { return Integer.compare(id, o.id); }
        public String toString() { return "K" + id; }
    }

    static String collide(int bits, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bits; i++) b.append(((n >> i) & 1) == 0 ? "Aa" : "BB");
        return b.toString();
    }

    public static void main(String[] args) {
        Map<Integer, Integer> ints = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            ints.put(i * 64, i);
            if (i % 4 == 3) System.out.println(ints.keySet());
        }
        for (int i = 0; i < 40; i += 3) ints.remove(i * 64);
        System.out.println(ints);
        for (Iterator<Integer> it = ints.keySet().iterator(); it.hasNext();) if (it.next() % 5 == 0) it.remove();
        System.out.println(ints);
        for (int i = 100; i < 140; i++) ints.put(i * 64, i);
        System.out.println(ints.keySet());
        while (ints.size() > 3) {
            ints.remove(ints.keySet().iterator().next());
            if (ints.size() % 7 == 0) System.out.println(ints.keySet());
        }

        Map<String, Integer> strings = new HashMap<>();
        for (int n = 0; n < 64; n++) strings.put(collide(6, n ^ 21), n);
        System.out.println(strings);
        System.out.println(strings.get(collide(6, 7)) + " " + strings.containsKey(collide(5, 1)) + " " + strings.size());
        for (int n = 0; n < 64; n += 5) strings.remove(collide(6, n));
        System.out.println(strings.keySet());

        Map<Key, String> keys = new HashMap<>();
        int[] order = {50, 3, 77, 12, 90, 1, 64, 33, 8, 41, 99, 27, 5, 60, 18, 72, 36, 2, 84, 47};
        for (int id : order) {
            keys.put(new Key(id), "v" + id);
            System.out.println(keys.keySet());
        }
        for (int i = 0; i < order.length; i += 2) keys.remove(new Key(order[i]));
        System.out.println(keys);
        keys.merge(new Key(1000), "m", String::concat);
        keys.merge(new Key(1), "+", String::concat);
        keys.computeIfAbsent(new Key(-5), k -> "c" + k);
        System.out.println(keys);

        Map<Object, String> mixed = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            mixed.put(i * 64, "i");
            mixed.put((long) (i * 64), "l");
        }
        System.out.println(mixed);

        Map<Integer, Integer> merged = new HashMap<>();
        for (int i = 0; i < 30; i++) merged.merge(i * 128, 1, Integer::sum);
        for (int i = 0; i < 30; i++) merged.computeIfAbsent(i * 128 + 64, k -> k / 64);
        System.out.println(merged);

        Set<Integer> set = new HashSet<>();
        for (int i = 0; i < 30; i++) set.add(i << 10);
        set.removeIf(x -> (x >> 10) % 3 == 0);
        System.out.println(set);

        LinkedHashMap<Integer, Integer> linked = new LinkedHashMap<>(16, 0.75f, true);
        for (int i = 29; i >= 0; i--) linked.put(i * 64, i);
        linked.get(640);
        linked.get(0);
        for (int i = 0; i < 30; i += 4) linked.remove(i * 64);
        System.out.println(linked);
        Map<Integer, Integer> copy = new HashMap<>(linked);
        System.out.println(copy);
        System.out.println(copy.equals(linked) + " " + copy.hashCode() + " " + linked.hashCode());
    }
}
