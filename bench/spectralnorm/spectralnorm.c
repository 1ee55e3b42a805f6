/* Spectral norm, hand-written C for comparison with SpectralNorm.java: the
 * same algorithm and the same floating-point operations in the same order
 * (each dot product is summed left to right, no -ffast-math), single-threaded.
 * What an expert may still do without changing a single rounding: compute a
 * row of matrix entries 1/d into a buffer first (that loop has no
 * dependences, so it vectorises), then do the in-order dot product.
 * Usage: spectralnorm [n]   (default 2000) */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* out = A v, A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1) */
static void mul_av(int n, const double *restrict v, double *restrict out, double *restrict row)
{
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++)
            row[j] = 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
        double sum = 0;
        for (int j = 0; j < n; j++) sum += row[j] * v[j];
        out[i] = sum;
    }
}

/* out = A^T v */
static void mul_atv(int n, const double *restrict v, double *restrict out, double *restrict row)
{
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++)
            row[j] = 1.0 / ((i + j) * (i + j + 1) / 2 + j + 1);
        double sum = 0;
        for (int j = 0; j < n; j++) sum += row[j] * v[j];
        out[i] = sum;
    }
}

static void print_fixed9(double v)
{
    long long r = (long long)floor(v * 1e9 + 0.5);
    const char *sign = "";
    if (r < 0) { sign = "-"; r = -r; }
    printf("%s%lld.%09lld\n", sign, r / 1000000000LL, r % 1000000000LL);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 2000;
    double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v);
    double *tmp = malloc(n * sizeof *tmp), *row = malloc(n * sizeof *row);
    for (int i = 0; i < n; i++) u[i] = 1;
    for (int round = 0; round < 10; round++) {
        mul_av(n, u, tmp, row);
        mul_atv(n, tmp, v, row);
        mul_av(n, v, tmp, row);
        mul_atv(n, tmp, u, row);
    }
    double vBv = 0, vv = 0;
    for (int i = 0; i < n; i++) {
        vBv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    print_fixed9(sqrt(vBv / vv));
    free(u); free(v); free(tmp); free(row);
    return 0;
}
