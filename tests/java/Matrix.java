public class Matrix {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a[i][p] * b[p][j];
                c[i][j] = s;
            }
        return c;
    }
    static int[][] mulInt(int[][] a, int[][] b) {
        int n = a.length;
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int p = 0; p < n; p++) c[i][j] += a[i][p] * b[p][j];
        return c;
    }
    static void print(double[][] m) {
        for (double[] row : m) {
            String s = "";
            for (double v : row) s += v + " ";
            System.out.println(s);
        }
    }
    static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }
    static long[][] matPow(long[][] m, int e) {
        long[][] r = { { 1, 0 }, { 0, 1 } };
        while (e > 0) {
            if ((e & 1) == 1) r = mul2(r, m);
            m = mul2(m, m);
            e >>= 1;
        }
        return r;
    }
    static long[][] mul2(long[][] a, long[][] b) {
        long[][] c = new long[2][2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++) c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
        return c;
    }
    public static void main(String[] args) {
        double[][] a = { { 1, 2, 3 }, { 4, 5, 6 } };
        double[][] b = { { 7, 8 }, { 9, 10 }, { 11, 12 } };
        print(multiply(a, b));
        print(multiply(b, a));
        double[][] id = new double[3][3];
        for (int i = 0; i < 3; i++) id[i][i] = 1;
        print(multiply(b, new double[][] { { 0.5, 0 }, { 0, 0.25 } }));
        print(multiply(id, b));
        int n = 6;
        int[][] m = new int[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i][j] = (i * 7 + j * 3) % 10 - 4;
        int[][] sq = mulInt(m, m);
        int[][] cube = mulInt(sq, m);
        for (int[] row : cube) {
            String s = "";
            for (int v : row) s += v + "\t";
            System.out.println(s);
        }
        int[][] t = transpose(new int[][] { { 1, 2, 3 }, { 4, 5, 6 } });
        for (int[] row : t) System.out.println(row[0] + " " + row[1]);
        long[][] fib = matPow(new long[][] { { 1, 1 }, { 1, 0 } }, 90);
        System.out.println("fib(90) = " + fib[0][1]);
        int size = 60;
        double[][] h = new double[size][size];
        for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) h[i][j] = 1.0 / (i + j + 1);
        double[][] hh = multiply(h, h);
        double trace = 0;
        for (int i = 0; i < size; i++) trace += hh[i][i];
        System.out.println("trace " + trace);
        System.out.println("corner " + hh[0][0] + " " + hh[size - 1][size - 1]);
    }
}
