/* java.lang.Character: a char as an object; valueOf caches 0..127 as the
 * JVM does.  The character classification members (isDigit, toUpperCase,
 * ...) are src/builtins.c's. */
public final class Character implements Comparable<Character> {
    public static final char MIN_VALUE = 0;
    public static final char MAX_VALUE = 65535;
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
    public static local int hashCode(char value) { return (int) value; }
    public static local int compare(char x, char y) { return x - y; }
    public local char charValue() { return value; }
    public local String toString() { return String.valueOf(value); }
    public local int hashCode() { return (int) value; }
    public local boolean equals(Object obj) { return obj instanceof Character && ((Character) obj).value == value; }
    public local int compareTo(Character other) { return value - other.value; }
}
