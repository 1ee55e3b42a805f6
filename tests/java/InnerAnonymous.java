public class InnerAnonymous {
    interface Greeter { String greet(String who); }
    interface Counter { int next(); }
    private int base = 100;
    private String name = "outer";
    class Inner {
        int v = 1;
        int sum() { return base + v; }
        String who() { return name + "/" + InnerAnonymous.this.name; }
        class Deeper { int all() { return base + v + 1000; } }
    }
    static abstract class Shape {
        final String label;
        Shape(String label) { this.label = label; }
        abstract double area();
        public String toString() { return label + ":" + area(); }
    }
    Counter counter(int start) {
        return new Counter() {
            int n = start;
            public int next() { return n++ + base; }
        };
    }
    static Greeter polite(String prefix) {
        String suffix = "!";
        return new Greeter() {
            public String greet(String who) { return prefix + " " + who + suffix; }
        };
    }
    public static void main(String[] args) {
        InnerAnonymous o = new InnerAnonymous();
        InnerAnonymous.Inner in = o.new Inner();
        System.out.println(in.sum() + " " + in.who());
        InnerAnonymous.Inner.Deeper d = in.new Deeper();
        System.out.println(d.all());
        Counter c = o.counter(5);
        System.out.println(c.next() + " " + c.next() + " " + c.next());
        System.out.println(polite("Hello").greet("Ann"));
        final double side = 3;
        Shape sq = new Shape("square") { double area() { return side * side; } };
        System.out.println(sq);
        Object anon = new Object() { public String toString() { return "anon object"; } };
        System.out.println(anon + " " + anon.getClass().getName());
        Runnable r = new Runnable() { public void run() { System.out.println("ran " + side); } };
        r.run();
        Greeter g = new Greeter() {
            int calls;
            public String greet(String who) {
                calls++;
                Counter inner = new Counter() { public int next() { return calls * 10 + who.length(); } };
                return who + inner.next();
            }
        };
        System.out.println(g.greet("ab") + " " + g.greet("xyz"));
    }
}
