import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/* Text outside ASCII: Latin-1 and other BMP letters, and supplementary
 * characters (surrogate pairs) as one code point in ., classes and
 * quantifiers, but as two chars in indexes and empty-pattern splits. */
public class RegexUnicode {
    static void show(String re, String s) {
        Matcher m = Pattern.compile(re).matcher(s);
        StringBuilder sb = new StringBuilder(re + " ~ " + s + ":");
        while (m.find()) sb.append(" [").append(m.start()).append(",").append(m.end()).append(")=").append(m.group());
        System.out.println(sb);
    }

    public static void main(String[] args) {
        String smile = "\uD83D\uDE00";
        show(".", "a" + smile + "b");
        show("a.b", "a" + smile + "b");
        show("a..b", "a" + smile + "b");
        show("[" + smile + "]", "x" + smile + "y");
        show("[^x]", smile);
        show(smile + "+", smile + smile + "x");
        show("\\x{1F600}", smile);
        show("\\uD83D\\uDE00", smile);
        show("[\\x{1F600}-\\x{1F64F}]+", "hi " + smile + "\uD83D\uDE4F!");
        show("\\w+", "naïve café");
        show("\\p{L}+", "naïve café Ωμέγα");
        show("[à-ÿ]+", "voilà déjà");
        show("\\bcafé\\b", "un café noir");
        show("Ω+", "ΩΩΩ");
        show("[^a-z]+", "abc日本語def");
        show("日本", "こんにちは日本");
        show("[^z\\x{1F600}]+", smile + "zZ");
        show("[^z]+", smile + "zZ");
        show("\uDE00", smile);
        show("[^a]", smile + smile);
        try {
            Pattern.compile("[" + smile + "-&&\\w]");
        } catch (PatternSyntaxException e) {
            System.out.println(e.getDescription() + " at " + e.getIndex());
        }
        System.out.println(Arrays.toString(("a" + smile + "b").split("")));
        System.out.println(Arrays.toString("añob".split("ñ")));
        System.out.println("日本語".matches("\\S{3}") + " " + (smile + smile).matches(".{2}") + " " + (smile).matches(".."));
        System.out.println("Grüße".replaceAll("[üß]", "?"));
        System.out.println(("x" + smile + "y").replaceAll(".", "<$0>"));
        Matcher m = Pattern.compile(".+?").matcher(smile + "z");
        m.find();
        System.out.println(m.end());
    }
}
