import java.util.regex.*;

/* Flags: CASE_INSENSITIVE (ASCII, and Unicode with UNICODE_CASE),
 * MULTILINE, DOTALL, COMMENTS, LITERAL, UNIX_LINES, and the inline forms
 * (?i) (?m) (?s) (?x) (?-i) (?i:...). */
public class RegexFlags {
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
        int CI = Pattern.CASE_INSENSITIVE;
        show("abc", CI, "xABCx aBc");
        show("[a-c]+", CI, "ABCabcD");
        show("[^a]", CI, "aAb");
        show("é", CI, "É é");
        show("é", CI | Pattern.UNICODE_CASE, "É é");
        show("(?iu)straße", 0, "STRAßE");
        show("^\\w+$", Pattern.MULTILINE, "one\ntwo\r\nthree\n");
        show("^", Pattern.MULTILINE, "a\nb\n");
        show("$", Pattern.MULTILINE, "a\r\nb\n");
        show("^\\w+$", 0, "one\ntwo");
        show("a.b", Pattern.DOTALL, "a\nb");
        show("a.b", Pattern.UNIX_LINES, "a\rb a\nb");
        show("a b c # comment\n d", Pattern.COMMENTS, "abcd");
        show("[a b]+", Pattern.COMMENTS, "ab ba");
        show("a\\ b", Pattern.COMMENTS, "a b");
        show("a.b*", Pattern.LITERAL, "xa.b*y aab");
        show("A.B", Pattern.LITERAL | CI, "a.b");
        show("[ß]", CI | Pattern.UNICODE_CASE, "ßẞ");
        show("ß", CI | Pattern.UNICODE_CASE, "ßẞ");
        show("[k]", CI | Pattern.UNICODE_CASE, "kK\u212A");
        show("[a-z]+", CI | Pattern.UNICODE_CASE, "aZ\u212A");
        show("\\p{Upper}+", CI, "AbC");
        show("\\p{Lu}+", CI, "AbÉé");
        show("\\p{Lower}+", 0, "AbC");
        show("[0-\\w]", 0, "x");
        show("[\\Q-]\\E-b]+", CI, "A9^");
        show("(?i)ab", 0, "AB");
        show("a(?i)b", 0, "aB AB");
        show("(?i:a)b", 0, "Ab AB");
        show("(?i)a(?-i)b", 0, "AB Ab");
        show("((?i)a)b", 0, "AB Ab");
        show("(?m)^x", 0, "x\nx");
        show("(?s).+", 0, "a\nb");
        show("(?x) a  b  #c", 0, "ab");
        show("(?im)^ab$", 0, "AB\nab");
        Pattern p = Pattern.compile("(?i)x", Pattern.MULTILINE | Pattern.DOTALL);
        System.out.println(p.flags() + " " + p.pattern() + " " + p);
        System.out.println(Pattern.compile("a").flags());
        try {
            Pattern.compile("a", 0x10000);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
