import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/* PatternSyntaxException: the JDK's description, index and message (with
 * the pattern and a caret under the index) for malformed patterns, also
 * through String.matches, split and replaceAll. */
public class RegexErrors {
    static void bad(String re) {
        try {
            Pattern.compile(re);
            System.out.println("compiled: " + re);
        } catch (PatternSyntaxException e) {
            System.out.println("desc=" + e.getDescription() + " index=" + e.getIndex() + " pattern=" + e.getPattern());
            System.out.println(e.getMessage());
            System.out.println("--");
        }
    }

    public static void main(String[] args) {
        String[] pats = {"(ab", "((a)", "*a", "a**", "+", "?", "a|*", "x(+)", "[ab", "[]", "[^]", "[a-", "a{", "a{x}",
            "a{2", "a{3,2}", "ab)", "a)b(", "\\", "(?<1a>x)", "(?<a>x)(?<a>y)", "\\k<zz>", "[b-a]", "(?z)",
            "\\x", "\\xg1", "\\u12", "\\p{Foo}", "\\c", "\\y", "a{2}{3}", "(?<=a+)b", "(?<n", "\\0", "\\08", "(\\", "(ab\\", "[a\\", "[a-\\", "a\\p", "\\P", "x(\\Q", "[\\Q", "(\\Q.*)\\E)", "\\p{}", "\\k<", "[\\Q-]\\E-\\D]", "\uD83D\uDE00(a"};
        for (String p : pats) bad(p);
        for (String p : new String[] {"* a", "a  +", "\\k a", "(?x)a # comment\n|?"}) {
            try {
                Pattern.compile(p, Pattern.COMMENTS);
            } catch (PatternSyntaxException e) {
                System.out.println("COMMENTS: " + e.getDescription() + " " + e.getIndex());
            }
        }
        try {
            "abc".matches("(");
        } catch (PatternSyntaxException e) {
            System.out.println("matches: " + e.getMessage().replace('\n', '|'));
        }
        try {
            "abc".split("[");
        } catch (IllegalArgumentException e) {
            System.out.println("split: " + e.getClass().getName() + " " + e.getMessage().replace('\n', '|'));
        }
        try {
            "abc".replaceAll("a{", "x");
        } catch (RuntimeException e) {
            System.out.println("replaceAll: " + e);
        }
        "x".split("?");
    }
}
