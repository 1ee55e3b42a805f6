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
}
