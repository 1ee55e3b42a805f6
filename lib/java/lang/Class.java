/* java.lang.Class: what getClass() and a class literal (Day.class) return,
 * one object per class (the runtime makes it on first use and sets name,
 * isInterface and isEnum: runtime/objects.c; nothing else creates one). */
public final class Class<T> {
    private long descriptor;   /* the LimeClass it describes (set by the runtime; first: runtime/objects.c) */
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
    public boolean isArray() { return name.charAt(0) == '['; }
    public String getSimpleName() {
        if (isArray()) return arraySimpleName(name, 0);
        int dot = name.lastIndexOf('.');
        int dollar = name.lastIndexOf('$');
        int i = Math.max(dot, dollar) + 1;
        if (dollar > dot)   /* a local class (Outer$1Local) or an anonymous one (Outer$1: "") */
            while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9') i++;
        return name.substring(i);
    }
    /* "[[I" from i: "int[][]"; "[Lp.Outer$In;": "In[]" */
    private static String arraySimpleName(String d, int i) {
        char c = d.charAt(i);
        if (c == '[') return arraySimpleName(d, i + 1) + "[]";
        if (c == 'L') {
            String n = d.substring(i + 1, d.length() - 1);
            return n.substring(Math.max(n.lastIndexOf('.'), n.lastIndexOf('$')) + 1);
        }
        switch (c) {
        case 'Z': return "boolean";
        case 'B': return "byte";
        case 'C': return "char";
        case 'S': return "short";
        case 'I': return "int";
        case 'J': return "long";
        case 'F': return "float";
        default: return "double";
        }
    }
    /* obj is not null and an instance of this class */
    public native boolean isInstance(Object obj);
    /* obj as a T: the JDK's ClassCastException when it is not one */
    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) castFailure(obj);
        return (T) obj;
    }
    /* throws "Cannot cast java.lang.Integer to java.lang.String" (from C:
     * every program has Class, which so names no exception class, and the
     * classes that printing one reaches are compiled only where used) */
    private native void castFailure(Object obj);
    public boolean isInterface() { return isInterface; }
    public boolean isEnum() { return isEnum; }
    /* a new T[n] of this class T (an object class) */
    private native Object[] newArray(int n);
    /* a new array of the enum's constants, or null when this is not an
     * enum class */
    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        if (!isEnum) return null;
        Object[] a = newArray(enumCount);
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
