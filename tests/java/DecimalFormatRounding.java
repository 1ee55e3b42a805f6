import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;

/* DecimalFormat's rounding: HALF_EVEN on the double's exact value by
 * default (ties exact in binary go to the even digit; 2.675 is below
 * 2.675 exactly), every RoundingMode, and the integer instance. */
public class DecimalFormatRounding {
    static void row(String pattern, RoundingMode mode, double... values) {
        DecimalFormat f = new DecimalFormat(pattern);
        if (mode != null) f.setRoundingMode(mode);
        StringBuilder b = new StringBuilder(pattern + " " + f.getRoundingMode() + ":");
        for (double v : values) b.append(' ').append(v).append('=').append(f.format(v));
        System.out.println(b);
    }

    public static void main(String[] args) {
        double[] ties = {0.125, 0.375, 0.625, 0.875, -0.125, -0.375};
        double[] inexact = {2.675, 1.005, 1.115, 0.135, 0.145, 1.235, 8.345, 0.285, -2.675, -1.005};
        row("0.00", null, ties);
        row("0.00", null, inexact);
        row("0", null, 0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 1e15 + 0.5, 0.49999999999999994);
        row("#,##0.0", null, 0.25, 0.35, 0.45, 1234.55, 1234.65, 99.95, 999.95, -999.95);
        for (RoundingMode m : RoundingMode.values()) {
            if (m == RoundingMode.UNNECESSARY) continue;
            row("0.00", m, ties);
            row("0.00", m, inexact);
            row("0", m, 2.5, 3.5, -2.5, -3.5, 2.4, -2.4, 2.6, -2.6, 0.0, -0.0);
            row("#,##0.##", m, 1234.5678, -1234.5678, 0.004, -0.004, 0.005, 0.015);
        }
        /* the JDK's quirks, kept: a double's digits are read from its
         * Double.toString text, except in the fast path state */
        row("0.###", null, 0.0005, 0.0015, 0.0025, 0.00050000001, 0.0004999);
        row("#,##0.###", null, 0.0005, 0.0015, 0.0025, 0.00050000001, 0.0004999);
        row("0.#E0", null, 125.0, 135.0, 0.125, 5.5, 5.0);
        DecimalFormat e = new DecimalFormat("0.#E0");
        System.out.println("long 125 " + e.format(125L) + ", long 135 " + e.format(135L));

        DecimalFormat u = new DecimalFormat("0.00");
        u.setRoundingMode(RoundingMode.UNNECESSARY);
        System.out.println(u.format(1.25) + " " + u.format(-3.0) + " " + u.format(12L));
        try {
            System.out.println(u.format(1.255));
        } catch (ArithmeticException x) {
            System.out.println(x);
        }

        NumberFormat in = NumberFormat.getIntegerInstance();
        StringBuilder b = new StringBuilder("integer instance:");
        double[] halves = {0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 1234567.5, 1234568.5, 0.49};
        for (double v : halves) b.append(' ').append(in.format(v));
        System.out.println(b + " " + in.format(-7L) + " " + in.getMaximumFractionDigits() + " " + in.isParseIntegerOnly());
        in.setRoundingMode(RoundingMode.HALF_UP);
        b = new StringBuilder("integer instance HALF_UP:");
        for (double v : halves) b.append(' ').append(in.format(v));
        System.out.println(b);
        System.out.println(RoundingMode.valueOf(4) + " " + RoundingMode.valueOf("CEILING").ordinal() + " " + RoundingMode.values().length);
        try {
            RoundingMode.valueOf(8);
        } catch (IllegalArgumentException x) {
            System.out.println(x);
        }
    }
}
