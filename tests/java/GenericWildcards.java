import java.util.*;
import java.util.function.*;

public class GenericWildcards {
    static double sum(List<? extends Number> l) { double s = 0; for (Number n : l) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> l, int n) { for (int i = 1; i <= n; i++) l.add(i * i); }
    static int count(Collection<?> c) { return c.size(); }
    static <T extends Comparable<T>> T max(List<T> l) {
        T best = l.get(0);
        for (T t : l) if (t.compareTo(best) > 0) best = t;
        return best;
    }
    static <T> List<T> repeat(T x, int n) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(x);
        return out;
    }
    static <K, V extends Comparable<V>> K argMax(Map<K, V> m) {
        K best = null;
        V bv = null;
        for (Map.Entry<K, V> e : m.entrySet())
            if (bv == null || e.getValue().compareTo(bv) > 0) { best = e.getKey(); bv = e.getValue(); }
        return best;
    }
    static class Pair<A, B> {
        final A a; final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(a, c); }
        public String toString() { return "(" + a + ", " + b + ")"; }
    }
    static class Node<T> {
        T value; Node<T> next;
        Node(T value, Node<T> next) { this.value = value; this.next = next; }
    }

    public static void main(String[] args) {
        List<Integer> ints = new ArrayList<>();
        fill(ints, 4);
        List<Number> nums = new ArrayList<Number>();
        fill(nums, 3);
        nums.add(2.5);
        List<Object> objs = new ArrayList<>();
        fill(objs, 2);
        objs.add("x");
        System.out.println(ints + " " + nums + " " + objs);
        System.out.println(sum(ints) + " " + sum(nums) + " " + count(objs));
        List<? extends Number> readOnly = ints;
        List<?> anything = readOnly;
        Collection<? super Integer> sink = nums;
        sink.add(99);
        @SuppressWarnings({"rawtypes", "unchecked"})
        List raw = ints;
        System.out.println(readOnly.get(0) + " " + anything.size() + " " + nums.size() + " " + raw.size());
        Map<String, List<Integer>> m = new HashMap<>();
        m.put("squares", ints);
        Map<String, ? extends List<? extends Number>> view = m;
        System.out.println(view.get("squares"));
        System.out.println(max(ints) + " " + max(Arrays.asList("pear", "apple", "zoo", "fig")));
        List<String> hellos = GenericWildcards.<String>repeat("hi", 3);
        System.out.println(hellos + " " + repeat(7, 2));
        Map<String, Integer> scores = new TreeMap<>();
        scores.put("ann", 3);
        scores.put("bob", 9);
        scores.put("cy", 5);
        System.out.println(argMax(scores));
        Pair<String, Integer> p = new Pair<>("k", 1);
        Pair<String, List<String>> q = p.withSecond(hellos);
        System.out.println(p + " " + q + " " + q.b.size());
        Node<String> chain = new Node<>("a", new Node<>("b", new Node<String>("c", null)));
        StringBuilder sb = new StringBuilder();
        for (Node<String> n = chain; n != null; n = n.next) sb.append(n.value);
        System.out.println(sb);
        Function<? super String, ? extends Number> len = String::length;
        System.out.println(len.apply("four"));
        Comparator<Object> byText = (a, b) -> a.toString().compareTo(b.toString());
        List<Integer> sorted = new ArrayList<>(ints);
        sorted.add(100);
        sorted.sort(byText);
        System.out.println(sorted);
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Supplier<List<String>> mk = ArrayList::new;
        List<String> made = mk.get();
        made.add("z");
        System.out.println(add.apply(2, 3) + " " + made);
    }
}
