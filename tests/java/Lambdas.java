public class Lambdas {
    interface IntOp { int apply(int a, int b); }
    interface Pred<T> { boolean test(T t); }
    interface Fn<A, B> { B apply(A a); }
    interface Sup<T> { T get(); }
    interface Act { void run(); }
    private int base = 7;
    static int twice(IntOp op, int x) { return op.apply(x, x); }
    static <T> int count(T[] xs, Pred<T> p) { int n = 0; for (T x : xs) if (p.test(x)) n++; return n; }
    static <A, B> void mapPrint(A[] xs, Fn<A, B> f) { for (A x : xs) System.out.print(f.apply(x) + " "); System.out.println(); }
    static int sq(int a, int b) { return a * b; }
    int addBase(int a, int b) { return a + b + base; }
    void run() {
        IntOp withBase = (a, b) -> a + b + base;
        System.out.println(withBase.apply(1, 2));
        IntOp ref = this::addBase;
        System.out.println(ref.apply(1, 1));
        Act a = () -> { base++; System.out.println("base now " + this.base); };
        a.run(); a.run();
    }
    public static void main(String[] args) {
        IntOp add = (a, b) -> a + b;
        IntOp mul = (int a, int b) -> { return a * b; };
        System.out.println(add.apply(2, 3) + " " + mul.apply(2, 3) + " " + twice(add, 5) + " " + twice(Lambdas::sq, 4));
        String[] words = { "apple", "kiwi", "banana", "fig" };
        int minLen = 4;
        System.out.println(count(words, w -> w.length() > minLen));
        System.out.println(count(words, w -> w.startsWith("b") || w.equals("fig")));
        mapPrint(words, w -> "" + w.length());
        mapPrint(words, String::valueOf);
        mapPrint(words, w -> w + "!");
        Sup<String> s = () -> "supplied";
        System.out.println(s.get());
        Fn<String, String> up = String::trim;
        System.out.println("[" + up.apply("  x  ") + "]");
        Act hello = () -> System.out.println("hello " + words[0]);
        hello.run();
        Runnable r = () -> System.out.println("runnable");
        r.run();
        new Lambdas().run();
        Act[] acts = new Act[3];
        for (int i = 0; i < 3; i++) { final int k = i; acts[i] = () -> System.out.print(k * k + ";"); }
        for (Act x : acts) x.run();
        System.out.println();
        Fn<String, Fn<String, String>> curried = x -> y -> x + y;
        System.out.println(curried.apply("a").apply("b"));
        Act printer = System.out::println;
    }
}
