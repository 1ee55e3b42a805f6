public class StringSearch {
    static void p(String label, int v) { System.out.println(label + " " + v); }
    static void b(String label, boolean v) { System.out.println(label + " " + v); }

    public static void main(String[] args) {
        String s = "abcabcab";
        String e = "";
        String sur = "x\uD83D\uDE00y\uD83D\uDE00";
        b("contains bc", s.contains("bc"));
        b("contains cb", s.contains("cb"));
        b("contains empty", s.contains(""));
        b("empty contains empty", e.contains(""));
        b("empty contains a", e.contains("a"));
        b("startsWith abc", s.startsWith("abc"));
        b("startsWith empty", s.startsWith(""));
        b("startsWith whole+", s.startsWith(s + "x"));
        b("startsWith bca", s.startsWith("bca"));
        int[] offs = {-1, 0, 1, 3, 5, 6, 7, 8, 9, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int o : offs) {
            b("startsWith ab," + o, s.startsWith("ab", o));
            b("startsWith empty," + o, s.startsWith("", o));
            p("indexOf ab," + o, s.indexOf("ab", o));
            p("indexOf empty," + o, s.indexOf("", o));
            p("indexOf 'c'," + o, s.indexOf('c', o));
            p("lastIndexOf ab," + o, s.lastIndexOf("ab", o));
            p("lastIndexOf empty," + o, s.lastIndexOf("", o));
            p("lastIndexOf 'c'," + o, s.lastIndexOf('c', o));
            p("lastIndexOf abcab," + o, s.lastIndexOf("abcab", o));
            p("empty indexOf empty," + o, e.indexOf("", o));
            p("empty lastIndexOf empty," + o, e.lastIndexOf("", o));
            p("sur indexOf U+1F600," + o, sur.indexOf(0x1F600, o));
            p("sur lastIndexOf U+1F600," + o, sur.lastIndexOf(0x1F600, o));
        }
        b("endsWith ab", s.endsWith("ab"));
        b("endsWith cab", s.endsWith("cab"));
        b("endsWith empty", s.endsWith(""));
        b("endsWith longer", s.endsWith("x" + s));
        b("empty endsWith empty", e.endsWith(""));
        p("lastIndexOf abc", s.lastIndexOf("abc"));
        p("lastIndexOf b", s.lastIndexOf("b"));
        p("lastIndexOf zz", s.lastIndexOf("zz"));
        p("lastIndexOf empty", s.lastIndexOf(""));
        p("lastIndexOf 'a'", s.lastIndexOf('a'));
        p("lastIndexOf 'z'", s.lastIndexOf('z'));
        p("lastIndexOf 97", s.lastIndexOf(97));
        p("lastIndexOf -1", s.lastIndexOf(-1));
        p("lastIndexOf 0x110000", s.lastIndexOf(0x110000));
        p("sur lastIndexOf U+1F600", sur.lastIndexOf(0x1F600));
        p("sur lastIndexOf 0xDE00", sur.lastIndexOf(0xDE00));
        p("sur indexOf 0xD83D,2", sur.indexOf(0xD83D, 2));
        p("sur indexOf hi-lo str", sur.indexOf("\uD83D\uDE00", 2));
        p("sur lastIndexOf lone lo", sur.lastIndexOf("\uDE00"));
        p("indexOf -5,0", s.indexOf(-5, 0));
        String u = "\u00e9\u4e2d\u00e9";
        p("u indexOf e-acute,1", u.indexOf('\u00e9', 1));
        p("u lastIndexOf cjk", u.lastIndexOf("\u4e2d"));
        b("u contains cjk", u.contains("\u4e2d\u00e9"));
        b("u startsWith cjk,1", u.startsWith("\u4e2d", 1));
    }
}
