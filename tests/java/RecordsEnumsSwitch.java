import java.util.*;
public class RecordsEnumsSwitch {
    interface Shape { double area(); default String describe() { return getClass().getSimpleName() + " " + area(); } }
    record Circle(double r) implements Shape {
        static int made;
        Circle { if (r < 0) throw new IllegalArgumentException("r < 0"); made++; }
        static Circle unit() { return new Circle(1); }
        public double area() { return Math.PI * r * r; }
    }
    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }
    static int days(String month, boolean leap) {
        return switch (month) {
            case "feb" -> leap ? 29 : 28;
            case "apr", "jun", "sep", "nov" -> 30;
            default -> {
                if (month.length() != 3) throw new IllegalArgumentException(month);
                yield 31;
            }
        };
    }
    static String kind(Planet p) {
        switch (p) {
            case EARTH: return "home";
            default: return "away";
        }
    }
    public static void main(String[] args) {
        Shape s = Circle.unit();
        System.out.println(s.describe() + " " + Circle.made + " " + new Circle(2).equals(new Circle(2.0)));
        Pair<String, Integer> p = new Pair<>("a", 1);
        System.out.println(p + " " + p.withSecond(new ArrayList<String>()) + " " + p.hashCode());
        for (Planet pl : Planet.values()) System.out.printf("%s %.2f %s%n", pl, pl.surfaceGravity(), kind(pl));
        System.out.println(days("feb", true) + " " + days("jun", false) + " " + days("jan", false));
        try { days("sept", false); } catch (IllegalArgumentException e) { System.out.println("bad " + e.getMessage()); }
        try { new Circle(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        String tb = """
            Hello,
              "World" \
            end
            """;
        System.out.print(tb);
        var scores = new TreeMap<String, Integer>();
        scores.put("x", 2);
        scores.put("y", 1);
        var list = new ArrayList<Map.Entry<String, Integer>>(scores.entrySet());
        list.sort((a, b) -> a.getValue() - b.getValue());
        System.out.println(list);
        Object anon = new Object() { static int twice(int x) { return 2 * x; } public String toString() { return "anon" + twice(4); } };
        System.out.println(anon);
    }
}
