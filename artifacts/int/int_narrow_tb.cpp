// Test bench for int_narrow (wrapper int_narrow_tb.v): Java's (byte),
// (short), (char) of an int, and the sign-extended low 32 bits of a long,
// on all 65,536 low halves (random high bits), the 32- and 64-bit edge cases
// and 20,000 random values.  Reference: C++ casts through int8_t, int16_t,
// uint16_t, int32_t (Java's narrowing conversions, then promotion to int).
#include "Vtb.h"
#include "tb_common.h"

int main() {
    tb_name = "int_narrow";
    tb_seed();
    Vtb m;
    long n = 0;
    auto one = [&](uint32_t a, uint64_t l) {
        m.a32 = a; m.a64 = l; m.eval();
        uint32_t b = (uint32_t)(int32_t)(int8_t)a, s = (uint32_t)(int32_t)(int16_t)a,
                 c = (uint32_t)(uint16_t)a;
        uint64_t i = (uint64_t)(int64_t)(int32_t)(uint32_t)l;
        if (m.y8s != b || m.y16s != s || m.y16u != c)
            tb_fail("a=0x%08x: (byte) 0x%08x want 0x%08x, (short) 0x%08x want 0x%08x, "
                    "(char) 0x%08x want 0x%08x", a, m.y8s, b, m.y16s, s, m.y16u, c);
        if (m.y32s != i)
            tb_fail("a=0x%016llx: (int) 0x%016llx want 0x%016llx", (unsigned long long)l,
                    (unsigned long long)m.y32s, (unsigned long long)i);
        n++;
    };
    for (uint32_t v = 0; v < 65536; v++) one(v | (uint32_t)rnd() << 16, v | rnd() << 16);
    std::vector<uint64_t> e32 = edges(32), e64 = edges(64);
    for (size_t i = 0; i < e32.size() || i < e64.size(); i++)
        one((uint32_t)e32[i % e32.size()], e64[i % e64.size()]);
    for (int i = 0; i < 20000; i++) one((uint32_t)rnd_val(32), rnd_val(64));
    m.final();
    return tb_pass(n);
}
