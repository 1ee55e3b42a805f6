package a;

public class Util {
    public static int calls;
    static int hidden = 10;
    public static String name() { calls++; return "a.Util#" + calls + "/" + hidden; }
    public static class Inner {
        public static String where() { return "a.Util.Inner"; }
    }
}
