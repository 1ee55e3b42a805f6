// Shared helpers for the artifact test benches (C++ side).
// Each bench: drives its Verilated model, compares with a C++ reference that
// implements Java semantics, prints `PASS NAME (N vectors)` and exits 0, or
// prints the first mismatch as `FAIL NAME: ...` and exits 1.
#pragma once
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

static const char *tb_name = "?";

// splitmix64: deterministic, seeded from LIME_TB_SEED when set.
static uint64_t tb_rng_state = 0x243F6A8885A308D3ull;
static inline void tb_seed() {
    const char *s = getenv("LIME_TB_SEED");
    if (s) tb_rng_state = strtoull(s, nullptr, 0);
}
static inline uint64_t rnd() {
    uint64_t z = (tb_rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static inline uint64_t mask(int w) { return w >= 64 ? ~0ull : ((1ull << w) - 1); }
// sign-extend the low w bits of v
static inline int64_t sext(uint64_t v, int w) {
    if (w >= 64) return (int64_t)v;
    uint64_t m = 1ull << (w - 1);
    v &= mask(w);
    return (int64_t)((v ^ m) - m);
}
static inline uint64_t smin(int w) { return (1ull << (w - 1)); }          // as w-bit pattern
static inline uint64_t smax(int w) { return mask(w) >> 1; }

// Java's a / b and a % b (b != 0) on w-bit operands: truncating, MIN / -1
// = MIN (wraps), MIN % -1 = 0, the remainder has the dividend's sign
static inline void java_divrem(uint64_t a, uint64_t b, int w, uint64_t &q, uint64_t &r) {
    int64_t x = sext(a, w), y = sext(b, w);
    if (y == -1) { q = (uint64_t)0 - (uint64_t)x; r = 0; }   // MIN / -1 = MIN (wraps)
    else { q = (uint64_t)(x / y); r = (uint64_t)(x % y); }   // C++ truncates like Java
    q &= mask(w); r &= mask(w);
}

// A random w-bit value with a varied magnitude profile: full random, small
// signed, a random power-of-two range, or near MIN/MAX.
static inline uint64_t rnd_val(int w) {
    uint64_t r = rnd();
    switch (rnd() % 6) {
    case 0: case 1: return r & mask(w);
    case 2: return (uint64_t)((int64_t)(r % 33) - 16) & mask(w);
    case 3: { int k = (int)(rnd() % (uint64_t)w) + 1; uint64_t v = r & mask(k);
              return (rnd() & 1 ? (uint64_t)(-(int64_t)v) : v) & mask(w); }
    case 4: return (smin(w) + (r % 8)) & mask(w);
    default: return (smax(w) - (r % 8)) & mask(w);
    }
}

// Edge values for width w: 0, +-1, +-2, MIN, MIN+1, MAX, MAX-1, powers of
// two, w-1, w, w+1, 2w-1 (shift counts), 0x55.., 0xAA..
static inline std::vector<uint64_t> edges(int w) {
    std::vector<uint64_t> v = {0, 1, 2, 3, mask(w), mask(w) - 1, smin(w), smin(w) + 1,
                               smax(w), smax(w) - 1, (uint64_t)(w - 1), (uint64_t)w,
                               (uint64_t)(w + 1), (uint64_t)(2 * w - 1), 7, 31, 32, 63, 64,
                               0x5555555555555555ull & mask(w), 0xAAAAAAAAAAAAAAAAull & mask(w)};
    for (int k = 1; k < w; k += 7) v.push_back(1ull << k);
    for (auto &x : v) x &= mask(w);
    return v;
}

[[noreturn]] static inline void tb_fail(const char *fmt, ...) {
    printf("FAIL %s: ", tb_name);
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    fflush(stdout);
    exit(1);
}
static inline int tb_pass(long n) {
    printf("PASS %s (%ld vectors)\n", tb_name, n);
    return 0;
}

// Operand pairs for width w: exhaustive when w <= 8, else edges x edges plus
// nrand random pairs.  f(a, b) is called for each.
template <class F> static long for_pairs(int w, long nrand, F f) {
    long n = 0;
    if (w <= 8) {
        for (uint64_t a = 0; a <= mask(w); a++)
            for (uint64_t b = 0; b <= mask(w); b++) { f(a, b); n++; }
        return n;
    }
    std::vector<uint64_t> e = edges(w);
    for (uint64_t a : e)
        for (uint64_t b : e) { f(a, b); n++; }
    for (long i = 0; i < nrand; i++) {
        uint64_t a = rnd_val(w), b = rnd_val(w);
        f(a, b); n++;
    }
    return n;
}
