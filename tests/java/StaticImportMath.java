import static java.lang.Math.*;
import static java.lang.Integer.MAX_VALUE;
import static java.lang.Long.MIN_VALUE;

public class StaticImportMath {
    // a method of the class shadows every static import of the same name
    static double sqrt(double x) { return -x; }
    static int min = 5;   // a field shadows nothing here: min() is a method name

    public static void main(String[] args) {
        System.out.println(sqrt(16.0));              // the class's own
        System.out.println(Math.sqrt(16.0));         // java.lang.Math's
        System.out.println(abs(-7) + " " + abs(-2.5) + " " + max(3L, 9L));
        System.out.println(PI + " " + E);
        System.out.println(floorMod(-7, 3) + " " + floorDiv(-7, 3));
        System.out.println(pow(2, 10) + " " + round(2.5) + " " + round(-2.5f));
        System.out.println(MAX_VALUE + " " + MIN_VALUE);
        System.out.println(min(min, 2));             // the field min and the method min
        int MAX_VALUE = 3;                           // a local shadows a static import
        System.out.println(MAX_VALUE);
        System.out.println(hypot(3, 4) + " " + toDegrees(PI));
    }
}
