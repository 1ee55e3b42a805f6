import java.util.ArrayList;
import java.util.List;

// A superclass's private field is not inherited (JLS 8.3): a simple name
// in a subclass or an anonymous class finds the enclosing scopes instead,
// a captured local or parameter, or an outer class's field.
public class FieldNotInherited {
    private int level = 10;

    static class Counter {
        private int count = 99;
        private static String label = "counter";
        int count() { return count; }
    }

    class Shadowed extends Counter {
        int read() { return level; }   // the outer instance's field
    }

    static class Base { private int level = -1; }

    class Nested extends Base {
        int read() { return level; }   // FieldNotInherited.this.level, not Base's private one
    }

    static List<Integer> filled(final int size) {
        // ArrayList has a private field named size: the parameter is meant
        return new ArrayList<Integer>() {{
            for (int i = 0; i < size; i++) add(i * i);
        }};
    }

    static int captured(final int count) {
        Counter c = new Counter() {
            int twice() { return count * 2; }   // the parameter, not Counter's private count
            @Override int count() { return twice(); }
        };
        return c.count();
    }

    static String label(String label) {
        return new Counter() {
            String get() { return label + "!"; }
        }.get();
    }

    public static void main(String[] args) {
        System.out.println(filled(5));
        System.out.println(filled(0).size());
        System.out.println(captured(21));
        System.out.println(label("param"));
        FieldNotInherited outer = new FieldNotInherited();
        System.out.println(outer.new Shadowed().read());
        System.out.println(outer.new Nested().read());
        System.out.println(new Counter().count());
    }
}
