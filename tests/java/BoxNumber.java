// java.lang.Number: the wrappers as Numbers (intValue, doubleValue, ...
// of every kind), a user subclass of Number, arrays of Number.
class Fraction extends Number {
    final int num, den;
    Fraction(int num, int den) { this.num = num; this.den = den; }
    public int intValue() { return num / den; }
    public long longValue() { return (long) num / den; }
    public float floatValue() { return (float) num / den; }
    public double doubleValue() { return (double) num / den; }
    public String toString() { return num + "/" + den; }
}

public class BoxNumber {
    static double total(Number[] ns) {
        double t = 0;
        for (Number n : ns) t += n.doubleValue();
        return t;
    }

    public static void main(String[] args) {
        Number[] ns = {1, 2L, 3.5f, 4.25, (short) 5, (byte) 6, new Fraction(7, 2), 300000, -1.0e10};
        for (Number n : ns)
            System.out.println(n + " " + n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + n.doubleValue()
                    + " " + n.shortValue() + " " + n.byteValue());
        System.out.println(total(ns));
        Number big = 1L << 40;
        System.out.println(big.intValue() + " " + big.shortValue() + " " + big.byteValue());
        Number nan = Double.NaN;
        System.out.println(nan.intValue() + " " + nan.longValue() + " " + nan.floatValue());
        Number huge = 1e20f;
        System.out.println(huge.intValue() + " " + huge.longValue());
        Integer[] counts = new Integer[3];
        System.out.println(counts[0] + " " + (counts[1] == null));
        for (int k = 0; k < counts.length; k++) counts[k] = k * k;
        Number first = counts[2];
        System.out.println(first + " " + first.equals(4) + " " + first.equals(4L));
        Number f = new Fraction(1, 3);
        System.out.println(f.floatValue() + " " + f.shortValue());
    }
}
