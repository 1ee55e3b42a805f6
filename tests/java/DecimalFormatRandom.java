import java.text.*;
import java.math.RoundingMode;
import java.util.Random;
/* DecimalFormat against the JVM on seeded random cases: values of every
 * kind (ties, exact binary fractions, random bits, powers of ten, longs),
 * patterns, rounding modes and setters, with toPattern after the setters. */
public class DecimalFormatRandom {
    public static void main(String[] args) {
        String[] pats = {"#,##0.###", "0.000", "#,##0.00", "#.##", "0.###E0", "00.00E0", "##0.#####E0", "0%",
                "#,###", "0", "#", ".##", "0.#E0", "#0.0#", "000.000", "#,##0.00;(#,##0.00)", "\u00A4#,##0.00",
                "#,##0%", "0.00\u2030", "#E0", "##0.##E00", "0.0000000000", "#,##0.###;-#", "0.00 'kg'", "'x'0"};
        RoundingMode[] modes = RoundingMode.values();
        Random r = new Random(42);
        int n = 1200;
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            double v;
            switch (r.nextInt(8)) {
                case 0: v = r.nextInt(100000) / 1000.0; break;
                case 1: v = r.nextInt(2000) / 8.0 - 100; break;
                case 2: v = (r.nextInt(20000) + 0.5) / 1000.0; break;
                case 3: v = Double.longBitsToDouble(r.nextLong()); if (Double.isNaN(v)) v = 0.0; break;
                case 4: v = r.nextDouble() * Double.parseDouble("1e" + (r.nextInt(40) - 20)); break; // 10^k correctly rounded
                case 5: v = r.nextInt(1000) * Double.parseDouble("1e" + (r.nextInt(12) - 8)); break;
                case 6: v = r.nextLong() / 1e6; break;
                default: v = (r.nextInt(2001) - 1000) / 10000.0; break;
            }
            if (r.nextBoolean()) v = -v;
            String p = pats[r.nextInt(pats.length)];
            DecimalFormat f = new DecimalFormat(p);
            RoundingMode m = modes[r.nextInt(modes.length)];
            if (r.nextInt(3) > 0) m = RoundingMode.HALF_EVEN;
            f.setRoundingMode(m);
            if (r.nextInt(6) == 0) f.setMaximumFractionDigits(r.nextInt(8));
            if (r.nextInt(8) == 0) f.setMinimumIntegerDigits(r.nextInt(5));
            if (r.nextInt(8) == 0) f.setMaximumIntegerDigits(r.nextInt(5));
            if (r.nextInt(10) == 0) f.setGroupingSize(r.nextInt(5));
            if (r.nextInt(10) == 0) f.setGroupingUsed(r.nextBoolean());
            if (r.nextInt(10) == 0) f.setMultiplier(r.nextInt(2001) - 1000);
            if (r.nextInt(10) == 0) f.setDecimalSeparatorAlwaysShown(r.nextBoolean());
            if (r.nextInt(10) == 0) f.setMinimumFractionDigits(r.nextInt(6));
            if (r.nextInt(20) == 0) f.setPositivePrefix("+'");
            if (r.nextInt(20) == 0) f.setNegativeSuffix("-;");
            out.append(f.toPattern()).append(' ');
            String s;
            try { s = f.format(v); } catch (ArithmeticException e) { s = "AE " + e.getMessage(); }
            long l = r.nextInt(4) == 0 ? r.nextLong() : r.nextInt(100000) - 50000;
            String t;
            try { t = f.format(l); } catch (ArithmeticException e) { t = "AE " + e.getMessage(); }
            out.append(k).append(' ').append(p).append(' ').append(m).append(' ').append(f.getMaximumFractionDigits())
                    .append(' ').append(Double.toString(v)).append(" -> ").append(s).append(" | ").append(l).append(" -> ").append(t).append('\n');
        }
        System.out.print(out);
    }
}
