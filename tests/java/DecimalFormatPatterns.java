import java.text.DecimalFormat;

/* DecimalFormat patterns: digits, grouping, fraction counts, prefixes and
 * suffixes with quotes, percent and per mille, negative subpatterns,
 * toPattern, applyPattern, the affix setters and malformed patterns. */
public class DecimalFormatPatterns {
    static final double[] VALUES = {0, -0.0, 0.5, -0.5, 7, 1234.5678, -1234.5678, 1234567.891, 0.0123, -0.004, 1e9};

    static void show(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern);
        StringBuilder b = new StringBuilder("[" + pattern + "] as [" + f.toPattern() + "]:");
        for (double v : VALUES) b.append(" |").append(f.format(v));
        b.append(" | long ").append(f.format(-9876543L)).append(' ').append(f.format(0L));
        System.out.println(b);
        System.out.println("  int " + f.getMinimumIntegerDigits() + ".." + f.getMaximumIntegerDigits() + " fraction "
                + f.getMinimumFractionDigits() + ".." + f.getMaximumFractionDigits() + " grouping " + f.isGroupingUsed()
                + "/" + f.getGroupingSize() + " multiplier " + f.getMultiplier() + " point " + f.isDecimalSeparatorAlwaysShown()
                + " affixes <" + f.getPositivePrefix() + "><" + f.getPositiveSuffix() + "><" + f.getNegativePrefix() + "><"
                + f.getNegativeSuffix() + ">");
    }

    static void bad(String pattern) {
        try {
            new DecimalFormat(pattern);
            System.out.println("accepted " + pattern);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] patterns = {"0.000", "#,##0.00", "#.##", "0%", "#,###", "#", "0", ".00", "#.", "000000",
                "#,##,###.#", "#,##0.00;(#,##0.00)", "0.00;0.00 CR", "$#,##0.00", "'#'#", "'it''s' 0.0 'o''clock'",
                "''0''", "0.## 'kg'", "-0.0", "0-", "0.0\u2030", "#,##0.0#%;(#)", "0.###;'minus'#", "0 a 0", "abc", "x%y0"};
        for (String p : patterns) show(p);

        DecimalFormat f = new DecimalFormat("0.0");
        f.applyPattern("#,##0.000;[#]");
        System.out.println(f.toPattern() + " " + f.format(-1234.5) + " " + f.format(98765.4321));
        f.setPositivePrefix("+");
        f.setNegativePrefix("neg ");
        f.setNegativeSuffix(" (%)");
        f.setPositiveSuffix("'");
        System.out.println(f.toPattern() + " " + f.format(-2.5) + " " + f.format(2.5));
        f.applyPattern("0.00");
        System.out.println(f.toPattern() + " " + f.format(-2.5) + " " + f.getNegativePrefix());
        f.setGroupingSize(2);
        f.setGroupingUsed(true);
        f.setMultiplier(-10);
        f.setDecimalSeparatorAlwaysShown(true);
        f.setMaximumFractionDigits(0);
        System.out.println(f.toPattern() + " " + f.format(123456.7) + " " + f.format(-5L) + " " + f.format(0L));
        f.setMultiplier(3);
        System.out.println(f.format(Long.MAX_VALUE) + " " + f.format(Long.MIN_VALUE) + " " + f.format(Double.MAX_VALUE / 2));

        bad("0;0;0");
        bad(";0");
        bad("0.0.0");
        bad("0%%");
        bad("0%\u2030");
        bad("#0#0");
        bad("0E");
        bad("0.#E");
        bad("'abc");
        bad("0,");
        bad("0,.0");
        bad("0.00;(0.00");
        try {
            f.setGroupingSize(200);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new DecimalFormat(null);
        } catch (NullPointerException e) {
            System.out.println("null pattern: NullPointerException");
        }
        System.out.println(new DecimalFormat("0.0").equals(new DecimalFormat("#0.0")) + " "
                + new DecimalFormat("0.0").equals(new DecimalFormat("0.00")) + " "
                + new DecimalFormat("0.0").hashCode() + " " + new DecimalFormat("'x'0").hashCode());
    }
}
