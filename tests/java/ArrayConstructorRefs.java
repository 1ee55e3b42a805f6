import java.util.*;
import java.util.function.*;

/* T[]::new (JLS 15.13), String.getClass(), System.identityHashCode,
 * Map.Entry's comparators */
public class ArrayConstructorRefs {
    static <T> T[] fill(IntFunction<T[]> make, int n, T v) {
        T[] a = make.apply(n);
        Arrays.fill(a, v);
        return a;
    }

    static class Loud {
        public int hashCode() { return 7; }
    }

    public static void main(String[] args) {
        IntFunction<String[]> strings = String[]::new;
        System.out.println(strings.apply(3).length + " " + strings.apply(0).getClass().getName());
        IntFunction<int[]> ints = int[]::new;
        int[] xs = ints.apply(4);
        xs[3] = 9;
        System.out.println(Arrays.toString(xs));
        Function<Integer, double[][]> grid = double[][]::new;
        double[][] g = grid.apply(2);
        System.out.println(g.length + " " + g[0] + " " + g.getClass().getSimpleName());
        IntFunction<List<String>[]> lists = List[]::new;
        System.out.println(lists.apply(5).length);
        System.out.println(Arrays.toString(fill(String[]::new, 3, "z")) + " " + fill(Integer[]::new, 2, 4).getClass().getSimpleName());
        var words = List.of("pear", "fig", "apple");
        String[] w = words.toArray(String[]::new);
        System.out.println(w.length + " " + w[2].toUpperCase() + " " + w.getClass().getName());
        try {
            strings.apply(-1);
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }

        String s = "text";
        System.out.println(s.getClass().getName() + " " + s.getClass().getSimpleName() + " " + (s.getClass() == String.class));

        Object o = new Object();
        Loud loud = new Loud();
        System.out.println((System.identityHashCode(o) == o.hashCode()) + " " + System.identityHashCode(null) + " "
                           + (System.identityHashCode(loud) == System.identityHashCode(loud)) + " " + loud.hashCode());

        Map<String, Integer> m = new TreeMap<>(Map.of("kiwi", 3, "date", 1, "lime", 2, "plum", 2));
        List<Map.Entry<String, Integer>> es = new ArrayList<>(m.entrySet());
        es.sort(Map.Entry.comparingByValue());
        System.out.println(es);
        es.sort(Map.Entry.comparingByKey());
        System.out.println(es);
        es.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        System.out.println(es);
        es.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        System.out.println(es);
    }
}
