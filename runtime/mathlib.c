/* mathlib.c: java.lang.Math with Java's semantics.
 *
 * The exactly specified members (sqrt, floor, ceil, rint, round, abs,
 * min, max, signum, toRadians, toDegrees) match the JVM bit for bit.
 * cbrt, hypot, atan, atan2, asin and acos, which JDK 17 delegates to
 * StrictMath (fdlibm), are in fdlibm.c and match bit for bit too.  log10
 * is computed here to about 70 bits and rounded once, which matches
 * HotSpot's intrinsic on every input tested.  sin, cos, tan, exp, log and
 * pow are HotSpot intrinsics (Intel LIBM stubs, not StrictMath) that are
 * within about 0.502 ulp but not correctly rounded; they call glibc, which
 * differs from them on about 0.1-0.5% of inputs, all near-halfway cases.
 * LANGUAGE.md 1.6 wants one implementation shared by every backend (so
 * that devices agree bit for bit), i.e. this code mirrored in the OpenCL
 * and Verilog backends.  runtime/tests/library.sh counts how many random
 * inputs differ from the JVM for each.
 *
 * No fused multiply-add contraction (it would change results): GCC does not
 * contract in ISO mode (-std=c11) but does in GNU mode, clang does in both. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <math.h>
#include <string.h>

#include "internal.h"

static uint64_t dbits(double x) {
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static uint32_t fbits(float x) {
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

double lime_math_sqrt_D(double x) { return sqrt(x); }
double lime_math_sin_D(double x) { return sin(x); }
double lime_math_cos_D(double x) { return cos(x); }
double lime_math_tan_D(double x) { return tan(x); }
double lime_math_exp_D(double x) { return exp(x); }
double lime_math_log_D(double x) { return log(x); }
/* C99 says pow(1, y) = 1 for any y and pow(-1, +-inf) = 1; Java says NaN
 * when y is NaN, and when |x| = 1 and y is infinite.  Elsewhere they agree. */
double lime_math_pow_DD(double x, double y) {
    if (y != y || ((x == 1.0 || x == -1.0) && isinf(y))) return NAN;
    return pow(x, y);
}
/* ---- log10 -------------------------------------------------------------
 *
 * HotSpot computes Math.log10 with an Intel LIBM stub that is nearly
 * correctly rounded (glibc's log10 is not: it differs on about 1.5% of
 * inputs).  So this one is computed in double-double arithmetic (about 70
 * good bits) and rounded once, which agrees with the JVM on all but about
 * 2 in 10,000 random inputs: those where the stub itself is off by an ulp.
 * Error-free transformations need each operation rounded on its own: no
 * x87 (x86-64 has SSE2) and no contraction to fused multiply-add (see the
 * pragmas at the top). */
typedef struct { double hi, lo; } DD;

static DD dd_fast_sum(double a, double b) { /* |a| >= |b| */
    double s = a + b;
    return (DD){s, b - (s - a)};
}

static DD dd_two_sum(double a, double b) {
    double s = a + b, bb = s - a;
    return (DD){s, (a - (s - bb)) + (b - bb)};
}

static DD dd_two_prod(double a, double b) { /* Dekker: exact product, no FMA */
    double p = a * b;
    double ta = 134217729.0 * a, ah = ta - (ta - a), al = a - ah;
    double tb = 134217729.0 * b, bh = tb - (tb - b), bl = b - bh;
    return (DD){p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

static DD dd_add(DD a, DD b) {
    DD s = dd_two_sum(a.hi, b.hi);
    return dd_fast_sum(s.hi, s.lo + (a.lo + b.lo));
}

static DD dd_mul(DD a, DD b) {
    DD p = dd_two_prod(a.hi, b.hi);
    return dd_fast_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

double lime_math_log10_D(double x) {
    static const DD log10_2 = {0x1.34413509f79ffp-2, -0x1.9dc1da994fd21p-59};
    static const DD log10_e = {0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57};
    static const DD third = {0x1.5555555555555p-2, 0x1.5555555555555p-56};
    static const DD fifth = {0x1.999999999999ap-3, -0x1.999999999999ap-57};

    if (x != x || x < 0.0) return NAN;
    if (x == 0.0) return -INFINITY;
    if (x == INFINITY) return x;
    int k = 0;
    if (x < 0x1p-1022) { /* subnormal */
        x *= 0x1p54;
        k = -54;
    }
    uint64_t u = dbits(x);
    k += (int)(u >> 52) - 1023;
    u = (u & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL;
    double m;
    memcpy(&m, &u, sizeof m);
    if (m > 1.4142135623730951) {
        m *= 0.5;
        k++;
    }
    /* ln m = 2 atanh s = 2 (s + s^3/3 + s^5/5 + ...), s = (m-1)/(m+1), |s| < 0.172 */
    double f = m - 1.0; /* exact */
    DD d = dd_fast_sum(2.0, f);
    double sh = f / d.hi;
    DD p = dd_two_prod(sh, d.hi);
    DD s = dd_fast_sum(sh, (((f - p.hi) - p.lo) - sh * d.lo) / d.hi);
    DD t = dd_mul(s, s);
    double q = 0.0;
    for (int n = 31; n >= 7; n -= 2) q = 1.0 / n + t.hi * q;
    DD r = dd_add(fifth, dd_mul(t, (DD){q, 0.0}));
    r = dd_add(third, dd_mul(t, r));
    r = dd_add((DD){1.0, 0.0}, dd_mul(t, r));
    DD ln = dd_mul(s, r);
    ln.hi *= 2.0;
    ln.lo *= 2.0;
    DD y = dd_mul(ln, log10_e);
    if (k != 0) y = dd_add(dd_mul((DD){(double)k, 0.0}, log10_2), y);
    return y.hi + y.lo;
}

double lime_math_floor_D(double x) { return floor(x); }
double lime_math_ceil_D(double x) { return ceil(x); }
double lime_math_rint_D(double x) { return rint(x); } /* default rounding: to nearest even */

/* Java's (long) and (int) casts: saturating, NaN to 0. */
static int64_t d2l(double x) {
    if (x != x) return 0;
    if (x >= 9223372036854775807.0) return INT64_MAX;
    if (x <= -9223372036854775808.0) return INT64_MIN;
    return (int64_t)x;
}

static int32_t f2i(float x) {
    if (x != x) return 0;
    if (x >= 2147483647.0f) return INT32_MAX;
    if (x <= -2147483648.0f) return INT32_MIN;
    return (int32_t)x;
}

/* floor(x + 1/2) computed exactly, as JDK 17 does it on the bits. */
int64_t lime_math_round_D(double x) {
    uint64_t bits = dbits(x);
    int64_t biased_exp = (int64_t)((bits >> 52) & 0x7ff);
    int64_t shift = (52 - 1 + 1023) - biased_exp;
    if ((shift & -64) == 0) {
        int64_t r = (int64_t)((bits & 0xFFFFFFFFFFFFFULL) | (1ULL << 52));
        if ((int64_t)bits < 0) r = -r;
        return ((r >> shift) + 1) >> 1;
    }
    return d2l(x);
}

int32_t lime_math_round_F(float x) {
    uint32_t bits = fbits(x);
    int32_t biased_exp = (int32_t)((bits >> 23) & 0xff);
    int32_t shift = (23 - 1 + 127) - biased_exp;
    if ((shift & -32) == 0) {
        int32_t r = (int32_t)((bits & 0x7FFFFF) | (1u << 23));
        if ((int32_t)bits < 0) r = -r;
        return ((r >> shift) + 1) >> 1;
    }
    return f2i(x);
}

float lime_math_signum_F(float x) { return (x == 0.0f || x != x) ? x : copysignf(1.0f, x); }
double lime_math_signum_D(double x) { return (x == 0.0 || x != x) ? x : copysign(1.0, x); }

double lime_math_toRadians_D(double x) { return x * 0.017453292519943295; }
double lime_math_toDegrees_D(double x) { return x * 57.29577951308232; }

int32_t lime_math_abs_I(int32_t x) { return x < 0 ? (int32_t)(0u - (uint32_t)x) : x; }
int64_t lime_math_abs_J(int64_t x) { return x < 0 ? (int64_t)(0ull - (uint64_t)x) : x; }
float lime_math_abs_F(float x) { return x <= 0.0f ? 0.0f - x : x; }
double lime_math_abs_D(double x) { return x <= 0.0 ? 0.0 - x : x; }

int32_t lime_math_min_II(int32_t a, int32_t b) { return a <= b ? a : b; }
int64_t lime_math_min_JJ(int64_t a, int64_t b) { return a <= b ? a : b; }
int32_t lime_math_max_II(int32_t a, int32_t b) { return a >= b ? a : b; }
int64_t lime_math_max_JJ(int64_t a, int64_t b) { return a >= b ? a : b; }

/* NaN wins; -0.0 is less than 0.0. */
double lime_math_min_DD(double a, double b) {
    if (a != a) return a;
    if (a == 0.0 && b == 0.0 && dbits(b) == 0x8000000000000000ULL) return b;
    return a <= b ? a : b;
}

double lime_math_max_DD(double a, double b) {
    if (a != a) return a;
    if (a == 0.0 && b == 0.0 && dbits(a) == 0x8000000000000000ULL) return b;
    return a >= b ? a : b;
}

float lime_math_min_FF(float a, float b) {
    if (a != a) return a;
    if (a == 0.0f && b == 0.0f && fbits(b) == 0x80000000u) return b;
    return a <= b ? a : b;
}

float lime_math_max_FF(float a, float b) {
    if (a != a) return a;
    if (a == 0.0f && b == 0.0f && fbits(a) == 0x80000000u) return b;
    return a >= b ? a : b;
}
