public class LocalClassMembers {
    static void f1() { record R(int x) { R { x = x * 2; } } System.out.println(new R(2).x()); }
    static void f2() { record R(int x) { static int count; R { count++; } } new R(1); new R(2); System.out.println(R.count); }
    void g() { class In { static int s = 3; } System.out.println(In.s); }
    static <T> void f3(T t) { class Box { T v = t; } System.out.println(new Box().v); }
    enum E { A { }, B { }; static String f() { switch (B) { case A: return "a"; case B: return "b"; } return "?"; } }
    public static void main(String[] args) {
        f1(); f2(); new LocalClassMembers().g(); f3("boxed"); System.out.println(E.f() + " " + E.A.getClass().getName() + " " + E.valueOf("B").ordinal());
        int x = 10;
        class Counter { int n = x; Counter next() { Counter c = new Counter(); c.n = n + 1; return c; } }
        System.out.println(new Counter().next().next().n);
    }
}
