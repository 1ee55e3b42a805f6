// error: no suitable method found for 'abs(int)'
import static java.lang.Math.abs;

public class StaticImportShadowed {
    // the class's own abs shadows the imported one entirely (JLS 6.4.1)
    static String abs(String s) { return s; }

    public static void main(String[] args) {
        System.out.println(abs(-1)); // <-- error
    }
}
