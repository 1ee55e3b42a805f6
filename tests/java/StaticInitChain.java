public class StaticInitChain {
    static class ErrInit { static { if (true) throw new StackOverflowError("made up"); } static void touch() {} }
    static class Base { static { Object x = null; x.hashCode(); } static void m() {} }
    static class Derived extends Base { static void d() {} }
    static class A { static int v = B.w + 1; }
    static class B { static int w = 1 / (A.v - A.v); }
    public static void main(String[] args) {
        try { ErrInit.touch(); } catch (Throwable t) { System.out.println("1: " + t); }
        try { ErrInit.touch(); } catch (Throwable t) { System.out.println("2: " + t + " / " + t.getCause()); }
        try { Derived.d(); } catch (Throwable t) { System.out.println("3: " + t + " / " + t.getCause()); t.printStackTrace(System.out); }
        try { Derived.d(); } catch (Throwable t) { System.out.println("4: " + t + " / " + t.getCause()); t.printStackTrace(System.out);}
        try { Base.m(); } catch (Throwable t) { System.out.println("5: " + t+ " / " + t.getCause()); }
        try { System.out.println(A.v); } catch (Throwable t) { System.out.println("6: " + t+ " / " + t.getCause()); t.printStackTrace(System.out); }
        try { System.out.println(B.w); } catch (Throwable t) { System.out.println("7: " + t+ " / " + t.getCause()); }
        try { System.out.println(A.v); } catch (Throwable t) { System.out.println("8: " + t+ " / " + t.getCause()); }
        ExceptionInInitializerError e = new ExceptionInInitializerError("m");
        System.out.println(e + " " + e.getCause() + " " + e.getException());
        e = new ExceptionInInitializerError(new RuntimeException("r"));
        System.out.println(e + " " + e.getCause() + " " + e.getException() + " " + e.getMessage());
        new NoClassDefFoundError(); System.out.println(new NoClassDefFoundError("x"));
    }
}
