// Test bench for int_shl: widths 8 (exhaustive), 16, 32, 64 (edge cases x edge
// cases + 20,000 random pairs each) against the Java reference below.
#include "Vtb.h"
#include "tb_binop.h"

// Java semantics on w-bit two's complement patterns (a, b are w-bit patterns).
static uint64_t ref(uint64_t a, uint64_t b, int w) {
    (void)a; (void)b; (void)w;
    return a << (b & (uint64_t)(w - 1));
}

int main() {
    tb_name = "int_shl";
    tb_seed();
    Vtb m;
    long n = run_binop(m, ref);
    m.final();
    return tb_pass(n);
}
