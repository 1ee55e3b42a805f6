/* java.lang.Boolean: a boolean as an object; valueOf returns TRUE or
 * FALSE, as the JVM does. */
public final class Boolean implements Comparable<Boolean> {
    public static final Boolean TRUE = new Boolean(true);
    public static final Boolean FALSE = new Boolean(false);
    private final boolean value;
    public Boolean(boolean value) { this.value = value; }
    public static Boolean valueOf(boolean b) { return b ? TRUE : FALSE; }
    public static Boolean valueOf(String s) { return Boolean.parseBoolean(s) ? TRUE : FALSE; }
    public static boolean parseBoolean(String s) { return s != null && s.equalsIgnoreCase("true"); }
    public static String toString(boolean b) { return b ? "true" : "false"; }
    public static int hashCode(boolean value) { return value ? 1231 : 1237; }
    public static int compare(boolean x, boolean y) { return (x == y) ? 0 : (x ? 1 : -1); }
    public static boolean logicalAnd(boolean a, boolean b) { return a && b; }
    public static boolean logicalOr(boolean a, boolean b) { return a || b; }
    public static boolean logicalXor(boolean a, boolean b) { return a ^ b; }
    public boolean booleanValue() { return value; }
    public String toString() { return value ? "true" : "false"; }
    public int hashCode() { return value ? 1231 : 1237; }
    public boolean equals(Object obj) { return obj instanceof Boolean && ((Boolean) obj).value == value; }
    public int compareTo(Boolean other) { return Boolean.compare(value, other.value); }
}
