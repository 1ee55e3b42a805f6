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
