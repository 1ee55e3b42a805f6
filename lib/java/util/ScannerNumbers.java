/* The numbers Scanner takes, as the JDK's Scanner patterns define them for
 * the English locale, checked by hand (no regular expression): each
 * returns the text that Integer/Long.parseXxx or Double.parseDouble reads
 * (the ',' groups removed, every decimal digit as ASCII; the infinity
 * sign as it is, which parseDouble rejects, as the JDK's Scanner passes
 * it), or null when the token is no such number. */
final class ScannerNumbers {
    private ScannerNumbers() {}

    private static boolean isDigit(String t, int i) { return i < t.length() && Character.isDigit(t.charAt(i)); }
    private static char ascii(char c) { return (char) ('0' + Character.digit(c, 10)); }
    /* the sign at t[0], appended to b: the index after it */
    private static int sign(String t, StringBuilder b) {
        if (t.isEmpty() || (t.charAt(0) != '-' && t.charAt(0) != '+')) return 0;
        b.append(t.charAt(0));
        return 1;
    }
    /* the end of the numeral at i, its digits appended to b (i: none):
     * digits, or 1 to 3 digits (the first not 0) followed by ',' groups of
     * three */
    private static int numeral(String t, int i, StringBuilder b) {
        int j = i;
        while (isDigit(t, j)) j++;
        int end = j;
        if (j - i >= 1 && j - i <= 3 && Character.digit(t.charAt(i), 10) != 0)
            while (j + 3 < t.length() && t.charAt(j) == ',' && isDigit(t, j + 1) && isDigit(t, j + 2) && isDigit(t, j + 3)
                   && !isDigit(t, j + 4)) {
                j += 4;
                end = j;
            }
        for (int k = i; k < end; k++)
            if (t.charAt(k) != ',') b.append(ascii(t.charAt(k)));
        return end;
    }
    /* digits from i appended to b: the index after them */
    private static int digits(String t, int i, StringBuilder b) {
        while (isDigit(t, i)) b.append(ascii(t.charAt(i++)));
        return i;
    }

    /* [-+]? numeral */
    static String integerText(String t) {
        StringBuilder b = new StringBuilder();
        int i = sign(t, b);
        int end = numeral(t, i, b);
        return end > i && end == t.length() ? b.toString() : null;
    }

    /* [-+]? then NaN, Infinity or ∞; a hexadecimal float with a point
     * (0x1.8p3, and 0x.8, which parseDouble rejects); or a numeral with a fraction ("1.", "1,234.5", ".5")
     * and an exponent */
    static String decimalText(String t) {
        StringBuilder b = new StringBuilder();
        int i = sign(t, b), n = t.length();
        String rest = t.substring(i);
        if (rest.equals("NaN")) return b.append("NaN").toString();
        if (rest.equals("Infinity") || rest.equals("\u221E")) return b.append(rest).toString();
        if (isHexFloat(rest)) return b.append(rest).toString();
        int j = numeral(t, i, b);
        boolean whole = j > i;
        if (j < n && t.charAt(j) == '.') {
            b.append('.');
            int k = j + 1;
            j = digits(t, k, b);
            if (!whole && j == k) return null;
        } else if (!whole) return null;
        if (j < n && (t.charAt(j) == 'e' || t.charAt(j) == 'E')) {
            b.append('e');
            j++;
            if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) b.append(t.charAt(j++));
            int k = j;
            j = digits(t, k, b);
            if (j == k) return null;
        }
        return j == n ? b.toString() : null;
    }

    private static boolean isHex(String s, int i) { return i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128; }
    /* 0[xX] hex* '.' hex+ ([pP][-+]?[0-9]+)? */
    private static boolean isHexFloat(String s) {
        if (s.length() < 4 || s.charAt(0) != '0' || (s.charAt(1) != 'x' && s.charAt(1) != 'X')) return false;
        int i = 2;
        while (isHex(s, i)) i++;
        if (i >= s.length() || s.charAt(i) != '.' || !isHex(s, i + 1)) return false;
        i++;
        while (isHex(s, i)) i++;
        if (i == s.length()) return true;
        if (s.charAt(i) != 'p' && s.charAt(i) != 'P') return false;
        i++;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int k = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i > k && i == s.length();
    }
}
