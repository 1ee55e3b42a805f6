import java.util.Arrays;

public class Matrix {
    private final double[][] a;
    final int rows, cols;

    Matrix(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.a = new double[rows][cols];
    }

    Matrix(double[][] data) {
        this(data.length, data[0].length);
        for (int i = 0; i < rows; i++) a[i] = Arrays.copyOf(data[i], cols);
    }

    static Matrix identity(int n) {
        Matrix m = new Matrix(n, n);
        for (int i = 0; i < n; i++) m.a[i][i] = 1;
        return m;
    }

    Matrix times(Matrix o) {
        if (cols != o.rows) throw new ArithmeticException("dimension mismatch " + rows + "x" + cols + " * " + o.rows + "x" + o.cols);
        Matrix r = new Matrix(rows, o.cols);
        for (int i = 0; i < rows; i++)
            for (int k = 0; k < cols; k++)
                for (int j = 0; j < o.cols; j++)
                    r.a[i][j] += a[i][k] * o.a[k][j];
        return r;
    }

    Matrix transpose() {
        Matrix t = new Matrix(cols, rows);
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) t.a[j][i] = a[i][j];
        return t;
    }

    /** Gaussian elimination with partial pivoting; solves this * x = b. */
    double[] solve(double[] b) {
        int n = rows;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) piv = r;
            if (Math.abs(m[piv][col]) < 1e-12) throw new ArithmeticException("singular matrix");
            double[] tmp = m[col]; m[col] = m[piv]; m[piv] = tmp;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) m[r][c] -= f * m[col][c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) s -= m[r][c] * x[c];
            x[r] = s / m[r][r];
        }
        return x;
    }

    double determinant() {
        if (rows == 1) return a[0][0];
        double det = 0;
        for (int c = 0; c < cols; c++) {
            Matrix minor = new Matrix(rows - 1, cols - 1);
            for (int i = 1; i < rows; i++)
                for (int j = 0, k = 0; j < cols; j++)
                    if (j != c) minor.a[i - 1][k++] = a[i][j];
            det += (c % 2 == 0 ? 1 : -1) * a[0][c] * minor.determinant();
        }
        return det;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (double[] row : a) {
            for (double v : row) sb.append(String.format("%9.3f", v));
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Matrix m = new Matrix(new double[][] { { 2, 1, -1 }, { -3, -1, 2 }, { -2, 1, 2 } });
        double[] x = m.solve(new double[] { 8, -11, -3 });
        System.out.println("solution: " + Arrays.toString(x));
        System.out.print(m.times(m.transpose()));
        System.out.println("det = " + m.determinant());
        System.out.println(m.times(identity(3)).toString().equals(m.toString()));
        Matrix hilbert = new Matrix(4, 4);
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) hilbert.a[i][j] = 1.0 / (i + j + 1);
        System.out.println(Arrays.toString(hilbert.solve(new double[] { 1, 1, 1, 1 })));
        System.out.println("hilbert det = " + hilbert.determinant());
        try {
            m.times(new Matrix(2, 2));
        } catch (ArithmeticException e) {
            System.out.println("error: " + e.getMessage());
        }
        try {
            new Matrix(new double[][] { { 1, 2 }, { 2, 4 } }).solve(new double[] { 1, 2 });
        } catch (ArithmeticException e) {
            System.out.println("error: " + e.getMessage());
        }
        System.out.println(1.0 / 3 + " " + 2.0 / 3 + " " + 100.0 + " " + 1e-5 + " " + 1.0e21 + " " + (float) 0.1 + " " + Double.MAX_VALUE + " " + Double.MIN_VALUE);
    }
}
