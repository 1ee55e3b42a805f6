// Verilator test bench of matmul.v (bench/matmul/MatMul.lime's map
// cell(@ Lime.range(n * n), a, b, n)): loads the benchmark's A and B
// (rnd(i) - 0.5f for i below 2 n^2, A first) through the load port, streams
// the n^2 cell indices at full speed `reps` times, checks every cell bit for
// bit against the C++ sum in the Java's order (two roundings a step, built
// with -ffp-contract=off), checks the handshakes once with random stalls,
// and prints bench/harness.py's protocol: `time_ms` (simulation wall time)
// per repetition, `fpga_cycles C items N`, and the same `result` line as the
// other versions.  C counts a call as the Lime runtime counts one
// (runtime/fpga.c run_items): the clocks that load A and B (one word a
// clock, 2 n^2) and then the stream's, first item in to last result out.  usage: matmul_tb n reps (n * n at most the module's
// 2^LOG_DEPTH words)
#include "Vmatmul.h"
#include "tb_stream.h"
#include <cstdlib>

static uint32_t bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

static void load(Vmatmul &m, int sel, const std::vector<float> &w) {
    m.wr_en = 1;
    m.wr_sel = sel;
    for (size_t k = 0; k < w.size(); k++) {
        m.wr_addr = (uint32_t)k;
        m.wr_data = bits(w[k]);
        m.clk = 0; m.eval(); m.clk = 1; m.eval(); m.clk = 0;
    }
    m.wr_en = 0;
    m.eval();
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 32, reps = argc > 2 ? atoi(argv[2]) : 1;
    int nn = n * n;
    std::vector<float> a(nn), b(nn);
    for (int i = 0; i < nn; i++) {
        a[i] = bench_rnd(i) - 0.5f;
        b[i] = bench_rnd(nn + i) - 0.5f;
    }
    std::vector<uint32_t> in(nn), want(nn);
    for (int p = 0; p < nn; p++) {
        in[p] = (uint32_t)p;
        int i = p / n, j = p % n;
        float s = 0.0f;
        for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
        want[p] = bits(s);
    }
    Vmatmul m;
    m.n = (uint32_t)n;
    load(m, 0, a);
    load(m, 1, b);
    uint64_t cycles = 0;
    std::vector<uint32_t> c;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now_ms();
        c = stream_run(m, in, false, &cycles, SIZE_MAX, (uint64_t)n + 64);
        cycles += 2 * (uint64_t)nn;   /* the load, as a Lime call has it */
        printf("time_ms %.3f\n", bench_now_ms() - t0);
    }
    uint64_t ignored;
    std::vector<uint32_t> stalled = stream_run(m, in, true, &ignored, SIZE_MAX, 4 * (uint64_t)n + 64);
    for (int p = 0; p < nn; p++)
        if (c[p] != want[p] || stalled[p] != want[p]) {
            fprintf(stderr, "matmul_tb: cell %d: got %08x (stalled %08x), want %08x\n", p, c[p], stalled[p], want[p]);
            return 1;
        }
    int32_t h = 0;
    for (int p = 0; p < nn; p++) h = (int32_t)(31u * (uint32_t)h + c[p]);
    printf("fpga_cycles %llu items %d\n", (unsigned long long)cycles, nn);
    printf("result c %d\n", h);
    return 0;
}
