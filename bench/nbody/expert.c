/* N-body (all pairs), expert C: structure of arrays, the bodies split over
 * every core (OpenMP), and each thread computing a block of 16 bodies i at
 * once across SIMD lanes while it walks j: each body still sums its pulls
 * in the order j = 0, 1, ..., n-1, with Java's float operations
 * (-ffp-contract=off; -fno-math-errno lets sqrtf vectorise, and it is
 * correctly rounded, as (float) Math.sqrt of a float is), so the positions
 * are the same bits as the JVM's.
 * usage: expert n steps */
#include "../common/bench.h"
#include <math.h>

#define B 16

int main(int argc, char **argv) {
    int n = arg_int(argc, argv, 1, 4096), steps = arg_int(argc, argv, 2, 3);
    size_t bytes = sizeof(float) * (size_t)(n + B);
    float *px = xalloc(bytes), *py = xalloc(bytes), *pz = xalloc(bytes), *m = xalloc(bytes);
    float *vx = xalloc(bytes), *vy = xalloc(bytes), *vz = xalloc(bytes);
    float *ax = xalloc(bytes), *ay = xalloc(bytes), *az = xalloc(bytes);
    for (int i = 0; i < n + B; i++) {
        int in = i < n;
        px[i] = in ? rnd(4 * i) * 2.0f - 1.0f : 0.0f;
        py[i] = in ? rnd(4 * i + 1) * 2.0f - 1.0f : 0.0f;
        pz[i] = in ? rnd(4 * i + 2) * 2.0f - 1.0f : 0.0f;
        m[i] = in ? (0.5f + rnd(4 * i + 3)) / (float)n : 0.0f;
        vx[i] = vy[i] = vz[i] = 0.0f;
    }
    const float eps2 = 0.0001f, dt = 0.001f;
    for (int s = 0; s < steps; s++) {
        double t0 = now_ms();
#pragma omp parallel for schedule(static)
        for (int i0 = 0; i0 < n; i0 += B) {
            float xi[B], yi[B], zi[B], sx[B] = {0}, sy[B] = {0}, sz[B] = {0};
            for (int l = 0; l < B; l++) { xi[l] = px[i0 + l]; yi[l] = py[i0 + l]; zi[l] = pz[i0 + l]; }
            for (int j = 0; j < n; j++) {
                const float xj = px[j], yj = py[j], zj = pz[j], mj = m[j];
#pragma omp simd
                for (int l = 0; l < B; l++) {
                    float dx = xj - xi[l], dy = yj - yi[l], dz = zj - zi[l];
                    float d2 = dx * dx + dy * dy + dz * dz + eps2;
                    float f = mj / (d2 * sqrtf(d2));
                    sx[l] += dx * f;
                    sy[l] += dy * f;
                    sz[l] += dz * f;
                }
            }
            for (int l = 0; l < B; l++) { ax[i0 + l] = sx[l]; ay[i0 + l] = sy[l]; az[i0 + l] = sz[l]; }
        }
        for (int i = 0; i < n; i++) {
            vx[i] += ax[i] * dt;
            vy[i] += ay[i] * dt;
            vz[i] += az[i] * dt;
            px[i] += vx[i] * dt;
            py[i] += vy[i] * dt;
            pz[i] += vz[i] * dt;
        }
        printf("time_ms %.4f\n", now_ms() - t0);
    }
    int32_t h = 0;
    for (int i = 0; i < n; i++) { h = hash_f(h, px[i]); h = hash_f(h, py[i]); h = hash_f(h, pz[i]); }
    printf("result positions %d\n", h);
    return 0;
}
