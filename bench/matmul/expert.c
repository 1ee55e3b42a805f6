/* Matrix multiply, expert C: rows of C split over every core (OpenMP), the
 * (i, k, j) loop order, so the innermost loop runs along rows of B and C
 * and vectorises, while each C[i][j] still adds its terms in the order
 * k = 0, 1, ..., n-1 with Java's float operations (-ffp-contract=off): the
 * same bits as the textbook (i, j, k) loop.  Blocked over j so that a row
 * block of C stays in the L1 cache.  usage: expert n reps */
#include "../common/bench.h"

#define JB 512

int main(int argc, char **argv) {
    int n = arg_int(argc, argv, 1, 512), reps = arg_int(argc, argv, 2, 3);
    size_t nn = (size_t)n * (size_t)n;
    float *restrict a = xalloc(sizeof(float) * nn), *restrict b = xalloc(sizeof(float) * nn);
    float *restrict c = xalloc(sizeof(float) * nn);
    for (size_t i = 0; i < nn; i++) {
        a[i] = rnd((int32_t)i) - 0.5f;
        b[i] = rnd((int32_t)(nn + i)) - 0.5f;
    }
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
#pragma omp parallel for schedule(static)
        for (int i = 0; i < n; i++) {
            float *restrict ci = c + (size_t)i * n;
            for (int j0 = 0; j0 < n; j0 += JB) {
                int j1 = j0 + JB < n ? j0 + JB : n;
                for (int j = j0; j < j1; j++) ci[j] = 0.0f;
                for (int k = 0; k < n; k++) {
                    const float aik = a[(size_t)i * n + k];
                    const float *restrict bk = b + (size_t)k * n;
                    for (int j = j0; j < j1; j++) ci[j] += aik * bk[j];
                }
            }
        }
        printf("time_ms %.4f\n", now_ms() - t0);
    }
    int32_t h = 0;
    for (size_t i = 0; i < nn; i++) h = hash_f(h, c[i]);
    printf("result c %d\n", h);
    return 0;
}
