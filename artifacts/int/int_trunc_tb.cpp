// Test bench for int_trunc (wrapper int_trunc_tb.v): Java's long -> int
// (64 -> 32, the low 32 bits) and 32 -> 8, on the edge cases and 20,000
// random values.  Reference: C++ truncating casts.
#include "Vtb.h"
#include "tb_common.h"

int main() {
    tb_name = "int_trunc";
    tb_seed();
    Vtb m;
    long n = 0;
    auto one = [&](uint64_t l, uint32_t a) {
        m.a64 = l; m.a32 = a; m.eval();
        uint32_t i = (uint32_t)l;
        uint8_t b = (uint8_t)a;
        if (m.y32 != i) tb_fail("(int) 0x%016llx: got 0x%08x want 0x%08x", (unsigned long long)l,
                                m.y32, i);
        if (m.y8 != b) tb_fail("32 -> 8 0x%08x: got 0x%02x want 0x%02x", a, m.y8, b);
        n++;
    };
    std::vector<uint64_t> e32 = edges(32), e64 = edges(64);
    for (size_t i = 0; i < e32.size() || i < e64.size(); i++)
        one(e64[i % e64.size()], (uint32_t)e32[i % e32.size()]);
    for (int i = 0; i < 20000; i++) one(rnd_val(64), (uint32_t)rnd_val(32));
    m.final();
    return tb_pass(n);
}
