/* java.lang.Double: a double as an object (valueOf makes a new one each
 * time, as the JVM does).  equals and hashCode go through
 * doubleToLongBits: NaN equals NaN, 0.0 does not equal -0.0.  The library
 * table's static members (parseDouble, MAX_VALUE, isNaN, ...) are
 * src/builtins.c's. */
public final class Double extends Number implements Comparable<Double> {
    private final double value;
    public Double(double value) { this.value = value; }
    public static local Double valueOf(double d) { return new Double(d); }
    public static Double valueOf(String s) { return new Double(Double.parseDouble(s)); }
    public static local int hashCode(double value) {
        long bits = Double.doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }
    public static local int compare(double d1, double d2) {
        if (d1 < d2) return -1;
        if (d1 > d2) return 1;
        long a = Double.doubleToLongBits(d1), b = Double.doubleToLongBits(d2);
        return a == b ? 0 : (a < b ? -1 : 1);
    }
    public static local double sum(double a, double b) { return a + b; }
    public static local double max(double a, double b) { return Math.max(a, b); }
    public static local double min(double a, double b) { return Math.min(a, b); }
    public local boolean isNaN() { return value != value; }
    public local boolean isInfinite() { return Double.isInfinite(value); }
    public local int intValue() { return (int) value; }
    public local long longValue() { return (long) value; }
    public local float floatValue() { return (float) value; }
    public local double doubleValue() { return value; }
    public local byte byteValue() { return (byte) value; }
    public local short shortValue() { return (short) value; }
    public local String toString() { return Double.toString(value); }
    public local int hashCode() { return Double.hashCode(value); }
    public local boolean equals(Object obj) {
        return obj instanceof Double && Double.doubleToLongBits(((Double) obj).value) == Double.doubleToLongBits(value);
    }
    public local int compareTo(Double other) { return Double.compare(value, other.value); }
}
