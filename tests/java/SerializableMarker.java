import java.io.Serializable;
import java.util.*;

public class SerializableMarker {
    static class Point implements Serializable, Comparable<Point> {
        private static final long serialVersionUID = 42L;
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public int compareTo(Point o) { return Integer.compare(x * x + y * y, o.x * o.x + o.y * o.y); }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }
    static class Plain { }
    static class Sub extends Point { Sub() { super(1, 1); } }
    record Pair(String a, int b) implements Serializable { }
    enum Color { RED, GREEN }

    static String check(Object o) {
        return (o == null ? "null" : o instanceof Collection || o instanceof Map ? "collection" : o.getClass().getSimpleName()) + ":" + (o instanceof Serializable);
    }
    static int total(Serializable... items) { return items.length; }

    public static void main(String[] args) {
        Object[] things = {
            "text", 7, 7L, 2.5, 'c', true, (byte) 1, (short) 2, 1.5f,
            new Point(1, 2), new Sub(), new Plain(), new Pair("p", 1), Color.RED,
            new ArrayList<>(List.of(1)), new LinkedList<>(), new HashMap<>(), new TreeMap<>(), new HashSet<>(),
            new TreeSet<>(), new LinkedHashMap<>(), new ArrayDeque<>(), new PriorityQueue<>(), new Random(1),
            new StringBuilder("sb"), new StringBuffer("sbuf"), new BitSet(), new Vector<>(), new Stack<>(),
            new Hashtable<>(), new RuntimeException("r"), new Object(), Optional.of(1),
            List.of(1, 2), Set.of(3), Map.of(1, 2), EnumSet.of(Color.GREEN), new EnumMap<>(Color.class),
            new AbstractMap.SimpleEntry<>("k", "v"), Locale.US, null
        };
        for (Object o : things) System.out.println(check(o));
        Serializable s = "a string";
        System.out.println(s + " " + s.hashCode() + " " + s.equals("a string") + " " + (s instanceof CharSequence));
        Serializable n = 12;
        System.out.println(n + " " + (n instanceof Integer) + " " + n.getClass().getName());
        List<Serializable> mixed = new ArrayList<>();
        mixed.add("x");
        mixed.add(3);
        mixed.add(new Point(3, 4));
        mixed.add(Color.GREEN);
        System.out.println(mixed + " " + total("a", 1, new Point(0, 0)));
        Point[] pts = {new Point(3, 4), new Point(1, 0), new Point(0, 2)};
        Arrays.sort(pts);
        System.out.println(Arrays.toString(pts) + " " + serialVersionUIDOf());
        Object back = s;
        String str = (String) back;
        Serializable again = (Serializable) back;
        System.out.println(str.length() + " " + again);
        try {
            Serializable bad = (Serializable) (Object) new Plain();
            System.out.println("no exception " + bad);
        } catch (ClassCastException e) {
            System.out.println("CCE");
        }
    }
    static long serialVersionUIDOf() { return Point.serialVersionUID; }
}
