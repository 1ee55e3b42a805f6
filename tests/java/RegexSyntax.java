import java.util.regex.*;

/* Pattern syntax: literals and escapes, classes (ranges, negation, unions,
 * intersections), predefined classes, dot and anchors; every match shown. */
public class RegexSyntax {
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
        show("abc", "xxabcabcx");
        show("a\\tb", "a\tb");
        show("\\n\\r\\f\\a\\e", "\n\r\f\u0007\u001b");
        show("\\0101\\x42\\u0043\\x{44}", "ABCD");
        show("\\\\ \\. \\* \\[", "\\ . * [");
        show("\\Qa.b*c\\E+", "a.b*cc a.b*c");
        show("\\cA", "\u0001");
        show("[abc]+", "xaabbcy");
        show("[a-cx-z]+", "abdxyz");
        show("[^a-c]+", "abdefc");
        show("[a-z&&[^aeiou]]+", "hello world");
        show("[abc[x-z]]+", "axbyq");
        show("[a-z&&d-f&&e]", "def");
        show("[]a]+", "a]]b");
        show("[-a]+", "-a-b");
        show("[a-]+", "-a-b");
        show("[\\d\\s]+", "1 2\tx");
        show("[\\w&&[^\\d]]+", "ab12cd_");
        show("\\d+", "a123b45");
        show("\\D+", "a123b45");
        show("\\s+", "a \t\n\u000Bb");
        show("\\S+", "ab cd");
        show("\\w+", "hi_there, you2");
        show("\\W+", "hi_there, you2");
        show("\\h+", "a \t\u00A0b");
        show("\\v+", "a\n\u000B\rb");
        show("\\p{Lower}+\\p{Upper}+", "abcDEF");
        show("\\p{Punct}+", "a!?,b");
        show("\\p{Alpha}\\p{Digit}\\p{Alnum}", "a1b");
        show("\\P{Digit}+", "ab12");
        show("\\p{L}+", "Grüße 42");
        show("\\p{Lu}", "aBcD");
        show("\\p{XDigit}+", "0xFFg");
        show("a.c", "abc a\nc a\rc a\u2028c");
        show("^abc", "abc abc");
        show("abc$", "abc abc");
        show("abc$", "abc\n");
        show("abc$", "abc\r\n");
        show("abc$", "abc\n\n");
        show("\\Aab", "abab");
        show("ab\\z", "abab\n");
        show("ab\\Z", "abab\n");
        show("\\bis\\b", "this is it");
        show("\\Bis\\B", "this is mist");
        show("\\Ga", "aaba");
        show("\\R", "a\r\nb\nc\rd");
        show("x*", "axxb");
        show("", "ab");
        show("{1}", "a{1}");
        show("a|b|", "abc");
    }
}
