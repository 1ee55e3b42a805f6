import java.lang.annotation.*;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.FIELD})
@interface Note {
    String value() default "";
    int[] numbers() default {1, 2};
    String[] tags() default {};
}

@interface Marker {}

@SuppressWarnings({"unchecked", "rawtypes"})
@Note(value = "class", numbers = {3, 4}, tags = {"a", "b"})
public class Annotations {
    @Deprecated(since = "9", forRemoval = true)
    static int old = 1;

    @Note("field") @Marker
    private int x;

    @java.lang.Deprecated
    Annotations(@SuppressWarnings("unused") int x) { this.x = x; }

    @Override
    public String toString() { return "Annotations(" + x + ")"; }

    @Override
    public int hashCode() { return x; }

    @java.lang.Override
    public boolean equals(Object o) { return o == this; }

    @SuppressWarnings("deprecation") @Marker
    static int twice(final @Marker int v) { return 2 * v; }

    @SuppressWarnings(value = "unused")
    public static void main(final String[] args) {
        @SuppressWarnings("unused") int unused = 0;
        @Marker final int y = twice(21);
        Annotations a = new Annotations(y);
        System.out.println(a.hashCode() + " " + a.equals(a) + " " + a.toString());
        for (@SuppressWarnings("x") final int v : new int[] {old, 2}) System.out.println(v);
        Inner.run();
    }

    @Marker
    static class Inner {
        @interface NestedAnnotation { int level() default 0; }

        @NestedAnnotation(level = 2)
        static void run() { System.out.println("inner"); }
    }
}
