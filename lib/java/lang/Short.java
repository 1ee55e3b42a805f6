/* java.lang.Short: a short as an object; valueOf caches -128..127 as the
 * JVM does. */
public final class Short extends Number implements Comparable<Short> {
    public static final short MIN_VALUE = -32768;
    public static final short MAX_VALUE = 32767;
    private static final Short[] cache = new Short[256];
    static {
        for (int i = 0; i < 256; i++) cache[i] = new Short((short) (i - 128));
    }
    private final short value;
    public Short(short value) { this.value = value; }
    public static local Short valueOf(short s) {
        if (s >= -128 && s <= 127) return cache[s + 128];
        return new Short(s);
    }
    public static Short valueOf(String s) { return Short.valueOf(Short.parseShort(s)); }
    public static Short valueOf(String s, int radix) { return Short.valueOf(Short.parseShort(s, radix)); }
    /* Integer.parseInt's value, if it fits */
    public static short parseShort(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) throw new NumberFormatException("Value out of range. Value:" + '"' + s + '"' + " Radix:" + radix);
        return (short) i;
    }
    public static short parseShort(String s) {
        int i = Integer.parseInt(s);
        if (i < MIN_VALUE || i > MAX_VALUE) throw new NumberFormatException("Value out of range. Value:" + '"' + s + '"' + " Radix:10");
        return (short) i;
    }
    public static local String toString(short s) { return Integer.toString((int) s); }
    public static local int hashCode(short value) { return (int) value; }
    public static local int compare(short x, short y) { return x - y; }
    public local int intValue() { return (int) value; }
    public local long longValue() { return (long) value; }
    public local float floatValue() { return (float) value; }
    public local double doubleValue() { return (double) value; }
    public local byte byteValue() { return (byte) value; }
    public local short shortValue() { return value; }
    public local String toString() { return Integer.toString((int) value); }
    public local int hashCode() { return (int) value; }
    public local boolean equals(Object obj) { return obj instanceof Short && ((Short) obj).value == value; }
    public local int compareTo(Short other) { return value - other.value; }
}
