
public class Enums {
    enum Color { RED, GREEN, BLUE }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        private final double mass, radius;
        static final double G = 6.67300E-11;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return G * mass / (radius * radius); }
    }
    enum Op {
        PLUS("+"), TIMES("*"), MINUS;
        final String symbol;
        Op() { this("-"); }
        Op(String s) { symbol = s; }
        int apply(int a, int b) {
            switch (this) {
                case PLUS: return a + b;
                case TIMES: return a * b;
                default: return a - b;
            }
        }
        @Override public String toString() { return name() + "(" + symbol + ")"; }
    }
    interface Shape { double area(); }
    enum Unit implements Shape { ONE; public double area() { return 1.0; } }
    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case GREEN:
            case BLUE: return "cool";
        }
        return "?";
    }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.name() + " " + describe(c));
        System.out.println(Color.valueOf("GREEN") == Color.GREEN);
        System.out.println(Color.RED.compareTo(Color.BLUE) + " " + Color.BLUE.equals(Color.BLUE) + " " + Color.values().length);
        for (Planet p : Planet.values()) System.out.println(p + " " + p.surfaceGravity());
        for (Op o : Op.values()) System.out.println(o + " " + o.apply(6, 3) + " " + o.name());
        Shape s = Unit.ONE;
        System.out.println(s.area() + " " + (s instanceof Unit) + " " + Unit.ONE.getClass().getName());
        Object o = Color.BLUE;
        System.out.println(o + " " + (o instanceof Enum) + " " + (o == Color.BLUE));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Color none = null;
        try {
            describe(none);
        } catch (NullPointerException e) {
            System.out.println("NPE on switch");
        }
        Color[] cs = Color.values();
        cs[0] = Color.BLUE;
        System.out.println(Color.values()[0]);
    }
}
