import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.NumberFormat;

/* NumberFormat's factories (Locale.US) and setters: the number, integer,
 * percent and currency instances, digit counts (a maximum below the
 * minimum lowers it, and the reverse), grouping, NaN, infinities, -0.0,
 * large and tiny numbers, format(Object). */
public class NumberFormatInstances {
    static final double[] VALUES = {0, -0.0, 1, -1, 0.5, 1234567.891234, -9876.54321, 1e20, 1.7976931348623157E308,
            1e-5, 4.9E-324, 0.0005, 123.0005, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    static void show(String name, NumberFormat f) {
        StringBuilder b = new StringBuilder(name + " [" + ((DecimalFormat) f).toPattern() + "] " + f.getMinimumIntegerDigits()
                + ".." + f.getMaximumIntegerDigits() + " " + f.getMinimumFractionDigits() + ".."
                + f.getMaximumFractionDigits() + " " + f.isGroupingUsed() + " " + f.getRoundingMode() + ":");
        for (double v : VALUES) b.append(" |").append(f.format(v));
        b.append(" | longs");
        long[] longs = {0, -42, 1234567, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : longs) b.append(" |").append(f.format(v));
        System.out.println(b);
    }

    public static void main(String[] args) {
        show("instance", NumberFormat.getInstance());
        show("number", NumberFormat.getNumberInstance());
        show("integer", NumberFormat.getIntegerInstance());
        show("percent", NumberFormat.getPercentInstance());
        show("currency", NumberFormat.getCurrencyInstance());
        show("default", new DecimalFormat());

        NumberFormat f = NumberFormat.getInstance();
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(2);
        show("2 fraction digits", f);
        f.setMinimumFractionDigits(5);
        show("min fraction 5", f);
        f.setMaximumFractionDigits(1);
        show("max fraction 1", f);
        f.setGroupingUsed(false);
        f.setMinimumIntegerDigits(4);
        show("no grouping, 4 integer digits", f);
        f.setMaximumIntegerDigits(2);
        show("max integer 2", f);
        f.setMaximumIntegerDigits(-3);
        f.setMinimumFractionDigits(-1);
        show("negative counts", f);
        f.setMinimumIntegerDigits(1);
        f.setMaximumFractionDigits(20);
        f.setRoundingMode(RoundingMode.UP);
        show("20 fraction digits, UP", f);

        NumberFormat p = NumberFormat.getPercentInstance();
        p.setMinimumFractionDigits(1);
        System.out.println(p.format(0.12345) + " " + p.format(-0.5) + " " + p.format(12L) + " " + p.format(0.0005));
        NumberFormat c = NumberFormat.getCurrencyInstance();
        System.out.println(c.format(1234.565) + " " + c.format(1234.575) + " " + c.format(-0.005) + " " + c.format(3L));

        Format any = NumberFormat.getInstance();
        System.out.println(any.format(Integer.valueOf(1234567)) + " " + any.format(Double.valueOf(2.71828)) + " "
                + any.format(Long.valueOf(-5)) + " " + any.format(Float.valueOf(0.1f)) + " " + any.format(Short.valueOf((short) 12))
                + " " + any.format(Byte.valueOf((byte) -3)));
        try {
            any.format("12");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            NumberFormat.getInstance().setRoundingMode(null);
        } catch (NullPointerException e) {
            System.out.println("setRoundingMode(null): NullPointerException");
        }
    }
}
