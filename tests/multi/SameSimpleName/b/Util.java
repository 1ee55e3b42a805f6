package b;

public class Util {
    public static int calls = 100;
    public static String name() { calls++; return "b.Util#" + calls; }
    public int field = 7;
    public Util() {}
    public Util(int f) { field = f; }
    public static class Inner {
        public static String where() { return "b.Util.Inner"; }
    }
}
