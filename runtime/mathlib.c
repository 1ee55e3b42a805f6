/* mathlib.c: java.lang.Math with Java's semantics.
 *
 * The exactly specified members (sqrt, floor, ceil, rint, round, abs,
 * min, max, signum, toRadians, toDegrees) match the JVM bit for bit.  The
 * transcendental ones (exp, log, log10, pow, the trigonometric and
 * hyperbolic functions, cbrt, hypot, expm1, log1p) are in fdlibm_common.h
 * (fdlibm's algorithms but for exp and log10),
 * one source for the CPU (fdlibm.c) and the GPU's OpenCL kernels, so that
 * LANGUAGE.md 1.6's devices agree bit for bit.  runtime/tests/library.sh
 * counts how many random inputs differ from the JVM for each.
 *
 * No fused multiply-add contraction (it would change results): GCC does not
 * contract in ISO mode (-std=c11) but does in GNU mode, clang does in both. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
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

/* the neighbours of x (C's nextafter toward an infinity agrees with Java's
 * on NaN, infinities and signed zeros) */
float lime_math_nextUp_F(float x) { return nextafterf(x, INFINITY); }
double lime_math_nextUp_D(double x) { return nextafter(x, INFINITY); }
float lime_math_nextDown_F(float x) { return nextafterf(x, -INFINITY); }
double lime_math_nextDown_D(double x) { return nextafter(x, -INFINITY); }

/* copySign: the sign bit of sign, whatever it is (a NaN's too, as
 * HotSpot's Math; StrictMath's would take a NaN as positive) */
float lime_math_copySign_FF(float magnitude, float sign) { return copysignf(magnitude, sign); }
double lime_math_copySign_DD(double magnitude, double sign) { return copysign(magnitude, sign); }
/* nextAfter: direction itself when equal (C's rule too), NaN for NaN; a
 * float steps toward a double direction compared as a double */
float lime_math_nextAfter_FD(float start, double direction) { return nexttowardf(start, (long double)direction); }
double lime_math_nextAfter_DD(double start, double direction) { return nextafter(start, direction); }
/* d * 2^n rounded once, subnormal results too */
float lime_math_scalb_FI(float d, int32_t n) { return scalbnf(d, n); }
double lime_math_scalb_DI(double d, int32_t n) { return scalbn(d, n); }
/* exact operations: C's remainder and fma are IEEE 754's, as Java's */
double lime_math_IEEEremainder_DD(double x, double y) { return remainder(x, y); }
float lime_math_fma_FFF(float a, float b, float c) { return fmaf(a, b, c); }
double lime_math_fma_DDD(double a, double b, double c) { return fma(a, b, c); }

/* the unbiased exponent of x's representation: MAX_EXPONENT + 1 for NaN
 * and infinities, MIN_EXPONENT - 1 for zeros and subnormals */
int32_t lime_math_getExponent_F(float x) { return (int32_t)((fbits(x) >> 23) & 0xFF) - 127; }
int32_t lime_math_getExponent_D(double x) { return (int32_t)((dbits(x) >> 52) & 0x7FF) - 1023; }

/* the distance from |x| to the next larger magnitude of its type: NaN for
 * NaN, +infinity for infinities, MIN_VALUE for zeros and subnormals, and
 * 2^(exponent - mantissa bits) else (MAX_VALUE's too) */
float lime_math_ulp_F(float x) {
    int32_t e = lime_math_getExponent_F(x);
    if (e == 128) return fabsf(x);
    if (e == -127) return 0x1p-149f;
    return ldexpf(1.0f, e - 23);
}
double lime_math_ulp_D(double x) {
    int32_t e = lime_math_getExponent_D(x);
    if (e == 1024) return fabs(x);
    if (e == -1023) return 0x1p-1074;
    return ldexp(1.0, e - 52);
}

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

/* Math.random(): as the JDK's, one java.util.Random generator for the
 * process (its 48-bit linear congruential step), seeded once from the
 * clock, its nextDouble: 53 random bits.  Any thread may call it. */
static _Atomic uint64_t random_seed;
static pthread_once_t random_once = PTHREAD_ONCE_INIT;

static void random_seed_init(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t t = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    random_seed = ((t ^ 0x5DEECE66Du) * 0x9E3779B97F4A7C15u ^ (uint64_t)ts.tv_nsec) & ((1ull << 48) - 1);
}

static int32_t random_next(int bits) {
    uint64_t old = random_seed, next;
    do next = (old * 0x5DEECE66Du + 0xBu) & ((1ull << 48) - 1);
    while (!atomic_compare_exchange_weak(&random_seed, &old, next));
    return (int32_t)(next >> (48 - bits));
}

double lime_math_random_(void) {
    pthread_once(&random_once, random_seed_init);
    return (double)(((int64_t)random_next(26) << 27) + random_next(27)) * 0x1.0p-53;
}
