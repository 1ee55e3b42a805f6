/* One step of a compiled pattern.  match(m, i) tries this step at index i
 * of m's text and then the rest of the chain (next); it returns whether the
 * whole rest matched.  Nodes hold no match state: the captures and the
 * scratch slots live in the Matcher, and a node that changes them puts
 * them back before it returns false (so backtracking sees them as before). */
abstract class RegexNode {
    RegexNode next;
    abstract boolean match(Matcher m, int i);
}

/* the end of the pattern: the match ends here (at the region's end for matches()) */
final class AcceptNode extends RegexNode {
    boolean match(Matcher m, int i) {
        if (m.mustEnd && i != m.to) return false;
        m.matchEnd = i;
        return true;
    }
}

/* the end of a lookahead's or atomic group's body: records where it ended in a slot */
final class SubAcceptNode extends RegexNode {
    private final int slot;
    SubAcceptNode(int slot) { this.slot = slot; }
    boolean match(Matcher m, int i) {
        m.locals[slot] = i;
        return true;
    }
}

/* the end of a lookbehind's body: it must end where the lookbehind stands */
final class LookEndNode extends RegexNode {
    private final int slot;
    LookEndNode(int slot) { this.slot = slot; }
    boolean match(Matcher m, int i) { return i == m.locals[slot]; }
}

/* one code point of a set */
final class SetNode extends RegexNode {
    final CharSet set;
    SetNode(CharSet set) { this.set = set; }
    boolean match(Matcher m, int i) {
        int w = m.step(set, i);
        return w > 0 && next.match(m, i + w);
    }
}

/* a literal run of chars, compared exactly */
final class SliceNode extends RegexNode {
    private final String s;
    SliceNode(String s) { this.s = s; }
    boolean match(Matcher m, int i) {
        int n = s.length();
        String t = m.text;
        for (int k = 0; k < n; k++) {
            if (i + k >= m.to) {
                m.hitEnd = true;
                return false;
            }
            if (t.charAt(i + k) != s.charAt(k)) return false;
        }
        return next.match(m, i + n);
    }
}

/* alternatives, the leftmost first; each ends in this node's next */
final class BranchNode extends RegexNode {
    private final RegexNode[] alts;
    BranchNode(RegexNode[] alts) { this.alts = alts; }
    boolean match(Matcher m, int i) {
        for (RegexNode a : alts) if (a.match(m, i)) return true;
        return false;
    }
}

/* the start of capturing group g: its start waits in m.pending until the group ends */
final class GroupHeadNode extends RegexNode {
    private final int g;
    GroupHeadNode(int g) { this.g = g; }
    boolean match(Matcher m, int i) {
        int old = m.pending[g];
        m.pending[g] = i;
        boolean r = next.match(m, i);
        m.pending[g] = old;
        return r;
    }
}

/* the end of capturing group g: the group is captured (and restored on failure) */
final class GroupTailNode extends RegexNode {
    private final int g;
    GroupTailNode(int g) { this.g = g; }
    boolean match(Matcher m, int i) {
        int[] gr = m.groups;
        int os = gr[2 * g], oe = gr[2 * g + 1];
        gr[2 * g] = m.pending[g];
        gr[2 * g + 1] = i;
        if (next.match(m, i)) return true;
        gr[2 * g] = os;
        gr[2 * g + 1] = oe;
        return false;
    }
}

/* a quantifier over one code point of a set, without recursion per repetition */
final class CurlyNode extends RegexNode {
    static final int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;
    private final CharSet set;
    private final int min, max, type;
    CurlyNode(CharSet set, int min, int max, int type) { this.set = set; this.min = min; this.max = max; this.type = type; }

    boolean match(Matcher m, int i) {
        int j = i;
        for (int n = 0; n < min; n++) {
            int w = m.step(set, j);
            if (w < 0) return false;
            j += w;
        }
        if (type == LAZY) return lazy(m, j);
        int base = j;
        for (int n = min; n < max; n++) {
            int w = m.step(set, j);
            if (w < 0) break;
            j += w;
        }
        if (type == POSSESSIVE) return next.match(m, j);
        while (true) {
            if (next.match(m, j)) return true;
            if (j == base) return false;
            j = back(m.text, j, base);
        }
    }

    private boolean lazy(Matcher m, int j) {
        for (int n = min; ; n++) {
            if (next.match(m, j)) return true;
            if (n >= max) return false;
            int w = m.step(set, j);
            if (w < 0) return false;
            j += w;
        }
    }

    /* the index one code point before j, not before base */
    private static int back(String t, int j, int base) {
        if (j - 2 >= base && CharSet.isLowSurrogate(t.charAt(j - 1)) && CharSet.isHighSurrogate(t.charAt(j - 2))) return j - 2;
        return j - 1;
    }
}

/* a quantifier over anything else: body ends in a LoopTailNode that comes
 * back to iterate(); slot cnt holds the repetitions so far, slot pos where
 * the current one began (an empty repetition past min ends the loop).
 * memo >= 0 (an unbounded loop in no other loop or lookaround, in a pattern
 * without back references): whether the rest matches from index i past min
 * depends on i alone, so a failure there is remembered for the search
 * ((a*)*b on a's fails in linear time, as the JDK's does) */
final class LoopNode extends RegexNode {
    RegexNode body;
    private final int min, max;
    private final boolean lazy;
    private final int cnt, pos;
    int memo = -1;
    LoopNode(int min, int max, boolean lazy, int slot) { this.min = min; this.max = max; this.lazy = lazy; cnt = slot; pos = slot + 1; }

    boolean match(Matcher m, int i) {
        int oc = m.locals[cnt], op = m.locals[pos];
        m.locals[cnt] = 0;
        m.locals[pos] = -1;
        boolean r = iterate(m, i);
        m.locals[cnt] = oc;
        m.locals[pos] = op;
        return r;
    }

    boolean iterate(Matcher m, int i) {
        int n = m.locals[cnt];
        if (n >= min && n > 0 && i == m.locals[pos]) return next.match(m, i);
        if (n < min) return again(m, i, n);
        if (memo >= 0 && m.failedBefore(memo, i)) return false;
        boolean r = lazy ? next.match(m, i) || n < max && again(m, i, n) : n < max && again(m, i, n) || next.match(m, i);
        if (!r && memo >= 0) m.recordFailure(memo, i);
        return r;
    }

    private boolean again(Matcher m, int i, int n) {
        int op = m.locals[pos];
        m.locals[cnt] = n + 1;
        m.locals[pos] = i;
        boolean r = body.match(m, i);
        m.locals[cnt] = n;
        m.locals[pos] = op;
        return r;
    }
}

/* a quantifier over a body that matches one way only and never empty (no
 * alternation or ranged quantifier inside, no capture but the body's own
 * group g, or g = 0): repeated in a loop, as the JDK's, so a long repetition
 * needs no recursion; starts[k] is where repetition k began.  Backing off a
 * repetition matches the one before again to capture it. */
final class RepeatNode extends RegexNode {
    RegexNode body;   /* ends in a SubAcceptNode on slot */
    private final int min, max, type, slot, g;
    RepeatNode(int min, int max, int type, int slot, int g) { this.min = min; this.max = max; this.type = type; this.slot = slot; this.g = g; }

    boolean match(Matcher m, int i) {
        int s0 = m.groups[2 * g], e0 = m.groups[2 * g + 1];
        int[] starts = null;   /* (greedy only; made at the first repetition) */
        int n = 0, j = i;
        int limit = type == CurlyNode.LAZY ? min : max;
        while (n < limit && body.match(m, j)) {
            if (type == CurlyNode.GREEDY) {
                if (starts == null) starts = new int[8];
                else if (n == starts.length) starts = java.util.Arrays.copyOf(starts, 2 * n);
                starts[n] = j;
            }
            j = m.locals[slot];
            n++;
        }
        boolean r = n >= min && (type == CurlyNode.LAZY ? lazy(m, j, n) : type == CurlyNode.POSSESSIVE ? next.match(m, j) : greedy(m, j, n, starts));
        if (!r && g > 0 && type != CurlyNode.POSSESSIVE) {   /* (possessive: the capture stays, as the JDK's) */
            m.groups[2 * g] = s0;
            m.groups[2 * g + 1] = e0;
        }
        return r;
    }

    private boolean lazy(Matcher m, int j, int n) {
        while (true) {
            if (next.match(m, j)) return true;
            if (n >= max || !body.match(m, j)) return false;
            j = m.locals[slot];
            n++;
        }
    }

    private boolean greedy(Matcher m, int j, int n, int[] starts) {
        while (true) {
            if (next.match(m, j)) return true;
            if (n == min) return false;
            n--;
            j = starts[n];
            if (g > 0 && n > 0) body.match(m, starts[n - 1]);
        }
    }
}

final class LoopTailNode extends RegexNode {
    private final LoopNode loop;
    LoopTailNode(LoopNode loop) { this.loop = loop; }
    boolean match(Matcher m, int i) { return loop.iterate(m, i); }
}

/* an atomic group (?>X) (and X*+ for a general X): X's first match, never
 * backtracked into.  As the JDK's, the captures X made stay when the rest
 * fails (a later match attempt can still see them) */
final class AtomicNode extends RegexNode {
    RegexNode body;   /* ends in a SubAcceptNode on slot */
    private final int slot;
    AtomicNode(int slot) { this.slot = slot; }
    boolean match(Matcher m, int i) { return body.match(m, i) && next.match(m, m.locals[slot]); }
}

/* (?=X) (?!X) (?<=X) (?<!X): X tried at i (a lookbehind: X ending at i,
 * starting from i - minLen back to i - maxLen); the index does not move.
 * The captures X made stay, as the JDK's, whatever follows */
final class LookNode extends RegexNode {
    RegexNode body;
    private final boolean negative, behind;
    private final int slot, minLen, maxLen;
    LookNode(boolean negative, boolean behind, int slot, int minLen, int maxLen) {
        this.negative = negative; this.behind = behind; this.slot = slot; this.minLen = minLen; this.maxLen = maxLen;
    }
    boolean match(Matcher m, int i) {
        boolean found = behind ? behind(m, i) : body.match(m, i);
        return found != negative && next.match(m, i);
    }
    private boolean behind(Matcher m, int i) {
        int old = m.locals[slot];
        m.locals[slot] = i;
        int lo = maxLen < 0 || i - maxLen < m.from ? m.from : i - maxLen;
        boolean found = false;
        for (int j = i - minLen; j >= lo && !found; j--) found = body.match(m, j);
        m.locals[slot] = old;
        return found;
    }
}

/* a back reference to group g (case-blind under fold 1 or 2); an unset group matches nothing */
final class BackRefNode extends RegexNode {
    private final int g, fold;
    BackRefNode(int g, int fold) { this.g = g; this.fold = fold; }
    boolean match(Matcher m, int i) {
        if (2 * g >= m.groups.length) return false;   /* no such group: never matches */
        int s = m.groups[2 * g], e = m.groups[2 * g + 1];
        if (s < 0) return false;
        int n = e - s;
        if (i + n > m.to) return false;
        String t = m.text;
        for (int k = 0; k < n; k++) if (!same(t.charAt(s + k), t.charAt(i + k))) return false;
        return next.match(m, i + n);
    }
    private boolean same(char a, char b) {
        if (a == b) return true;
        if (fold == 1) return CharSet.asciiLower(a) == CharSet.asciiLower(b);
        if (fold == 2) return Character.toLowerCase(Character.toUpperCase(a)) == Character.toLowerCase(Character.toUpperCase(b));
        return false;
    }
}

/* the zero-width assertions ^ $ \A \z \Z \b \B \G */
final class AnchorNode extends RegexNode {
    static final int BEGIN = 0, CARET_ML = 1, DOLLAR = 2, DOLLAR_ML = 3, END = 4, BOUND = 5, NONBOUND = 6, LAST = 7;
    private final int kind;
    private final boolean unix;
    AnchorNode(int kind, boolean unix) { this.kind = kind; this.unix = unix; }
    boolean match(Matcher m, int i) { return at(m, i) && next.match(m, i); }

    private boolean at(Matcher m, int i) {
        String t = m.text;
        switch (kind) {
        case BEGIN: return i == m.from;
        case CARET_ML:
            if (i == m.from) return true;
            if (i >= m.to) return false;
            return lineEndsBefore(t, i);
        case DOLLAR: return dollar(t, i, m.to, false);
        case DOLLAR_ML: return dollar(t, i, m.to, true);
        case END: return i == m.to;
        case LAST: return i == m.gpos;
        default: return boundary(m, i) == (kind == BOUND);
        }
    }

    /* whether a line terminator ends just before i (not inside \r\n) */
    private boolean lineEndsBefore(String t, int i) {
        char p = t.charAt(i - 1);
        if (!CharSet.isLineTerminator(p, unix)) return false;
        return !(p == '\r' && t.charAt(i) == '\n');
    }

    /* $: at the end, or before the final line terminator (any line terminator: multiline) */
    private boolean dollar(String t, int i, int to, boolean multi) {
        if (i >= to) return true;
        char c = t.charAt(i);
        if (!CharSet.isLineTerminator(c, unix)) return false;
        if (c == '\n' && i > 0 && t.charAt(i - 1) == '\r' && !unix) return false;
        if (multi) return true;
        if (c == '\r' && !unix && i + 2 == to && t.charAt(i + 1) == '\n') return true;
        return i + 1 == to;
    }

    private static boolean boundary(Matcher m, int i) {
        boolean before = i > m.from && wordChar(m.text.charAt(i - 1));
        boolean after = i < m.to && wordChar(m.text.charAt(i));
        return before != after;
    }
    private static boolean wordChar(char c) { return c == '_' || Character.isLetterOrDigit(c); }
}
