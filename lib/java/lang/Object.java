/* java.lang.Object: the root of every class.  toString, equals and
 * hashCode take vtable slots 0, 1 and 2 in this order (the runtime calls
 * them through those slots: runtime/lime.h). */
public class Object {
    public String toString() { return getClass().getName() + "@" + Integer.toHexString(hashCode()); }
    public boolean equals(Object obj) { return this == obj; }
    public native int hashCode();
    public final native Class getClass();
    /* a field-by-field copy of an instance of a Cloneable class (arrays'
     * clone() is the checker's, src/check.c) */
    protected Object clone() throws CloneNotSupportedException {
        if (!(this instanceof Cloneable)) throw new CloneNotSupportedException(getClass().getName());
        return shallowCopy();
    }
    private native Object shallowCopy();
}
