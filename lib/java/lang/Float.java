/* java.lang.Float: a float as an object (valueOf makes a new one each
 * time, as the JVM does).  equals and hashCode go through floatToIntBits:
 * NaN equals NaN, 0.0f does not equal -0.0f.  The library table's static
 * members (parseFloat, MAX_VALUE, isNaN, ...) are src/builtins.c's. */
public final class Float extends Number implements Comparable<Float> {
    private final float value;
    public Float(float value) { this.value = value; }
    public static Float valueOf(float f) { return new Float(f); }
    public static Float valueOf(String s) { return new Float(Float.parseFloat(s)); }
    public static int hashCode(float value) { return Float.floatToIntBits(value); }
    public static int compare(float f1, float f2) {
        if (f1 < f2) return -1;
        if (f1 > f2) return 1;
        int a = Float.floatToIntBits(f1), b = Float.floatToIntBits(f2);
        return a == b ? 0 : (a < b ? -1 : 1);
    }
    public static float sum(float a, float b) { return a + b; }
    public static float max(float a, float b) { return Math.max(a, b); }
    public static float min(float a, float b) { return Math.min(a, b); }
    public boolean isNaN() { return value != value; }
    public boolean isInfinite() { return Float.isInfinite(value); }
    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return value; }
    public double doubleValue() { return (double) value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public String toString() { return Float.toString(value); }
    public int hashCode() { return Float.floatToIntBits(value); }
    public boolean equals(Object obj) {
        return obj instanceof Float && Float.floatToIntBits(((Float) obj).value) == Float.floatToIntBits(value);
    }
    public int compareTo(Float other) { return Float.compare(value, other.value); }
}
