// Test bench for fp32_from_int (wrapper fp32_from_int_tb.v: lane 0 WIDTH 32,
// Java (float) of an int; lane 1 WIDTH 64, (float) of a long).  Each lane:
// the JVM's vectors (when LIME_FLOAT_VECTORS is set), the integer edge values,
// then random values up to 1,000,000: varied magnitudes (rnd_val), k-bit
// magnitudes for every k, and rounding ties (25 significant bits ending in
// 1, and neighbours), the first 200,000 of the run with random stalls and
// bubbles.  Reference: the host's int/long -> float conversion (round to
// nearest even, as Java).
#include "Vtb.h"
#include "tb_float.h"

static const int LATENCY = 3;
static const long N = 1000000;

static uint32_t ref(int w, uint64_t a) {
    return w == 32 ? bf((float)(int32_t)(uint32_t)a) : bf((float)(int64_t)a);
}

static uint64_t rnd_int(int w) {
    uint64_t s = rnd() & 1 ? ~0ull : 0;
    switch (rnd() % 4) {
    case 0: return rnd_val(w);
    case 1: {                                  // a k-bit magnitude
        int k = 1 + (int)(rnd() % (uint64_t)(w - 1));
        uint64_t v = (rnd() & mask(k)) | (1ull << (k - 1));
        return ((v ^ s) - s) & mask(w);
    }
    default: {                                 // 25 significant bits: ties and neighbours
        uint64_t v = (rnd() & mask(24)) | (1ull << 24) | 1;
        v = v + (uint64_t)(rnd() % 5) - 2;
        int sh = (int)(rnd() % (uint64_t)(w - 26));
        return (((v << sh) ^ s) - s) & mask(w);
    }
    }
}

int main() {
    tb_name = "fp32_from_int";
    tb_seed();
    tb_float_init();
    Vtb m;
    PLane L32("fp32_from_int WIDTH=32", LATENCY), L64("fp32_from_int WIDTH=64", LATENCY);
    PLane *lanes[2] = {&L32, &L64};
    const char *ops[2] = {"i2f", "l2f"};
    for (int k = 0; k < 2; k++) {
        int w = k == 0 ? 32 : 64;
        PLane &L = *lanes[k];
        for (const JVec &j : java_vectors(ops[k])) {
            uint32_t want = ref(w, j.a);
            if (want != (uint32_t)j.y)
                tb_fail("C++ reference disagrees with the JVM: %s 0x%llx: C++ 0x%08x JVM 0x%08llx",
                        ops[k], (unsigned long long)j.a, want, (unsigned long long)j.y);
            L.add(j.a & mask(w), 0);
            java_checked++;
        }
        for (uint64_t v : edges(w)) L.add(v, 0);
        while ((long)L.vec.size() < N) L.add(rnd_int(w), 0);
    }
    long n = run_pipe(
        m, {&L32, &L64},
        [](Vtb &m, int k, const PItem &it) {
            if (k == 0) { m.iv0 = it.valid; m.a0 = (uint32_t)it.a; }
            else { m.iv1 = it.valid; m.a1 = it.a; }
        },
        [](Vtb &m, int k, bool &ov, uint64_t &y) {
            ov = k == 0 ? m.ov0 : m.ov1;
            y = k == 0 ? m.y0 : m.y1;
        },
        [](int k, uint64_t a, uint64_t, uint64_t y) {
            int w = k == 0 ? 32 : 64;
            uint32_t want = ref(w, a & mask(w));
            if ((uint32_t)y != want)
                tb_fail("%s 0x%llx: got 0x%08x want 0x%08x", k == 0 ? "i2f" : "l2f",
                        (unsigned long long)(a & mask(w)), (uint32_t)y, want);
        });
    m.final();
    return tb_pass_float(n);
}
