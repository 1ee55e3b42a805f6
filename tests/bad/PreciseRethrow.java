// error: unreported exception A; must be caught or declared to be thrown
public class PreciseRethrow {
    static class A extends Exception { }
    static void f() throws A { throw new A(); }
    static void g() {
        try {
            f();
        } catch (Exception e) {
            throw e; // <-- error
        }
    }
    public static void main(String[] args) { g(); }
}
