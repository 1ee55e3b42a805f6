// Test bench for fp32_neg: the JVM's vectors (when LIME_FLOAT_VECTORS is
// set), the float edge values, then random floats up to 1,000,000.
// Reference: host float unary - (flips the sign bit); for a NaN operand only
// NaN-ness is compared with the JVM (Java does not specify the NaN's sign),
// while the hardware must flip the sign bit of NaNs too.
#include "Vtb.h"
#include "tb_float.h"

static const long N = 1000000;

static uint32_t ref(uint32_t a) { return bf(-fb(a)); }

int main() {
    tb_name = "fp32_neg";
    tb_seed();
    tb_float_init();
    Vtb m;
    long n = 0;
    auto one = [&](uint32_t a) {
        m.a = a; m.eval();
        uint32_t want = ref(a);
        if (m.y != want || want != (a ^ 0x80000000u))
            tb_fail("0x%08x: got 0x%08x want 0x%08x", a, m.y, want);
        n++;
    };
    for (const JVec &j : java_vectors("neg")) {
        uint32_t want = ref((uint32_t)j.a);
        if (!fmatch(want, (uint32_t)j.y))
            tb_fail("C++ reference disagrees with the JVM: neg 0x%08llx: C++ 0x%08x JVM 0x%08llx",
                    (unsigned long long)j.a, want, (unsigned long long)j.y);
        one((uint32_t)j.a);
        java_checked++;
    }
    for (int i = 0; i < n_f32_edges; i++) one(f32_edges[i]);
    while (n < N) one(rnd_f32());
    m.final();
    return tb_pass_float(n);
}
