// Test bench for int_cmp: all six OPs at widths 8 (exhaustive), 16, 32, 64
// (edge cases squared + 20,000 random pairs each), against Java's signed
// relational operators.  y bit k is op k of: eq ne lt le gt ge; z the same
// with ZERO_B = 1, against a compared with 0.
#include "Vtb.h"
#include "tb_binop.h"

static uint64_t ref(uint64_t a, uint64_t b, int w) {
    int64_t x = sext(a, w), y = sext(b, w);
    return (uint64_t)((x == y) << 0 | (x != y) << 1 | (x < y) << 2 | (x <= y) << 3 |
                      (x > y) << 4 | (x >= y) << 5);
}

int main() {
    tb_name = "int_cmp";
    tb_seed();
    Vtb m;
    // run_binop masks the reference to w bits; all six flags fit in 8 bits
    long n = run_binop(m, ref);
    // ZERO_B = 1 (z): a against 0 whatever b is; run_binop's pairs again,
    // with z checked against ref(a, 0)
    n += for_pairs(8, 0, [&](uint64_t a, uint64_t b) {
        m.a8 = a; m.b8 = b; m.eval();
        if (m.z8 != ref(a, 0, 8)) tb_fail("ZERO_B w=8 a=0x%llx: got 0x%x", (unsigned long long)a, (unsigned)m.z8);
    });
#define TB_ZERO_WIDTH(W, A, B, Z)                                                          \
    n += for_pairs(W, 20000, [&](uint64_t a, uint64_t b) {                                 \
        m.A = a; m.B = b; m.eval();                                                        \
        if ((uint64_t)m.Z != ref(a, 0, W))                                                 \
            tb_fail("ZERO_B w=%d a=0x%llx: got 0x%llx", W, (unsigned long long)a,          \
                    (unsigned long long)m.Z);                                              \
    });
    TB_ZERO_WIDTH(16, a16, b16, z16)
    TB_ZERO_WIDTH(32, a32, b32, z32)
    TB_ZERO_WIDTH(64, a64, b64, z64)
#undef TB_ZERO_WIDTH
    m.final();
    return tb_pass(n);
}
