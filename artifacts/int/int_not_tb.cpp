// Test bench for int_not: widths 8 and 16 exhaustive, 32 and 64 edge cases +
// 20,000 random values each, against the Java reference below.
#include "Vtb.h"
#include "tb_binop.h"

static uint64_t ref(uint64_t a, int w) {
    (void)w;
    return ~a;
}

int main() {
    tb_name = "int_not";
    tb_seed();
    Vtb m;
    long n = run_unop(m, ref);
    m.final();
    return tb_pass(n);
}
