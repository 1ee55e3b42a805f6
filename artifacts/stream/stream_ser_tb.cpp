// Test bench for stream_ser, the serialiser: one M-wide word in, its M items out (the low one first), at WIDTH 32 M 1, WIDTH 32 M 2, WIDTH 16 M 3, WIDTH 8 M 5, WIDTH 64 M 3, WIDTH 32 M 4
// (wrapper stream_ser_tb.v, widths over 64 bits included): per lane 3,000
// random and edge-value handshakes under four traffic patterns (full rate,
// random, slow consumer, slow producer: back-pressure), every item in order
// and intact, output held stable while stalled, one item per clock at full
// rate; a word stalled inside is dropped by reset.
#include "Vtb.h"
#include "tb_rate.h"

int main() {
    tb_name = "stream_ser";
    tb_seed();
    Vtb m;
    RateLane a{"WIDTH=32 M=1", 32, 1, 1, &m.a_in_valid, &m.a_in_ready, &m.a_out_valid, &m.a_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.a_in_data, k, 32, v); },
               [&](int k) { return tb_get_item(m.a_out_data, k, 32); }};
    RateLane b{"WIDTH=32 M=2", 32, 2, 1, &m.b_in_valid, &m.b_in_ready, &m.b_out_valid, &m.b_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.b_in_data, k, 32, v); },
               [&](int k) { return tb_get_item(m.b_out_data, k, 32); }};
    RateLane c{"WIDTH=16 M=3", 16, 3, 1, &m.c_in_valid, &m.c_in_ready, &m.c_out_valid, &m.c_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.c_in_data, k, 16, v); },
               [&](int k) { return tb_get_item(m.c_out_data, k, 16); }};
    RateLane d{"WIDTH=8 M=5", 8, 5, 1, &m.d_in_valid, &m.d_in_ready, &m.d_out_valid, &m.d_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.d_in_data, k, 8, v); },
               [&](int k) { return tb_get_item(m.d_out_data, k, 8); }};
    RateLane e{"WIDTH=64 M=3", 64, 3, 1, &m.e_in_valid, &m.e_in_ready, &m.e_out_valid, &m.e_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.e_in_data, k, 64, v); },
               [&](int k) { return tb_get_item(m.e_out_data, k, 64); }};
    RateLane f{"WIDTH=32 M=4", 32, 4, 1, &m.f_in_valid, &m.f_in_ready, &m.f_out_valid, &m.f_out_ready,
               [&](int k, uint64_t v) { tb_set_item(m.f_in_data, k, 32, v); },
               [&](int k) { return tb_get_item(m.f_out_data, k, 32); }};
    long n = tb_rate_run(m, {&a, &b, &c, &d, &e, &f}, false);
    m.final();
    return tb_pass(n);
}
