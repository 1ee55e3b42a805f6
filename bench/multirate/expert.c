/* A multi-rate DSP chain on int samples, expert C: the four stages fused
 * into one loop over whole periods (6 samples in, 4 out: the decimator fires
 * 3 times, the resampler once, the interpolator twice, the gain 4 times),
 * split across the cores (OpenMP) and vectorised; a period's outputs go
 * straight to their place, no intermediate arrays.  Samples past the last
 * whole period are dropped, which is what the stage-by-stage loops of
 * Naive.java give (n / 2 decimator outputs, whole triples of those).  The
 * sums of two samples stay far inside int (samples are 16-bit).
 * usage: expert n reps */
#include "../common/bench.h"

#define LIMIT 60000

static inline int32_t clip3(int32_t x) {
    int32_t v = 3 * x;
    return v < -LIMIT ? -LIMIT : v > LIMIT ? LIMIT : v;
}

int main(int argc, char **argv) {
    int n = arg_int(argc, argv, 1, 12000000), reps = arg_int(argc, argv, 2, 3);
    int32_t *x = xalloc(sizeof(int32_t) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) x[i] = (int32_t)(rnd(i) * 65536.0f) - 32768;
    int periods = n / 2 / 3, count = periods * 4;
    int32_t *out = xalloc(sizeof(int32_t) * (size_t)(count > 0 ? count : 1));
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
#pragma omp parallel for simd schedule(static)
        for (int p = 0; p < periods; p++) {
            const int32_t *s = x + 6 * p;
            int32_t d0 = (s[0] + s[1]) >> 1, d1 = (s[2] + s[3]) >> 1, d2 = (s[4] + s[5]) >> 1;
            int32_t r0 = clip3(d0), r1 = clip3((d1 + d2) >> 1);
            out[4 * p] = r0;
            out[4 * p + 1] = r0;
            out[4 * p + 2] = r1;
            out[4 * p + 3] = r1;
        }
        printf("time_ms %.4f\n", now_ms() - t0);
    }
    int32_t h = 0;
    long long sum = 0;
    for (int i = 0; i < count; i++) { h = hash_i(h, out[i]); sum += out[i]; }
    printf("result hash %d sum %lld count %d\n", h, sum, count);
    return 0;
}
