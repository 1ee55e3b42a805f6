// Test bench for fp64_mul (wrapper fp64_mul_tb.v): the JVM's vectors (when
// LIME_DOUBLE_VECTORS is set), all pairs of edge values (0 * inf, ...), then
// random pairs (rnd_dpair K_MUL: product exponents from deep underflow to
// overflow, exact products and ties of short significands, subnormals,
// specials) up to tb_vectors() (100,000; 1,000,000 with LIME_TB_LONG=1),
// the first fifth with random stalls and bubbles.  Reference: host double *.
#include "Vtb.h"
#include "tb_double.h"

static const int LATENCY = 4;

static uint64_t ref(uint64_t a, uint64_t b) { return bd(db(a) * db(b)); }

int main() {
    tb_name = "fp64_mul";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    PLane L("fp64_mul", LATENCY);
    fill_binary64(L, "mul", K_MUL, ref, N);
    long n = run_pipe(
        m, {&L}, [](Vtb &m, int, const PItem &it) { m.iv0 = it.valid; m.a0 = it.a; m.b0 = it.b; },
        [](Vtb &m, int, bool &ov, uint64_t &y) { ov = m.ov0; y = m.y0; },
        [](int, uint64_t a, uint64_t b, uint64_t y) {
            uint64_t want = ref(a, b);
            if (!dmatch(y, want))
                tb_fail("mul 0x%016llx 0x%016llx: got 0x%016llx want 0x%016llx", (unsigned long long)a,
                        (unsigned long long)b, (unsigned long long)y, (unsigned long long)want);
        },
        N / 5);
    m.final();
    return tb_pass_float(n);
}
