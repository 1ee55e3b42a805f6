public class CtorChain {
    static String trace = "";
    static void t(String s) { trace += s + " "; }
    static class A {
        int a = init("A.a");
        { t("A{}"); }
        A() { this(1); t("A()"); }
        A(int x) { t("A(" + x + ")"); }
        static int init(String s) { t(s); return 1; }
        void show() { t("A.show a=" + a); }
    }
    static class B extends A {
        int b = init("B.b");
        { t("B{}"); }
        B() { t("B()"); }
        B(int x) { super(x * 2); t("B(" + x + ")"); }
        void show() { super.show(); t("B.show b=" + b); }
    }
    static class C extends B {
        final String name;
        C(String n) { super(5); name = n; t("C(" + n + ")"); }
    }
    static class Base {
        Base() { t("Base() sees " + describe()); }
        String describe() { return "base"; }
    }
    static class Derived extends Base {
        String field = "set";
        Derived() { super(); t("Derived() sees " + describe()); }
        String describe() { return "derived field=" + field; }
    }
    public static void main(String[] args) {
        new A(); System.out.println(trace); trace = "";
        new B(); System.out.println(trace); trace = "";
        new B(3).show(); System.out.println(trace); trace = "";
        C c = new C("c"); System.out.println(trace + c.name + " " + c.a + " " + c.b); trace = "";
        new Derived(); System.out.println(trace);
    }
}
