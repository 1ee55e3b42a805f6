/* bench/common/bench.h: what every expert C version shares with the other
 * versions of its benchmark (bench/harness.py, docs/benchmarks.md).
 *
 *  - rnd(k): the benchmarks' input generator, the same int arithmetic as
 *    `rnd` in every Naive.java and .lime program (Java int wraps; here
 *    uint32_t does), so every version computes on the same inputs;
 *  - now_ms(): a monotonic clock in milliseconds, for the `time_ms` lines;
 *  - hash_f / hash_i: the checksums the programs print (31 * h + bits).
 *
 * Protocol of every version: print `time_ms T` once per repetition of the
 * timed part (T measured around the compute only), then one `result ...`
 * line that must be byte-identical across versions. */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static inline float rnd(int32_t k) {
    uint32_t v = (uint32_t)k * 1103515245u + 12345u;
    v ^= v >> 13;
    v *= 0x5bd1e995u;
    v ^= v >> 15;
    return (float)(v & 0xffffff) / 16777216.0f;
}

static inline double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static inline int32_t hash_i(int32_t h, int32_t v) { return (int32_t)(31u * (uint32_t)h + (uint32_t)v); }
static inline int32_t hash_f(int32_t h, float v) {
    int32_t bits;
    memcpy(&bits, &v, 4);
    return hash_i(h, bits);
}

/* Java's Math.round(double): floor(x + 0.5) */
static inline long long java_round(double x) { return (long long)floor(x + 0.5); }

static inline void *xalloc(size_t bytes) {
    void *p = aligned_alloc(64, (bytes + 63) / 64 * 64);
    if (!p) { fprintf(stderr, "out of memory\n"); exit(1); }
    return p;
}

static inline int arg_int(int argc, char **argv, int i, int dflt) { return argc > i ? atoi(argv[i]) : dflt; }
#endif
