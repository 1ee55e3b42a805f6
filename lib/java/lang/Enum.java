/* java.lang.Enum: the superclass of every enum.  limec gives each enum
 * constructor two first parameters, the constant's name and ordinal,
 * which it passes here (src/parser.c, enums); it adds the constant to
 * its enum's Class (getEnumConstants). */
public abstract class Enum<E extends Enum<E>> implements Comparable<E> {
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
    /* the enum's class: getClass(), or its superclass for a constant with a
     * class body (an object of an anonymous subclass, Op$1) */
    public final native Class<E> getDeclaringClass();
}
