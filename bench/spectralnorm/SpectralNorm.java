// Spectral norm (Computer Language Benchmarks Game): the largest singular
// value of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1),
// truncated to n x n, by 10 rounds of the power method on A^T A.
// Plain Java within Lime's L1 subset.
// Usage: SpectralNorm [n]   (default 2000)

public class SpectralNorm {
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    // out = A v
    static void mulAv(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
            out[i] = sum;
        }
    }

    // out = A^T v
    static void mulAtv(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += a(j, i) * v[j];
            out[i] = sum;
        }
    }

    // out = A^T A v
    static void mulAtAv(double[] v, double[] out, double[] tmp) {
        mulAv(v, tmp);
        mulAtv(tmp, out);
    }

    static String fixed9(double v) {
        long r = Math.round(v * 1e9);
        String sign = "";
        if (r < 0) {
            sign = "-";
            r = -r;
        }
        String frac = "" + (r % 1000000000L);
        while (frac.length() < 9) frac = "0" + frac;
        return sign + (r / 1000000000L) + "." + frac;
    }

    public static void main(String[] args) {
        int n = 2000;
        if (args.length > 0) n = Integer.parseInt(args[0]);
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1;
        for (int round = 0; round < 10; round++) {
            mulAtAv(u, v, tmp);
            mulAtAv(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.println(fixed9(Math.sqrt(vBv / vv)));
    }
}
