import java.util.*;

public class EnumComparable {
    enum Color { RED, GREEN, BLUE }
    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        TIMES { int apply(int a, int b) { return a * b; } },
        MINUS { int apply(int a, int b) { return a - b; } };
        abstract int apply(int a, int b);
    }
    static <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }
    static <T extends Comparable<? super T>> T maxOf(List<T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    public static void main(String[] args) {
        TreeMap<Color, Integer> m = new TreeMap<>();
        m.put(Color.BLUE, 3);
        m.put(Color.RED, 1);
        m.put(Color.GREEN, 2);
        m.merge(Color.RED, 10, Integer::sum);
        System.out.println(m + " first=" + m.firstKey() + " last=" + m.lastKey());
        List<Color> l = new ArrayList<>(List.of(Color.BLUE, Color.RED, Color.GREEN, Color.RED));
        Collections.sort(l);
        System.out.println(l);
        l.sort(Collections.reverseOrder());
        System.out.println(l);
        Comparable<Color> c = Color.RED;
        System.out.println(c.compareTo(Color.BLUE) + " " + Color.BLUE.compareTo(Color.RED) + " " + Color.GREEN.compareTo(Color.GREEN));
        System.out.println(max(Color.RED, Color.GREEN) + " " + maxOf(List.of(Color.GREEN, Color.BLUE, Color.RED)));
        Color[] arr = {Color.GREEN, Color.BLUE, Color.RED};
        Arrays.sort(arr);
        System.out.println(Arrays.toString(arr));
        PriorityQueue<Color> pq = new PriorityQueue<>(List.of(Color.BLUE, Color.GREEN, Color.RED));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb.toString().trim());
        TreeSet<Op> ops = new TreeSet<>(List.of(Op.MINUS, Op.PLUS, Op.TIMES));
        for (Op op : ops) System.out.print(op + "=" + op.apply(6, 3) + " ");
        System.out.println();
        System.out.println(Op.MINUS.compareTo(Op.PLUS) + " " + Op.PLUS.getDeclaringClass().getSimpleName() + " " + (Op.TIMES.getDeclaringClass() == Op.class));
        Object o = Color.RED;
        System.out.println((o instanceof Comparable) + " " + (o instanceof Enum));
        Enum<Color> e = Color.GREEN;
        System.out.println(e.name() + " " + e.ordinal() + " " + e.compareTo(Color.BLUE));
        try {
            Color nothing = null;
            Color.RED.compareTo(nothing);
        } catch (NullPointerException ex) {
            System.out.println("NullPointerException");
        }
        TreeMap<Color, String> names = new TreeMap<>(Map.of(Color.GREEN, "g", Color.RED, "r"));
        System.out.println(names + " " + names.ceilingKey(Color.BLUE) + " " + names.floorKey(Color.BLUE));
    }
}
