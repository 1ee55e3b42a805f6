/* Black-Scholes, expert C: the options split over every core (OpenMP),
 * the pricing loop vectorised (`omp simd`; built with -fno-math-errno, so
 * GCC can call glibc's vector exp and log), the same formulas as Java in
 * double.  The prices may differ from Java's in the last bit (exp and log
 * are within an ulp, not identical), which the printed sums in cents do not
 * show.  usage: expert n reps */
#include "../common/bench.h"
#include <math.h>

static inline double cnd(double x) {
    double l = fabs(x);
    double k = 1.0 / (1.0 + 0.2316419 * l);
    double poly = k * (0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
    double w = 1.0 - 0.3989422804014327 * exp(-0.5 * l * l) * poly;
    return x < 0 ? 1.0 - w : w;
}

int main(int argc, char **argv) {
    int n = arg_int(argc, argv, 1, 1000000), reps = arg_int(argc, argv, 2, 3);
    double *restrict s = xalloc(sizeof(double) * (size_t)n), *restrict k = xalloc(sizeof(double) * (size_t)n);
    double *restrict t = xalloc(sizeof(double) * (size_t)n);
    double *restrict call = xalloc(sizeof(double) * (size_t)n), *restrict put = xalloc(sizeof(double) * (size_t)n);
#pragma omp parallel for schedule(static)
    for (int i = 0; i < n; i++) {
        s[i] = 10.0f + 90.0f * rnd(3 * i);
        k[i] = 10.0f + 90.0f * rnd(3 * i + 1);
        t[i] = 0.25f + 2.0f * rnd(3 * i + 2);
    }
    const double r = 0.02, v = 0.30;
    for (int rep = 0; rep < reps; rep++) {
        double t0 = now_ms();
#pragma omp parallel for simd schedule(static)
        for (int i = 0; i < n; i++) {
            double sqrtT = sqrt(t[i]);
            double d1 = (log(s[i] / k[i]) + (r + 0.5 * v * v) * t[i]) / (v * sqrtT);
            double d2 = d1 - v * sqrtT;
            double disc = k[i] * exp(-r * t[i]);
            call[i] = s[i] * cnd(d1) - disc * cnd(d2);
            put[i] = disc * cnd(-d2) - s[i] * cnd(-d1);
        }
        printf("time_ms %.4f\n", now_ms() - t0);
    }
    double sc = 0, sp = 0;
    for (int i = 0; i < n; i++) { sc += call[i]; sp += put[i]; }
    printf("result calls %lld puts %lld\n", java_round(sc * 100), java_round(sp * 100));
    return 0;
}
