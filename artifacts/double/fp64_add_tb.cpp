// Test bench for fp64_add (wrapper fp64_add_tb.v: lane 0 SUB = 0 a + b,
// lane 1 SUB = 1 a - b).  Each lane: the JVM's vectors (when
// LIME_DOUBLE_VECTORS is set), all pairs of edge values, then random pairs
// (rnd_dpair K_ADD: exponent differences -60..60, cancellation, rounding
// ties, subnormals, specials) up to tb_vectors() (100,000; 1,000,000 with
// LIME_TB_LONG=1), the first fifth with random stalls and bubbles.
// Reference: host double + and -.
#include "Vtb.h"
#include "tb_double.h"

static const int LATENCY = 4;

static uint64_t ref(int k, uint64_t a, uint64_t b) {
    return k == 0 ? bd(db(a) + db(b)) : bd(db(a) - db(b));
}

int main() {
    tb_name = "fp64_add";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    PLane add("fp64_add SUB=0", LATENCY), sub("fp64_add SUB=1", LATENCY);
    fill_binary64(add, "add", K_ADD, [](uint64_t a, uint64_t b) { return ref(0, a, b); }, N);
    fill_binary64(sub, "sub", K_ADD, [](uint64_t a, uint64_t b) { return ref(1, a, b); }, N);
    long n = run_pipe(
        m, {&add, &sub},
        [](Vtb &m, int k, const PItem &it) {
            if (k == 0) { m.iv0 = it.valid; m.a0 = it.a; m.b0 = it.b; }
            else { m.iv1 = it.valid; m.a1 = it.a; m.b1 = it.b; }
        },
        [](Vtb &m, int k, bool &ov, uint64_t &y) {
            ov = k == 0 ? m.ov0 : m.ov1;
            y = k == 0 ? m.y0 : m.y1;
        },
        [](int k, uint64_t a, uint64_t b, uint64_t y) {
            uint64_t want = ref(k, a, b);
            if (!dmatch(y, want))
                tb_fail("%s 0x%016llx 0x%016llx: got 0x%016llx want 0x%016llx", k == 0 ? "add" : "sub",
                        (unsigned long long)a, (unsigned long long)b, (unsigned long long)y,
                        (unsigned long long)want);
        },
        N / 5);
    m.final();
    return tb_pass_float(n);
}
