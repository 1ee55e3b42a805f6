/* java.lang.Class: what getClass() returns, one object per class (the
 * runtime makes it on first use and sets name; nothing else creates one). */
public final class Class {
    private String name;
    private boolean isInterface;
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
    public String toString() { return (isInterface ? "interface " : "class ") + name; }
}
