/* fdlibm_common.h: java.lang.Math's transcendental members, one source for
 * every device: the CPU runtime compiles it as C (runtime/fdlibm.c) and the
 * GPU backend prints it into each OpenCL kernel that calls one of them
 * (backends/gpu/kernel.c, from the string the Makefile generates), so that
 * a task gives the same bits on either device.
 *
 * The routines are the fdlibm 5.3 algorithms, which java.lang.StrictMath
 * specifies (JDK 17's Math delegates cbrt, hypot, atan, atan2, asin, acos,
 * sinh, cosh, tanh, expm1 and log1p to StrictMath, so those are the JVM's
 * Math bit for bit; its sin, cos, tan, log and pow are HotSpot intrinsics
 * that differ from fdlibm in the last bit on a small fraction of inputs),
 * each written here from the algorithm's description: the same argument
 * reduction and the same polynomial in the same order of operations.  Two
 * are not fdlibm's: exp is table-driven (as fast as glibc's, within about
 * 0.502 ulp: HotSpot's intrinsic on all but about 0.3% of inputs, where
 * fdlibm's differs on 8%), and log10 is computed in double-double
 * arithmetic and rounded once (HotSpot's on all but about 2 in 10,000).
 * runtime/tests/library.sh compares every routine with the JVM.
 *
 * Written in the common subset of C11 and OpenCL C 1.2; the includer
 * defines first:
 *   LM_API     the storage class of the lime_math_* entry points
 *              (C: nothing, they are liblime's; OpenCL: static)
 *   LM_CONST   file-scope constants and tables (static const / __constant)
 *   lm_i32, lm_u32, lm_i64, lm_u64   the fixed-width integer types
 *   lm_bits(x), lm_from_bits(u)      a double's 64 bits and back
 * and gets no fused multiply-add contraction (the C pragma, OpenCL's
 * FP_CONTRACT OFF): every operation rounds to double on its own.  sqrt,
 * fabs and floor are the correctly rounded or exact IEEE operations in
 * both languages; nothing else of either library is used.
 *
 * The file is cut into units, each opening with a line
 *   / *@unit NAME needs DEP...* /
 * (without the spaces): the GPU backend prints a kernel's units and the
 * ones they need, in file order (a unit needs only earlier ones).  C sees
 * comments. */

/*@unit words*/
/* The two 32-bit halves of a double, as fdlibm works on them. */
static lm_i32 hi_word(double x) { return (lm_i32)(lm_u32)(lm_bits(x) >> 32); }
static lm_u32 lo_word(double x) { return (lm_u32)lm_bits(x); }
static double from_words(lm_i32 hi, lm_u32 lo) { return lm_from_bits(((lm_u64)(lm_u32)hi << 32) | lo); }
static double set_hi(double x, lm_i32 hi) { return from_words(hi, lo_word(x)); }
static double set_lo(double x, lm_u32 lo) { return from_words(hi_word(x), lo); }
/* hi + (k << 20): k added to the exponent field of a high word */
static lm_i32 add_exp(lm_i32 hi, lm_i32 k) { return (lm_i32)((lm_u32)hi + ((lm_u32)k << 20)); }
static double lm_nan(void) { return from_words(0x7ff80000, 0); }
static double lm_inf(void) { return from_words(0x7ff00000, 0); }

/*@unit scale2 needs words*/
/* x * 2^n, exact where the result is normal, rounded once where it is
 * subnormal (fdlibm's scalbn, for the few places that need it). */
static double scale2(double x, lm_i32 n) {
    const double two54 = 0x1p54, twom54 = 0x1p-54;
    lm_i32 hx = hi_word(x);
    lm_i32 k = (hx & 0x7ff00000) >> 20;
    if (k == 0) { /* 0 or subnormal */
        if (((hx & 0x7fffffff) | (lm_i32)lo_word(x)) == 0) return x;
        x *= two54;
        hx = hi_word(x);
        k = ((hx & 0x7ff00000) >> 20) - 54;
    }
    if (k == 0x7ff) return x + x;
    if (n > 50000 || k + n > 0x7fe) return x > 0.0 ? lm_inf() : -lm_inf(); /* overflow */
    if (n < -50000) return x > 0.0 ? 0.0 : -0.0;
    k += n;
    if (k > 0) return set_hi(x, (hx & (lm_i32)0x800fffff) | (k << 20));
    if (k <= -54) return x > 0.0 ? 0.0 : -0.0;
    k += 54;
    return set_hi(x, (hx & (lm_i32)0x800fffff) | (k << 20)) * twom54;
}

/*@unit cbrt needs words*/
/* A guess good to 5 bits from dividing the exponent (and leading mantissa
 * bits) by three in the integer domain, improved to 23 bits by a rational
 * approximation, rounded up to 20 bits so that its square is exact, then
 * one Newton step to 53 bits. */
LM_API double lime_math_cbrt_D(double x) {
    const lm_i32 B1 = 715094163; /* (1023 - 1023/3 - 0.03306235651) * 2^20 */
    const lm_i32 B2 = 696219795; /* (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20 */
    const double C = 5.42857142857142815906e-01;  /* 19/35 */
    const double D = -7.05306122448979611050e-01; /* -864/1225 */
    const double E = 1.41428571428571436819e+00;  /* 99/70 */
    const double F = 1.60714285714285720630e+00;  /* 45/28 */
    const double G = 3.57142857142857150787e-01;  /* 5/14 */

    lm_i32 hx = hi_word(x);
    lm_i32 sign = (lm_i32)((lm_u32)hx & 0x80000000u);
    hx ^= sign;
    if (hx >= 0x7ff00000) return x + x; /* NaN, infinities */
    if ((hx | (lm_i32)lo_word(x)) == 0) return x; /* +-0 */
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

/*@unit hypot needs words*/
/* sqrt(a*a + b*b) with a >= b, the sum of squares formed from split halves
 * so that it carries about 2 extra bits; scaled by powers of two away from
 * overflow and underflow. */
LM_API double lime_math_hypot_DD(double x, double y) {
    double a = fabs(x), b = fabs(y);
    if (hi_word(a) >= 0x7ff00000 || hi_word(b) >= 0x7ff00000) { /* not finite */
        if (a == lm_inf() || b == lm_inf()) return lm_inf();
        return a + b; /* NaN */
    }
    if (b > a) {
        double t = a;
        a = b;
        b = t;
    }
    lm_i32 ha = hi_word(a), hb = hi_word(b);
    if (ha - hb > 0x3c00000) return a + b; /* a/b > 2^60 */

    lm_i32 k = 0;
    if (ha > 0x5f300000) { /* a > 2^500: scale by 2^-600 */
        ha -= 0x25800000;
        hb -= 0x25800000;
        a = set_hi(a, ha);
        b = set_hi(b, hb);
        k += 600;
    }
    if (hb < 0x20b00000) { /* b < 2^-500 */
        if (hb <= 0x000fffff) { /* subnormal b or 0 */
            if ((hb | (lm_i32)lo_word(b)) == 0) return a;
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
    if (k != 0) return from_words(add_exp(0x3ff00000, k), 0) * w;
    return w;
}

/*@unit atan needs words*/
/* atan(x) = atan(c) + atan((x - c) / (1 + x*c)) for c in {0, 1/2, 1, 3/2,
 * infinity} chosen by |x|, and an odd polynomial of degree 23 for the
 * reduced argument (|t| <= 7/16), split into even and odd halves. */
LM_CONST double atan_hi[] = {
    4.63647609000806093515e-01, /* atan(0.5) */
    7.85398163397448278999e-01, /* atan(1.0) */
    9.82793723247329054082e-01, /* atan(1.5) */
    1.57079632679489655800e+00, /* atan(inf) */
};
LM_CONST double atan_lo[] = {
    2.26987774529616870924e-17,
    3.06161699786838301793e-17,
    1.39033110312309984516e-17,
    6.12323399573676603587e-17,
};
LM_CONST double aT[] = {
    3.33333333333329318027e-01,  -1.99999999998764832476e-01, 1.42857142725034663711e-01,
    -1.11111104054623557880e-01, 9.09088713343650656196e-02,  -7.69187620504482999495e-02,
    6.66107313738753120669e-02,  -5.83357013379057348645e-02, 4.97687799461593236017e-02,
    -3.65315727442169155270e-02, 1.62858201153657823623e-02,
};

LM_API double lime_math_atan_D(double x) {
    lm_i32 hx = hi_word(x);
    lm_i32 ix = hx & 0x7fffffff;
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

/*@unit atan2 needs words atan*/
/* atan(|y/x|) placed in the right quadrant, with pi's low part applied
 * separately; the special cases are IEEE 754's. */
LM_API double lime_math_atan2_DD(double y, double x) {
    const double tiny = 1.0e-300;
    const double pi_o_4 = 7.8539816339744827900e-01;
    const double pi_o_2 = 1.5707963267948965580e+00;
    const double pi = 3.1415926535897931160e+00;
    const double pi_lo = 1.2246467991473531772e-16;

    if (x != x || y != y) return x + y; /* NaN */
    lm_i32 hx = hi_word(x), ix = hx & 0x7fffffff;
    lm_u32 lx = lo_word(x);
    lm_i32 hy = hi_word(y), iy = hy & 0x7fffffff;
    lm_u32 ly = lo_word(y);
    if (x == 1.0) return lime_math_atan_D(y);
    int m = ((hy < 0) ? 1 : 0) | ((hx < 0) ? 2 : 0); /* 2*sign(x) + sign(y) */

    if ((iy | (lm_i32)ly) == 0) { /* y = +-0 */
        switch (m) {
        case 0:
        case 1: return y;
        case 2: return pi + tiny;
        default: return -pi - tiny;
        }
    }
    if ((ix | (lm_i32)lx) == 0) return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny; /* x = +-0 */
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

    lm_i32 k = (iy - ix) >> 20;
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

/*@unit asin_r needs words*/
/* asin(x) = x + x*x^2*R(x^2) for |x| < 0.5 with R a rational minimax
 * approximation; beyond, with z = (1 - |x|)/2, asin(|x|) = pi/2 - 2*asin(sqrt z),
 * computed with sqrt(z) split in two for the extra bits.  acos likewise. */
LM_CONST double pio2_hi = 1.57079632679489655800e+00;
LM_CONST double pio2_lo = 6.12323399573676603587e-17;
LM_CONST double pio4_hi = 7.85398163397448278999e-01;
static double asin_p(double t) {
    const double pS0 = 1.66666666666666657415e-01, pS1 = -3.25565818622400915405e-01,
                 pS2 = 2.01212532134862925881e-01, pS3 = -4.00555345006794114027e-02,
                 pS4 = 7.91534994289814532176e-04, pS5 = 3.47933107596021167570e-05;
    return t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5)))));
}
static double asin_q(double t) {
    const double qS1 = -2.40339491173441421878e+00, qS2 = 2.02094576023350569471e+00,
                 qS3 = -6.88283971605453293030e-01, qS4 = 7.70381505559019352791e-02;
    return 1.0 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4)));
}

/*@unit asin needs words asin_r*/
LM_API double lime_math_asin_D(double x) {
    lm_i32 hx = hi_word(x), ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) { /* |x| >= 1 */
        if (((ix - 0x3ff00000) | (lm_i32)lo_word(x)) == 0) return x * pio2_hi + x * pio2_lo;
        return lm_nan();
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

/*@unit acos needs words asin_r*/
LM_API double lime_math_acos_D(double x) {
    const double pi = 3.14159265358979311600e+00;
    lm_i32 hx = hi_word(x), ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) { /* |x| >= 1 */
        if (((ix - 0x3ff00000) | (lm_i32)lo_word(x)) == 0) return hx > 0 ? 0.0 : pi + 2.0 * pio2_lo;
        return lm_nan();
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

/*@unit fdlibm_exp needs words*/
/* fdlibm's exp (StrictMath.exp), which sinh and cosh build on as the
 * JDK's do: x = k*ln2 + r, |r| <= ln2/2, r carried as hi - lo; exp(r) from a
 * rational approximation R1 of degree 5 in r*r: 1 + r + r*R1/(2 - R1);
 * then 2^k added to the exponent. */
static double fdlibm_exp(double x) {
    const double o_threshold = 0x1.62e42fefa39efp9, u_threshold = -0x1.74910d52d3051p9;
    const double ln2_hi = 0x1.62e42feep-1, ln2_lo = 0x1.a39ef35793c76p-33;
    const double invln2 = 0x1.71547652b82fep0;
    const double P1 = 0x1.555555555553ep-3, P2 = -0x1.6c16c16bebd93p-9, P3 = 0x1.1566aaf25de2cp-14,
                 P4 = -0x1.bbd41c5d26bf1p-20, P5 = 0x1.6376972bea4d0p-25;
    const double twom1000 = 0x1p-1000;

    lm_i32 hx = hi_word(x);
    int negative = hx < 0;
    hx &= 0x7fffffff;
    if (hx >= 0x40862e42) { /* |x| >= 709.78 */
        if (hx >= 0x7ff00000) {
            if (((hx & 0xfffff) | (lm_i32)lo_word(x)) != 0) return x + x; /* NaN */
            return negative ? 0.0 : x;                                    /* exp(+-inf) */
        }
        if (x > o_threshold) return lm_inf();
        if (x < u_threshold) return 0.0;
    }
    double hi = 0.0, lo = 0.0;
    lm_i32 k = 0;
    if (hx > 0x3fd62e42) {     /* |x| > ln2/2 */
        if (hx < 0x3ff0a2b2) { /* and |x| < 3 ln2 / 2 */
            hi = negative ? x + ln2_hi : x - ln2_hi;
            lo = negative ? -ln2_lo : ln2_lo;
            k = negative ? -1 : 1;
        } else {
            k = (lm_i32)(invln2 * x + (negative ? -0.5 : 0.5));
            double t = (double)k;
            hi = x - t * ln2_hi; /* exact */
            lo = t * ln2_lo;
        }
        x = hi - lo;
    } else if (hx < 0x3e300000) { /* |x| < 2^-28 */
        return 1.0 + x;
    }
    double t = x * x;
    double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
    double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    if (k >= -1021) return set_hi(y, add_exp(hi_word(y), k));
    return set_hi(y, add_exp(hi_word(y), k + 1000)) * twom1000;
}

/*@unit exp needs words*/
/* exp(x) = 2^(i/128) * exp(r), i = round(x * 128/ln2), r = x - i*ln2/128
 * (|r| <= ln2/256; i*ln2/128 in two parts, the first exact for |i| < 2^19),
 * 2^(i/128) = 2^k * T[j] from a table (i = 128k + j; T[j] rounded to
 * double, with its relative rounding error beside it) and exp(r) - 1 by its Taylor
 * polynomial of degree 5 (truncated at 2^-60 relative): no division, and
 * within about 0.502 ulp, so it agrees with HotSpot's intrinsic (nearly
 * correctly rounded) far more often than fdlibm's exp.  Results that are
 * subnormal are rounded once, at their own precision. */
LM_CONST double exp_tab[] = { /* 2^(j/128) rounded, (2^(j/128) - that) / that */
    0x1.0000000000000p+0, 0x0.0p+0,
    0x1.0163da9fb3335p+0, 0x1.b3b4f1a88bf6ep-54,
    0x1.02c9a3e778061p+0, -0x1.160139cd8dc5dp-56,
    0x1.04315e86e7f85p+0, -0x1.05e7a108766d1p-54,
    0x1.059b0d3158574p+0, 0x1.cd2523567f613p-55,
    0x1.0706b29ddf6dep+0, -0x1.bce8023f98efap-55,
    0x1.0874518759bc8p+0, 0x1.0f74e61e6c861p-57,
    0x1.09e3ecac6f383p+0, 0x1.0a3e45b33d399p-54,
    0x1.0b5586cf9890fp+0, 0x1.79aa65d837b6dp-54,
    0x1.0cc922b7247f7p+0, 0x1.eb51a92fdeffcp-55,
    0x1.0e3ec32d3d1a2p+0, 0x1.ebe3d702f9cd1p-60,
    0x1.0fb66affed31bp+0, -0x1.a033489906e0bp-57,
    0x1.11301d0125b51p+0, -0x1.556522a2fbd0ep-54,
    0x1.12abdc06c31ccp+0, -0x1.080ef8c4eea55p-58,
    0x1.1429aaea92de0p+0, -0x1.1c923b9d5f416p-54,
    0x1.15a98c8a58e51p+0, 0x1.0d3e3e95c55afp-55,
    0x1.172b83c7d517bp+0, -0x1.01b15eaa59348p-55,
    0x1.18af9388c8deap+0, -0x1.f1ff055de323dp-55,
    0x1.1a35beb6fcb75p+0, 0x1.b898c3f1353bfp-55,
    0x1.1bbe084045cd4p+0, -0x1.6d99c7611eb26p-54,
    0x1.1d4873168b9aap+0, 0x1.aecf73e3a2f60p-54,
    0x1.1ed5022fcd91dp+0, -0x1.fe782cb86389dp-55,
    0x1.2063b88628cd6p+0, 0x1.a6f4144a6c38dp-55,
    0x1.21f49917ddc96p+0, 0x1.07a05b0e4047dp-55,
    0x1.2387a6e756238p+0, 0x1.68efde3a8a894p-54,
    0x1.251ce4fb2a63fp+0, 0x1.75e18f274487dp-55,
    0x1.26b4565e27cddp+0, 0x1.0472b981fe7f2p-55,
    0x1.284dfe1f56381p+0, -0x1.6b87b3f71085ep-54,
    0x1.29e9df51fdee1p+0, 0x1.2f7e16d09ab31p-55,
    0x1.2b87fd0dad990p+0, -0x1.d219b1a6fbffap-60,
    0x1.2d285a6e4030bp+0, 0x1.b3782720c0ab4p-55,
    0x1.2ecafa93e2f56p+0, 0x1.e149289cecb8fp-57,
    0x1.306fe0a31b715p+0, 0x1.34d754db0abb6p-55,
    0x1.32170fc4cd831p+0, 0x1.64201e2ac744cp-55,
    0x1.33c08b26416ffp+0, 0x1.fdd395dd3f84ap-55,
    0x1.356c55f929ff1p+0, -0x1.6a3803b8e5b04p-55,
    0x1.371a7373aa9cbp+0, -0x1.24aedcc4b5068p-54,
    0x1.38cae6d05d866p+0, -0x1.907f81b512d8ep-54,
    0x1.3a7db34e59ff7p+0, -0x1.1d1e83e9436d2p-56,
    0x1.3c32dc313a8e5p+0, -0x1.91919b3ce1b15p-54,
    0x1.3dea64c123422p+0, 0x1.59f48a72a4c6dp-55,
    0x1.3fa4504ac801cp+0, -0x1.312607a28698ap-54,
    0x1.4160a21f72e2ap+0, -0x1.8a78f4817895bp-58,
    0x1.431f5d950a897p+0, -0x1.c2c9b67499a1bp-56,
    0x1.44e086061892dp+0, 0x1.363ed60c2ac11p-59,
    0x1.46a41ed1d0057p+0, 0x1.666093b0664efp-54,
    0x1.486a2b5c13cd0p+0, 0x1.ecce1daa10379p-57,
    0x1.4a32af0d7d3dep+0, 0x1.3ff8e3f0f1230p-54,
    0x1.4bfdad5362a27p+0, 0x1.690cebb7aafb0p-56,
    0x1.4dcb299fddd0dp+0, 0x1.31dbdeb54e077p-54,
    0x1.4f9b2769d2ca7p+0, -0x1.f94340071a38ep-55,
    0x1.516daa2cf6642p+0, -0x1.7deccdc93a349p-55,
    0x1.5342b569d4f82p+0, -0x1.8dec6bd0f385fp-56,
    0x1.551a4ca5d920fp+0, -0x1.61246ec7b5cf6p-55,
    0x1.56f4736b527dap+0, 0x1.3350518fdd78ep-54,
    0x1.58d12d497c7fdp+0, 0x1.b98b72f8a9b05p-56,
    0x1.5ab07dd485429p+0, 0x1.063e1e21c5409p-54,
    0x1.5c9268a5946b7p+0, 0x1.4c7855019c6eap-60,
    0x1.5e76f15ad2148p+0, 0x1.432e62b64c035p-54,
    0x1.605e1b976dc09p+0, -0x1.ce44a6199769fp-55,
    0x1.6247eb03a5585p+0, -0x1.c33c53bef4da8p-55,
    0x1.6434634ccc320p+0, -0x1.45378892be9aep-55,
    0x1.6623882552225p+0, -0x1.3cedd78565858p-54,
    0x1.68155d44ca973p+0, 0x1.710aa807e1964p-58,
    0x1.6a09e667f3bcdp+0, -0x1.3b3efbf5e2228p-54,
    0x1.6c012750bdabfp+0, -0x1.a12ad8734b982p-57,
    0x1.6dfb23c651a2fp+0, -0x1.367efb86da9eep-57,
    0x1.6ff7df9519484p+0, -0x1.0dc3d54e08851p-55,
    0x1.71f75e8ec5f74p+0, -0x1.81f647e5a3ecfp-56,
    0x1.73f9a48a58174p+0, -0x1.6ee4ac08b7db0p-55,
    0x1.75feb564267c9p+0, -0x1.619321e55e68ap-55,
    0x1.780694fde5d3fp+0, 0x1.09ccb5e09d4d3p-54,
    0x1.7a11473eb0187p+0, -0x1.b32dcb94da51dp-56,
    0x1.7c1ed0130c132p+0, 0x1.4ecfd5467c06bp-54,
    0x1.7e2f336cf4e62p+0, 0x1.5ebe1abd66c55p-57,
    0x1.80427543e1a12p+0, -0x1.8a1c52fb3cf42p-55,
    0x1.82589994cce13p+0, -0x1.369b6f13b3734p-54,
    0x1.8471a4623c7adp+0, -0x1.05e843a19ff1ep-55,
    0x1.868d99b4492edp+0, -0x1.4d450d872576ep-54,
    0x1.88ac7d98a6699p+0, 0x1.0ad675b0e8a00p-54,
    0x1.8ace5422aa0dbp+0, 0x1.db72fc1f0eab4p-55,
    0x1.8cf3216b5448cp+0, -0x1.5b6609cc5e7ffp-57,
    0x1.8f1ae99157736p+0, 0x1.bf68359f35f44p-56,
    0x1.9145b0b91ffc6p+0, -0x1.3091fa71e3d83p-54,
    0x1.93737b0cdc5e5p+0, -0x1.da9b88b6c1e29p-58,
    0x1.95a44cbc8520fp+0, -0x1.c23f97c90b959p-57,
    0x1.97d829fde4e50p+0, -0x1.2434322f4f9aap-54,
    0x1.9a0f170ca07bap+0, -0x1.5ca6cd7668e4bp-55,
    0x1.9c49182a3f090p+0, 0x1.1affc2b91ce27p-56,
    0x1.9e86319e32323p+0, 0x1.dd235e10a73bbp-57,
    0x1.a0c667b5de565p+0, -0x1.7c50422622263p-55,
    0x1.a309bec4a2d33p+0, 0x1.b1c86e3e231d5p-55,
    0x1.a5503b23e255dp+0, -0x1.1bbd1d3bcbb15p-54,
    0x1.a799e1330b358p+0, 0x1.0cc319cee31d2p-54,
    0x1.a9e6b5579fdbfp+0, 0x1.469846e735ab3p-55,
    0x1.ac36bbfd3f37ap+0, -0x1.2dfcd978e9db4p-55,
    0x1.ae89f995ad3adp+0, 0x1.c1a7792cb3387p-55,
    0x1.b0e07298db666p+0, -0x1.07b8f4ad1d9fap-54,
    0x1.b33a2b84f15fbp+0, -0x1.5c3d956dcaebap-58,
    0x1.b59728de5593ap+0, -0x1.0a40e3da6f640p-54,
    0x1.b7f76f2fb5e47p+0, -0x1.8d6f438ad9334p-57,
    0x1.ba5b030a1064ap+0, -0x1.1eee26b588a35p-54,
    0x1.bcc1e904bc1d2p+0, 0x1.4ffd70a5fddcdp-56,
    0x1.bf2c25bd71e09p+0, -0x1.1bdfbfa9298acp-54,
    0x1.c199bdd85529cp+0, 0x1.36eae30af0cb3p-56,
    0x1.c40ab5fffd07ap+0, 0x1.ee3325c9ffd94p-55,
    0x1.c67f12e57d14bp+0, 0x1.4e08fd10959acp-55,
    0x1.c8f6d9406e7b5p+0, 0x1.3cdaf384e1a67p-57,
    0x1.cb720dcef9069p+0, 0x1.76b2c6c921968p-57,
    0x1.cdf0b555dc3fap+0, -0x1.08a1883ccb5d2p-55,
    0x1.d072d4a07897cp+0, -0x1.fad5d3ffffa6fp-55,
    0x1.d2f87080d89f2p+0, -0x1.00dae3875a949p-54,
    0x1.d5818dcfba487p+0, 0x1.4a385a63d07a7p-56,
    0x1.d80e316c98398p+0, -0x1.2919e2040220fp-55,
    0x1.da9e603db3285p+0, 0x1.e5a50d5c192acp-55,
    0x1.dd321f301b460p+0, 0x1.43a59ac016b4bp-55,
    0x1.dfc97337b9b5fp+0, -0x1.2d52107b43e1fp-55,
    0x1.e264614f5a129p+0, -0x1.92ab93b470dc9p-55,
    0x1.e502ee78b3ff6p+0, 0x1.4b604603a88d3p-56,
    0x1.e7a51fbc74c83p+0, 0x1.3c5ec519d7271p-55,
    0x1.ea4afa2a490dap+0, -0x1.ff7128fd391f0p-55,
    0x1.ecf482d8e67f1p+0, -0x1.dae98e223747dp-55,
    0x1.efa1bee615a27p+0, 0x1.ec3bc41aa2008p-55,
    0x1.f252b376bba97p+0, 0x1.42b94c3a9eb32p-55,
    0x1.f50765b6e4540p+0, 0x1.a64a931d185eep-55,
    0x1.f7bfdad9cbe14p+0, -0x1.e37bae43be3edp-55,
    0x1.fa7c1819e90d8p+0, 0x1.7893b4d91cd9dp-56,
    0x1.fd3c22b8f71f1p+0, 0x1.305c14160cc89p-58,
};

/* T[j] * 2^k * (1 + tmp) where that is normal or subnormal */
static double exp_scaled(lm_i64 k, int j, double tmp) {
    lm_u64 tbits = lm_bits(exp_tab[2 * j]);
    if (k > 1000) { /* near overflow: scale in two steps, the second exact */
        double s = lm_from_bits(tbits + ((lm_u64)(k - 1000) << 52));
        return (s + s * tmp) * 0x1p1000;
    }
    if (k >= -1021) {
        double s = lm_from_bits(tbits + ((lm_u64)k << 52));
        return s + s * tmp;
    }
    /* subnormal or nearly: s = T[j] * 2^(k + 1022) is normal; round y at the
     * subnormal result's precision by adding it to 1 (ulp 2^-52 there,
     * 2^-1074 after the final exact scaling by 2^-1022) */
    double s = lm_from_bits(tbits + ((lm_u64)(k + 1022) << 52));
    double y = s + s * tmp;
    if (y < 1.0) {
        double lo = s - y + s * tmp;
        double hi = 1.0 + y;
        lo = 1.0 - hi + y + lo;
        y = (hi + lo) - 1.0;
        if (y == 0.0) y = 0.0; /* not -0.0 */
    }
    return y * 0x1p-1022;
}

LM_API double lime_math_exp_D(double x) {
    const double o_threshold = 0x1.62e42fefa39efp9, u_threshold = -0x1.74910d52d3051p9;
    const double inv_ln2_128 = 0x1.71547652b82fep+7;
    const double ln2_128_hi = 0x1.62e42fef80000p-8, ln2_128_lo = 0x1.1cf79abc9e3b4p-43;
    const double shift = 0x1.8p52;
    if (x != x) return x + x;
    if (x > o_threshold) return lm_inf();
    if (x < u_threshold) return 0.0;
    if (fabs(x) < 0x1p-54) return 1.0 + x;
    double kd = (x * inv_ln2_128 + shift) - shift; /* round to nearest integer */
    double r = (x - kd * ln2_128_hi) - kd * ln2_128_lo;
    lm_i64 i = (lm_i64)kd;
    int j = (int)(i & 127);
    double r2 = r * r;
    double tmp = exp_tab[2 * j + 1] + r + r2 * (0.5 + r * 0x1.5555555555555p-3) + r2 * r2 * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7);
    return exp_scaled(i >> 7, j, tmp);
}

/*@unit log needs words*/
/* x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2); log(1 + f) = 2s + s*R
 * with s = f/(2 + f) and R a polynomial of degree 14 in s; then k*ln2
 * added in two parts. */
LM_API double lime_math_log_D(double x) {
    const double ln2_hi = 0x1.62e42feep-1, ln2_lo = 0x1.a39ef35793c76p-33;
    const double Lg1 = 0x1.5555555555593p-1, Lg2 = 0x1.999999997fa04p-2, Lg3 = 0x1.2492494229359p-2,
                 Lg4 = 0x1.c71c51d8e78afp-3, Lg5 = 0x1.7466496cb03dep-3, Lg6 = 0x1.39a09d078c69fp-3,
                 Lg7 = 0x1.2f112df3e5244p-3;

    lm_i32 hx = hi_word(x);
    lm_u32 lx = lo_word(x);
    lm_i32 k = 0;
    if (hx < 0x00100000) { /* x < 2^-1022 */
        if (((hx & 0x7fffffff) | (lm_i32)lx) == 0) return -lm_inf(); /* log(+-0) */
        if (hx < 0) return lm_nan();                                 /* log(negative) */
        k -= 54;
        x *= 0x1p54; /* subnormal: scale up */
        hx = hi_word(x);
    }
    if (hx >= 0x7ff00000) return x + x;
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    lm_i32 i = (hx + 0x95f64) & 0x100000;
    x = set_hi(x, hx | (i ^ 0x3ff00000)); /* x or x/2 into [sqrt(2)/2, sqrt(2)) */
    k += i >> 20;
    double f = x - 1.0;
    double dk = (double)k;
    if ((0x000fffff & (2 + hx)) < 3) { /* |f| < 2^-20 */
        if (f == 0.0) return k == 0 ? 0.0 : dk * ln2_hi + dk * ln2_lo;
        double R = f * f * (0.5 - 0.33333333333333333 * f);
        if (k == 0) return f - R;
        return dk * ln2_hi - ((R - dk * ln2_lo) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    lm_i32 near = (hx - 0x6147a) | (0x6b851 - hx);
    double w = z * z;
    double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
    double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
    double R = t2 + t1;
    if (near > 0) {
        double hfsq = 0.5 * f * f;
        if (k == 0) return f - (hfsq - s * (hfsq + R));
        return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
    }
    if (k == 0) return f - s * (f - R);
    return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
}

/*@unit log10 needs words*/
/* HotSpot computes Math.log10 with an Intel LIBM stub that is nearly
 * correctly rounded (fdlibm's and glibc's are not).  So this one is
 * computed in double-double arithmetic (about 70 good bits) and rounded
 * once, which agrees with the JVM on all but about 2 in 10,000 random
 * inputs: those where the stub itself is off by an ulp.  Error-free
 * transformations need each operation rounded on its own (no contraction). */
typedef struct { double hi, lo; } DD;

static DD dd(double hi, double lo) {
    DD r;
    r.hi = hi;
    r.lo = lo;
    return r;
}

static DD dd_fast_sum(double a, double b) { /* |a| >= |b| */
    double s = a + b;
    return dd(s, b - (s - a));
}

static DD dd_two_sum(double a, double b) {
    double s = a + b, bb = s - a;
    return dd(s, (a - (s - bb)) + (b - bb));
}

static DD dd_two_prod(double a, double b) { /* Dekker: exact product, no FMA */
    double p = a * b;
    double ta = 134217729.0 * a, ah = ta - (ta - a), al = a - ah;
    double tb = 134217729.0 * b, bh = tb - (tb - b), bl = b - bh;
    return dd(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl);
}

static DD dd_add(DD a, DD b) {
    DD s = dd_two_sum(a.hi, b.hi);
    return dd_fast_sum(s.hi, s.lo + (a.lo + b.lo));
}

static DD dd_mul(DD a, DD b) {
    DD p = dd_two_prod(a.hi, b.hi);
    return dd_fast_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

LM_API double lime_math_log10_D(double x) {
    const DD log10_2 = dd(0x1.34413509f79ffp-2, -0x1.9dc1da994fd21p-59);
    const DD log10_e = dd(0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57);
    const DD third = dd(0x1.5555555555555p-2, 0x1.5555555555555p-56);
    const DD fifth = dd(0x1.999999999999ap-3, -0x1.999999999999ap-57);

    if (x != x || x < 0.0) return lm_nan();
    if (x == 0.0) return -lm_inf();
    if (x == lm_inf()) return x;
    int k = 0;
    if (x < 0x1p-1022) { /* subnormal */
        x *= 0x1p54;
        k = -54;
    }
    lm_u64 u = lm_bits(x);
    k += (int)(u >> 52) - 1023;
    double m = lm_from_bits((u & 0x000fffffffffffffUL) | 0x3ff0000000000000UL);
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
    DD r = dd_add(fifth, dd_mul(t, dd(q, 0.0)));
    r = dd_add(third, dd_mul(t, r));
    r = dd_add(dd(1.0, 0.0), dd_mul(t, r));
    DD ln = dd_mul(s, r);
    ln.hi *= 2.0;
    ln.lo *= 2.0;
    DD y = dd_mul(ln, log10_e);
    if (k != 0) y = dd_add(dd_mul(dd((double)k, 0.0), log10_2), y);
    return y.hi + y.lo;
}

/*@unit pow needs words scale2*/
/* log2|x| in two parts t1 + t2 (t1 with 29 low zero bits), times y split
 * likewise, gives y*log2|x| = n + z with |z| <= 1/2 to about 64 bits;
 * 2^z from exp's rational approximation, then n added to the exponent.
 * The special cases are Java's (StrictMath.pow). */
static void pow_log2_huge_y(double ax, double *t1, double *t2) {
    const double ivln2 = 0x1.71547652b82fep0, ivln2_h = 0x1.715476p0, ivln2_l = 0x1.4ae0bf85ddf44p-26;
    /* |1 - x| <= 2^-20: log(x) = t - t^2/2 + t^3/3 - t^4/4 */
    double t = ax - 1.0;
    double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    double u = ivln2_h * t;
    double v = t * ivln2_l - w * ivln2;
    *t1 = set_lo(u + v, 0);
    *t2 = v - (*t1 - u);
}

static void pow_log2(double ax, double *t1, double *t2) {
    const double cp = 0x1.ec709dc3a03fdp-1, cp_h = 0x1.ec709ep-1, cp_l = -0x1.e2fe0145b01f5p-28;
    const double dp_h1 = 0x1.2b8034p-1, dp_l1 = 0x1.cfdeb43cfd006p-27;
    const double Ls1 = 0x1.3333333333303p-1, Ls2 = 0x1.b6db6db6fabffp-2, Ls3 = 0x1.55555518f264dp-2,
                 Ls4 = 0x1.17460a91d4101p-2, Ls5 = 0x1.d864a93c9db65p-3, Ls6 = 0x1.a7e284a454eefp-3;
    lm_i32 n = 0;
    lm_i32 ix = hi_word(ax);
    if (ix < 0x00100000) { /* subnormal */
        ax *= 0x1p53;
        n -= 53;
        ix = hi_word(ax);
    }
    n += (ix >> 20) - 0x3ff;
    lm_i32 j = ix & 0x000fffff;
    ix = j | 0x3ff00000; /* mantissa in [1, 2) */
    lm_i32 k;
    if (j <= 0x3988e) k = 0;      /* < sqrt(3/2) */
    else if (j < 0xbb67a) k = 1;  /* < sqrt(3) */
    else {
        k = 0;
        n += 1;
        ix -= 0x00100000;
    }
    ax = set_hi(ax, ix);
    /* s = s_h + s_l = (x - bp) / (x + bp), bp = 1 or 1.5 */
    double bp = 1.0 + 0.5 * k;
    double u = ax - bp;
    double v = 1.0 / (ax + bp);
    double ss = u * v;
    double s_h = set_lo(ss, 0);
    double t_h = from_words(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    double t_l = ax - (t_h - bp);
    double s_l = v * ((u - s_h * t_h) - s_h * t_l);
    /* log(ax) */
    double s2 = ss * ss;
    double r = s2 * s2 * (Ls1 + s2 * (Ls2 + s2 * (Ls3 + s2 * (Ls4 + s2 * (Ls5 + s2 * Ls6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = set_lo(3.0 + s2 + r, 0);
    t_l = r - ((t_h - 3.0) - s2);
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    /* 2/(3 log2) * (ss + ...) */
    double p_h = set_lo(u + v, 0);
    double p_l = v - (p_h - u);
    double z_h = cp_h * p_h;
    double z_l = cp_l * p_h + p_l * cp + dp_l1 * k;
    double t = (double)n;
    *t1 = set_lo(((z_h + z_l) + dp_h1 * k) + t, 0);
    *t2 = z_l - (((*t1 - t) - dp_h1 * k) - z_h);
}

/* 2^(p_h + p_l), |p_h + p_l| <= 1075, times s */
static double pow_exp2(double p_h, double p_l, double s) {
    const double P1 = 0x1.555555555553ep-3, P2 = -0x1.6c16c16bebd93p-9, P3 = 0x1.1566aaf25de2cp-14,
                 P4 = -0x1.bbd41c5d26bf1p-20, P5 = 0x1.6376972bea4d0p-25;
    const double lg2 = 0x1.62e42fefa39efp-1, lg2_h = 0x1.62e43p-1, lg2_l = -0x1.05c610ca86c39p-29;
    double z = p_l + p_h;
    lm_i32 j = hi_word(z);
    lm_i32 i = j & 0x7fffffff;
    lm_i32 k = (i >> 20) - 0x3ff;
    lm_i32 n = 0;
    if (i > 0x3fe00000) { /* |z| > 0.5: n = [z + 0.5] */
        n = j + (0x00100000 >> (k + 1));
        k = ((n & 0x7fffffff) >> 20) - 0x3ff;
        double t = from_words(n & ~(0x000fffff >> k), 0);
        n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
        if (j < 0) n = -n;
        p_h -= t;
    }
    double t = set_lo(p_l + p_h, 0);
    double u = t * lg2_h;
    double v = (p_l - (t - p_h)) * lg2 + t * lg2_l;
    z = u + v;
    double w = v - (z - u);
    t = z * z;
    double t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double r = (z * t1) / (t1 - 2.0) - (w + z * w);
    z = 1.0 - (r - z);
    if ((add_exp(hi_word(z), n) >> 20) <= 0) z = scale2(z, n); /* subnormal result */
    else z = set_hi(z, add_exp(hi_word(z), n));
    return s * z;
}

LM_API double lime_math_pow_DD(double x, double y) {
    if (y == 0.0) return 1.0;
    if (x != x || y != y) return x + y;
    double ay = fabs(y), ax = fabs(x);
    if (y == 2.0) return x * x;
    if (y == 0.5 && x >= -0x1.fffffffffffffp1023) return sqrt(x + 0.0); /* -0.0 and -inf as below */
    if (ay == 1.0) return y == 1.0 ? x : 1.0 / x;
    if (ay == lm_inf()) {
        if (ax == 1.0) return y - y;                   /* NaN */
        if (ax > 1.0) return y >= 0.0 ? y : 0.0;
        return y < 0.0 ? -y : 0.0;
    }
    lm_i32 hx = hi_word(x);
    lm_i32 ix = hx & 0x7fffffff;
    /* for x < 0: 0 if y is not an integer, 1 if odd, 2 if even */
    int y_is_int = 0;
    if (hx < 0) {
        if (ay >= 0x1p53) y_is_int = 2;
        else if (ay >= 1.0) {
            lm_i64 yl = (lm_i64)ay;
            if ((double)yl == ay) y_is_int = 2 - (int)(yl & 1);
        }
    }
    if (ax == 0.0 || ax == lm_inf() || ax == 1.0) {
        double z = ax;
        if (y < 0.0) z = 1.0 / z;
        if (hx < 0) {
            if (((ix - 0x3ff00000) | y_is_int) == 0) z = lm_nan(); /* (-1)**non-int */
            else if (y_is_int == 1) z = -1.0 * z;
        }
        return z;
    }
    if (hx < 0 && y_is_int == 0) return lm_nan(); /* (x < 0)**(non-int) */
    double s = (hx < 0 && y_is_int == 1) ? -1.0 : 1.0;
    double t1, t2;
    if (ay > 0x1.00000ffffffffp31) { /* |y| > ~2^31 */
        if (ax < 0x1.fffff00000000p-1) return y < 0.0 ? s * lm_inf() : s * 0.0;
        if (ax > 0x1.00000ffffffffp0) return y > 0.0 ? s * lm_inf() : s * 0.0;
        pow_log2_huge_y(ax, &t1, &t2);
    } else {
        pow_log2(ax, &t1, &t2);
    }
    /* (y1 + y2) * (t1 + t2) = p_h + p_l */
    double y1 = set_lo(y, 0);
    double p_l = (y - y1) * t1 + y * t2;
    double p_h = y1 * t1;
    double z = p_l + p_h;
    lm_i32 j = hi_word(z);
    lm_i32 i = (lm_i32)lo_word(z);
    if (j >= 0x40900000) { /* z >= 1024 */
        if (((j - 0x40900000) | i) != 0) return s * lm_inf();
        if (p_l + 8.0085662595372944372e-17 > z - p_h) return s * lm_inf();
    } else if ((j & 0x7fffffff) >= 0x4090cc00) { /* z <= -1075 */
        if (((lm_i32)((lm_u32)j - 0xc090cc00u) | i) != 0) return s * 0.0;
        if (p_l <= z - p_h) return s * 0.0;
    }
    return pow_exp2(p_h, p_l, s);
}

/*@unit trig needs words scale2*/
/* sin, cos and tan of x reduce it to y0 + y1 = x - n*pi/2, |y| <= pi/4,
 * and evaluate a kernel on the reduced argument.  Up to 2^19*pi/2 the
 * reduction subtracts n*pi/2 in three 33-bit parts as far as cancellation
 * needs; beyond, it multiplies x's 24-bit chunks by as many 24-bit chunks
 * of 2/pi as make the result good (rem_pio2_large). */
LM_CONST lm_i32 two_over_pi[] = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7,
    0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C,
    0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
    0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7,
    0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E,
    0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
};

/* high words of n*pi/2, n = 1..32 */
LM_CONST lm_i32 npio2_hw[] = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
};

/* pi/2 in 24-bit pieces */
LM_CONST double pio2_24[] = {
    0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72,
    0x1.01b838p-96, 0x1.a25204p-120, 0x1.382228p-145, 0x1.9f31dp-169,
};

/* x (positive, nx 24-bit chunks in xs, xs[0]'s exponent e0) times 2/pi:
 * the last three bits of the integer part, and the fraction times pi/2 in
 * y[0] + y[1] (fdlibm's __kernel_rem_pio2 as its rem_pio2 calls it, at
 * "64-bit" precision: 5 chunks of 2/pi to start with, jk = 4). */
static int rem_pio2_large(const double *xs, double *y, int e0, int nx) {
    const double two24 = 0x1p24, twon24 = 0x1p-24;
    const int jk = 4, jp = 4;
    lm_i32 iq[20];
    double f[20], fq[20], q[20];
    int jx = nx - 1;
    int jv = (e0 - 3) / 24;
    if (jv < 0) jv = 0;
    int q0 = e0 - 24 * (jv + 1);

    for (int i = 0, j = jv - jx; i <= jx + jk; i++, j++) f[i] = j < 0 ? 0.0 : (double)two_over_pi[j];
    for (int i = 0; i <= jk; i++) {
        double fw = 0.0;
        for (int j = 0; j <= jx; j++) fw += xs[j] * f[jx + i - j];
        q[i] = fw;
    }
    int jz = jk;
    int n, ih;
    double z;
    for (;;) {
        /* distill q[] into iq[], most significant last */
        int i = 0;
        z = q[jz];
        for (int j = jz; j > 0; i++, j--) {
            double fw = (double)(lm_i32)(twon24 * z);
            iq[i] = (lm_i32)(z - two24 * fw);
            z = q[j - 1] + fw;
        }
        z = scale2(z, q0);
        z -= 8.0 * floor(z * 0.125); /* integer part mod 8 */
        n = (int)z;
        z -= (double)n;
        ih = 0;
        if (q0 > 0) { /* iq[jz-1] holds integer bits too */
            lm_i32 b = iq[jz - 1] >> (24 - q0);
            n += b;
            iq[jz - 1] -= b << (24 - q0);
            ih = iq[jz - 1] >> (23 - q0);
        } else if (q0 == 0) {
            ih = iq[jz - 1] >> 23;
        } else if (z >= 0.5) {
            ih = 2;
        }
        if (ih > 0) { /* fraction >= 1/2: take 1 - fraction, n + 1 */
            n += 1;
            int carry = 0;
            for (int k = 0; k < jz; k++) {
                lm_i32 w = iq[k];
                if (carry == 0) {
                    if (w != 0) {
                        carry = 1;
                        iq[k] = 0x1000000 - w;
                    }
                } else {
                    iq[k] = 0xffffff - w;
                }
            }
            if (q0 == 1) iq[jz - 1] &= 0x7fffff;
            else if (q0 == 2) iq[jz - 1] &= 0x3fffff;
            if (ih == 2) {
                z = 1.0 - z;
                if (carry != 0) z -= scale2(1.0, q0);
            }
        }
        if (z != 0.0) break;
        lm_i32 any = 0;
        for (int k = jz - 1; k >= jk; k--) any |= iq[k];
        if (any != 0) break;
        /* the fraction cancelled: take more chunks of 2/pi */
        int more = 1;
        while (iq[jk - more] == 0) more++;
        for (int k = jz + 1; k <= jz + more; k++) {
            f[jx + k] = (double)two_over_pi[jv + k];
            double fw = 0.0;
            for (int j = 0; j <= jx; j++) fw += xs[j] * f[jx + k - j];
            q[k] = fw;
        }
        jz += more;
    }
    if (z == 0.0) { /* chop off zero chunks */
        jz -= 1;
        q0 -= 24;
        while (iq[jz] == 0) {
            jz--;
            q0 -= 24;
        }
    } else { /* split z into 24-bit chunks if needed */
        z = scale2(z, -q0);
        if (z >= two24) {
            double fw = (double)(lm_i32)(twon24 * z);
            iq[jz] = (lm_i32)(z - two24 * fw);
            jz += 1;
            q0 += 24;
            iq[jz] = (lm_i32)fw;
        } else {
            iq[jz] = (lm_i32)z;
        }
    }
    fq[0] = 0.0; /* jz >= 0: set below; for the compiler */
    double fw = scale2(1.0, q0);
    for (int i = jz; i >= 0; i--) {
        q[i] = fw * (double)iq[i];
        fw *= twon24;
    }
    for (int i = jz; i >= 0; i--) {
        fw = 0.0;
        for (int k = 0; k <= jp && k <= jz - i; k++) fw += pio2_24[k] * q[i + k];
        fq[jz - i] = fw;
    }
    fw = 0.0;
    for (int i = jz; i >= 0; i--) fw += fq[i];
    y[0] = ih == 0 ? fw : -fw;
    fw = fq[0] - fw;
    for (int i = 1; i <= jz; i++) fw += fq[i];
    y[1] = ih == 0 ? fw : -fw;
    return n & 7;
}

/* y[0] + y[1] = x - n*pi/2 with |y| <= pi/4 (about); returns n.  x finite,
 * |x| > pi/4. */
static lm_i32 rem_pio2(double x, double *y) {
    const double invpio2 = 0x1.45f306dc9c883p-1;
    const double pio2_1 = 0x1.921fb544p0, pio2_1t = 0x1.0b4611a626331p-34;
    const double pio2_2 = 0x1.0b4611a6p-34, pio2_2t = 0x1.3198a2e037073p-69;
    const double pio2_3 = 0x1.3198a2ep-69, pio2_3t = 0x1.b839a252049c1p-104;
    lm_i32 hx = hi_word(x), ix = hx & 0x7fffffff;
    if (ix < 0x4002d97c) { /* |x| < 3pi/4: n = +-1 */
        double sgn = hx > 0 ? 1.0 : -1.0;
        double z = x - sgn * pio2_1;
        if (ix != 0x3ff921fb) { /* 33 + 53 bits of pi suffice */
            y[0] = z - sgn * pio2_1t;
            y[1] = (z - y[0]) - sgn * pio2_1t;
        } else { /* near pi/2: 33 + 33 + 53 bits */
            z -= sgn * pio2_2;
            y[0] = z - sgn * pio2_2t;
            y[1] = (z - y[0]) - sgn * pio2_2t;
        }
        return hx > 0 ? 1 : -1;
    }
    if (ix <= 0x413921fb) { /* |x| <= 2^19 pi/2: medium */
        double t = fabs(x);
        lm_i32 n = (lm_i32)(t * invpio2 + 0.5);
        double fn = (double)n;
        double r = t - fn * pio2_1;
        double w = fn * pio2_1t; /* good to 85 bits */
        if (n < 32 && ix != npio2_hw[n - 1]) {
            y[0] = r - w; /* no cancellation */
        } else {
            lm_i32 j = ix >> 20;
            y[0] = r - w;
            lm_i32 i = j - ((hi_word(y[0]) >> 20) & 0x7ff);
            if (i > 16) { /* second step, good to 118 bits */
                t = r;
                w = fn * pio2_2;
                r = t - w;
                w = fn * pio2_2t - ((t - r) - w);
                y[0] = r - w;
                i = j - ((hi_word(y[0]) >> 20) & 0x7ff);
                if (i > 49) { /* third step, 151 bits */
                    t = r;
                    w = fn * pio2_3;
                    r = t - w;
                    w = fn * pio2_3t - ((t - r) - w);
                    y[0] = r - w;
                }
            }
        }
        y[1] = (r - y[0]) - w;
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }
    /* large: |x| as three 24-bit chunks, scaled to [2^23, 2^24) */
    double xs[3];
    lm_i32 e0 = (ix >> 20) - 1046; /* ilogb(x) - 23 */
    double z = from_words(add_exp(ix, -e0), lo_word(x));
    for (int i = 0; i < 2; i++) {
        xs[i] = (double)(lm_i32)z;
        z = (z - xs[i]) * 0x1p24;
    }
    xs[2] = z;
    int nx = 3;
    while (xs[nx - 1] == 0.0) nx--;
    lm_i32 n = rem_pio2_large(xs, y, e0, nx);
    if (hx < 0) {
        y[0] = -y[0];
        y[1] = -y[1];
        return -n;
    }
    return n;
}

/* sin(x + y) on |x| <= pi/4, y the tail of x (y_zero: y is 0): an odd
 * polynomial of degree 13. */
static double kernel_sin(double x, double y, int y_zero) {
    const double S1 = -0x1.5555555555549p-3, S2 = 0x1.111111110f8a6p-7, S3 = -0x1.a01a019c161d5p-13,
                 S4 = 0x1.71de357b1fe7dp-19, S5 = -0x1.ae5e68a2b9cebp-26, S6 = 0x1.5d93a5acfd57cp-33;
    lm_i32 ix = hi_word(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (lm_i32)x == 0) return x; /* |x| < 2^-27 */
    double z = x * x;
    double v = z * x;
    double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if (y_zero) return x + v * (S1 + z * r);
    return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

/* cos(x + y) on |x| <= pi/4: 1 - x^2/2 + an even polynomial of degree 14,
 * the subtraction split so that it stays exact for |x| >= 0.3. */
static double kernel_cos(double x, double y) {
    const double C1 = 0x1.555555555554cp-5, C2 = -0x1.6c16c16c15177p-10, C3 = 0x1.a01a019cb159p-16,
                 C4 = -0x1.27e4f809c52adp-22, C5 = 0x1.1ee9ebdb4b1c4p-29, C6 = -0x1.8fae9be8838d4p-37;
    lm_i32 ix = hi_word(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (lm_i32)x == 0) return 1.0; /* |x| < 2^-27 */
    double z = x * x;
    double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if (ix < 0x3fd33333) return 1.0 - (0.5 * z - (z * r - x * y)); /* |x| < 0.3 */
    double qx = ix > 0x3fe90000 ? 0.28125 : from_words(ix - 0x00200000, 0);
    double hz = 0.5 * z - qx;
    double a = 1.0 - qx;
    return a - (hz - (z * r - x * y));
}

/*@unit sin needs words scale2 trig*/
LM_API double lime_math_sin_D(double x) {
    lm_i32 ix = hi_word(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) return kernel_sin(x, 0.0, 1); /* |x| <= pi/4 */
    if (ix >= 0x7ff00000) return x - x;                 /* NaN, infinities */
    double y[2];
    switch (rem_pio2(x, y) & 3) {
    case 0: return kernel_sin(y[0], y[1], 0);
    case 1: return kernel_cos(y[0], y[1]);
    case 2: return -kernel_sin(y[0], y[1], 0);
    default: return -kernel_cos(y[0], y[1]);
    }
}

/*@unit cos needs words scale2 trig*/
LM_API double lime_math_cos_D(double x) {
    lm_i32 ix = hi_word(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) return kernel_cos(x, 0.0);
    if (ix >= 0x7ff00000) return x - x;
    double y[2];
    switch (rem_pio2(x, y) & 3) {
    case 0: return kernel_cos(y[0], y[1]);
    case 1: return -kernel_sin(y[0], y[1], 0);
    case 2: return -kernel_cos(y[0], y[1]);
    default: return kernel_sin(y[0], y[1], 0);
    }
}

/*@unit tan needs words scale2 trig*/
LM_CONST double tanT[] = {
    0x1.5555555555563p-2,  0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5, 0x1.664f48406d637p-6,
    0x1.226e3e96e8493p-7,  0x1.d6d22c9560328p-9, 0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11,
    0x1.026f71a8d1068p-12, 0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
    0x1.b2a7074bf7ad4p-16,
};

/* -1/(x + r) to nearly full precision, w = x + r rounded */
static double tan_neg_recip(double x, double r, double w) {
    double z = set_lo(w, 0);
    double v = r - (z - x); /* z + v = x + r */
    double a = -1.0 / w;
    double t = set_lo(a, 0);
    double s = 1.0 + t * z;
    return t + a * (s + t * v);
}

/* tan(x + y) (k = 1) or -1/tan(x + y) (k = -1) on |x| <= pi/4: an odd
 * polynomial of degree 27 up to 0.6744, tan(pi/4 - x) beyond. */
static double kernel_tan(double x, double y, int k) {
    const double pio4 = 0x1.921fb54442d18p-1, pio4lo = 0x1.1a62633145c07p-55;
    lm_i32 hx = hi_word(x), ix = hx & 0x7fffffff;
    if (ix < 0x3e300000 && (lm_i32)x == 0) { /* |x| < 2^-28 */
        if (((ix | (lm_i32)lo_word(x)) | (k + 1)) == 0) return 1.0 / fabs(x);
        if (k == 1) return x;
        return tan_neg_recip(x, y, x + y);
    }
    int big = ix >= 0x3fe59428; /* |x| >= 0.6744 */
    if (big) {
        if (hx < 0) {
            x = -x;
            y = -y;
        }
        x = (pio4 - x) + (pio4lo - y);
        y = 0.0;
    }
    double z = x * x;
    double w = z * z;
    double r = tanT[1] + w * (tanT[3] + w * (tanT[5] + w * (tanT[7] + w * (tanT[9] + w * tanT[11]))));
    double v = z * (tanT[2] + w * (tanT[4] + w * (tanT[6] + w * (tanT[8] + w * (tanT[10] + w * tanT[12])))));
    double s = z * x;
    r = y + z * (s * (r + v) + y);
    r += tanT[0] * s;
    w = x + r;
    if (big) {
        v = (double)k;
        return (double)(1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if (k == 1) return w;
    return tan_neg_recip(x, r, w);
}

LM_API double lime_math_tan_D(double x) {
    lm_i32 ix = hi_word(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) return kernel_tan(x, 0.0, 1);
    if (ix >= 0x7ff00000) return x - x;
    double y[2];
    lm_i32 n = rem_pio2(x, y);
    return kernel_tan(y[0], y[1], 1 - ((n & 1) << 1));
}

/*@unit expm1 needs words*/
/* exp(x) - 1 without cancellation: x = k*ln2 + r with the rounding of r
 * kept in c; expm1(r) from a rational approximation in r*r, the
 * correction c added, then scaled by 2^k with the - 1 placed where it
 * loses nothing. */
LM_API double lime_math_expm1_D(double x) {
    const double o_threshold = 0x1.62e42fefa39efp9;
    const double ln2_hi = 0x1.62e42feep-1, ln2_lo = 0x1.a39ef35793c76p-33;
    const double invln2 = 0x1.71547652b82fep0;
    const double Q1 = -0x1.11111111110f4p-5, Q2 = 0x1.a01a019fe5585p-10, Q3 = -0x1.4ce199eaadbb7p-14,
                 Q4 = 0x1.0cfca86e65239p-18, Q5 = -0x1.afdb76e09c32dp-23;
    lm_i32 hx = hi_word(x);
    int negative = hx < 0;
    hx &= 0x7fffffff;
    if (hx >= 0x4043687a) {     /* |x| >= 56 ln2 */
        if (hx >= 0x40862e42) { /* |x| >= 709.78 */
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | (lm_i32)lo_word(x)) != 0) return x + x; /* NaN */
                return negative ? -1.0 : x;
            }
            if (x > o_threshold) return lm_inf();
        }
        if (negative) return -1.0; /* x < -56 ln2 */
    }
    double c = 0.0;
    lm_i32 k = 0;
    if (hx > 0x3fd62e42) { /* |x| > ln2/2 */
        double hi, lo;
        if (hx < 0x3ff0a2b2) { /* and < 3 ln2 / 2 */
            hi = negative ? x + ln2_hi : x - ln2_hi;
            lo = negative ? -ln2_lo : ln2_lo;
            k = negative ? -1 : 1;
        } else {
            k = (lm_i32)(invln2 * x + (negative ? -0.5 : 0.5));
            double t = (double)k;
            hi = x - t * ln2_hi; /* exact */
            lo = t * ln2_lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (hx < 0x3c900000) { /* |x| < 2^-54 */
        return x;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);
    e = x * (e - c) - c;
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
    double y;
    if (k <= -2 || k > 56) { /* exp(x) - 1 */
        y = 1.0 - (e - x);
        return set_hi(y, add_exp(hi_word(y), k)) - 1.0;
    }
    if (k < 20) {
        t = from_words(0x3ff00000 - (0x200000 >> k), 0); /* 1 - 2^-k */
        y = t - (e - x);
    } else {
        t = from_words((0x3ff - k) << 20, 0); /* 2^-k */
        y = x - (e + t);
        y += 1.0;
    }
    return set_hi(y, add_exp(hi_word(y), k));
}

/*@unit log1p needs words*/
/* log(1 + x) as log's algorithm on u = 1 + x rounded, with the rounding
 * error c/u added back; no rounding at all where 1 + x is exact. */
LM_API double lime_math_log1p_D(double x) {
    const double ln2_hi = 0x1.62e42feep-1, ln2_lo = 0x1.a39ef35793c76p-33;
    const double Lp1 = 0x1.5555555555593p-1, Lp2 = 0x1.999999997fa04p-2, Lp3 = 0x1.2492494229359p-2,
                 Lp4 = 0x1.c71c51d8e78afp-3, Lp5 = 0x1.7466496cb03dep-3, Lp6 = 0x1.39a09d078c69fp-3,
                 Lp7 = 0x1.2f112df3e5244p-3;
    lm_i32 hx = hi_word(x);
    lm_i32 ax = hx & 0x7fffffff;
    lm_i32 k = 1, hu = 0;
    double f = 0.0, c = 0.0;
    if (hx < 0x3fda827a) {         /* x < 0.41422 */
        if (ax >= 0x3ff00000) { /* x <= -1 */
            return x == -1.0 ? -lm_inf() : lm_nan();
        }
        if (ax < 0x3e200000) { /* |x| < 2^-29 */
            if (ax < 0x3c900000) return x;
            return x - x * x * 0.5;
        }
        if (hx > 0 || hx <= (lm_i32)0xbfd2bec3) { /* -0.2929 < x < 0.41422 */
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if (hx >= 0x7ff00000) return x + x;
    if (k != 0) {
        double u;
        if (hx < 0x43400000) {
            u = 1.0 + x;
            hu = hi_word(u);
            k = (hu >> 20) - 1023;
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); /* the rounding of 1 + x */
            c /= u;
        } else {
            u = x;
            hu = hi_word(u);
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000fffff;
        if (hu < 0x6a09e) {
            u = set_hi(u, hu | 0x3ff00000); /* u */
        } else {
            k += 1;
            u = set_hi(u, hu | 0x3fe00000); /* u/2 */
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    double dk = (double)k;
    if (hu == 0) { /* |f| < 2^-20 */
        if (f == 0.0) {
            if (k == 0) return 0.0;
            c += dk * ln2_lo;
            return dk * ln2_hi + c;
        }
        double R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) return f - R;
        return dk * ln2_hi - ((R - (dk * ln2_lo + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + (dk * ln2_lo + c))) - f);
}

/*@unit sinh needs words fdlibm_exp expm1*/
/* (E + E/(E + 1))/2 with E = expm1(|x|) below 22, exp(|x|)/2 beyond, as
 * exp(|x|/2)/2 * exp(|x|/2) near overflow. */
LM_API double lime_math_sinh_D(double x) {
    lm_i32 jx = hi_word(x), ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) return x + x;
    double h = jx < 0 ? -0.5 : 0.5;
    if (ix < 0x40360000) { /* |x| < 22 */
        if (ix < 0x3e300000) return x; /* |x| < 2^-28 */
        double t = lime_math_expm1_D(fabs(x));
        if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
        return h * (t + t / (t + 1.0));
    }
    if (ix < 0x40862e42) return h * fdlibm_exp(fabs(x));
    if (ix < 0x408633ce || (ix == 0x408633ce && lo_word(x) <= 0x8fb9f87du)) {
        double w = fdlibm_exp(0.5 * fabs(x));
        double t = h * w;
        return t * w;
    }
    return x * 1.0e307; /* overflow */
}

/*@unit cosh needs words fdlibm_exp expm1*/
/* 1 + expm1(|x|)^2 / (2 exp(|x|)) below ln2/2, (exp(|x|) + 1/exp(|x|))/2
 * below 22, exp(|x|)/2 beyond. */
LM_API double lime_math_cosh_D(double x) {
    lm_i32 ix = hi_word(x) & 0x7fffffff;
    if (ix >= 0x7ff00000) return x * x;
    if (ix < 0x3fd62e43) { /* |x| < ln2/2 */
        double t = lime_math_expm1_D(fabs(x));
        double w = 1.0 + t;
        if (ix < 0x3c800000) return w; /* cosh(tiny) = 1 */
        return 1.0 + (t * t) / (w + w);
    }
    if (ix < 0x40360000) { /* |x| < 22 */
        double t = fdlibm_exp(fabs(x));
        return 0.5 * t + 0.5 / t;
    }
    if (ix < 0x40862e42) return 0.5 * fdlibm_exp(fabs(x));
    if (ix < 0x408633ce || (ix == 0x408633ce && lo_word(x) <= 0x8fb9f87du)) {
        double w = fdlibm_exp(0.5 * fabs(x));
        double t = 0.5 * w;
        return t * w;
    }
    return lm_inf(); /* overflow */
}

/*@unit tanh needs words expm1*/
/* -t/(t + 2) with t = expm1(-2|x|) below 1, 1 - 2/(t + 2) with
 * t = expm1(2|x|) below 22, +-1 beyond. */
LM_API double lime_math_tanh_D(double x) {
    lm_i32 jx = hi_word(x), ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; /* +-1, NaN */
    double z;
    if (ix < 0x40360000) {                 /* |x| < 22 */
        if (ix < 0x3c800000) return x * (1.0 + x); /* |x| < 2^-55 */
        if (ix >= 0x3ff00000) {            /* |x| >= 1 */
            double t = lime_math_expm1_D(2.0 * fabs(x));
            z = 1.0 - 2.0 / (t + 2.0);
        } else {
            double t = lime_math_expm1_D(-2.0 * fabs(x));
            z = -t / (t + 2.0);
        }
    } else {
        z = 1.0;
    }
    return jx >= 0 ? z : -z;
}
