import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatException;
import java.util.MissingFormatArgumentException;
import java.util.UnknownFormatConversionException;

// The exceptions of a bad format string or argument, caught by their own
// classes and by IllegalFormatException / IllegalArgumentException.
public class FormatExceptionsCaught {
    static void attempt(String format, Object... args) {
        try {
            System.out.println(String.format(format, args));
        } catch (MissingFormatArgumentException e) {
            System.out.println("missing: " + e.getMessage());
        } catch (IllegalFormatConversionException e) {
            System.out.println("conversion: " + e.getMessage());
        } catch (UnknownFormatConversionException e) {
            System.out.println("unknown: " + e.getMessage());
        } catch (IllegalFormatException e) {
            System.out.println("other " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("%d and %d", 1);
        attempt("%d", "text");
        attempt("%q", 3);
        attempt("%-d", 3);
        attempt("%.2d", 3);
        attempt("%--5d", 3);
        attempt("%,c", 'x');
        attempt("%c", 0x110000);
        attempt("fine %s", "yes");
        try {
            System.out.printf("%s %s%n", "only");
        } catch (IllegalArgumentException e) {
            System.out.println();
            System.out.println(e instanceof IllegalFormatException);
            System.out.println(e);
        }
        System.out.println(new MissingFormatArgumentException("%s").getMessage());
        System.out.println(new UnknownFormatConversionException("q").getMessage());
    }
}
