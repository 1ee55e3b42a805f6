/* java.lang.Double: a double as an object (valueOf makes a new one each
 * time, as the JVM does).  equals and hashCode go through
 * doubleToLongBits: NaN equals NaN, 0.0 does not equal -0.0.  The library
 * table's static members (parseDouble, MAX_VALUE, isNaN, ...) are
 * src/builtins.c's. */
public final class Double extends Number implements Comparable<Double> {
    private final double value;
    public Double(double value) { this.value = value; }
    public static Double valueOf(double d) { return new Double(d); }
    public static Double valueOf(String s) { return new Double(Double.parseDouble(s)); }
    public static int hashCode(double value) {
        long bits = Double.doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }
    public static int compare(double d1, double d2) {
        if (d1 < d2) return -1;
        if (d1 > d2) return 1;
        long a = Double.doubleToLongBits(d1), b = Double.doubleToLongBits(d2);
        return a == b ? 0 : (a < b ? -1 : 1);
    }
    public static double sum(double a, double b) { return a + b; }
    public static double max(double a, double b) { return Math.max(a, b); }
    public static double min(double a, double b) { return Math.min(a, b); }
    public boolean isNaN() { return value != value; }
    public boolean isInfinite() { return Double.isInfinite(value); }
    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public String toString() { return Double.toString(value); }
    public int hashCode() { return Double.hashCode(value); }
    public boolean equals(Object obj) {
        return obj instanceof Double && Double.doubleToLongBits(((Double) obj).value) == Double.doubleToLongBits(value);
    }
    public int compareTo(Double other) { return Double.compare(value, other.value); }
}
