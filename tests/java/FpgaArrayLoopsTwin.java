// The plain-Java twin of tests/lime/FpgaArrayLoops.lime: the same methods
// on plain arrays and a final class, each map a loop.
// FpgaArrayLoopsTwin.expected is tests/lime/FpgaArrayLoops.expected.
public class FpgaArrayLoopsTwin {
    static final class Vec {
        final float x, y, z;
        Vec(float x, float y, float z) { this.x = x; this.y = y; this.z = z; }
    }

    static float cell(int p, float[] a, float[] b, int n) {
        int i = p / n, j = p % n;
        float s = 0.0f;
        for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
        return s;
    }

    static Vec accel(int i, float[] px, float[] py, float[] m, float eps2) {
        float xi = px[i], yi = py[i];
        float sx = 0.0f, sy = 0.0f;
        for (int j = 0; j < px.length; j++) {
            float dx = px[j] - xi, dy = py[j] - yi;
            float d2 = dx * dx + dy * dy + eps2;
            float f = m[j] * d2;   // the benchmark's m[j] / (d2 * sqrt(d2)): a divider and a square root
            sx += dx * f;
            sy += dy * f;
        }
        return new Vec(sx, sy, px.length);
    }

    static float fill(int i) { return ((i * 7919 + 13) % 1000) / 1000.0f - 0.5f; }

    public static void main(String[] args) {
        for (int n : new int[] {1, 3, 5}) {
            float[] a = new float[n * n], b = new float[n * n];
            for (int i = 0; i < n * n; i++) { a[i] = fill(i); b[i] = fill(n * n + i); }
            String s = "";
            for (int p = 0; p < n * n; p++) s += cell(p, a, b, n) + " ";
            System.out.println("matmul " + n + ": " + s);
        }
        int n = 7;
        float[] x = new float[n], y = new float[n], mass = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = fill(4 * i) * 2.0f;
            y[i] = fill(4 * i + 1) * 2.0f;
            mass[i] = (0.5f + fill(4 * i + 3)) / n;
        }
        for (int i = 0; i < n; i++) {
            Vec v = accel(i, x, y, mass, 0.0001f);
            System.out.println("accel " + v.x + " " + v.y + " " + v.z);
        }
    }
}
