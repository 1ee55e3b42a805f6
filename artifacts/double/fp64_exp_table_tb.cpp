// Test bench for fp64_exp_table (wrapper fp64_exp_table_tb.v: lane 0 PART 0,
// lane 1 PART 1).  Each lane: every j from 0 to 127, then random longs (their
// bits above 6 are not read) up to 10,000 reads, the first fifth with random
// stalls and bubbles.  Reference: the runtime's own exp_tab, compiled here
// from runtime/fdlibm_common.h as runtime/fdlibm.c compiles it, so the
// generated memory (fp64_exp_table.py) is checked against the table the CPU
// and GPU read.
#include "Vtb.h"
#include "tb_double.h"

#include <cmath>

#define LM_API static __attribute__((unused))
#define LM_CONST static const
typedef int32_t lm_i32;
typedef uint32_t lm_u32;
typedef int64_t lm_i64;
typedef uint64_t lm_u64;
typedef union { double d; lm_u64 u; } LmWords;
static inline lm_u64 lm_bits(double x) { LmWords w; w.d = x; return w.u; }
static inline double lm_from_bits(lm_u64 b) { LmWords w; w.u = b; return w.d; }
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-variable"
#include "../../runtime/fdlibm_common.h"
#pragma GCC diagnostic pop

static const int LATENCY = 1;

static uint64_t ref(int part, uint64_t a) { return lm_bits(exp_tab[2 * (a & 127) + part]); }

int main() {
    tb_name = "fp64_exp_table";
    tb_seed();
    if (sizeof exp_tab / sizeof *exp_tab != 256) tb_fail("the runtime's exp_tab has %zu entries, not 256",
                                                         sizeof exp_tab / sizeof *exp_tab);
    Vtb m;
    PLane L0("fp64_exp_table PART=0", LATENCY), L1("fp64_exp_table PART=1", LATENCY);
    PLane *lanes[2] = {&L0, &L1};
    for (PLane *L : lanes) {
        for (uint64_t j = 0; j < 128; j++) L->add(j, 0);
        while (L->vec.size() < 10000) L->add(rnd(), 0);
    }
    long n = run_pipe(
        m, {&L0, &L1},
        [](Vtb &m, int k, const PItem &it) {
            if (k == 0) { m.iv0 = it.valid; m.a0 = it.a; }
            else { m.iv1 = it.valid; m.a1 = it.a; }
        },
        [](Vtb &m, int k, bool &ov, uint64_t &y) {
            ov = k == 0 ? m.ov0 : m.ov1;
            y = k == 0 ? m.y0 : m.y1;
        },
        [](int k, uint64_t a, uint64_t, uint64_t y) {
            if (y != ref(k, a))
                tb_fail("PART %d, a 0x%016llx: got 0x%016llx want 0x%016llx", k, (unsigned long long)a,
                        (unsigned long long)y, (unsigned long long)ref(k, a));
        },
        2000);
    m.final();
    return tb_pass(n);
}
