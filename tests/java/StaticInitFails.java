public class StaticInitFails {
    static class Boom {
        static int value = compute();
        static int compute() {
            System.out.println("Boom init runs");
            int zero = value - value;
            return 10 / zero;
        }
        static void hello() { System.out.println("hello " + value); }
    }
    static class ErrInit {
        static final Object o;
        static { System.out.println("ErrInit init"); if (true) throw new StackOverflowError("made up"); o = null; }
        static void touch() { System.out.println("touched"); }
    }
    static class Base {
        static { System.out.println("Base init"); Object x = null; x.hashCode(); }
        static void m() {}
    }
    static class Derived extends Base {
        static { System.out.println("Derived init"); }
        static void d() { System.out.println("d"); }
    }
    static class Later {
        static String s = "later " + Integer.parseInt("x1");
    }
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            try {
                Boom.hello();
            } catch (ExceptionInInitializerError e) {
                System.out.println("EIIE msg=" + e.getMessage() + " cause=" + e.getCause() + " ex=" + e.getException());
            } catch (NoClassDefFoundError e) {
                System.out.println("NCDFE " + e.getMessage() + " cause=" + e.getCause());
            }
        }
        try { ErrInit.touch(); } catch (Throwable t) { System.out.println("1: " + t); }
        try { ErrInit.touch(); } catch (Throwable t) { System.out.println("2: " + t); }
        try { Derived.d(); } catch (Throwable t) { System.out.println("3: " + t + " / " + t.getCause()); }
        try { Derived.d(); } catch (Throwable t) { System.out.println("4: " + t); }
        try { Base.m(); } catch (Throwable t) { System.out.println("5: " + t); }
        try { new Derived(); } catch (Throwable t) { System.out.println("6: " + t); }
        try { System.out.println(Later.s); } catch (ExceptionInInitializerError e) {
            System.out.println("7: " + e + " " + (e.getCause() instanceof NumberFormatException));
            StackTraceElement[] st = e.getStackTrace();
        }
        System.out.println(Later.s);
    }
}
