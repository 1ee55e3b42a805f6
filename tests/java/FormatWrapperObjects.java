import java.util.ArrayList;
import java.util.List;

// printf and String.format given wrapper objects (Integer, Double, ...)
// rather than primitives: values read from collections, Object variables,
// casts, and a null wrapper.
public class FormatWrapperObjects {
    public static void main(String[] args) {
        Integer x = 5;
        List<Double> doubles = new ArrayList<>();
        doubles.add(2.5);
        doubles.add(-0.125);
        System.out.printf("%d %.2f %s%n", x, doubles.get(0), x);
        System.out.println(String.format("%5d|%c|%b", x, (Character) 'q', (Boolean) true));
        Object o = 77L;
        Object f = 1.5f;
        Object s = (short) -3;
        Object b = (byte) 12;
        System.out.println(String.format("%x %08.3f %+d %o", o, f, s, b));
        Integer none = null;
        System.out.println(String.format("[%d] [%s]", none, none));
        for (double d : doubles) System.out.printf("%e%n", d);
        try {
            System.out.printf("%d%n", doubles.get(1));
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
