// Test bench for int_neg: widths 8 and 16 exhaustive, 32 and 64 edge cases +
// 20,000 random values each, against the Java reference below.
#include "Vtb.h"
#include "tb_binop.h"

static uint64_t ref(uint64_t a, int w) {
    (void)w;
    return (uint64_t)0 - a;
}

int main() {
    tb_name = "int_neg";
    tb_seed();
    Vtb m;
    long n = run_unop(m, ref);
    m.final();
    return tb_pass(n);
}
