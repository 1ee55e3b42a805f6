import java.util.Comparator;
import java.util.function.*;
public class FunctionalInterfaces {
    static <T> void sort(T[] a, Comparator<T> c) {
        for (int i = 1; i < a.length; i++) { T x = a[i]; int j = i - 1; while (j >= 0 && c.compare(a[j], x) > 0) { a[j + 1] = a[j]; j--; } a[j + 1] = x; }
    }
    static String show(String[] a) { String s = ""; for (String x : a) s += x + " "; return s; }
    public static void main(String[] args) {
        String[] w = { "pear", "fig", "banana", "kiwi" };
        Comparator<String> byLen = (a, b) -> a.length() - b.length();
        sort(w, byLen); System.out.println(show(w));
        sort(w, byLen.reversed()); System.out.println(show(w));
        sort(w, byLen.thenComparing((a, b) -> a.compareTo(b))); System.out.println(show(w));
        Function<String, String> ex = s -> s + "!";
        Function<String, String> both = ex.andThen(s -> "<" + s + ">");
        System.out.println(both.apply("hi") + " " + Function.<String>identity().apply("same"));
        Predicate<String> longw = s -> s.length() > 3;
        System.out.println(longw.test("abcd") + " " + longw.negate().test("abcd") + " " + longw.and(s -> s.startsWith("b")).test("banana"));
        Supplier<String> sup = () -> "sup";
        Consumer<String> printer = s -> System.out.print("[" + s + "]");
        printer.andThen(s -> System.out.println("(" + s + ")")).accept(sup.get());
        IntBinaryOperator gcd = (a, b) -> { while (b != 0) { int t = a % b; a = b; b = t; } return a; };
        System.out.println(gcd.applyAsInt(84, 36));
        IntUnaryOperator inc = x -> x + 1;
        System.out.println(inc.andThen(x -> x * 10).applyAsInt(4));
        BinaryOperator<String> cat = (a, b) -> a + b;
        System.out.println(cat.apply("x", "y"));
        BiFunction<String, String, String> bf = String::concat;
        System.out.println(bf.apply("con", "cat"));
        UnaryOperator<String> trim = String::trim;
        System.out.println("[" + trim.apply(" t ") + "]");
        ToIntFunction<String> len = String::length;
        System.out.println(len.applyAsInt("four"));
        DoubleUnaryOperator half = d -> d / 2;
        System.out.println(half.applyAsDouble(3));
    }
}
