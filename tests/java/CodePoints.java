// Character's UTF-16 helpers and String's code point members, with
// supplementary characters (surrogate pairs) and lone surrogates.
public class CodePoints {
    public static void main(String[] args) {
        String s = "a\uD83D\uDE00b\uDC00c\uD800";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            System.out.println(i + " " + (int) c + " " + Character.isHighSurrogate(c) + " " + Character.isLowSurrogate(c) + " "
                + Character.isSurrogate(c) + " " + s.codePointAt(i) + " " + (i > 0 ? s.codePointBefore(i) : -1));
        }
        System.out.println(s.codePointCount(0, s.length()) + " " + s.codePointCount(1, 3) + " " + s.codePointCount(2, 6));
        int[] cps = {0x41, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
        for (int cp : cps) {
            char[] cs = Character.toChars(cp);
            System.out.println(Integer.toHexString(cp) + " " + Character.charCount(cp) + " " + cs.length + " " + Character.isBmpCodePoint(cp) + " "
                + Character.isSupplementaryCodePoint(cp) + " " + Character.isValidCodePoint(cp) + " " + (int) Character.highSurrogate(cp) + " "
                + (int) Character.lowSurrogate(cp) + " " + Character.toString(cp).length());
            if (cs.length == 2) System.out.println(Character.toCodePoint(cs[0], cs[1]) + " " + Character.isSurrogatePair(cs[0], cs[1]));
        }
        System.out.println((int) Character.MIN_HIGH_SURROGATE + " " + (int) Character.MAX_LOW_SURROGATE + " " + Character.MAX_CODE_POINT + " " + Character.MIN_SUPPLEMENTARY_CODE_POINT);
        try { Character.toChars(0x110000); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Character.toChars(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { s.codePointAt(9); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getName()); }
    }
}
