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
        return name.substring(Math.max(dot, dollar) + 1);
    }
    public boolean isInterface() { return isInterface; }
    public String toString() { return (isInterface ? "interface " : "class ") + name; }
}
