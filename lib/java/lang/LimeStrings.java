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
}
