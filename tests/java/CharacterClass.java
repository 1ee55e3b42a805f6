public class CharacterClass {
    public static void main(String[] args) {
        char[] cs = {'a', 'Z', '5', ' ', '\t', '_', '$', '\u00aa', '\u00b5', '\u00ba', '\u00c0', '\u00d7', '\u00df',
            '\u00f7', '\u00ff', '\u0130', '\u0131', '\u01c5', '\u0345', '\u0660', '\u2160', '\u2170', '\u24b6',
            '\u3000', '\uff21', '\uff10', '\ud800', '\udc00', '\uffff', '\u02b0', '\u1e9e', '\u2126'};
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            System.out.println(Integer.toHexString(c) + " digit " + Character.isDigit(c) + " letter "
                + Character.isLetter(c) + " lod " + Character.isLetterOrDigit(c) + " ws " + Character.isWhitespace(c)
                + " up " + Character.isUpperCase(c) + " low " + Character.isLowerCase(c) + " toUp "
                + Integer.toHexString(Character.toUpperCase(c)) + " toLow " + Integer.toHexString(Character.toLowerCase(c)));
        }
        int[] cps = {-1, 0x10400, 0x10428, 0x1D7CE, 0x1F600, 0x10FFFF, 0x110000, Integer.MIN_VALUE, 0x1E900, 0x1E922};
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            System.out.println(Integer.toHexString(c) + " digit " + Character.isDigit(c) + " letter "
                + Character.isLetter(c) + " lod " + Character.isLetterOrDigit(c) + " ws " + Character.isWhitespace(c)
                + " up " + Character.isUpperCase(c) + " low " + Character.isLowerCase(c) + " toUp "
                + Integer.toHexString(Character.toUpperCase(c)) + " toLow " + Integer.toHexString(Character.toLowerCase(c)));
        }
        char up = Character.toUpperCase('q');
        System.out.println("char result " + up + Character.toLowerCase('Q'));
        int[] counts = new int[6];
        long h = 0;
        for (int c = 0; c <= 0x10FFFF; c++) {
            int bits = (Character.isDigit(c) ? 1 : 0) | (Character.isLetter(c) ? 2 : 0)
                | (Character.isLetterOrDigit(c) ? 4 : 0) | (Character.isWhitespace(c) ? 8 : 0)
                | (Character.isUpperCase(c) ? 16 : 0) | (Character.isLowerCase(c) ? 32 : 0);
            for (int k = 0; k < 6; k++) if ((bits & (1 << k)) != 0) counts[k]++;
            h = h * 1000003 + bits * 7 + (Character.toUpperCase(c) - c) * 31 + (Character.toLowerCase(c) - c);
            if (c < 0x10000) {
                char ch = (char) c;
                int cbits = (Character.isDigit(ch) ? 1 : 0) | (Character.isLetter(ch) ? 2 : 0)
                    | (Character.isLetterOrDigit(ch) ? 4 : 0) | (Character.isWhitespace(ch) ? 8 : 0)
                    | (Character.isUpperCase(ch) ? 16 : 0) | (Character.isLowerCase(ch) ? 32 : 0);
                h = h * 17 + cbits + Character.toUpperCase(ch) * 3 + Character.toLowerCase(ch);
            }
        }
        for (int k = 0; k < 6; k++) System.out.println("count " + k + " " + counts[k]);
        System.out.println("hash " + h);
    }
}
