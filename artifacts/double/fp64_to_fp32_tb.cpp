// Test bench for fp64_to_fp32 (wrapper fp64_to_fp32_tb.v): Java's (float) of
// a double.  The JVM's vectors (when LIME_DOUBLE_VECTORS is set), the double
// edge values, then random doubles up to tb_vectors() (100,000; 1,000,000
// with LIME_TB_LONG=1): exponents across the float range and beyond
// (overflow, subnormal and zero results), fractions shaped for rounding ties
// at the float's 24 bits (and at a subnormal float's fewer bits), any double,
// the first fifth with random stalls and bubbles.  Reference: the host's
// double -> float conversion (round to nearest even, as Java); NaN results
// are compared by NaN-ness.
#include "Vtb.h"
#include "tb_double.h"

static const int LATENCY = 2;

static uint64_t ref(uint64_t a) { return bf((float)db(a)); }

static uint64_t rnd_d2f() {
    uint64_t s = rnd(), e = 850 + rnd() % 330;          // float subnormals .. overflow
    switch (rnd() % 4) {
    case 0: return mkd(s, e, rnd_frac52());
    case 1: {                                           // ties at bit k and neighbours
        uint64_t k = rnd() % 53;
        uint64_t f = (rnd() & ~((2ull << k) - 1)) | (1ull << k);
        return mkd(s, e, f) + rnd() % 3 - 1;
    }
    case 2: return mkd(s, 1023 - 126 - rnd() % 26, rnd_frac52());   // float subnormal results
    default: return rnd_f64();
    }
}

int main() {
    tb_name = "fp64_to_fp32";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    PLane L("fp64_to_fp32", LATENCY);
    for (const JVec &j : java_vectors("d2f")) {
        uint64_t want = ref(j.a);
        if (!fmatch((uint32_t)want, (uint32_t)j.y))
            tb_fail("C++ reference disagrees with the JVM: d2f 0x%016llx: C++ 0x%08llx JVM 0x%08llx",
                    (unsigned long long)j.a, (unsigned long long)want, (unsigned long long)j.y);
        L.add(j.a, 0);
        java_checked++;
    }
    for (int i = 0; i < n_f64_edges; i++) L.add(f64_edges[i], 0);
    while ((long)L.vec.size() < N) L.add(rnd_d2f(), 0);
    long n = run_pipe(
        m, {&L}, [](Vtb &m, int, const PItem &it) { m.iv0 = it.valid; m.a0 = it.a; },
        [](Vtb &m, int, bool &ov, uint64_t &y) { ov = m.ov0; y = m.y0; },
        [](int, uint64_t a, uint64_t, uint64_t y) {
            uint64_t want = ref(a);
            if (!fmatch((uint32_t)y, (uint32_t)want))
                tb_fail("d2f 0x%016llx: got 0x%08x want 0x%08x", (unsigned long long)a, (uint32_t)y,
                        (uint32_t)want);
        },
        N / 5);
    m.final();
    return tb_pass_float(n);
}
