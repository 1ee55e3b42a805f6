/* DecimalFormat.parse: the text at a position read as a decimal format's
 * number, as the JDK reads it (US symbols): "NaN"; the longer of the
 * positive and negative prefixes that matches; "∞" or digits (leading
 * zeros dropped) with grouping separators, each of which must be followed
 * by a digit (else the number ends before it), one decimal separator
 * (none when parsing integers only), and an exponent "E" with an optional
 * "-"; then the suffix of the sign the prefix chose (both matching: the
 * longer; neither or both: a failure).  The value is a Long when the
 * digits are an integer that fits (after the multiplier divides it) and
 * not -0, else a Double. */
final class DecimalParser {
    private final String text;
    private int position;
    /* significant digits, and where the decimal point is among them */
    private final StringBuilder digits = new StringBuilder();
    private int decimalAt;
    private boolean infinite;

    private DecimalParser(String text, int position) {
        this.text = text;
        this.position = position;
    }

    static Number parse(DecimalFormat f, String text, ParsePosition pos) {
        int start = pos.getIndex();
        if (text.startsWith("NaN", start)) {
            pos.setIndex(start + 3);
            return Double.NaN;
        }
        DecimalParser p = new DecimalParser(text, start);
        Boolean positive = p.signed(f, pos);
        if (positive == null) return null;
        return p.value(f, positive);
    }

    /* the prefix, number and suffix: true for positive, false for
     * negative, null (pos's error index set) when the text is no number */
    private Boolean signed(DecimalFormat f, ParsePosition pos) {
        String pp = f.getPositivePrefix(), np = f.getNegativePrefix();
        String ps = f.getPositiveSuffix(), ns = f.getNegativeSuffix();
        boolean gotPositive = text.startsWith(pp, position), gotNegative = text.startsWith(np, position);
        if (gotPositive && gotNegative) {
            if (pp.length() > np.length()) gotNegative = false;
            else if (pp.length() < np.length()) gotPositive = false;
        }
        if (!gotPositive && !gotNegative) return fail(pos, position);
        position += gotPositive ? pp.length() : np.length();
        if (text.startsWith("\u221E", position)) {
            infinite = true;
            position++;
        } else if (!number(f.isGroupingUsed(), f.isParseIntegerOnly())) return fail(pos, pos.getIndex()); /* at the start, as the JDK */
        if (gotPositive) gotPositive = text.startsWith(ps, position);
        if (gotNegative) gotNegative = text.startsWith(ns, position);
        if (gotPositive && gotNegative) {
            if (ps.length() > ns.length()) gotNegative = false;
            else if (ps.length() < ns.length()) gotPositive = false;
        }
        if (gotPositive == gotNegative) return fail(pos, position);
        pos.setIndex(position + (gotPositive ? ps.length() : ns.length()));
        return gotPositive;
    }

    private static Boolean fail(ParsePosition pos, int at) {
        pos.setErrorIndex(at);
        return null;
    }

    private static int digit(char ch) { return ch >= '0' && ch <= '9' ? ch - '0' : Character.digit(ch, 10); }

    /* the digits at position, into digits and decimalAt; false when there
     * are none (position unchanged) */
    private boolean number(boolean grouping, boolean integerOnly) {
        int start = position, backup = -1, digitCount = 0;
        boolean sawDecimal = false, sawDigit = false;
        int exponent = 0;
        for (; position < text.length(); position++) {
            char ch = text.charAt(position);
            int d = digit(ch);
            if (d == 0) {
                sawDigit = true;
                backup = -1;
                if (digits.length() > 0) {
                    digitCount++;
                    digits.append('0');
                } else if (sawDecimal) decimalAt--;
            } else if (d > 0 && d <= 9) {
                sawDigit = true;
                backup = -1;
                digitCount++;
                digits.append((char) ('0' + d));
            } else if (ch == '.') {
                if (integerOnly || sawDecimal) break;
                decimalAt = digitCount;
                sawDecimal = true;
            } else if (ch == ',' && grouping) {
                if (sawDecimal) break;
                backup = position;
            } else if (ch == 'E') {
                int e = exponentAt(position + 1);
                if (e != Integer.MIN_VALUE) exponent = e;
                break;
            } else break;
        }
        if (backup != -1) position = backup;
        if (!sawDecimal) decimalAt = digitCount;
        if (!sawDigit && digitCount == 0) {
            position = start;
            return false;
        }
        decimalAt = (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, (long) decimalAt + exponent));
        return true;
    }

    /* the exponent whose digits (after an optional '-') start at i, with
     * position moved past it; Integer.MIN_VALUE (position unchanged) when
     * there are no digits */
    private int exponentAt(int i) {
        boolean negative = text.startsWith("-", i);
        if (negative) i++;
        long e = 0;
        boolean any = false;
        for (; i < text.length(); i++) {
            int d = digit(text.charAt(i));
            if (d < 0 || d > 9) break;
            any = true;
            e = Math.min(e * 10 + d, Integer.MAX_VALUE);
        }
        if (!any) return Integer.MIN_VALUE;
        position = i;
        return (int) (negative ? -e : e);
    }

    private Number value(DecimalFormat f, boolean positive) {
        int multiplier = f.getMultiplier();
        if (infinite)
            return positive == (multiplier >= 0) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        int count = digits.length();
        while (count > 0 && digits.charAt(count - 1) == '0') count--;
        digits.setLength(count);
        if (multiplier == 0) {
            if (count == 0) return Double.NaN;
            return positive ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        boolean gotDouble = true, gotLongMinimum = false;
        double doubleResult = 0.0;
        long longResult = 0;
        if (fitsLong(positive, f.isParseIntegerOnly())) {
            gotDouble = false;
            longResult = integerValue();
            gotLongMinimum = longResult < 0;
        } else {
            doubleResult = count == 0 ? 0.0 : Double.parseDouble("0." + digits + "E" + decimalAt);
        }
        if (multiplier != 1) {
            if (gotDouble) doubleResult /= multiplier;
            else if (longResult % multiplier == 0) longResult /= multiplier;
            else {
                doubleResult = ((double) longResult) / multiplier;
                gotDouble = true;
            }
        }
        if (!positive && !gotLongMinimum) {
            doubleResult = -doubleResult;
            longResult = -longResult;
        }
        if (multiplier != 1 && gotDouble) {
            longResult = (long) doubleResult;
            gotDouble = (doubleResult != (double) longResult || (doubleResult == 0.0 && 1 / doubleResult < 0.0))
                && !f.isParseIntegerOnly();
        }
        return gotDouble ? (Number) doubleResult : (Number) longResult;
    }

    /* the digits times 10^(decimalAt - count), which fitsLong allows:
     * 9223372036854775808 wraps to Long.MIN_VALUE */
    private long integerValue() {
        long v = 0;
        for (int i = 0; i < decimalAt; i++) v = v * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
        return v;
    }

    /* the digits (trailing zeros gone) as an integer in a long: -0 is
     * not one unless integers only; Long.MIN_VALUE's digits only when
     * negative */
    private boolean fitsLong(boolean positive, boolean integerOnly) {
        int count = digits.length();
        if (count == 0) return positive || integerOnly;
        if (decimalAt < count || decimalAt > 19) return false;
        if (decimalAt < 19) return true;
        String min = "9223372036854775808";
        for (int i = 0; i < count; i++) {
            char d = digits.charAt(i), m = min.charAt(i);
            if (d > m) return false;
            if (d < m) return true;
        }
        if (count < decimalAt) return true;
        return !positive;
    }
}
