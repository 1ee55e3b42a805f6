/* Mandelbrot, expert C: rows spread over every core (OpenMP, dynamic
 * schedule: rows inside the set cost more), eight points of a row at a time
 * in SIMD lanes (each lane iterates until its own point escapes; a finished
 * lane's count stops while the others go on), Java's float operations in
 * Java's order (-ffp-contract=off), so the counts are the same.
 * usage: expert w h maxIter reps */
#include "../common/bench.h"

#define LANES 8

int main(int argc, char **argv) {
    int w = arg_int(argc, argv, 1, 1024), h = arg_int(argc, argv, 2, 768);
    int maxIter = arg_int(argc, argv, 3, 256), reps = arg_int(argc, argv, 4, 3);
    int32_t *count = xalloc(sizeof(int32_t) * (size_t)w * (size_t)h);
    const float sx = 3.5f / (float)w, sy = 2.5f / (float)h;
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
#pragma omp parallel for schedule(dynamic, 1)
        for (int py = 0; py < h; py++) {
            const float cy = -1.25f + (float)py * sy;
            for (int px0 = 0; px0 < w; px0 += LANES) {
                float cx[LANES], x[LANES] = {0}, y[LANES] = {0};
                int32_t it[LANES] = {0}, live[LANES];
                for (int l = 0; l < LANES; l++) {
                    cx[l] = -2.5f + (float)(px0 + l) * sx;
                    live[l] = px0 + l < w;
                }
                for (int k = 0; k < maxIter; k++) {
                    int any = 0;
                    for (int l = 0; l < LANES; l++) {
                        float xx = x[l] * x[l], yy = y[l] * y[l];
                        live[l] = live[l] && !(xx + yy > 4.0f);
                        float ny = 2.0f * x[l] * y[l] + cy, nx = xx - yy + cx[l];
                        y[l] = live[l] ? ny : y[l];
                        x[l] = live[l] ? nx : x[l];
                        it[l] += live[l];
                        any |= live[l];
                    }
                    if (!any) break;
                }
                for (int l = 0; l < LANES && px0 + l < w; l++) count[(size_t)py * w + px0 + l] = it[l];
            }
        }
        printf("time_ms %.4f\n", now_ms() - t0);
    }
    int32_t hash = 0;
    long long total = 0;
    for (size_t i = 0; i < (size_t)w * h; i++) { hash = hash_i(hash, count[i]); total += count[i]; }
    printf("result hash %d iterations %lld\n", hash, total);
    return 0;
}
