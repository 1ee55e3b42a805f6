import java.util.*;
import java.util.function.*;

public class GenericIdioms {
    interface Visitor<R> { R num(int n); R add(Expr a, Expr b); }
    interface Expr { <R> R accept(Visitor<R> v); }
    static Expr num(int n) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.num(n); } }; }
    static Expr add(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.add(a, b); } }; }
    static abstract class Shape implements Comparable<Shape> {
        abstract double area();
        public int compareTo(Shape o) { return Double.compare(area(), o.area()); }
    }
    static class Circle extends Shape { double r; Circle(double r) { this.r = r; } double area() { return 3 * r * r; } public String toString() { return "C" + r; } }
    static class Sq extends Shape { double s; Sq(double s) { this.s = s; } double area() { return s * s; } public String toString() { return "S" + s; } }
    static double sumAreas(Collection<? extends Shape> c) { double t = 0; for (Shape s : c) t += s.area(); return t; }
    static <T> List<T> emptyOf() { return new ArrayList<>(); } static List<String> none() { return emptyOf(); }
    static <T> void swap(List<T> l, int i, int j) { T t = l.get(i); l.set(i, l.get(j)); l.set(j, t); }
    public static void main(String[] args) {
        Expr e = add(num(2), add(num(3), num(4)));
        int value = e.accept(new Visitor<Integer>() {
            public Integer num(int n) { return n; }
            public Integer add(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
        });
        String shown = e.accept(new Visitor<String>() {
            public String num(int n) { return "" + n; }
            public String add(Expr a, Expr b) { return "(" + a.accept(this) + "+" + b.accept(this) + ")"; }
        });
        System.out.println(shown + " = " + value);
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1)); shapes.add(new Sq(1)); shapes.add(new Sq(3));
        Collections.sort(shapes);
        List<Circle> circles = new ArrayList<>();
        circles.add(new Circle(2));
        System.out.println(shapes + " " + sumAreas(shapes) + " " + sumAreas(circles));
        List<int[]> pairs = new ArrayList<>();
        pairs.add(new int[] {3, 1}); pairs.add(new int[] {1, 2});
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[0] - b[0]);
        pq.addAll(pairs);
        System.out.println(pq.poll()[1]);
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(1); stack.push(2);
        System.out.println(stack.pop() + stack.peek());
        List<List<Integer>> result = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        current.add(7);
        result.add(new ArrayList<>(current));
        current.add(8);
        result.add(current);
        System.out.println(result);
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "a b a c b a".split(" ")) counts.merge(w, 1, Integer::sum);
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> en : counts.entrySet()) if (best == null || en.getValue() > best.getValue()) best = en;
        System.out.println(best.getKey() + "=" + best.getValue());
        Iterator<Map.Entry<String, Integer>> it = counts.entrySet().iterator();
        while (it.hasNext()) if (it.next().getValue() == 1) it.remove();
        System.out.println(counts);
        Set<Character> seen = new TreeSet<>();
        for (char ch : "hello".toCharArray()) seen.add(ch);
        System.out.println(seen);
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        System.out.println(adder.apply(3).apply(4));
        List<? super Integer> sink = new ArrayList<Number>();
        sink.add(1);
        Object first = sink.get(0);
        System.out.println(first + " " + none().size());
        List<String> words = new ArrayList<>(Arrays.asList("x", "y", "z"));
        swap(words, 0, 2);
        System.out.println(words);
        BiFunction<Double, Double, Double> pow = Math::pow;
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(pow.apply(2.0, 10.0) + " " + up.apply("up"));
    }
}
