/* java.math.BigDecimal: an immutable decimal, unscaledValue * 10^-scale,
 * as the JDK's (its scales, strings, hash codes and exception messages).
 * intVal is the unscaled value; precision is computed when asked. */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    private final BigInteger intVal;
    private final int scale;

    /* (not BigInteger.ZERO ...: BigInteger may not be initialised yet) */
    public static final BigDecimal ZERO = valueOf(0);
    public static final BigDecimal ONE = valueOf(1);
    public static final BigDecimal TWO = valueOf(2);
    public static final BigDecimal TEN = valueOf(10);
    /* the int rounding modes (deprecated since Java 9; RoundingMode.valueOf(int) maps them) */
    public static final int ROUND_UP = 0, ROUND_DOWN = 1, ROUND_CEILING = 2, ROUND_FLOOR = 3, ROUND_HALF_UP = 4,
            ROUND_HALF_DOWN = 5, ROUND_HALF_EVEN = 6, ROUND_UNNECESSARY = 7;

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) { this(val, 0); }
    public BigDecimal(int val) { this(BigInteger.valueOf(val), 0); }
    public BigDecimal(long val) { this(BigInteger.valueOf(val), 0); }

    /* the constructors with a MathContext: the exact value, rounded */
    public BigDecimal(String val, MathContext mc) { this(new BigDecimal(val).round(mc)); }
    public BigDecimal(double val, MathContext mc) { this(new BigDecimal(val).round(mc)); }
    public BigDecimal(BigInteger val, MathContext mc) { this(new BigDecimal(val).round(mc)); }
    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) { this(new BigDecimal(unscaledVal, scale).round(mc)); }
    public BigDecimal(int val, MathContext mc) { this(new BigDecimal(val).round(mc)); }
    public BigDecimal(long val, MathContext mc) { this(new BigDecimal(val).round(mc)); }

    private BigDecimal(BigDecimal v) { this(v.intVal, v.scale); }

    public static BigDecimal valueOf(long val) { return new BigDecimal(BigInteger.valueOf(val), 0); }
    public static BigDecimal valueOf(long unscaledVal, int scale) { return new BigDecimal(BigInteger.valueOf(unscaledVal), scale); }
    /* through Double.toString, as the JDK's */
    public static BigDecimal valueOf(double val) { return new BigDecimal(Double.toString(val)); }

    /* the exact binary value of val: an odd significand times 2^e, which
     * for e < 0 is significand * 5^-e / 10^-e */
    public BigDecimal(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) throw new NumberFormatException("Infinite or NaN");
        long bits = Double.doubleToLongBits(val);
        int exponent = (int) ((bits >> 52) & 0x7ff);
        long significand = exponent == 0 ? (bits & ((1L << 52) - 1)) << 1 : (bits & ((1L << 52) - 1)) | (1L << 52);
        exponent -= 1075;
        if (significand == 0) {
            intVal = BigInteger.ZERO;
            scale = 0;
            return;
        }
        while ((significand & 1) == 0) {
            significand >>= 1;
            exponent++;
        }
        BigInteger m = BigInteger.valueOf(bits < 0 ? -significand : significand);
        if (exponent >= 0) {
            intVal = m.shiftLeft(exponent);
            scale = 0;
        } else {
            intVal = m.multiply(BigInteger.valueOf(5).pow(-exponent));
            scale = -exponent;
        }
    }

    /* the JDK's grammar and messages: a sign, digits (any Unicode decimal
     * digits) with at most one point, then an optional exponent, read as
     * soon as its 'e' is seen */
    public BigDecimal(String val) {
        int len = val.length(), i = 0;
        if (len == 0) throw new NumberFormatException();
        boolean neg = false;
        if (val.charAt(0) == '-' || val.charAt(0) == '+') {
            neg = val.charAt(0) == '-';
            i = 1;
        }
        StringBuilder digits = new StringBuilder();
        boolean dot = false;
        long scl = 0, exp = 0;
        for (; i < len; i++) {
            char c = val.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0 && Character.isDigit(c)) {
                digits.append((char) ('0' + d));
                if (dot) scl++;
            } else if (c == '.') {
                if (dot) throw new NumberFormatException("Character array contains more than one decimal point.");
                dot = true;
            } else if (c == 'e' || c == 'E') {
                exp = parseExponent(val, i + 1);
                break;
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (digits.length() == 0) throw new NumberFormatException("No digits found.");
        scl -= exp;
        if (scl != (int) scl) throw new NumberFormatException("Scale out of range.");
        BigInteger v = new BigInteger(digits.toString());
        intVal = neg ? v.negate() : v;
        scale = (int) scl;
    }

    private static long parseExponent(String s, int i) {
        int len = s.length();
        if (i >= len) throw new NumberFormatException();
        boolean neg = s.charAt(i) == '-';
        if (neg || s.charAt(i) == '+') i++;
        if (i >= len) throw new NumberFormatException();
        while (len - i > 10 && Character.digit(s.charAt(i), 10) == 0) i++;
        if (len - i > 10) throw new NumberFormatException("Too many nonzero exponent digits.");
        long exp = 0;
        for (; i < len; i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0 || !Character.isDigit(s.charAt(i))) throw new NumberFormatException("Not a digit.");
            exp = exp * 10 + d;
        }
        if (neg) exp = -exp;
        if (exp != (int) exp) throw new NumberFormatException("Exponent overflow.");
        return exp;
    }

    /* ---- helpers ---- */

    private static final BigInteger[] TEN_POWERS = new BigInteger[40];

    /* 10^n for n >= 0 */
    static BigInteger tenPow(int n) {
        if (n < TEN_POWERS.length) {
            BigInteger p = TEN_POWERS[n];
            if (p == null) TEN_POWERS[n] = p = BigInteger.TEN.pow(n);
            return p;
        }
        return BigInteger.TEN.pow(n);
    }

    /* the number of decimal digits of |v| (1 for zero): those of 2^(b-1)
     * or one more, for v of b bits */
    static int digitLength(BigInteger v) {
        int b = v.abs().bitLength();
        if (b == 0) return 1;
        int r = (int) ((b - 1) * 0.301029995663981195) + 1;
        return v.abs().compareTo(tenPow(r)) >= 0 ? r + 1 : r;
    }

    /* n / d rounded by mode (d nonzero): the truncated quotient, moved
     * one away from zero where the mode says so for the remainder */
    static BigInteger roundDiv(BigInteger n, BigInteger d, RoundingMode mode) {
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() == 0) return q;
        int sign = n.signum() * d.signum();
        int half = r.abs().shiftLeft(1).compareTo(d.abs());
        boolean away;
        switch (mode) {
            case UNNECESSARY: throw new ArithmeticException("Rounding necessary");
            case UP: away = true; break;
            case DOWN: away = false; break;
            case CEILING: away = sign > 0; break;
            case FLOOR: away = sign < 0; break;
            case HALF_UP: away = half >= 0; break;
            case HALF_DOWN: away = half > 0; break;
            default: away = half > 0 || (half == 0 && q.testBit(0)); break;
        }
        return away ? q.add(BigInteger.valueOf(sign)) : q;
    }

    /* this value with the given scale (larger, or rounded by mode) */
    private static BigDecimal rescale(BigInteger v, int from, int to, RoundingMode mode) {
        if (to >= from) return new BigDecimal(v.multiply(tenPow(to - from)), to);
        return new BigDecimal(roundDiv(v, tenPow(from - to), mode), to);
    }

    private static int checkScale(long s) {
        if (s > Integer.MAX_VALUE) throw new ArithmeticException("Underflow");
        if (s < Integer.MIN_VALUE) throw new ArithmeticException("Overflow");
        return (int) s;
    }

    /* ---- accessors ---- */

    public int scale() { return scale; }
    public int precision() { return digitLength(intVal); }
    public BigInteger unscaledValue() { return intVal; }
    public int signum() { return intVal.signum(); }
    public BigDecimal negate() { return new BigDecimal(intVal.negate(), scale); }
    public BigDecimal abs() { return signum() < 0 ? negate() : this; }
    public BigDecimal plus() { return this; }
    public BigDecimal ulp() { return new BigDecimal(BigInteger.ONE, scale); }

    /* ---- arithmetic ---- */

    public BigDecimal add(BigDecimal augend) {
        int s = Math.max(scale, augend.scale);
        return new BigDecimal(aligned(s).add(augend.aligned(s)), s);
    }

    public BigDecimal subtract(BigDecimal subtrahend) { return add(subtrahend.negate()); }

    /* the unscaled value at scale s >= scale */
    private BigInteger aligned(int s) { return s == scale ? intVal : intVal.multiply(tenPow(s - scale)); }

    /* the exact sum rounded; where one operand is zero, the other rounded,
     * its scale brought as near the larger scale as mc's precision allows */
    public BigDecimal add(BigDecimal augend, MathContext mc) {
        if (mc.getPrecision() == 0) return add(augend);
        boolean zero1 = signum() == 0, zero2 = augend.signum() == 0;
        if (!zero1 && !zero2) return add(augend).round(mc);
        int preferred = Math.max(scale, augend.scale);
        if (zero1 && zero2) return new BigDecimal(BigInteger.ZERO, preferred);
        BigDecimal r = (zero1 ? augend : this).round(mc);
        if (r.scale == preferred) return r;
        if (r.scale > preferred) return r.stripZerosTo(preferred);
        int room = mc.getPrecision() - r.precision();
        return r.setScale(preferred - r.scale <= room ? preferred : r.scale + room);
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) { return add(subtrahend.negate(), mc); }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) { return multiply(multiplicand).round(mc); }

    public BigDecimal negate(MathContext mc) { return negate().round(mc); }
    public BigDecimal abs(MathContext mc) { return abs().round(mc); }

    public BigDecimal multiply(BigDecimal multiplicand) {
        return new BigDecimal(intVal.multiply(multiplicand.intVal), checkScale((long) scale + multiplicand.scale));
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        if (divisor.signum() == 0) {
            /* the JDK divides in longs where the (rescaled) operands fit */
            long raise = (long) scale + divisor.scale - this.scale;
            boolean small = intVal.bitLength() < 64 && Math.abs(raise) < 19
                    && (raise <= 0 || intVal.multiply(tenPow((int) raise)).bitLength() < 64);
            throw new ArithmeticException(small ? "/ by zero" : "BigInteger divide by zero");
        }
        /* q = this / divisor * 10^scale = intVal * 10^(scale + ds - ts) / divisor.intVal */
        long raise = (long) scale + divisor.scale - this.scale;
        BigInteger n = intVal, d = divisor.intVal;
        if (raise >= 0) n = n.multiply(tenPow((int) raise));
        else d = d.multiply(tenPow((int) -raise));
        return new BigDecimal(roundDiv(n, d, roundingMode), scale);
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, intRoundingMode(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, intRoundingMode(roundingMode));
    }

    private void checkDivisor(BigDecimal divisor) {
        if (divisor.signum() == 0)
            throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
    }

    private static int saturate(long s) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, s));
    }

    /* the exact quotient, or ArithmeticException when it has no finite
     * decimal expansion; its scale is the preferred this.scale -
     * divisor.scale where that holds it, else the smallest that does */
    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(divisor);
        int preferred = saturate((long) scale - divisor.scale);
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, preferred);
        MathContext mc = new MathContext((int) Math.min(precision() + (long) Math.ceil(10.0 * divisor.precision() / 3.0),
                Integer.MAX_VALUE), RoundingMode.UNNECESSARY);
        BigDecimal q;
        try {
            q = divide(divisor, mc);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        return preferred > q.scale ? q.setScale(preferred, RoundingMode.UNNECESSARY) : q;
    }

    /* the quotient rounded to mc's precision: an inexact one has exactly
     * that many digits; an exact one its trailing zeros stripped down to
     * the preferred scale this.scale - divisor.scale */
    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        if (mc.getPrecision() == 0) return divide(divisor);
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, saturate(preferred));
        int p = mc.getPrecision();
        /* at scale s, |quotient| * 10^s lies in (10^(p-1), 10^(p+1)) */
        long s = p + (long) divisor.precision() - precision() + preferred;
        BigInteger n = intVal.abs(), d = divisor.intVal.abs();
        if (digitLength(scaledQuotient(n, d, s, preferred)) > p) s--;
        long raise = s - preferred;
        BigInteger num = intVal, den = divisor.intVal;
        if (raise >= 0) num = num.multiply(tenPow((int) raise));
        else den = den.multiply(tenPow((int) -raise));
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = roundDiv(num, den, mc.getRoundingMode());
        if (digitLength(q) > p) { /* rounded up to 10^p */
            q = q.divide(BigInteger.TEN);
            s--;
        }
        BigDecimal result = new BigDecimal(q, checkScale(s));
        return qr[1].signum() == 0 ? result.stripZerosTo(preferred) : result;
    }

    /* |n / d| * 10^(s - preferred), truncated */
    private static BigInteger scaledQuotient(BigInteger n, BigInteger d, long s, long preferred) {
        long raise = s - preferred;
        return raise >= 0 ? n.multiply(tenPow((int) raise)).divide(d) : n.divide(d.multiply(tenPow((int) -raise)));
    }

    /* trailing zeros removed while the scale is above preferred */
    private BigDecimal stripZerosTo(long preferred) {
        BigInteger v = intVal;
        int s = scale;
        while (s > preferred && v.signum() != 0) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) break;
            v = qr[0];
            s--;
        }
        return s == scale ? this : new BigDecimal(v, s);
    }

    /* the truncated quotient, with the JDK's scale: the preferred
     * this.scale - divisor.scale where the value allows it */
    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        checkDivisor(divisor);
        int preferred = saturate((long) scale - divisor.scale);
        if (abs().compareTo(divisor.abs()) < 0) return new BigDecimal(BigInteger.ZERO, preferred);
        int maxDigits = (int) Math.min(precision() + (long) Math.ceil(10.0 * divisor.precision() / 3.0)
                + Math.abs((long) scale - divisor.scale) + 2, Integer.MAX_VALUE);
        BigDecimal q = divide(divisor, new MathContext(maxDigits, RoundingMode.DOWN));
        if (q.scale > 0) q = q.setScale(0, RoundingMode.DOWN).stripZerosTo(preferred);
        if (q.scale < preferred) q = q.setScale(preferred, RoundingMode.UNNECESSARY);
        return q;
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return subtract(divideToIntegralValue(divisor).multiply(divisor));
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) throw new ArithmeticException("Invalid operation");
        return new BigDecimal(intVal.pow(n), checkScale((long) scale * n));
    }

    /* ---- scale and rounding ---- */

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        return newScale == scale ? this : rescale(intVal, scale, newScale, roundingMode);
    }

    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, intRoundingMode(roundingMode));
    }

    /* BigDecimal's own check of an int rounding mode (its message, not RoundingMode.valueOf's) */
    private static RoundingMode intRoundingMode(int roundingMode) {
        if (roundingMode < ROUND_UP || roundingMode > ROUND_UNNECESSARY) throw new IllegalArgumentException("Invalid rounding mode");
        return RoundingMode.valueOf(roundingMode);
    }

    public BigDecimal setScale(int newScale) { return setScale(newScale, RoundingMode.UNNECESSARY); }

    /* this rounded to mc's precision (0: unchanged) */
    public BigDecimal round(MathContext mc) {
        int p = mc.getPrecision(), drop = precision() - p;
        if (p == 0 || drop <= 0) return this;
        BigInteger q = roundDiv(intVal, tenPow(drop), mc.getRoundingMode());
        long s = (long) scale - drop;
        if (digitLength(q) > p) { /* rounded up to 10^p */
            q = q.divide(BigInteger.TEN);
            s--;
        }
        return new BigDecimal(q, checkScale(s));
    }

    public BigDecimal plus(MathContext mc) { return round(mc); }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) return ZERO;
        return stripZerosTo(Long.MIN_VALUE);
    }

    public BigDecimal movePointLeft(int n) {
        BigDecimal r = new BigDecimal(intVal, checkScale((long) scale + n));
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    public BigDecimal movePointRight(int n) {
        BigDecimal r = new BigDecimal(intVal, checkScale((long) scale - n));
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    public BigDecimal scaleByPowerOfTen(int n) { return new BigDecimal(intVal, checkScale((long) scale - n)); }

    /* ---- comparison ---- */

    public int compareTo(BigDecimal val) {
        if (signum() != val.signum()) return signum() < val.signum() ? -1 : 1;
        int s = Math.max(scale, val.scale);
        return aligned(s).compareTo(val.aligned(s));
    }

    /* scale-sensitive: 2.0 is not 2.00 */
    public boolean equals(Object x) {
        if (!(x instanceof BigDecimal)) return false;
        BigDecimal d = (BigDecimal) x;
        return scale == d.scale && intVal.equals(d.intVal);
    }

    public int hashCode() { return 31 * intVal.hashCode() + scale; }

    public BigDecimal min(BigDecimal val) { return compareTo(val) <= 0 ? this : val; }
    public BigDecimal max(BigDecimal val) { return compareTo(val) >= 0 ? this : val; }

    /* ---- conversions ---- */

    public BigInteger toBigInteger() { return setScale(0, RoundingMode.DOWN).intVal; }
    public BigInteger toBigIntegerExact() { return setScale(0, RoundingMode.UNNECESSARY).intVal; }

    public int intValue() { return toBigInteger().intValue(); }
    public long longValue() { return toBigInteger().longValue(); }

    public int intValueExact() {
        BigInteger v = toBigIntegerExact();
        if (v.bitLength() > 31) throw new ArithmeticException("Overflow");
        return v.intValue();
    }

    public long longValueExact() {
        BigInteger v = toBigIntegerExact();
        if (v.bitLength() > 63) throw new ArithmeticException("Overflow");
        return v.longValue();
    }

    /* correctly rounded, as the JDK's */
    public double doubleValue() { return Double.parseDouble(toString()); }
    public float floatValue() { return Float.parseFloat(toString()); }

    /* ---- strings ---- */

    /* plain notation when the scale is not negative and the adjusted
     * exponent (that of the first digit) is at least -6; else one digit,
     * the rest after a point, and E with the signed adjusted exponent */
    public String toString() { return layout(false); }

    /* as toString, with the exponent a multiple of three: one to three
     * digits before the point (a zero's exponent is raised to a multiple of
     * three, giving 0.00 or 0.0 forms) */
    public String toEngineeringString() { return layout(true); }

    private String layout(boolean engineering) {
        if (scale == 0) return intVal.toString();
        String digits = intVal.abs().toString();
        StringBuilder sb = new StringBuilder();
        if (intVal.signum() < 0) sb.append('-');
        long adjusted = -(long) scale + (digits.length() - 1);
        if (scale >= 0 && adjusted >= -6) return plain(sb, digits);
        int lead = engineering ? (int) (((adjusted % 3) + 3) % 3) + 1 : 1; /* digits before the point */
        adjusted -= lead - 1;
        if (signum() == 0 && lead > 1) {
            sb.append(lead == 2 ? "0.00" : "0.0");
            adjusted += 3;
        } else if (lead >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < lead; i++) sb.append('0');
        } else {
            sb.append(digits, 0, lead).append('.').append(digits, lead, digits.length());
        }
        return exponent(sb, adjusted);
    }

    private static String exponent(StringBuilder sb, long adjusted) {
        if (adjusted != 0) sb.append('E').append(adjusted > 0 ? "+" : "").append(adjusted);
        return sb.toString();
    }

    /* digits with the point placed by a scale >= 0 */
    private String plain(StringBuilder sb, String digits) {
        int point = digits.length() - scale;
        if (point > 0) {
            sb.append(digits, 0, point);
            if (scale > 0) sb.append('.').append(digits, point, digits.length());
        } else {
            sb.append("0.");
            for (int i = point; i < 0; i++) sb.append('0');
            sb.append(digits);
        }
        return sb.toString();
    }

    public String toPlainString() {
        if (scale >= 0) return plain(new StringBuilder(intVal.signum() < 0 ? "-" : ""), intVal.abs().toString());
        if (signum() == 0) return "0";
        StringBuilder sb = new StringBuilder(intVal.toString());
        for (int i = scale; i < 0; i++) sb.append('0');
        return sb.toString();
    }
}
