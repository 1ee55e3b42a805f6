import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/* Class.cast and Class.isInstance (the JDK's "Cannot cast" message) and
 * String.formatted (Java 15). */
public class ClassCastFormatted {
    interface Shape { double area(); }
    static class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return 3 * r * r; }
        public String toString() { return "Circle(" + r + ")"; }
    }
    static class Ring extends Circle {
        Ring(double r) { super(r); }
    }

    /* a map from a class to one value of that class */
    static class Registry {
        private final Map<Class<?>, Object> values = new HashMap<>();
        <T> void put(Class<T> type, T value) { values.put(type, type.cast(value)); }
        <T> T get(Class<T> type) { return type.cast(values.get(type)); }
    }

    /* the elements of items that are instances of type */
    static <T> List<T> only(Class<T> type, List<?> items) {
        List<T> out = new ArrayList<>();
        for (Object o : items) if (type.isInstance(o)) out.add(type.cast(o));
        return out;
    }

    public static void main(String[] args) {
        Registry r = new Registry();
        r.put(String.class, "Lime");
        r.put(Integer.class, 0xcafe);
        r.put(Shape.class, new Ring(2));
        System.out.println(r.get(String.class) + " " + Integer.toHexString(r.get(Integer.class)) + " " + r.get(Shape.class).area());
        System.out.println(r.get(Double.class));

        List<Object> mixed = List.of("a", 1, 2.5, new Circle(1), new Ring(3), 'c', 7L, new int[]{1}, new String[]{"s"});
        System.out.println(only(String.class, mixed) + " " + only(Number.class, mixed) + " " + only(Integer.class, mixed));
        System.out.println(only(Circle.class, mixed) + " " + only(Ring.class, mixed) + " " + only(Shape.class, mixed));
        System.out.println(only(Comparable.class, mixed) + " " + only(CharSequence.class, mixed).size() + " " + only(Object.class, mixed).size());
        System.out.println(only(Object[].class, mixed).size() + " " + only(String[].class, mixed).size() + " " + only(Character.class, mixed));

        System.out.println(String.class.isInstance(null) + " " + Object.class.isInstance(null) + " " + (String.class.cast(null) == null));
        Object ring = new Ring(1);
        Circle c = Circle.class.cast(ring);
        System.out.println(c + " " + Shape.class.cast(ring).area() + " " + Object.class.cast("x"));
        Object strings = new String[]{"p", "q"};
        System.out.println(Object[].class.cast(strings).length + " " + String[].class.cast(strings)[1]);

        Object[] attempts = {42, "s", new Circle(1), new Object(), new Integer[0], 'x'};
        Class<?>[] targets = {String.class, Integer.class, Ring.class, Shape.class, String[].class, Number.class};
        for (int i = 0; i < attempts.length; i++) {
            try {
                System.out.println("cast ok: " + targets[i].cast(attempts[i]));
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
        }

        System.out.println("%-5s|%5.2f|%x|%c|%b".formatted("ab", Math.PI, 255, 'z', null));
        System.out.println("%2$s %1$s %2$s".formatted("one", "two") + " " + "no args".formatted() + " " + "%d%%".formatted(50));
        String template = "[%08.3f]";
        System.out.println(template.formatted(-3.14159) + " " + "%s".formatted((Object) new String[0].length));
        try {
            System.out.println("%d".formatted("text"));
        } catch (RuntimeException e) {
            System.out.println(e);
        }
        try {
            System.out.println("%s %s".formatted("only one"));
        } catch (RuntimeException e) {
            System.out.println(e);
        }

        Object n = 7;
        String s = String.class.cast(n);
        System.out.println("unreachable " + s);
    }
}
