// Test bench for fp32_cmp (wrapper fp32_cmp_tb.v: y bit k is op k of
// eq ne lt le gt ge): the JVM's vectors (when LIME_FLOAT_VECTORS is set), all
// pairs of edge values, equal and sign-flipped pairs, then random pairs
// (rnd_fpair K_ADD: nearby values, subnormals, zeros, infinities, NaNs) up to
// 1,000,000.  Reference: the host's float == != < <= > >= (IEEE: NaN
// unordered, -0 == +0), which are Java's.
#include "Vtb.h"
#include "tb_float.h"

static const long N = 1000000;

static uint64_t ref(uint32_t a, uint32_t b) {
    float x = fb(a), y = fb(b);
    return (uint64_t)((x == y) << 0 | (x != y) << 1 | (x < y) << 2 | (x <= y) << 3 |
                      (x > y) << 4 | (x >= y) << 5);
}

int main() {
    tb_name = "fp32_cmp";
    tb_seed();
    tb_float_init();
    Vtb m;
    long n = 0;
    auto one = [&](uint32_t a, uint32_t b) {
        m.a = a; m.b = b; m.eval();
        uint64_t want = ref(a, b);
        if (m.y != want) tb_fail("0x%08x 0x%08x: got flags 0x%02x want 0x%02llx (bits: eq ne lt le gt ge)",
                                 a, b, m.y, (unsigned long long)want);
        n++;
    };
    for (const JVec &j : java_vectors("cmp")) {
        uint64_t want = ref((uint32_t)j.a, (uint32_t)j.b);
        if (want != j.y)
            tb_fail("C++ reference disagrees with the JVM: cmp 0x%08llx 0x%08llx: C++ 0x%02llx JVM 0x%02llx",
                    (unsigned long long)j.a, (unsigned long long)j.b, (unsigned long long)want,
                    (unsigned long long)j.y);
        one((uint32_t)j.a, (uint32_t)j.b);
        java_checked++;
    }
    for (int i = 0; i < n_f32_edges; i++)
        for (int j = 0; j < n_f32_edges; j++) one(f32_edges[i], f32_edges[j]);
    while (n < N) {
        uint32_t a, b;
        rnd_fpair(K_ADD, a, b);
        switch (rnd() % 8) {
        case 0: b = a; break;
        case 1: b = a ^ 0x80000000u; break;
        case 2: b = a + (uint32_t)(rnd() % 3) - 1; break;
        default: break;
        }
        one(a, b);
    }
    m.final();
    return tb_pass_float(n);
}
