/* vmath.c: Math.exp, log, sin and cos over a whole SIMD lane vector, for maps
 * that run in lanes (backends/cpu/lanes.c calls lime_vmath_<f>_<W>(v) on
 * W doubles in memory, in place).  Every lane gets the bits that the
 * scalar routine (lime_math_exp_D and the others of fdlibm_common.h)
 * gives for it: the kernels (vmath_kernels.h) do the scalar's operations
 * in the scalar's order with GCC/Clang vector extensions, and give the
 * lanes of rare branches to the scalar routine.
 *
 * The kernels are built into liblime once per register width, each for
 * its ISA (SSE2: 2 doubles, AVX2: 4, AVX-512: 8), whatever the flags of
 * the rest of the runtime; the entry for each lane width the backend uses
 * (cg_lanes_width: 4, 8 or 16) runs the widest kernel the processor has,
 * chosen when the program runs (__builtin_cpu_supports), as often as it
 * takes: so a width whose ISA the processor lacks (LIME_LANES forces a
 * width at compile time) still runs.
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
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* fdlibm.c: exp's table of 2^(j/128) and its rounding errors; the high
 * words of n*pi/2, n = 1..32 */
extern const double *const lime_fdlibm_exp_tab;
extern const int32_t *const lime_fdlibm_npio2_hw;
#define vm_exp_tab lime_fdlibm_exp_tab
#define vm_npio2_hw lime_fdlibm_npio2_hw

#define VM_SHIFT 0x1.8p52
#define VM_SHIFT_BITS 0x4338000000000000UL

/* LIME_VMATH: the vector kernels (on unless the switch says off) */
static int vmath_on(void) {
    static atomic_int on = -1;
    return lime_rt_env_switch_cached(&on, "LIME_VMATH", true);
}

/* A region of functions built for an ISA (x86-64; elsewhere the
 * compiler's own vectors) */
#define VM_PRAGMA(x) _Pragma(#x)
#if defined(__x86_64__) && defined(__clang__)
#define VM_TARGET_BEGIN(isa) VM_PRAGMA(clang attribute push(__attribute__((target(isa))), apply_to = function))
#define VM_TARGET_END VM_PRAGMA(clang attribute pop)
#elif defined(__x86_64__)
#define VM_TARGET_BEGIN(isa) VM_PRAGMA(GCC push_options) VM_PRAGMA(GCC target(isa))
#define VM_TARGET_END VM_PRAGMA(GCC pop_options)
#else
#define VM_TARGET_BEGIN(isa)
#define VM_TARGET_END
#endif

/* one register each: SSE2 (2 doubles), AVX2 (4), AVX-512 (8) */
#define VW 2
#include "vmath_kernels.h"
#undef VW

VM_TARGET_BEGIN("avx2")
#define VW 4
#include "vmath_kernels.h"
#undef VW
VM_TARGET_END

VM_TARGET_BEGIN("avx512f,avx512dq")
#define VW 8
#include "vmath_kernels.h"
#undef VW
VM_TARGET_END

/* The widest kernel to use: 2 (SSE2), 4 (AVX2) or 8 (AVX-512 F and DQ)
 * doubles, what the processor has, less where LIME_VMATH_ISA=sse2 or avx2
 * says (for the tests: runtime/tests/vmath.sh runs every kernel). */
static int kernel_width(void) {
    static atomic_int width;
    int w = atomic_load_explicit(&width, memory_order_relaxed);
    if (w) return w;
#if defined(__x86_64__)
    w = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") ? 8
        : __builtin_cpu_supports("avx2")                                       ? 4
                                                                               : 2;
#else
    w = 8;
#endif
    const char *cap = getenv("LIME_VMATH_ISA");
    if (cap && !strcmp(cap, "sse2")) w = 2;
    if (cap && !strcmp(cap, "avx2") && w > 4) w = 4;
    atomic_store_explicit(&width, w, memory_order_relaxed);
    return w;
}
static bool has_avx2(void) { return kernel_width() >= 4; }
static bool has_avx512(void) { return kernel_width() >= 8; }

/* The entry points, one per function and lane width W: v holds W doubles;
 * each runs the widest kernel the processor has over them. */
#define VM_ENTRIES(f, scalar)                                              \
    void lime_vmath_##f##_4(double *v) {                                   \
        if (!vmath_on()) {                                                 \
            for (int l = 0; l < 4; l++) v[l] = scalar(v[l]);               \
        } else if (has_avx2()) {                                           \
            vm_##f##_4(v);                                                 \
        } else {                                                           \
            vm_##f##_2(v);                                                 \
            vm_##f##_2(v + 2);                                             \
        }                                                                  \
    }                                                                      \
    void lime_vmath_##f##_8(double *v) {                                   \
        if (vmath_on() && has_avx512()) {                                  \
            vm_##f##_8(v);                                                 \
        } else {                                                           \
            lime_vmath_##f##_4(v);                                         \
            lime_vmath_##f##_4(v + 4);                                     \
        }                                                                  \
    }                                                                      \
    void lime_vmath_##f##_16(double *v) {                                  \
        lime_vmath_##f##_8(v);                                             \
        lime_vmath_##f##_8(v + 8);                                         \
    }

VM_ENTRIES(exp, lime_math_exp_D)
VM_ENTRIES(log, lime_math_log_D)
VM_ENTRIES(sin, lime_math_sin_D)
VM_ENTRIES(cos, lime_math_cos_D)
