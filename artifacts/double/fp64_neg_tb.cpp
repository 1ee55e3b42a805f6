// Test bench for fp64_neg: the JVM's vectors (when LIME_DOUBLE_VECTORS is
// set), the double edge values, then random doubles up to tb_vectors()
// (100,000; 1,000,000 with LIME_TB_LONG=1).  Reference: host double unary -
// (flips the sign bit); for a NaN operand only NaN-ness is compared with the
// JVM (Java does not specify the NaN's sign), while the hardware must flip
// the sign bit of NaNs too.
#include "Vtb.h"
#include "tb_double.h"

static uint64_t ref(uint64_t a) { return bd(-db(a)); }

int main() {
    tb_name = "fp64_neg";
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    Vtb m;
    long n = 0;
    auto one = [&](uint64_t a) {
        m.a = a; m.eval();
        uint64_t want = ref(a);
        if (m.y != want || want != (a ^ 0x8000000000000000ull))
            tb_fail("0x%016llx: got 0x%016llx want 0x%016llx", (unsigned long long)a,
                    (unsigned long long)m.y, (unsigned long long)want);
        n++;
    };
    for (const JVec &j : java_vectors("neg")) {
        uint64_t want = ref(j.a);
        if (!dmatch(want, j.y))
            tb_fail("C++ reference disagrees with the JVM: neg 0x%016llx: C++ 0x%016llx JVM 0x%016llx",
                    (unsigned long long)j.a, (unsigned long long)want, (unsigned long long)j.y);
        one(j.a);
        java_checked++;
    }
    for (int i = 0; i < n_f64_edges; i++) one(f64_edges[i]);
    while (n < N) one(rnd_f64());
    m.final();
    return tb_pass_float(n);
}
