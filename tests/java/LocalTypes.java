import java.util.ArrayList;
import java.util.List;

public class LocalTypes {
    static int counter = 100;

    static String describe(int n) {
        enum Size { SMALL, MEDIUM, LARGE;
            static Size of(int n) { return n < 10 ? SMALL : n < 100 ? MEDIUM : LARGE; }
        }
        record Result(int value, Size size) {
            Result {
                if (value < 0) throw new IllegalArgumentException("negative: " + value);
            }
            String label() { return size.name().toLowerCase() + ":" + value; }
        }
        interface Formatter { String format(Result r); }
        Formatter f = r -> "[" + r.label() + "]";
        Formatter g = new Formatter() {
            public String format(Result r) { return "<" + r.value() + " " + r.size().ordinal() + ">"; }
        };
        Result r = new Result(n, Size.of(n));
        return f.format(r) + g.format(r) + " " + r + " " + r.equals(new Result(n, Size.of(n)));
    }

    static List<String> names() {
        List<String> out = new ArrayList<>();
        {
            record Point(int x, int y) { }
            out.add(new Point(1, 2).getClass().getName());
        }
        {
            record Point(double x) { }
            out.add(new Point(1.5).getClass().getName() + " " + new Point(1.5));
        }
        class Point { }
        out.add(new Point().getClass().getName());
        enum Color { RED, GREEN { @Override public String toString() { return "green!"; } } }
        for (Color c : Color.values()) out.add(c + " " + c.getClass().getName() + " " + c.getDeclaringClass().getName());
        interface Shape { double area(); static Shape unit() { return () -> 1.0; } }
        out.add("" + Shape.unit().area());
        return out;
    }

    class Inner {
        static int made = 0;                  // static members of an inner class (Java 16+)
        static final String TAG = "inner";
        static int next() { return ++made; }
        record Pair(int a, int b) { int sum() { return a + b; } }
        enum Mode { ON, OFF }
        interface Callback { void call(int x); }
        final int id;
        Inner() { id = next(); }
        String show() { return TAG + id + " of " + made + " " + new Pair(id, counter).sum() + " " + Mode.ON; }
    }

    void instanceWork() {
        int base = 7;
        class Counter {                         // a local class captures; a local record cannot
            int count;
            static String kind() { return "counter"; }
            void add() { count += base; }
        }
        Counter c = new Counter();
        c.add();
        c.add();
        System.out.println(Counter.kind() + " " + c.count);
        Inner a = new Inner(), b = new Inner();
        System.out.println(a.show() + " | " + b.show() + " | " + Inner.made);
        Inner.Callback cb = x -> System.out.println("callback " + x + " " + Inner.TAG);
        cb.call(Inner.Mode.values().length);
    }

    public static void main(String[] args) {
        System.out.println(describe(5));
        System.out.println(describe(50));
        System.out.println(describe(500));
        try {
            describe(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        }
        for (String s : names()) System.out.println(s);
        new LocalTypes().instanceWork();
        record Local(String s) implements Comparable<Local> {
            public int compareTo(Local o) { return s.compareTo(o.s); }
        }
        List<Local> ls = new ArrayList<>();
        ls.add(new Local("pear"));
        ls.add(new Local("apple"));
        ls.add(new Local("fig"));
        java.util.Collections.sort(ls);
        System.out.println(ls);
        enum Dir { N, E, S, W;
            Dir turn() { return values()[(ordinal() + 1) % 4]; }
        }
        Dir d = Dir.W;
        switch (d.turn()) {
            case N -> System.out.println("north after west");
            default -> System.out.println("other");
        }
        try {
            Dir.valueOf("X");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
