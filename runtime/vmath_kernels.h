/* vmath_kernels.h: the lane-vector kernels of runtime/vmath.c for one
 * width, VW doubles, one register of the ISA (vmath.c includes this once
 * per width, each time inside the target region of that width's ISA:
 * GCC 12 splits wider vectors into scalar comparisons).  Each kernel is
 * the scalar routine of fdlibm_common.h with the same operations in the
 * same order on every lane; each branch of the scalar routine is a lane
 * mask and a select, and the lanes of the rare branches (NaN, infinities,
 * zeros, subnormal arguments or results, overflow, sin and cos beyond
 * 2^19 pi/2) are recomputed by the scalar routine itself, so every lane
 * has the scalar routine's bits.  Integer lanes are shifted right only
 * logically (AVX2 has no 64-bit arithmetic shift). */

#define VM_CAT3(a, b, c) a##b##c
#define VM_NAME(f, w) VM_CAT3(f, _, w)
#define VD VM_NAME(vm_vd, VW)
#define VI VM_NAME(vm_vi, VW)
#define VU VM_NAME(vm_vu, VW)

typedef double VD __attribute__((vector_size(8 * VW)));
typedef int64_t VI __attribute__((vector_size(8 * VW)));
typedef uint64_t VU __attribute__((vector_size(8 * VW)));

/* m ? a : b, lane by lane; m's lanes are all ones or all zeros (a vector
 * comparison's result) */
#define VM_SEL(m, a, b) ((VD)(((VI)(a) & (m)) | ((VI)(b) & ~(m))))
#define VM_SEL_I(m, a, b) (((a) & (m)) | ((b) & ~(m)))
/* the double of an integer lane k, |k| < 2^51, exactly: its bits added to
 * the mantissa of 1.5 * 2^52, whose unit is 1 */
#define VM_TO_D(k) ((VD)((VU)(k) + VM_SHIFT_BITS) - VM_SHIFT)

/* exp: lime_math_exp_D on VW lanes, in place.  The scalar's special lanes
 * (NaN, beyond the thresholds, |x| < 2^-54) and those whose 2^k scaling
 * is not the plain one (k > 1000, k < -1021) are rare. */
static void VM_NAME(vm_exp, VW)(double *v) {
    const double o_threshold = 0x1.62e42fefa39efp9, u_threshold = -0x1.74910d52d3051p9;
    const double inv_ln2_128 = 0x1.71547652b82fep+7;
    const double ln2_128_hi = 0x1.62e42fef80000p-8, ln2_128_lo = 0x1.1cf79abc9e3b4p-43;
    const double shift = VM_SHIFT;
    VD x;
    memcpy(&x, v, sizeof x);
    VD ax = (VD)((VU)x & 0x7fffffffffffffffUL);
    /* NaN lanes compare false everywhere: rare */
    VI common = (x <= o_threshold) & (x >= u_threshold) & (ax >= 0x1p-54);
    VD kd = (x * inv_ln2_128 + shift) - shift; /* round to nearest integer */
    VD r = (x - kd * ln2_128_hi) - kd * ln2_128_lo;
    /* the integer kd: x * inv_ln2_128 + shift has unit 1 where |kd| < 2^51
     * (every common lane), so its bits less the shift's are kd */
    VI i = (VI)((VU)(kd + shift) - VM_SHIFT_BITS);
    /* k = i >> 7 (arithmetic), as a logical shift of i + 2^62 >= 0 */
    VI j = i & 127, k = (VI)((VU)(i + (1L << 62)) >> 7) - (1L << 55);
    VD t0, t1;
    for (int l = 0; l < VW; l++) {
        t0[l] = vm_exp_tab[2 * j[l]];
        t1[l] = vm_exp_tab[2 * j[l] + 1];
    }
    VD r2 = r * r;
    VD tmp = t1 + r + r2 * (0.5 + r * 0x1.5555555555555p-3) + r2 * r2 * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7);
    common &= (k <= 1000) & (k >= -1021);
    VD s = (VD)((VU)t0 + ((VU)k << 52));
    VD y = s + s * tmp;
    memcpy(v, &y, sizeof y);
    for (int l = 0; l < VW; l++)
        if (!common[l]) v[l] = lime_math_exp_D(x[l]);
}

/* log: lime_math_log_D on VW lanes, in place.  Arguments below 2^-1022
 * (zeros, subnormals, negatives) and infinities and NaNs are rare; the
 * scalar's other branches (|f| < 2^-20, f == 0, k == 0, near) are
 * selects. */
static void VM_NAME(vm_log, VW)(double *v) {
    const double ln2_hi = 0x1.62e42feep-1, ln2_lo = 0x1.a39ef35793c76p-33;
    const double Lg1 = 0x1.5555555555593p-1, Lg2 = 0x1.999999997fa04p-2, Lg3 = 0x1.2492494229359p-2,
                 Lg4 = 0x1.c71c51d8e78afp-3, Lg5 = 0x1.7466496cb03dep-3, Lg6 = 0x1.39a09d078c69fp-3,
                 Lg7 = 0x1.2f112df3e5244p-3;
    VD x;
    memcpy(&x, v, sizeof x);
    VU ux = (VU)x;
    /* the high word, as the scalar's lm_i32 where that is not negative (the
     * lanes where it is, x < 0, are rare: unsigned above 0x7ff00000) */
    VI hx = (VI)(ux >> 32);
    VI common = (hx >= 0x00100000) & (hx < 0x7ff00000);
    VI k = (hx >> 20) - 1023;
    hx &= 0x000fffff;
    VI i = (hx + 0x95f64) & 0x100000;
    x = (VD)(((VU)(hx | (i ^ 0x3ff00000)) << 32) | (ux & 0xffffffffUL)); /* into [sqrt(2)/2, sqrt(2)) */
    k += i >> 20;
    VD f = x - 1.0;
    VD dk = VM_TO_D(k);
    VI k0 = k == 0;
    /* |f| < 2^-20 */
    VI tiny = (0x000fffff & (2 + hx)) < 3;
    VD R = f * f * (0.5 - 0.33333333333333333 * f);
    VD zero_f = VM_SEL(k0, (VD){0}, dk * ln2_hi + dk * ln2_lo);
    VD tiny_r = VM_SEL(k0, f - R, dk * ln2_hi - ((R - dk * ln2_lo) - f));
    tiny_r = VM_SEL(f == 0.0, zero_f, tiny_r);
    /* the rest */
    VD s = f / (2.0 + f);
    VD z = s * s;
    VI near = ((hx - 0x6147a) | (0x6b851 - hx)) > 0;
    VD w = z * z;
    VD t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
    VD t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
    R = t2 + t1;
    VD hfsq = 0.5 * f * f;
    VD near_r = VM_SEL(k0, f - (hfsq - s * (hfsq + R)), dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f));
    VD far_r = VM_SEL(k0, f - s * (f - R), dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f));
    VD y = VM_SEL(tiny, tiny_r, VM_SEL(near, near_r, far_r));
    x = y;
    memcpy(v, &x, sizeof x);
    for (int l = 0; l < VW; l++)
        if (!common[l]) {
            double a;
            memcpy(&a, (char *)&ux + 8 * l, 8);
            v[l] = lime_math_log_D(a);
        }
}

/* rem_pio2 for the lanes of sin and cos: y0 + y1 = x - n*pi/2, in the
 * scalar's three cases (|x| <= pi/4: n = 0, y0 = x, y1 = 0; |x| < 3pi/4:
 * n = +-1; medium, |x| <= 2^19 pi/2, with its second and third steps where
 * the scalar takes them), each lane its case by selects.  Lanes beyond
 * (large, NaN, infinite) get values of no meaning: the callers make them
 * rare. */
static inline __attribute__((always_inline)) void VM_NAME(vm_rem_pio2, VW)(VD x, VD *y0p, VD *y1p, VI *np) {
    const double invpio2 = 0x1.45f306dc9c883p-1;
    const double pio2_1 = 0x1.921fb544p0, pio2_1t = 0x1.0b4611a626331p-34;
    const double pio2_2 = 0x1.0b4611a6p-34, pio2_2t = 0x1.3198a2e037073p-69;
    const double pio2_3 = 0x1.3198a2ep-69, pio2_3t = 0x1.b839a252049c1p-104;
    VU ux = (VU)x;
    VI ix = (VI)(ux >> 32) & 0x7fffffff;
    VI neg = (VI)ux < 0;
    /* |x| < 3pi/4: n = +-1 */
    VD sgn = VM_SEL(neg, (VD){0} - 1.0, (VD){0} + 1.0);
    VD z = x - sgn * pio2_1;
    VD a0 = z - sgn * pio2_1t;
    VD a1 = (z - a0) - sgn * pio2_1t;
    VD z2 = z - sgn * pio2_2; /* near pi/2 */
    VD b0 = z2 - sgn * pio2_2t;
    VD b1 = (z2 - b0) - sgn * pio2_2t;
    VI mid = ix != 0x3ff921fb;
    VD n1_y0 = VM_SEL(mid, a0, b0), n1_y1 = VM_SEL(mid, a1, b1);
    /* medium: n = (int)(t * invpio2 + 0.5), a floor of a positive value
     * below 2^20, as the nearest integer less one where that is above */
    VD t = (VD)(ux & 0x7fffffffffffffffUL);
    VD h = t * invpio2 + 0.5;
    VD fn = (h + 0x1p52) - 0x1p52;
    fn = VM_SEL(fn > h, fn - 1.0, fn);
    VI n = (VI)((VU)(fn + 0x1p52) - 0x4330000000000000UL);
    VD r = t - fn * pio2_1;
    VD w = fn * pio2_1t; /* good to 85 bits */
    VD y0 = r - w;
    VI hw;
    for (int l = 0; l < VW; l++) {
        int64_t k = n[l] < 1 ? 1 : n[l] > 32 ? 32 : n[l];
        hw[l] = vm_npio2_hw[k - 1];
    }
    VI easy = (n < 32) & (ix != hw);
    VI j = ix >> 20;
    VI step2 = ~easy & ((j - (VI)(((VU)y0 >> 52) & 0x7ff)) > 16);
    VD r2 = r - fn * pio2_2; /* second step, good to 118 bits */
    VD w2 = fn * pio2_2t - ((r - r2) - fn * pio2_2);
    VD y02 = r2 - w2;
    VI step3 = step2 & ((j - (VI)(((VU)y02 >> 52) & 0x7ff)) > 49);
    VD r3 = r2 - fn * pio2_3; /* third step, 151 bits */
    VD w3 = fn * pio2_3t - ((r2 - r3) - fn * pio2_3);
    VD y03 = r3 - w3;
    r = VM_SEL(step3, r3, VM_SEL(step2, r2, r));
    w = VM_SEL(step3, w3, VM_SEL(step2, w2, w));
    y0 = VM_SEL(step3, y03, VM_SEL(step2, y02, y0));
    VD y1 = (r - y0) - w;
    y0 = VM_SEL(neg, -y0, y0);
    y1 = VM_SEL(neg, -y1, y1);
    n = VM_SEL_I(neg, -n, n);
    /* the three cases */
    VI small = ix <= 0x3fe921fb, one = ix < 0x4002d97c;
    *y0p = VM_SEL(small, x, VM_SEL(one, n1_y0, y0));
    *y1p = VM_SEL(small, (VD){0}, VM_SEL(one, n1_y1, y1));
    *np = VM_SEL_I(small, (VI){0}, VM_SEL_I(one, VM_SEL_I(neg, (VI){0} - 1, (VI){0} + 1), n));
}

/* kernel_sin(x, y, y_zero) and kernel_cos(x, y) of fdlibm_common.h, lane by lane */
static inline __attribute__((always_inline)) VD VM_NAME(vm_ksin, VW)(VD x, VD y, VI y_zero) {
    const double S1 = -0x1.5555555555549p-3, S2 = 0x1.111111110f8a6p-7, S3 = -0x1.a01a019c161d5p-13,
                 S4 = 0x1.71de357b1fe7dp-19, S5 = -0x1.ae5e68a2b9cebp-26, S6 = 0x1.5d93a5acfd57cp-33;
    VI ix = (VI)((VU)x >> 32) & 0x7fffffff;
    VD z = x * x;
    VD v = z * x;
    VD r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    VD res = VM_SEL(y_zero, x + v * (S1 + z * r), x - ((z * (0.5 * y - v * r) - y) - v * S1));
    return VM_SEL(ix < 0x3e400000, x, res); /* |x| < 2^-27 */
}

static inline __attribute__((always_inline)) VD VM_NAME(vm_kcos, VW)(VD x, VD y) {
    const double C1 = 0x1.555555555554cp-5, C2 = -0x1.6c16c16c15177p-10, C3 = 0x1.a01a019cb159p-16,
                 C4 = -0x1.27e4f809c52adp-22, C5 = 0x1.1ee9ebdb4b1c4p-29, C6 = -0x1.8fae9be8838d4p-37;
    VI ix = (VI)((VU)x >> 32) & 0x7fffffff;
    VD z = x * x;
    VD r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    VD lt03 = 1.0 - (0.5 * z - (z * r - x * y)); /* |x| < 0.3 */
    VD qx = VM_SEL(ix > 0x3fe90000, (VD){0} + 0.28125, (VD)((VU)(ix - 0x00200000) << 32));
    VD hz = 0.5 * z - qx;
    VD a = 1.0 - qx;
    VD res = VM_SEL(ix < 0x3fd33333, lt03, a - (hz - (z * r - x * y)));
    return VM_SEL(ix < 0x3e400000, (VD){0} + 1.0, res); /* |x| < 2^-27 */
}

/* sin and cos: lime_math_sin_D and lime_math_cos_D on VW lanes, in place;
 * the lanes beyond 2^19 pi/2 (the scalar's large reduction), infinite
 * and NaN are rare. */
static inline __attribute__((always_inline)) void VM_NAME(vm_sincos, VW)(double *v, int cos, double (*scalar)(double)) {
    VD x;
    memcpy(&x, v, sizeof x);
    VI common = ((VI)((VU)x >> 32) & 0x7fffffff) <= 0x413921fb;
    VD y0, y1;
    VI n;
    VM_NAME(vm_rem_pio2, VW)(x, &y0, &y1, &n);
    VI y_zero = (VI)((VU)x >> 32 & 0x7fffffff) <= 0x3fe921fb; /* only the first case's y is exactly 0 */
    VD s = VM_NAME(vm_ksin, VW)(y0, y1, cos ? (VI){0} : y_zero);
    VD c = VM_NAME(vm_kcos, VW)(y0, y1);
    VI q = (n + cos) & 3; /* cos(x) = sin(x + pi/2) in quadrants: cos's case k is sin's k + 1 */
    VD y = VM_SEL(q == 0, s, VM_SEL(q == 1, c, VM_SEL(q == 2, -s, -c)));
    memcpy(v, &y, sizeof y);
    for (int l = 0; l < VW; l++)
        if (!common[l]) v[l] = scalar(x[l]);
}

static void VM_NAME(vm_sin, VW)(double *v) { VM_NAME(vm_sincos, VW)(v, 0, lime_math_sin_D); }
static void VM_NAME(vm_cos, VW)(double *v) { VM_NAME(vm_sincos, VW)(v, 1, lime_math_cos_D); }

#undef VD
#undef VI
#undef VU
