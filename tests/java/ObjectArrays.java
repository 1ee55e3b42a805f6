class Point {
    int x, y;
    Point(int x, int y) { this.x = x; this.y = y; }
    int dist2() { return x * x + y * y; }
}

public class ObjectArrays {
    static String join(String[] parts, String sep) {
        String r = "";
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) r += sep;
            r += parts[i];
        }
        return r;
    }
    public static void main(String[] args) {
        String[] words = { "alpha", "beta", "gamma", "delta" };
        System.out.println(join(words, ", "));
        String[] empty = new String[3];
        System.out.println(empty[0] == null);
        System.out.println(empty[1]);
        empty[2] = "set";
        System.out.println(join(empty, "|"));
        Point[] pts = new Point[4];
        for (int i = 0; i < pts.length; i++) pts[i] = new Point(i, i * 2);
        int total = 0;
        for (Point p : pts) total += p.dist2();
        System.out.println("total " + total);
        Point[] lit = { new Point(3, 4), null, new Point(-1, -1) };
        for (int i = 0; i < lit.length; i++) {
            if (lit[i] == null) System.out.println(i + ": null");
            else System.out.println(i + ": " + lit[i].x + "," + lit[i].y + " d2=" + lit[i].dist2());
        }
        Point[][] grid = new Point[2][2];
        grid[0][1] = new Point(5, 6);
        grid[1][0] = grid[0][1];
        grid[1][0].x = 50;
        System.out.println(grid[0][1].x);
        System.out.println(grid[0][0] == null);
        System.out.println(grid[1][0] == grid[0][1]);
        String[] longest = new String[1];
        for (String w : words) if (longest[0] == null || w.length() > longest[0].length()) longest[0] = w;
        System.out.println(longest[0]);
        String[][] table = new String[2][3];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) table[i][j] = "r" + i + "c" + j;
        for (String[] row : table) System.out.println(join(row, " "));
        pts[0].x += 100;
        pts[1].y *= 3;
        pts[2].x++;
        --pts[3].y;
        for (Point p : pts) System.out.println(p.x + " " + p.y);
        Point[] none = new Point[2];
        System.out.println(none.length + " " + (none[0] == null));
    }
}
