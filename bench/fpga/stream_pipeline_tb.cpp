// Verilator test bench of stream_pipeline.v (bench/stream/Stream.lime's
// graph): streams the benchmark's n samples at full speed `reps` times,
// checks every output against a C++ model of the Java pipeline, checks the
// handshakes once with random stalls, and prints bench/harness.py's protocol:
// `time_ms` (simulation wall time) per repetition, `fpga_cycles C items N`
// for the full-speed run, and the same `result` line as the other versions.
// usage: stream_pipeline_tb n reps
#include "Vstream_pipeline.h"
#include "tb_stream.h"
#include <cstdlib>

static const int32_t LIMIT = 300000;

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 100000, reps = argc > 2 ? atoi(argv[2]) : 1;
    std::vector<uint32_t> in(n), want(n);
    for (int i = 0; i < n; i++) in[i] = (uint32_t)((int32_t)(bench_rnd(i) * 65536.0f) - 32768);
    static const int32_t c[8] = {-1, 3, 7, 12, 12, 7, 3, -1};
    uint32_t hist[8] = {0}, prev = 0;
    for (int i = 0; i < n; i++) {
        for (int k = 7; k > 0; k--) hist[k] = hist[k - 1];
        hist[0] = in[i];
        uint32_t y = 0;
        for (int k = 0; k < 8; k++) y += (uint32_t)c[k] * hist[k];
        int32_t d = (int32_t)(y - prev);
        prev = y;
        want[i] = (uint32_t)(d < -LIMIT ? -LIMIT : d > LIMIT ? LIMIT : d);
    }
    Vstream_pipeline m;
    uint64_t cycles = 0;
    std::vector<uint32_t> got;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now_ms();
        got = stream_run(m, in, false, &cycles);
        printf("time_ms %.3f\n", bench_now_ms() - t0);
    }
    uint64_t ignored;
    std::vector<uint32_t> small(in.begin(), in.begin() + (n < 20000 ? n : 20000));
    std::vector<uint32_t> stalled = stream_run(m, small, true, &ignored);
    for (int i = 0; i < n; i++)
        if (got[i] != want[i] || (i < (int)stalled.size() && stalled[i] != want[i])) {
            fprintf(stderr, "stream_pipeline_tb: item %d: got %d (stalled %d), want %d\n", i, (int32_t)got[i],
                    i < (int)stalled.size() ? (int32_t)stalled[i] : 0, (int32_t)want[i]);
            return 1;
        }
    int32_t h = 0;
    long long sum = 0;
    for (int i = 0; i < n; i++) { h = (int32_t)(31u * (uint32_t)h + got[i]); sum += (int32_t)got[i]; }
    printf("fpga_cycles %llu items %d\n", (unsigned long long)cycles, n);
    printf("result hash %d sum %lld\n", h, sum);
    return 0;
}
