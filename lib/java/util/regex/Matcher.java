import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/* java.util.regex.Matcher: runs a Pattern's node chain over a text.
 * groups[2g], groups[2g+1] are group g's start and end (-1: unset) of the
 * match being tried or the last match; first/last are the last match's
 * bounds (first -1: none); from/to the region. */
public final class Matcher implements MatchResult {
    private Pattern pattern;
    private CharSequence input;
    String text;
    int from, to;              /* the region */
    int[] groups;
    int[] pending;             /* a capturing group's start while it is being matched */
    int[] locals;              /* the nodes' scratch slots */
    boolean mustEnd;           /* matches(): the match must end at the region's end */
    int matchEnd;              /* where the AcceptNode ended the match */
    int gpos;                  /* \G: the end of the last match */
    boolean hitEnd;
    private FailureSet failures;   /* (loop memo << 32 | index) where the rest failed, this search */            /* the last search read (or tried to read) past the region's end */
    private int first = -1, last;
    private int appendPos;

    Matcher(Pattern pattern, CharSequence input) {
        this.pattern = pattern;
        this.input = input;
        this.text = input.toString();
        allocate();
        reset();
    }

    private void allocate() {
        groups = new int[2 * (pattern.groupCount + 1)];
        pending = new int[pattern.groupCount + 1];
        locals = new int[pattern.localCount];
    }

    public Pattern pattern() { return pattern; }

    public Matcher reset() {
        first = -1;
        last = 0;
        appendPos = 0;
        from = 0;
        to = text.length();
        gpos = 0;
        java.util.Arrays.fill(groups, -1);
        return this;
    }
    public Matcher reset(CharSequence input) {
        this.input = input;
        this.text = input.toString();
        return reset();
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) throw new IllegalArgumentException("Pattern cannot be null");
        pattern = newPattern;
        allocate();
        java.util.Arrays.fill(groups, -1);
        return this;
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("start");
        if (end < 0 || end > text.length()) throw new IndexOutOfBoundsException("end");
        if (start > end) throw new IndexOutOfBoundsException("start > end");
        reset();
        from = start;
        to = end;
        gpos = start;
        last = start;
        return this;
    }
    public int regionStart() { return from; }
    public int regionEnd() { return to; }

    boolean failedBefore(int memo, int i) { return failures != null && failures.contains(((long) memo << 32) | i); }
    void recordFailure(int memo, int i) {
        if (failures == null) failures = new FailureSet();
        failures.add(((long) memo << 32) | i);
    }

    /* the chars the code point of set at i takes (a surrogate pair: 2), -1 when it is not there */
    int step(CharSet set, int i) {
        if (i >= to) {
            hitEnd = true;
            return -1;
        }
        char c = text.charAt(i);
        if (CharSet.isHighSurrogate(c) && i + 1 < to) {
            char d = text.charAt(i + 1);
            if (CharSet.isLowSurrogate(d)) return set.has(CharSet.toCodePoint(c, d)) ? 2 : -1;
        }
        return set.has(c) ? 1 : -1;
    }

    /* tries the pattern at start (anchored) or at each index from start on */
    private boolean search(int start, boolean anchored, boolean whole) {
        mustEnd = whole;
        hitEnd = false;
        if (failures != null) failures.clear();
        java.util.Arrays.fill(groups, -1);   /* once: what an attempt leaves (atomic groups) stays, as the JDK's */
        for (int s = start; s <= to; s++) {
            if (pattern.root.match(this, s)) {
                first = s;
                last = matchEnd;
                groups[0] = s;
                groups[1] = matchEnd;
                gpos = matchEnd;
                return true;
            }
            if (anchored) break;
            if (pattern.supplementary && s + 1 < to && CharSet.isHighSurrogate(text.charAt(s)) && CharSet.isLowSurrogate(text.charAt(s + 1))) s++;
        }
        java.util.Arrays.fill(groups, -1);
        first = -1;
        return false;
    }

    public boolean matches() { return search(from, true, true); }
    public boolean lookingAt() { return search(from, true, false); }

    public boolean find() {
        int next = last;
        if (next == first) next++;
        if (next < from) next = from;
        if (next > to) {
            java.util.Arrays.fill(groups, -1);
            first = -1;
            return false;
        }
        return search(next, false, false);
    }

    public boolean find(int start) {
        if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("Illegal start index");
        reset();
        return search(start, false, false);
    }

    public boolean hitEnd() { return hitEnd; }

    private void checkMatch(String what) {
        if (first < 0) throw new IllegalStateException(what);
    }
    private void checkGroup(int g) {
        if (g < 0 || g > pattern.groupCount) throw new IndexOutOfBoundsException("No group " + g);
    }
    private int named(String name) {
        Objects.requireNonNull(name, "Group name");
        Integer g = pattern.names.get(name);
        if (g == null) throw new IllegalArgumentException("No group with name <" + name + ">");
        return g;
    }

    public int groupCount() { return pattern.groupCount; }
    public int start() { checkMatch("No match available"); return first; }
    public int end() { checkMatch("No match available"); return last; }
    public int start(int g) { checkMatch("No match available"); checkGroup(g); return groups[2 * g]; }
    public int end(int g) { checkMatch("No match available"); checkGroup(g); return groups[2 * g + 1]; }
    public int start(String name) { return start(named(name)); }
    public int end(String name) { return end(named(name)); }
    public String group() { return group(0); }
    public String group(int g) {
        checkMatch("No match found");
        checkGroup(g);
        int s = groups[2 * g];
        return s < 0 ? null : text.substring(s, groups[2 * g + 1]);
    }
    public String group(String name) {
        int g = named(name);
        checkMatch("No match found");
        return group(g);
    }

    /* this match, frozen */
    public MatchResult toMatchResult() { return new Result(text, groups.clone(), first >= 0, pattern.groupCount); }

    /* the matches from where this matcher stands (no reset, as the JDK's) */
    public Stream<MatchResult> results() {
        ArrayList<MatchResult> list = new ArrayList<>();
        while (find()) list.add(toMatchResult());
        return list.stream();
    }

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch("No match available");
        StringBuilder r = new StringBuilder();
        expand(replacement, r);
        sb.append(text, appendPos, first).append(r);
        appendPos = last;
        return this;
    }
    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        StringBuilder b = new StringBuilder();
        appendReplacement(b, replacement);
        sb.append(b);
        return this;
    }
    public StringBuilder appendTail(StringBuilder sb) { return sb.append(text, appendPos, text.length()); }
    public StringBuffer appendTail(StringBuffer sb) { return sb.append(text.substring(appendPos)); }

    /* the replacement with $n, ${name} and \c expanded as the JDK does */
    private void expand(String rep, StringBuilder sb) {
        int i = 0, n = rep.length();
        while (i < n) {
            char c = rep.charAt(i++);
            if (c == '\\') {
                if (i == n) throw new IllegalArgumentException("character to be escaped is missing");
                sb.append(rep.charAt(i++));
            } else if (c != '$') sb.append(c);
            else {
                if (i == n) throw new IllegalArgumentException("Illegal group reference: group index is missing");
                int g;
                if (rep.charAt(i) == '{') {
                    int start = ++i;
                    while (i < n && isAsciiLetterOrDigit(rep.charAt(i))) i++;
                    String name = rep.substring(start, i);
                    if (name.isEmpty()) throw new IllegalArgumentException("named capturing group has 0 length name");
                    if (i == n || rep.charAt(i) != '}') throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    i++;
                    if (name.charAt(0) >= '0' && name.charAt(0) <= '9')
                        throw new IllegalArgumentException("capturing group name {" + name + "} starts with digit character");
                    Integer gi = pattern.names.get(name);
                    if (gi == null) throw new IllegalArgumentException("No group with name {" + name + "}");
                    g = gi;
                } else {
                    g = rep.charAt(i) - '0';
                    if (g < 0 || g > 9) throw new IllegalArgumentException("Illegal group reference");
                    i++;
                    while (i < n && rep.charAt(i) >= '0' && rep.charAt(i) <= '9') {
                        int ng = g * 10 + (rep.charAt(i) - '0');
                        if (ng > pattern.groupCount) break;
                        g = ng;
                        i++;
                    }
                    if (g > pattern.groupCount) throw new IndexOutOfBoundsException("No group " + g);
                }
                String v = group(g);
                if (v != null) sb.append(v);
            }
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    public String replaceAll(String replacement) {
        reset();
        if (!find()) return text;
        StringBuilder sb = new StringBuilder();
        do appendReplacement(sb, replacement); while (find());
        return appendTail(sb).toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        reset();
        if (!find()) return text;
        StringBuilder sb = new StringBuilder();
        do appendReplacement(sb, replacer.apply(this)); while (find());
        return appendTail(sb).toString();
    }

    public String replaceFirst(String replacement) {
        reset();
        if (!find()) return text;
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        reset();
        if (!find()) return text;
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacer.apply(this));
        return appendTail(sb).toString();
    }

    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern + " region=" + from + "," + to + " lastmatch="
            + (first >= 0 ? text.substring(first, last) : "") + "]";
    }

    /* a frozen match (toMatchResult, results) */
    private static final class Result implements MatchResult {
        private final String text;
        private final int[] groups;
        private final boolean matched;
        private final int count;
        Result(String text, int[] groups, boolean matched, int count) {
            this.text = text; this.groups = groups; this.matched = matched; this.count = count;
        }
        private void check(int g) {
            if (!matched) throw new IllegalStateException("No match found");
            if (g < 0 || g > count) throw new IndexOutOfBoundsException("No group " + g);
        }
        public int start() { return start(0); }
        public int start(int g) { check(g); return groups[2 * g]; }
        public int end() { return end(0); }
        public int end(int g) { check(g); return groups[2 * g + 1]; }
        public String group() { return group(0); }
        public String group(int g) {
            check(g);
            return groups[2 * g] < 0 ? null : text.substring(groups[2 * g], groups[2 * g + 1]);
        }
        public int groupCount() { return count; }
    }
}
