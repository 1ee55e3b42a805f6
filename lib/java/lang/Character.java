/* java.lang.Character: a char as an object; valueOf caches 0..127 as the
 * JVM does.  The character classification members (isDigit, toUpperCase,
 * ...) are src/builtins.c's. */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final char MIN_VALUE = 0;
    public static final char MAX_VALUE = 65535;
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    private static final Character[] cache = new Character[128];
    static {
        for (int i = 0; i < 128; i++) cache[i] = new Character((char) i);
    }
    private final char value;
    public Character(char value) { this.value = value; }
    public static local Character valueOf(char c) {
        if (c <= 127) return cache[c];
        return new Character(c);
    }
    public static local String toString(char c) { return String.valueOf(c); }

    /* ---- UTF-16: surrogates and code points ---- */
    public static final char MIN_HIGH_SURROGATE = '\uD800', MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00', MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = '\uD800', MAX_SURROGATE = '\uDFFF';
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x10000, MIN_CODE_POINT = 0, MAX_CODE_POINT = 0x10FFFF;
    public static local boolean isHighSurrogate(char ch) { return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE; }
    public static local boolean isLowSurrogate(char ch) { return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE; }
    public static local boolean isSurrogate(char ch) { return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE; }
    public static local boolean isSurrogatePair(char high, char low) { return isHighSurrogate(high) && isLowSurrogate(low); }
    public static local boolean isValidCodePoint(int codePoint) { return codePoint >= 0 && codePoint <= MAX_CODE_POINT; }
    public static local boolean isBmpCodePoint(int codePoint) { return codePoint >>> 16 == 0; }
    public static local boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }
    public static local int charCount(int codePoint) { return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1; }
    /* the code point of a surrogate pair (not checked, as the JDK's) */
    public static local int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }
    public static local char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }
    public static local char lowSurrogate(int codePoint) { return (char) ((codePoint & 0x3FF) + MIN_LOW_SURROGATE); }
    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) return new char[] {(char) codePoint};
        if (!isValidCodePoint(codePoint))
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
    }
    public static String toString(int codePoint) { return new String(toChars(codePoint)); }
    public static local int hashCode(char value) { return (int) value; }
    public static local int compare(char x, char y) { return x - y; }

    /* isDefined, the identifier properties and the other binary ones of
     * every code point, as the JDK's (runtime/charprops.c; each index is
     * its table there) */
    private static final int DEFINED = 0, JAVA_IDENTIFIER_START = 1, JAVA_IDENTIFIER_PART = 2,
            UNICODE_IDENTIFIER_START = 3, UNICODE_IDENTIFIER_PART = 4, IDENTIFIER_IGNORABLE = 5,
            ALPHABETIC = 6, IDEOGRAPHIC = 7, SPACE_CHAR = 8, TITLE_CASE = 9, MIRRORED = 10;
    private static native boolean hasProperty(int codePoint, int property);
    public static boolean isDefined(char ch) { return hasProperty(ch, DEFINED); }
    public static boolean isDefined(int codePoint) { return hasProperty(codePoint, DEFINED); }
    public static boolean isJavaIdentifierStart(char ch) { return hasProperty(ch, JAVA_IDENTIFIER_START); }
    public static boolean isJavaIdentifierStart(int codePoint) { return hasProperty(codePoint, JAVA_IDENTIFIER_START); }
    public static boolean isJavaIdentifierPart(char ch) { return hasProperty(ch, JAVA_IDENTIFIER_PART); }
    public static boolean isJavaIdentifierPart(int codePoint) { return hasProperty(codePoint, JAVA_IDENTIFIER_PART); }
    public static boolean isUnicodeIdentifierStart(char ch) { return hasProperty(ch, UNICODE_IDENTIFIER_START); }
    public static boolean isUnicodeIdentifierStart(int codePoint) { return hasProperty(codePoint, UNICODE_IDENTIFIER_START); }
    public static boolean isUnicodeIdentifierPart(char ch) { return hasProperty(ch, UNICODE_IDENTIFIER_PART); }
    public static boolean isUnicodeIdentifierPart(int codePoint) { return hasProperty(codePoint, UNICODE_IDENTIFIER_PART); }
    public static boolean isIdentifierIgnorable(char ch) { return hasProperty(ch, IDENTIFIER_IGNORABLE); }
    public static boolean isIdentifierIgnorable(int codePoint) { return hasProperty(codePoint, IDENTIFIER_IGNORABLE); }
    /* the JDK has isAlphabetic and isIdeographic for code points only (a char widens) */
    public static boolean isAlphabetic(int codePoint) { return hasProperty(codePoint, ALPHABETIC); }
    public static boolean isIdeographic(int codePoint) { return hasProperty(codePoint, IDEOGRAPHIC); }
    public static boolean isSpaceChar(char ch) { return hasProperty(ch, SPACE_CHAR); }
    public static boolean isSpaceChar(int codePoint) { return hasProperty(codePoint, SPACE_CHAR); }
    public static boolean isTitleCase(char ch) { return hasProperty(ch, TITLE_CASE); }
    public static boolean isTitleCase(int codePoint) { return hasProperty(codePoint, TITLE_CASE); }
    public static boolean isMirrored(char ch) { return hasProperty(ch, MIRRORED); }
    public static boolean isMirrored(int codePoint) { return hasProperty(codePoint, MIRRORED); }
    /* the C0 and C1 controls, U+0000..U+001F and U+007F..U+009F */
    public static boolean isISOControl(char ch) { return isISOControl((int) ch); }
    public static boolean isISOControl(int codePoint) {
        return (codePoint >= 0 && codePoint <= 0x1F) || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    /* the JDK's getNumericValue for every code point (runtime/character.c):
     * -1 none, -2 a value that is no non-negative integer (a fraction) */
    private static native int numericValue(int codePoint);
    public static int getNumericValue(char ch) { return numericValue(ch); }
    public static int getNumericValue(int codePoint) { return numericValue(codePoint); }
    /* a digit's value in radix: a decimal digit (isDigit) or a Latin letter
     * (fullwidth ones too), whose numeric values are their digit values */
    public static int digit(char ch, int radix) { return digit((int) ch, radix); }
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) return -1;
        boolean latin = (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 'a' && codePoint <= 'z')
                        || (codePoint >= 0xFF21 && codePoint <= 0xFF3A) || (codePoint >= 0xFF41 && codePoint <= 0xFF5A);
        if (!latin && !Character.isDigit(codePoint)) return -1;
        int v = numericValue(codePoint);
        return v < radix ? v : -1;
    }
    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) return '\0';
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    public local char charValue() { return value; }
    public local String toString() { return String.valueOf(value); }
    public local int hashCode() { return (int) value; }
    public local boolean equals(Object obj) { return obj instanceof Character && ((Character) obj).value == value; }
    public local int compareTo(Character other) { return value - other.value; }
}
