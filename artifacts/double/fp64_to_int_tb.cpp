// Test bench for fp64_to_int (wrapper fp64_to_int_tb.v: lane 0 WIDTH 32,
// Java (int) of a double; lane 1 WIDTH 64, (long) of a double).  Each lane:
// the JVM's vectors (when LIME_DOUBLE_VECTORS is set), the double edge
// values, then random doubles up to tb_vectors() (100,000; 1,000,000 with
// LIME_TB_LONG=1): exponents from below 1 to beyond the integer range,
// values right at +-2^(WIDTH-1) and their neighbours, any double (NaNs,
// infinities, subnormals), the first fifth with random stalls and bubbles.
// Reference: Java's rules written out (NaN -> 0, saturation to MIN/MAX,
// otherwise truncation toward zero).
#include "Vtb.h"
#include "tb_double.h"

static const int LATENCY = 2;

static uint64_t ref(int w, uint64_t a) {
    double d = db(a);
    int64_t r;
    if (d != d) r = 0;
    else if (d >= std::ldexp(1.0, w - 1)) r = (int64_t)smax(w);
    else if (d <= -std::ldexp(1.0, w - 1)) r = sext(smin(w), w);
    else r = (int64_t)d;                       // truncates toward zero, in range
    return (uint64_t)r & mask(w);
}

static uint64_t rnd_conv(int w) {
    uint64_t s = rnd();
    switch (rnd() % 4) {
    case 0: case 1: return mkd(s, 1010 + rnd() % (uint64_t)(w + 25), rnd_frac52());
    case 2: {                                  // +-2^(w-1) and neighbours
        uint64_t d = mkd(s, 1022 + (uint64_t)w, 0);
        return d + rnd() % 5 - 2;
    }
    default: return rnd_f64();
    }
}

int main() {
    tb_name = "fp64_to_int";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    PLane L32("fp64_to_int WIDTH=32", LATENCY), L64("fp64_to_int WIDTH=64", LATENCY);
    PLane *lanes[2] = {&L32, &L64};
    const char *ops[2] = {"d2i", "d2l"};
    for (int k = 0; k < 2; k++) {
        int w = k == 0 ? 32 : 64;
        PLane &L = *lanes[k];
        for (const JVec &j : java_vectors(ops[k])) {
            uint64_t want = ref(w, j.a);
            if (want != (j.y & mask(w)))
                tb_fail("C++ reference disagrees with the JVM: %s 0x%016llx: C++ 0x%llx JVM 0x%llx",
                        ops[k], (unsigned long long)j.a, (unsigned long long)want,
                        (unsigned long long)j.y);
            L.add(j.a, 0);
            java_checked++;
        }
        for (int i = 0; i < n_f64_edges; i++) L.add(f64_edges[i], 0);
        while ((long)L.vec.size() < N) L.add(rnd_conv(w), 0);
    }
    long n = run_pipe(
        m, {&L32, &L64},
        [](Vtb &m, int k, const PItem &it) {
            if (k == 0) { m.iv0 = it.valid; m.a0 = it.a; }
            else { m.iv1 = it.valid; m.a1 = it.a; }
        },
        [](Vtb &m, int k, bool &ov, uint64_t &y) {
            ov = k == 0 ? m.ov0 : m.ov1;
            y = k == 0 ? m.y0 : m.y1;
        },
        [](int k, uint64_t a, uint64_t, uint64_t y) {
            int w = k == 0 ? 32 : 64;
            uint64_t want = ref(w, a);
            if (y != want)
                tb_fail("%s 0x%016llx: got 0x%llx want 0x%llx", k == 0 ? "d2i" : "d2l",
                        (unsigned long long)a, (unsigned long long)y, (unsigned long long)want);
        },
        N / 5);
    m.final();
    return tb_pass_float(n);
}
