// Widening reference conversions to Object (JLS 5.1.5): arrays, strings and
// objects stored in Object variables, passed to Object parameters and
// returned as Object, then compared and printed.
public class ObjectWidening {
    static class Box {
        int v;
        Box(int v) { this.v = v; }
    }

    static Object pick(boolean first, Object a, Object b) { return first ? a : b; }

    static String describe(Object o) {
        if (o == null) return "null";
        return "something";
    }

    static Object holder;

    public static void main(String[] args) {
        Object q = new int[1];
        int[] arr = {3, 1, 2};
        Object p = arr;
        System.out.println(p == arr);
        System.out.println(q == p);
        System.out.println(describe("text"));
        System.out.println(describe(null));
        System.out.println(describe(new Box(4)));
        Object s = "abc";
        System.out.println(s);
        System.out.println("s=" + s);
        System.out.println(String.valueOf(s));
        Box b = new Box(7);
        Object ob = b;
        System.out.println(ob == b);
        holder = arr;
        System.out.println(holder == p);
        Object[] objs = new Object[3];
        objs[0] = "first";
        objs[1] = arr;
        objs[2] = b;
        System.out.println(objs[0]);
        System.out.println(objs[1] == arr);
        System.out.println(pick(true, "left", arr));
        System.out.println(pick(false, "left", "right"));
        Object n = null;
        System.out.println(n == null);
        String[] words = {"x", "y"};
        Object w = words;
        System.out.println(w == words);
    }
}
