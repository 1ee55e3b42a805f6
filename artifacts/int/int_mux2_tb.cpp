// Test bench for int_mux2 (wrapper int_mux2_tb.v: WIDTH=64 and WIDTH=1):
// y = sel ? d1 : d0 for edge-case and random operands with both selects, and
// all 8 input combinations of the 1-bit instance.
#include "Vtb.h"
#include "tb_common.h"

int main() {
    tb_name = "int_mux2";
    tb_seed();
    Vtb m;
    long n = for_pairs(64, 10000, [&](uint64_t a, uint64_t b) {
        for (int sel = 0; sel < 2; sel++) {
            m.sel = sel; m.d0 = a; m.d1 = b; m.eval();
            uint64_t want = sel ? b : a;
            if (m.y != want) tb_fail("sel=%d d0=0x%llx d1=0x%llx: got 0x%llx", sel,
                                     (unsigned long long)a, (unsigned long long)b,
                                     (unsigned long long)m.y);
        }
    });
    n *= 2;
    for (int v = 0; v < 8; v++) {
        m.bsel = v & 1; m.b0 = (v >> 1) & 1; m.b1 = (v >> 2) & 1; m.eval();
        int want = (v & 1) ? (v >> 2) & 1 : (v >> 1) & 1;
        if (m.by != want) tb_fail("1-bit: sel=%d d0=%d d1=%d: got %d", v & 1, (v >> 1) & 1, (v >> 2) & 1, m.by);
        n++;
    }
    m.final();
    return tb_pass(n);
}
