import java.util.*;
public class Records {
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative x " + x);
        }
        double dist() { return Math.sqrt(x * x + y * y); }
        static Point origin() { return new Point(0, 0); }
    }
    record Named(String name, double weight, long id, boolean ok, char c) implements Comparable<Named> {
        public int compareTo(Named o) { return name.compareTo(o.name); }
    }
    record Pair<A, B>(A first, B second) {
        @Override public String toString() { return "(" + first + ", " + second + ")"; }
    }
    record Empty() {}
    public static void main(String[] args) {
        Point p = new Point(3, 4), q = new Point(3, 4), r = Point.origin();
        System.out.println(p + " " + p.x() + " " + p.dist() + " " + p.equals(q) + " " + (p == q) + " " + p.equals(r) + " " + (p.hashCode() == q.hashCode()) + " " + p.hashCode());
        Named n = new Named("kilo", 1.5, 99L, true, 'k');
        System.out.println(n + " " + n.hashCode() + " " + n.equals(new Named("kilo", 1.5, 99L, true, 'k')) + " " + n.equals(new Named("kilo", -1.5, 99L, true, 'k')));
        Named nul = new Named(null, Double.NaN, 0, false, 'z');
        System.out.println(nul + " " + nul.hashCode() + " " + nul.equals(new Named(null, Double.NaN, 0, false, 'z')));
        Pair<String, Point> pair = new Pair<>("p", p);
        System.out.println(pair + " " + pair.second().y() + " " + pair.hashCode() + " " + new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        List<Named> list = new ArrayList<>();
        list.add(new Named("b", 1, 1, true, 'b')); list.add(new Named("a", 2, 2, false, 'a'));
        Collections.sort(list);
        System.out.println(list);
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Map<Point, String> m = new HashMap<>();
        m.put(new Point(1, 2), "a"); m.put(new Point(1, 2), "b"); m.put(new Point(2, 1), "c");
        System.out.println(m.size() + " " + m.get(new Point(1, 2)) + " " + m);
    }
}
