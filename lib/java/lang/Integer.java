/* java.lang.Integer: an int as an object.  valueOf caches -128..127 as
 * the JVM does (so == on boxed values matches it); the static members of
 * the library table (parseInt, toString(int), MAX_VALUE, compare, ...) are
 * src/builtins.c's, which a lookup in this class falls back to. */
public final class Integer extends Number implements Comparable<Integer> {
    private static final Integer[] cache = new Integer[256];
    static {
        for (int i = 0; i < 256; i++) cache[i] = new Integer(i - 128);
    }
    private final int value;
    public Integer(int value) { this.value = value; }
    public static local Integer valueOf(int i) {
        if (i >= -128 && i <= 127) return cache[i + 128];
        return new Integer(i);
    }
    public static Integer valueOf(String s) { return Integer.valueOf(Integer.parseInt(s)); }
    public static Integer valueOf(String s, int radix) { return Integer.valueOf(Integer.parseInt(s, radix)); }
    /* the bits of i rotated (only the distance's low 5 or 6 bits count, as the shifts') */
    public static local int rotateLeft(int i, int distance) { return (i << distance) | (i >>> -distance); }
    public static local int rotateRight(int i, int distance) { return (i >>> distance) | (i << -distance); }
    public static local int hashCode(int value) { return value; }
    public static local int sum(int a, int b) { return a + b; }
    public static local int max(int a, int b) { return Math.max(a, b); }
    public static local int min(int a, int b) { return Math.min(a, b); }
    public local int intValue() { return value; }
    public local long longValue() { return (long) value; }
    public local float floatValue() { return (float) value; }
    public local double doubleValue() { return (double) value; }
    public local byte byteValue() { return (byte) value; }
    public local short shortValue() { return (short) value; }
    public local String toString() { return Integer.toString(value); }
    public local int hashCode() { return value; }
    public local boolean equals(Object obj) { return obj instanceof Integer && ((Integer) obj).value == value; }
    public local int compareTo(Integer other) { return Integer.compare(value, other.value); }
}
