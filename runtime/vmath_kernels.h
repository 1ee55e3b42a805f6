/* vmath_kernels.h: the lane-vector kernels of runtime/vmath.c for one
 * width, VW doubles, one register of the ISA (vmath.c includes this once
 * per width, each time inside the target region of that width's ISA:
 * GCC 12 splits wider vectors into scalar comparisons).  Integer lanes are
 * shifted right only logically (AVX2 has no 64-bit arithmetic shift).  Each kernel is the
 * scalar routine of fdlibm_common.h with the same operations in the same
 * order on every lane; each branch of the scalar routine is a lane mask
 * and a select, and the lanes of the rare branches (NaN, infinities,
 * zeros, subnormal arguments or results, overflow) are recomputed by the
 * scalar routine itself, so every lane has the scalar routine's bits. */

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

#undef VD
#undef VI
#undef VU
