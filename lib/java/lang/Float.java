/* java.lang.Float: a float as an object (valueOf makes a new one each
 * time, as the JVM does).  equals and hashCode go through floatToIntBits:
 * NaN equals NaN, 0.0f does not equal -0.0f.  The library table's static
 * members (parseFloat, MAX_VALUE, isNaN, ...) are src/builtins.c's. */
public final class Float extends Number implements Comparable<Float> {
    private final float value;
    public Float(float value) { this.value = value; }
    public static local Float valueOf(float f) { return new Float(f); }
    public static Float valueOf(String s) { return new Float(Float.parseFloat(s)); }
    public static local int hashCode(float value) { return Float.floatToIntBits(value); }
    public static local int compare(float f1, float f2) {
        if (f1 < f2) return -1;
        if (f1 > f2) return 1;
        int a = Float.floatToIntBits(f1), b = Float.floatToIntBits(f2);
        return a == b ? 0 : (a < b ? -1 : 1);
    }
    public static local float sum(float a, float b) { return a + b; }
    public static local float max(float a, float b) { return Math.max(a, b); }
    public static local float min(float a, float b) { return Math.min(a, b); }
    public local boolean isNaN() { return value != value; }
    public local boolean isInfinite() { return Float.isInfinite(value); }
    public local int intValue() { return (int) value; }
    public local long longValue() { return (long) value; }
    public local float floatValue() { return value; }
    public local double doubleValue() { return (double) value; }
    public local byte byteValue() { return (byte) value; }
    public local short shortValue() { return (short) value; }
    public local String toString() { return Float.toString(value); }
    public local int hashCode() { return Float.floatToIntBits(value); }
    public local boolean equals(Object obj) {
        return obj instanceof Float && Float.floatToIntBits(((Float) obj).value) == Float.floatToIntBits(value);
    }
    public local int compareTo(Float other) { return Float.compare(value, other.value); }
}
