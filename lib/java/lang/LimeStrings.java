/* The members of String that take a CharSequence (String itself is the
 * runtime's, builtins.c): the checker calls these for a call of String's
 * that passes some other CharSequence (or an Iterable to join), an
 * instance member with its receiver first. */
public final class LimeStrings {
    private LimeStrings() {}

    /* String.toString(): the string itself */
    public static String toString(String s) { return Objects.requireNonNull(s); }

    /* String.formatted(args) (Java 15): String.format(s, args) */
    public static String formatted(String s, Object... args) { return String.format(s, args); }

    /* String.chars(): its chars as ints */
    public static IntStream chars(String s) { return LimeStreams.chars(s); }
    /* String.codePoints(): its code points (a lone surrogate its own) */
    public static IntStream codePoints(String s) { return LimeStreams.codePoints(s); }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        /* the JDK's order (and so its NullPointerException messages) */
        String delim = delimiter.toString();
        if (elements.length == 0) return "";
        StringJoiner j = new StringJoiner(delim);
        for (CharSequence e : elements) j.add(e);
        return j.toString();
    }
    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringJoiner j = new StringJoiner(delimiter);
        for (CharSequence e : elements) j.add(e);
        return j.toString();
    }
    /* the Locale overloads: English formats and the root locale's case
     * mapping, for the locales that have them (Locale.lime$formats) */
    public static String format(java.util.Locale l, String format, Object... args) {
        java.util.Locale.lime$formats(l);
        return String.format(format, args);
    }
    public static String toUpperCase(String s, java.util.Locale l) {
        java.util.Locale.lime$caseMapping(l);
        return s.toUpperCase();
    }
    public static String toLowerCase(String s, java.util.Locale l) {
        java.util.Locale.lime$caseMapping(l);
        return s.toLowerCase();
    }
    public static boolean contains(String s, CharSequence cs) { return s.contains(cs.toString()); }
    public static boolean contentEquals(String s, CharSequence cs) { return s.equals(cs.toString()); }
    public static String replace(String s, CharSequence target, CharSequence replacement) {
        return s.replace(target.toString(), replacement.toString());
    }

    /* String.split on one character c (the JDK's fast path): what the
     * checker calls for a constant one-character pattern, so that such a
     * program needs no regular-expression engine (LimeRegex for others) */
    public static String[] splitOnChar(String s, int c, int limit) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        int index = 0, at;
        while ((at = s.indexOf(c, index)) >= 0 && (limit <= 0 || list.size() < limit - 1)) {
            list.add(s.substring(index, at));
            index = at + 1;
        }
        if (index == 0) return new String[] {s};
        list.add(s.substring(index));
        int n = list.size();
        if (limit == 0) while (n > 0 && list.get(n - 1).isEmpty()) n--;
        String[] r = new String[n];
        for (int i = 0; i < n; i++) r[i] = list.get(i);
        return r;
    }

    /* code points: a surrogate pair is one, a lone surrogate its own */
    public static int codePointAt(String s, int index) {
        char c = s.charAt(index);
        if (Character.isHighSurrogate(c) && index + 1 < s.length()) {
            char d = s.charAt(index + 1);
            if (Character.isLowSurrogate(d)) return Character.toCodePoint(c, d);
        }
        return c;
    }
    public static int codePointBefore(String s, int index) {
        if (index < 1 || index > s.length()) throw new StringIndexOutOfBoundsException("index " + index + ", length " + s.length());
        char c = s.charAt(index - 1);
        if (Character.isLowSurrogate(c) && index > 1) {
            char h = s.charAt(index - 2);
            if (Character.isHighSurrogate(h)) return Character.toCodePoint(h, c);
        }
        return c;
    }
    public static int codePointCount(String s, int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length())
            throw new IndexOutOfBoundsException("begin " + beginIndex + ", end " + endIndex + ", length " + s.length());
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++)
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                n--;
                i++;
            }
        return n;
    }

    /* String.stripIndent() (Java 15): the lines (ended by \n, \r or \r\n)
     * joined by \n, each without the indentation common to its non-blank
     * lines and the last line (that one counted even when blank), without
     * trailing white space, blank ones empty; a string that ends with a
     * line terminator keeps every line's indentation and ends with \n. */
    public static String stripIndent(String s) {
        int n = s.length();
        if (n == 0) return "";
        boolean endsWithTerminator = s.charAt(n - 1) == '\n' || s.charAt(n - 1) == '\r';
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\r') continue;
            lines.add(s.substring(start, i));
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        if (start < n) lines.add(s.substring(start));
        int common = 0;
        if (!endsWithTerminator) {
            common = Integer.MAX_VALUE;
            for (String line : lines)
                if (leadingWhiteSpace(line) < line.length()) common = Math.min(common, leadingWhiteSpace(line));
            String last = lines.get(lines.size() - 1);
            if (leadingWhiteSpace(last) == last.length()) common = Math.min(common, last.length());
        }
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) out.append('\n');
            String line = lines.get(k);
            int first = leadingWhiteSpace(line), end = line.length();
            while (end > first && Character.isWhitespace(line.charAt(end - 1))) end--;
            if (first < end) out.append(line, Math.min(common, first), end);
        }
        if (endsWithTerminator) out.append('\n');
        return out.toString();
    }

    private static int leadingWhiteSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return i;
    }

    /* String.translateEscapes() (Java 15): the escape sequences of JLS 3.10.7
     * (octal ones included, \s a space, a backslash before a line
     * terminator removes both) translated; \u is none of them. */
    public static String translateEscapes(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = ++i < n ? s.charAt(i) : '\0';
            switch (e) {
                case 'b': out.append('\b'); break;
                case 't': out.append('\t'); break;
                case 'n': out.append('\n'); break;
                case 'f': out.append('\f'); break;
                case 'r': out.append('\r'); break;
                case 's': out.append(' '); break;
                case '"': case '\'': case '\\': out.append(e); break;
                case '\n': break;
                case '\r':
                    if (i + 1 < n && s.charAt(i + 1) == '\n') i++;
                    break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int value = e - '0', digits = e <= '3' ? 3 : 2;
                    for (int d = 1; d < digits && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7'; d++)
                        value = value * 8 + (s.charAt(++i) - '0');
                    out.append((char) value);
                    break;
                }
                default:
                    throw new IllegalArgumentException(String.format("Invalid escape sequence: \\%c \\\\u%04X", e, (int) e));
            }
        }
        return out.toString();
    }

    /* String.intern() is the runtime's (strings.c: the pool of literals). */
}
