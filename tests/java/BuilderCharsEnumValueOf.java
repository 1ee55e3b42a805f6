import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/* StringBuilder/StringBuffer chars() and codePoints() (and String's
 * codePoints()): surrogate pairs, lone surrogates, the builder read when
 * the terminal operation starts; and the static Enum.valueOf(Class,
 * String) with its exceptions, for top-level, nested and constant-body
 * enums, in a lambda and through a generic method. */
public class BuilderCharsEnumValueOf {
    enum Numeral { I(1), V(5), X(10), L(50), C(100), D(500), M(1000);
        final int weight;
        Numeral(int weight) { this.weight = weight; }
    }
    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        TIMES { int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b);
    }
    static class Holder {
        enum Inner { ONE, TWO }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String s) { return Enum.valueOf(type, s.trim().toUpperCase()); }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("MCMXCIV");
        System.out.println(sb.chars().sum() + " " + sb.chars().count() + " " + sb.reverse().chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(",")));
        StringBuffer buf = new StringBuffer("abc");
        System.out.println(Arrays.toString(buf.chars().toArray()) + " " + Arrays.toString(buf.codePoints().toArray()));

        String pair = "x\uD83D\uDE00y\uDE00\uD83Dz";
        StringBuilder withPairs = new StringBuilder(pair);
        System.out.println(Arrays.toString(withPairs.chars().toArray()));
        System.out.println(Arrays.toString(withPairs.codePoints().toArray()) + " " + withPairs.codePoints().count());
        System.out.println(Arrays.toString(pair.codePoints().toArray()) + " " + Arrays.toString(new StringBuffer(pair).codePoints().toArray()));
        System.out.println("\uD83D".codePoints().count() + " " + "".codePoints().count() + " " + new StringBuilder().chars().count());

        // the builder as it is when the terminal operation starts
        StringBuilder late = new StringBuilder("ab");
        IntStream s1 = late.chars();
        IntStream s2 = late.codePoints();
        late.append("cd").setCharAt(0, 'A');
        System.out.println(s1.mapToObj(Integer::toString).collect(Collectors.joining(" ")) + " | " + s2.max().getAsInt());
        System.out.println(new StringBuilder("hello world").chars().filter(Character::isLetter).map(Character::toUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));

        Numeral n = Enum.valueOf(Numeral.class, "X");
        System.out.println(n + " " + n.ordinal() + " " + n.weight);
        Function<String, Numeral> f = s -> Enum.valueOf(Numeral.class, s);
        System.out.println("MCXVI".chars().mapToObj(c -> f.apply(String.valueOf((char) c))).mapToInt(x -> x.weight).sum());
        Op op = Enum.valueOf(Op.class, "TIMES");
        System.out.println(op + " " + op.apply(6, 7) + " " + (op.getClass() == Op.class) + " " + (op.getDeclaringClass() == Op.class));
        System.out.println(parse(Holder.Inner.class, " two ") + " " + parse(Op.class, "plus").apply(2, 3));
        String[] bad = {"Y", "x", "", "I "};
        for (String s : bad) {
            try {
                System.out.println(Enum.valueOf(Numeral.class, s));
            } catch (IllegalArgumentException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
        try {
            Enum.valueOf(Holder.Inner.class, "THREE");
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e);
        }
        try {
            Enum.valueOf(Op.class, null);
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }
        try {
            Enum.valueOf((Class<Op>) null, "PLUS");
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }
        @SuppressWarnings({"rawtypes", "unchecked"})
        Class raw = String.class;
        try {
            Enum.valueOf(raw, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e);
        }
    }
}
