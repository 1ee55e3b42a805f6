import java.util.regex.*;

/* Groups: capturing (numbered by their open parenthesis), non-capturing,
 * named, atomic; back references by number and by name; lookahead and
 * lookbehind, positive and negative. */
public class RegexGroups {
    /* every match of re in s: its span and groups, or the exception */
    static void show(String re, int flags, String s) {
        StringBuilder sb = new StringBuilder(re + " ~ \"" + s + "\":");
        try {
            Matcher m = Pattern.compile(re, flags).matcher(s);
            int n = 0;
            while (m.find() && n++ < 20) {
                sb.append(" [").append(m.start()).append(",").append(m.end()).append(")");
                for (int g = 0; g <= m.groupCount(); g++) sb.append(g == 0 ? "=" : "|").append(m.group(g));
            }
            sb.append(" matches=").append(m.matches()).append(" lookingAt=").append(m.lookingAt());
        } catch (RuntimeException e) {
            sb.append(" ").append(e.getClass().getName()).append(": ").append(e.getMessage());
        }
        System.out.println(sb);
    }
    static void show(String re, String s) { show(re, 0, s); }
    public static void main(String[] args) {
        show("(a)(b(c))", "abc");
        show("((a)|b)+", "aab");
        show("(a)|(b)", "ab");
        show("(?:a(b))+", "abab");
        show("(?<first>\\w)(?<rest>\\w*)", "hello big world");
        show("(\\w)\\1", "hello bookkeeper");
        show("(\\w+) \\1", "the the cat cat dog");
        show("(?<w>\\w+) \\k<w>", "a b b c");
        show("(a)?\\1", "aa b");
        show("(a*)\\1", "aaaa");
        show("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "abcdefghijj");
        show("(a)\\11", "aa1");
        show("(?i)(a)\\1", "aA");
        show("(?>a+)b", "aaab");
        show("(?>a+)a", "aaa");
        show("(?>ab|a)b", "ab abb");
        show("(?>(a)|b)c", "ac bc");
        show("foo(?=bar)", "foobaz foobar");
        show("foo(?!bar)", "foobar foobaz");
        show("(?<=\\$)\\d+", "cost $42 or 17");
        show("(?<!\\$)\\b\\d+", "cost $42 or 17");
        show("(?<=a|bc)x", "ax bcx cx");
        show("(?<=a{1,3})b", "aaab b");
        show("(?<=(a))b", "ab");
        show("(?=(\\w+))\\w", "ab");
        show("(?!a)\\w", "abc");
        show("\\w+(?=,)", "x, yy, zzz");
        show("(?<=^|,)\\w*", "a,,b");
        show("^(?=.*\\d)(?=.*[a-z]).{4,}$", "abc1");
        show("^(?=.*\\d)(?=.*[a-z]).{4,}$", "abcd");
        show("(?<!a)b", "ab cb");
        show("q(?!u)", "quit qat");
        show("(?<=x*)y", "xxy");
        show("((?<n>a)|b)+\\k<n>", "aba ba");
        show("\\2(a)", "aa");
        show("(a)|\\3", "ba");
        show("(?>(x)|y)z|y", "y xz");
        show("(?=(a))b|a", "a");
        show("()*x", "x");
        show("(\\b)*", "ab");
        show("()+", "x");
        show("(a?)*", "ab");
        show("(?:(a)|b?)*", "ab");
        show("(a|)*b", "aab");
        Matcher m = Pattern.compile("(?<key>\\w+)=(?<val>\\w*)").matcher("a=1 b= c=33");
        while (m.find())
            System.out.println(m.group("key") + " -> '" + m.group("val") + "' " + m.start("val") + " " + m.end("key"));
        m = Pattern.compile("(a)|(b)").matcher("b");
        m.find();
        System.out.println(m.group(1) + " " + m.start(1) + " " + m.end(1) + " " + m.group(2) + " " + m.start(2));
    }
}
