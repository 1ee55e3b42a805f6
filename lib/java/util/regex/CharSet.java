/* A set of code points: what one character class, escape or literal of a
 * pattern matches at one position (one char, or a surrogate pair as one
 * code point). */
abstract class CharSet {
    abstract boolean has(int c);

    /* Java's line terminators, what . does not match and $ stops before */
    static boolean isLineTerminator(int c, boolean unixLines) {
        if (unixLines) return c == '\n';
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
    static boolean isWord(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
    /* the surrogate helpers (UTF-16: a high surrogate then a low one is one code point) */
    static boolean isHighSurrogate(char c) { return c >= 0xD800 && c <= 0xDBFF; }
    static boolean isLowSurrogate(char c) { return c >= 0xDC00 && c <= 0xDFFF; }
    static int toCodePoint(char hi, char lo) { return ((hi - 0xD800) << 10) + (lo - 0xDC00) + 0x10000; }
    static int charCount(int cp) { return cp >= 0x10000 ? 2 : 1; }
    static int codePointAt(String s, int i) {
        char c = s.charAt(i);
        if (isHighSurrogate(c) && i + 1 < s.length() && isLowSurrogate(s.charAt(i + 1))) return toCodePoint(c, s.charAt(i + 1));
        return c;
    }
    static int asciiLower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
    static int asciiUpper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
}

/* one code point, or a range lo..hi; with case folding (ASCII, or every
 * code point under UNICODE_CASE) a code point whose other case is inside
 * is in the set */
final class RangeSet extends CharSet {
    private final int lo, hi;
    private final int fold;   /* 0: exact, 1: ASCII case, 2: Unicode case */
    RangeSet(int lo, int hi, int fold) { this.lo = lo; this.hi = hi; this.fold = fold; }
    private boolean in(int c) { return c >= lo && c <= hi; }
    boolean has(int c) {
        if (in(c)) return true;
        if (fold == 1) return c < 128 && (in(asciiLower(c)) || in(asciiUpper(c)));
        if (fold == 2) return in(Character.toUpperCase(c)) || in(Character.toLowerCase(c));
        return false;
    }
}

/* a code point under Unicode case folding: those whose upper case's lower case is c's */
final class FoldSet extends CharSet {
    private final int lower;
    FoldSet(int c) { lower = Character.toLowerCase(Character.toUpperCase(c)); }
    boolean has(int c) { return c == lower || Character.toLowerCase(Character.toUpperCase(c)) == lower; }
}

/* the predefined classes: \d \s \w \h \v, . and the \p{...} properties */
final class KindSet extends CharSet {
    static final int DIGIT = 0, SPACE = 1, WORD = 2, HSPACE = 3, VSPACE = 4, DOT = 5, DOT_UNIX = 6, ANY = 7,
        LOWER = 8, UPPER = 9, ALPHA = 10, ALNUM = 11, PUNCT = 12, GRAPH = 13, PRINT = 14, BLANK = 15,
        CNTRL = 16, XDIGIT = 17, ASCII = 18, LETTER = 19, ULOWER = 20, UUPPER = 21, UDIGIT = 22,
        JWHITE = 23, LINE = 24;
    private final int kind;
    KindSet(int kind) { this.kind = kind; }

    boolean has(int c) {
        switch (kind) {
        case DIGIT: return c >= '0' && c <= '9';
        case SPACE: return c == ' ' || c >= '\t' && c <= '\r';
        case WORD: return isWord(c);
        case HSPACE: return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180E
            || c >= 0x2000 && c <= 0x200A || c == 0x202F || c == 0x205F || c == 0x3000;
        case VSPACE: return c >= '\n' && c <= '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
        case DOT: return !isLineTerminator(c, false);
        case DOT_UNIX: return c != '\n';
        case ANY: return true;
        case LOWER: return c >= 'a' && c <= 'z';
        case UPPER: return c >= 'A' && c <= 'Z';
        case ALPHA: return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        case ALNUM: return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        case PUNCT: return c >= 0x21 && c <= 0x7E && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
        case GRAPH: return c >= 0x21 && c <= 0x7E;
        case PRINT: return c >= 0x20 && c <= 0x7E;
        case BLANK: return c == ' ' || c == '\t';
        case CNTRL: return c < 0x20 || c == 0x7F;
        case XDIGIT: return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        case ASCII: return c < 0x80;
        case LETTER: return Character.isLetter(c);
        case ULOWER: return Character.isLowerCase(c);
        case UUPPER: return Character.isUpperCase(c);
        case UDIGIT: return Character.isDigit(c);
        case JWHITE: return Character.isWhitespace(c);
        default: return CharSet.isLineTerminator(c, false) || c == 0x0B || c == 0x0C;
        }
    }

    /* the set \p{name} names, or null; under CASE_INSENSITIVE a case's class is both cases' */
    static CharSet named(String name, boolean caseless) {
        String n = name.startsWith("Is") ? name.substring(2) : name;
        if (caseless) {
            switch (n) {
            case "Lower": case "Upper": return new KindSet(ALPHA);
            case "Ll": case "Lu": case "Lowercase": case "Uppercase": case "javaLowerCase": case "javaUpperCase":
                return new UnionSet(new CharSet[] {new KindSet(ULOWER), new KindSet(UUPPER)});
            default: break;
            }
        }
        switch (n) {
        case "Lower": return new KindSet(LOWER);
        case "Upper": return new KindSet(UPPER);
        case "ASCII": return new KindSet(ASCII);
        case "Alpha": return new KindSet(ALPHA);
        case "Digit": return new KindSet(DIGIT);
        case "Alnum": return new KindSet(ALNUM);
        case "Punct": return new KindSet(PUNCT);
        case "Graph": return new KindSet(GRAPH);
        case "Print": return new KindSet(PRINT);
        case "Blank": return new KindSet(BLANK);
        case "Cntrl": return new KindSet(CNTRL);
        case "XDigit": return new KindSet(XDIGIT);
        case "Space": return new KindSet(SPACE);
        case "L": case "Letter": case "Alphabetic": return new KindSet(LETTER);
        case "Ll": case "javaLowerCase": case "Lowercase": return new KindSet(ULOWER);
        case "Lu": case "javaUpperCase": case "Uppercase": return new KindSet(UUPPER);
        case "Nd": case "javaDigit": return new KindSet(UDIGIT);
        case "javaWhitespace": case "White_Space": case "WhiteSpace": return new KindSet(JWHITE);
        case "javaLetter": return new KindSet(LETTER);
        default: return null;
        }
    }
}

/* the union of several sets (a class's items) */
final class UnionSet extends CharSet {
    private final CharSet[] parts;
    UnionSet(CharSet[] parts) { this.parts = parts; }
    boolean has(int c) {
        for (CharSet p : parts) if (p.has(c)) return true;
        return false;
    }
}

/* a && b, or (b null) the complement of a */
final class BinarySet extends CharSet {
    private final CharSet a, b;
    BinarySet(CharSet a, CharSet b) { this.a = a; this.b = b; }
    boolean has(int c) { return b == null ? !a.has(c) : a.has(c) && b.has(c); }
}
