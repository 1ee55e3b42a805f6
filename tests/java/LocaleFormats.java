import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.NumberFormat;
import java.util.Locale;

/* java.util.Locale: the constants, the constructors' normalisation,
 * toString, equals, hashCode, the default locale; and the Locale
 * overloads of String.format, printf/format of PrintStream and
 * PrintWriter, toUpperCase/toLowerCase and NumberFormat's factories for
 * the English locales and the root locale (and null: no localization). */
public class LocaleFormats {
    static void show(String name, Locale l) {
        System.out.println(name + ": [" + l + "] lang=" + l.getLanguage() + " country=" + l.getCountry() + " variant="
                + l.getVariant() + " hash=" + l.hashCode());
    }

    public static void main(String[] args) {
        show("US", Locale.US);
        show("ENGLISH", Locale.ENGLISH);
        show("ROOT", Locale.ROOT);
        show("UK", Locale.UK);
        show("CANADA", Locale.CANADA);
        show("CANADA_FRENCH", Locale.CANADA_FRENCH);
        show("GERMANY", Locale.GERMANY);
        show("GERMAN", Locale.GERMAN);
        show("FRANCE", Locale.FRANCE);
        show("FRENCH", Locale.FRENCH);
        show("ITALY", Locale.ITALY);
        show("JAPAN", Locale.JAPAN);
        show("KOREA", Locale.KOREA);
        show("CHINA", Locale.CHINA);
        show("TAIWAN", Locale.TAIWAN);
        show("CHINESE", Locale.CHINESE);
        System.out.println((Locale.PRC == Locale.CHINA) + " " + (Locale.SIMPLIFIED_CHINESE == Locale.CHINA) + " "
                + (Locale.TRADITIONAL_CHINESE == Locale.TAIWAN));

        show("new(EN, us)", new Locale("EN", "us"));
        show("new(iw)", new Locale("iw"));
        show("new(ji, il)", new Locale("ji", "il"));
        show("new(in, ID)", new Locale("in", "ID"));
        show("new(\"\", us)", new Locale("", "us"));
        show("new(\"\", \"\", var)", new Locale("", "", "var"));
        show("new(en, \"\", Var)", new Locale("en", "", "Var"));
        show("new(es, ES, Traditional_WIN)", new Locale("es", "ES", "Traditional_WIN"));
        System.out.println(new Locale("en", "US").equals(Locale.US) + " " + Locale.US.equals(Locale.ENGLISH) + " "
                + new Locale("").equals(Locale.ROOT) + " " + Locale.US.equals(null) + " " + Locale.US.equals("en_US"));
        try {
            new Locale(null);
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }
        try {
            new Locale("en", null);
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }

        System.out.println("default " + Locale.getDefault() + " " + Locale.getDefault().equals(Locale.ENGLISH));
        Locale.setDefault(Locale.US);
        System.out.println("default " + Locale.getDefault() + " " + (Locale.getDefault() == Locale.US));
        try {
            Locale.setDefault(null);
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }

        String f = "%,.2f|%e|%10.3f|%S|%,d|%x|%b|%s%n";
        Object[] values = {1234567.891, 12345.678, -3.14159, "title", 9876543210L, 255, true, Locale.UK};
        System.out.print(String.format(Locale.US, f, values));
        System.out.print(String.format(Locale.ROOT, f, values));
        System.out.print(String.format(Locale.ENGLISH, f, values));
        System.out.print(String.format(Locale.UK, f, values));
        System.out.print(String.format(Locale.CANADA, f, values));
        System.out.print(String.format((Locale) null, f, values));
        System.out.printf(Locale.US, "%12.8f %12.4e%n", Math.PI, 6.02214076e23);
        System.out.format(Locale.ROOT, "%-6s|%6s|%n", "ab", "cd").printf(Locale.US, "chained %d%n", 7);
        System.err.printf(Locale.US, "%.1f%n", 0.25);
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.printf(Locale.US, "%,d", 1000000).format(Locale.ENGLISH, " %.3e", 0.000123456);
        pw.flush();
        System.out.println("writer: " + sw);

        System.out.println("Straße i".toUpperCase(Locale.ROOT) + " " + "TITLE İ".toLowerCase(Locale.ENGLISH).length() + " "
                + "Mixed Case".toUpperCase(Locale.US) + " " + "Mixed Case".toLowerCase(Locale.GERMANY) + " "
                + "ÉCOLE".toLowerCase(Locale.FRANCE));
        try {
            "x".toUpperCase(null);
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }

        double[] nums = {1234567.8915, -0.5, 2.5, 1e-7, 0.256};
        for (Locale l : new Locale[] {Locale.US, Locale.ENGLISH, Locale.ROOT, Locale.UK}) {
            StringBuilder b = new StringBuilder(l + ":");
            for (double d : nums)
                b.append(' ').append(NumberFormat.getInstance(l).format(d)).append('/')
                        .append(NumberFormat.getNumberInstance(l).format(d)).append('/')
                        .append(NumberFormat.getIntegerInstance(l).format(d)).append('/')
                        .append(NumberFormat.getPercentInstance(l).format(d));
            System.out.println(b);
        }
        System.out.println(NumberFormat.getCurrencyInstance(Locale.US).format(-1234.565));
        try {
            NumberFormat.getInstance(null);
        } catch (NullPointerException e) {
            System.out.println("caught NullPointerException");
        }
    }
}
