/* Character.isDefined, isJavaIdentifierStart/Part, isUnicodeIdentifierStart/Part
 * and isIdentifierIgnorable, char and int overloads, over every char and
 * every code point (and some ints that are none): for each property the
 * count of members, its number of ranges, a checksum of the ranges, and
 * the first ranges, so that any difference from the JVM shows. */
public class CharacterIdentifiers {
    interface CharProp { boolean test(char c); }
    interface IntProp { boolean test(int cp); }

    static void report(String name, boolean[] member) {
        int count = 0, ranges = 0;
        long sum = 17;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < member.length; i++) {
            if (!member[i]) continue;
            int start = i;
            while (i + 1 < member.length && member[i + 1]) i++;
            count += i - start + 1;
            sum = sum * 1000003 + start * 31L + i;
            if (ranges++ < 6) first.append(' ').append(Integer.toHexString(start)).append('-').append(Integer.toHexString(i));
        }
        System.out.println(name + ": " + count + " in " + ranges + " ranges, checksum " + sum + ", first" + first);
    }
    static void chars(String name, CharProp p) {
        boolean[] m = new boolean[65536];
        for (int c = 0; c < 65536; c++) m[c] = p.test((char) c);
        report(name + "(char)", m);
    }
    static void codePoints(String name, IntProp p) {
        boolean[] m = new boolean[0x110000];
        for (int cp = 0; cp <= 0x10FFFF; cp++) m[cp] = p.test(cp);
        report(name + "(int)", m);
        int[] outside = {-1, -65536, Integer.MIN_VALUE, 0x110000, Integer.MAX_VALUE};
        StringBuilder b = new StringBuilder("  outside:");
        for (int cp : outside) b.append(' ').append(p.test(cp));
        System.out.println(b);
    }

    public static void main(String[] args) {
        chars("isDefined", Character::isDefined);
        codePoints("isDefined", Character::isDefined);
        chars("isJavaIdentifierStart", Character::isJavaIdentifierStart);
        codePoints("isJavaIdentifierStart", Character::isJavaIdentifierStart);
        chars("isJavaIdentifierPart", Character::isJavaIdentifierPart);
        codePoints("isJavaIdentifierPart", Character::isJavaIdentifierPart);
        chars("isUnicodeIdentifierStart", Character::isUnicodeIdentifierStart);
        codePoints("isUnicodeIdentifierStart", Character::isUnicodeIdentifierStart);
        chars("isUnicodeIdentifierPart", Character::isUnicodeIdentifierPart);
        codePoints("isUnicodeIdentifierPart", Character::isUnicodeIdentifierPart);
        chars("isIdentifierIgnorable", Character::isIdentifierIgnorable);
        codePoints("isIdentifierIgnorable", Character::isIdentifierIgnorable);

        // a few by hand: letters, digits, '$', '_', '-', space, NUL, é, a
        // surrogate, a currency sign, a combining mark, an unassigned char
        char[] samples = {'a', 'Z', '7', '$', '_', '-', ' ', '\0', '\u00e9', '\ud800', '\u20ac', '\u0301', '\u0378', '\u200b', '\u00ad'};
        for (char c : samples)
            System.out.println(Integer.toHexString(c) + " " + Character.isDefined(c) + " " + Character.isJavaIdentifierStart(c) + " "
                    + Character.isJavaIdentifierPart(c) + " " + Character.isUnicodeIdentifierStart(c) + " "
                    + Character.isUnicodeIdentifierPart(c) + " " + Character.isIdentifierIgnorable(c));
        String id = "my$Var_2\u00e9";
        boolean valid = Character.isJavaIdentifierStart(id.charAt(0));
        for (int i = 1; i < id.length(); i++) valid &= Character.isJavaIdentifierPart(id.charAt(i));
        System.out.println(id + " is an identifier: " + valid + ", 2x: " + Character.isJavaIdentifierStart('2'));
    }
}
