import java.util.*;
import java.util.function.*;
public class LineSeparatorOperators {
    record P(String name, int age) {}
    public static void main(String[] args) {
        System.out.println(System.lineSeparator().length() + " [" + System.lineSeparator() + "]");
        System.out.println(System.getProperty("line.separator").equals("\n") + " " + System.getProperty("file.separator") + " " + System.getProperty("path.separator") + " " + System.getProperty("no.such.key") + " " + System.getProperty("no.such.key", "fallback"));
        try { System.getProperty(null); } catch (NullPointerException e) { System.out.println(e); }
        try { System.getProperty(""); } catch (IllegalArgumentException e) { System.out.println(e); }
        String text = "a" + System.lineSeparator() + "b";
        System.out.println(text.split(System.lineSeparator()).length);

        Comparator<P> byAge = (a, b) -> Integer.compare(a.age(), b.age());
        BinaryOperator<P> younger = BinaryOperator.minBy(byAge);
        BinaryOperator<P> older = BinaryOperator.maxBy(byAge);
        P ann = new P("ann", 30), bob = new P("bob", 25), cat = new P("cat", 30);
        System.out.println(younger.apply(ann, bob) + " " + older.apply(ann, bob) + " " + younger.apply(ann, cat) + " " + older.apply(ann, cat));
        Comparator<String> byLength = (x, y) -> x.length() - y.length();
        BinaryOperator<String> shorter = BinaryOperator.minBy(byLength);
        String best = "";
        List<String> words = List.of("pear", "fig", "apple", "kiwi");
        for (String w : words) best = best.isEmpty() ? w : shorter.apply(best, w);
        System.out.println(best);

        IntUnaryOperator inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).applyAsInt(5) + " " + inc.compose(dbl).applyAsInt(5) + " " + IntUnaryOperator.identity().applyAsInt(9) + " " + inc.andThen(IntUnaryOperator.identity()).compose(inc).applyAsInt(0));
        DoubleUnaryOperator half = x -> x / 2, sq = x -> x * x;
        System.out.println(half.andThen(sq).applyAsDouble(3) + " " + half.compose(sq).applyAsDouble(3) + " " + DoubleUnaryOperator.identity().applyAsDouble(-0.5));
        try { inc.andThen(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { BinaryOperator.minBy(null); } catch (NullPointerException e) { System.out.println("NPE"); }
    }
}
