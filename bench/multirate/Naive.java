// A multi-rate DSP chain on int samples, naive Java: each stage a loop
// over the previous stage's array, as a DSP chain is first written:
//   decimate 2:1   d[m] = (x[2m] + x[2m+1]) >> 1           (2-tap averaging FIR)
//   resample 3:2   r[2m] = d[3m], r[2m+1] = (d[3m+1] + d[3m+2]) >> 1
//   interpolate 1:2 (zero-order hold)  u[2m] = u[2m+1] = r[m]
//   gain           out[m] = clip(3 u[m], -LIMIT, LIMIT)
// Java's wrapping int arithmetic; a stage with a partial frame at the end
// drops it (as Lime's tail rule: n / 2 decimator outputs, then whole
// triples of those).  usage: Naive n reps
// Prints `time_ms` per repetition (the chain only) and one `result` line
// that every version of this benchmark must print identically.
public class Naive {
    static final int LIMIT = 60000;

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), reps = Integer.parseInt(args[1]);
        int[] in = new int[n];
        for (int i = 0; i < n; i++) in[i] = (int) (Rnd.rnd(i) * 65536.0f) - 32768;
        int[] out = new int[0];
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            int[] d = new int[n / 2];
            for (int m = 0; m < d.length; m++) d[m] = (in[2 * m] + in[2 * m + 1]) >> 1;
            int[] rs = new int[d.length / 3 * 2];
            for (int m = 0; m < d.length / 3; m++) {
                rs[2 * m] = d[3 * m];
                rs[2 * m + 1] = (d[3 * m + 1] + d[3 * m + 2]) >> 1;
            }
            int[] u = new int[rs.length * 2];
            for (int m = 0; m < rs.length; m++) {
                u[2 * m] = rs[m];
                u[2 * m + 1] = rs[m];
            }
            out = new int[u.length];
            for (int m = 0; m < u.length; m++) out[m] = Math.max(-LIMIT, Math.min(LIMIT, 3 * u[m]));
            long t1 = System.nanoTime();
            System.out.println("time_ms " + (t1 - t0) / 1e6);
        }
        int h = 0;
        long sum = 0;
        for (int v : out) { h = 31 * h + v; sum += v; }
        System.out.println("result hash " + h + " sum " + sum + " count " + out.length);
    }
}
