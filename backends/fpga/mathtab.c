/* mathtab.c: the runtime's Math constants the FPGA backend needs, from
 * the one source every device computes Math with (runtime/fdlibm_common.h,
 * compiled here as C as runtime/fdlibm.c compiles it).  The DFG of
 * Math.exp (dfg.c) reads exp's table from the store's fp64_exp_table (the
 * same table, generated from the same header, in block RAM); it takes the
 * entry from here when the index is a constant.  Only the table is used;
 * the routines compile along with it and are left unused. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "fpga.h"

#define LM_API static __attribute__((unused))
#define LM_CONST static const
typedef int32_t lm_i32;
typedef uint32_t lm_u32;
typedef int64_t lm_i64;
typedef uint64_t lm_u64;

/* a double's bits and back, as fdlibm_common.h asks its includer for */
typedef union {
    double d;
    lm_u64 u;
} LmWords;
#define lm_bits(x) (((LmWords){.d = (x)}).u)
#define lm_from_bits(b) (((LmWords){.u = (b)}).d)

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#endif
#include "../../runtime/fdlibm_common.h"

uint64_t fpga_exp_table_bits(int k) {
    _Static_assert(sizeof exp_tab / sizeof *exp_tab == 2 * FPGA_EXP_TABLE, "exp_tab: a pair per entry");
    return lm_bits(exp_tab[k]);
}
