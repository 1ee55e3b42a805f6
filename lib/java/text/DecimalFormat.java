import java.math.RoundingMode;

/* java.text.DecimalFormat with Locale.US's symbols, as JDK 17 formats: the
 * pattern syntax (prefix, digits '#' '0' ',' '.', exponent "E0", suffix,
 * an optional negative subpattern after ';', quotes, '%' and '\u2030'
 * multiplying by 100 and 1000, '\u00A4' the currency symbol "$" or, doubled,
 * "USD"), grouping, minimum and maximum digit counts, the rounding modes,
 * NaN as "NaN" and infinity as "\u221E", and -0.0 as "-0".
 * Doubles are rounded as DigitList says; a format in the JDK's "fast
 * path" state (HALF_EVEN, grouping by 3, no multiplier, no exponent, one
 * minimum integer digit, fraction digits 0..3, or 2..2 for a currency)
 * rounds values up to Integer.MAX_VALUE without the digit text's quirks,
 * as the JDK's fast path does.  Parsing is not provided. */
public class DecimalFormat extends NumberFormat {
    /* what a double's digits can need: the most digits format(double) and
     * format(long) use, whatever the maximum counts say */
    private static final int DOUBLE_INTEGER_DIGITS = 309;
    private static final int DOUBLE_FRACTION_DIGITS = 340;

    /* the affixes as the pattern gives them ('X' quoted for a special X,
     * '' a quote), or null after a setter gave the text itself */
    private String posPrefixPattern, posSuffixPattern, negPrefixPattern, negSuffixPattern;
    /* the affixes as printed */
    private String positivePrefix = "", positiveSuffix = "", negativePrefix = "-", negativeSuffix = "";
    private int multiplier = 1;
    private int groupingSize = 3;
    private boolean decimalSeparatorAlwaysShown;
    private boolean isCurrencyFormat;
    private boolean useExponentialNotation;
    private int minExponentDigits;
    private final DigitList digitList = new DigitList();

    public DecimalFormat() { this("#,##0.###"); }
    public DecimalFormat(String pattern) { applyPattern(pattern); }

    /* ---- patterns ---------------------------------------------------- */

    /* One subpattern as read: its affix patterns and digit counts. */
    private static final class Subpattern {
        final StringBuilder prefix = new StringBuilder(), suffix = new StringBuilder();
        int decimalPos = -1, multiplier = 1, digitLeft, zeros, digitRight, grouping = -1;
        boolean exponent;
        int minExponentDigits;
        int next = -1; /* where a negative subpattern starts after ';' */
    }

    public void applyLocalizedPattern(String pattern) { applyPattern(pattern); }

    /* the number at pos (DecimalParser); null, with pos's error index set,
     * when there is none */
    public Number parse(String text, ParsePosition pos) {
        if (pos.getIndex() < 0 || pos.getIndex() >= text.length()) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
        return DecimalParser.parse(this, text, pos);
    }

    public void applyPattern(String pattern) {
        decimalSeparatorAlwaysShown = false;
        isCurrencyFormat = false;
        useExponentialNotation = false;
        boolean gotNegative = false;
        int start = 0;
        for (int j = 1; j >= 0 && start < pattern.length(); j--) {
            Subpattern s = readSubpattern(pattern, start, j == 0);
            if (s.next >= 0) start = s.next;
            if (j == 1) {
                usePositive(s);
            } else {
                negPrefixPattern = s.prefix.toString();
                negSuffixPattern = s.suffix.toString();
                gotNegative = true;
            }
        }
        if (pattern.isEmpty()) {
            posPrefixPattern = posSuffixPattern = "";
            setMinimumIntegerDigits(0);
            setMaximumIntegerDigits(Integer.MAX_VALUE);
            setMinimumFractionDigits(0);
            setMaximumFractionDigits(Integer.MAX_VALUE);
        }
        /* no negative subpattern, or one with the positive affixes: '-' then the positive's */
        if (!gotNegative || (negPrefixPattern.equals(posPrefixPattern) && negSuffixPattern.equals(posSuffixPattern))) {
            negSuffixPattern = posSuffixPattern;
            negPrefixPattern = "'-" + posPrefixPattern;
        }
        expandAffixes();
    }

    private void usePositive(Subpattern s) {
        posPrefixPattern = s.prefix.toString();
        posSuffixPattern = s.suffix.toString();
        negPrefixPattern = posPrefixPattern;
        negSuffixPattern = posSuffixPattern;
        useExponentialNotation = s.exponent;
        if (s.exponent) minExponentDigits = s.minExponentDigits;
        int total = s.digitLeft + s.zeros + s.digitRight;
        int decimalAt = s.decimalPos >= 0 ? s.decimalPos : total;
        setMinimumIntegerDigits(decimalAt - s.digitLeft);
        setMaximumIntegerDigits(s.exponent ? s.digitLeft + getMinimumIntegerDigits() : Integer.MAX_VALUE);
        setMaximumFractionDigits(s.decimalPos >= 0 ? total - s.decimalPos : 0);
        setMinimumFractionDigits(s.decimalPos >= 0 ? s.digitLeft + s.zeros - s.decimalPos : 0);
        setGroupingUsed(s.grouping > 0);
        groupingSize = s.grouping > 0 ? s.grouping : 0;
        multiplier = s.multiplier;
        setDecimalSeparatorAlwaysShown(s.decimalPos == 0 || s.decimalPos == total);
    }

    private static boolean isNumberChar(char c) { return c == '#' || c == '0' || c == ',' || c == '.'; }

    /* the JDK's message: what is wrong, then the pattern quoted */
    private static IllegalArgumentException bad(String what, String pattern) {
        return new IllegalArgumentException(what + " \"" + pattern + "\"");
    }

    /* Reads the subpattern at start: the prefix (phase 0), the number
     * (phase 1; only skipped in a negative subpattern, whose digits mean
     * nothing) and the suffix (phase 2). */
    private Subpattern readSubpattern(String pattern, int start, boolean negative) {
        Subpattern s = new Subpattern();
        StringBuilder affix = s.prefix;
        int phase = 0;
        boolean inQuote = false;
        int n = pattern.length();
        for (int pos = start; pos < n; pos++) {
            char ch = pattern.charAt(pos);
            if (phase == 1) {
                int end = negative ? skipNumber(pattern, pos) : readNumber(pattern, pos, s);
                if (end < 0) continue; /* a number character read */
                phase = 2;
                affix = s.suffix;
                pos = end - 1; /* the suffix starts at end */
                continue;
            }
            if (inQuote) {
                if (ch == '\'') {
                    if (pos + 1 < n && pattern.charAt(pos + 1) == '\'') {
                        pos++;
                        affix.append("''");
                    } else {
                        inQuote = false;
                    }
                    continue;
                }
                affix.append(ch);
                continue;
            }
            if (isNumberChar(ch)) {
                phase = 1;
                pos--;
            } else if (ch == '\u00A4') {
                boolean doubled = pos + 1 < n && pattern.charAt(pos + 1) == '\u00A4';
                if (doubled) pos++;
                isCurrencyFormat = true;
                affix.append(doubled ? "'\u00A4\u00A4" : "'\u00A4");
            } else if (ch == '\'') {
                if (pos + 1 < n && pattern.charAt(pos + 1) == '\'') {
                    pos++;
                    affix.append("''");
                } else {
                    inQuote = true;
                }
            } else if (ch == ';') {
                if (phase == 0 || negative) throw bad("Unquoted special character '" + ch + "' in pattern", pattern);
                s.next = pos + 1;
                break;
            } else if (ch == '%' || ch == '\u2030') {
                if (s.multiplier != 1) throw bad("Too many percent/per mille characters in pattern", pattern);
                s.multiplier = ch == '%' ? 100 : 1000;
                affix.append('\'').append(ch);
            } else if (ch == '-') {
                affix.append("'-");
            } else {
                affix.append(ch);
            }
        }
        finishDigits(s, pattern, inQuote);
        return s;
    }

    /* In a negative subpattern: the index after the number characters and
     * exponents at pos, or -1 when the character at pos is one (the caller
     * moves on by one). */
    private static int skipNumber(String pattern, int pos) {
        if (isNumberChar(pattern.charAt(pos))) return -1;
        if (pattern.startsWith("E", pos)) return -1;
        return pos;
    }

    /* Reads the number character at pos into s: -1; or pos itself when it
     * is none (the suffix starts there), or where the suffix starts after an
     * exponent "E0..." */
    private int readNumber(String pattern, int pos, Subpattern s) {
        char ch = pattern.charAt(pos);
        if (ch == '#') {
            if (s.zeros > 0) s.digitRight++;
            else s.digitLeft++;
            if (s.grouping >= 0 && s.decimalPos < 0) s.grouping++;
        } else if (ch == '0') {
            if (s.digitRight > 0) throw bad("Unexpected '0' in pattern", pattern);
            s.zeros++;
            if (s.grouping >= 0 && s.decimalPos < 0) s.grouping++;
        } else if (ch == ',') {
            s.grouping = 0;
        } else if (ch == '.') {
            if (s.decimalPos >= 0) throw bad("Multiple decimal separators in pattern", pattern);
            s.decimalPos = s.digitLeft + s.zeros + s.digitRight;
        } else if (ch == 'E') {
            if (s.exponent) throw bad("Multiple exponential symbols in pattern", pattern);
            s.exponent = true;
            s.minExponentDigits = 0;
            int p = pos + 1;
            while (p < pattern.length() && pattern.charAt(p) == '0') {
                s.minExponentDigits++;
                p++;
            }
            if (s.digitLeft + s.zeros < 1 || s.minExponentDigits < 1) throw bad("Malformed exponential pattern", pattern);
            return p;
        } else {
            return pos;
        }
        return -1;
    }

    /* "##.###" means "#0.###", ".###" means ".0##"; then the syntax checks */
    private static void finishDigits(Subpattern s, String pattern, boolean inQuote) {
        if (s.zeros == 0 && s.digitLeft > 0 && s.decimalPos >= 0) {
            int n = s.decimalPos == 0 ? 1 : s.decimalPos;
            s.digitRight = s.digitLeft - n;
            s.digitLeft = n - 1;
            s.zeros = 1;
        }
        if ((s.decimalPos < 0 && s.digitRight > 0)
                || (s.decimalPos >= 0 && (s.decimalPos < s.digitLeft || s.decimalPos > s.digitLeft + s.zeros))
                || s.grouping == 0 || inQuote)
            throw bad("Malformed pattern", pattern);
    }

    /* ---- affixes ----------------------------------------------------- */

    /* the text of an affix pattern: 'X is the symbol X stands for */
    private static String expandAffix(String pattern) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
                if (c == '\u00A4') {
                    boolean doubled = i + 1 < pattern.length() && pattern.charAt(i + 1) == '\u00A4';
                    if (doubled) i++;
                    b.append(doubled ? "USD" : "$");
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    private void expandAffixes() {
        if (posPrefixPattern != null) positivePrefix = expandAffix(posPrefixPattern);
        if (posSuffixPattern != null) positiveSuffix = expandAffix(posSuffixPattern);
        if (negPrefixPattern != null) negativePrefix = expandAffix(negPrefixPattern);
        if (negSuffixPattern != null) negativeSuffix = expandAffix(negSuffixPattern);
    }

    public String getPositivePrefix() { return positivePrefix; }
    public String getPositiveSuffix() { return positiveSuffix; }
    public String getNegativePrefix() { return negativePrefix; }
    public String getNegativeSuffix() { return negativeSuffix; }
    public void setPositivePrefix(String newValue) {
        positivePrefix = newValue;
        posPrefixPattern = null;
    }
    public void setPositiveSuffix(String newValue) {
        positiveSuffix = newValue;
        posSuffixPattern = null;
    }
    public void setNegativePrefix(String newValue) {
        negativePrefix = newValue;
        negPrefixPattern = null;
    }
    public void setNegativeSuffix(String newValue) {
        negativeSuffix = newValue;
        negSuffixPattern = null;
    }

    /* ---- the other settings ------------------------------------------ */

    public int getMultiplier() { return multiplier; }
    public void setMultiplier(int newValue) { multiplier = newValue; }
    public int getGroupingSize() { return groupingSize; }
    public void setGroupingSize(int newValue) {
        if (newValue < 0 || newValue > 127)
            throw new IllegalArgumentException("newValue is out of valid range. value: " + newValue);
        groupingSize = newValue;
    }
    public boolean isDecimalSeparatorAlwaysShown() { return decimalSeparatorAlwaysShown; }
    public void setDecimalSeparatorAlwaysShown(boolean newValue) { decimalSeparatorAlwaysShown = newValue; }

    /* the JDK's: NumberFormat's hash (the maximum integer digits a double
     * uses, and 3: the JDK hashes a field only serialization sets), then
     * the prefix's */
    public int hashCode() { return (maxIntDigits() * 37 + 3) * 37 + positivePrefix.hashCode(); }
    public boolean equals(Object obj) {
        if (this == obj) return true;
        if (!(obj instanceof DecimalFormat)) return false;
        DecimalFormat other = (DecimalFormat) obj;
        return getMaximumIntegerDigits() == other.getMaximumIntegerDigits()
                && getMinimumIntegerDigits() == other.getMinimumIntegerDigits()
                && getMaximumFractionDigits() == other.getMaximumFractionDigits()
                && getMinimumFractionDigits() == other.getMinimumFractionDigits()
                && isGroupingUsed() == other.isGroupingUsed() && isParseIntegerOnly() == other.isParseIntegerOnly()
                && getRoundingMode() == other.getRoundingMode()
                && positivePrefix.equals(other.positivePrefix) && positiveSuffix.equals(other.positiveSuffix)
                && negativePrefix.equals(other.negativePrefix) && negativeSuffix.equals(other.negativeSuffix)
                && multiplier == other.multiplier && groupingSize == other.groupingSize
                && decimalSeparatorAlwaysShown == other.decimalSeparatorAlwaysShown
                && useExponentialNotation == other.useExponentialNotation
                && (!useExponentialNotation || minExponentDigits == other.minExponentDigits);
    }

    /* ---- toPattern --------------------------------------------------- */

    public String toLocalizedPattern() { return toPattern(); }

    public String toPattern() {
        StringBuilder b = new StringBuilder();
        appendAffix(b, posPrefixPattern, positivePrefix);
        appendNumberPattern(b);
        appendAffix(b, posSuffixPattern, positiveSuffix);
        boolean negativeIsDefault = (negSuffixPattern == posSuffixPattern && negativeSuffix.equals(positiveSuffix))
                || (negSuffixPattern != null && negSuffixPattern.equals(posSuffixPattern));
        negativeIsDefault = negativeIsDefault
                && ((negPrefixPattern != null && posPrefixPattern != null && negPrefixPattern.equals("'-" + posPrefixPattern))
                    || (negPrefixPattern == posPrefixPattern && negativePrefix.equals("-" + positivePrefix)));
        if (!negativeIsDefault) {
            b.append(';');
            appendAffix(b, negPrefixPattern, negativePrefix);
            appendNumberPattern(b);
            appendAffix(b, negSuffixPattern, negativeSuffix);
        }
        return b.toString();
    }

    private void appendNumberPattern(StringBuilder b) {
        int minInt = getMinimumIntegerDigits();
        int digits = useExponentialNotation ? getMaximumIntegerDigits() : Math.max(groupingSize, minInt) + 1;
        for (int i = digits; i > 0; i--) {
            if (i != digits && isGroupingUsed() && groupingSize != 0 && i % groupingSize == 0) b.append(',');
            b.append(i <= minInt ? '0' : '#');
        }
        int maxFrac = getMaximumFractionDigits();
        if (maxFrac > 0 || decimalSeparatorAlwaysShown) b.append('.');
        for (int i = 0; i < maxFrac; i++) b.append(i < getMinimumFractionDigits() ? '0' : '#');
        if (useExponentialNotation) {
            b.append('E');
            for (int i = 0; i < minExponentDigits; i++) b.append('0');
        }
    }

    /* an affix pattern as written, or (null pattern) the affix's text quoted */
    private static void appendAffix(StringBuilder b, String pattern, String text) {
        if (pattern == null) {
            appendQuoted(b, text);
            return;
        }
        int i = 0;
        while (i < pattern.length()) {
            int q = pattern.indexOf('\'', i);
            if (q < 0) {
                appendQuoted(b, pattern.substring(i));
                break;
            }
            if (q > i) appendQuoted(b, pattern.substring(i, q));
            char c = pattern.charAt(q + 1);
            i = q + 2;
            if (c == '\'') {
                b.append(c);
            } else if (c == '\u00A4' && i < pattern.length() && pattern.charAt(i) == '\u00A4') {
                i++;
                b.append(c);
            }
            b.append(c);
        }
    }

    private static void appendQuoted(StringBuilder b, String text) {
        boolean quote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '0' || c == ',' || c == '.' || c == '%' || c == '\u2030' || c == '#' || c == ';' || c == '-' || c == '\u00A4')
                quote = true;
        }
        if (quote) b.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c);
            if (c == '\'') b.append(c);
        }
        if (quote) b.append('\'');
    }

    /* ---- formatting -------------------------------------------------- */

    private int maxIntDigits() { return Math.min(getMaximumIntegerDigits(), DOUBLE_INTEGER_DIGITS); }
    private int minIntDigits() { return Math.min(getMinimumIntegerDigits(), DOUBLE_INTEGER_DIGITS); }
    private int maxFracDigits() { return Math.min(getMaximumFractionDigits(), DOUBLE_FRACTION_DIGITS); }
    private int minFracDigits() { return Math.min(getMinimumFractionDigits(), DOUBLE_FRACTION_DIGITS); }

    /* the JDK's fast-path state, in which doubles are rounded exactly */
    private boolean fastPath() {
        if (getRoundingMode() != RoundingMode.HALF_EVEN || !isGroupingUsed() || groupingSize != 3 || multiplier != 1
                || decimalSeparatorAlwaysShown || useExponentialNotation)
            return false;
        if (getMinimumIntegerDigits() != 1 || getMaximumIntegerDigits() < 10) return false;
        int min = getMinimumFractionDigits(), max = getMaximumFractionDigits();
        return isCurrencyFormat ? min == 2 && max == 2 : min == 0 && max == 3;
    }

    String formatDouble(double number) {
        if (Double.isNaN(number) || (Double.isInfinite(number) && multiplier == 0)) return "NaN";
        boolean negative = (number < 0.0 || (number == 0.0 && 1 / number < 0.0)) ^ (multiplier < 0);
        if (multiplier != 1) number *= multiplier;
        if (Double.isInfinite(number)) return affixed(negative, "\u221E");
        if (negative) number = -number;
        boolean exact = fastPath() && number <= Integer.MAX_VALUE;
        int maxInt = maxIntDigits(), maxFrac = maxFracDigits();
        digitList.set(negative, number, useExponentialNotation ? maxInt + maxFrac : maxFrac, !useExponentialNotation,
                getRoundingMode(), exact);
        return affixed(negative, number(false));
    }

    String formatLong(long number) {
        boolean negative = (number < 0) ^ (multiplier < 0);
        String magnitude = magnitudeTimes(number, multiplier);
        if (magnitude.equals("0")) negative = false;
        int maxDigits = useExponentialNotation ? maxIntDigits() + maxFracDigits() : 0;
        digitList.setInteger(negative, magnitude, maxDigits, getRoundingMode());
        return affixed(negative, number(true));
    }

    /* the decimal digits of |number * multiplier|, computed exactly */
    private static String magnitudeTimes(long number, int multiplier) {
        String digits = Long.toString(number);
        if (number < 0) digits = digits.substring(1);
        long m = Math.abs((long) multiplier);
        if (m == 1) return digits;
        if (m == 0) return "0";
        StringBuilder b = new StringBuilder();
        long carry = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            long t = (digits.charAt(i) - '0') * m + carry;
            b.append((char) ('0' + t % 10));
            carry = t / 10;
        }
        for (; carry > 0; carry /= 10) b.append((char) ('0' + carry % 10));
        return b.reverse().toString();
    }

    private String affixed(boolean negative, String number) {
        return negative ? negativePrefix + number + negativeSuffix : positivePrefix + number + positiveSuffix;
    }

    /* the digit list laid out: isInteger for a long, whose fraction is zeros */
    private String number(boolean isInteger) {
        if (digitList.isZero()) digitList.decimalAt = 0;
        StringBuilder b = new StringBuilder();
        if (useExponentialNotation) scientific(b);
        else fixed(b, isInteger);
        return b.toString();
    }

    /* Mantissa and exponent.  Maximum integer digits above the minimum
     * (and above 1) give the exponent's step (engineering notation with
     * 3); otherwise the minimum integer digits come before the point. */
    private void scientific(StringBuilder b) {
        int maxInt = maxIntDigits(), minInt = minIntDigits();
        int exponent = digitList.decimalAt;
        int intDigitsIfZero = minInt;
        if (maxInt > 1 && maxInt > minInt) {
            exponent = exponent >= 1 ? ((exponent - 1) / maxInt) * maxInt : ((exponent - maxInt) / maxInt) * maxInt;
            intDigitsIfZero = 1;
        } else {
            exponent -= minInt;
        }
        int minimumDigits = minInt + minFracDigits();
        if (minimumDigits < 0) minimumDigits = Integer.MAX_VALUE;
        int integerDigits = digitList.isZero() ? intDigitsIfZero : digitList.decimalAt - exponent;
        if (minimumDigits < integerDigits) minimumDigits = integerDigits;
        int totalDigits = Math.max(digitList.count, minimumDigits);
        for (int i = 0; i < totalDigits; i++) {
            if (i == integerDigits) b.append('.');
            b.append(i < digitList.count ? digitList.digits[i] : '0');
        }
        if (decimalSeparatorAlwaysShown && totalDigits == integerDigits) b.append('.');
        b.append('E');
        if (digitList.isZero()) exponent = 0;
        if (exponent < 0) b.append('-');
        String e = Integer.toString(Math.abs(exponent));
        for (int i = e.length(); i < minExponentDigits; i++) b.append('0');
        b.append(e);
    }

    /* Integer digits (the lowest maxInt of them, zeros up to minInt,
     * grouped), then the fraction: up to maxFrac digits, zeros up to minFrac. */
    private void fixed(StringBuilder b, boolean isInteger) {
        int maxInt = maxIntDigits(), minInt = minIntDigits(), maxFrac = maxFracDigits(), minFrac = minFracDigits();
        int decimalAt = digitList.decimalAt, count = digitList.count;
        int shown = minInt, next = 0;
        if (decimalAt > 0 && shown < decimalAt) shown = decimalAt;
        if (shown > maxInt) {
            shown = maxInt;
            next = decimalAt - shown;
        }
        int before = b.length();
        for (int i = shown - 1; i >= 0; i--) {
            b.append(i < decimalAt && next < count ? digitList.digits[next++] : '0');
            if (isGroupingUsed() && i > 0 && groupingSize != 0 && i % groupingSize == 0) b.append(',');
        }
        boolean fractionPresent = minFrac > 0 || (!isInteger && next < count);
        if (!fractionPresent && b.length() == before) b.append('0');
        if (decimalSeparatorAlwaysShown || fractionPresent) b.append('.');
        for (int i = 0; i < maxFrac; i++) {
            if (i >= minFrac && (isInteger || next >= count)) break;
            if (-1 - i > decimalAt - 1) { /* a zero between the point and the first digit */
                b.append('0');
            } else {
                b.append(!isInteger && next < count ? digitList.digits[next++] : '0');
            }
        }
    }
}
