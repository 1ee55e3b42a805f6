/* java.util.StringTokenizer: the tokens of a string, separated by runs of
 * delimiter characters (or, with returnDelims, each delimiter a token of
 * its own). Where the delimiters hold a surrogate, the string is scanned
 * by code points (a pair is one, a lone surrogate its own); otherwise by
 * chars. A null delimiter string is accepted and throws a
 * NullPointerException (no message) at the first scan, as the JDK's.
 * Invariant: position is the index of the first char not yet returned;
 * nextStart, when >= 0, is where hasMoreTokens found the next token under
 * the current delimiters (reset to -1 whenever the delimiters change). */
public class StringTokenizer implements Enumeration<Object> {
    private final String str;
    private final int length;
    private final boolean returnDelims;
    private String delimiters;
    private int[] delimCodePoints;   /* the delimiters' code points; null: scan by chars */
    private int position;
    private int nextStart = -1;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        this.length = str.length();
        this.str = str;
        this.returnDelims = returnDelims;
        setDelimiters(delim);
    }
    public StringTokenizer(String str, String delim) { this(str, delim, false); }
    public StringTokenizer(String str) { this(str, " \t\n\r\f", false); }

    private void setDelimiters(String delim) {
        delimiters = delim;
        delimCodePoints = null;
        nextStart = -1;
        if (delim == null) return;
        for (int i = 0; i < delim.length(); i++)
            if (Character.isSurrogate(delim.charAt(i))) {
                delimCodePoints = codePoints(delim);
                return;
            }
    }

    private static int[] codePoints(String s) {
        int[] cps = new int[s.codePointCount(0, s.length())];
        for (int i = 0, k = 0; i < s.length(); k++) {
            cps[k] = s.codePointAt(i);
            i += Character.charCount(cps[k]);
        }
        return cps;
    }
    /* the length of the char or code point at index i */
    private int unitAt(int i) {
        return delimCodePoints == null ? 1 : Character.charCount(str.codePointAt(i));
    }
    private boolean isDelimiterAt(int i) {
        if (delimCodePoints == null) return delimiters.indexOf(str.charAt(i)) >= 0;
        int c = str.codePointAt(i);
        for (int d : delimCodePoints) if (d == c) return true;
        return false;
    }
    /* the index of the first non-delimiter at or after i (i itself with returnDelims) */
    private int skipDelimiters(int i) {
        if (delimiters == null) throw new NullPointerException();
        if (returnDelims) return i;
        while (i < length && isDelimiterAt(i)) i += unitAt(i);
        return i;
    }
    /* the end of the token starting at i < length: one delimiter, or a run of non-delimiters */
    private int scanToken(int i) {
        if (returnDelims && isDelimiterAt(i)) return i + unitAt(i);
        while (i < length && !isDelimiterAt(i)) i += unitAt(i);
        return i;
    }

    public boolean hasMoreTokens() {
        nextStart = skipDelimiters(position);
        return nextStart < length;
    }
    public String nextToken() {
        int start = nextStart >= 0 ? nextStart : skipDelimiters(position);
        nextStart = -1;
        if (start >= length) {
            position = start;
            throw new NoSuchElementException();
        }
        position = scanToken(start);
        return str.substring(start, position);
    }
    /* the next token after switching to the delimiters delim, which stay */
    public String nextToken(String delim) {
        setDelimiters(delim);
        return nextToken();
    }
    public boolean hasMoreElements() { return hasMoreTokens(); }
    public Object nextElement() { return nextToken(); }

    /* how many times nextToken() can be called from here (the position does not move) */
    public int countTokens() {
        int count = 0;
        for (int i = position; i < length; count++) {
            i = skipDelimiters(i);
            if (i >= length) break;
            i = scanToken(i);
        }
        return count;
    }
}
