// Test bench for int_muxn (wrapper int_muxn_tb.v): for random inputs, every
// select value (including out-of-range ones, which must give 0) at
// (N, WIDTH) = (2, 32), (3, 32), (5, 64), (8, 16).  Verilator packs the wide
// d ports into 32-bit words (VlWide): input i of width W starts at bit i*W.
#include "Vtb.h"
#include "tb_common.h"

template <class Wide> static void set_bits(Wide &d, int lo, int w, uint64_t v) {
    for (int k = 0; k < w; k++) {
        int bit = lo + k;
        uint32_t m = 1u << (bit % 32);
        if ((v >> k) & 1) d[bit / 32] |= m; else d[bit / 32] &= ~m;
    }
}

int main() {
    tb_name = "int_muxn";
    tb_seed();
    Vtb m;
    long n = 0;
    for (int iter = 0; iter < 3000; iter++) {
        uint64_t v2[2], v3[3], v5[5], v8[8];
        for (auto &x : v2) x = rnd_val(32);
        for (auto &x : v3) x = rnd_val(32);
        for (auto &x : v5) x = rnd_val(64);
        for (auto &x : v8) x = rnd_val(16);
        m.d2 = v2[0] | v2[1] << 32;                     // 64 bits: QData
        for (int i = 0; i < 3; i++) set_bits(m.d3, i * 32, 32, v3[i]);
        for (int i = 0; i < 5; i++) set_bits(m.d5, i * 64, 64, v5[i]);
        for (int i = 0; i < 8; i++) set_bits(m.d8, i * 16, 16, v8[i]);
        for (int s = 0; s < 8; s++) {
            m.s2 = s & 1; m.s3 = s & 3; m.s5 = s; m.s8 = s;
            m.eval();
            uint64_t w2 = v2[s & 1], w3 = (s & 3) < 3 ? v3[s & 3] : 0, w5 = s < 5 ? v5[s] : 0,
                     w8 = v8[s];
            if (m.y2 != w2) tb_fail("N=2 sel=%d: got 0x%llx want 0x%llx", s & 1, (unsigned long long)m.y2, (unsigned long long)w2);
            if (m.y3 != w3) tb_fail("N=3 sel=%d: got 0x%llx want 0x%llx", s & 3, (unsigned long long)m.y3, (unsigned long long)w3);
            if (m.y5 != w5) tb_fail("N=5 sel=%d: got 0x%llx want 0x%llx", s, (unsigned long long)m.y5, (unsigned long long)w5);
            if (m.y8 != w8) tb_fail("N=8 sel=%d: got 0x%llx want 0x%llx", s, (unsigned long long)m.y8, (unsigned long long)w8);
            n += 4;
        }
    }
    m.final();
    return tb_pass(n);
}
