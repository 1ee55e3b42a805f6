// Test bench for fp64_sqrt (wrapper fp64_sqrt_tb.v): the JVM's vectors (when
// LIME_DOUBLE_VECTORS is set, Math.sqrt(d)), the double edge values, then
// random operands up to tb_vectors() (100,000; 1,000,000 with
// LIME_TB_LONG=1): doubles of every class (negative ones give NaN), positive
// normals and subnormals, exact squares of short significands, and values
// next to the squares of midpoints between adjacent doubles (the hardest
// rounding decisions), the first fifth with random stalls and bubbles.
// Reference: host sqrt (SSE2 sqrtsd, correctly rounded, equal to Java's
// Math.sqrt).
#include "Vtb.h"
#include "tb_double.h"

static const int LATENCY = 56;

static uint64_t ref(uint64_t a) { return bd(std::sqrt(db(a))); }

static uint64_t rnd_sqrt() {
    switch (rnd() % 6) {
    case 0: return rnd_f64();
    case 1: return mkd(0, rnd_expo11(), rnd_frac52());
    case 2: return mkd(0, rnd() % 3, rnd_frac52());                    // subnormal, tiny
    case 3: {                                                           // exact squares
        double q = db(mkd(0, 512 + rnd() % 1023, (rnd() & 0x3FFFFFF) << 26));
        return bd(q * q);
    }
    default: {           // q * q + q * ulp rounded: next to the square of the midpoint q + ulp/2
        uint64_t e = 512 + rnd() % 1023;
        double q = db(mkd(0, e, rnd())), ulp = db(mkd(0, e - 52, 0));
        return bd(std::fma(q, q, q * ulp)) + rnd() % 3 - 1;
    }
    }
}

int main() {
    tb_name = "fp64_sqrt";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    PLane L("fp64_sqrt", LATENCY);
    for (const JVec &j : java_vectors("sqrt")) {
        uint64_t want = ref(j.a);
        if (!dmatch(want, j.y))
            tb_fail("C++ reference disagrees with the JVM: sqrt 0x%016llx: C++ 0x%016llx JVM 0x%016llx",
                    (unsigned long long)j.a, (unsigned long long)want, (unsigned long long)j.y);
        L.add(j.a, 0);
        java_checked++;
    }
    for (int i = 0; i < n_f64_edges; i++) L.add(f64_edges[i], 0);
    while ((long)L.vec.size() < N) L.add(rnd_sqrt(), 0);
    long n = run_pipe(
        m, {&L}, [](Vtb &m, int, const PItem &it) { m.iv0 = it.valid; m.a0 = it.a; },
        [](Vtb &m, int, bool &ov, uint64_t &y) { ov = m.ov0; y = m.y0; },
        [](int, uint64_t a, uint64_t, uint64_t y) {
            uint64_t want = ref(a);
            if (!dmatch(y, want))
                tb_fail("sqrt 0x%016llx: got 0x%016llx want 0x%016llx", (unsigned long long)a,
                        (unsigned long long)y, (unsigned long long)want);
        },
        N / 5);
    m.final();
    return tb_pass_float(n);
}
