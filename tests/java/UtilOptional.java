// Optional chains (map, filter, flatMap, or, orElse*), OptionalInt and
// OptionalDouble, their equals/hashCode/toString and exceptions.
import java.util.*;

public class UtilOptional {
    static final Map<String, String> MANAGER = new HashMap<>();
    static final Map<String, Integer> AGE = new HashMap<>();

    static Optional<String> managerOf(String name) { return Optional.ofNullable(MANAGER.get(name)); }

    static OptionalInt firstEven(int[] a) {
        for (int x : a) if (x % 2 == 0) return OptionalInt.of(x);
        return OptionalInt.empty();
    }

    static OptionalDouble mean(int[] a) {
        if (a.length == 0) return OptionalDouble.empty();
        double s = 0;
        for (int x : a) s += x;
        return OptionalDouble.of(s / a.length);
    }

    public static void main(String[] args) {
        MANAGER.put("ann", "bob");
        MANAGER.put("bob", "cy");
        AGE.put("bob", 51);
        AGE.put("cy", 70);

        for (String who : new String[] {"ann", "bob", "cy", "zed"}) {
            Optional<String> boss = managerOf(who);
            Optional<String> bossOfBoss = boss.flatMap(UtilOptional::managerOf);
            Optional<Integer> age = boss.map(AGE::get);
            Optional<String> label = age.filter(x -> x > 60).map(x -> "senior");
            String senior = label.orElse("not senior");
            System.out.println(who + ": " + boss + " " + bossOfBoss + " " + age + " " + senior
                + " " + boss.isPresent() + boss.isEmpty() + " " + boss.orElseGet(() -> "(nobody)")
                + " " + boss.or(() -> Optional.of("board")).get());
            boss.ifPresent(b -> System.out.println("  reports to " + b));
            bossOfBoss.ifPresentOrElse(b -> System.out.println("  skip-level " + b), () -> System.out.println("  no skip-level"));
        }

        Optional<String> e = Optional.empty();
        System.out.println(e + " " + e.equals(Optional.empty()) + " " + e.hashCode() + " " + e.map(String::length));
        Optional<String> x = Optional.of("x"), x2 = Optional.ofNullable("x");
        System.out.println(x.equals(x2) + " " + x.equals(e) + " " + (x.hashCode() == "x".hashCode()) + " " + x.equals("x"));
        Optional<Integer> doubled = Optional.of(42).map(n -> n * 2);
        Optional<String> big = doubled.filter(n -> n > 50).map(n -> "big " + n);
        System.out.println(big.orElse("small"));
        System.out.println(Optional.of("abc").map(s -> (String) null));
        try {
            e.get();
        } catch (NoSuchElementException ex) {
            System.out.println(ex);
        }
        try {
            e.orElseThrow();
        } catch (NoSuchElementException ex) {
            System.out.println(ex.getMessage());
        }
        try {
            e.orElseThrow(() -> new IllegalStateException("no boss"));
        } catch (IllegalStateException ex) {
            System.out.println(ex);
        }
        try {
            Optional.of(null);
        } catch (NullPointerException ex) {
            System.out.println("of(null): NullPointerException");
        }
        System.out.println(x.orElseThrow(() -> new IllegalStateException("unused")));

        int[][] arrays = {{3, 5, 8, 10}, {1, 7}, {}};
        for (int[] a : arrays) {
            OptionalInt ev = firstEven(a);
            OptionalDouble m = mean(a);
            System.out.println(Arrays.toString(a) + " " + ev + " " + ev.orElse(-1) + " " + ev.isPresent() + " "
                + m + " " + m.orElse(Double.NaN) + " " + m.isEmpty());
            ev.ifPresent(v -> System.out.println("  even " + v));
            m.ifPresentOrElse(v -> System.out.println("  mean " + v), () -> System.out.println("  no mean"));
        }
        System.out.println(OptionalInt.of(7).equals(OptionalInt.of(7)) + " " + OptionalInt.of(7).hashCode() + " "
            + OptionalInt.empty().equals(OptionalInt.of(0)) + " " + OptionalInt.empty().hashCode() + " "
            + OptionalInt.empty().orElseGet(() -> 99) + " " + OptionalInt.of(3).getAsInt());
        System.out.println(OptionalDouble.of(0.0).equals(OptionalDouble.of(-0.0)) + " "
            + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)) + " "
            + OptionalDouble.of(2.5).hashCode() + " " + OptionalDouble.of(1e10) + " " + OptionalDouble.empty().orElseGet(() -> 0.5));
        try {
            OptionalInt.empty().getAsInt();
        } catch (NoSuchElementException ex) {
            System.out.println(ex);
        }
        OptionalDouble.empty().getAsDouble();
    }
}
