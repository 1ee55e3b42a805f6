public class ExLevenshtein {
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }

    static String lcs(String a, String b) {
        int[][] L = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--)
            for (int j = b.length() - 1; j >= 0; j--)
                L[i][j] = a.charAt(i) == b.charAt(j) ? 1 + L[i + 1][j + 1] : Math.max(L[i + 1][j], L[i][j + 1]);
        StringBuilder sb = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; }
            else if (L[i + 1][j] >= L[i][j + 1]) i++;
            else j++;
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[][] pairs = {
            { "kitten", "sitting" }, { "rosettacode", "raisethysword" }, { "", "abc" },
            { "saturday", "sunday" }, { "thisisatest", "testing123testing" }, { "ABCBDAB", "BDCABA" },
        };
        for (String[] p : pairs) {
            System.out.println(String.format("%-12s %-18s lev=%d lcs=\"%s\"", p[0], p[1], distance(p[0], p[1]), lcs(p[0], p[1])));
        }
    }
}
