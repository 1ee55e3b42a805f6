import java.io.Serializable;
import java.util.*;
import java.util.function.*;

public class MixedConstructs {
    @interface Marker { String value() default "x"; int[] nums() default {1, 2}; }
    sealed interface Shape permits Circle, Square {}
    record Circle(double r) implements Shape {
        Circle { if (r < 0) throw new IllegalArgumentException("r"); }
        static Circle unit() { return new Circle(1); }
    }
    static final class Square implements Shape { final double s; Square(double s) { this.s = s; } }
    enum Op {
        ADD { int apply(int a, int b) { return a + b; } },
        MUL { int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b);
    }
    class Inner { static int count = 3; int v = 7; class Deeper { int w = v * 2; } }
    interface Greeter { private String pre() { return "hi "; } default String greet(String n) { return pre() + n; } }
    static <T extends Comparable<T>> T maxOf(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }
    <T> MixedConstructs(T t, int[]... rest) { this.tag = String.valueOf(t) + rest.length; }
    MixedConstructs() { this("d"); }
    final String tag;
    { initCount++; }
    static int initCount;
    static strictfp double sf(double x) { return x * 2; }
    transient int t1; volatile int v1;
    @Marker("y") @SuppressWarnings("unchecked") @Deprecated
    static String area(Shape s) {
        if (s instanceof Circle c && c.r() > 0) return "circle " + c.r();
        else if (s instanceof final Square q) return "square " + q.s;
        return "none";
    }
    public static void main(String[] args) {
        var o = new MixedConstructs();
        System.out.println(o.tag + " " + initCount);
        MixedConstructs.Inner in = o.new Inner();
        MixedConstructs.Inner.Deeper d = in.new Deeper();
        System.out.println(d.w + " " + Inner.count);
        System.out.println(area(new Circle(2)) + " / " + area(new Square(3)));
        System.out.println(Op.ADD.apply(3, 4) + " " + Op.MUL.apply(3, 4) + " " + Op.MUL.getClass() + " " + Op.MUL.getDeclaringClass());
        Runnable r = (Runnable & Serializable) () -> System.out.println("intersection");
        r.run();
        BiFunction<Integer, Integer, Integer> f = (var a, var b) -> a + b;
        System.out.println(f.apply(2, 3));
        record Pair<A, B>(A a, B b) {}
        enum Local { X, Y }
        interface LocalI { int k(); }
        LocalI li = () -> 42;
        System.out.println(new Pair<>("a", 1) + " " + Local.Y + " " + li.k());
        String tb = """
            Hello \
            World
              indented\tTab "quotes" \"""
            end\s
            """;
        System.out.print(tb);
        char c = 'a'; c += 2; c++;
        System.out.println(c + " " + (char) (c + 1) + " " + \u0041BC());
        outer:
        for (int i = 0; i < 3; i++) {
            int j = 0;
            do { if (j == 2) continue outer; if (i == 2) break outer; j++; } while (true);
        }
        System.out.println(maxOf("pear", "apple") + " " + sf(1.5));
        Greeter g = new Greeter() {};
        System.out.println(g.greet("bob"));
        int[][] grid = new int[2][];
        grid[0] = new int[] {1}; 
        Object ob = grid;
        System.out.println(ob instanceof int[][] ? "grid" : "no");
        List<? extends Number> nums = List.of(1, 2.5, 3L);
        double sum = 0; for (Number n : nums) sum += n.doubleValue();
        System.out.println(sum);
        Object sw = 5;
        String res = switch (sw.hashCode() % 3) { case 0 -> "zero"; case 1 -> { String t = "one"; yield t; } default -> "two"; };
        System.out.println(res);
        System.out.println(new Object() { int twice(int x) { return 2 * x; } }.twice(21));
        Supplier<MixedConstructs> mk = MixedConstructs::new;
        Function<String, MixedConstructs> mk2 = MixedConstructs::new;
        System.out.println(mk.get().tag + mk2.apply("z").tag);
        int x = 0b1010_1010, y = 0x7fff_ffff, z = 017; long big = 1_000_000L; float fl = 1e-3f; double hx = 0x1.8p1;
        System.out.println(x + " " + y + " " + z + " " + big + " " + fl + " " + hx);
        assert x > 0 : "x positive";
        System.out.println(Objects.hash(1, 2, 3) + " " + Arrays.asList(1, 2).hashCode());
    }
    static String ABC() { return "abc"; }
}
