import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;

/* ConcurrentHashMap's iteration order (its own table: sizes, spread hash,
 * resize splitting, tree bins) and its members, compared with the JVM's. */
public class ConcurrentHashMapOrder {
    static int digest(Iterable<?> keys) {
        int h = 1;
        for (Object k : keys) h = h * 31 + k.hashCode();
        return h;
    }
    static String head(Iterable<?> keys, int n) {
        StringBuilder sb = new StringBuilder();
        for (Object k : keys) {
            if (n-- == 0) break;
            sb.append(k).append(' ');
        }
        return sb.toString();
    }
    static void npe(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        /* the capacity each constructor asks for decides the order of these keys */
        int[] caps = {0, 1, 2, 3, 10, 11, 12, 16, 24, 25, 48, 100};
        for (int c : caps) {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>(c);
            for (int i = 0; i < 9; i++) m.put(i * 37 + 5, i);
            System.out.println("cap " + c + " " + m);
        }
        ConcurrentHashMap<Integer, Integer> lf = new ConcurrentHashMap<>(16, 0.5f);
        ConcurrentHashMap<Integer, Integer> cl = new ConcurrentHashMap<>(4, 0.75f, 40);
        for (int i = 0; i < 9; i++) {
            lf.put(i * 37 + 5, i);
            cl.put(i * 37 + 5, i);
        }
        System.out.println("lf " + lf + " cl " + cl);
        for (int n : new int[] {1, 5, 11, 12, 13, 24, 33, 100}) {
            Map<Integer, Integer> h = new HashMap<>();
            for (int i = 0; i < n; i++) h.put(i * 61 + 3, i);
            ConcurrentHashMap<Integer, Integer> copy = new ConcurrentHashMap<>(h);
            ConcurrentHashMap<Integer, Integer> all = new ConcurrentHashMap<>();
            all.putAll(h);
            System.out.println("copy " + n + " " + head(copy.keySet(), 12) + "| " + head(all.keySet(), 12));
        }
        npe("ctor -1", () -> new ConcurrentHashMap<String, String>(-1));
        npe("ctor lf 0", () -> new ConcurrentHashMap<String, String>(4, 0f));
        npe("ctor cl 0", () -> new ConcurrentHashMap<String, String>(4, 0.75f, 0));

        /* growth one key at a time: order after each resize */
        ConcurrentHashMap<Integer, String> g = new ConcurrentHashMap<>();
        for (int i = 0; i < 60; i++) {
            g.put(i * 17 + (i % 3) * 1000, "v" + i);
            if (i == 10 || i == 11 || i == 12 || i == 23 || i == 24 || i == 47 || i == 48 || i == 59) System.out.println(i + " " + g.keySet());
        }

        /* colliding keys: many in one bin, then resizes split it; the order in
         * each half after a transfer is not HashMap's */
        ConcurrentHashMap<Integer, Integer> c = new ConcurrentHashMap<>(64);
        HashMap<Integer, Integer> hm = new HashMap<>(64);
        for (int k : new int[] {64 * 3, 64, 64 * 6, 64 * 2, 64 * 7, 0, 64 * 5})  { c.put(k, k); hm.put(k, k); }
        System.out.println("coll " + c.keySet() + " hashmap " + hm.keySet());
        for (int i = 0; i < 60; i++) { c.put(1000 + i, i); hm.put(1000 + i, i); }
        System.out.println("coll after resize " + head(c.keySet(), 14) + "| hashmap " + head(hm.keySet(), 14));
        ConcurrentHashMap<Integer, Integer> runs = new ConcurrentHashMap<>();
        for (int k : new int[] {16, 0, 48, 32, 80, 64, 96, 112, 1, 17}) runs.put(k, k);
        for (int i = 0; i < 3; i++) runs.put(200 + i, i);
        System.out.println("runs " + runs.keySet());

        /* tree bins: a bin of 9 in a small table grows the table (to 128);
         * in a table of 64 or more it becomes a tree, whose chain takes new
         * keys at its front */
        ConcurrentHashMap<Integer, Integer> t = new ConcurrentHashMap<>();
        for (int i = 0; i < 9; i++) t.put(i * 1024, i);
        System.out.println("tree small " + t.keySet());
        ConcurrentHashMap<Integer, Integer> tb = new ConcurrentHashMap<>(100);
        for (int i = 0; i < 30; i++) tb.put(i * 4096, i);
        System.out.println("tree " + tb.keySet());
        tb.putIfAbsent(77 * 4096, 1);
        tb.computeIfAbsent(78 * 4096, k -> 2);
        tb.merge(79 * 4096, 3, Integer::sum);
        tb.compute(80 * 4096, (k, v) -> 4);
        System.out.println("tree more " + head(tb.keySet(), 6));
        for (int i = 0; i < 30; i += 2) tb.remove(i * 4096);
        System.out.println("tree removed " + tb.keySet());
        for (int i = 0; i < 30; i++) tb.remove(i * 4096 + 1);
        for (int i = 1; i < 30; i += 2) {
            if (i > 22) tb.remove(i * 4096);
        }
        tb.put(99 * 4096, 9);
        tb.put(98 * 4096, 9);
        System.out.println("tree untreeified " + tb.keySet());
        /* strings of one hash: the tree orders by compareTo, the chain does not */
        ConcurrentHashMap<String, Integer> s = new ConcurrentHashMap<>(128);
        String[] ab = {"Aa", "BB"};
        int n = 0;
        for (int i = 0; i < 32; i++) {
            String k = ab[i & 1] + ab[(i >> 1) & 1] + ab[(i >> 2) & 1] + ab[(i >> 3) & 1] + ab[(i >> 4) & 1];
            s.put(k, n++);
        }
        System.out.println("same hash " + s.keySet());
        for (int i = 0; i < 32; i += 3) {
            String k = ab[i & 1] + ab[(i >> 1) & 1] + ab[(i >> 2) & 1] + ab[(i >> 3) & 1] + ab[(i >> 4) & 1];
            s.remove(k);
        }
        s.put("x", 1);
        System.out.println("same hash removed " + s);
        /* a tree bin split by resizes */
        for (int i = 0; i < 200; i++) tb.put(i * 4096 + 7 * (i % 5), i);
        System.out.println("tree split " + digest(tb.keySet()) + " " + head(tb.keySet(), 20));

        /* 10,000 keys */
        ConcurrentHashMap<Integer, Integer> big = new ConcurrentHashMap<>();
        HashMap<Integer, Integer> bigh = new HashMap<>();
        for (int i = 0; i < 10000; i++) {
            int k = (int) ((i * 2654435761L) >>> 7) ^ (i << 20);
            big.put(k, i);
            bigh.put(k, i);
        }
        System.out.println("big " + big.size() + " " + digest(big.keySet()) + " " + digest(big.values()) + " " + head(big.keySet(), 10));
        System.out.println("big equals hashmap " + big.equals(bigh) + " " + bigh.equals(big) + " " + (big.hashCode() == bigh.hashCode()));
        ConcurrentHashMap<String, Integer> words = new ConcurrentHashMap<>();
        for (int i = 0; i < 10000; i++) words.merge("w" + (i * 7 % 3001), 1, Integer::sum);
        System.out.println("words " + words.size() + " " + digest(words.keySet()) + " " + head(words.entrySet(), 8));
        for (int i = 0; i < 3001; i += 2) words.remove("w" + i);
        System.out.println("words removed " + words.mappingCount() + " " + digest(words.keySet()));

        /* changing the map while iterating: no ConcurrentModificationException,
         * and an iterator made before a resize goes on in the new table */
        ConcurrentHashMap<Integer, Integer> it = new ConcurrentHashMap<>();
        for (int i = 0; i < 10; i++) it.put(i * 5, i);
        StringBuilder seen = new StringBuilder();
        for (Integer k : it.keySet()) {
            seen.append(k).append(' ');
            if (k < 100) it.put(k + 101, 0);
        }
        System.out.println("grown while iterating: " + seen + "| " + it.size());
        seen.setLength(0);
        Iterator<Map.Entry<Integer, Integer>> ei = it.entrySet().iterator();
        while (ei.hasNext()) {
            Map.Entry<Integer, Integer> e = ei.next();
            seen.append(e).append(' ');
            if (e.getKey() % 2 == 0) ei.remove();
            else e.setValue(e.getValue() + 1000);
        }
        System.out.println("removed while iterating: " + seen + "| " + it);

        /* members */
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        System.out.println(m.isEmpty() + " " + m + " " + m.size() + " " + m.get("a") + " " + m.getOrDefault("a", -1));
        m.put("one", 1);
        m.put("two", 2);
        m.put("three", 3);
        System.out.println(m.put("one", 11) + " " + m.putIfAbsent("one", 111) + " " + m.putIfAbsent("four", 4) + " " + m);
        System.out.println(m.replace("two", 22) + " " + m.replace("zzz", 1) + " " + m.replace("two", 2, 222) + " " + m.replace("two", 22, 2222) + " " + m);
        System.out.println(m.remove("four", 5) + " " + m.remove("four", 4) + " " + m.remove("nope") + " " + m.remove("three") + " " + m);
        System.out.println(m.computeIfAbsent("five", String::length) + " " + m.computeIfAbsent("five", k -> 0) + " " + m.computeIfAbsent("six", k -> null));
        System.out.println(m.computeIfPresent("five", (k, v) -> v * 10) + " " + m.computeIfPresent("seven", (k, v) -> 1) + " " + m.computeIfPresent("five", (k, v) -> null) + " " + m);
        System.out.println(m.compute("one", (k, v) -> v == null ? 0 : v + 1) + " " + m.compute("eight", (k, v) -> v == null ? 8 : v) + " " + m.compute("eight", (k, v) -> null) + " " + m.compute("nine", (k, v) -> null) + " " + m);
        System.out.println(m.merge("one", 5, Integer::sum) + " " + m.merge("ten", 10, Integer::sum) + " " + m.merge("ten", 1, (a, b) -> null) + " " + m);
        System.out.println(m.containsKey("one") + " " + m.containsKey("ten") + " " + m.containsValue(2222) + " " + m.contains(17) + " " + m.mappingCount());
        m.replaceAll((k, v) -> v + k.length());
        System.out.println(m + " " + m.hashCode() + " " + m.keySet().hashCode() + " " + m.entrySet().hashCode());
        StringBuilder fe = new StringBuilder();
        m.forEach((k, v) -> fe.append(k).append(':').append(v).append(' '));
        System.out.println(fe);
        Enumeration<String> en = m.keys();
        while (en.hasMoreElements()) System.out.print(en.nextElement() + " ");
        Enumeration<Integer> el = m.elements();
        while (el.hasMoreElements()) System.out.print(el.nextElement() + " ");
        System.out.println();
        Map<String, Integer> same = new TreeMap<>(m);
        System.out.println(m.equals(same) + " " + same.equals(m) + " " + m.equals(new HashMap<>()) + " " + m.keySet().equals(same.keySet()) + " " + m.entrySet().equals(same.entrySet()));
        Map<String, Integer> withNull = new HashMap<>(m);
        withNull.put("one", null);
        System.out.println(m.equals(withNull) + " " + m.equals("x"));
        System.out.println(m.keySet() + " " + m.values() + " " + m.entrySet());
        System.out.println((m.keySet() == m.keySet()) + " " + (m.values() == m.values()) + " " + (m.entrySet() == m.entrySet()) + " " + (m.keySet(1) == m.keySet(1)));
        System.out.println(m.keySet().contains("one") + " " + m.values().contains(2225) + " " + m.entrySet().contains(Map.entry("one", 17)) + " " + m.entrySet().contains(new AbstractMap.SimpleEntry<>("one", 1)));
        System.out.println(m.values().remove(2225) + " " + m.keySet().remove("one") + " " + m.entrySet().remove(Map.entry("ten", 0)) + " " + m);
        npe("keySet().add", () -> m.keySet().add("z"));
        npe("values().add", () -> m.values().add(1));
        ConcurrentHashMap.KeySetView<String, Integer> kv = m.keySet(0);
        System.out.println(kv.add("zero") + " " + kv.add("zero") + " " + kv.getMappedValue() + " " + kv.getMap() + " " + (kv.getMap() == m));
        System.out.println(m.entrySet().add(Map.entry("e", 5)) + " " + m);
        Set<String> ks = ConcurrentHashMap.newKeySet();
        for (String w : "delta alpha charlie bravo echo alpha foxtrot golf hotel india juliet kilo lima".split(" ")) ks.add(w);
        System.out.println(ks + " " + ks.size() + " " + ks.contains("echo") + " " + ks.remove("echo") + " " + ks.remove("echo"));
        Set<Integer> ks2 = ConcurrentHashMap.newKeySet(64);
        for (int i = 0; i < 20; i++) ks2.add(i * 13);
        System.out.println(ks2);
        Iterator<String> ki = m.keySet().iterator();
        npe("iterator remove before next", () -> ki.remove());
        m.clear();
        System.out.println(m + " " + m.isEmpty() + " " + m.size() + " " + ki.hasNext());
        npe("next at end", () -> ki.next());

        /* no null keys or values */
        npe("put null key", () -> m.put(null, 1));
        npe("put null value", () -> m.put("a", null));
        npe("get null", () -> m.get(null));
        npe("containsKey null", () -> m.containsKey(null));
        npe("containsValue null", () -> m.containsValue(null));
        npe("remove null", () -> m.remove(null));
        npe("remove null value", () -> System.out.println(m.remove("a", null)));
        npe("putIfAbsent null", () -> m.putIfAbsent("a", null));
        npe("merge null", () -> m.merge("a", null, Integer::sum));
        npe("computeIfAbsent null key", () -> m.computeIfAbsent(null, k -> 1));
        npe("compute null fn", () -> m.compute("a", null));
        npe("replace null", () -> m.replace("a", null));
        npe("getOrDefault null", () -> m.getOrDefault(null, 1));
        npe("keySet(null)", () -> m.keySet(null));
        npe("keySet contains null", () -> m.keySet().contains(null));
        npe("entry setValue null", () -> {
            m.put("q", 1);
            m.entrySet().iterator().next().setValue(null);
        });
        npe("putAll with null", () -> {
            Map<String, Integer> h = new HashMap<>();
            h.put("k", null);
            m.putAll(h);
        });
        npe("replaceAll to null", () -> m.replaceAll((k, v) -> null));

        /* a mapping function that changes the map */
        ConcurrentHashMap<Integer, Integer> r = new ConcurrentHashMap<>();
        npe("recursive same bin", () -> r.computeIfAbsent(1, k -> r.computeIfAbsent(17, j -> 2)));
        System.out.println(r);
        ConcurrentHashMap<Integer, Integer> r2 = new ConcurrentHashMap<>();
        npe("recursive other bin", () -> r2.computeIfAbsent(1, k -> r2.computeIfAbsent(2, j -> 2)));
        System.out.println(r2);
        ConcurrentHashMap<Integer, Integer> r3 = new ConcurrentHashMap<>();
        r3.put(1, 1);
        npe("recursive tail", () -> r3.computeIfAbsent(17, k -> r3.computeIfAbsent(33, j -> 3)));
        System.out.println(r3);
        ConcurrentHashMap<Integer, Integer> r4 = new ConcurrentHashMap<>();
        npe("compute inside compute", () -> r4.compute(5, (k, v) -> { r4.put(6, 6); return 5; }));
        System.out.println(r4);

        /* Collectors */
        List<String> names = Arrays.asList("kiwi", "apple", "fig", "banana", "cherry", "date", "grape", "plum", "pear", "melon", "lime", "lemon", "mango", "peach", "olive");
        ConcurrentMap<Integer, List<String>> byLen = names.stream().collect(Collectors.groupingByConcurrent(String::length));
        System.out.println(byLen + " " + (byLen instanceof ConcurrentHashMap));
        ConcurrentMap<Character, Long> byFirst = names.stream().collect(Collectors.groupingByConcurrent(w -> w.charAt(0), Collectors.counting()));
        System.out.println(byFirst);
        ConcurrentMap<Character, Set<String>> sets = names.stream().collect(Collectors.groupingByConcurrent(w -> w.charAt(w.length() - 1), ConcurrentHashMap::new, Collectors.toSet()));
        System.out.println(sets);
        ConcurrentMap<String, Integer> lens = names.stream().collect(Collectors.toConcurrentMap(w -> w, String::length));
        System.out.println(lens);
        ConcurrentMap<Integer, String> joined = names.stream().collect(Collectors.toConcurrentMap(String::length, w -> w, (p, q) -> p + "+" + q));
        System.out.println(joined);
        ConcurrentHashMap<Integer, String> sup = names.stream().collect(Collectors.toConcurrentMap(String::length, w -> w, (p, q) -> q, ConcurrentHashMap::new));
        System.out.println(sup);
        npe("toConcurrentMap duplicate", () -> names.stream().collect(Collectors.toConcurrentMap(String::length, w -> w)));
        System.out.println(Collectors.groupingByConcurrent(String::length).characteristics().contains(Collector.Characteristics.CONCURRENT)
                           + " " + Collectors.toConcurrentMap(w -> w, w -> w).characteristics().size());
        ConcurrentMap<Integer, Integer> cm = IntStream.range(0, 40).boxed().collect(Collectors.toConcurrentMap(i -> i * 31 % 97, i -> i));
        System.out.println(cm);
    }
}
