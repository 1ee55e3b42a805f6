import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;

// NumberFormat.parse and DecimalFormat.parse: signs, grouping, decimals,
// exponents, affixes, percent and quoted-dollar formats, integer-only parsing,
// Long or Double results, partial parses and ParseException offsets.
public class DecimalFormatParse {
    static void parse(NumberFormat f, String text) {
        try {
            Number n = f.parse(text);
            System.out.println("'" + text + "' -> " + n + " " + n.getClass().getSimpleName());
        } catch (ParseException e) {
            System.out.println("'" + text + "' -> " + e.getMessage() + " at " + e.getErrorOffset());
        }
    }

    public static void main(String[] args) {
        NumberFormat plain = NumberFormat.getInstance();
        String[] inputs = {"0", "-0", "12", "-12", "1,234", "1,234.5", "1,2,3,4", "12,", "12,a", "1,234,", "1.5.6",
            "0.000123", "-0.0", "00012.500", "1.5E3", "1.5E-3", "2E", "2E-", "3E+2", "1e3", "12abc", "abc", "",
            " 12", "-", "--5", "+5", ".5", "5.", "-.5", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "NaN", "\u221E",
            "-\u221E", "1,000,000.00", "\u0661\u0662\u0663", "4.0", "1E400", "1E-400", "0E5"};
        for (String s : inputs) parse(plain, s);

        NumberFormat integers = NumberFormat.getIntegerInstance();
        for (String s : new String[] {"12.75", "-0", "1,234.9", "-7"}) parse(integers, s);

        NumberFormat percent = NumberFormat.getPercentInstance();
        for (String s : new String[] {"50%", "12.5%", "-3%", "50", "100%", "1%"}) parse(percent, s);

        DecimalFormat dollars = new DecimalFormat("'$'#,##0.00");
        for (String s : new String[] {"$1,234.50", "-$3.00", "$-3.00", "1.00", "$0.10"}) parse(dollars, s);

        DecimalFormat affixes = new DecimalFormat("#,##0.00 kg;(#,##0.00) kg");
        for (String s : new String[] {"12.5 kg", "(12.5) kg", "12.5", "(12.5", "1,000 kg"}) parse(affixes, s);

        DecimalFormat perMille = new DecimalFormat("0.#\u2030");
        parse(perMille, "250\u2030");
        DecimalFormat noGrouping = new DecimalFormat("0.##");
        noGrouping.setGroupingUsed(false);
        parse(noGrouping, "1,234");
        DecimalFormat multiplier = new DecimalFormat("0.###");
        multiplier.setMultiplier(3);
        for (String s : new String[] {"9", "10", "-0"}) parse(multiplier, s);

        ParsePosition pos = new ParsePosition(3);
        Number n = plain.parse("ab 42 cd", pos);
        System.out.println(n + " " + pos.getIndex() + " " + pos.getErrorIndex() + " " + pos);
        pos = new ParsePosition(0);
        System.out.println(plain.parse("x", pos) + " " + pos);
        pos = new ParsePosition(9);
        System.out.println(plain.parse("12", pos) + " " + pos);
    }
}
