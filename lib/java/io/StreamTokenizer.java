/* java.io.StreamTokenizer: the tokens of a Reader (or, deprecated, of an
 * InputStream's bytes, each byte one char) as the JDK 17 javadoc
 * describes them, with the JDK's own number scanning (an optional '-',
 * digits and at most one '.', no exponent; a '-' not followed by a digit
 * or '.' is the ordinary char '-') and its string escapes (\a \b \f \n \r
 * \t \v and octal \0 to \377).
 *
 * Invariants: syntax[c] holds the attribute bits of each char c < 256
 * (a char >= 256 is always a word char); lookahead is the char read ahead
 * of the current token (a char, -1 at the end, READ: none, or SKIP_LF: a
 * '\r' was returned as TT_EOL and a '\n' right after it belongs to it);
 * line counts the line terminators consumed (\n, \r or \r\n count once). */
public class StreamTokenizer {
    public static final int TT_EOF = -1;
    public static final int TT_EOL = '\n';
    public static final int TT_NUMBER = -2;
    public static final int TT_WORD = -3;
    private static final int TT_NOTHING = -4;   /* before the first token */

    public int ttype = TT_NOTHING;
    public String sval;
    public double nval;

    private static final byte WHITESPACE = 1, DIGIT = 2, WORD = 4, QUOTE = 8, COMMENT = 16;
    private static final int READ = Integer.MAX_VALUE, SKIP_LF = Integer.MAX_VALUE - 1;
    private static final int COMMENT_SKIPPED = Integer.MIN_VALUE;   /* scan()'s "no token yet" */

    private final Reader reader;        /* exactly one of reader and stream is non-null */
    private final InputStream stream;
    private final byte[] syntax = new byte[256];
    private char[] text = new char[32];   /* the chars of the word or string being read */
    private int lookahead = READ;
    private int line = 1;
    private boolean pushedBack;
    private boolean eolSignificant, slashStar, slashSlash, lowerCase;

    public StreamTokenizer(Reader r) {
        if (r == null) throw new NullPointerException();
        reader = r;
        stream = null;
        defaultSyntax();
    }
    @Deprecated
    public StreamTokenizer(InputStream is) {
        if (is == null) throw new NullPointerException();
        reader = null;
        stream = is;
        defaultSyntax();
    }

    /* the javadoc's default table */
    private void defaultSyntax() {
        wordChars('A', 'Z');
        wordChars('a', 'z');
        wordChars(128 + 32, 255);
        whitespaceChars(0, ' ');
        commentChar('/');
        quoteChar('"');
        quoteChar('\'');
        parseNumbers();
    }

    private int read() throws IOException {
        return reader != null ? reader.read() : stream.read();
    }
    /* the attribute bits of c (>= 0) */
    private int kind(int c) {
        return c < 256 ? syntax[c] : WORD;
    }

    public void resetSyntax() {
        for (int i = 0; i < 256; i++) syntax[i] = 0;
    }
    /* low..hi clipped to 0..255 */
    public void wordChars(int low, int hi) {
        for (int c = Math.max(low, 0); c <= Math.min(hi, 255); c++) syntax[c] |= WORD;
    }
    public void whitespaceChars(int low, int hi) {
        for (int c = Math.max(low, 0); c <= Math.min(hi, 255); c++) syntax[c] = WHITESPACE;
    }
    public void ordinaryChars(int low, int hi) {
        for (int c = Math.max(low, 0); c <= Math.min(hi, 255); c++) syntax[c] = 0;
    }
    /* a char outside 0..255 is ignored */
    private void set(int ch, byte bits) {
        if (ch >= 0 && ch < 256) syntax[ch] = bits;
    }
    public void ordinaryChar(int ch) { set(ch, (byte) 0); }
    public void commentChar(int ch) { set(ch, COMMENT); }
    public void quoteChar(int ch) { set(ch, QUOTE); }
    public void parseNumbers() {
        for (int c = '0'; c <= '9'; c++) syntax[c] |= DIGIT;
        syntax['.'] |= DIGIT;
        syntax['-'] |= DIGIT;
    }
    public void eolIsSignificant(boolean flag) { eolSignificant = flag; }
    public void slashStarComments(boolean flag) { slashStar = flag; }
    public void slashSlashComments(boolean flag) { slashSlash = flag; }
    public void lowerCaseMode(boolean fl) { lowerCase = fl; }

    /* the next nextToken() returns the current token again (not before the first) */
    public void pushBack() {
        if (ttype != TT_NOTHING) pushedBack = true;
    }
    public int lineno() { return line; }

    /* text[n] = c, text grown as needed; n + 1 */
    private int put(int n, int c) {
        if (n == text.length) {
            char[] bigger = new char[n * 2];
            System.arraycopy(text, 0, bigger, 0, n);
            text = bigger;
        }
        text[n] = (char) c;
        return n + 1;
    }

    public int nextToken() throws IOException {
        if (pushedBack) {
            pushedBack = false;
            return ttype;
        }
        sval = null;
        int t;
        while ((t = scan()) == COMMENT_SKIPPED) {}
        return t;
    }

    /* the next token, or COMMENT_SKIPPED after a comment (the JDK's
     * nextToken calls itself there) */
    private int scan() throws IOException {
        int c = lookahead < 0 ? READ : lookahead;
        if (c == SKIP_LF) {
            c = read();
            if (c < 0) return ttype = TT_EOF;   /* still SKIP_LF */
            if (c == '\n') c = READ;
        }
        if (c == READ) {
            c = read();
            if (c < 0) return ttype = TT_EOF;
        }
        ttype = c;   /* what an IOException in the middle of the token leaves */
        lookahead = READ;
        int bits = kind(c);

        while ((bits & WHITESPACE) != 0) {
            boolean cr = c == '\r';
            if (cr || c == '\n') {
                line++;
                if (eolSignificant) {
                    if (cr) lookahead = SKIP_LF;
                    return ttype = TT_EOL;
                }
            }
            c = read();
            if (cr && c == '\n') c = read();
            if (c < 0) return ttype = TT_EOF;
            bits = kind(c);
        }
        if ((bits & DIGIT) != 0) return number(c);
        if ((bits & WORD) != 0) return word(c);
        if ((bits & QUOTE) != 0) return quoted(c);
        if (c == '/' && (slashStar || slashSlash)) {
            c = read();
            if (c == '*' && slashStar) return skipBlockComment() ? COMMENT_SKIPPED : (ttype = TT_EOF);
            if (!(c == '/' && slashSlash) && (syntax['/'] & COMMENT) == 0) {
                lookahead = c;
                return ttype = '/';
            }
            /* a line comment: the char after the '/' is dropped unseen, as the JDK's */
            skipLineComment();
            return COMMENT_SKIPPED;
        }
        if ((bits & COMMENT) != 0) {
            skipLineComment();
            return COMMENT_SKIPPED;
        }
        return ttype = c;
    }

    /* the number starting with c: '-' alone is the ordinary char '-' */
    private int number(int c) throws IOException {
        boolean negative = c == '-';
        if (negative) {
            c = read();
            if (c != '.' && (c < '0' || c > '9')) {
                lookahead = c;
                return ttype = '-';
            }
        }
        double v = 0;
        int decimals = 0;
        boolean dot = false;
        for (;; c = read()) {
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                if (dot) decimals++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        lookahead = c;
        if (decimals > 0) {
            /* one division by 10^decimals, the power built by repeated products */
            double scale = 10;
            for (int i = 1; i < decimals; i++) scale *= 10;
            v = v / scale;
        }
        nval = negative ? -v : v;
        return ttype = TT_NUMBER;
    }

    /* the word starting with c: word chars and number chars */
    private int word(int c) throws IOException {
        int n = 0;
        do {
            n = put(n, c);
            c = read();
        } while (c >= 0 && (kind(c) & (WORD | DIGIT)) != 0);
        lookahead = c;
        sval = new String(text, 0, n);
        if (lowerCase) sval = sval.toLowerCase();
        return ttype = TT_WORD;
    }

    /* the string quoted by q, up to the next q, a line end or the end of
     * input (which are left for the next token) */
    private int quoted(int q) throws IOException {
        ttype = q;
        int n = 0;
        int d = read();   /* the next char not yet taken */
        while (d >= 0 && d != q && d != '\n' && d != '\r') {
            int c = d;
            d = read();
            if (c == '\\') {
                c = d;   /* the escaped char (-1 at the end: stored as \uffff) */
                d = read();
                if (c >= '0' && c <= '7') {
                    /* up to three octal digits, the value at most \377 */
                    int first = c;
                    c -= '0';
                    if (d >= '0' && d <= '7') {
                        c = c * 8 + d - '0';
                        d = read();
                        if (first <= '3' && d >= '0' && d <= '7') {
                            c = c * 8 + d - '0';
                            d = read();
                        }
                    }
                } else {
                    c = escape(c);
                }
            }
            n = put(n, c);
        }
        lookahead = d == q ? READ : d;
        sval = new String(text, 0, n);
        return ttype;
    }
    private static int escape(int c) {
        switch (c) {
            case 'a': return 7;
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return 11;
            default: return c;
        }
    }

    /* past the rest of a line comment, its line end kept as the lookahead */
    private void skipLineComment() throws IOException {
        int c;
        do c = read(); while (c >= 0 && c != '\n' && c != '\r');
        lookahead = c;
    }
    /* past the closing star-slash of a slash-star comment, counting its
     * lines; false at the end of input.  As the JDK's, the char right
     * after a line terminator is taken without a look (a second line
     * terminator there is not counted, and it may be the star of the end). */
    private boolean skipBlockComment() throws IOException {
        int prev = 0;
        for (;;) {
            int c = read();
            if (c == '/' && prev == '*') return true;
            if (c == '\r') {
                line++;
                c = read();
                if (c == '\n') c = read();
            } else if (c == '\n') {
                line++;
                c = read();
            }
            if (c < 0) return false;
            prev = c;
        }
    }

    public String toString() {
        String s;
        switch (ttype) {
            case TT_EOF: s = "EOF"; break;
            case TT_EOL: s = "EOL"; break;
            case TT_WORD: s = sval; break;
            case TT_NUMBER: s = "n=" + nval; break;
            case TT_NOTHING: s = "NOTHING"; break;
            default:
                /* a quote char (by the current table) or an ordinary char */
                if (ttype < 256 && (syntax[ttype] & QUOTE) != 0) s = sval;
                else s = "'" + (char) ttype + "'";
        }
        return "Token[" + s + "], line " + line;
    }
}
