// Test bench for int_widen (wrapper int_widen_tb.v): Java's int -> long
// (32 -> 64) on the 32-bit edge cases and 20,000 random values, and 8 -> 32
// exhaustively.  Reference: C++ sign-extending casts.
#include "Vtb.h"
#include "tb_common.h"

int main() {
    tb_name = "int_widen";
    tb_seed();
    Vtb m;
    long n = 0;
    auto one = [&](uint32_t a, uint8_t b) {
        m.a32 = a; m.a8 = b; m.eval();
        uint64_t l = (uint64_t)(int64_t)(int32_t)a;
        uint32_t i = (uint32_t)(int32_t)(int8_t)b;
        if (m.y64 != l) tb_fail("(long) 0x%08x: got 0x%016llx want 0x%016llx", a,
                                (unsigned long long)m.y64, (unsigned long long)l);
        if (m.y32 != i) tb_fail("8 -> 32 0x%02x: got 0x%08x want 0x%08x", b, m.y32, i);
        n++;
    };
    for (uint64_t v : edges(32)) one((uint32_t)v, (uint8_t)v);
    for (uint32_t v = 0; v < 256; v++) one((uint32_t)rnd_val(32), (uint8_t)v);
    for (int i = 0; i < 20000; i++) one((uint32_t)rnd_val(32), (uint8_t)rnd());
    m.final();
    return tb_pass(n);
}
