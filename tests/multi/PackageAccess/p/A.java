package p;
public class A {
    int pkgField;
    protected int prot;
    static void pkgMethod() {}
    A(int x) {}
    public A() {}
    static class Nested {}
    public static class PubNested { int f; }
}
class Hidden { public static int v; }
