/* A C program calling two Lime libraries, libkernels.a and libstats.a
 * (tests/interop.sh): their functions interleaved, each library's static
 * initialiser, tasks, exceptions and classes its own. */
#include <stdio.h>
#include "kernels.h"
#include "stats.h"

static void report(const char *what) {
    const char *e = lime_exception();
    printf("  %s: %s\n", what, e ? e : "returned");
}

int main(void) {
    lime_init();
    float xs[4] = {1, 2, 3, 4}, ys[4] = {2, 2, 2, 2};
    LimeArray *x = lime_value_array_new(sizeof(float), 4, xs), *y = lime_value_array_new(sizeof(float), 4, ys);
    printf("stats sumOfSquares %g\n", lime_Stats_sumOfSquares(x));
    printf("kernels base %d\n", lime_Kernels_base());
    printf("kernels dot %g\n", lime_Kernels_dot(x, y));
    printf("stats safeDivide %d %d\n", lime_Stats_safeDivide(7, 2), lime_Stats_safeDivide(7, 0));
    report("safeDivide(7, 0)");
    printf("kernels divide %d\n", lime_Kernels_divide(7, 0));
    report("divide(7, 0)");
    printf("stats check %d\n", lime_Stats_check(-3));
    report("check(-3)");
    printf("stats check %d\n", lime_Stats_check(3));
    report("check(3)");
    LimeArray *r = lime_Kernels_saxpy(2.0f, x, y);
    const float *rs = lime_array_data(r);
    printf("kernels saxpy %g %g %g %g\n", rs[0], rs[1], rs[2], rs[3]);
    printf("stats sumOfSquares %g\n", lime_Stats_sumOfSquares(r));
    printf("stats classNameLength %d\n", lime_Stats_classNameLength());
    int stats_calls = lime_Stats_calls();
    int kernels_calls = lime_Kernels_calls();
    printf("calls: stats %d, kernels %d\n", stats_calls, kernels_calls);
    return 0;
}
