// Double.equals and Float.equals compare bits (doubleToLongBits): NaN
// equals NaN and 0.0 does not equal -0.0, where == says the opposite;
// compareTo orders -0.0 before 0.0 and NaN last.
public class BoxDoubleNaN {
    public static void main(String[] args) {
        Double nan1 = Double.NaN, nan2 = 0.0 / 0.0;
        Double zero = 0.0, negZero = -0.0;
        System.out.println(nan1.equals(nan2) + " " + (nan1.doubleValue() == nan2.doubleValue()) + " " + (nan1 == nan2));
        System.out.println(zero.equals(negZero) + " " + (zero.doubleValue() == negZero.doubleValue()) + " " + (zero == 0.0) + " " + (negZero == 0.0));
        System.out.println(nan1.hashCode() + " " + nan2.hashCode() + " " + zero.hashCode() + " " + negZero.hashCode());
        System.out.println(nan1.compareTo(nan2) + " " + zero.compareTo(negZero) + " " + negZero.compareTo(zero) + " " + nan1.compareTo(1e308));
        System.out.println(Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + Double.compare(-0.0, 0.0) + " " + Double.compare(1, 2));
        System.out.println(nan1.isNaN() + " " + zero.isNaN() + " " + Double.valueOf(1 / 0.0).isInfinite());
        System.out.println(nan1 + " " + negZero + " " + (negZero + 0.0) + " " + (nan1 < 1) + " " + (nan1 > 1) + " " + (nan1 != nan1.doubleValue()));

        Float fnan = Float.NaN, fzero = 0.0f, fneg = -0.0f;
        System.out.println(fnan.equals(Float.NaN) + " " + (fnan.floatValue() == Float.NaN) + " " + fzero.equals(fneg) + " " + (fzero.floatValue() == fneg));
        System.out.println(fnan.hashCode() + " " + fzero.hashCode() + " " + fneg.hashCode() + " " + Float.valueOf(1.5f).hashCode());
        System.out.println(fnan.compareTo(0f) + " " + fneg.compareTo(fzero) + " " + Float.compare(2f, 1f) + " " + fnan.isNaN());

        Double[] values = {3.0, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, 1e-300, Double.POSITIVE_INFINITY, -5.5};
        for (int i = 1; i < values.length; i++) {
            Double key = values[i];
            int j = i - 1;
            while (j >= 0 && values[j].compareTo(key) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = key;
        }
        String line = "";
        for (Double v : values) line += v + " ";
        System.out.println(line);
        int equalPairs = 0, samePairs = 0;
        for (Double a : values)
            for (Double b : values) {
                if (a.equals(b)) equalPairs++;
                if (a.doubleValue() == b.doubleValue()) samePairs++;
            }
        System.out.println(equalPairs + " " + samePairs);
        Object o = Double.NaN;
        System.out.println(o.equals(Double.NaN) + " " + o.equals(Float.NaN) + " " + o.hashCode());
    }
}
