// Verilator test bench of saxpy.v (bench/saxpy/Saxpy.lime's map
// saxpy(@ x, @ y, 2.5f)): streams the benchmark's n pairs {y, x} at full
// speed `reps` times, checks every z bit for bit against the C++ float
// a * x + y (two roundings, built with -ffp-contract=off), checks the
// handshakes once with random stalls, then reduces z . x in double on the
// host (the dot product is not in the module: the store has no double
// adder) and prints bench/harness.py's protocol: `time_ms` (simulation wall
// time) per repetition, `fpga_cycles C items N`, and the same `result` line
// as the other versions.  usage: saxpy_tb n reps
#include "Vsaxpy.h"
#include "tb_stream.h"
#include <cmath>
#include <cstdlib>


static uint32_t bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static float flt(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 100000, reps = argc > 2 ? atoi(argv[2]) : 1;
    const float a = 2.5f;
    std::vector<float> x(n), y(n);
    std::vector<uint64_t> in(n);
    for (int i = 0; i < n; i++) {
        x[i] = bench_rnd(2 * i) - 0.5f;
        y[i] = bench_rnd(2 * i + 1) - 0.5f;
        in[i] = (uint64_t)bits(y[i]) << 32 | bits(x[i]);
    }
    Vsaxpy m;
    m.a = bits(a);
    uint64_t cycles = 0;
    std::vector<uint32_t> z;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now_ms();
        z = stream_run(m, in, false, &cycles);
        printf("time_ms %.3f\n", bench_now_ms() - t0);
    }
    uint64_t ignored;
    std::vector<uint64_t> small(in.begin(), in.begin() + (n < 20000 ? n : 20000));
    std::vector<uint32_t> stalled = stream_run(m, small, true, &ignored);
    for (int i = 0; i < n; i++) {
        uint32_t want = bits(a * x[i] + y[i]);
        if (z[i] != want || (i < (int)stalled.size() && stalled[i] != want)) {
            fprintf(stderr, "saxpy_tb: item %d: got %08x (stalled %08x), want %08x\n", i, z[i],
                    i < (int)stalled.size() ? stalled[i] : 0, want);
            return 1;
        }
    }
    int32_t h = 0;
    double dot = 0;
    for (int i = 0; i < n; i++) {
        h = (int32_t)(31u * (uint32_t)h + z[i]);
        dot += (double)flt(z[i]) * (double)x[i];
    }
    printf("fpga_cycles %llu items %d\n", (unsigned long long)cycles, n);
    printf("result z %d dot %lld\n", h, (long long)std::floor(dot + 0.5));
    return 0;
}
