/* saxpy + dot, expert C: one fused pass over the arrays on every core
 * (OpenMP), z[i] = a * x[i] + y[i] in float with two roundings as Java
 * (built with -ffp-contract=off), and the dot product z . x in double,
 * vectorised and split across threads (`omp simd reduction` reassociates the
 * sum; each product is exact in double, and the result is printed rounded,
 * so the order does not show).  usage: expert n reps */
#include "../common/bench.h"

int main(int argc, char **argv) {
    int n = arg_int(argc, argv, 1, 10000000), reps = arg_int(argc, argv, 2, 3);
    float *restrict x = xalloc(sizeof(float) * (size_t)n);
    float *restrict y = xalloc(sizeof(float) * (size_t)n);
    float *restrict z = xalloc(sizeof(float) * (size_t)n);
#pragma omp parallel for schedule(static)
    for (int i = 0; i < n; i++) {
        x[i] = rnd(2 * i) - 0.5f;
        y[i] = rnd(2 * i + 1) - 0.5f;
    }
    const float a = 2.5f;
    double dot = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
        double d = 0;
#pragma omp parallel for simd schedule(static) reduction(+ : d)
        for (int i = 0; i < n; i++) {
            float v = a * x[i] + y[i];
            z[i] = v;
            d += (double)v * (double)x[i];
        }
        dot = d;
        printf("time_ms %.4f\n", now_ms() - t0);
    }
    int32_t h = 0;
    for (int i = 0; i < n; i++) h = hash_f(h, z[i]);
    printf("result z %d dot %lld\n", h, java_round(dot));
    return 0;
}
