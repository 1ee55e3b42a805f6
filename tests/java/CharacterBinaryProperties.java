/* Character.isAlphabetic, isIdeographic, isSpaceChar, isTitleCase,
 * isMirrored and isISOControl: for every code point (counts and a
 * checksum of those that have each), for chosen ones, and outside the
 * code point range */
public class CharacterBinaryProperties {
    interface Prop { boolean test(int cp); }

    static void survey(String name, Prop p) {
        int count = 0;
        long sum = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (p.test(cp)) { count++; sum = sum * 31 + cp; }
        }
        System.out.println(name + ": " + count + " code points, checksum " + sum);
    }

    public static void main(String[] args) {
        survey("isAlphabetic", Character::isAlphabetic);
        survey("isIdeographic", Character::isIdeographic);
        survey("isSpaceChar", Character::isSpaceChar);
        survey("isTitleCase", Character::isTitleCase);
        survey("isMirrored", Character::isMirrored);
        survey("isISOControl", Character::isISOControl);
        int[] samples = {'A', 'z', '5', ' ', '\u00A0', '\u2028', '\t', '\u0345', '\u2160', '\u01C5',
                         '(', ']', '\u00AB', '\u4E2D', '\u3005', 0x20000, 0x1F600, '\u007F', '\u009F', '\u00A0',
                         -1, 0x110000, Integer.MIN_VALUE};
        for (int cp : samples) {
            System.out.println(Integer.toHexString(cp) + " alpha=" + Character.isAlphabetic(cp)
                + " ideo=" + Character.isIdeographic(cp) + " space=" + Character.isSpaceChar(cp)
                + " title=" + Character.isTitleCase(cp) + " mirrored=" + Character.isMirrored(cp)
                + " control=" + Character.isISOControl(cp));
        }
        char[] chars = {'F', '4', '\u01C8', '\u2029', '{', '\u0085', '\uD800'};
        for (char c : chars) {
            System.out.println((int) c + " alpha=" + Character.isAlphabetic(c) + " space=" + Character.isSpaceChar(c)
                + " title=" + Character.isTitleCase(c) + " mirrored=" + Character.isMirrored(c)
                + " control=" + Character.isISOControl(c));
        }
        String s = "Héllo, 世界! ǅ (x) 42";
        int alpha = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isAlphabetic(s.charAt(i))) alpha++;
        System.out.println("alphabetic chars in \"" + s + "\": " + alpha);
    }
}
