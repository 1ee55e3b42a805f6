// error: 'clone()' has protected access in 'Object'
// javac: clone() has protected access in Object (JLS 6.6.2.1: a protected
// member of another package used through a reference whose class is not
// the caller's class or a subclass)
public class CloneProtected {
    static class Copyable implements Cloneable {
        int v;
        Copyable copy() throws CloneNotSupportedException { return (Copyable) clone(); }
    }
    public static void main(String[] args) throws Exception {
        Copyable fine = new Copyable().copy();
        Object o = fine;
        Object c = o.clone(); // <-- error
        System.out.println(c);
    }
}
