import java.math.RoundingMode;
import java.text.DecimalFormat;

/* DecimalFormat's scientific notation: significant digits, minimum
 * integer digits moving the exponent, engineering notation (maximum
 * integer digits as the exponent's step), exponent digits, large, tiny,
 * zero and negative numbers, longs. */
public class DecimalFormatExponent {
    static final double[] VALUES = {0, -0.0, 1, 12345, 123456, 0.00012345, -0.00012345, 1234567890.123, 9.99999, 99999.5,
            1e100, 1.7976931348623157E308, 4.9E-324, 2.2250738585072014E-308, 1e-10, 0.1, 5e-5, -12.5, 3.14159265358979};

    static void show(String pattern, RoundingMode mode) {
        DecimalFormat f = new DecimalFormat(pattern);
        if (mode != null) f.setRoundingMode(mode);
        StringBuilder b = new StringBuilder("[" + pattern + "] " + f.toPattern() + " " + f.getMinimumIntegerDigits() + ".."
                + f.getMaximumIntegerDigits() + " " + f.getMinimumFractionDigits() + ".." + f.getMaximumFractionDigits()
                + (mode == null ? "" : " " + mode) + ":");
        for (double v : VALUES) b.append(' ').append(f.format(v));
        b.append(" | longs");
        long[] longs = {0, 7, -125, 135, 99999, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : longs) b.append(' ').append(f.format(v));
        System.out.println(b);
    }

    public static void main(String[] args) {
        String[] patterns = {"0.###E0", "00.00E0", "##0.#####E0", "0E0", "0.0E00", "#E0", "##0.##E0", "###.0E0",
                "0.000E0 'units'", "#,##0.###E0", ".00E0", "0.0E0;(0.0E0)", "0.##E0%"};
        for (String p : patterns) show(p, null);
        show("0.#E0", RoundingMode.HALF_UP);
        show("0.#E0", RoundingMode.DOWN);
        show("0.#E0", RoundingMode.CEILING);
        show("##0.#E0", RoundingMode.FLOOR);

        DecimalFormat f = new DecimalFormat("0.00E0");
        f.setMinimumIntegerDigits(3);
        System.out.println(f.toPattern() + " " + f.format(12345.678) + " " + f.format(0.5));
        f.setMaximumIntegerDigits(5);
        System.out.println(f.toPattern() + " " + f.format(12345.678) + " " + f.format(0.5) + " " + f.format(1e-7));
        f.setDecimalSeparatorAlwaysShown(true);
        f.setMaximumFractionDigits(0);
        System.out.println(f.toPattern() + " " + f.format(12345.678) + " " + f.format(7L));
        f.applyPattern("0.0E0");
        System.out.println(f.format(Double.NaN) + " " + f.format(Double.POSITIVE_INFINITY) + " " + f.format(Double.NEGATIVE_INFINITY));
    }
}
