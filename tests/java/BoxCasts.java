// Casts with boxing and unboxing (JLS 5.5): (Integer) obj is a checked
// cast, (int) obj a checked cast to Integer then unboxing, (long) anInteger
// unboxes then widens, (Object) 5 boxes; ClassCastException (caught).
public class BoxCasts {
    static String show(Object o) {
        if (o instanceof Integer i) return "Integer " + (i + 1);
        if (o instanceof Number n) return "Number " + n.doubleValue();
        if (o instanceof Character c) return "Character " + (char) (c + 1);
        return "Object " + o;
    }

    public static void main(String[] args) {
        Object o = 42;
        Integer i = (Integer) o;
        int x = (int) o;
        long widened = (long) i;
        double d = (double) i;
        float fl = (float) i;
        System.out.println(i + " " + x + " " + widened + " " + d + " " + fl);
        Object boxed = (Object) 5;
        Number num = (Number) 6;
        Integer direct = (Integer) 7;
        Long ll = (Long) 8L;
        Character ch = (Character) 'c';
        System.out.println(boxed + " " + num + " " + direct + " " + ll + " " + ch);
        System.out.println((int) num + " " + (long) (Number) 9L);
        Number n = 3.75;
        System.out.println(n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + n.doubleValue() + " " + n.shortValue() + " " + n.byteValue());
        System.out.println(show(1) + "; " + show(2.5) + "; " + show('a') + "; " + show("s") + "; " + show(7L));
        Object[] things = {1, 2L, 3.0, "four", '5', (short) 6, (byte) 7, 8.5f, false};
        for (Object t : things) {
            try {
                int v = (Integer) t;
                System.out.println("int " + v);
            } catch (ClassCastException e) {
                System.out.println("ClassCastException " + e.getMessage());
            }
        }
        try {
            Object s = "text";
            int bad = (int) s;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException " + e.getMessage());
        }
        try {
            Object dd = 2.5;
            long bad = (long) (Long) dd;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException " + e.getMessage());
        }
        System.out.println(o instanceof Integer);
        System.out.println(o instanceof Number);
        System.out.println(o instanceof Comparable);
        System.out.println(o instanceof Long);
        Comparable<Integer> cmp = 5;
        System.out.println(cmp.compareTo(4) + " " + cmp.compareTo(5) + " " + cmp.compareTo(9));
        Integer big = 300;
        byte low = (byte) (int) big;
        char c2 = (char) (int) big;
        System.out.println(low + " " + (int) c2 + " " + (short) (double) Double.valueOf(1e10));
    }
}
