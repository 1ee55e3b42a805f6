// The type of ?: with boxed operands (JLS 15.25): numeric conditionals
// unbox (Integer and int give int; Integer and Long give long), boolean
// ones too, same wrapper types stay boxed, others are reference
// conditionals of the boxed operands.
public class BoxTernary {
    static String kind(Object o) {
        if (o instanceof Integer) return "Integer";
        if (o instanceof Long) return "Long";
        if (o instanceof Double) return "Double";
        if (o instanceof Float) return "Float";
        if (o instanceof Short) return "Short";
        if (o instanceof Byte) return "Byte";
        if (o instanceof Character) return "Character";
        if (o instanceof Boolean) return "Boolean";
        if (o instanceof String) return "String";
        return o == null ? "null" : "other";
    }

    public static void main(String[] args) {
        boolean t = args.length == 0, f = !t;
        Integer big1 = 1000, big2 = 1000;
        int prim = 1000;
        // both Integer: the type is Integer, the same object
        Integer r1 = t ? big1 : big2;
        System.out.println(r1 == big1);
        // Integer and int: the type is int, boxed again as a new object
        Integer r2 = t ? big1 : prim;
        System.out.println(r2 == big1);
        System.out.println(r2.equals(big1));
        // Integer and Long: long
        Long lng = 5L;
        Object o1 = t ? big1 : lng;
        System.out.println(kind(o1) + " " + o1);
        // Integer and Double: double
        Object o2 = f ? big1 : 2.5;
        System.out.println(kind(o2) + " " + o2);
        Object o3 = t ? big1 : 2.5;
        System.out.println(kind(o3) + " " + o3);
        // Character and int constant: char
        Character ch = 'A';
        Object o4 = t ? ch : 66;
        System.out.println(kind(o4) + " " + o4);
        Object o5 = f ? ch : 66;
        System.out.println(kind(o5) + " " + o5);
        // Character and int variable: int
        int sixtySix = 66;
        Object o6 = t ? ch : sixtySix;
        System.out.println(kind(o6) + " " + o6);
        // Byte and Short: short
        Byte by = 3;
        Short sh = 4;
        Object o7 = t ? by : sh;
        System.out.println(kind(o7) + " " + o7);
        // Byte and byte constant
        Object o8 = t ? by : (byte) 1;
        System.out.println(kind(o8) + " " + o8);
        // boolean and Boolean: boolean
        Boolean bb = false;
        Object o9 = t ? bb : true;
        System.out.println(kind(o9) + " " + o9);
        // int and String: a reference conditional (boxed)
        Object o10 = t ? 1 : "one";
        System.out.println(kind(o10) + " " + o10);
        Object o11 = f ? 1 : "one";
        System.out.println(kind(o11) + " " + o11);
        // null and int: Integer (no unboxing)
        Integer o12 = f ? 7 : null;
        System.out.println(kind(o12));
        Object o13 = t ? null : 7;
        System.out.println(kind(o13));
        // Integer and null: Integer
        Integer o14 = t ? null : big1;
        System.out.println(o14);
        // int and Integer in arithmetic
        int sum = (t ? big1 : 0) + (f ? 0 : prim);
        System.out.println(sum);
        long wide = t ? 1 : lng;
        System.out.println(wide);
        // Integer and Double printed directly
        System.out.println(t ? big1 : 2.5);
        System.out.println(t ? 'x' : 0);
        System.out.println(t ? ch : 0);
        System.out.println(f ? 1 : 'x');
        // the unboxing NullPointerException of a numeric conditional
        Integer none = null;
        try {
            Integer r = t ? none : 0;
            System.out.println("no exception " + r);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
        Integer safe = t ? none : Integer.valueOf(0);
        System.out.println(safe);
    }
}
