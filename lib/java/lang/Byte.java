/* java.lang.Byte: a byte as an object; valueOf returns one cached object
 * per value, as the JVM does. */
public final class Byte extends Number implements Comparable<Byte> {
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    private static final Byte[] cache = new Byte[256];
    static {
        for (int i = 0; i < 256; i++) cache[i] = new Byte((byte) (i - 128));
    }
    private final byte value;
    public Byte(byte value) { this.value = value; }
    public static local Byte valueOf(byte b) { return cache[b + 128]; }
    public static Byte valueOf(String s) { return Byte.valueOf(Byte.parseByte(s)); }
    public static Byte valueOf(String s, int radix) { return Byte.valueOf(Byte.parseByte(s, radix)); }
    /* Integer.parseInt's value, if it fits */
    public static byte parseByte(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) throw new NumberFormatException("Value out of range. Value:" + '"' + s + '"' + " Radix:" + radix);
        return (byte) i;
    }
    public static byte parseByte(String s) {
        int i = Integer.parseInt(s);
        if (i < MIN_VALUE || i > MAX_VALUE) throw new NumberFormatException("Value out of range. Value:" + '"' + s + '"' + " Radix:10");
        return (byte) i;
    }
    public static local String toString(byte b) { return Integer.toString((int) b); }
    public static local int hashCode(byte value) { return (int) value; }
    public static local int compare(byte x, byte y) { return x - y; }
    public local int intValue() { return (int) value; }
    public local long longValue() { return (long) value; }
    public local float floatValue() { return (float) value; }
    public local double doubleValue() { return (double) value; }
    public local byte byteValue() { return value; }
    public local short shortValue() { return (short) value; }
    public local String toString() { return Integer.toString((int) value); }
    public local int hashCode() { return (int) value; }
    public local boolean equals(Object obj) { return obj instanceof Byte && ((Byte) obj).value == value; }
    public local int compareTo(Byte other) { return value - other.value; }
}
