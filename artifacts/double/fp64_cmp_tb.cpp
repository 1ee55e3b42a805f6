// Test bench for fp64_cmp (wrapper fp64_cmp_tb.v: y bit k is op k of
// eq ne lt le gt ge): the JVM's vectors (when LIME_DOUBLE_VECTORS is set),
// all pairs of edge values, equal, sign-flipped and neighbouring pairs, then
// random pairs (rnd_dpair K_ADD: nearby values, subnormals, zeros,
// infinities, NaNs) up to tb_vectors() (100,000; 1,000,000 with
// LIME_TB_LONG=1).  Reference: the host's double == != < <= > >= (IEEE: NaN
// unordered, -0 == +0), which are Java's.
#include "Vtb.h"
#include "tb_double.h"

static uint64_t ref(uint64_t a, uint64_t b) {
    double x = db(a), y = db(b);
    return (uint64_t)((x == y) << 0 | (x != y) << 1 | (x < y) << 2 | (x <= y) << 3 |
                      (x > y) << 4 | (x >= y) << 5);
}

int main() {
    tb_name = "fp64_cmp";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    long n = 0;
    auto one = [&](uint64_t a, uint64_t b) {
        m.a = a; m.b = b; m.eval();
        uint64_t want = ref(a, b);
        if (m.y != want)
            tb_fail("0x%016llx 0x%016llx: got flags 0x%02x want 0x%02llx (bits: eq ne lt le gt ge)",
                    (unsigned long long)a, (unsigned long long)b, m.y, (unsigned long long)want);
        n++;
    };
    for (const JVec &j : java_vectors("cmp")) {
        uint64_t want = ref(j.a, j.b);
        if (want != j.y)
            tb_fail("C++ reference disagrees with the JVM: cmp 0x%016llx 0x%016llx: C++ 0x%02llx JVM 0x%02llx",
                    (unsigned long long)j.a, (unsigned long long)j.b, (unsigned long long)want,
                    (unsigned long long)j.y);
        one(j.a, j.b);
        java_checked++;
    }
    for (int i = 0; i < n_f64_edges; i++)
        for (int j = 0; j < n_f64_edges; j++) one(f64_edges[i], f64_edges[j]);
    while (n < N) {
        uint64_t a, b;
        rnd_dpair(K_ADD, a, b);
        switch (rnd() % 8) {
        case 0: b = a; break;
        case 1: b = a ^ 0x8000000000000000ull; break;
        case 2: b = a + rnd() % 3 - 1; break;
        default: break;
        }
        one(a, b);
    }
    m.final();
    return tb_pass_float(n);
}
