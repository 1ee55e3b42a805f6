// Test bench for fp64_from_int (wrapper fp64_from_int_tb.v: lane 0 WIDTH 32,
// Java (double) of an int; lane 1 WIDTH 64, (double) of a long).  Each lane:
// the JVM's vectors (when LIME_DOUBLE_VECTORS is set), the integer edge
// values, then random values up to tb_vectors() (100,000; 1,000,000 with
// LIME_TB_LONG=1): varied magnitudes (rnd_val), k-bit magnitudes for every
// k, and rounding ties (54 significant bits ending in 1, and neighbours), the
// first fifth with random stalls and bubbles.  Reference: the host's
// int/long -> double conversion (round to nearest even, as Java).
#include "Vtb.h"
#include "tb_double.h"

static const int LATENCY = 3;

static uint64_t ref(int w, uint64_t a) {
    return w == 32 ? bd((double)(int32_t)(uint32_t)a) : bd((double)(int64_t)a);
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
    default: {                                 // 54 significant bits: ties and neighbours
        uint64_t v = (rnd() & mask(53)) | (1ull << 53) | 1;
        v = v + rnd() % 5 - 2;
        int sh = (int)(rnd() % 10);
        return (((v << sh) ^ s) - s) & mask(w);
    }
    }
}

int main() {
    tb_name = "fp64_from_int";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    PLane L32("fp64_from_int WIDTH=32", LATENCY), L64("fp64_from_int WIDTH=64", LATENCY);
    PLane *lanes[2] = {&L32, &L64};
    const char *ops[2] = {"i2d", "l2d"};
    for (int k = 0; k < 2; k++) {
        int w = k == 0 ? 32 : 64;
        PLane &L = *lanes[k];
        for (const JVec &j : java_vectors(ops[k])) {
            uint64_t want = ref(w, j.a);
            if (want != j.y)
                tb_fail("C++ reference disagrees with the JVM: %s 0x%llx: C++ 0x%016llx JVM 0x%016llx",
                        ops[k], (unsigned long long)j.a, (unsigned long long)want,
                        (unsigned long long)j.y);
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
            uint64_t want = ref(w, a & mask(w));
            if (y != want)
                tb_fail("%s 0x%llx: got 0x%016llx want 0x%016llx", k == 0 ? "i2d" : "l2d",
                        (unsigned long long)(a & mask(w)), (unsigned long long)y,
                        (unsigned long long)want);
        },
        N / 5);
    m.final();
    return tb_pass_float(n);
}
