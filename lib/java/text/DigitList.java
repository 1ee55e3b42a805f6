import java.math.RoundingMode;

/* java.text.DigitList: the decimal digits DecimalFormat lays out, with the
 * JDK's rounding.  The value is 0.d[0]d[1]...d[count-1] x 10^decimalAt;
 * count == 0 means zero.  A double's digits are those of
 * Double.toString (JDK 17's FloatingDecimal), rounded as the JDK rounds
 * them: a tie in the digits is settled by whether FloatingDecimal rounded
 * its last digit up or had the value exactly (conversionFlags), so the
 * result is the rounding of the double's exact value, but for the JDK's
 * quirks, kept because the JVM prints them: the digits are read from the
 * Double.toString text, so "5.0E-4" has the digits 5, 0 and a trailing
 * zero that hides the tie; an integer's digits are never "exact"
 * (new DecimalFormat("0.#E0").format(125.0) is 1.3E2). */
final class DigitList {
    char[] digits = new char[32];
    int count;
    int decimalAt;
    private boolean negative;
    private RoundingMode mode = RoundingMode.HALF_EVEN;

    /* bit 0: FloatingDecimal rounded the last digit up; bit 1: the digits
     * are the value exactly (v finite, > 0; runtime/numfmt.c) */
    private static native int conversionFlags(double v);

    boolean isZero() { return count == 0; }

    /* v finite and >= 0: its digits rounded to maximumDigits fraction digits
     * (fixedPoint) or significant digits.  stripFirst: drop trailing zeros
     * before looking at the digits (the JDK's fast path, which rounds the
     * exact value without the text's quirks). */
    void set(boolean negative, double v, int maximumDigits, boolean fixedPoint, RoundingMode mode, boolean stripFirst) {
        this.negative = negative;
        this.mode = mode;
        boolean roundedUp = false, exact = true;
        if (v != 0) {
            int flags = conversionFlags(v);
            roundedUp = (flags & 1) != 0;
            exact = (flags & 2) != 0;
        }
        parse(Double.toString(v));
        if (stripFirst) stripZeros();
        if (fixedPoint) {
            if (-decimalAt > maximumDigits) { /* below the last digit shown: zero */
                count = 0;
                return;
            }
            if (-decimalAt == maximumDigits) { /* just below it: zero or one unit */
                if (shouldRoundUp(0, roundedUp, exact)) {
                    count = 1;
                    decimalAt++;
                    digits[0] = '1';
                } else {
                    count = 0;
                }
                return;
            }
        }
        stripZeros();
        round(fixedPoint ? maximumDigits + decimalAt : maximumDigits, roundedUp, exact);
    }

    /* The digits of a Double.toString text ("123.45", "1.0E-5"): leading
     * zeros skipped, every other digit kept. */
    private void parse(String s) {
        count = 0;
        decimalAt = -1;
        int exponent = 0, zerosAfterPoint = 0;
        boolean seenNonZero = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                decimalAt = count;
            } else if (c == 'E') {
                exponent = Integer.parseInt(s.substring(i + 1));
                break;
            } else {
                if (!seenNonZero) {
                    seenNonZero = c != '0';
                    if (!seenNonZero && decimalAt != -1) zerosAfterPoint++;
                }
                if (seenNonZero) digits[count++] = c;
            }
        }
        if (decimalAt == -1) decimalAt = count;
        if (seenNonZero) decimalAt += exponent - zerosAfterPoint;
    }

    /* the digits of a nonnegative integer's decimal text (no sign), rounded
     * to maximumDigits significant digits when that is > 0 */
    void setInteger(boolean negative, String text, int maximumDigits, RoundingMode mode) {
        this.negative = negative;
        this.mode = mode;
        if (digits.length < text.length()) digits = new char[text.length()];
        count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (count > 0 || c != '0') digits[count++] = c;
        }
        decimalAt = count;
        stripZeros();
        if (maximumDigits > 0) round(maximumDigits, false, true);
    }

    private void stripZeros() {
        while (count > 1 && digits[count - 1] == '0') count--;
    }

    /* Keeps the first maximumDigits digits, rounded; a carry out of all
     * nines makes the single digit 1 one place up. */
    private void round(int maximumDigits, boolean roundedUp, boolean exact) {
        if (maximumDigits < 0 || maximumDigits >= count) return;
        if (shouldRoundUp(maximumDigits, roundedUp, exact)) {
            int i = maximumDigits - 1;
            while (i >= 0 && digits[i] == '9') i--;
            if (i < 0) {
                digits[0] = '1';
                decimalAt++;
                maximumDigits = 1;
            } else {
                digits[i]++;
                maximumDigits = i + 1;
            }
        }
        count = maximumDigits;
        stripZeros();
    }

    private boolean nonZeroFrom(int from) {
        for (int i = from; i < count; i++)
            if (digits[i] != '0') return true;
        return false;
    }

    /* Whether dropping digits[maximumDigits ..] rounds the rest up.  At a
     * tie that is the last digit, the flags say on which side of it the
     * double lies: exact: on it; rounded up: below; otherwise above. */
    private boolean shouldRoundUp(int maximumDigits, boolean roundedUp, boolean exact) {
        if (maximumDigits >= count) return false;
        char first = digits[maximumDigits];
        boolean last = maximumDigits == count - 1;
        switch (mode) {
        case UP:
            return nonZeroFrom(maximumDigits);
        case DOWN:
            return false;
        case CEILING:
            return nonZeroFrom(maximumDigits) && !negative;
        case FLOOR:
            return nonZeroFrom(maximumDigits) && negative;
        case HALF_UP:
        case HALF_DOWN:
            if (first != '5') return first > '5';
            if (!last) return true;
            return exact ? mode == RoundingMode.HALF_UP : !roundedUp;
        case HALF_EVEN:
            if (first != '5') return first > '5';
            if (!last) return nonZeroFrom(maximumDigits + 1);
            if (roundedUp) return false;
            if (!exact) return true;
            return maximumDigits > 0 && (digits[maximumDigits - 1] - '0') % 2 != 0;
        default: /* UNNECESSARY */
            if (nonZeroFrom(maximumDigits))
                throw new ArithmeticException("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
            return false;
        }
    }
}
