// Mandelbrot, naive Java: the iteration count of every point of a w x h grid
// over [-2.5, 1] x [-1.25, 1.25], in float, at most maxIter iterations.
// usage: Naive w h maxIter reps
// Prints `time_ms` per repetition (the compute only) and one `result` line
// that every version of this benchmark must print identically.
public class Naive {
    public static void main(String[] args) {
        int w = Integer.parseInt(args[0]), h = Integer.parseInt(args[1]);
        int maxIter = Integer.parseInt(args[2]), reps = Integer.parseInt(args[3]);
        int[] count = new int[w * h];
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            for (int py = 0; py < h; py++) {
                for (int px = 0; px < w; px++) {
                    float cx = -2.5f + px * (3.5f / w);
                    float cy = -1.25f + py * (2.5f / h);
                    float x = 0.0f, y = 0.0f;
                    int it = 0;
                    while (it < maxIter) {
                        float xx = x * x, yy = y * y;
                        if (xx + yy > 4.0f) break;
                        y = 2.0f * x * y + cy;
                        x = xx - yy + cx;
                        it++;
                    }
                    count[py * w + px] = it;
                }
            }
            long t1 = System.nanoTime();
            System.out.println("time_ms " + (t1 - t0) / 1e6);
        }
        int hash = 0;
        long total = 0;
        for (int v : count) { hash = 31 * hash + v; total += v; }
        System.out.println("result hash " + hash + " iterations " + total);
    }
}
