// N-body (all pairs), naive Java: n bodies in float, `steps` time steps; each
// step computes every body's acceleration from all n bodies (softened:
// d2 = |r_j - r_i|^2 + eps2), then updates velocities and positions.
// usage: Naive n steps
// Prints `time_ms` per step and one `result` line (a hash of the final
// positions' bits) that every version of this benchmark must print
// identically.  (Nbody.java beside it is the Benchmarks Game's 5-body
// program of bench/run.sh, a different benchmark.)
public class Naive {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), steps = Integer.parseInt(args[1]);
        float[] px = new float[n], py = new float[n], pz = new float[n], m = new float[n];
        float[] vx = new float[n], vy = new float[n], vz = new float[n];
        float[] ax = new float[n], ay = new float[n], az = new float[n];
        for (int i = 0; i < n; i++) {
            px[i] = Rnd.rnd(4 * i) * 2.0f - 1.0f;
            py[i] = Rnd.rnd(4 * i + 1) * 2.0f - 1.0f;
            pz[i] = Rnd.rnd(4 * i + 2) * 2.0f - 1.0f;
            m[i] = (0.5f + Rnd.rnd(4 * i + 3)) / n;
        }
        float eps2 = 0.0001f, dt = 0.001f;
        for (int s = 0; s < steps; s++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                float sx = 0.0f, sy = 0.0f, sz = 0.0f;
                for (int j = 0; j < n; j++) {
                    float dx = px[j] - px[i], dy = py[j] - py[i], dz = pz[j] - pz[i];
                    float d2 = dx * dx + dy * dy + dz * dz + eps2;
                    float f = m[j] / (d2 * (float) Math.sqrt(d2));
                    sx += dx * f;
                    sy += dy * f;
                    sz += dz * f;
                }
                ax[i] = sx;
                ay[i] = sy;
                az[i] = sz;
            }
            for (int i = 0; i < n; i++) {
                vx[i] += ax[i] * dt;
                vy[i] += ay[i] * dt;
                vz[i] += az[i] * dt;
                px[i] += vx[i] * dt;
                py[i] += vy[i] * dt;
                pz[i] += vz[i] * dt;
            }
            long t1 = System.nanoTime();
            System.out.println("time_ms " + (t1 - t0) / 1e6);
        }
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + Float.floatToIntBits(px[i]);
            h = 31 * h + Float.floatToIntBits(py[i]);
            h = 31 * h + Float.floatToIntBits(pz[i]);
        }
        System.out.println("result positions " + h);
    }
}
