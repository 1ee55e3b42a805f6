// Test bench for stream_reg: 16,000 random items through the register under
// four traffic patterns, in order and intact, one per clock at full rate.
#include "Vtb.h"
#include "tb_pass_through.h"

int main() {
    tb_name = "stream_reg";
    tb_seed();
    Vtb m;
    PassLane L(&m.in_valid, &m.in_ready, &m.in_data, &m.out_valid, &m.out_ready, &m.out_data, "stream_reg");
    long n = run_pass_through(m, {&L});
    m.final();
    return tb_pass(n);
}
