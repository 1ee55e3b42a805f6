// Test bench for fp32_add (wrapper fp32_add_tb.v: lane 0 SUB = 0 a + b,
// lane 1 SUB = 1 a - b).  Each lane: the JVM's vectors (when
// LIME_FLOAT_VECTORS is set), all pairs of edge values, then random pairs
// (rnd_fpair K_ADD: exponent differences -30..30, cancellation, rounding
// ties, subnormals, specials) up to 1,000,000, the first 200,000 vectors of
// the run with random stalls and bubbles.  Reference: host float + and -.
#include "Vtb.h"
#include "tb_float.h"

static const int LATENCY = 4;
static const long N = 1000000;

static uint32_t ref(int k, uint32_t a, uint32_t b) {
    return k == 0 ? bf(fb(a) + fb(b)) : bf(fb(a) - fb(b));
}

int main() {
    tb_name = "fp32_add";
    tb_seed();
    tb_float_init();
    Vtb m;
    PLane add("fp32_add SUB=0", LATENCY), sub("fp32_add SUB=1", LATENCY);
    fill_binary(add, "add", K_ADD, [](uint32_t a, uint32_t b) { return ref(0, a, b); }, N);
    fill_binary(sub, "sub", K_ADD, [](uint32_t a, uint32_t b) { return ref(1, a, b); }, N);
    long n = run_pipe(
        m, {&add, &sub},
        [](Vtb &m, int k, const PItem &it) {
            if (k == 0) { m.iv0 = it.valid; m.a0 = (uint32_t)it.a; m.b0 = (uint32_t)it.b; }
            else { m.iv1 = it.valid; m.a1 = (uint32_t)it.a; m.b1 = (uint32_t)it.b; }
        },
        [](Vtb &m, int k, bool &ov, uint64_t &y) {
            ov = k == 0 ? m.ov0 : m.ov1;
            y = k == 0 ? m.y0 : m.y1;
        },
        [](int k, uint64_t a, uint64_t b, uint64_t y) {
            uint32_t want = ref(k, (uint32_t)a, (uint32_t)b);
            if (!fmatch((uint32_t)y, want))
                tb_fail("%s 0x%08x 0x%08x: got 0x%08x want 0x%08x", k == 0 ? "add" : "sub",
                        (uint32_t)a, (uint32_t)b, (uint32_t)y, want);
        });
    m.final();
    return tb_pass_float(n);
}
