// Test bench for fp64_from_fp32 (wrapper fp64_from_fp32_tb.v): Java's
// (double) of a float.  The JVM's vectors (when LIME_DOUBLE_VECTORS is set),
// the float edge values, every float exponent with a random fraction, then
// random floats of every class (rnd_f32) up to tb_vectors() (100,000;
// 1,000,000 with LIME_TB_LONG=1), the first fifth with random stalls and
// bubbles.  Reference: the host's float -> double conversion (exact); NaN
// results are compared by NaN-ness.
#include "Vtb.h"
#include "tb_double.h"

static const int LATENCY = 1;

static uint64_t ref(uint64_t a) { return bd((double)fb((uint32_t)a)); }

int main() {
    tb_name = "fp64_from_fp32";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    PLane L("fp64_from_fp32", LATENCY);
    for (const JVec &j : java_vectors("f2d")) {
        uint64_t want = ref(j.a);
        if (!dmatch(want, j.y))
            tb_fail("C++ reference disagrees with the JVM: f2d 0x%08llx: C++ 0x%016llx JVM 0x%016llx",
                    (unsigned long long)j.a, (unsigned long long)want, (unsigned long long)j.y);
        L.add(j.a, 0);
        java_checked++;
    }
    for (int i = 0; i < n_f32_edges; i++) L.add(f32_edges[i], 0);
    for (uint32_t e = 0; e < 256; e++) L.add(mkf((uint32_t)rnd(), e, rnd_frac()), 0);
    while ((long)L.vec.size() < N) L.add(rnd_f32(), 0);
    long n = run_pipe(
        m, {&L}, [](Vtb &m, int, const PItem &it) { m.iv0 = it.valid; m.a0 = (uint32_t)it.a; },
        [](Vtb &m, int, bool &ov, uint64_t &y) { ov = m.ov0; y = m.y0; },
        [](int, uint64_t a, uint64_t, uint64_t y) {
            uint64_t want = ref(a);
            if (!dmatch(y, want))
                tb_fail("f2d 0x%08x: got 0x%016llx want 0x%016llx", (uint32_t)a,
                        (unsigned long long)y, (unsigned long long)want);
        },
        N / 5);
    m.final();
    return tb_pass_float(n);
}
