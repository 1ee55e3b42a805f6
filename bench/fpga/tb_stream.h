// Shared driver of the hand-written FPGA experts' Verilator test benches
// (bench/fpga/*_tb.cpp): the benchmarks' input generator, the clock, and the
// measurement protocol of bench/harness.py.
//
// stream_run() pushes `in` through a valid/ready module (ports in_valid,
// in_ready, in_data, out_valid, out_ready, out_data; items of type T as wide
// as in_data, 32-bit results) and returns the outputs: one an item, or
// `want` of them (a multi-rate module), taken once every item is in.  Full speed: in_valid and out_ready held at 1, as the
// FPGA device would drive it; it counts the clocks from the first item in to
// the last item out.  With `stall` set it also drops in_valid and out_ready
// at random (a check of the handshakes; the count is then not reported).
#pragma once
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <vector>

static inline float bench_rnd(int32_t k) {  // = rnd(k) of the Java, C and Lime versions
    uint32_t v = (uint32_t)k * 1103515245u + 12345u;
    v ^= v >> 13;
    v *= 0x5bd1e995u;
    v ^= v >> 15;
    return (float)(v & 0xffffff) / 16777216.0f;
}

static inline double bench_now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// per_item: the clocks an item may take at most, on average, before the
// module counts as stuck (a loop engine's items take as many as their
// iterations).
template <class M, class T>
static std::vector<uint32_t> stream_run(M &m, const std::vector<T> &in, bool stall, uint64_t *cycles,
                                        size_t want = SIZE_MAX, uint64_t per_item = 16) {
    if (want == SIZE_MAX) want = in.size();
    std::vector<uint32_t> out;
    out.reserve(want);
    uint64_t lcg = 12345;
    auto coin = [&]() { lcg = lcg * 6364136223846793005ull + 1442695040888963407ull; return (lcg >> 33) & 3; };
    m.rst = 1;
    m.in_valid = 0;
    m.out_ready = 0;
    m.clk = 0; m.eval(); m.clk = 1; m.eval(); m.clk = 0;
    m.rst = 0;
    size_t next = 0;
    uint64_t n = 0;
    while (out.size() < want || next < in.size()) {
        m.in_valid = next < in.size() && !(stall && coin() == 0);
        m.in_data = next < in.size() ? in[next] : 0;
        m.out_ready = !(stall && coin() == 0);
        m.eval();
        bool took = m.in_valid && m.in_ready, gave = m.out_valid && m.out_ready;
        if (gave) out.push_back(m.out_data);
        m.clk = 1; m.eval(); m.clk = 0;
        if (took) next++;
        n++;
        if (n > per_item * (uint64_t)in.size() + 1000) { fprintf(stderr, "tb: the module stopped producing\n"); exit(1); }
    }
    *cycles = n;
    return out;
}
