import java.util.*;

public class GenDiamondAnon {
    static class Base<K> {
        int calls;
        void put(K k) {
            calls++;
            System.out.println("put " + k + " eldest=" + eldest(k));
        }
        boolean eldest(K k) { return false; }
    }

    static abstract class Shape<T> {
        abstract T make(int i);
        String show(int i) { return "shape:" + make(i); }
    }

    static <K, V> Map<K, V> lru(int cap) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<K, V> e) {
                return size() > cap;
            }
        };
    }

    public static void main(String[] args) {
        Base<Integer> c = new Base<>() {
            boolean eldest(Integer k) { return k > 1; }
        };
        c.put(1);
        c.put(2);
        System.out.println("calls " + c.calls);

        Base<String> d = new Base<>() {
            @Override
            boolean eldest(String k) { return k.isEmpty(); }
        };
        d.put("");
        d.put("x");

        Shape<String> s = new Shape<>() {
            @Override
            String make(int i) { return "#" + i; }
        };
        System.out.println(s.show(3));
        System.out.println(s.make(4).length());

        Map<String, Integer> cache = lru(3);
        for (String k : new String[] {"a", "b", "c", "d"}) cache.put(k, k.length());
        System.out.println(cache);
        cache.get("b");
        cache.put("e", 5);
        System.out.println(cache);
        System.out.println(cache.keySet());

        Map<Integer, String> m = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, String> e) {
                System.out.println("eldest? " + e.getKey() + "=" + e.getValue());
                return size() > 2;
            }
        };
        for (int i = 0; i < 4; i++) m.put(i, "v" + i);
        System.out.println(m);

        Comparator<String> byLen = new Comparator<>() {
            public int compare(String a, String b) { return a.length() - b.length(); }
        };
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
        words.sort(byLen);
        System.out.println(words);
    }
}
