/* String's regular-expression members (the checker calls these for
 * s.split, s.matches, s.replaceAll, s.replaceFirst), through
 * java.util.regex.Pattern; split on one literal character (or a backslash
 * and a character that is no letter or digit) scans for it directly, as
 * the JDK's fast path does (a constant such pattern is LimeStrings'
 * splitOnChar, chosen by the checker: no engine in the program). */
public final class LimeRegex {
    private LimeRegex() {}

    public static String[] split(String s, String regex) { return split(s, regex, 0); }
    public static String[] split(String s, String regex, int limit) {
        int c = splitChar(regex);
        if (c < 0) return java.util.regex.Pattern.compile(regex).split(s, limit);
        return LimeStrings.splitOnChar(s, c, limit);
    }
    /* the character of a fast-path split, or -1 (src/check.c's
     * constant_split_char decides the same for constants) */
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
