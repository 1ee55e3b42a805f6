// Integer stream pipeline, naive Java: each sample of a stream of n ints
// passes through an 8-tap FIR filter, a delta (x minus the previous FIR
// output) and a clip to [-LIMIT, LIMIT], in order, with Java's wrapping int
// arithmetic.  usage: Naive n reps
// Prints `time_ms` per repetition (the pipeline only) and one `result` line
// (a hash and the sum of the outputs) that every version of this benchmark
// must print identically (bench/fpga/stream_pipeline.v included).
public class Naive {
    static final int LIMIT = 300000;


    static class Fir {
        final int[] c = {-1, 3, 7, 12, 12, 7, 3, -1};
        final int[] h = new int[8];
        int step(int x) {
            for (int k = h.length - 1; k > 0; k--) h[k] = h[k - 1];
            h[0] = x;
            int y = 0;
            for (int k = 0; k < c.length; k++) y += c[k] * h[k];
            return y;
        }
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), reps = Integer.parseInt(args[1]);
        int[] in = new int[n], out = new int[n];
        for (int i = 0; i < n; i++) in[i] = (int) (Rnd.rnd(i) * 65536.0f) - 32768;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            Fir fir = new Fir();
            int prev = 0;
            for (int i = 0; i < n; i++) {
                int f = fir.step(in[i]);
                int d = f - prev;
                prev = f;
                out[i] = Math.max(-LIMIT, Math.min(LIMIT, d));
            }
            long t1 = System.nanoTime();
            System.out.println("time_ms " + (t1 - t0) / 1e6);
        }
        int h = 0;
        long sum = 0;
        for (int v : out) { h = 31 * h + v; sum += v; }
        System.out.println("result hash " + h + " sum " + sum);
    }
}
