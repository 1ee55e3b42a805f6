// Test bench for fp32_to_int (wrapper fp32_to_int_tb.v: lane 0 WIDTH 32,
// Java (int) of a float; lane 1 WIDTH 64, (long) of a float).  Each lane: the
// JVM's vectors (when LIME_FLOAT_VECTORS is set), the float edge values, then
// random floats up to 1,000,000: exponents from below 1 to beyond the integer
// range, values right at +-2^(WIDTH-1) and their neighbours, any float
// (NaNs, infinities, subnormals), the first 200,000 of the run with random
// stalls and bubbles.  Reference: Java's rules written out (NaN -> 0,
// saturation to MIN/MAX, otherwise truncation toward zero).
#include "Vtb.h"
#include "tb_float.h"

static const int LATENCY = 2;
static const long N = 1000000;

static uint64_t ref(int w, uint32_t a) {
    float f = fb(a);
    int64_t r;
    if (f != f) r = 0;
    else if (f >= std::ldexp(1.0f, w - 1)) r = (int64_t)smax(w);
    else if (f <= -std::ldexp(1.0f, w - 1)) r = sext(smin(w), w);
    else r = (int64_t)f;                       // truncates toward zero, in range
    return (uint64_t)r & mask(w);
}

static uint32_t rnd_conv(int w) {
    uint32_t s = (uint32_t)rnd();
    switch (rnd() % 4) {
    case 0: case 1: return mkf(s, 110 + (uint32_t)(rnd() % (uint64_t)(w + 22)), rnd_frac());
    case 2: {                                  // +-2^(w-1) and neighbours
        uint32_t f = mkf(s, 126 + (uint32_t)w, 0);
        return f + (uint32_t)(rnd() % 5) - 2;
    }
    default: return rnd_f32();
    }
}

int main() {
    tb_name = "fp32_to_int";
    tb_seed();
    tb_float_init();
    Vtb m;
    PLane L32("fp32_to_int WIDTH=32", LATENCY), L64("fp32_to_int WIDTH=64", LATENCY);
    PLane *lanes[2] = {&L32, &L64};
    const char *ops[2] = {"f2i", "f2l"};
    for (int k = 0; k < 2; k++) {
        int w = k == 0 ? 32 : 64;
        PLane &L = *lanes[k];
        for (const JVec &j : java_vectors(ops[k])) {
            uint64_t want = ref(w, (uint32_t)j.a);
            if (want != (j.y & mask(w)))
                tb_fail("C++ reference disagrees with the JVM: %s 0x%08llx: C++ 0x%llx JVM 0x%llx",
                        ops[k], (unsigned long long)j.a, (unsigned long long)want,
                        (unsigned long long)j.y);
            L.add(j.a, 0);
            java_checked++;
        }
        for (int i = 0; i < n_f32_edges; i++) L.add(f32_edges[i], 0);
        while ((long)L.vec.size() < N) L.add(rnd_conv(w), 0);
    }
    long n = run_pipe(
        m, {&L32, &L64},
        [](Vtb &m, int k, const PItem &it) {
            if (k == 0) { m.iv0 = it.valid; m.a0 = (uint32_t)it.a; }
            else { m.iv1 = it.valid; m.a1 = (uint32_t)it.a; }
        },
        [](Vtb &m, int k, bool &ov, uint64_t &y) {
            ov = k == 0 ? m.ov0 : m.ov1;
            y = k == 0 ? m.y0 : m.y1;
        },
        [](int k, uint64_t a, uint64_t, uint64_t y) {
            int w = k == 0 ? 32 : 64;
            uint64_t want = ref(w, (uint32_t)a);
            if (y != want)
                tb_fail("%s 0x%08x: got 0x%llx want 0x%llx", k == 0 ? "f2i" : "f2l", (uint32_t)a,
                        (unsigned long long)y, (unsigned long long)want);
        });
    m.final();
    return tb_pass_float(n);
}
