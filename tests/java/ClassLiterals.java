import java.util.*;
public class ClassLiterals {
    enum Day { MON, TUE, WED }
    enum Op { PLUS { int ap(int a, int b) { return a + b; } }, MINUS { int ap(int a, int b) { return a - b; } }; abstract int ap(int a, int b); }
    interface Shape {}
    static class Box implements Shape {}
    public static void main(String[] args) {
        Class<Day> c = Day.class;
        System.out.println(c.getName() + " " + c.getSimpleName() + " " + c);
        System.out.println(c == Day.MON.getClass());
        System.out.println(Day.class.isEnum() + " " + Op.PLUS.getClass().isEnum() + " " + Op.class.isEnum());
        System.out.println(Arrays.toString(Day.class.getEnumConstants()));
        Day[] ds = c.getEnumConstants();
        System.out.println(ds.length + " " + ds[2]);
        System.out.println(Arrays.toString(Op.class.getEnumConstants()));
        System.out.println(Box.class.getEnumConstants());
        System.out.println(Shape.class + " " + Shape.class.isInterface());
        System.out.println(String.class + " " + String.class.getSimpleName() + " " + (((Object) "x").getClass() == String.class));
        System.out.println(Object.class.getName() + " " + (new Object().getClass() == Object.class));
        System.out.println(java.util.ArrayList.class.getName() + " " + (new ArrayList<String>().getClass() == ArrayList.class));
        System.out.println(ClassLiterals.Box.class.getSimpleName() + " " + Map.Entry.class.getName());
        Object o = Day.class;
        System.out.println(o.equals(Day.class) + " " + (o.hashCode() == Day.class.hashCode()));
        class Loc {}
        System.out.println(Loc.class.getName() + " " + Loc.class.getSimpleName());
        System.out.println(java.util.BitSet.class.getName() + " " + Runnable.class + " " + java.util.AbstractMap.SimpleEntry.class.getSimpleName() + " " + Comparable.class.isInterface());
        Class<?> k = Integer.class;
        System.out.println(k.getName() + " " + (k == Integer.valueOf(3).getClass()) + " " + (k == (Object) Long.class));
        System.out.println(Day.MON.compareTo(Day.WED) + " " + Day.WED.compareTo(Day.MON) + " " + Day.TUE.getDeclaringClass());
    }
}
