import java.util.function.*;

public class IntersectionCasts {
    interface Named { default String name() { return "named"; } }
    interface Sized { default int size() { return 1; } }
    static class Both implements Named, Sized { public int size() { return 2; } }
    static class OnlyNamed implements Named { }

    public static void main(String[] args) {
        BiFunction<Integer, Integer, Integer> add = (var x, var y) -> x + y;
        BinaryOperator<String> cat = (final var a, final var b) -> a + b;
        System.out.println(add.apply(2, 3) + " " + cat.apply("a", "b"));
        Runnable plain = (Runnable) () -> System.out.println("cast lambda");
        plain.run();
        Runnable r = (Runnable & Named) () -> System.out.println("run");
        r.run();
        System.out.println(((Named) r).name() + " " + (r instanceof Named) + " " + (r instanceof Sized));
        Supplier<String> s = (Supplier<String> & Sized) () -> "supplied";
        System.out.println(s.get() + " " + ((Sized) s).size());
        Object o = new Both();
        Named n = (Named & Sized) o;
        System.out.println(n.name() + " " + ((Sized) n).size());
        Object str = "str";
        String t = (String & Comparable<String>) str;
        Comparable<String> cmp = "abc";
        System.out.println(t + " " + (String) cmp + " " + t.length());
        try {
            Object bad = (Sized & Named) new Object();
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object half = (Named & Sized) new OnlyNamed();
            System.out.println(half);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
