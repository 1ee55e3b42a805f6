/* vmath.c: the lane-vector exp, log, sin and cos (runtime/vmath.c) give,
 * lane by lane, the bits of the scalar routines (lime_math_exp_D, ...)
 * at every width (4, 8, 16), over edge values (NaN payloads, +-0, +-inf,
 * subnormals, the thresholds of every branch and their neighbours) put
 * into every lane position beside ordinary arguments, and over more than a
 * million arguments per function and width: random bit patterns and
 * random values in each routine's working range.  Prints one line per
 * function and width; exits 1 on the first mismatches. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lime.h"

typedef void (*VecFn)(double *);

static uint64_t rng = 0x9e3779b97f4a7c15UL;
static uint64_t next(void) { /* xorshift64* */
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return rng * 0x2545f4914f6cdd1dUL;
}
static double from_bits(uint64_t u) {
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}
static uint64_t bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* edge values: each with its 4 neighbours on either side */
static double edges[16384];
static int nedges;
static void edge(double x) {
    if (nedges + 9 > (int)(sizeof edges / sizeof *edges)) return;
    for (int d = -4; d <= 4; d++) {
        uint64_t u = bits(x) + (uint64_t)(int64_t)d;
        edges[nedges++] = from_bits(u);
    }
}
static void edge_both(double x) {
    edge(x);
    edge(-x);
}

static void make_edges(void) {
    /* NaN payloads (quiet, signalling, either sign), infinities, zeros, subnormals */
    const uint64_t nans[] = {0x7ff8000000000000UL, 0x7ff0000000000001UL, 0x7ff4000000000000UL, 0x7fffffffffffffffUL,
                             0xfff8000000000000UL, 0xfff0000000000001UL, 0x7ff8000000abcdefUL, 0xffffffffffffffffUL};
    for (size_t i = 0; i < sizeof nans / sizeof *nans; i++) edges[nedges++] = from_bits(nans[i]);
    edge_both(INFINITY);
    edge_both(0.0);
    edge_both(0x1p-1074);
    edge_both(0x1p-1022);
    edge_both(0x1.fffffffffffffp-1023);
    edge_both(0x1p-1050);
    edge_both(0x1.fffffffffffffp1023);
    edge_both(1.0);
    edge_both(2.0);
    edge_both(0.5);
    /* exp: the thresholds (overflow, underflow, |x| < 2^-54), the scaling's
     * branches (k > 1000, k < -1021: x near 1000 ln2, -1021 ln2, -1022 ln2),
     * results that turn subnormal, and the rounding of kd */
    edge(0x1.62e42fefa39efp9);
    edge(-0x1.74910d52d3051p9);
    edge_both(0x1p-54);
    edge_both(0x1p-28);
    for (int k = 995; k <= 1026; k++) {
        edge(k * 0x1.62e42fefa39efp-1);
        edge(-k * 0x1.62e42fefa39efp-1);
        edge((k + 0.5) * 0x1.62e42fefa39efp-1);
        edge(-(k + 0.5) * 0x1.62e42fefa39efp-1);
    }
    for (int i = -300; i <= 300; i += 7) edge((i + 0.5) * 0x1.62e42fefa39efp-8); /* kd rounding ties */
    edge(-745.1332191019411);
    edge(-744.4400719213812);
    edge(-708.3964185322641);
    /* log: 1 +- small f (|f| < 2^-20 and f == 0 with k == 0 and not), the
     * mantissa boundary at sqrt(2), the 'near' range's ends (high words
     * 0x6147a, 0x6b851 below the exponent), powers of two */
    for (int e = -1022; e <= 1023; e += 73) {
        double p = ldexp(1.0, e);
        edge(p);
        edge(p * (1 + 0x1p-20));
        edge(p * (1 - 0x1p-21));
        edge(p * 0x1.6a09e667f3bcdp0);
        edge(from_bits(bits(p) | (0x6147aUL << 32)));
        edge(from_bits(bits(p) | (0x6b851UL << 32)));
        edge(from_bits(bits(p) | (0x95f64UL << 32)));
        edge(from_bits(bits(p) | (0x6a09eUL << 32)));
        edge(from_bits(bits(p) | (0xffffdUL << 32)));
        edge(from_bits(bits(p) | (0xffffeUL << 32)));
        edge(from_bits(bits(p) | (0x00001UL << 32)));
    }
    edge_both(0x1p-20);
    edge(1.0 + 0x1p-20);
    edge(1.0 - 0x1p-20);
    /* sin, cos: the reduction's cases (pi/4, 3pi/4, 2^19 pi/2), pi/2 itself
     * (the second step of the n = 1 case), n pi/2 for n up to 40 (the table
     * of high words up to 32, the medium case's second and third steps
     * where x is close to them), the kernels' 2^-27, 0.3 and 0.78125 */
    for (int n = 1; n <= 40; n++) {
        edge_both(n * 0x1.921fb54442d18p0);
        edge_both(n * 0x1.921fb54442d18p0 + 1e-9);
        edge_both(n * 0x1.921fb54442d18p-1);
    }
    edge_both(0x1.921fb54442d18p-1);
    edge_both(0x1.2d97c7f3321d2p1);
    edge_both(0x1p19 * 0x1.921fb54442d18p0);
    edge_both(from_bits(0x413921fbUL << 32));
    edge_both(from_bits(0x413921fcUL << 32));
    edge_both(from_bits(0x4002d97cUL << 32));
    edge_both(from_bits(0x3fe921fbUL << 32 | 0xffffffffUL));
    edge_both(from_bits(0x3ff921fbUL << 32));
    edge_both(0x1p-27);
    edge_both(0.3);
    edge_both(from_bits(0x3fd33333UL << 32));
    edge_both(from_bits(0x3fe90000UL << 32));
    edge_both(0x1.5bf0a8b145769p+1);
    edge_both(1e22);
    edge_both(6381956970095103.0 * 0x1p797); /* a hard case of the large reduction */
}

static int check(const char *name, VecFn vf, double (*sf)(double), int w, double (*gen)(void), long n, long *count) {
    double v[16], in[16];
    long bad = 0;
    for (long done = 0; done < n; done += w) {
        for (int l = 0; l < w; l++) in[l] = v[l] = gen();
        vf(v);
        for (int l = 0; l < w; l++) {
            double want = sf(in[l]);
            if (bits(v[l]) != bits(want)) {
                if (bad++ < 5)
                    printf("FAIL vmath %s_%d: lane %d of %a (%016llx): %016llx, scalar %016llx\n", name, w, l, in[l],
                           (unsigned long long)bits(in[l]), (unsigned long long)bits(v[l]), (unsigned long long)bits(want));
            }
        }
        *count += w;
    }
    return bad == 0;
}

/* generators: every edge value in every lane position, beside others */
static long edge_i;
static double gen_edges(void) {
    double x = (next() & 3) ? edges[edge_i % nedges] : from_bits(next());
    edge_i++;
    return x;
}
static double gen_bits(void) { return from_bits(next()); }
static double gen_exp_range(void) { /* uniform in [-760, 760] */
    return ((double)(next() >> 11) * 0x1p-53 - 0.5) * 1520.0;
}
static double gen_exp_small(void) { /* |x| with a random exponent from 2^-60 to 2^3 */
    double m = 1.0 + (double)(next() >> 12) * 0x1p-52;
    int e = (int)(next() % 64) - 60;
    return ldexp(next() & 1 ? m : -m, e);
}
static double gen_trig_range(void) { /* uniform in [-2^20 pi/2, 2^20 pi/2], or in [-10, 10] */
    double u = (double)(next() >> 11) * 0x1p-53 - 0.5;
    return next() & 1 ? u * 20.0 : u * 0x1p21 * 0x1.921fb54442d18p0;
}
static double gen_trig_near(void) { /* near a multiple of pi/2, at every distance */
    double n = (double)(int)(next() % 2000000) - 1000000;
    double d = ldexp((double)(next() >> 11) * 0x1p-53, -(int)(next() % 60));
    return n * 0x1.921fb54442d18p0 + (next() & 1 ? d : -d);
}
static double gen_log_range(void) { /* positive, every exponent, some near 1 */
    uint64_t u = next() & 0x7fffffffffffffffUL;
    if (next() % 4 == 0) u = (u & 0x800fffffffffffffUL) | (0x3feUL + (next() & 1)) << 52;
    if (next() % 8 == 0) u = bits(1.0) + (uint64_t)((int64_t)(next() % 4096) - 2048) * (next() % 2 ? 1 : 1UL << 20);
    return from_bits(u);
}

int main(void) {
    make_edges();
    struct {
        const char *name;
        VecFn v[3];
        double (*s)(double);
        double (*range)(void);
        double (*extra)(void);
    } fns[] = {
        {"exp", {lime_vmath_exp_4, lime_vmath_exp_8, lime_vmath_exp_16}, lime_math_exp_D, gen_exp_range, gen_exp_small},
        {"log", {lime_vmath_log_4, lime_vmath_log_8, lime_vmath_log_16}, lime_math_log_D, gen_log_range, gen_log_range},
        {"sin", {lime_vmath_sin_4, lime_vmath_sin_8, lime_vmath_sin_16}, lime_math_sin_D, gen_trig_range, gen_trig_near},
        {"cos", {lime_vmath_cos_4, lime_vmath_cos_8, lime_vmath_cos_16}, lime_math_cos_D, gen_trig_range, gen_trig_near},
    };
    const int widths[3] = {4, 8, 16};
    int ok = 1;
    for (int f = 0; f < 4; f++)
        for (int wi = 0; wi < 3; wi++) {
            long count = 0;
            int w = widths[wi];
            int good = check(fns[f].name, fns[f].v[wi], fns[f].s, w, gen_edges, 16L * nedges, &count) &&
                       check(fns[f].name, fns[f].v[wi], fns[f].s, w, gen_bits, 400000, &count) &&
                       check(fns[f].name, fns[f].v[wi], fns[f].s, w, fns[f].range, 600000, &count) &&
                       check(fns[f].name, fns[f].v[wi], fns[f].s, w, fns[f].extra, 200000, &count);
            if (good) printf("PASS vmath %s_%d: %ld arguments (%d edge values), every lane the scalar's bits\n", fns[f].name, w, count, nedges);
            ok &= good;
        }
    return ok ? 0 : 1;
}
