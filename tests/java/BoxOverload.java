// Overload resolution with boxing (JLS 15.12.2): phase 1 (widening, no
// boxing) first; boxing and unboxing only when nothing applies without.
public class BoxOverload {
    static String m(long x) { return "m(long)"; }
    static String m(Integer x) { return "m(Integer)"; }

    static String n(Object x) { return "n(Object)"; }
    static String n(int x) { return "n(int)"; }

    static String p(Integer x) { return "p(Integer)"; }
    static String p(Object x) { return "p(Object)"; }

    static String q(double x) { return "q(double " + x + ")"; }

    static String r(Number x) { return "r(Number " + x + ")"; }
    static String r(String x) { return "r(String)"; }

    static String s(int x, Integer y) { return "s(int,Integer)"; }
    static String s(Integer x, int y) { return "s(Integer,int)"; }
    static String s(Integer x, Integer y) { return "s(Integer,Integer)"; }

    static String t(char c) { return "t(char)"; }
    static String t(Character c) { return "t(Character)"; }
    static String t(int c) { return "t(int)"; }

    static String u(Long x) { return "u(Long)"; }
    static String u(Object x) { return "u(Object)"; }

    static String v(boolean b) { return "v(boolean)"; }
    static String v(Object b) { return "v(Object)"; }

    public static void main(String[] args) {
        int i = 1;
        Integer boxed = 2;
        System.out.println(m(i));
        System.out.println(m(boxed));
        System.out.println(m(5L));
        System.out.println(m('c'));
        System.out.println(n(i));
        System.out.println(n(boxed));
        System.out.println(n("s"));
        System.out.println(p(i));
        System.out.println(p(boxed));
        System.out.println(p(3L));
        System.out.println(q(boxed));
        System.out.println(q(Long.valueOf(7)));
        System.out.println(q(Float.valueOf(0.5f)));
        System.out.println(r(i));
        System.out.println(r(2.5));
        System.out.println(r(boxed));
        System.out.println(s(boxed, boxed));
        System.out.println(t('x'));
        System.out.println(t(Character.valueOf('x')));
        System.out.println(t(65));
        System.out.println(u(1));
        System.out.println(u(1L));
        System.out.println(v(true));
        System.out.println(v(Boolean.FALSE));
        System.out.println(Math.max(boxed, 7));
        System.out.println(Math.abs(Integer.valueOf(-9)));
        System.out.println(Math.sqrt(Integer.valueOf(16)));
        System.out.println(Integer.toString(boxed));
        System.out.println(String.valueOf(boxed) + String.valueOf(i));
        Character ch = 'q';
        System.out.println(ch);
        System.out.print(ch);
        System.out.println();
        Long big = 1L << 40;
        System.out.println(Long.toString(big) + " " + Math.max(big, 3));
        Double dd = 2.0;
        System.out.println(Math.pow(dd, 10));
    }
}
