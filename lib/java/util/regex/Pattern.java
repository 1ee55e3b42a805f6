import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Predicate;

/* java.util.regex.Pattern: Java's regular expressions, parsed (RegexParser)
 * into a chain of RegexNode objects that a Matcher runs by backtracking:
 * leftmost-first alternation, greedy, lazy and possessive quantifiers,
 * lookaround, back references, Java's anchors and line terminators. */
public final class Pattern {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private final String pattern;
    private final int flags;     /* as the JDK's flags(): those given, changed by the top level's (?i) forms */
    final RegexNode root;        /* the chain, ending in the node that accepts */
    final int groupCount;        /* capturing groups, not counting group 0 */
    final int localCount;        /* the matcher's scratch slots (loops, lookaround) */
    final HashMap<String, Integer> names;
    final boolean supplementary;  /* no search starts inside a surrogate pair */

    private Pattern(String regex, int flags) {
        this.pattern = regex;
        RegexParser p = new RegexParser(regex, flags);
        root = p.compile();
        this.flags = p.flags();
        groupCount = p.groups;
        localCount = p.locals;
        names = p.names;
        supplementary = p.supplementary;
    }

    public static Pattern compile(String regex) { return new Pattern(regex, 0); }
    public static Pattern compile(String regex, int flags) {
        if ((flags & ~0x1FF) != 0) throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        return new Pattern(regex, flags);
    }
    public static boolean matches(String regex, CharSequence input) { return compile(regex).matcher(input).matches(); }

    public String pattern() { return pattern; }
    public String toString() { return pattern; }
    public int flags() { return flags; }
    public Matcher matcher(CharSequence input) { return new Matcher(this, input); }
    public Predicate<String> asPredicate() { return (String s) -> matcher(s).find(); }
    public Predicate<String> asMatchPredicate() { return (String s) -> matcher(s).matches(); }

    /* s as a pattern that matches it literally: \Q...\E, each \E inside
     * closed and written as an escaped \ and E */
    public static String quote(String s) {
        if (s.indexOf("\\E") < 0) return "\\Q" + s + "\\E";
        StringBuilder sb = new StringBuilder("\\Q");
        int cur = 0;
        int at;
        while ((at = s.indexOf("\\E", cur)) >= 0) {
            sb.append(s, cur, at).append("\\E\\\\E\\Q");
            cur = at + 2;
        }
        return sb.append(s, cur, s.length()).append("\\E").toString();
    }

    public String[] split(CharSequence input) { return split(input, 0); }

    /* Java's rules: a zero-width match at the start yields no leading empty
     * string, limit > 0 caps the pieces (the last holds the rest), limit 0
     * drops trailing empty strings, no match at all gives the input. */
    public String[] split(CharSequence input, int limit) {
        String s = input.toString();
        ArrayList<String> list = new ArrayList<>();
        Matcher m = matcher(s);
        int index = 0;
        while (m.find()) {
            if (limit > 0 && list.size() == limit - 1) break;
            if (index == 0 && m.start() == 0 && m.end() == 0) continue;
            list.add(s.substring(index, m.start()));
            index = m.end();
        }
        if (index == 0 && list.isEmpty()) return new String[] {s};
        list.add(s.substring(index));
        return trimmed(list, limit);
    }

    /* split(input)'s strings, but none of an empty input (as the JDK's) */
    public java.util.stream.Stream<String> splitAsStream(CharSequence input) {
        if (input.length() == 0) return java.util.stream.Stream.empty();
        return java.util.Arrays.stream(split(input, 0));
    }

    /* the list as an array, without its trailing empty strings when limit is 0 */
    static String[] trimmed(List<String> list, int limit) {
        int n = list.size();
        if (limit == 0) while (n > 0 && list.get(n - 1).isEmpty()) n--;
        String[] r = new String[n];
        for (int i = 0; i < n; i++) r[i] = list.get(i);
        return r;
    }
}
