import java.util.function.IntBinaryOperator;

public class EnumConstantBodies {
    interface Describable { String describe(); }

    enum Op implements IntBinaryOperator, Describable {
        PLUS("+") {
            public int applyAsInt(int a, int b) { return a + b; }
        },
        MINUS("-") {
            public int applyAsInt(int a, int b) { return a - b; }
            @Override public String describe() { return "minus, overridden"; }
        },
        TIMES("*") {
            private int calls;
            public int applyAsInt(int a, int b) { calls++; return a * b; }
            @Override public String toString() { return "TIMES(" + calls + " calls)"; }
        };

        private final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        public String symbol() { return symbol; }
        public String describe() { return name() + " is " + symbol; }
    }

    enum Shape {
        CIRCLE { double area(double r) { return 3 * r * r; } },
        SQUARE { double area(double s) { return s * s; } },
        POINT;
        double area(double x) { return 0; }
    }

    enum Level {
        LOW(1), HIGH(10) {
            @Override int weight() { return base * 100; }
        };
        final int base;
        Level(int base) { this.base = base; }
        int weight() { return base; }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.symbol() + " " + op.applyAsInt(6, 3) + " " + op.describe());
            System.out.println("  ordinal " + op.ordinal() + " name " + op.name());
            System.out.println("  getClass " + op.getClass().getName() + " declaring " + op.getDeclaringClass().getName());
            System.out.println("  same class? " + (op.getClass() == op.getDeclaringClass()) + " " + (op.getDeclaringClass() == Op.PLUS.getDeclaringClass()));
        }
        System.out.println(Op.valueOf("MINUS").applyAsInt(10, 4));
        System.out.println(Op.TIMES);
        IntBinaryOperator f = Op.TIMES;
        System.out.println(f.applyAsInt(7, 7) + " " + Op.TIMES);
        for (Shape s : Shape.values()) {
            String kind = switch (s) {
                case CIRCLE -> "round";
                case SQUARE -> "four corners";
                case POINT -> "nothing";
            };
            System.out.println(s + " " + s.area(2) + " " + kind + " " + s.getClass().getName() + " " + s.getDeclaringClass().getSimpleName());
            switch (s) {
                case CIRCLE: System.out.println("circle via statement"); break;
                default: System.out.println("other via statement");
            }
        }
        System.out.println(Level.LOW.weight() + " " + Level.HIGH.weight() + " " + Level.HIGH.compareTo(Level.LOW));
        System.out.println(Level.HIGH.getClass().getSimpleName().isEmpty() + " " + Level.LOW.getClass().getSimpleName());
        System.out.println(Level.HIGH instanceof Level);
        System.out.println(Level.valueOf("HIGH") == Level.HIGH);
        Object o = Level.HIGH;
        System.out.println(o.equals(Level.HIGH) + " " + o.toString());
    }
}
