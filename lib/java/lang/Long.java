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
    public static Long valueOf(long l) {
        if (l >= -128L && l <= 127L) return cache[(int) l + 128];
        return new Long(l);
    }
    public static Long valueOf(String s) { return Long.valueOf(Long.parseLong(s)); }
    public static int hashCode(long value) { return (int) (value ^ (value >>> 32)); }
    public static long sum(long a, long b) { return a + b; }
    public static long max(long a, long b) { return Math.max(a, b); }
    public static long min(long a, long b) { return Math.min(a, b); }
    public int intValue() { return (int) value; }
    public long longValue() { return value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return (double) value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public String toString() { return Long.toString(value); }
    public int hashCode() { return Long.hashCode(value); }
    public boolean equals(Object obj) { return obj instanceof Long && ((Long) obj).value == value; }
    public int compareTo(Long other) { return Long.compare(value, other.value); }
}
