import java.util.regex.Matcher;
import java.util.regex.Pattern;

/* java.util.Scanner over an input stream (standard input), a file, a path
 * or a string: tokens between delimiters (white space, or a pattern of
 * useDelimiter), tokens matching a pattern, lines, skip and findInLine,
 * and the numbers of the default (English) locale: digits with or without
 * ',' grouping, and for doubles a fraction, an exponent, NaN, Infinity, a
 * hexadecimal float, as the JDK's patterns take them.
 * Invariant: buf[position, buf.length()) are chars read and not yet
 * consumed; sourceClosed once the source has ended. Nothing consumes
 * input but a successful next*, nextLine, skip or find; a hasNext* only
 * reads ahead. The default delimiter is scanned char by char (as
 * Character.isWhitespace, which \p{javaWhitespace} is); other patterns
 * run the regex engine over the buffer, reading more input while a match
 * touches its end (the JDK's hitEnd rule). Matchers see the buffer with
 * the regex package's default (opaque, anchoring) region bounds, where the
 * JDK's are transparent and non-anchoring: lookarounds and ^ $ at a
 * token's edges may differ.
 * The regular-expression engine is compiled into a program only when it
 * uses a pattern: every member that takes or returns one (and its String
 * form) is compiled only where a call names it (src/check.c,
 * on_call_only), and the plain token scan reaches the pattern scan only
 * through matching, a ScannerRegex those members make. */
public final class Scanner implements AutoCloseable {
    private static final String WHITESPACE = "\\p{javaWhitespace}+";
    static final int FOUND = 0, NONE = 1, MISMATCH = 2, NEED_INPUT = -1;

    private final Reader in;
    private final StringBuilder buf = new StringBuilder();
    private int position;
    private boolean sourceClosed, closed;
    private Pattern delimPattern;   /* null: the default white space */
    private String text;            /* buf as a String for the matchers; null when buf has changed */
    int tokenStart, tokenEnd;       /* the token the last scan FOUND */
    private ScannerMatching matching;   /* the pattern scan; set before any pattern is used */
    private Object[] recent;        /* the patterns of the last String calls, regex and Pattern in turn */
    private int recentNext;         /* the next pair of recent to replace */
    /* what match() gives: what the last scanning call matched, as the JDK's
     * (NO_MATCH after a failed one, a hasNext() or before any), kept as
     * buf offsets so that only match() makes a MatchResult */
    private static final int NO_MATCH = 0, TOKEN = 1, LINE = 2, NUMBER = 3, RESULT = 4;
    private int matchKind;
    private int matchFrom, matchTo;     /* TOKEN and LINE: buf[matchFrom, matchTo) */
    private Object matchPattern;        /* TOKEN: the token's Pattern (null: any token) */
    private Object matchResult;         /* RESULT: a MatchResult */
    private int dropped;                /* the chars readInput has dropped from buf's front */

    public Scanner(InputStream source) { in = new InputStreamReader(source); }
    public Scanner(java.io.File source) throws java.io.FileNotFoundException {
        in = new InputStreamReader(new java.io.FileInputStream(source));
    }
    /* the file's bytes, read whole (a missing file: NoSuchFileException) */
    public Scanner(java.nio.file.Path source) throws IOException {
        in = new InputStreamReader(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(source)));
    }
    public Scanner(String source) { in = new java.io.StringReader(source); }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("Scanner closed");
        matchKind = NO_MATCH;
    }
    private void matched(int kind, int from, int to, Object pattern) {
        matchKind = kind;
        matchFrom = from;
        matchTo = to;
        matchPattern = pattern;
    }
    /* the last scanning call's match: a token (next, next(pattern),
     * hasNext(pattern)), a line with its separator as group 1 (nextLine,
     * hasNextLine), or skip's or find's; offsets count from the input's
     * start (the JDK's from its buffer's, the same for inputs of up to 1024
     * chars).  After a number (nextInt, hasNextDouble, ...) the JDK gives
     * the match of its number patterns, whose groups Lime's scan does not
     * have: UnsupportedOperationException. */
    public java.util.regex.MatchResult match() {
        if (matchKind == NO_MATCH) throw new IllegalStateException("No match result available");
        if (matchKind == NUMBER)
            throw new UnsupportedOperationException("Scanner.match() after a number: the groups of the JDK's number patterns are Java's but not in Lime's library");
        if (matchKind == RESULT) return new Shifted((java.util.regex.MatchResult) matchResult, dropped);
        Pattern p = matchKind == LINE ? Pattern.compile(".*(\r\n|[\n\r\u2028\u2029\u0085])|.+$")
                    : matchPattern != null ? (Pattern) matchPattern : Pattern.compile("(?s).*");
        Matcher m = matcher(p);
        m.region(matchFrom, matchTo);
        if (matchKind == LINE) m.lookingAt(); else m.matches();
        return new Shifted(m.toMatchResult(), dropped);
    }
    /* a match's offsets from the input's start */
    private static final class Shifted implements java.util.regex.MatchResult {
        private final java.util.regex.MatchResult r;
        private final int by;
        Shifted(java.util.regex.MatchResult r, int by) {
            this.r = r;
            this.by = by;
        }
        public int start() { return r.start() + by; }
        public int start(int group) {
            int i = r.start(group);
            return i < 0 ? i : i + by;
        }
        public int end() { return r.end() + by; }
        public int end(int group) {
            int i = r.end(group);
            return i < 0 ? i : i + by;
        }
        public String group() { return r.group(); }
        public String group(int group) { return r.group(group); }
        public int groupCount() { return r.groupCount(); }
    }

    /* drops the consumed chars, then reads up to a line end, 1024 chars
     * or the end of the source (never waiting for more than a line) */
    void readInput() {
        if (position > 0) {
            dropped += position;
            buf.delete(0, position);
            position = 0;
        }
        text = null;
        try {
            for (int k = 0; k < 1024; k++) {
                int c = in.read();
                if (c < 0) {
                    sourceClosed = true;
                    return;
                }
                buf.append((char) c);
                if (c == '\n') return;
            }
        } catch (IOException e) {
            sourceClosed = true;
        }
    }
    /* the buffer as a String for a matcher (the same one until buf changes) */
    String text() {
        if (text == null) text = buf.toString();
        return text;
    }
    boolean sourceClosed() { return sourceClosed; }
    int position() { return position; }
    private Matcher matcher(Pattern p) { return withRegex(p).matcher(text()); }
    /* p, once the pattern scan is there */
    private Pattern withRegex(Pattern p) {
        if (matching == null) matching = new ScannerRegex();
        return p;
    }

    /* regex compiled, from the last 7 of this scanner (the JDK's cache:
     * hasNext("\\d") in a loop compiles once) */
    private Pattern compiled(String regex) {
        if (recent == null) recent = new Object[14];
        for (int i = 0; i < recent.length; i += 2)
            if (regex.equals(recent[i])) return (Pattern) recent[i + 1];
        Pattern p = Pattern.compile(regex);
        recent[recentNext] = regex;
        recent[recentNext + 1] = p;
        recentNext = (recentNext + 2) % recent.length;
        return p;
    }

    public Pattern delimiter() { return withRegex(delimPattern != null ? delimPattern : Pattern.compile(WHITESPACE)); }
    public Scanner useDelimiter(Pattern pattern) {
        delimPattern = withRegex(pattern);
        return this;
    }
    public Scanner useDelimiter(String pattern) { return useDelimiter(compiled(pattern)); }

    /* the next token (FOUND: buf[tokenStart, tokenEnd)) matching pattern
     * (a Pattern; null: any), NONE when the input has no more, MISMATCH
     * when the next does not match; position does not move */
    private int scanToken(Object pattern) {
        ensureOpen();
        while (true) {
            int r = delimPattern == null && pattern == null ? plainToken() : matching.token(this, delimPattern, pattern);
            if (r != NEED_INPUT) return r;
            readInput();
        }
    }
    private int plainToken() {
        int i = position, n = buf.length();
        while (i < n && Character.isWhitespace(buf.charAt(i))) i++;
        if (i == n) return sourceClosed ? NONE : NEED_INPUT;
        int j = i + 1;
        while (j < n && !Character.isWhitespace(buf.charAt(j))) j++;
        if (j == n && !sourceClosed) return NEED_INPUT;
        tokenStart = i;
        tokenEnd = j;
        return FOUND;
    }
    /* the token found, consumed */
    private String takeToken() {
        String t = buf.substring(tokenStart, tokenEnd);
        position = tokenEnd;
        return t;
    }
    private String token() { return buf.substring(tokenStart, tokenEnd); }

    public boolean hasNext() { return scanToken(null) == FOUND; }
    public boolean hasNext(Pattern pattern) {
        if (scanToken(withRegex(java.util.Objects.requireNonNull(pattern))) != FOUND) return false;
        matched(TOKEN, tokenStart, tokenEnd, pattern);
        return true;
    }
    public boolean hasNext(String pattern) { return hasNext(compiled(pattern)); }
    public String next() {
        if (scanToken(null) != FOUND) throw new NoSuchElementException();
        matched(TOKEN, tokenStart, tokenEnd, null);
        return takeToken();
    }
    public String next(Pattern pattern) {
        int r = scanToken(withRegex(java.util.Objects.requireNonNull(pattern)));
        if (r == NONE) throw new NoSuchElementException();
        if (r == MISMATCH) throw new InputMismatchException();
        matched(TOKEN, tokenStart, tokenEnd, pattern);
        return takeToken();
    }
    public String next(String pattern) { return next(compiled(pattern)); }

    /* the next token as the text parseInt/parseLong/parseDouble take (','
     * groups removed, digits as ASCII, ∞ as Infinity), or null when it is
     * no number of that kind; NONE: no token */
    private String numberToken(boolean integer) {
        if (scanToken(null) != FOUND) return null;
        return integer ? ScannerNumbers.integerText(token()) : ScannerNumbers.decimalText(token());
    }
    private String numberOrThrow(boolean integer) {
        if (scanToken(null) != FOUND) throw new NoSuchElementException();
        String s = integer ? ScannerNumbers.integerText(token()) : ScannerNumbers.decimalText(token());
        if (s == null) throw new InputMismatchException();
        return s;
    }
    private static final int INT = 0, LONG = 1, DOUBLE = 2;
    /* whether the next token is a number of kind (INT, LONG, DOUBLE) that parses */
    private boolean hasNextNumber(int kind) {
        String s = numberToken(kind != DOUBLE);
        if (s == null) return false;
        try {
            if (kind == INT) Integer.parseInt(s);
            else if (kind == LONG) Long.parseLong(s);
            else Double.parseDouble(s);
            matchKind = NUMBER;
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
    public boolean hasNextInt() { return hasNextNumber(INT); }
    public boolean hasNextLong() { return hasNextNumber(LONG); }
    public boolean hasNextDouble() { return hasNextNumber(DOUBLE); }
    public int nextInt() {
        String s = numberOrThrow(true);
        try {
            int v = Integer.parseInt(s);
            position = tokenEnd;
            matchKind = NUMBER;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }
    public long nextLong() {
        String s = numberOrThrow(true);
        try {
            long v = Long.parseLong(s);
            position = tokenEnd;
            matchKind = NUMBER;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }
    public double nextDouble() {
        String s = numberOrThrow(false);
        try {
            double v = Double.parseDouble(s);
            position = tokenEnd;
            matchKind = NUMBER;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    private static boolean isLineSeparator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
    /* the index of the line separator that ends the current line, the
     * input's length when the last line has none, or NEED_INPUT */
    private int lineEnd() {
        int n = buf.length();
        for (int i = position; i < n; i++)
            if (isLineSeparator(buf.charAt(i))) return buf.charAt(i) == '\r' && i == n - 1 && !sourceClosed ? NEED_INPUT : i;
        return sourceClosed ? n : NEED_INPUT;
    }
    private int currentLineEnd() {
        ensureOpen();
        int end;
        while ((end = lineEnd()) == NEED_INPUT) readInput();
        return end;
    }
    public boolean hasNextLine() {
        int end = currentLineEnd();
        if (position == buf.length()) return false;
        matched(LINE, position, afterSeparator(end), null);
        return true;
    }
    /* the rest of the current line, without its separator (\r\n, \n, \r, \u2028, \u2029, \u0085) */
    public String nextLine() {
        int end = currentLineEnd();
        if (position == buf.length()) throw new NoSuchElementException("No line found");
        String line = buf.substring(position, end);
        matched(LINE, position, afterSeparator(end), null);
        position = matchTo;
        return line;
    }
    /* where the line that ends at end (its separator, or the input's end) stops */
    private int afterSeparator(int end) {
        if (end == buf.length()) return end;
        return end + (buf.charAt(end) == '\r' && end + 1 < buf.length() && buf.charAt(end + 1) == '\n' ? 2 : 1);
    }

    /* pattern matched at the position (anchored), consumed; else NoSuchElementException */
    public Scanner skip(Pattern pattern) {
        ensureOpen();
        java.util.Objects.requireNonNull(pattern);
        while (true) {
            Matcher m = matcher(pattern);
            m.region(position, text.length());
            if (m.lookingAt()) {
                if (!m.hitEnd() || sourceClosed) {
                    position = m.end();
                    matchKind = RESULT;
                    matchResult = m.toMatchResult();
                    return this;
                }
            } else if (sourceClosed || !m.hitEnd()) throw new NoSuchElementException();
            readInput();
        }
    }
    public Scanner skip(String pattern) { return skip(compiled(pattern)); }

    /* the next match of pattern within the current line, consumed with what
     * precedes it; null (nothing consumed) when the line has none */
    public String findInLine(Pattern pattern) {
        java.util.Objects.requireNonNull(pattern);
        int horizon = currentLineEnd() - position;
        return horizon == 0 ? null : findWithinHorizon(pattern, horizon);
    }
    public String findInLine(String pattern) { return findInLine(compiled(pattern)); }
    /* the next match of pattern starting within horizon chars (0: anywhere
     * in the rest of the input), consumed with what precedes it; else null */
    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        java.util.Objects.requireNonNull(pattern);
        if (horizon < 0) throw new IllegalArgumentException("horizon < 0");
        while (true) {
            Matcher m = matcher(pattern);
            int n = text.length(), horizonLimit = horizon > 0 ? position + horizon : -1;
            int searchLimit = horizon > 0 && horizonLimit < n ? horizonLimit : n;
            m.region(position, searchLimit);
            if (m.find()) {
                if (!m.hitEnd() || sourceClosed || searchLimit == horizonLimit) {
                    position = m.end();
                    matchKind = RESULT;
                    matchResult = m.toMatchResult();
                    return m.group();
                }
            } else if (sourceClosed || searchLimit == horizonLimit) return null;
            readInput();
        }
    }
    public String findWithinHorizon(String pattern, int horizon) { return findWithinHorizon(compiled(pattern), horizon); }

    public void close() {
        if (closed) return;
        closed = true;
        try {
            in.close();
        } catch (IOException e) {
            /* the JDK's Scanner keeps a failed close to itself */
        }
    }
}
