public class StringCaseMapping {
    static String hex(String s) {
        String r = "";
        for (int i = 0; i < s.length(); i++) r = r + Integer.toHexString(s.charAt(i)) + " ";
        return r;
    }
    public static void main(String[] args) {
        String[] ss = {"Hello, World", "straße", "ǅungla", "İstanbul", "ΌΣΟΣ ΣΟΦΟΣ", "ΑΣ", "ΑΣ Β", "Σ", "ΑΣΑ", "1Σ", "ΑΣ1",
            "Α'Σ", "ΑΣ.", "ΑΣ\u0301", "a\u0301Σ", "ﬃ ﬀ ﬆ", "ŉ ǰ ΐ ΰ և ẖ ẗ ẘ ẙ ẚ", "ᾀᾁᾈ ᾳ ῃ ῳ ᾼ", "𐐀𐐨 \ud801 x\udc00",
            "ÀÉÎÕÜ àéîõü", "", "ALREADY UPPER", "already lower", "Ⅻ ⓐ Ⓐ", "ß".repeat(3), "ΣΣ", "ΑΣΣ", "Σ Σ Σ"};
        for (int i = 0; i < ss.length; i++) {
            String s = ss[i];
            System.out.println(s.toUpperCase() + " | " + s.toLowerCase() + " | " + hex(s.toUpperCase()) + "| " + hex(s.toLowerCase()));
        }
        String same = "ABC";
        System.out.println(same.toUpperCase().equals(same) + " " + "abc".toLowerCase().length());
        String all = "";
        for (int c = 0; c < 0x3000; c += 7) all = all + (char) c;
        System.out.println(all.toUpperCase().hashCode() + " " + all.toLowerCase().hashCode() + " " + all.toUpperCase().length());
    }
}
