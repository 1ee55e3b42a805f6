// Black-Scholes, naive Java: the call and put price of n European options
// in double (the cumulative normal by the Abramowitz-Stegun polynomial).
// usage: Naive n reps
// Prints `time_ms` per repetition (the pricing only) and one `result` line
// (the sums of the prices in cents) that every version of this benchmark
// must print identically.
public class Naive {
    static double cnd(double x) {
        double l = Math.abs(x);
        double k = 1.0 / (1.0 + 0.2316419 * l);
        double poly = k * (0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
        double w = 1.0 - 0.3989422804014327 * Math.exp(-0.5 * l * l) * poly;
        return x < 0 ? 1.0 - w : w;
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), reps = Integer.parseInt(args[1]);
        double[] s = new double[n], k = new double[n], t = new double[n];
        double[] call = new double[n], put = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 10.0f + 90.0f * Rnd.rnd(3 * i);
            k[i] = 10.0f + 90.0f * Rnd.rnd(3 * i + 1);
            t[i] = 0.25f + 2.0f * Rnd.rnd(3 * i + 2);
        }
        double r = 0.02, v = 0.30;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                double sqrtT = Math.sqrt(t[i]);
                double d1 = (Math.log(s[i] / k[i]) + (r + 0.5 * v * v) * t[i]) / (v * sqrtT);
                double d2 = d1 - v * sqrtT;
                double disc = k[i] * Math.exp(-r * t[i]);
                call[i] = s[i] * cnd(d1) - disc * cnd(d2);
                put[i] = disc * cnd(-d2) - s[i] * cnd(-d1);
            }
            long t1 = System.nanoTime();
            System.out.println("time_ms " + (t1 - t0) / 1e6);
        }
        double sc = 0, sp = 0;
        for (int i = 0; i < n; i++) { sc += call[i]; sp += put[i]; }
        System.out.println("result calls " + Math.round(sc * 100) + " puts " + Math.round(sp * 100));
    }
}
