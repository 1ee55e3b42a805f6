/* A C program calling the Lime library libkernels.a (tests/interop.sh) */
#include <stdio.h>
#include "kernels.h"

static void report(const char *what) {
    const char *e = lime_exception();
    printf("  %s: %s\n", what, e ? e : "returned");
}

int main(void) {
    lime_init();
    printf("base %d\n", lime_Kernels_base());
    float xs[5] = {1, 2, 3, 4, 5}, ys[5] = {10, 20, 30, 40, 50};
    LimeArray *x = lime_value_array_new(sizeof(float), 5, xs), *y = lime_value_array_new(sizeof(float), 5, ys);
    LimeArray *r = lime_Kernels_saxpy(2.0f, x, y);
    const float *rs = lime_array_data(r);
    printf("saxpy %d:", lime_array_length(r));
    for (int i = 0; i < lime_array_length(r); i++) printf(" %g", rs[i]);
    printf("\ndot %g\n", lime_Kernels_dot(x, y));

    int32_t as[4] = {7, 8, 9, 10}, bs[4] = {7, 4, 3, 3}, zs[4] = {1, 2, 0, 4};
    LimeArray *a = lime_value_array_new(4, 4, as), *b = lime_value_array_new(4, 4, bs);
    const int32_t *q = lime_array_data(lime_Kernels_quotients(a, b));
    printf("quotients %d %d %d %d\n", q[0], q[1], q[2], q[3]);
    LimeArray *none = lime_Kernels_quotients(a, lime_value_array_new(4, 4, zs));
    printf("quotients by zero: %s\n", none ? "an array" : "NULL");
    report("quotients");
    none = lime_Kernels_saxpy(1.0f, lime_value_array_new(sizeof(float), 3, xs), y);
    printf("saxpy of 3 and 5: %s\n", none ? "an array" : "NULL");
    report("saxpy");

    lime_Kernels_Segment s = {{1, 2}, {3, 6}, true};
    lime_Kernels_Point m = {-1, -1};
    lime_Kernels_mid(&s, &m);
    printf("mid %g %g\n", m.x, m.y);
    lime_Kernels_Point path[3] = {{0, 0}, {3, 4}, {3, 0}};
    printf("length %g\n", lime_Kernels_length(lime_value_array_new(sizeof path[0], 3, path)));

    printf("divide %d\n", lime_Kernels_divide(7, 2));
    report("divide(7, 2)");
    printf("divide %d\n", lime_Kernels_divide(7, 0));
    report("divide(7, 0)");
    printf("isEven %d %d, upper %c, negate %d\n", lime_Kernels_isEven(4), lime_Kernels_isEven(-3),
           (char)lime_Kernels_upper('q'), lime_Kernels_negate(-128));

    LimeArray *ints = lime_array_new(&lime_array_type_int, 3, NULL);
    lime_Kernels_fill(ints, 5);
    const int32_t *is = lime_array_data(ints);
    printf("fill %d %d %d\n", is[0], is[1], is[2]);
    lime_Kernels_fill(NULL, 5);
    report("fill(NULL)");
    LimeArray *sq = lime_Kernels_squares(4);
    const int64_t *ls = lime_array_data(sq);
    printf("squares %d: %lld %lld %lld %lld\n", lime_array_length(sq), (long long)ls[0], (long long)ls[1],
           (long long)ls[2], (long long)ls[3]);
    lime_Kernels_squares(-1);
    report("squares(-1)");
    lime_Kernels_fail(0);
    report("fail(0)");
    lime_Kernels_fail(3);
    report("fail(3)");
    printf("calls %d\n", lime_Kernels_calls());
    return 0;
}
