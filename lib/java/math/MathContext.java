/* java.math.MathContext: a precision (significant digits, 0 for
 * unlimited) and a RoundingMode, for BigDecimal's operations, as the JDK's
 * (its constants, messages and toString; hashCode is the JDK's formula,
 * which mixes in the rounding mode's identity hash, as varying as there). */
public final class MathContext {
    private final int precision;
    /* the rounding mode's ordinal: the constants below are made before
     * RoundingMode's may be (the library's classes are initialised in an
     * order of their own) */
    private final int mode;

    public static final MathContext UNLIMITED = new MathContext(0, 4);
    public static final MathContext DECIMAL32 = new MathContext(7, 6);
    public static final MathContext DECIMAL64 = new MathContext(16, 6);
    public static final MathContext DECIMAL128 = new MathContext(34, 6);

    private MathContext(int precision, int mode) {
        this.precision = precision;
        this.mode = mode;
    }

    public MathContext(int setPrecision) { this(setPrecision, RoundingMode.HALF_UP); }

    public MathContext(int setPrecision, RoundingMode setRoundingMode) {
        if (setPrecision < 0) throw new IllegalArgumentException("Digits < 0");
        if (setRoundingMode == null) throw new NullPointerException("null RoundingMode");
        precision = setPrecision;
        mode = setRoundingMode.ordinal();
    }

    public int getPrecision() { return precision; }
    public RoundingMode getRoundingMode() { return RoundingMode.values()[mode]; }

    public boolean equals(Object x) {
        if (!(x instanceof MathContext)) return false;
        MathContext mc = (MathContext) x;
        return mc.precision == precision && mc.mode == mode;
    }

    public int hashCode() { return getRoundingMode().hashCode() + (precision << 2); }

    public String toString() { return "precision=" + precision + " roundingMode=" + getRoundingMode(); }
}
