// Test bench for stream_deser, the deserialiser: N items in, one N-wide word out (item 0 low), at WIDTH 32 N 1, WIDTH 32 N 2, WIDTH 16 N 3, WIDTH 8 N 5, WIDTH 64 N 3, WIDTH 32 N 4
// (wrapper stream_deser_tb.v, widths over 64 bits included): per lane 3,000
// random and edge-value handshakes under four traffic patterns (full rate,
// random, slow consumer, slow producer: back-pressure), every item in order
// and intact, output held stable while stalled, one item per clock at full
// rate; a tail of fewer than N items never comes out, and reset drops it.
#include "Vtb.h"
#include "tb_rate.h"

int main() {
    tb_name = "stream_deser";
    tb_seed();
    Vtb m;
    RateLane a{"WIDTH=32 N=1", 32, 1, 1, &m.a_in_valid, &m.a_in_ready, &m.a_out_valid, &m.a_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.a_in_data, k, 32, v); },
               [&](int k) { return tb_get_item(m.a_out_data, k, 32); }};
    RateLane b{"WIDTH=32 N=2", 32, 1, 2, &m.b_in_valid, &m.b_in_ready, &m.b_out_valid, &m.b_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.b_in_data, k, 32, v); },
               [&](int k) { return tb_get_item(m.b_out_data, k, 32); }};
    RateLane c{"WIDTH=16 N=3", 16, 1, 3, &m.c_in_valid, &m.c_in_ready, &m.c_out_valid, &m.c_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.c_in_data, k, 16, v); },
               [&](int k) { return tb_get_item(m.c_out_data, k, 16); }};
    RateLane d{"WIDTH=8 N=5", 8, 1, 5, &m.d_in_valid, &m.d_in_ready, &m.d_out_valid, &m.d_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.d_in_data, k, 8, v); },
               [&](int k) { return tb_get_item(m.d_out_data, k, 8); }};
    RateLane e{"WIDTH=64 N=3", 64, 1, 3, &m.e_in_valid, &m.e_in_ready, &m.e_out_valid, &m.e_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.e_in_data, k, 64, v); },
               [&](int k) { return tb_get_item(m.e_out_data, k, 64); }};
    RateLane f{"WIDTH=32 N=4", 32, 1, 4, &m.f_in_valid, &m.f_in_ready, &m.f_out_valid, &m.f_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.f_in_data, k, 32, v); },
               [&](int k) { return tb_get_item(m.f_out_data, k, 32); }};
    long n = tb_rate_run(m, {&a, &b, &c, &d, &e, &f}, true);
    m.final();
    return tb_pass(n);
}
