import java.util.*;

public class GenNestedInfer {
    static <T> T pick(T[] a, int i) { return a[i]; }

    @SafeVarargs
    static <T> T[] arr(T... xs) { return xs; }

    static <T> T first(List<T> xs) { return xs.get(0); }

    static <T> List<T> twice(T x) {
        List<T> l = new ArrayList<>();
        l.add(x);
        l.add(x);
        return l;
    }

    static int total(List<String> xs) {
        int n = 0;
        for (String x : xs) n += x.length();
        return n;
    }

    static <K, V> Map<K, V> single(K k, V v) {
        Map<K, V> m = new HashMap<>();
        m.put(k, v);
        return m;
    }

    static class Box<T> {
        final T v;
        Box(T v) { this.v = v; }
        T get() { return v; }
    }

    static <T> T unbox(Box<T> b) { return b.get(); }

    public static void main(String[] args) {
        Integer y = pick(arr(4, 5), 0);
        System.out.println(y + 1);
        String s = pick(arr("a", "bc"), 1);
        System.out.println(s.length());
        System.out.println(first(twice("xyz")).length());
        int z = first(twice(first(twice(7))));
        System.out.println(z * 3);
        System.out.println(total(Collections.emptyList()));
        System.out.println(total(new ArrayList<>()));
        System.out.println(total(twice("ab")));
        System.out.println(unbox(new Box<>("boxed")).toUpperCase());
        System.out.println(unbox(new Box<>(12)) + 30);
        System.out.println(unbox(new Box<Integer>(2)) * 5);
        Box<String> bs = new Box<>("q");
        System.out.println(unbox(bs).concat("r"));
        System.out.println(single("k", 9).get("k") + 1);
        System.out.println(single(1, "one").get(1).length());
        List<String> none = Collections.emptyList();
        System.out.println(none.isEmpty());
        Map<String, List<Integer>> m = new HashMap<>();
        m.put("a", new ArrayList<>());
        m.get("a").add(3);
        System.out.println(m);
        System.out.println(first(Arrays.asList(arr(1, 2))) + 1);
        List<List<String>> ll = twice(twice("w"));
        System.out.println(ll.get(0).get(1).length() + " " + ll);
        var vb = new Box<>(3.5);
        System.out.println(vb.get() * 2);
        var vl = twice('c');
        char ch = vl.get(1);
        System.out.println(ch);
    }
}
