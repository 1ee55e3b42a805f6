public class ArraysMulti {
    public static void main(String[] args) {
        int[][] g = new int[3][4];
        System.out.println(g.length + " " + g[0].length);
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                g[i][j] = i * 10 + j;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) System.out.print(g[i][j] + " ");
            System.out.println();
        }
        int[][] tri = new int[5][];
        for (int i = 0; i < tri.length; i++) {
            tri[i] = new int[i + 1];
            tri[i][0] = 1;
            tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        for (int[] row : tri) {
            for (int v : row) System.out.print(v + " ");
            System.out.println();
        }
        System.out.println(tri[4].length);
        int[][] lit = { { 1, 2 }, { 3, 4, 5 }, {}, { 6 } };
        for (int i = 0; i < lit.length; i++) System.out.println("row " + i + " len " + lit[i].length);
        int[][] lit2 = new int[][] { { 9, 8 }, { 7 } };
        System.out.println(lit2[0][1] + lit2[1][0]);
        int[][][] cube = new int[2][3][4];
        int c = 0;
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 4; k++) cube[i][j][k] = c++;
        System.out.println(cube[1][2][3] + " " + cube[0][1][2] + " " + cube.length + cube[0].length + cube[1][1].length);
        int[][][] partial = new int[2][2][];
        System.out.println(partial[1][1] == null);
        partial[1][1] = new int[] { 42 };
        System.out.println(partial[1][1][0]);
        double[][] dm = new double[2][2];
        dm[0][0] = 1.5;
        dm[1][1] = dm[0][0] * 2;
        System.out.println(dm[0][0] + dm[0][1] + dm[1][0] + dm[1][1]);
        char[][] board = new char[3][3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) board[i][j] = (i + j) % 2 == 0 ? 'X' : 'O';
        for (char[] row : board) System.out.println(row);
        String[][] names = { { "a", "b" }, { "c" } };
        System.out.println(names[0][1] + names[1][0]);
        long[][] ll = new long[2][];
        ll[0] = new long[] { 1L << 40 };
        System.out.println(ll[0][0] + " " + (ll[1] == null));
        int[][] swap = { { 1 }, { 2 } };
        int[] tmp = swap[0];
        swap[0] = swap[1];
        swap[1] = tmp;
        System.out.println(swap[0][0] + "" + swap[1][0]);
        int[][] jag = new int[3][];
        jag[0] = new int[0];
        jag[1] = new int[2];
        jag[2] = jag[1];
        jag[2][1] = 77;
        System.out.println(jag[1][1]);
        boolean[][][][] b4 = new boolean[2][2][2][2];
        b4[1][0][1][0] = true;
        int cnt = 0;
        for (boolean[][][] x : b4) for (boolean[][] y : x) for (boolean[] z : y) for (boolean w : z) if (!w) cnt++;
        System.out.println("false count " + cnt);
        int[] dims = { 2, 3 };
        byte[][] bb = new byte[dims[0]][dims[1]];
        bb[1][2] = (byte) 255;
        System.out.println(bb[1][2]);
    }
}
