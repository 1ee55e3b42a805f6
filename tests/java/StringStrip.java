public class StringStrip {
    static String show(String s) {
        String r = "[";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x21 && c < 0x7f) r = r + c;
            else r = r + "\\u" + Integer.toHexString(c);
        }
        return r + "]";
    }

    public static void main(String[] args) {
        String[] cases = {"", " ", "  a b  ", "\t\n x \r\f", "\u000B\u001C\u001D\u001E\u001Fz\u001F",
            "\u0000\u0001a\u0000", "\u00A0a\u00A0", "\u2007b\u202F", "\u2000\u2001\u2002c\u200A\u2028\u2029",
            "\u205F\u3000d\u1680", "\u180Ee\u180E", "\u200Bf\u200B", "\u0085g\u0085", "   ",
            "\u3000\u2029", "no-space", "\uD83D\uDE00 \uD83D\uDE00", " \uDE00 "};
        for (int i = 0; i < cases.length; i++) {
            String s = cases[i];
            System.out.println(i + " trim " + show(s.trim()) + " strip " + show(s.strip()) + " lead "
                + show(s.stripLeading()) + " trail " + show(s.stripTrailing()) + " blank " + s.isBlank()
                + " same " + (s.trim() == s) + (s.strip() == s));
        }
        for (char c = 0; c < 0x3001; c++) {
            boolean ws = Character.isWhitespace(c);
            if (ws || c <= ' ') System.out.println("char " + Integer.toHexString(c) + " ws " + ws
                + " blank " + String.valueOf(c).isBlank());
        }
        System.out.println("isWhitespace int 0x1F600 " + Character.isWhitespace(0x1F600));
        System.out.println("isWhitespace int -1 " + Character.isWhitespace(-1));
        System.out.println("repeat " + "ab".repeat(3) + " " + show("".repeat(5)) + " " + show("x".repeat(0)) + " "
            + "xyz".repeat(1));
        System.out.println("concat " + "ab".concat("cd") + " " + "".concat("") + " " + "a".concat("") + " "
            + "".concat("b"));
        String r = "aXbXXc";
        System.out.println("replace " + r.replace('X', '-') + " " + r.replace('q', '-') + " " + (r.replace('q', '-') == r)
            + " " + r.replace('X', 'X'));
        System.out.println("replace " + r.replace("X", "--") + " " + r.replace("XX", "") + " " + r.replace("", "|")
            + " " + "".replace("", "|") + " " + r.replace("Xb", "Xb") + " " + "aaaa".replace("aa", "b")
            + " " + "aaa".replace("aa", "b") + " " + r.replace("X", "Y") + " " + r.replace("nope", "Z"));
        System.out.println("replace sur " + show("\uD83D\uDE00a".replace("", "-")));
        System.out.println("repeat big ok " + "ab".repeat(1000).length());
        System.out.println("repeat negative next");
        System.out.println("ab".repeat(-1));
    }
}
