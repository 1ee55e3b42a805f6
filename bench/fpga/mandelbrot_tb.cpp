// Verilator test bench of mandelbrot.v (bench/mandelbrot/Mandelbrot.lime's
// map point(@ Lime.range(w * h), w, h, maxIter)): streams the point indices
// at full speed `reps` times, checks every count against the C++ float
// model of the Java (built with -ffp-contract=off), checks the handshakes
// once with random stalls, and prints bench/harness.py's protocol:
// `time_ms` (simulation wall time) per repetition, `fpga_cycles C items N`,
// and the same `result` line as the other versions.
// usage: mandelbrot_tb w h maxIter reps
#include "Vmandelbrot.h"
#include "tb_stream.h"
#include <cstdlib>

static int point(int p, int w, int h, int maxIter) {   // Mandelbrot.point, as the Java
    int px = p % w, py = p / w;
    float cx = -2.5f + px * (3.5f / w);
    float cy = -1.25f + py * (2.5f / h);
    float x = 0.0f, y = 0.0f;
    int it = 0;
    while (it < maxIter) {
        float xx = x * x, yy = y * y;
        if (xx + yy > 4.0f) break;
        y = 2.0f * x * y + cy;
        x = xx - yy + cx;
        it++;
    }
    return it;
}

int main(int argc, char **argv) {
    int w = argc > 1 ? atoi(argv[1]) : 160, h = argc > 2 ? atoi(argv[2]) : 120;
    int max_iter = argc > 3 ? atoi(argv[3]) : 256, reps = argc > 4 ? atoi(argv[4]) : 1;
    int n = w * h;
    std::vector<uint32_t> in(n);
    for (int i = 0; i < n; i++) in[i] = (uint32_t)i;
    Vmandelbrot m;
    m.w = (uint32_t)w;
    m.h = (uint32_t)h;
    m.max_iter = (uint32_t)max_iter;
    uint64_t cycles = 0, per_item = 16 * ((uint64_t)max_iter + 2);
    std::vector<uint32_t> z;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now_ms();
        z = stream_run(m, in, false, &cycles, SIZE_MAX, per_item);
        printf("time_ms %.3f\n", bench_now_ms() - t0);
    }
    uint64_t ignored;
    std::vector<uint32_t> small(in.begin(), in.begin() + (n < 4000 ? n : 4000));
    std::vector<uint32_t> stalled = stream_run(m, small, true, &ignored, SIZE_MAX, per_item);
    for (int i = 0; i < n; i++) {
        uint32_t want = (uint32_t)point(i, w, h, max_iter);
        if (z[i] != want || (i < (int)stalled.size() && stalled[i] != want)) {
            fprintf(stderr, "mandelbrot_tb: item %d: got %u (stalled %u), want %u\n", i, z[i],
                    i < (int)stalled.size() ? stalled[i] : 0, want);
            return 1;
        }
    }
    int32_t hash = 0;
    int64_t total = 0;
    for (int i = 0; i < n; i++) {
        hash = (int32_t)(31u * (uint32_t)hash + z[i]);
        total += z[i];
    }
    printf("fpga_cycles %llu items %d\n", (unsigned long long)cycles, n);
    printf("result hash %d iterations %lld\n", hash, (long long)total);
    return 0;
}
