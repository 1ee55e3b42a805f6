/* java.lang.Boolean: a boolean as an object; valueOf returns TRUE or
 * FALSE, as the JVM does. */
public final class Boolean implements java.io.Serializable, Comparable<Boolean> {
    public static final Boolean TRUE = new Boolean(true);
    public static final Boolean FALSE = new Boolean(false);
    private final boolean value;
    public Boolean(boolean value) { this.value = value; }
    public static local Boolean valueOf(boolean b) { return b ? TRUE : FALSE; }
    public static Boolean valueOf(String s) { return Boolean.parseBoolean(s) ? TRUE : FALSE; }
    public static local boolean parseBoolean(String s) { return s != null && s.equalsIgnoreCase("true"); }
    public static local String toString(boolean b) { return b ? "true" : "false"; }
    public static local int hashCode(boolean value) { return value ? 1231 : 1237; }
    public static local int compare(boolean x, boolean y) { return (x == y) ? 0 : (x ? 1 : -1); }
    public static local boolean logicalAnd(boolean a, boolean b) { return a && b; }
    public static local boolean logicalOr(boolean a, boolean b) { return a || b; }
    public static local boolean logicalXor(boolean a, boolean b) { return a ^ b; }
    public local boolean booleanValue() { return value; }
    public local String toString() { return value ? "true" : "false"; }
    public local int hashCode() { return value ? 1231 : 1237; }
    public local boolean equals(Object obj) { return obj instanceof Boolean && ((Boolean) obj).value == value; }
    public local int compareTo(Boolean other) { return Boolean.compare(value, other.value); }
}
