/* vmath.c: Math.exp and Math.log over a whole SIMD lane vector, for maps
 * that run in lanes (backends/cpu/lanes.c calls lime_vmath_<f>_<W>(v) on
 * W doubles in memory, in place).  Every lane gets the bits that the
 * scalar routine (lime_math_exp_D, lime_math_log_D of fdlibm_common.h)
 * gives for it: the kernels (vmath_kernels.h) do the scalar's operations
 * in the scalar's order with GCC/Clang vector extensions, and give the
 * lanes of rare branches to the scalar routine.
 *
 * The kernels are built into liblime once per lane width the backend uses
 * (cg_lanes_width: 4, 8 or 16 doubles), each for the ISA that width comes
 * from (SSE2, AVX2, AVX-512), chosen when the program runs: a width
 * whose ISA the processor lacks (LIME_LANES forces a width at compile
 * time) runs as two calls of the next narrower width.
 *
 * LIME_VMATH=0 computes each lane with a scalar call instead (the lanes'
 * code before these kernels, for A/B measurements: bench/simd-ab.py).
 *
 * Bit exactness needs every operation rounded to double on its own: no
 * contraction to fused multiply-adds (see fdlibm.c). */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <stdatomic.h>
#include <string.h>

#include "internal.h"

/* fdlibm.c: exp's table of 2^(j/128) and its rounding errors */
extern const double *const lime_fdlibm_exp_tab;
#define vm_exp_tab lime_fdlibm_exp_tab

#define VM_SHIFT 0x1.8p52
#define VM_SHIFT_BITS 0x4338000000000000UL

/* LIME_VMATH: the vector kernels (on unless the switch says off) */
static int vmath_on(void) {
    static atomic_int on = -1;
    return lime_rt_env_switch_cached(&on, "LIME_VMATH", true);
}

#define VW 4
#include "vmath_kernels.h"
#undef VW

#if defined(__x86_64__)
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2")
#endif
#endif
#define VW 8
#include "vmath_kernels.h"
#undef VW
#if defined(__x86_64__)
#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#endif

#if defined(__x86_64__)
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx512f,avx512dq"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx512f,avx512dq")
#endif
#endif
#define VW 16
#include "vmath_kernels.h"
#undef VW
#if defined(__x86_64__)
#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#endif

#if defined(__x86_64__)
static bool has_avx2(void) { return __builtin_cpu_supports("avx2"); }
static bool has_avx512(void) { return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq"); }
#else
static bool has_avx2(void) { return true; }
static bool has_avx512(void) { return true; }
#endif

/* The entry points, one per function and width: v holds W doubles. */
#define VM_ENTRIES(f, scalar)                                              \
    void lime_vmath_##f##_4(double *v) {                                   \
        if (!vmath_on()) {                                                 \
            for (int l = 0; l < 4; l++) v[l] = scalar(v[l]);               \
            return;                                                        \
        }                                                                  \
        vm_##f##_4(v);                                                     \
    }                                                                      \
    void lime_vmath_##f##_8(double *v) {                                   \
        if (!vmath_on() || !has_avx2()) {                                  \
            lime_vmath_##f##_4(v);                                         \
            lime_vmath_##f##_4(v + 4);                                     \
            return;                                                        \
        }                                                                  \
        vm_##f##_8(v);                                                     \
    }                                                                      \
    void lime_vmath_##f##_16(double *v) {                                  \
        if (!vmath_on() || !has_avx512()) {                                \
            lime_vmath_##f##_8(v);                                         \
            lime_vmath_##f##_8(v + 8);                                     \
            return;                                                        \
        }                                                                  \
        vm_##f##_16(v);                                                    \
    }

VM_ENTRIES(exp, lime_math_exp_D)
VM_ENTRIES(log, lime_math_log_D)
