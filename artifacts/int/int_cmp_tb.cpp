// Test bench for int_cmp: all six OPs at widths 8 (exhaustive), 16, 32, 64
// (edge cases squared + 20,000 random pairs each), against Java's signed
// relational operators.  y bit k is op k of: eq ne lt le gt ge.
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
    m.final();
    return tb_pass(n);
}
