import java.math.RoundingMode;
import java.util.Locale;

/* java.text.NumberFormat: the digit counts, grouping and rounding mode of a
 * number format, and the factories of Locale.US's formats (every format
 * is the US English one; the Locale overloads take the locales that share it).  DecimalFormat is the one
 * kind of NumberFormat.  The setters keep minimum <= maximum as the JDK's:
 * setting a maximum below the minimum lowers the minimum, and the reverse. */
public abstract class NumberFormat extends Format {
    public static final int INTEGER_FIELD = 0;
    public static final int FRACTION_FIELD = 1;

    private int maximumIntegerDigits = 40;
    private int minimumIntegerDigits = 1;
    private int maximumFractionDigits = 3;
    private int minimumFractionDigits = 0;
    private boolean groupingUsed = true;
    private boolean parseIntegerOnly = false;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;

    protected NumberFormat() {}

    public static NumberFormat getInstance() { return new DecimalFormat("#,##0.###"); }
    public static NumberFormat getNumberInstance() { return getInstance(); }
    /* rounds to an integer (HALF_EVEN) and parses integers only */
    public static NumberFormat getIntegerInstance() {
        DecimalFormat f = new DecimalFormat("#,##0.###");
        f.setMaximumFractionDigits(0);
        f.setDecimalSeparatorAlwaysShown(false);
        f.setParseIntegerOnly(true);
        return f;
    }
    public static NumberFormat getPercentInstance() { return new DecimalFormat("#,##0%"); }
    /* US dollars: "$1,234.50", "-$1,234.50" */
    public static NumberFormat getCurrencyInstance() { return new DecimalFormat("\u00A4#,##0.00"); }

    /* the Locale overloads: the same formats, for the locales whose
     * formats are these (Locale.lime$formats: others throw); currency
     * formats for Locale.US only, the one whose symbol Lime has */
    public static NumberFormat getInstance(Locale l) {
        formats(l);
        return getInstance();
    }
    public static NumberFormat getNumberInstance(Locale l) {
        formats(l);
        return getNumberInstance();
    }
    public static NumberFormat getIntegerInstance(Locale l) {
        formats(l);
        return getIntegerInstance();
    }
    public static NumberFormat getPercentInstance(Locale l) {
        formats(l);
        return getPercentInstance();
    }
    public static NumberFormat getCurrencyInstance(Locale l) {
        if (l == null) throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"key\" is null");
        if (!Locale.US.equals(l))
            throw new UnsupportedOperationException("the currency format of locale " + l + " is not in Lime's library (it has Locale.US's)");
        return getCurrencyInstance();
    }
    /* throws unless l is a locale whose formats Lime has (null: the JDK's NullPointerException) */
    private static void formats(Locale l) {
        if (l == null) throw new NullPointerException("Cannot invoke \"java.util.Locale.stripExtensions()\" because \"locale\" is null");
        Locale.lime$formats(l);
    }

    /* the number at the start of source (text after it ignored); a
     * ParseException "Unparseable number" at the error index otherwise */
    public Number parse(String source) throws ParseException {
        ParsePosition pos = new ParsePosition(0);
        Number result = parse(source, pos);
        if (pos.getIndex() == 0) throw new ParseException("Unparseable number: \"" + source + "\"", pos.getErrorIndex());
        return result;
    }
    public abstract Number parse(String source, ParsePosition parsePosition);

    public final String format(double number) { return formatDouble(number); }
    public final String format(long number) { return formatLong(number); }
    abstract String formatDouble(double number);
    abstract String formatLong(long number);

    /* Format.format(Object): a Long, Integer, Short or Byte as a long; any
     * other Number (Double, Float) as a double; not a BigInteger or
     * BigDecimal (the JDK formats their exact digits; Lime does not yet) */
    String formatObject(Object number) {
        /* by name: limec stops at an instanceof of a library class that the
         * program does not otherwise use (it is not compiled) */
        String name = number == null ? "" : number.getClass().getName();
        if (name.equals("java.math.BigInteger") || name.equals("java.math.BigDecimal"))
            throw new UnsupportedOperationException("formatting a BigInteger or BigDecimal is not in Lime's library");
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte)
            return formatLong(((Number) number).longValue());
        if (number instanceof Number) return formatDouble(((Number) number).doubleValue());
        throw new IllegalArgumentException("Cannot format given Object as a Number");
    }

    public int getMaximumIntegerDigits() { return maximumIntegerDigits; }
    public int getMinimumIntegerDigits() { return minimumIntegerDigits; }
    public int getMaximumFractionDigits() { return maximumFractionDigits; }
    public int getMinimumFractionDigits() { return minimumFractionDigits; }
    public void setMaximumIntegerDigits(int newValue) {
        maximumIntegerDigits = Math.max(0, newValue);
        if (minimumIntegerDigits > maximumIntegerDigits) minimumIntegerDigits = maximumIntegerDigits;
    }
    public void setMinimumIntegerDigits(int newValue) {
        minimumIntegerDigits = Math.max(0, newValue);
        if (minimumIntegerDigits > maximumIntegerDigits) maximumIntegerDigits = minimumIntegerDigits;
    }
    public void setMaximumFractionDigits(int newValue) {
        maximumFractionDigits = Math.max(0, newValue);
        if (maximumFractionDigits < minimumFractionDigits) minimumFractionDigits = maximumFractionDigits;
    }
    public void setMinimumFractionDigits(int newValue) {
        minimumFractionDigits = Math.max(0, newValue);
        if (maximumFractionDigits < minimumFractionDigits) maximumFractionDigits = minimumFractionDigits;
    }
    public boolean isGroupingUsed() { return groupingUsed; }
    public void setGroupingUsed(boolean newValue) { groupingUsed = newValue; }
    public boolean isParseIntegerOnly() { return parseIntegerOnly; }
    public void setParseIntegerOnly(boolean value) { parseIntegerOnly = value; }
    public RoundingMode getRoundingMode() { return roundingMode; }
    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) throw new NullPointerException();
        this.roundingMode = roundingMode;
    }
}
