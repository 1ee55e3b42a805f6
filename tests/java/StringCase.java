public class StringCase {
    public static void main(String[] args) {
        String[][] pairs = {{"", ""}, {"abc", "ABC"}, {"abc", "abd"}, {"ABC", "abd"}, {"abc", "ab"}, {"ab", "abc"},
            {"Hello", "hELLO"}, {"\u00e9t\u00e9", "\u00c9T\u00c9"}, {"\u00ff", "\u0178"}, {"\u00df", "SS"},
            {"\u0131", "I"}, {"\u0130", "i"}, {"\u03a3", "\u03c2"}, {"\u03c3", "\u03c2"}, {"\u01c5", "\u01c4"},
            {"\u01c5", "\u01c6"}, {"\u10a0", "\u2d00"}, {"\u1e9e", "\u00df"}, {"k", "\u212a"}, {"\u00b5", "\u039c"},
            {"\uD801\uDC00", "\uD801\uDC28"}, {"\uD801\uDC00", "\uD801a"}, {"\uD801\uDC00", "\uD801\uDC29"},
            {"a\uD801", "a\uDC00"}, {"\uDC00", "\uD801"}, {"x\uD801\uDC00y", "X\uD801\uDC28Y"}, {"[", "a"}, {"_", "a"},
            {"Z", "a"}, {"z", "A"}, {"@", "`"}};
        for (int i = 0; i < pairs.length; i++) {
            String a = pairs[i][0], b = pairs[i][1];
            System.out.println(i + " eq " + a.equalsIgnoreCase(b) + " " + b.equalsIgnoreCase(a) + " cmp "
                + a.compareToIgnoreCase(b) + " " + b.compareToIgnoreCase(a) + " " + a.compareToIgnoreCase(a));
        }
        String n = null;
        System.out.println("eq null " + "a".equalsIgnoreCase(n));
        String s = "abc";
        System.out.println("eq self " + s.equalsIgnoreCase(s));
        long h = 0;
        int eqs = 0;
        for (int c = 0; c < 0x10000; c++) {
            String x = String.valueOf((char) c);
            String u = String.valueOf(Character.toUpperCase((char) c));
            String l = String.valueOf(Character.toLowerCase((char) c));
            String y = String.valueOf((char) ((c * 7919 + 13) & 0xffff));
            if (x.equalsIgnoreCase(u)) eqs++;
            if (x.equalsIgnoreCase(l)) eqs += 2;
            if (x.equalsIgnoreCase(y)) eqs += 4;
            h = h * 31 + x.compareToIgnoreCase(u);
            h = h * 31 + x.compareToIgnoreCase(y);
            h = h * 31 + l.compareToIgnoreCase(y);
        }
        System.out.println("bmp eqs " + eqs + " hash " + h);
        h = 0;
        eqs = 0;
        for (int cp = 0x10000; cp < 0x1F000; cp++) {
            int hi = 0xD800 + ((cp - 0x10000) >> 10), lo = 0xDC00 + ((cp - 0x10000) & 0x3ff);
            String x = String.valueOf((char) hi) + (char) lo;
            int ucp = Character.toUpperCase(cp), lcp = Character.toLowerCase(cp);
            if (ucp != cp || lcp != cp) {
                int o = ucp != cp ? ucp : lcp;
                String y = String.valueOf((char) (0xD800 + ((o - 0x10000) >> 10))) + (char) (0xDC00 + ((o - 0x10000) & 0x3ff));
                if (x.equalsIgnoreCase(y)) eqs++;
                h = h * 31 + x.compareToIgnoreCase(y + "a");
            }
            h = h * 31 + x.compareToIgnoreCase("\uD801\uDC28");
        }
        System.out.println("supp eqs " + eqs + " hash " + h);
    }
}
