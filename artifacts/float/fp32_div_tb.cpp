// Test bench for fp32_div (wrapper fp32_div_tb.v): the JVM's vectors (when
// LIME_FLOAT_VECTORS is set), all pairs of edge values (x / 0, 0 / 0,
// inf / inf, ...), then random pairs (rnd_fpair K_DIV: quotient exponents
// from deep underflow to overflow, exact quotients, subnormals, specials) up
// to 1,000,000, the first 200,000 with random stalls and bubbles.
// Reference: host float /.
#include "Vtb.h"
#include "tb_float.h"

static const int LATENCY = 28;
static const long N = 1000000;

static uint32_t ref(uint32_t a, uint32_t b) { return bf(fb(a) / fb(b)); }

int main() {
    tb_name = "fp32_div";
    tb_seed();
    tb_float_init();
    Vtb m;
    PLane L("fp32_div", LATENCY);
    fill_binary(L, "div", K_DIV, ref, N);
    long n = run_pipe(
        m, {&L}, [](Vtb &m, int, const PItem &it) { io_in0(m, it); },
        [](Vtb &m, int, bool &ov, uint64_t &y) { ov = m.ov0; y = m.y0; },
        [](int, uint64_t a, uint64_t b, uint64_t y) {
            uint32_t want = ref((uint32_t)a, (uint32_t)b);
            if (!fmatch((uint32_t)y, want))
                tb_fail("div 0x%08x 0x%08x: got 0x%08x want 0x%08x", (uint32_t)a, (uint32_t)b,
                        (uint32_t)y, want);
        });
    m.final();
    return tb_pass_float(n);
}
