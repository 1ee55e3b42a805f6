public class ConditionalBoxing {
    public static void main(String[] args) {
        Integer a = 5; Integer nul = null; Long big = 7L;
        boolean t = true, f = false;
        Object o1 = t ? a : big;             // binary numeric promotion: long
        System.out.println(o1 + " " + o1.getClass().getName());
        Object o2 = f ? 1 : 'x';             // char constant fits? int 1 and char: char
        System.out.println(o2 + " " + o2.getClass().getName());
        Object o3 = t ? (f ? 1.5f : a) : 2L; // float
        System.out.println(o3 + " " + o3.getClass().getName());
        Object o4 = t ? "s" : a;
        System.out.println(o4);
        int x = t ? a : 0;
        System.out.println(x);
        Integer y = f ? a : nul;            // stays Integer, null: no NPE
        System.out.println(y);
        try { int z = t ? nul : 0; System.out.println(z); } catch (NullPointerException e) { System.out.println("NPE"); }
        char c = 'a';
        System.out.println(t ? c : 0);      // char
        System.out.println(f ? c : 98);     // char 'b'
        int i98 = 98;
        System.out.println(f ? c : i98);    // int 98
        System.out.println(t ? 1 : t ? 2.0 : 3); // 1.0
        short sh = 3; byte by = 4;
        System.out.println((t ? sh : by) + 0);
        Object o5 = t ? sh : by;
        System.out.println(o5.getClass().getName());
    }
}
