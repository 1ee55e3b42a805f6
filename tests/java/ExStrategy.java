import java.util.*;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;

public class ExStrategy {
    interface DiscountStrategy {
        double apply(double amount);

        static DiscountStrategy none() { return a -> a; }
        static DiscountStrategy percent(double p) { return a -> a * (1 - p / 100); }
        static DiscountStrategy fixed(double f) { return a -> Math.max(0, a - f); }

        default DiscountStrategy then(DiscountStrategy next) {
            return a -> next.apply(apply(a));
        }
    }

    enum Operation implements IntBinaryOperator {
        ADD("+") { public int applyAsInt(int a, int b) { return a + b; } },
        SUB("-") { public int applyAsInt(int a, int b) { return a - b; } },
        MUL("*") { public int applyAsInt(int a, int b) { return a * b; } },
        DIV("/") { public int applyAsInt(int a, int b) { return a / b; } };

        final String symbol;
        Operation(String symbol) { this.symbol = symbol; }
    }

    static class Checkout {
        private DiscountStrategy strategy = DiscountStrategy.none();
        void setStrategy(DiscountStrategy s) { strategy = s; }
        double total(List<Double> prices) {
            double t = 0;
            for (Double p : prices) t += p;
            return strategy.apply(t);
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        List<Double> prices = new ArrayList<>();
        for (int i = 0; i < n; i++) prices.add(sc.nextDouble());
        System.out.println("prices: " + prices);
        Checkout c = new Checkout();
        Map<String, DiscountStrategy> strategies = new LinkedHashMap<>();
        strategies.put("none", DiscountStrategy.none());
        strategies.put("10%", DiscountStrategy.percent(10));
        strategies.put("$5 off", DiscountStrategy.fixed(5));
        strategies.put("10% then $5", DiscountStrategy.percent(10).then(DiscountStrategy.fixed(5)));
        strategies.put("huge", DiscountStrategy.fixed(1e6));
        for (Map.Entry<String, DiscountStrategy> e : strategies.entrySet()) {
            c.setStrategy(e.getValue());
            System.out.printf("%-12s %8.2f%n", e.getKey(), c.total(prices));
        }
        while (sc.hasNextInt()) {
            int a = sc.nextInt();
            String op = sc.next();
            int b = sc.nextInt();
            for (Operation o : Operation.values()) {
                if (o.symbol.equals(op)) {
                    try {
                        System.out.println(a + " " + op + " " + b + " = " + o.applyAsInt(a, b) + " (" + o + ")");
                    } catch (ArithmeticException ex) {
                        System.out.println(a + " " + op + " " + b + " -> " + ex);
                    }
                }
            }
        }
        BinaryOperator<String> longer = (x, y) -> x.length() >= y.length() ? x : y;
        System.out.println(longer.apply("strategy", "pattern") + " " + BinaryOperator.minBy(Comparator.<Integer>naturalOrder()).apply(3, 2));
        DoubleUnaryOperator sq = x -> x * x;
        System.out.println(sq.andThen(Math::sqrt).applyAsDouble(-3) + " " + sq.compose((double x) -> x + 1).applyAsDouble(2));
        Supplier<List<String>> factory = ArrayList::new;
        List<String> l = factory.get();
        l.add("made");
        System.out.println(l);
    }
}
