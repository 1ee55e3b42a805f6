import java.util.*;

// java.util.Formatter: text appended to its own StringBuilder, a given
// StringBuilder or StringBuffer, or a PrintStream; a bad specifier throws
// after the text before it was appended; a closed formatter throws.
public class FormatterUse {
    public static void main(String[] args) {
        Formatter f = new Formatter();
        f.format("%08.3f|%-6s|%,d|%x|%(d|%+e|%a", 3.14159, "ab", 1234567, 255, -42, 12345.678, 1.0);
        f.format("%n%2$s %1$s %<s", "one", "two");
        System.out.println(f);
        System.out.println(f.toString().length() + " " + f.locale());

        StringBuilder sb = new StringBuilder("start:");
        Formatter g = new Formatter(sb);
        g.format("%5d|", 42).format("%-5b|", true).format("%c", 'x');
        System.out.println(sb + " " + (g.out() == sb));

        StringBuffer buf = new StringBuffer();
        new Formatter(buf, Locale.US).format(Locale.US, "%,.2f", 1234567.891);
        System.out.println(buf);

        Formatter h = new Formatter(new StringBuilder());
        try {
            h.format("before %d after", "not a number");
        } catch (IllegalFormatConversionException e) {
            System.out.println("caught " + e.getMessage() + " with [" + h + "]");
        }
        try {
            h.format("x %q");
        } catch (UnknownFormatConversionException e) {
            System.out.println("caught " + e.getMessage() + " with [" + h + "]");
        }
        try {
            h.format("%s %s", "only one");
        } catch (MissingFormatArgumentException e) {
            System.out.println("caught " + e.getMessage() + " with [" + h + "]");
        }

        Formatter out = new Formatter(System.out);
        out.format("to System.out: %s %d%n", "yes", 7);
        out.flush();

        h.close();
        h.close();   // closing twice is nothing
        try {
            h.format("%d", 1);
        } catch (FormatterClosedException e) {
            System.out.println("closed: " + e);
        }
        try {
            System.out.println(h.toString());
        } catch (FormatterClosedException e) {
            System.out.println("closed toString: " + e);
        }
        try (Formatter t = new Formatter()) {
            t.format("%s", "in try");
            System.out.println(t);
        }
        System.out.println(String.format("%s|%10.4s|%S", null, "abcdefgh", "mixed Case"));
    }
}
