/* java.lang.Class: what getClass() and a class literal (Day.class) return,
 * one object per class (the runtime makes it on first use and sets name,
 * isInterface and isEnum: runtime/objects.c; nothing else creates one). */
public final class Class<T> {
    private String name;
    private boolean isInterface;
    private boolean isEnum;
    /* an enum's constants in ordinal order: each constant's Enum
     * constructor adds itself (all run before main: the static
     * initialisers do), enumCount of them */
    private Object[] enumConstants;
    private int enumCount;
    private Class() {}
    public String getName() { return name; }
    public String getSimpleName() {
        int dot = name.lastIndexOf('.');
        int dollar = name.lastIndexOf('$');
        int i = Math.max(dot, dollar) + 1;
        if (dollar > dot)   /* a local class (Outer$1Local) or an anonymous one (Outer$1: "") */
            while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9') i++;
        return name.substring(i);
    }
    public boolean isInterface() { return isInterface; }
    public boolean isEnum() { return isEnum; }
    /* a new array of the enum's constants, or null when this is not an
     * enum class (Lime's arrays do not carry their element type: a T[]
     * of an enum T is an Object[] underneath) */
    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        if (!isEnum) return null;
        Object[] a = new Object[enumCount];
        for (int i = 0; i < enumCount; i++) a[i] = enumConstants[i];
        return (T[]) a;
    }
    /* Enum's constructor: constant e of this enum, next in ordinal order */
    void addEnumConstant(Object e) {
        if (enumConstants == null) enumConstants = new Object[8];
        if (enumCount == enumConstants.length) {
            Object[] bigger = new Object[enumCount * 2];
            for (int i = 0; i < enumCount; i++) bigger[i] = enumConstants[i];
            enumConstants = bigger;
        }
        enumConstants[enumCount++] = e;
    }
    public String toString() { return (isInterface ? "interface " : "class ") + name; }
}
