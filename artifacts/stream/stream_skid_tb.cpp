// Test bench for stream_skid: 16,000 random items through the skid buffer under
// four traffic patterns, in order and intact, one per clock at full rate.
#include "Vtb.h"
#include "tb_pass_through.h"

int main() {
    tb_name = "stream_skid";
    tb_seed();
    Vtb m;
    PassLane L(&m.in_valid, &m.in_ready, &m.in_data, &m.out_valid, &m.out_ready, &m.out_data, "stream_skid");
    long n = run_pass_through(m, {&L});
    m.final();
    return tb_pass(n);
}
