/* java.lang.Enum: the superclass of every enum.  limec gives each enum
 * constructor two first parameters, the constant's name and ordinal,
 * which it passes here (src/parser.c, enums). */
public abstract class Enum {
    private final String name;
    private final int ordinal;
    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }
    public final String name() { return name; }
    public final int ordinal() { return ordinal; }
    public String toString() { return name; }
    public final boolean equals(Object other) { return this == other; }
    public final int hashCode() { return super.hashCode(); }
    public final int compareTo(Enum other) { return ordinal - other.ordinal; }
    /* the enum's class: getClass(), or its superclass for a constant with a
     * class body (an object of an anonymous subclass, Op$1) */
    public final native Class getDeclaringClass();
}
