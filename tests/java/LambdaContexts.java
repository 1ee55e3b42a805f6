import java.util.*;
import java.util.function.*;

public class LambdaContexts {
    interface Greeter { String greet(String n); }
    static String hello(String n) { return "hello " + n; }
    String bang(String n) { return n + "!"; }
    static class Foo {
        final String s;
        Foo(String s) { this.s = s; }
        <T> Foo(T t, int n) { this.s = t + "x" + n; }
        public String toString() { return "Foo(" + s + ")"; }
    }
    static class Base { String who() { return "base"; } }
    static class Derived extends Base {
        String who() { return "derived"; }
        Supplier<String> sup() { return super::who; }
        Supplier<String> sup2() { return () -> super.who(); }
        Supplier<String> mine() { return this::who; }
    }
    class Inner {
        class Deeper { String path() { return "deeper in " + tag; } }
    }
    String tag = "outer";
    public String toString() { return "LambdaContexts:" + tag; }
    java.util.function.Supplier<java.util.function.Supplier<String>> nested() { return () -> () -> this.toString() + " " + tag; }
    public static void main(String[] args) {
        boolean c = args.length == 0;
        Runnable r = c ? () -> System.out.println("yes") : () -> System.out.println("no");
        r.run();
        Runnable[] rs = { () -> System.out.println("first"), () -> System.out.println("second") };
        for (Runnable x : rs) x.run();
        Greeter g = LambdaContexts::hello;
        Greeter h = new LambdaContexts()::bang;
        System.out.println(g.greet("a") + " " + h.greet("b"));
        Function<String, Foo> mk = Foo::new;
        System.out.println(mk.apply("z") + " " + new Foo(3.5, 2));
        Derived d = new Derived();
        System.out.println(d.sup().get() + " " + d.sup2().get() + " " + d.mine().get());
        LambdaContexts outer = new LambdaContexts();
        LambdaContexts.Inner.Deeper deep = outer.new Inner().new Deeper();
        System.out.println(deep.path());
        System.out.println(outer.nested().get().get());
        Object o = "text";
        while (!(o instanceof Integer i)) { o = 41; }
        System.out.println(i + 1);
        if (o instanceof Integer n && n > 40) System.out.println("big " + n);
        Map<String, List<Integer>> m = new TreeMap<>();
        m.computeIfAbsent("a", k -> new ArrayList<>()).add(1);
        m.computeIfAbsent("a", k -> new ArrayList<>()).add(2);
        m.computeIfAbsent("b", k -> new ArrayList<>()).add(3);
        System.out.println(m);
        int total = 0;
        for (var e : m.entrySet()) for (var v : e.getValue()) total += v;
        System.out.println(total);
        Integer a1 = 127, a2 = 127, b1 = 128, b2 = 128;
        System.out.println((a1 == a2) + " " + (b1 == b2) + " " + b1.equals(b2));
        byte by = 10; by += 300; char ch = 'A'; ch *= 2; short sh = 1; sh <<= 20;
        System.out.println(by + " " + (int) ch + " " + sh + " " + ('a' + 1 + "x") + ("x" + 'a' + 1));
        long big = 1L << 70; int sft = 1 << -1;
        System.out.println(big + " " + sft + " " + (0.1 + 0.2) + " " + (float) 0.1 + " " + (1.0 / 0) + " " + (0.0 / 0 == 0.0 / 0));
        System.out.println(Math.round(-2.5) + " " + Math.round(2.5) + " " + Math.floorMod(-7, 3) + " " + (-7 % 3));
    }
}
