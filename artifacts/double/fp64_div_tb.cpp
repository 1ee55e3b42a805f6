// Test bench for fp64_div (wrapper fp64_div_tb.v): the JVM's vectors (when
// LIME_DOUBLE_VECTORS is set), all pairs of edge values (x / 0, 0 / 0,
// inf / inf, ...), then random pairs (rnd_dpair K_DIV: quotient exponents
// from deep underflow to overflow, exact quotients, subnormals, specials) up
// to tb_vectors() (100,000; 1,000,000 with LIME_TB_LONG=1), the first fifth
// with random stalls and bubbles.  Reference: host double /.
#include "Vtb.h"
#include "tb_double.h"

int main() {
    tb_name = "fp64_div";
    return run_binary64<Vtb>("div", K_DIV, 57, [](uint64_t a, uint64_t b) { return bd(db(a) / db(b)); });
}
