public class Overloading {
    static String f(int x) { return "f(int " + x + ")"; }
    static String f(long x) { return "f(long " + x + ")"; }
    static String f(double x) { return "f(double " + x + ")"; }
    static String f(char x) { return "f(char " + x + ")"; }
    static String f(String x) { return "f(String " + x + ")"; }
    static String f(int[] x) { return "f(int[] " + x.length + ")"; }

    static String g(long x) { return "g(long)"; }
    static String g(float x) { return "g(float)"; }

    static String h(double x) { return "h(double)"; }

    static String k(int a, long b) { return "k(int,long)"; }
    static String k(long a, long b) { return "k(long,long)"; }

    static String m(short s) { return "m(short)"; }
    static String m(int i) { return "m(int)"; }

    static String n(byte b) { return "n(byte)"; }
    static String n(short s) { return "n(short)"; }
    static String n(long l) { return "n(long)"; }

    static String p(float f) { return "p(float)"; }
    static String p(double d) { return "p(double)"; }

    static String q(int a) { return "q1"; }
    static String q(int a, int b) { return "q2"; }
    static String q(int a, int b, int c) { return "q3"; }

    static int add(int a, int b) { return a + b; }
    static long add(long a, long b) { return a + b + 1000; }
    static double add(double a, double b) { return a + b + 0.5; }
    static String add(String a, String b) { return a + "+" + b; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        int i = 4;
        long l = 5L;
        float fl = 6f;
        double d = 7.0;
        System.out.println(f(b));
        System.out.println(f(s));
        System.out.println(f(c));
        System.out.println(f(i));
        System.out.println(f(l));
        System.out.println(f(fl));
        System.out.println(f(d));
        System.out.println(f("str"));
        System.out.println(f(new int[3]));
        System.out.println(f('a' + 1));
        System.out.println(f((char) ('a' + 1)));
        System.out.println(g(b));
        System.out.println(g(c));
        System.out.println(g(i));
        System.out.println(g(l));
        System.out.println(g(fl));
        System.out.println(h(i));
        System.out.println(h(c));
        System.out.println(h(fl));
        System.out.println(k(1, 2));
        System.out.println(k(1L, 2));
        System.out.println(k(c, c));
        System.out.println(m(b));
        System.out.println(m(s));
        System.out.println(m(c));
        System.out.println(n(b));
        System.out.println(n(s));
        System.out.println(n(c));
        System.out.println(n(i));
        System.out.println(p(i));
        System.out.println(p(l));
        System.out.println(p(1.0f));
        System.out.println(p(1.0));
        System.out.println(q(1) + q(1, 2) + q(1, 2, 3));
        System.out.println(add(1, 2));
        System.out.println(add(1L, 2));
        System.out.println(add(1, 2.0f));
        System.out.println(add("a", "b"));
        System.out.println(add(c, c));
        System.out.println(add(b, s));
        System.out.println(Overloading.f(3));
    }
}
