public class StringBytes {
    static void show(byte[] b) {
        String r = "";
        for (int i = 0; i < b.length; i++) r = r + b[i] + " ";
        System.out.println(b.length + ": " + r);
    }
    static String hex(String s) {
        String r = "";
        for (int i = 0; i < s.length(); i++) r = r + Integer.toHexString(s.charAt(i)) + " ";
        return r;
    }
    public static void main(String[] args) {
        show("hello".getBytes());
        show("héllo wörld €".getBytes());
        show("a\ud800b\udc00\ud83d\ude00\u0000".getBytes());
        show("".getBytes());
        System.out.println(new String("ünïcödé 😀".getBytes()));
        int[][] seqs = {{0xED, 0xA0, 0x80}, {0xE0, 0x80, 0x80}, {0xE0, 0xA0}, {0xF0, 0x90, 0x80}, {0xF4, 0x90, 0x80, 0x80},
            {0xC0, 0x80}, {0xC2}, {0xE1, 0x80, 0x41}, {0xF0, 0x80, 0x80, 0x80}, {0xFF, 0x41}, {0x80, 0x41},
            {0xF1, 0x80, 0x80, 0x41}, {0xF1, 0x80, 0x41}, {0xF1, 0x41}, {0xE1, 0x41}, {0xF8, 0x88, 0x80, 0x80, 0x80},
            {0xF0, 0x9F, 0x98, 0x80}, {0xE1, 0x80}, {0xF1, 0x80, 0x80}, {0xED, 0x9F, 0xBF}, {0xEF, 0xBF, 0xBF},
            {0xF4, 0x8F, 0xBF, 0xBF}, {0xC2, 0xC2, 0x80}, {0xE0, 0x9F, 0x80}, {0xF0, 0x8F, 0x80, 0x80}, {0xF5, 0x80},
            {0xED, 0xA0}, {0xED, 0xBF, 0x41}, {0xE0, 0x9F}, {0xF0, 0x8F}, {0xF4, 0x90}, {0xF7, 0xBF, 0xBF, 0xBF},
            {0xF0, 0x90, 0x41, 0x80}, {0xE0, 0xA0, 0x80, 0xC3}, {0x41, 0xC3, 0xA9, 0x42}};
        for (int i = 0; i < seqs.length; i++) {
            byte[] b = new byte[seqs[i].length];
            for (int j = 0; j < b.length; j++) b[j] = (byte) seqs[i][j];
            System.out.println(hex(new String(b)));
        }
        long seed = 7;
        int bad = 0;
        String acc = "";
        for (int k = 0; k < 2000; k++) {
            byte[] b = new byte[6];
            for (int j = 0; j < 6; j++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int v = (int) (seed >>> 56);
                b[j] = (byte) (v < 64 ? 0x80 + v : v < 96 ? 0xE0 + v % 16 : v < 112 ? 0xF0 + v % 8 : v < 128 ? 0xC0 + v % 32 : v);
            }
            acc = acc + new String(b) + "|";
            if (acc.length() > 400) {
                System.out.println(acc.hashCode());
                acc = "";
            }
        }
        byte[] part = "abcdef".getBytes();
        System.out.println(new String(part, 1, 3) + new String(part, 6, 0));
    }
}
