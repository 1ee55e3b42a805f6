/* java.lang.CharSequence: a readable sequence of chars.  String is one
 * without a class descriptor (as it is a Comparable): a call on a String
 * runs String's own member (backends/cpu/objects.c); StringBuilder and
 * StringBuffer are through AbstractStringBuilder. */
public interface CharSequence {
    int length();
    char charAt(int index);
    CharSequence subSequence(int start, int end);
    default boolean isEmpty() { return length() == 0; }

    /* lexicographic by char value, then by length (the JDK's) */
    static int compare(CharSequence cs1, CharSequence cs2) {
        if (Objects.requireNonNull(cs1) == Objects.requireNonNull(cs2)) return 0;
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i), b = cs2.charAt(i);
            if (a != b) return a - b;
        }
        return cs1.length() - cs2.length();
    }
}
