import java.util.*;
public class NestedRecordsVarargs {
    interface Shape {
        record Square(int side) implements Shape { public int area() { return side * side; } }
        class Helper { static String tag() { return "helper"; } }
        int area();
        enum Unit { CM, M }
    }
    record Bag(String name, int... items) {
        Bag { items = items.clone(); }
        int sum() { int s = 0; for (int i : items) s += i; return s; }
        static final Bag EMPTY = new Bag("empty");
        public String toString() { return name + Arrays.toString(items); }
    }
    record Wrapper<T extends Comparable<T>>(T value) implements Comparable<Wrapper<T>> {
        public int compareTo(Wrapper<T> o) { return value.compareTo(o.value); }
    }
    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }
    public static void main(String[] args) {
        Shape s = new Shape.Square(4);
        System.out.println(s.area() + " " + Shape.Helper.tag() + " " + Shape.Unit.M + " " + s);
        Bag b = new Bag("b", 1, 2, 3);
        System.out.println(b + " " + b.sum() + " " + Bag.EMPTY + " " + Bag.EMPTY.sum() + " " + b.equals(new Bag("b", 1, 2, 3)));
        List<Wrapper<String>> ws = new ArrayList<>();
        ws.add(new Wrapper<>("pear"));
        ws.add(new Wrapper<>("apple"));
        Collections.sort(ws);
        System.out.println(ws);
        String x = NestedRecordsVarargs.<String>firstNonNull(null, "fallback");
        System.out.println(x + " " + firstNonNull(1, 2));
        int[][] grid = new int[3][];
        for (int i = 0; i < 3; i++) { grid[i] = new int[i + 1]; Arrays.fill(grid[i], i); }
        for (int[] row : grid) System.out.print(Arrays.toString(row)); System.out.println();
        var anon = new Object() { int count = 0; void inc() { count++; } };
        anon.inc(); anon.inc();
        System.out.println(anon.count);
    }
}
