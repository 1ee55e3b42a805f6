// Matrix multiply, naive Java: C = A x B for n x n float matrices, the
// textbook triple loop (i, j, k), each C[i][j] summed over k in order.
// usage: Naive n reps
// Prints `time_ms` per repetition (the multiply only) and one `result` line
// (a hash of C's bits) that every version of this benchmark must print
// identically.
public class Naive {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), reps = Integer.parseInt(args[1]);
        float[][] a = new float[n][n], b = new float[n][n], c = new float[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                a[i][j] = Rnd.rnd(i * n + j) - 0.5f;
                b[i][j] = Rnd.rnd(n * n + i * n + j) - 0.5f;
            }
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) {
                    float s = 0.0f;
                    for (int k = 0; k < n; k++) s += a[i][k] * b[k][j];
                    c[i][j] = s;
                }
            long t1 = System.nanoTime();
            System.out.println("time_ms " + (t1 - t0) / 1e6);
        }
        int h = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) h = 31 * h + Float.floatToIntBits(c[i][j]);
        System.out.println("result c " + h);
    }
}
