interface Greeter {
    String PREFIX = "Hello";
    int LIMIT = 3;
    String name();
    default String greet() { return PREFIX + ", " + name() + "!"; }
    default String greetTimes(int n) {
        String s = "";
        for (int i = 0; i < n && i < LIMIT; i++) s += greet() + (i + 1 < n && i + 1 < LIMIT ? " " : "");
        return s;
    }
    static Greeter of(String n) { return new Simple(n); }
}
interface Loud extends Greeter {
    default String greet() { return "[" + Greeter.super.greet() + "]"; }
}
interface Counter {
    int next();
    default int skip(int k) { int v = 0; for (int i = 0; i < k; i++) v = next(); return v; }
}
class Simple implements Greeter {
    private final String n;
    Simple(String n) { this.n = n; }
    public String name() { return n; }
}
class Shouter implements Loud, Counter {
    private int c;
    public String name() { return "shouter"; }
    public int next() { return ++c; }
}
class Polite extends Simple {
    Polite() { super("friend"); }
    public String greet() { return "Good day, " + name() + "."; }
}
public class InterfaceDefault {
    static void show(Greeter g) { System.out.println(g.greet() + " | " + g.greetTimes(5)); }
    public static void main(String[] args) {
        show(Greeter.of("world"));
        show(new Shouter());
        show(new Polite());
        Shouter s = new Shouter();
        Counter c = s;
        System.out.println(c.skip(4) + " " + s.next() + " " + Greeter.LIMIT + " " + Loud.PREFIX);
        Object o = c;
        System.out.println((o instanceof Greeter) + " " + (o instanceof Loud) + " " + (o instanceof Counter));
        Object p = new Polite();
        System.out.println((p instanceof Loud) + " " + (p instanceof Simple));
    }
}
