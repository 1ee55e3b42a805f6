/* fdlibm.c: the java.lang.Math members that JDK 17 delegates to StrictMath,
 * whose results are specified as those of the fdlibm 5.3 algorithms: cbrt,
 * hypot, atan, atan2, asin and acos.  Each is written here from the
 * algorithm's description (argument reduction, then the same minimax
 * polynomial or rational approximation in the same order of operations),
 * so that the result is bit for bit the JVM's.  runtime/tests/library.sh
 * checks them against the JVM on random inputs.
 *
 * Bit exactness needs every operation rounded to double on its own: no x87
 * extended precision (x86-64 uses SSE2) and no contraction of a*b + c to a
 * fused multiply-add: GCC does not contract in ISO mode (-std=c11, as the
 * Makefile builds) but does in GNU mode, clang does in both; the pragmas
 * below turn it off whatever the flags. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <math.h>
#include <string.h>

#include "internal.h"

/* ---- the two 32-bit halves of a double ------------------------------- */

static int32_t hi_word(double x) {
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return (int32_t)(uint32_t)(u >> 32);
}

static uint32_t lo_word(double x) {
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return (uint32_t)u;
}

static double from_words(int32_t hi, uint32_t lo) {
    uint64_t u = ((uint64_t)(uint32_t)hi << 32) | lo;
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

static double set_hi(double x, int32_t hi) { return from_words(hi, lo_word(x)); }
static double set_lo(double x, uint32_t lo) { return from_words(hi_word(x), lo); }

/* ---- cbrt ------------------------------------------------------------ */

/* A guess good to 5 bits from dividing the exponent (and leading mantissa
 * bits) by three in the integer domain, improved to 23 bits by a rational
 * approximation, rounded up to 20 bits so that its square is exact, then
 * one Newton step to 53 bits. */
double lime_math_cbrt_D(double x) {
    const int32_t B1 = 715094163; /* (1023 - 1023/3 - 0.03306235651) * 2^20 */
    const int32_t B2 = 696219795; /* (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20 */
    const double C = 5.42857142857142815906e-01;  /* 19/35 */
    const double D = -7.05306122448979611050e-01; /* -864/1225 */
    const double E = 1.41428571428571436819e+00;  /* 99/70 */
    const double F = 1.60714285714285720630e+00;  /* 45/28 */
    const double G = 3.57142857142857150787e-01;  /* 5/14 */

    int32_t hx = hi_word(x);
    int32_t sign = (int32_t)((uint32_t)hx & 0x80000000u);
    hx ^= sign;
    if (hx >= 0x7ff00000) return x + x; /* NaN, infinities */
    if ((hx | (int32_t)lo_word(x)) == 0) return x; /* +-0 */
    x = set_hi(x, hx); /* |x| */

    double t = 0.0;
    if (hx < 0x00100000) { /* subnormal: scale by 2^54 first */
        t = from_words(0x43500000, 0);
        t *= x;
        t = set_hi(t, hi_word(t) / 3 + B2);
    } else {
        t = from_words(hx / 3 + B1, 0);
    }

    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);

    t = from_words(hi_word(t) + 1, 0);

    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;

    return set_hi(t, hi_word(t) | sign);
}

/* ---- hypot ----------------------------------------------------------- */

/* sqrt(a*a + b*b) with a >= b, the sum of squares formed from split halves
 * so that it carries about 2 extra bits; scaled by powers of two away from
 * overflow and underflow. */
double lime_math_hypot_DD(double x, double y) {
    double a = fabs(x), b = fabs(y);
    if (!isfinite(a) || !isfinite(b)) {
        if (a == INFINITY || b == INFINITY) return INFINITY;
        return a + b; /* NaN */
    }
    if (b > a) {
        double t = a;
        a = b;
        b = t;
    }
    int32_t ha = hi_word(a), hb = hi_word(b);
    if (ha - hb > 0x3c00000) return a + b; /* a/b > 2^60 */

    int k = 0;
    if (ha > 0x5f300000) { /* a > 2^500: scale by 2^-600 */
        ha -= 0x25800000;
        hb -= 0x25800000;
        a = set_hi(a, ha);
        b = set_hi(b, hb);
        k += 600;
    }
    if (hb < 0x20b00000) { /* b < 2^-500 */
        if (hb <= 0x000fffff) { /* subnormal b or 0 */
            if ((hb | (int32_t)lo_word(b)) == 0) return a;
            double t1 = from_words(0x7fd00000, 0); /* 2^1022 */
            b *= t1;
            a *= t1;
            k -= 1022;
            /* ha and hb stay the unscaled words: fdlibm (and so the JDK)
             * splits a below with them as they were, which is less
             * accurate but what the JVM returns. */
        } else { /* scale by 2^600 */
            ha += 0x25800000;
            hb += 0x25800000;
            a = set_hi(a, ha);
            b = set_hi(b, hb);
            k -= 600;
        }
    }

    double w = a - b;
    if (w > b) {
        double t1 = from_words(ha, 0);
        double t2 = a - t1;
        w = sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
    } else {
        a = a + a;
        double y1 = from_words(hb, 0);
        double y2 = b - y1;
        double t1 = from_words(ha + 0x00100000, 0);
        double t2 = a - t1;
        w = sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
    }
    if (k != 0) return from_words(0x3ff00000 + k * (1 << 20), 0) * w;
    return w;
}

/* ---- atan, atan2 ----------------------------------------------------- */

/* atan(x) = atan(c) + atan((x - c) / (1 + x*c)) for c in {0, 1/2, 1, 3/2,
 * infinity} chosen by |x|, and an odd polynomial of degree 23 for the
 * reduced argument (|t| <= 7/16), split into even and odd halves. */
static const double atan_hi[] = {
    4.63647609000806093515e-01, /* atan(0.5) */
    7.85398163397448278999e-01, /* atan(1.0) */
    9.82793723247329054082e-01, /* atan(1.5) */
    1.57079632679489655800e+00, /* atan(inf) */
};
static const double atan_lo[] = {
    2.26987774529616870924e-17,
    3.06161699786838301793e-17,
    1.39033110312309984516e-17,
    6.12323399573676603587e-17,
};
static const double aT[] = {
    3.33333333333329318027e-01,  -1.99999999998764832476e-01, 1.42857142725034663711e-01,
    -1.11111104054623557880e-01, 9.09088713343650656196e-02,  -7.69187620504482999495e-02,
    6.66107313738753120669e-02,  -5.83357013379057348645e-02, 4.97687799461593236017e-02,
    -3.65315727442169155270e-02, 1.62858201153657823623e-02,
};

double lime_math_atan_D(double x) {
    int32_t hx = hi_word(x);
    int32_t ix = hx & 0x7fffffff;
    int id;
    if (ix >= 0x44100000) { /* |x| >= 2^66 */
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lo_word(x) != 0)) return x + x; /* NaN */
        return hx > 0 ? atan_hi[3] + atan_lo[3] : -atan_hi[3] - atan_lo[3];
    }
    if (ix < 0x3fdc0000) { /* |x| < 0.4375 */
        if (ix < 0x3e200000) return x; /* |x| < 2^-29 */
        id = -1;
    } else {
        x = fabs(x);
        if (ix < 0x3ff30000) {     /* |x| < 1.1875 */
            if (ix < 0x3fe60000) { /* 7/16 <= |x| < 11/16 */
                id = 0;
                x = (2.0 * x - 1.0) / (2.0 + x);
            } else { /* 11/16 <= |x| < 19/16 */
                id = 1;
                x = (x - 1.0) / (x + 1.0);
            }
        } else if (ix < 0x40038000) { /* |x| < 2.4375 */
            id = 2;
            x = (x - 1.5) / (1.0 + 1.5 * x);
        } else { /* 2.4375 <= |x| < 2^66 */
            id = 3;
            x = -1.0 / x;
        }
    }
    double z = x * x;
    double w = z * z;
    double s1 = z * (aT[0] + w * (aT[2] + w * (aT[4] + w * (aT[6] + w * (aT[8] + w * aT[10])))));
    double s2 = w * (aT[1] + w * (aT[3] + w * (aT[5] + w * (aT[7] + w * aT[9]))));
    if (id < 0) return x - x * (s1 + s2);
    z = atan_hi[id] - ((x * (s1 + s2) - atan_lo[id]) - x);
    return hx < 0 ? -z : z;
}

/* atan(|y/x|) placed in the right quadrant, with pi's low part applied
 * separately; the special cases are IEEE 754's. */
double lime_math_atan2_DD(double y, double x) {
    const double tiny = 1.0e-300;
    const double pi_o_4 = 7.8539816339744827900e-01;
    const double pi_o_2 = 1.5707963267948965580e+00;
    const double pi = 3.1415926535897931160e+00;
    const double pi_lo = 1.2246467991473531772e-16;

    if (isnan(x) || isnan(y)) return x + y;
    int32_t hx = hi_word(x), ix = hx & 0x7fffffff;
    uint32_t lx = lo_word(x);
    int32_t hy = hi_word(y), iy = hy & 0x7fffffff;
    uint32_t ly = lo_word(y);
    if (x == 1.0) return lime_math_atan_D(y);
    int m = ((hy < 0) ? 1 : 0) | ((hx < 0) ? 2 : 0); /* 2*sign(x) + sign(y) */

    if ((iy | (int32_t)ly) == 0) { /* y = +-0 */
        switch (m) {
        case 0:
        case 1: return y;
        case 2: return pi + tiny;
        default: return -pi - tiny;
        }
    }
    if ((ix | (int32_t)lx) == 0) return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny; /* x = +-0 */
    if (ix == 0x7ff00000) { /* x infinite */
        if (iy == 0x7ff00000) {
            switch (m) {
            case 0: return pi_o_4 + tiny;
            case 1: return -pi_o_4 - tiny;
            case 2: return 3.0 * pi_o_4 + tiny;
            default: return -3.0 * pi_o_4 - tiny;
            }
        }
        switch (m) {
        case 0: return 0.0;
        case 1: return -0.0;
        case 2: return pi + tiny;
        default: return -pi - tiny;
        }
    }
    if (iy == 0x7ff00000) return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny; /* y infinite */

    int32_t k = (iy - ix) >> 20;
    double z;
    if (k > 60) z = pi_o_2 + 0.5 * pi_lo; /* |y/x| > 2^60 */
    else if (hx < 0 && k < -60) z = 0.0;  /* |y|/x < -2^60 */
    else z = lime_math_atan_D(fabs(y / x));
    switch (m) {
    case 0: return z;
    case 1: return -z;
    case 2: return pi - (z - pi_lo);
    default: return (z - pi_lo) - pi;
    }
}

/* ---- asin, acos ------------------------------------------------------ */

/* asin(x) = x + x*x^2*R(x^2) for |x| < 0.5 with R a rational minimax
 * approximation; beyond, with z = (1 - |x|)/2, asin(|x|) = pi/2 - 2*asin(sqrt z),
 * computed with sqrt(z) split in two for the extra bits.  acos likewise. */
static const double pio2_hi = 1.57079632679489655800e+00;
static const double pio2_lo = 6.12323399573676603587e-17;
static const double pio4_hi = 7.85398163397448278999e-01;
static const double pS0 = 1.66666666666666657415e-01, pS1 = -3.25565818622400915405e-01,
                    pS2 = 2.01212532134862925881e-01, pS3 = -4.00555345006794114027e-02,
                    pS4 = 7.91534994289814532176e-04, pS5 = 3.47933107596021167570e-05;
static const double qS1 = -2.40339491173441421878e+00, qS2 = 2.02094576023350569471e+00,
                    qS3 = -6.88283971605453293030e-01, qS4 = 7.70381505559019352791e-02;

static double asin_p(double t) { return t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5))))); }
static double asin_q(double t) { return 1.0 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4))); }

double lime_math_asin_D(double x) {
    int32_t hx = hi_word(x), ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) { /* |x| >= 1 */
        if (((ix - 0x3ff00000) | (int32_t)lo_word(x)) == 0) return x * pio2_hi + x * pio2_lo;
        return NAN;
    }
    if (ix < 0x3fe00000) { /* |x| < 0.5 */
        if (ix < 0x3e400000) return x; /* |x| < 2^-27 */
        double t = x * x;
        double w = asin_p(t) / asin_q(t);
        return x + x * w;
    }
    double w = 1.0 - fabs(x);
    double t = w * 0.5;
    double p = asin_p(t), q = asin_q(t);
    double s = sqrt(t);
    if (ix >= 0x3fef3333) { /* |x| > 0.975 */
        w = p / q;
        t = pio2_hi - (2.0 * (s + s * w) - pio2_lo);
    } else {
        w = set_lo(s, 0);
        double c = (t - w * w) / (s + w);
        double r = p / q;
        p = 2.0 * s * r - (pio2_lo - 2.0 * c);
        q = pio4_hi - 2.0 * w;
        t = pio4_hi - (p - q);
    }
    return hx > 0 ? t : -t;
}

double lime_math_acos_D(double x) {
    const double pi = 3.14159265358979311600e+00;
    int32_t hx = hi_word(x), ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) { /* |x| >= 1 */
        if (((ix - 0x3ff00000) | (int32_t)lo_word(x)) == 0) return hx > 0 ? 0.0 : pi + 2.0 * pio2_lo;
        return NAN;
    }
    if (ix < 0x3fe00000) { /* |x| < 0.5 */
        if (ix <= 0x3c600000) return pio2_hi + pio2_lo; /* |x| < 2^-57 */
        double z = x * x;
        double r = asin_p(z) / asin_q(z);
        return pio2_hi - (x - (pio2_lo - x * r));
    }
    if (hx < 0) { /* x < -0.5 */
        double z = (1.0 + x) * 0.5;
        double s = sqrt(z);
        double r = asin_p(z) / asin_q(z);
        double w = r * s - pio2_lo;
        return pi - 2.0 * (s + w);
    }
    double z = (1.0 - x) * 0.5; /* x > 0.5 */
    double s = sqrt(z);
    double df = set_lo(s, 0);
    double c = (z - df * df) / (s + df);
    double r = asin_p(z) / asin_q(z);
    double w = r * s + c;
    return 2.0 * (df + w);
}
