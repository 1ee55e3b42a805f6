/* java.lang.Long: a long as an object; valueOf caches -128..127 as the
 * JVM does.  The library table's static members (parseLong, MAX_VALUE,
 * compare, ...) are src/builtins.c's. */
public final class Long extends Number implements Comparable<Long> {
    private static final Long[] cache = new Long[256];
    static {
        for (int i = 0; i < 256; i++) cache[i] = new Long((long) (i - 128));
    }
    private final long value;
    public Long(long value) { this.value = value; }
    public static local Long valueOf(long l) {
        if (l >= -128L && l <= 127L) return cache[(int) l + 128];
        return new Long(l);
    }
    public static Long valueOf(String s) { return Long.valueOf(Long.parseLong(s)); }
    public static Long valueOf(String s, int radix) { return Long.valueOf(Long.parseLong(s, radix)); }
    /* s's digits in radix (2..36), an optional sign first; the value is
     * built negated, so that MIN_VALUE's magnitude fits: before each digit
     * the result may not pass limit / radix, after it not limit itself */
    public static long parseLong(String s, int radix) {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        if (radix < 2) throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        if (radix > 36) throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        int len = s.length(), i = 0;
        if (len == 0) throw badNumber(s, radix);
        boolean negative = false;
        long limit = -Long.MAX_VALUE;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            if (len == 1) throw badNumber(s, radix);
            negative = first == '-';
            if (negative) limit = Long.MIN_VALUE;
            i = 1;
        }
        long beforeDigit = limit / radix, result = 0;
        while (i < len) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < beforeDigit) throw badNumber(s, radix);
            result *= radix;
            if (result < limit + digit) throw badNumber(s, radix);
            result -= digit;
        }
        return negative ? result : -result;
    }
    /* (NumberFormatException.forInputString's words, shared with Short and Byte) */
    static NumberFormatException badNumber(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }
    /* the bits of i rotated (only the distance's low 5 or 6 bits count, as the shifts') */
    public static local long rotateLeft(long i, int distance) { return (i << distance) | (i >>> -distance); }
    public static local long rotateRight(long i, int distance) { return (i >>> distance) | (i << -distance); }
    public static local int hashCode(long value) { return (int) (value ^ (value >>> 32)); }
    public static local long sum(long a, long b) { return a + b; }
    public static local long max(long a, long b) { return Math.max(a, b); }
    public static local long min(long a, long b) { return Math.min(a, b); }
    public local int intValue() { return (int) value; }
    public local long longValue() { return value; }
    public local float floatValue() { return (float) value; }
    public local double doubleValue() { return (double) value; }
    public local byte byteValue() { return (byte) value; }
    public local short shortValue() { return (short) value; }
    public local String toString() { return Long.toString(value); }
    public local int hashCode() { return Long.hashCode(value); }
    public local boolean equals(Object obj) { return obj instanceof Long && ((Long) obj).value == value; }
    public local int compareTo(Long other) { return Long.compare(value, other.value); }
}
