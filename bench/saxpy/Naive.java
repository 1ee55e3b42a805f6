// saxpy + dot, naive Java: z = a * x + y over n floats, then the dot product
// z . x in double.  usage: Naive n reps
// Prints `time_ms` per repetition (the compute only) and one `result` line
// that every version of this benchmark must print identically.
public class Naive {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = Integer.parseInt(args[1]);
        float[] x = new float[n], y = new float[n], z = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = Rnd.rnd(2 * i) - 0.5f;
            y[i] = Rnd.rnd(2 * i + 1) - 0.5f;
        }
        float a = 2.5f;
        double dot = 0;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            dot = 0;
            for (int i = 0; i < n; i++) {
                z[i] = a * x[i] + y[i];
                dot += (double) z[i] * x[i];
            }
            long t1 = System.nanoTime();
            System.out.println("time_ms " + (t1 - t0) / 1e6);
        }
        int h = 0;
        for (int i = 0; i < n; i++) h = 31 * h + Float.floatToIntBits(z[i]);
        System.out.println("result z " + h + " dot " + Math.round(dot));
    }
}
