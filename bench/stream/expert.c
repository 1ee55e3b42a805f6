/* Integer stream pipeline, expert C.  The pipeline looks sequential (two
 * stateful filters), but its state is short: FIR output i depends on
 * samples i-7..i only, and the delta on FIR outputs i and i-1.  So the
 * stream is split into one block per core (OpenMP), each block computes its
 * FIR outputs from its own samples and the 7 before it (zeros before the
 * stream starts, as the filter's history is zero), and every loop is a
 * plain loop over independent items that vectorises.  Java's wrapping int
 * arithmetic: products and sums in uint32_t.  usage: expert n reps */
#include "../common/bench.h"

#define TAPS 8
#define LIMIT 300000

static const int32_t coef[TAPS] = {-1, 3, 7, 12, 12, 7, 3, -1};

int main(int argc, char **argv) {
    int n = arg_int(argc, argv, 1, 10000000), reps = arg_int(argc, argv, 2, 3);
    /* TAPS zeros ahead of the samples: x[i] is sample i - TAPS */
    int32_t *x = xalloc(sizeof(int32_t) * (size_t)(n + TAPS));
    int32_t *fir = xalloc(sizeof(int32_t) * (size_t)(n + 1)); /* fir[i + 1] is FIR output i; fir[0] = 0 */
    int32_t *out = xalloc(sizeof(int32_t) * (size_t)n);
    for (int i = 0; i < TAPS; i++) x[i] = 0;
    for (int i = 0; i < n; i++) x[TAPS + i] = (int32_t)(rnd(i) * 65536.0f) - 32768;
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
        fir[0] = 0;
#pragma omp parallel
        {
#pragma omp for simd schedule(static)
            for (int i = 0; i < n; i++) {
                uint32_t y = 0;
                for (int k = 0; k < TAPS; k++) y += (uint32_t)coef[k] * (uint32_t)x[TAPS + i - k];
                fir[i + 1] = (int32_t)y;
            }
#pragma omp for simd schedule(static)
            for (int i = 0; i < n; i++) {
                int32_t d = (int32_t)((uint32_t)fir[i + 1] - (uint32_t)fir[i]);
                out[i] = d < -LIMIT ? -LIMIT : d > LIMIT ? LIMIT : d;
            }
        }
        printf("time_ms %.4f\n", now_ms() - t0);
    }
    int32_t h = 0;
    long long sum = 0;
    for (int i = 0; i < n; i++) { h = hash_i(h, out[i]); sum += out[i]; }
    printf("result hash %d sum %lld\n", h, sum);
    return 0;
}
