import java.util.ArrayList;
import java.util.HashMap;

/* A parsed piece of a pattern, before it becomes RegexNodes. */
final class RegexTree {
    static final int SEQ = 0, ALT = 1, SET = 2, LIT = 3, GROUP = 4, ATOMIC = 5, LOOK = 6, REPEAT = 7, ANCHOR = 8, BACKREF = 9;
    final int kind;
    final ArrayList<RegexTree> kids = new ArrayList<>();
    CharSet set;            /* SET */
    StringBuilder lit;      /* LIT */
    int a, b, c;            /* GROUP: a = group; REPEAT: min, max, type; LOOK: a = negative, b = behind;
                               ANCHOR: a = kind; BACKREF: a = group, b = fold */
    RegexTree(int kind) { this.kind = kind; }
    RegexTree(int kind, RegexTree kid) { this.kind = kind; kids.add(kid); }
}

/* Parses a pattern with Java's syntax into RegexTrees and builds the node
 * chain; syntax errors are PatternSyntaxExceptions with the JDK's
 * descriptions and indexes. */
final class RegexParser {
    private static final int INF = Integer.MAX_VALUE;
    private final String p;     /* the pattern, its \\Q...\\E quoting removed (unquote) */
    private final String original;
    private int pos;
    private int flags;          /* the flags in force where the parser stands */
    int groups;                 /* capturing groups so far */
    int locals;                 /* scratch slots the nodes so far use */
    private boolean backRefs;   /* the pattern has a back reference */
    private int nested;         /* loops and lookarounds around what build() builds */
    private int memos;          /* LoopNodes that remember failures */
    private int depth;          /* groups open where the parser stands */
    boolean supplementary;      /* a surrogate or supplementary code point in the pattern: as the JDK's,
                                   a search then never starts inside a surrogate pair */
    final HashMap<String, Integer> names = new HashMap<>();

    RegexParser(String p, int flags) {
        this.original = p;
        this.p = (flags & Pattern.LITERAL) == 0 && p.indexOf("\\Q") >= 0 ? unquote(p) : p;
        p = this.p;
        this.flags = flags;
        for (int i = 0; i < p.length(); i++) supplementary |= CharSet.isHighSurrogate(p.charAt(i)) || CharSet.isLowSurrogate(p.charAt(i));
    }

    RegexNode compile() {
        RegexTree t;
        if ((flags & Pattern.LITERAL) != 0) {
            t = new RegexTree(RegexTree.SEQ);
            for (int i = 0; i < p.length(); ) {
                int cp = CharSet.codePointAt(p, i);
                add(t, charTree(cp));
                i += CharSet.charCount(cp);
            }
        } else {
            t = parseAlt();
            if (pos < p.length()) throw error("Unmatched closing ')'", pos - 1);
        }
        return build(t, new AcceptNode());
    }

    /* the flags in force where the parser stands (after compile: at the pattern's end) */
    int flags() { return flags; }

    /* the pattern with each \\Q...\\E (or \\Q to the end) replaced by its chars,
     * each but an ASCII letter, digit or surrogate pair escaped, as the JDK
     * does before it parses (its error indexes count in this text) */
    private static String unquote(String p) {
        StringBuilder sb = new StringBuilder();
        int i = 0, n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                i++;
            } else if (p.charAt(i + 1) != 'Q') {
                sb.append(c).append(p.charAt(i + 1));
                i += 2;
            } else {
                int end = p.indexOf("\\E", i + 2);
                if (end < 0) end = n;
                for (int k = i + 2; k < end; k++) {
                    char q = p.charAt(k);
                    if (!(isAsciiLetter(q) || isDigit(q) || CharSet.isHighSurrogate(q) || CharSet.isLowSurrogate(q))) sb.append('\\');
                    sb.append(q);
                }
                i = Math.min(end + 2, n);
            }
        }
        return sb.toString();
    }

    /* the JDK's error: its index counts code points (a surrogate pair is one) */
    private PatternSyntaxException error(String desc, int index) {
        int cps = index;
        for (int i = 1; i < index && i < p.length(); i++)
            if (CharSet.isLowSurrogate(p.charAt(i)) && CharSet.isHighSurrogate(p.charAt(i - 1))) cps--;
        return new PatternSyntaxException(desc, original, cps);
    }
    private boolean has(int flag) { return (flags & flag) != 0; }
    private int fold() { return !has(Pattern.CASE_INSENSITIVE) ? 0 : has(Pattern.UNICODE_CASE) ? 2 : 1; }

    /* the next char, past white space and # comments under COMMENTS; -1 at the end */
    private int peek() {
        if (has(Pattern.COMMENTS)) {
            while (pos < p.length()) {
                char c = p.charAt(pos);
                if (c == '#') {
                    while (pos < p.length() && !CharSet.isLineTerminator(p.charAt(pos), false)) pos++;
                } else if (c == ' ' || c >= '\t' && c <= '\r') pos++;
                else break;
            }
        }
        return pos < p.length() ? p.charAt(pos) : -1;
    }

    private RegexTree parseAlt() {
        RegexTree first = parseSeq();
        if (peek() != '|') return first;
        RegexTree alt = new RegexTree(RegexTree.ALT, first);
        while (peek() == '|') {
            pos++;
            alt.kids.add(parseSeq());
        }
        return alt;
    }

    private RegexTree parseSeq() {
        RegexTree seq = new RegexTree(RegexTree.SEQ);
        while (true) {
            int c = peek();
            if (c < 0 || c == '|' || c == ')') return seq;
            RegexTree a = parseAtom();
            if (a != null) add(seq, parseQuantifier(a));
        }
    }

    /* appends t to seq, joining a literal to a literal before it */
    private static void add(RegexTree seq, RegexTree t) {
        int n = seq.kids.size();
        if (t.kind == RegexTree.LIT && n > 0 && seq.kids.get(n - 1).kind == RegexTree.LIT) seq.kids.get(n - 1).lit.append(t.lit);
        else seq.kids.add(t);
    }

    private RegexTree parseQuantifier(RegexTree a) {
        int c = peek();
        int min, max;
        if (c == '*') { min = 0; max = INF; pos++; }
        else if (c == '+') { min = 1; max = INF; pos++; }
        else if (c == '?') { min = 0; max = 1; pos++; }
        else if (c == '{') {
            pos++;
            if (pos >= p.length() || !isDigit(p.charAt(pos))) throw error("Illegal repetition", pos);
            min = readInt();
            max = min;
            if (pos < p.length() && p.charAt(pos) == ',') {
                pos++;
                max = pos < p.length() && isDigit(p.charAt(pos)) ? readInt() : INF;
            }
            if (pos >= p.length() || p.charAt(pos) != '}') throw error("Unclosed counted closure", pos);
            if (max < min) throw error("Illegal repetition range", pos);
            pos++;
        } else return a;
        RegexTree r = new RegexTree(RegexTree.REPEAT, a);
        r.a = min;
        r.b = max;
        r.c = CurlyNode.GREEDY;
        if (pos < p.length() && p.charAt(pos) == '?') { r.c = CurlyNode.LAZY; pos++; }
        else if (pos < p.length() && p.charAt(pos) == '+') { r.c = CurlyNode.POSSESSIVE; pos++; }
        return r;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private int readInt() {
        long v = 0;
        while (pos < p.length() && isDigit(p.charAt(pos))) {
            v = v * 10 + (p.charAt(pos++) - '0');
            if (v > INF) throw error("Illegal repetition range", pos);
        }
        return (int) v;
    }

    /* one atom; null for what matches nothing itself (inline flags, an empty \Q\E) */
    private RegexTree parseAtom() {
        char c = p.charAt(pos);
        switch (c) {
        case '(': return parseGroup();
        case '[': pos++; return setTree(parseClass());
        case '.':
            pos++;
            return setTree(new KindSet(has(Pattern.DOTALL) ? KindSet.ANY : has(Pattern.UNIX_LINES) ? KindSet.DOT_UNIX : KindSet.DOT));
        case '^': pos++; return anchor(has(Pattern.MULTILINE) ? AnchorNode.CARET_ML : AnchorNode.BEGIN);
        case '$': pos++; return anchor(has(Pattern.MULTILINE) ? AnchorNode.DOLLAR_ML : AnchorNode.DOLLAR);
        case '\\': return parseEscape();
        case '*': case '+': case '?':   /* (the JDK's index: before what follows, past white space under COMMENTS) */
            pos++;
            peek();
            throw error("Dangling meta character '" + c + "'", pos - 1);
        case '{': return new RegexTree(RegexTree.SEQ);   /* as the JDK: a count of nothing */
        default:
            int cp = CharSet.codePointAt(p, pos);
            pos += CharSet.charCount(cp);
            return charTree(cp);
        }
    }

    private static RegexTree setTree(CharSet s) {
        RegexTree t = new RegexTree(RegexTree.SET);
        t.set = s;
        return t;
    }
    private RegexTree anchor(int kind) {
        RegexTree t = new RegexTree(RegexTree.ANCHOR);
        t.a = kind;
        return t;
    }

    /* a literal code point: a set when case folding makes it one */
    private RegexTree charTree(int cp) {
        int f = fold();
        boolean cased = f == 1 ? CharSet.asciiLower(cp) != CharSet.asciiUpper(cp)
            : f == 2 && (Character.toUpperCase(cp) != cp || Character.toLowerCase(cp) != cp);
        if (cased) return setTree(f == 2 ? new FoldSet(cp) : new RangeSet(cp, cp, f));
        RegexTree t = new RegexTree(RegexTree.LIT);
        t.lit = new StringBuilder().appendCodePoint(cp);
        return t;
    }

    /* ( ... ): pos at '(' */
    private RegexTree parseGroup() {
        pos++;
        int saved = flags;
        depth++;
        RegexTree t;
        if (pos < p.length() && p.charAt(pos) == '?') {
            pos++;
            char c = pos < p.length() ? p.charAt(pos) : '\0';
            if (c == ':') { pos++; t = parseAlt(); }
            else if (c == '=' || c == '!') { pos++; t = look(c == '!', false); }
            else if (c == '>') { pos++; t = new RegexTree(RegexTree.ATOMIC, parseAlt()); }
            else if (c == '<' && pos + 1 < p.length() && (p.charAt(pos + 1) == '=' || p.charAt(pos + 1) == '!')) {
                pos += 2;
                t = look(p.charAt(pos - 1) == '!', true);
            } else if (c == '<') {
                pos++;
                String name = groupName();
                if (names.containsKey(name)) throw error("Named capturing group <" + name + "> is already defined", pos - 1);
                t = capture();
                names.put(name, t.a);
            } else {
                if (inlineFlags()) {   /* (?i): for the rest of the enclosing group */
                    depth--;
                    return null;
                }
                t = parseAlt();
            }
        } else t = capture();
        if (peek() != ')') throw error("Unclosed group", Math.max(pos, p.length()));
        pos++;
        flags = saved;
        depth--;
        return t;
    }

    private RegexTree capture() {
        RegexTree t = new RegexTree(RegexTree.GROUP);
        t.a = ++groups;
        t.kids.add(parseAlt());
        return t;
    }

    /* a trailing backslash: as the JDK, which ends a pattern with a NUL the
     * backslash then escapes, an error at the top level, else a NUL one
     * past the end (pos = length + 1: an unclosed group or class follows) */
    private int trailingBackslash(boolean inClass) {
        if (!inClass && depth == 0) throw error("Unexpected internal error", pos);
        pos = p.length() + 1;
        return 0;
    }

    private RegexTree look(boolean negative, boolean behind) {
        RegexTree t = new RegexTree(RegexTree.LOOK, parseAlt());
        t.a = negative ? 1 : 0;
        t.b = behind ? 1 : 0;
        return t;
    }

    /* a group's name, up to and past its '>' */
    private String groupName() {
        int start = pos;
        if (pos >= p.length() || !isAsciiLetter(p.charAt(pos)))
            throw error("capturing group name does not start with a Latin letter", pos);
        while (pos < p.length() && (isAsciiLetter(p.charAt(pos)) || isDigit(p.charAt(pos)))) pos++;
        if (pos >= p.length() || p.charAt(pos) != '>') throw error("named capturing group is missing trailing '>'", pos);
        pos++;
        return p.substring(start, pos - 1);
    }
    private static boolean isAsciiLetter(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

    /* (?flags) or (?flags: : sets the flags; true when it was (?flags) (pos past the ')') */
    private boolean inlineFlags() {
        boolean on = true;
        while (pos < p.length()) {
            char c = p.charAt(pos);
            int f;
            switch (c) {
            case 'i': f = Pattern.CASE_INSENSITIVE; break;
            case 'd': f = Pattern.UNIX_LINES; break;
            case 'm': f = Pattern.MULTILINE; break;
            case 's': f = Pattern.DOTALL; break;
            case 'u': f = Pattern.UNICODE_CASE; break;
            case 'x': f = Pattern.COMMENTS; break;
            case 'U': f = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE; break;
            case '-': on = false; pos++; continue;
            case ')': pos++; return true;
            case ':': pos++; return false;
            default: throw error("Unknown inline modifier", pos);
            }
            flags = on ? flags | f : flags & ~f;
            pos++;
        }
        throw error("Unknown inline modifier", pos);
    }

    /* an escape outside a class: pos at the backslash */
    private RegexTree parseEscape() {
        pos++;
        if (pos >= p.length()) return charTree(trailingBackslash(false));
        char c = p.charAt(pos);
        boolean unix = has(Pattern.UNIX_LINES);
        switch (c) {
        case 'b': pos++; return anchor(AnchorNode.BOUND);
        case 'B': pos++; return anchor(AnchorNode.NONBOUND);
        case 'A': pos++; return anchor(AnchorNode.BEGIN);
        case 'z': pos++; return anchor(AnchorNode.END);
        case 'Z': pos++; return anchor(AnchorNode.DOLLAR);
        case 'G': pos++; return anchor(AnchorNode.LAST);
        case 'k': return namedBackRef();
        case 'R': {
            pos++;
            RegexTree crlf = new RegexTree(RegexTree.LIT);
            crlf.lit = new StringBuilder("\r\n");
            RegexTree alt = new RegexTree(RegexTree.ALT, crlf);
            alt.kids.add(setTree(new KindSet(KindSet.LINE)));
            return new RegexTree(RegexTree.ATOMIC, alt);
        }
        default:
            if (c >= '1' && c <= '9') return backRef();
            CharSet s = escapeSet(c);
            if (s != null) return setTree(s);
            return charTree(escapedChar());
        }
    }

    /* \n..: the longest group number that exists so far (at least one digit) */
    private RegexTree backRef() {
        int g = p.charAt(pos++) - '0';
        while (pos < p.length() && isDigit(p.charAt(pos))) {
            int ng = g * 10 + (p.charAt(pos) - '0');
            if (ng > groups) break;
            g = ng;
            pos++;
        }
        return backRefTree(g);
    }

    private RegexTree backRefTree(int g) {
        backRefs = true;
        RegexTree t = new RegexTree(RegexTree.BACKREF);
        t.a = g;
        t.b = fold();
        return t;
    }

    private RegexTree namedBackRef() {
        pos++;
        peek();
        if (pos >= p.length() || p.charAt(pos) != '<') throw error("\\k is not followed by '<' for named capturing group", pos);
        pos++;
        int start = pos;
        if (pos >= p.length() || !isAsciiLetter(p.charAt(pos)))
            throw error("capturing group name does not start with a Latin letter", pos);
        while (pos < p.length() && (isAsciiLetter(p.charAt(pos)) || isDigit(p.charAt(pos)))) pos++;
        String name = p.substring(start, pos);
        Integer g = names.get(name);
        if (g == null) throw error("named capturing group <" + name + "> does not exist", pos);
        if (pos >= p.length() || p.charAt(pos) != '>') throw error("named capturing group is missing trailing '>'", pos);
        pos++;
        return backRefTree(g);
    }

    /* the set of a class escape \d \D \s \S \w \W \h \H \v \V \p{..} \P{..} (pos at its letter), or null */
    private CharSet escapeSet(char c) {
        int kind;
        switch (c) {
        case 'd': case 'D': kind = KindSet.DIGIT; break;
        case 's': case 'S': kind = KindSet.SPACE; break;
        case 'w': case 'W': kind = KindSet.WORD; break;
        case 'h': case 'H': kind = KindSet.HSPACE; break;
        case 'v': case 'V': kind = KindSet.VSPACE; break;
        case 'p': case 'P': return property(c == 'P');
        default: return null;
        }
        pos++;
        CharSet s = new KindSet(kind);
        return Character.isUpperCase(c) ? new BinarySet(s, null) : s;
    }

    private CharSet property(boolean negate) {
        pos++;
        String name;
        if (pos < p.length() && p.charAt(pos) == '{') {
            int end = p.indexOf('}', pos);
            if (end < 0) throw error("Unclosed character family", p.length());
            name = p.substring(pos + 1, end);
            if (name.isEmpty()) throw error("Empty character family", end);
            pos = end + 1;
        } else {
            if (pos >= p.length()) throw error("Unknown character property name {\0}", pos);
            name = p.substring(pos, pos + 1);
            pos++;
        }
        CharSet s = KindSet.named(name, has(Pattern.CASE_INSENSITIVE));
        if (s == null) throw error("Unknown character property name {" + name + "}", pos - 1);
        return negate ? new BinarySet(s, null) : s;
    }

    /* the code point of a one-character escape (pos at the char after the backslash), past it */
    private int escapedChar() {
        int v = escapedCode();
        supplementary |= v >= 0xD800 && v <= 0xDFFF || v >= 0x10000;
        return v;
    }

    private int escapedCode() {
        char c = p.charAt(pos++);
        switch (c) {
        case 't': return '\t';
        case 'n': return '\n';
        case 'r': return '\r';
        case 'f': return '\f';
        case 'a': return 7;
        case 'e': return 27;
        case '0': return octal();
        case 'x': return hex();
        case 'u': return unicode();
        case 'c':
            if (pos >= p.length()) throw error("Illegal control escape sequence", pos - 1);
            return p.charAt(pos++) ^ 64;
        default:
            if (isAsciiLetter(c) || isDigit(c)) throw error("Illegal/unsupported escape sequence", pos - 1);
            return c;
        }
    }

    private int octal() {
        int v = 0, n = 0;
        while (n < 3 && pos < p.length() && p.charAt(pos) >= '0' && p.charAt(pos) <= '7' && v * 8 + (p.charAt(pos) - '0') <= 0377) {
            v = v * 8 + (p.charAt(pos++) - '0');
            n++;
        }
        if (n == 0) throw error("Illegal octal escape sequence", pos);
        return v;
    }

    private int hex() {
        if (pos < p.length() && p.charAt(pos) == '{') {
            int start = ++pos;
            long v = 0;
            while (pos < p.length() && Character.digit(p.charAt(pos), 16) >= 0 && v <= 0x10FFFF) v = v * 16 + Character.digit(p.charAt(pos++), 16);
            if (pos == start || pos >= p.length() || p.charAt(pos) != '}') throw error("Unclosed hexadecimal escape sequence", pos);
            if (v > 0x10FFFF) throw error("Hexadecimal codepoint is too big", pos);
            pos++;
            return (int) v;
        }
        return hexDigits(2, "Illegal hexadecimal escape sequence");
    }

    private int hexDigits(int n, String desc) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = pos < p.length() ? Character.digit(p.charAt(pos), 16) : -1;
            if (d < 0) throw error(desc, pos);
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    /* \\uhhhh, a high surrogate and \\uhhhh of a low one making one code point */
    private int unicode() {
        int v = hexDigits(4, "Illegal Unicode escape sequence");
        if (CharSet.isHighSurrogate((char) v) && pos + 5 < p.length() + 0 && p.charAt(pos) == '\\' && p.charAt(pos + 1) == 'u') {
            int save = pos;
            pos += 2;
            int lo = hexDigits(4, "Illegal Unicode escape sequence");
            if (CharSet.isLowSurrogate((char) lo)) return CharSet.toCodePoint((char) v, (char) lo);
            pos = save;
        }
        return v;
    }

    /* a character class, pos past its '[' and then past its ']' */
    private CharSet parseClass() {
        boolean negate = false;
        if (pos < p.length() && p.charAt(pos) == '^') { negate = true; pos++; }
        ArrayList<CharSet> items = new ArrayList<>();
        CharSet inter = null;
        boolean first = true;
        while (true) {
            if (has(Pattern.COMMENTS)) peek();
            if (pos >= p.length()) throw error("Unclosed character class", Math.max(pos, p.length()) - 1);
            char c = p.charAt(pos);
            if (c == ']' && !first) { pos++; break; }
            first = false;
            if (c == '[') {
                pos++;
                items.add(parseClass());
            } else if (c == '&' && pos + 1 < p.length() && p.charAt(pos + 1) == '&') {
                pos += 2;
                if (!items.isEmpty()) inter = and(inter, union(items));
                items = new ArrayList<>();
            } else classItem(items);
        }
        CharSet s = items.isEmpty() ? (inter != null ? inter : new UnionSet(new CharSet[0])) : and(inter, union(items));
        return negate ? new BinarySet(s, null) : s;
    }

    private static CharSet and(CharSet a, CharSet b) { return a == null ? b : new BinarySet(a, b); }
    private static CharSet union(ArrayList<CharSet> items) {
        if (items.size() == 1) return items.get(0);
        return new UnionSet(items.toArray(new CharSet[0]));
    }

    /* one char, range or escape of a class */
    private void classItem(ArrayList<CharSet> items) {
        int lo;
        if (p.charAt(pos) == '\\') {
            pos++;
            if (pos >= p.length()) {
                items.add(new RangeSet(trailingBackslash(true), 0, 0));
                return;
            }
            CharSet s = escapeSet(p.charAt(pos));
            if (s != null) { items.add(s); return; }
            lo = escapedChar();
        } else {
            lo = CharSet.codePointAt(p, pos);
            pos += CharSet.charCount(lo);
        }
        int hi = lo;
        if (pos + 1 == p.length() && p.charAt(pos) == '-') throw error("Illegal character range", pos + 1);
        if (pos + 1 < p.length() && p.charAt(pos) == '-' && p.charAt(pos + 1) != ']' && p.charAt(pos + 1) != '[') {
            pos++;
            if (p.charAt(pos) == '\\') {
                pos++;
                if (pos < p.length() && "dDsSwWhHvV".indexOf(p.charAt(pos)) >= 0) throw error("Illegal character range", pos);
                hi = pos >= p.length() ? trailingBackslash(true) : escapedChar();
            } else {
                hi = CharSet.codePointAt(p, pos);
                pos += CharSet.charCount(hi);
            }
            if (hi < lo) throw error("Illegal character range", pos - 1);
        }
        items.add(lo == hi ? classChar(lo) : new RangeSet(lo, hi, fold()));
    }

    /* one char of a class: as the JDK's, under Unicode case folding one below
     * 256 (but those whose case crosses 256) matches its own cases only */
    private CharSet classChar(int c) {
        if (fold() != 2) return new RangeSet(c, c, fold());
        boolean crosses = c == 0xFF || c == 0xB5 || c == 'I' || c == 'i' || c == 'S' || c == 's' || c == 'K' || c == 'k' || c == 0xC5 || c == 0xE5;
        if (c >= 256 || crosses) return new FoldSet(c);
        return new UnionSet(new CharSet[] {new RangeSet(c, c, 0), new RangeSet(Character.toUpperCase(c), Character.toUpperCase(c), 0),
            new RangeSet(Character.toLowerCase(c), Character.toLowerCase(c), 0)});
    }

    /* the nodes of t, followed by next */
    private RegexNode build(RegexTree t, RegexNode next) {
        switch (t.kind) {
        case RegexTree.SEQ:
            for (int i = t.kids.size() - 1; i >= 0; i--) next = build(t.kids.get(i), next);
            return next;
        case RegexTree.ALT: {
            RegexNode[] alts = new RegexNode[t.kids.size()];
            for (int i = 0; i < alts.length; i++) alts[i] = build(t.kids.get(i), next);
            return new BranchNode(alts);
        }
        case RegexTree.SET: return link(new SetNode(t.set), next);
        case RegexTree.LIT: return link(new SliceNode(t.lit.toString()), next);
        case RegexTree.GROUP: return link(new GroupHeadNode(t.a), build(t.kids.get(0), link(new GroupTailNode(t.a), next)));
        case RegexTree.ATOMIC: {
            AtomicNode a = new AtomicNode(locals++);
            a.body = build(t.kids.get(0), new SubAcceptNode(locals - 1));
            return link(a, next);
        }
        case RegexTree.LOOK: return link(look(t), next);
        case RegexTree.ANCHOR: return link(new AnchorNode(t.a, has(Pattern.UNIX_LINES)), next);
        case RegexTree.BACKREF: return link(new BackRefNode(t.a, t.b), next);
        default: return repeat(t, next);
        }
    }

    private static RegexNode link(RegexNode n, RegexNode next) {
        n.next = next;
        return n;
    }

    private RegexNode look(RegexTree t) {
        int slot = locals++;
        RegexTree body = t.kids.get(0);
        boolean behind = t.b == 1;
        LookNode n = new LookNode(t.a == 1, behind, slot, behind ? minLen(body) : 0, behind ? maxLen(body) : 0);
        nested++;
        n.body = build(body, behind ? new LookEndNode(slot) : new SubAcceptNode(slot));
        nested--;
        return n;
    }

    private RegexNode repeat(RegexTree t, RegexNode next) {
        RegexTree kid = t.kids.get(0);
        if (kid.kind == RegexTree.SEQ && kid.kids.size() == 1) kid = kid.kids.get(0);
        if (kid.kind == RegexTree.LIT && kid.lit.length() == CharSet.charCount(CharSet.codePointAt(kid.lit.toString(), 0))) {
            int cp = CharSet.codePointAt(kid.lit.toString(), 0);   /* one literal code point: a set of it */
            return link(new CurlyNode(new RangeSet(cp, cp, 0), t.a, t.b, t.c), next);
        }
        if (kid.kind == RegexTree.SET) return link(new CurlyNode(kid.set, t.a, t.b, t.c), next);
        if (t.a == 0 && t.c != CurlyNode.POSSESSIVE && kid.kind == RegexTree.GROUP && maxLen(kid) == 0 && fixed(kid))
            return next;   /* ()* (\\b)*: as the JDK's, never repeated (no capture) */
        int g = kid.kind == RegexTree.GROUP ? kid.a : 0;
        if (minLen(kid) > 0 && fixed(kid) && captures(g == 0 ? kid : kid.kids.get(0)) == 0) {
            RepeatNode r = new RepeatNode(t.a, t.b, t.c, locals++, g);
            r.body = build(kid, new SubAcceptNode(locals - 1));
            return link(r, next);
        }
        if (t.c != CurlyNode.POSSESSIVE) return loop(kid, t.a, t.b, t.c == CurlyNode.LAZY, next);
        AtomicNode a = new AtomicNode(locals++);   /* X*+ is (?>X*) */
        a.body = loop(kid, t.a, t.b, false, new SubAcceptNode(locals - 1));
        return link(a, next);
    }

    private RegexNode loop(RegexTree kid, int min, int max, boolean lazy, RegexNode next) {
        LoopNode loop = new LoopNode(min, max, lazy, locals);
        locals += 2;
        if (max == INF && !backRefs && nested == 0) loop.memo = memos++;
        nested++;
        loop.body = build(kid, new LoopTailNode(loop));
        nested--;
        return link(loop, next);
    }

    /* the fewest chars t matches */
    private static int minLen(RegexTree t) {
        switch (t.kind) {
        case RegexTree.SET: return 1;
        case RegexTree.LIT: return t.lit.length();
        case RegexTree.SEQ: {
            int n = 0;
            for (RegexTree k : t.kids) n = sat(n + (long) minLen(k));
            return n;
        }
        case RegexTree.ALT: {
            int n = INF;
            for (RegexTree k : t.kids) n = Math.min(n, minLen(k));
            return n;
        }
        case RegexTree.GROUP: case RegexTree.ATOMIC: return minLen(t.kids.get(0));
        case RegexTree.REPEAT: return sat((long) t.a * minLen(t.kids.get(0)));
        default: return 0;
        }
    }

    /* the most chars t matches, -1: no bound */
    private static int maxLen(RegexTree t) {
        switch (t.kind) {
        case RegexTree.SET: return 2;
        case RegexTree.LIT: return t.lit.length();
        case RegexTree.BACKREF: return -1;
        case RegexTree.SEQ: case RegexTree.ALT: {
            long n = 0;
            for (RegexTree k : t.kids) {
                int m = maxLen(k);
                if (m < 0) return -1;
                n = t.kind == RegexTree.SEQ ? n + m : Math.max(n, m);
            }
            return n >= INF ? -1 : (int) n;
        }
        case RegexTree.GROUP: case RegexTree.ATOMIC: return maxLen(t.kids.get(0));
        case RegexTree.REPEAT: {
            int m = maxLen(t.kids.get(0));
            if (m < 0 || t.b == INF) return -1;
            long n = (long) m * t.b;
            return n >= INF ? -1 : (int) n;
        }
        default: return 0;
        }
    }

    /* the capturing groups in t */
    private static int captures(RegexTree t) {
        int n = t.kind == RegexTree.GROUP ? 1 : 0;
        for (RegexTree k : t.kids) n += captures(k);
        return n;
    }

    /* whether t has one way to match: no alternation, no quantifier of a range, no back reference */
    private static boolean fixed(RegexTree t) {
        if (t.kind == RegexTree.ALT || t.kind == RegexTree.REPEAT && t.a != t.b || t.kind == RegexTree.BACKREF) return false;
        for (RegexTree k : t.kids) if (!fixed(k)) return false;
        return true;
    }

    private static int sat(long v) { return v >= INF ? INF : (int) v; }
}
