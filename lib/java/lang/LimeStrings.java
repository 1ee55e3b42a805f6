/* The members of String that take a CharSequence (String itself is the
 * runtime's, builtins.c): the checker calls these for a call of String's
 * that passes some other CharSequence (or an Iterable to join), an
 * instance member with its receiver first. */
public final class LimeStrings {
    private LimeStrings() {}

    /* String.toString(): the string itself */
    public static String toString(String s) { return Objects.requireNonNull(s); }

    /* String.chars(): its chars as ints */
    public static IntStream chars(String s) { return LimeStreams.chars(s); }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringJoiner j = new StringJoiner(delimiter);
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
    public static boolean contains(String s, CharSequence cs) { return s.contains(cs.toString()); }
    public static boolean contentEquals(String s, CharSequence cs) { return s.equals(cs.toString()); }
    public static String replace(String s, CharSequence target, CharSequence replacement) {
        return s.replace(target.toString(), replacement.toString());
    }

    /* the regular-expression members, through java.util.regex.Pattern; split
     * on one literal character (or a backslash and a character that is no
     * letter or digit) scans for it directly, as the JDK's fast path does */
    public static String[] split(String s, String regex) { return split(s, regex, 0); }
    public static String[] split(String s, String regex, int limit) {
        int c = splitChar(regex);
        if (c < 0) return java.util.regex.Pattern.compile(regex).split(s, limit);
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
    /* the character of a fast-path split, or -1 */
    private static int splitChar(String re) {
        char c;
        if (re.length() == 1 && ".$|()[{^?*+\\".indexOf(c = re.charAt(0)) < 0) return c >= 0xD800 && c <= 0xDFFF ? -1 : c;
        if (re.length() == 2 && re.charAt(0) == '\\' && (c = re.charAt(1)) < 128
            && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return c;
        return -1;
    }
    public static boolean matches(String s, String regex) { return java.util.regex.Pattern.matches(regex, s); }
    public static String replaceAll(String s, String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(s).replaceAll(replacement);
    }
    public static String replaceFirst(String s, String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(s).replaceFirst(replacement);
    }
}
