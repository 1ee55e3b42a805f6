import java.util.regex.*;

/* Quantifier semantics: greedy, lazy and possessive, counted forms,
 * backtracking into earlier quantifiers, leftmost-first alternation. */
public class RegexQuantifiers {
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
        show("a*", "aaab");
        show("a+", "baaab");
        show("a?", "aab");
        show("a{2}", "aaaaa");
        show("a{2,}", "a aa aaaa");
        show("a{2,3}", "aaaaaaa");
        show("a{0}b", "ab");
        show("a*?b", "aaab");
        show("a+?", "aaa");
        show("a??b", "ab b");
        show("a{2,3}?", "aaaaa");
        show("a*+a", "aaa");
        show("a++b", "aaab");
        show("a?+a", "a aa");
        show("(ab)*+ab", "ababab");
        show("(ab){1,2}+c", "ababc abababc");
        show("<.*>", "<a><b>");
        show("<.*?>", "<a><b>");
        show("<[^>]*+>", "<a><b>");
        show("x.*y.*z", "x1y2y3z4z");
        show("(a|ab)(c|bcd)(d*)", "abcd");
        show("a|ab", "ab");
        show("ab|a", "ab");
        show("(a|b|c)+", "abcabx");
        show("(a+)(a+)", "aaaa");
        show("(a+?)(a+)", "aaaa");
        show("(a*)*b", "aaab");
        show("(a*)+b", "aab");
        show("(a|)*", "aab");
        show("(a?)*?b", "aab");
        show("(?:ab|cd)+", "abcdabx");
        show("(\\w+)\\s*=\\s*(\\d+)", "x = 12, yy=3");
        show("(.)*", "abc");
        show("(.){2}", "abc");
        show("((a)|(b))+", "ab");
        show("(a{2})*", "aaaaa");
        show("[0-9]{3}-[0-9]{4}", "call 555-1234 or 5551-234");
        show("(?:a|b)*c", "ababc");
        show("a.{0,2}b", "a12b a123b");
        long t0 = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append('a');
        show("(a*)*b", sb.toString());
        show("(a|aa)+c", sb.toString());
        sb.setLength(0);
        for (int i = 0; i < 1000; i++) sb.append("ab");
        Matcher m = Pattern.compile("(?:ab)*").matcher(sb);
        System.out.println(m.matches() + " " + m.end());
        m = Pattern.compile("(ab|cd)*x").matcher(sb);
        System.out.println(m.find());
        String longA = "a".repeat(200000);
        System.out.println((longA + "b").matches("a*b") + " " + (longA + "b").replaceAll("a+", "x") + " " + longA.matches("a+?"));
        System.out.println(Pattern.compile("(a*)*b").matcher("a".repeat(2000)).find());
        String abs = "ab".repeat(100000);
        Matcher d = Pattern.compile("(\\w)+").matcher(abs);
        System.out.println(abs.matches("(?:ab)*") + " " + d.matches() + " " + d.group(1) + " " + d.start(1) + " " + abs.replaceAll("(ab)+", "x"));
        d = Pattern.compile("(\\w\\w)+?b").matcher("abababb");
        System.out.println(d.find() + " " + d.group() + " " + d.group(1));
        d = Pattern.compile("(ab)*ab").matcher("ababab");
        System.out.println(d.matches() + " " + d.group(1) + " " + d.start(1));
        d = Pattern.compile("(ab)*+ab|(ab){2,}+").matcher("ababab");
        System.out.println(d.matches() + " " + d.group(1) + " " + d.group(2));
    }
}
