import java.text.DecimalFormat;
import java.text.NumberFormat;

public class SpectralNorm {
    private static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    private static void multiplyAv(double[] v, double[] av) {
        for (int i = 0; i < v.length; i++) {
            av[i] = 0;
            for (int j = 0; j < v.length; j++) av[i] += a(i, j) * v[j];
        }
    }

    private static void multiplyAtv(double[] v, double[] atv) {
        for (int i = 0; i < v.length; i++) {
            atv[i] = 0;
            for (int j = 0; j < v.length; j++) atv[i] += a(j, i) * v[j];
        }
    }

    private static void multiplyAtAv(double[] v, double[] out) {
        double[] u = new double[v.length];
        multiplyAv(v, u);
        multiplyAtv(u, out);
    }

    public static double approximate(int n) {
        double[] u = new double[n];
        double[] v = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(u, v);
            multiplyAtAv(v, u);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        return Math.sqrt(vBv / vv);
    }

    public static void main(String[] args) {
        NumberFormat formatter = new DecimalFormat("#.000000000");
        for (int n : new int[] { 10, 50, 100, 200 }) {
            System.out.println(n + " " + formatter.format(approximate(n)));
        }
    }
}
