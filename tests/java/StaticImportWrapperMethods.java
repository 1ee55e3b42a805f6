// Static imports of a wrapper class's methods that Lime's library class (not the
// builtin table) has: Integer.valueOf, Double.parseDouble.
import static java.lang.Integer.valueOf;
import static java.lang.Double.parseDouble;
public class StaticImportWrapperMethods { public static void main(String[] a) {
    System.out.println(valueOf("12") + 1);
    System.out.println(valueOf(7).hashCode());
    System.out.println(parseDouble("2.5") * 2);
} }
