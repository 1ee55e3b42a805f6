import java.util.regex.*;

/* Replacement strings: $n (the longest existing group number), ${name},
 * \ escapes, quoteReplacement, and the exceptions of a bad replacement;
 * String.replaceAll and replaceFirst with patterns. */
public class RegexReplace {
    static void rep(String re, String s, String r) {
        try {
            System.out.println(re + " / " + r + " : " + s.replaceAll(re, r) + " | " + s.replaceFirst(re, r));
        } catch (RuntimeException e) {
            System.out.println(re + " / " + r + " : " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        rep("(\\w+)@(\\w+)", "joe@site, ann@web", "$2 at $1");
        rep("(?<user>\\w+)@(?<host>\\w+)", "joe@site", "${host}/${user}");
        rep("(a)", "aaa", "$1$1");
        rep("(a)", "a", "$10");
        rep("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "abcdefghijk", "$11-$10-$1");
        rep("a", "a", "\\$1");
        rep("a", "a", "\\\\");
        rep("a", "a", "x\\y");
        rep("a", "a", "$");
        rep("a", "a", "\\");
        rep("a", "a", "$x");
        rep("a", "a", "$2");
        rep("(a)", "a", "${nope}");
        rep("(?<n>a)", "a", "${n");
        rep("(?<n>a)", "a", "${}");
        rep("(?<n>a)", "a", "${1n}");
        rep("(a)|b", "ab", "[$1]");
        rep("", "abc", "-");
        rep("x*", "abc", "-");
        rep("b*", "abc", "-");
        rep("\\s+", "  lots   of   space  ", " ");
        rep("^\\s+|\\s+$", "  trim me  ", "");
        rep("(\\d)(?=(\\d{3})+$)", "1234567", "$1,");
        rep("[aeiou]", "education", "");
        rep("(?i)HELLO", "hello Hello", "bye");
        rep("\\.", "a.b.c", "\\\\");
        rep("a", "banana", Matcher.quoteReplacement("$1\\"));
        System.out.println(Matcher.quoteReplacement("a$b\\c") + " " + Matcher.quoteReplacement("plain"));
        System.out.println(Pattern.quote("a.b") + " " + Pattern.quote("x\\Ey") + " " + "a.b".matches(Pattern.quote("a.b")) + " " + "x\\Ey".matches(Pattern.quote("x\\Ey")));
        System.out.println("1+1=2".replaceAll(Pattern.quote("1+1"), "two"));
    }
}
