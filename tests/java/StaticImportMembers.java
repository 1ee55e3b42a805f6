import static java.lang.Integer.parseInt;
import static java.lang.Integer.toBinaryString;
import static java.lang.Character.isDigit;
import static java.lang.Character.isLetter;
import static java.lang.Character.toUpperCase;
import static java.lang.String.valueOf;
import static java.lang.Double.*;

public class StaticImportMembers {
    static int parse(String s) { return parseInt(s) * 2; }

    public static void main(String[] args) {
        System.out.println(parse("21"));
        System.out.println(toBinaryString(10));
        System.out.println(isDigit('7') + " " + isLetter('x') + " " + toUpperCase('q'));
        System.out.println(valueOf(3.5) + valueOf(true));
        System.out.println(isNaN(NaN) + " " + POSITIVE_INFINITY + " " + parseDouble("1e3"));
        System.out.println(MAX_VALUE);   // Double.MAX_VALUE: the only MAX_VALUE imported
    }
}
