/* fdlibm.c: java.lang.Math's transcendental members for the CPU, compiled
 * from fdlibm_common.h, the one source that the GPU backend also prints
 * into OpenCL kernels (see there for the algorithms and how they match the
 * JVM).  This file only says how C spells what that source needs.
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

#define LM_API
#define LM_CONST static const
typedef int32_t lm_i32;
typedef uint32_t lm_u32;
typedef int64_t lm_i64;
typedef uint64_t lm_u64;
_Static_assert(sizeof(unsigned long) == 8, "fdlibm_common.h writes 64-bit constants with UL");

static lm_u64 lm_bits(double x) {
    lm_u64 u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static double lm_from_bits(lm_u64 u) {
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

#include "fdlibm_common.h"

/* exp's table and the high words of n*pi/2, for the lane-vector routines (vmath.c) */
extern const double *const lime_fdlibm_exp_tab;
extern const lm_i32 *const lime_fdlibm_npio2_hw;
const double *const lime_fdlibm_exp_tab = exp_tab;
const lm_i32 *const lime_fdlibm_npio2_hw = npio2_hw;
