// Test bench for fp64_mul (wrapper fp64_mul_tb.v): the JVM's vectors (when
// LIME_DOUBLE_VECTORS is set), all pairs of edge values (0 * inf, ...), then
// random pairs (rnd_dpair K_MUL: product exponents from deep underflow to
// overflow, exact products and ties of short significands, subnormals,
// specials) up to tb_vectors() (100,000; 1,000,000 with LIME_TB_LONG=1),
// the first fifth with random stalls and bubbles.  Reference: host double *.
#include "Vtb.h"
#include "tb_double.h"

int main() {
    tb_name = "fp64_mul";
    return run_binary64<Vtb>("mul", K_MUL, 4, [](uint64_t a, uint64_t b) { return bd(db(a) * db(b)); });
}
