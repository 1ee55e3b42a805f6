// Verilator test bench of multirate_chain.v (bench/multirate/MultiRate.lime's
// graph): streams the benchmark's n samples at full speed `reps` times,
// checks every output against a C++ model of the Java chain, checks the
// handshakes once with random stalls, and prints bench/harness.py's protocol:
// `time_ms` (simulation wall time) per repetition, `fpga_cycles C items N`
// (items: input samples; cycles from the first sample in to the last output
// out) and the same `result` line as the other versions.  A multi-rate
// module gives 4 outputs for 6 samples: stream_run is told how many.
// usage: multirate_chain_tb n reps
#include "Vmultirate_chain.h"
#include "tb_stream.h"
#include <cstdlib>

static const int32_t LIMIT = 60000;

static int32_t gain(int32_t x) {
    int32_t v = (int32_t)(3u * (uint32_t)x);
    return v < -LIMIT ? -LIMIT : v > LIMIT ? LIMIT : v;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 120000, reps = argc > 2 ? atoi(argv[2]) : 1;
    std::vector<uint32_t> in(n > 0 ? n : 0);
    for (int i = 0; i < n; i++) in[i] = (uint32_t)((int32_t)(bench_rnd(i) * 65536.0f) - 32768);
    std::vector<uint32_t> want;
    for (int p = 0; p < n / 6; p++) {
        const int32_t *s = (const int32_t *)&in[6 * p];
        int32_t d0 = (s[0] + s[1]) >> 1, d1 = (s[2] + s[3]) >> 1, d2 = (s[4] + s[5]) >> 1;
        int32_t r0 = gain(d0), r1 = gain((d1 + d2) >> 1);
        want.insert(want.end(), {(uint32_t)r0, (uint32_t)r0, (uint32_t)r1, (uint32_t)r1});
    }
    Vmultirate_chain m;
    uint64_t cycles = 0;
    std::vector<uint32_t> got;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now_ms();
        got = stream_run(m, in, false, &cycles, want.size());
        printf("time_ms %.3f\n", bench_now_ms() - t0);
    }
    int small = n < 24000 ? n : 24000;
    std::vector<uint32_t> part(in.begin(), in.begin() + small);
    uint64_t ignored;
    std::vector<uint32_t> stalled = stream_run(m, part, true, &ignored, (size_t)(small / 6 * 4));
    if (got.size() != want.size()) {
        fprintf(stderr, "multirate_chain_tb: %zu outputs, want %zu\n", got.size(), want.size());
        return 1;
    }
    for (size_t i = 0; i < want.size(); i++)
        if (got[i] != want[i] || (i < stalled.size() && stalled[i] != want[i])) {
            fprintf(stderr, "multirate_chain_tb: output %zu: got %d (stalled %d), want %d\n", i, (int32_t)got[i],
                    i < stalled.size() ? (int32_t)stalled[i] : 0, (int32_t)want[i]);
            return 1;
        }
    int32_t h = 0;
    long long sum = 0;
    for (uint32_t v : got) { h = (int32_t)(31u * (uint32_t)h + v); sum += (int32_t)v; }
    printf("fpga_cycles %llu items %d\n", (unsigned long long)cycles, n);
    printf("result hash %d sum %lld count %zu\n", h, sum, got.size());
    return 0;
}
