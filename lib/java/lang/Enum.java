/* java.lang.Enum: the superclass of every enum.  limec gives each enum
 * constructor two first parameters, the constant's name and ordinal,
 * which it passes here (src/parser.c, enums); it adds the constant to
 * its enum's Class (getEnumConstants). */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    private final String name;
    private final int ordinal;
    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
        getDeclaringClass().addEnumConstant(this);
    }
    public final String name() { return name; }
    public final int ordinal() { return ordinal; }
    public String toString() { return name; }
    public final boolean equals(Object other) { return this == other; }
    public final int hashCode() { return super.hashCode(); }
    /* by ordinal; the JDK's ClassCastException for constants of two enums
     * (reachable only through raw types) */
    public final int compareTo(E other) {
        Enum<?> o = other;
        if (getDeclaringClass() != o.getDeclaringClass()) throw new ClassCastException();
        return ordinal - o.ordinal;
    }
    /* the constant of enumClass named name, with the JDK's exceptions */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        if (enumClass == null)
            throw new NullPointerException("Cannot invoke \"java.lang.Class.enumConstantDirectory()\" because \"enumClass\" is null");
        T[] constants = enumClass.getEnumConstants();
        if (constants == null) throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        for (T c : constants)
            if (c.name().equals(name)) return c;
        if (name == null) throw new NullPointerException("Name is null");
        throw new IllegalArgumentException("No enum constant " + canonicalName(enumClass.getName()) + "." + name);
    }
    /* an enum's binary name in source form, as Class.getCanonicalName
     * gives it: "p.Outer$Color" as "p.Outer.Color"; "null" for a local
     * enum ("Outer$1Color": a '$' and a digit) */
    private static String canonicalName(String binaryName) {
        for (int i = binaryName.indexOf('$'); i >= 0; i = binaryName.indexOf('$', i + 1))
            if (i + 1 < binaryName.length() && Character.isDigit(binaryName.charAt(i + 1))) return "null";
        return binaryName.replace('$', '.');
    }
    /* the enum's class: getClass(), or its superclass for a constant with a
     * class body (an object of an anonymous subclass, Op$1) */
    public final native Class<E> getDeclaringClass();
}
