import java.util.*;
import java.util.function.*;

// Compiler cases that stream code needs: anonymous and local classes made
// in lambda bodies, array constructor references, method references to wrapper
// classes' static members, variable arity with lambda arguments, the most
// specific of two generic overloads, and a nested generic call typed by
// the parameter it is passed to.
public class GenericCallFixes {
    abstract static class Box {
        abstract int get();
    }

    int base = 5;

    Supplier<Box> make(int k) {
        return () -> new Box() {
            int get() { return k + base; }
        };
    }

    Supplier<Supplier<Box>> makeNested(int k) {
        return () -> () -> new Box() {
            int get() { return k * base; }
        };
    }

    static Supplier<Box> makeStatic(int k) {
        return () -> new Box() {
            int get() { return k; }
        };
    }

    Supplier<Object> makeLocal(int k) {
        return () -> {
            class Local {
                public String toString() { return "L" + (k + base); }
            }
            return new Local();
        };
    }

    static Supplier<Object> makeStaticLocal(int k) {
        return () -> {
            class StaticLocal {
                public String toString() { return "S" + k; }
            }
            return new StaticLocal();
        };
    }

    enum Mode { FAST, SLOW }

    static String run(Supplier<String> s, Mode... modes) { return s.get() + modes.length; }
    static <T> String apply(Supplier<T> s, Function<T, String> f, Mode... modes) { return f.apply(s.get()) + Arrays.toString(modes); }
    static String pick(Supplier<String> s, Mode... modes) { return "three:" + s.get(); }
    static String pick(Supplier<String> s, Function<String, String> f, Mode... modes) { return "four:" + f.apply(s.get()); }

    static <T> String one(T t) { return "one(T)"; }
    @SafeVarargs
    static <T> String one(T... ts) { return "one(T...) of " + ts.length; }

    static <T, R> R convert(List<T> items, Function<? super List<T>, R> f) { return f.apply(items); }
    static <T> Function<List<T>, String> describe(Function<? super T, String> each) {
        return list -> { StringBuilder sb = new StringBuilder(); for (T t : list) sb.append(each.apply(t)); return sb.toString(); };
    }

    public static void main(String[] args) {
        GenericCallFixes g = new GenericCallFixes();
        System.out.println(g.make(3).get().get() + " " + g.makeNested(3).get().get().get() + " " + makeStatic(4).get().get());
        System.out.println(g.makeLocal(3).get() + " " + makeStaticLocal(4).get());

        IntFunction<String[]> strings = String[]::new;
        System.out.println(strings.apply(3).length);
        IntFunction<int[][]> grid = int[][]::new;
        int[][] gg = grid.apply(2);
        System.out.println(gg.length + " " + gg[1]);
        Function<Integer, List<?>[]> lists = List[]::new;
        System.out.println(lists.apply(4).length);
        System.out.println(Arrays.toString(new ArrayList<>(List.of("b", "a")).toArray(String[]::new)));

        Function<String, Integer> parse = Integer::parseInt;
        ToIntFunction<String> parse2 = Integer::parseInt;
        BiFunction<Integer, Integer, Integer> max = Integer::max;
        DoubleFunction<String> dstr = Double::toString;
        System.out.println(parse.apply("41") + parse2.applyAsInt("1") + " " + max.apply(3, 9) + " " + dstr.apply(2.5));

        System.out.println(run(() -> "x") + " " + run(() -> "y", Mode.FAST, Mode.SLOW));
        System.out.println(apply(() -> 5, x -> "v" + x) + " " + apply(() -> 6, x -> "w" + x, Mode.SLOW));
        System.out.println(pick(() -> "a") + " " + pick(() -> "b", Mode.FAST) + " " + pick(() -> "c", s -> s + s) + " " + pick(() -> "d", s -> s, Mode.FAST));

        String[] arr = {"p", "q"};
        System.out.println(one(arr) + " " + one("p") + " " + one("p", "q"));

        System.out.println(convert(List.of("a", "bc"), describe(s -> s.toUpperCase() + s.length())));
    }
}
