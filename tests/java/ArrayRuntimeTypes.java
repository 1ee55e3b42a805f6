import java.util.*;

/* Arrays carry their type at run time: getClass, class literals,
 * instanceof, checked casts and the store check (JLS 10.5). */
public class ArrayRuntimeTypes {
    static class A {}
    static class B extends A {}
    interface Shape {}
    static final class Sq implements Shape {}
    enum Day { MON, TUE }

    static String describe(Object o) {
        return o.getClass().getName() + " " + o.getClass().getSimpleName() + " " + o.getClass().isArray()
            + " " + (o instanceof Object[]) + " " + (o instanceof int[]) + " " + (o instanceof A[]) + " " + (o instanceof int[][]);
    }

    static void store(Object[] into, Object v) {
        try {
            into[0] = v;
            System.out.println("stored a " + v.getClass().getSimpleName() + " into " + into.getClass().getSimpleName());
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
    }

    static void cast(Object o) {
        try {
            A[] as = (A[]) o;
            System.out.println(as == null ? "null A[]" : "A[] of length " + as.length);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object[] all = {new int[2], new String[1], new double[1][2], new A[0], new B[3], new Object[1], new char[0],
                        new boolean[1], new long[1], new float[1], new short[1], new byte[1], new Integer[1],
                        new List[1], new int[2][3][4], new Shape[2], new Day[0], new A[2][]};
        for (Object o : all) System.out.println(describe(o));
        System.out.println(int[].class.getName() + " " + String[][].class.getSimpleName() + " " + A[].class);
        System.out.println((new int[0].getClass() == int[].class) + " " + ((Object) new B[1].getClass() == A[].class));

        store(new B[1], new A());
        store(new B[1], new B());
        store(new String[1], 42);
        store(new String[1], new int[1]);
        store(new Shape[1], new Sq());
        store(new Shape[1], "not a shape");
        store(new Object[1], new int[1]);
        store(new Comparable[1], "a string is Comparable");
        store(new CharSequence[1], new StringBuilder("sb"));
        store(new int[1][], new int[2]);
        store(new int[1][], new long[2]);
        store(new Object[1][], new String[0]);
        Object[][] grid = new String[2][2];
        try { grid[0] = new Integer[2]; } catch (ArrayStoreException e) { System.out.println(e); }
        grid[1][1] = "ok";
        System.out.println(Arrays.deepToString(grid));

        cast(new B[2]);
        cast(new A[1]);
        cast(new Object[3]);
        cast(new String[0]);
        cast(null);
        try { int[] x = (int[]) (Object) new long[1]; System.out.println(x.length); }
        catch (ClassCastException e) { System.out.println(e.getMessage()); }
        Object[] maybe = new String[] {"s"};
        String[] back = (String[]) maybe;
        System.out.println(back[0] + " " + back.getClass().getSimpleName());
        if (maybe instanceof String[] ss) System.out.println("pattern " + ss.length);

        int[] orig = {1, 2, 3};
        Object copy = orig.clone();
        System.out.println(copy.getClass().getName() + " " + Arrays.toString((int[]) copy));
        B[] bs = new B[1];
        Object bcopy = bs.clone();
        System.out.println(bcopy.getClass().getName());

        List<String> list = new ArrayList<>(List.of("x", "y", "z"));
        String[] fromList = list.toArray(new String[0]);
        System.out.println(fromList.getClass().getSimpleName() + " " + fromList.length + " " + String.join("", fromList));
        String[] big = list.toArray(new String[5]);
        System.out.println(big.length + " " + big[3]);
        Object[] plain = list.toArray();
        System.out.println(plain.getClass().getSimpleName());
        try { ((Object[]) fromList)[0] = 1; } catch (ArrayStoreException e) { System.out.println(e); }

        Object parts = "a,b,c".split(",");
        Object chars = "abc".toCharArray();
        Object bytes = "abc".getBytes();
        System.out.println(parts.getClass().getName() + " " + chars.getClass().getName() + " " + bytes.getClass().getName());
        System.out.println(args.getClass().getName());

        EnumSet<Day> days = EnumSet.allOf(Day.class);
        System.out.println(days + " " + Day.class.getEnumConstants().getClass().getSimpleName());
        Object[] values = Day.values();
        store(values, "not a day");

        Object[] boom = new Integer[1];
        boom[0] = "uncaught";
    }
}
