public class LabeledLoops {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
            System.out.println("never printed");
        }
        System.out.println();
        int found = -1;
        search:
        for (int i = 2; i < 100; i++) {
            for (int d = 2; d * d <= i; d++) {
                if (i % d == 0) continue search;
            }
            if (i > 50) { found = i; break search; }
        }
        System.out.println("first prime > 50: " + found);
        int n = 0;
        a:
        while (true) {
            b:
            do {
                n++;
                if (n % 3 == 0) continue a;
                if (n > 10) break a;
                if (n % 2 == 0) break b;
                System.out.print("n" + n + " ");
            } while (true);
            System.out.print("after-b ");
        }
        System.out.println();
        int[][] m = { { 1, 2, 3 }, { 4, -5, 6 }, { 7, 8, 9 } };
        int ri = -1, ci = -1;
        find:
        for (int r = 0; r < m.length; r++)
            for (int c = 0; c < m[r].length; c++)
                if (m[r][c] < 0) { ri = r; ci = c; break find; }
        System.out.println("negative at " + ri + "," + ci);
        block:
        {
            System.out.println("in block");
            if (ri == 1) break block;
            System.out.println("not reached");
        }
        System.out.println("after block");
        int total = 0;
        l1:
        for (int i = 0; i < 4; i++) {
            l2:
            for (int j = 0; j < 4; j++) {
                l3:
                for (int k = 0; k < 4; k++) {
                    if (k == 2) continue l2;
                    if (j == 2) continue l1;
                    if (i == 3) break l1;
                    total += i * 100 + j * 10 + k;
                }
            }
        }
        System.out.println("total " + total);
        int s = 0;
        lbl:
        for (int v : new int[] { 1, 2, 3, 4, 5 }) {
            switch (v) {
                case 2:
                    continue lbl;
                case 4:
                    break lbl;
                default:
                    s += v;
            }
        }
        System.out.println("s " + s);
        int[][] tri = new int[6][];
        fill:
        for (int r = 0; r < tri.length; r++) {
            tri[r] = new int[r + 1];
            for (int c = 0; c <= r; c++) {
                tri[r][c] = c == 0 || c == r ? 1 : tri[r - 1][c - 1] + tri[r - 1][c];
                if (tri[r][c] > 9) continue fill;
            }
        }
        for (int[] row : tri) {
            String line = "";
            for (int v : row) line += v + " ";
            System.out.println("row: " + line);
        }
        int pairs = 0;
        pairs:
        for (int i = 1; i <= 6; i++) {
            int j = 0;
            while (true) {
                j++;
                if (j > i) continue pairs;
                if (i + j == 9) break pairs;
                if ((i * j) % 2 == 0) continue;
                pairs++;
                System.out.println("odd pair " + i + "," + j);
            }
        }
        System.out.println("pairs " + pairs);
        x: y: for (int i = 0; i < 3; i++) { if (i == 1) break x; System.out.println("xy " + i); }
    }
}
