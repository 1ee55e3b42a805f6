// Test bench for fp32_sqrt (wrapper fp32_sqrt_tb.v): the JVM's vectors (when
// LIME_FLOAT_VECTORS is set, computed as (float) Math.sqrt(f)), the float
// edge values, then random operands up to 1,000,000: floats of every class
// (negative ones give NaN), positive normals and subnormals, exact squares of
// short significands, and the squares of midpoints between adjacent floats
// with their neighbours (the hardest rounding decisions), the first 200,000
// with random stalls and bubbles.  Reference: host sqrtf (SSE sqrtss,
// correctly rounded, equal to Java's (float) Math.sqrt).
#include "Vtb.h"
#include "tb_float.h"

static const int LATENCY = 27;
static const long N = 1000000;

static uint32_t ref(uint32_t a) { return bf(std::sqrt(fb(a))); }

static uint32_t rnd_sqrt() {
    switch (rnd() % 6) {
    case 0: return rnd_f32();
    case 1: return mkf(0, rnd_expo(), rnd_frac());
    case 2: return mkf(0, (uint32_t)(rnd() % 3), rnd_frac());          // subnormal, tiny
    case 3: {                                                           // exact squares
        float q = fb(mkf(0, 64 + (uint32_t)(rnd() % 127), ((uint32_t)rnd() & 0xFFF) << 11));
        return bf(q * q);
    }
    default: {                                      // squares of midpoints, +-1 ulp
        uint32_t q = mkf(0, 64 + (uint32_t)(rnd() % 127), (uint32_t)rnd());
        double mid = ((double)fb(q) + (double)fb(q + 1)) / 2;
        return bf((float)(mid * mid)) + (uint32_t)(rnd() % 3) - 1;
    }
    }
}

int main() {
    tb_name = "fp32_sqrt";
    tb_seed();
    tb_float_init();
    Vtb m;
    PLane L("fp32_sqrt", LATENCY);
    for (const JVec &j : java_vectors("sqrt")) {
        uint32_t want = ref((uint32_t)j.a);
        if (!fmatch(want, (uint32_t)j.y))
            tb_fail("C++ reference disagrees with the JVM: sqrt 0x%08llx: C++ 0x%08x JVM 0x%08llx",
                    (unsigned long long)j.a, want, (unsigned long long)j.y);
        L.add(j.a, 0);
        java_checked++;
    }
    for (int i = 0; i < n_f32_edges; i++) L.add(f32_edges[i], 0);
    while ((long)L.vec.size() < N) L.add(rnd_sqrt(), 0);
    long n = run_pipe(
        m, {&L}, [](Vtb &m, int, const PItem &it) { m.iv0 = it.valid; m.a0 = (uint32_t)it.a; },
        [](Vtb &m, int, bool &ov, uint64_t &y) { ov = m.ov0; y = m.y0; },
        [](int, uint64_t a, uint64_t, uint64_t y) {
            uint32_t want = ref((uint32_t)a);
            if (!fmatch((uint32_t)y, want))
                tb_fail("sqrt 0x%08x: got 0x%08x want 0x%08x", (uint32_t)a, (uint32_t)y, want);
        });
    m.final();
    return tb_pass_float(n);
}
