// Verilator test bench of crc32_words.v (bench/crc32/Crc32.lime's filter
// Running.step): streams the benchmark's n / 4 words (byte i = (int)
// (rnd(i) * 256), four bytes a word, least significant first) at full
// speed `reps` times, checks every output (the CRC so far) against a C++
// table-driven CRC-32 of the same bytes, checks the handshakes once with
// random stalls, and prints bench/harness.py's protocol: `time_ms`
// (simulation wall time) per repetition, `fpga_cycles C items N` (items:
// words), and the same `result` line as the other versions (the last
// output is the CRC of the whole buffer).  usage: crc32_words_tb n reps
#include "Vcrc32_words.h"
#include "tb_stream.h"
#include <cstdlib>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1048576, reps = argc > 2 ? atoi(argv[2]) : 1;
    int nw = n / 4;
    std::vector<uint32_t> in(nw), want(nw);
    uint32_t table[256];
    for (uint32_t b = 0; b < 256; b++) {
        uint32_t c = b;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
        table[b] = c;
    }
    uint32_t c = 0xFFFFFFFFu;
    for (int j = 0; j < nw; j++) {
        uint32_t w = 0;
        for (int k = 0; k < 4; k++) {
            uint32_t byte = (uint32_t)(int)(bench_rnd(4 * j + k) * 256.0f);
            w |= byte << (8 * k);
            c = (c >> 8) ^ table[(c ^ byte) & 255];
        }
        in[j] = w;
        want[j] = ~c;
    }
    Vcrc32_words m;
    uint64_t cycles = 0;
    std::vector<uint32_t> got;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now_ms();
        got = stream_run(m, in, false, &cycles);
        printf("time_ms %.3f\n", bench_now_ms() - t0);
    }
    uint64_t ignored;
    std::vector<uint32_t> small(in.begin(), in.begin() + (nw < 20000 ? nw : 20000));
    std::vector<uint32_t> stalled = stream_run(m, small, true, &ignored);
    for (int i = 0; i < nw; i++)
        if (got[i] != want[i] || (i < (int)stalled.size() && stalled[i] != want[i])) {
            fprintf(stderr, "crc32_words_tb: word %d: got %08x (stalled %08x), want %08x\n", i, got[i],
                    i < (int)stalled.size() ? stalled[i] : 0, want[i]);
            return 1;
        }
    printf("fpga_cycles %llu items %d\n", (unsigned long long)cycles, nw);
    printf("result crc %x bytes %d\n", nw ? got[nw - 1] : 0u, n);
    return 0;
}
