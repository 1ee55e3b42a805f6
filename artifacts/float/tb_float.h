// Shared C++ test-bench code for the float artifacts (fp32_*): host float
// setup, operand generators (edge values, shaped random values, operand
// pairs whose exponents are related so that results land near overflow,
// underflow, cancellation and rounding ties), the JVM cross-check vectors
// and a driver for fixed-latency pipelines with ce stalls and bubbles.
//
// The reference is the host's float arithmetic: on x86-64 C++ float + - * /
// and sqrtf are IEEE binary32 (SSE) with round to nearest even and
// subnormals, exactly Java's float, as long as the MXCSR flush-to-zero and
// denormals-are-zero bits are off (tb_float_init clears and checks them; the
// benches are never built with -ffast-math).  Conversions follow Java's rules
// written out (saturation, NaN -> 0).  NaN results are compared by NaN-ness
// only: Java does not specify which NaN an operation returns.
//
// JVM cross-check: when LIME_FLOAT_VECTORS names a file written by
// FloatVectors.java (tests/artifacts.sh does this), java_vectors(op) returns
// its lines for op; each bench checks its C++ reference against the JVM's
// results on them and also runs them through the hardware.
#pragma once
#include <cmath>
#include <cstring>
#include <deque>
#include <string>
#include <xmmintrin.h>
#include "tb_common.h"

static inline float fb(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static inline uint32_t bf(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static inline bool fnan(uint32_t u) { return (u & 0x7FFFFFFFu) > 0x7F800000u; }
static inline uint32_t mkf(uint32_t s, uint32_t e, uint32_t f) {
    return (s & 1) << 31 | (e & 0xFF) << 23 | (f & 0x7FFFFF);
}
// a float result matches: equal bits, or both NaN
static inline bool fmatch(uint32_t got, uint32_t want) {
    return fnan(want) ? fnan(got) : got == want;
}

// IEEE mode for the reference: round to nearest, no FTZ, no DAZ; checked.
static inline void tb_float_init() {
    _mm_setcsr((_mm_getcsr() & ~0x6000u /* RC */ & ~0x8000u /* FTZ */ & ~0x0040u /* DAZ */));
    volatile float minnorm = fb(0x00800000), half = 0.5f, tiny = fb(1), one = 1.0f;
    if (bf(minnorm * half) != 0x00400000u) tb_fail("host float flushes subnormal results to zero");
    if (bf(tiny + tiny) != 0x00000002u) tb_fail("host float treats subnormal inputs as zero");
    if (bf(one + fb(0x33800000)) != 0x3F800000u || bf(one + fb(0x33800001)) != 0x3F800001u)
        tb_fail("host float does not round to nearest even");
}

// edge values: zeros, subnormals, min/max normal, 1 and neighbours,
// powers of two, integer and long boundaries, infinities, NaNs
static const uint32_t f32_edges[] = {
    0x00000000, 0x80000000, 0x00000001, 0x80000001, 0x00000002, 0x00000003, 0x007FFFFF,
    0x807FFFFF, 0x00400000, 0x00400001, 0x00800000, 0x80800000, 0x00800001, 0x00FFFFFF,
    0x01000000, 0x3F800000, 0xBF800000, 0x3F800001, 0x3F7FFFFF, 0x40000000, 0xC0000000,
    0x3FC00000, 0x40400000, 0x3F000000, 0xBF000000, 0x3EFFFFFF, 0x3F000001, 0x3FBFFFFF,
    0x34000000, 0x33800000, 0x33000000, 0x4B000000, 0x4B800000, 0x4B7FFFFF, 0xCB000001,
    0x4F000000, 0xCF000000, 0x4EFFFFFF, 0xCEFFFFFF, 0x4F000001, 0xCF000001, 0x5F000000,
    0xDF000000, 0x5EFFFFFF, 0xDEFFFFFF, 0x1F800000, 0x5F800000, 0x7F000000, 0x7E800000,
    0x7F7FFFFF, 0xFF7FFFFF, 0x7F7FFFFE, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000,
    0x7F800001, 0xFF800001, 0x7FFFFFFF, 0x7FA00000};
static const int n_f32_edges = (int)(sizeof f32_edges / sizeof f32_edges[0]);

// a 23-bit fraction: random, with trailing zeros (exact results and rounding
// ties), near all ones (carries), a few low bits, or zero
static inline uint32_t rnd_frac() {
    uint32_t r = (uint32_t)rnd() & 0x7FFFFF;
    switch (rnd() % 10) {
    case 0: case 1: case 2: case 3: return r;
    case 4: case 5: case 6: return r & ~((1u << (rnd() % 24)) - 1) & 0x7FFFFF;
    case 7: return 0x7FFFFF - (uint32_t)(rnd() % 4);
    case 8: return r & 0xF;
    default: return 0;
    }
}
// a biased exponent, weighted to the subnormal, normal edges and specials
static inline uint32_t rnd_expo() {
    switch (rnd() % 20) {
    case 0: case 1: return 0;
    case 2: return 255;
    case 3: return 1 + (uint32_t)(rnd() % 3);
    case 4: return 252 + (uint32_t)(rnd() % 3);
    case 5: case 6: return 117 + (uint32_t)(rnd() % 21);
    default: return 1 + (uint32_t)(rnd() % 254);
    }
}
static inline uint32_t clamp_expo(long e) { return e < 0 ? 0 : e > 255 ? 255 : (uint32_t)e; }
static inline uint32_t rnd_f32() {
    switch (rnd() % 8) {
    case 0: return (uint32_t)rnd();
    case 1: return f32_edges[rnd() % n_f32_edges];
    default: return mkf((uint32_t)rnd(), rnd_expo(), rnd_frac());
    }
}

enum { K_ADD, K_MUL, K_DIV };
// an operand pair for +/- (K_ADD), * (K_MUL) or / (K_DIV): independent,
// exponents related so the result lands anywhere from deep underflow to
// overflow (exponent differences -30..30 for +), cancellation, rounding ties,
// subnormal operands, edges against random values
static inline void rnd_fpair(int kind, uint32_t &a, uint32_t &b) {
    uint32_t s = (uint32_t)rnd(), r = (uint32_t)(rnd() % 8);
    long ea = 1 + (long)(rnd() % 254);
    switch (r) {
    case 0: a = rnd_f32(); b = rnd_f32(); return;
    case 1: case 2: case 3: {
        long eb;
        if (kind == K_ADD) eb = ea + (long)(rnd() % 61) - 30;
        else {
            long er = (long)(rnd() % 291) - 30;              // wanted result exponent
            eb = kind == K_MUL ? er - ea + 127 : ea - er + 127;
        }
        a = mkf(s, (uint32_t)ea, rnd_frac());
        b = mkf(s >> 1, clamp_expo(eb) == 255 ? 254 : clamp_expo(eb), rnd_frac());
        return;
    }
    case 4:
        if (kind == K_ADD) {        // cancellation: nearly equal magnitudes
            a = mkf(s, (uint32_t)ea, rnd_frac());
            b = (a ^ (s & 2 ? 0x80000000u : 0)) + (uint32_t)(rnd() % 9) - 4;
            if (fnan(b)) b = a;
        } else if (kind == K_MUL) { // short significands: exact products, ties
            long eb = 254 - ea - (long)(rnd() % 150);
            a = mkf(s, (uint32_t)ea, ((uint32_t)rnd() & 0xFFF) << 11);
            b = mkf(s >> 1, clamp_expo(eb), ((uint32_t)rnd() & 0x3FFF) << 9);
        } else {                    // exact quotients: a = b * q
            uint32_t q = mkf(s, 100 + (uint32_t)(rnd() % 55), ((uint32_t)rnd() & 0xFFF) << 11);
            b = mkf(s >> 1, 1 + (uint32_t)(rnd() % 254), ((uint32_t)rnd() & 0x7FF) << 12);
            a = bf(fb(b) * fb(q));
        }
        return;
    case 5:
        if (kind == K_ADD) {        // ties: the small operand at 2^-24 .. 2^-26 of the large
            long eb = ea - 24 - (long)(rnd() % 3);
            a = mkf(s, (uint32_t)ea, rnd_frac());
            b = mkf(s >> 1, clamp_expo(eb), (uint32_t)rnd() % 3 ? 0 : rnd_frac());
            return;
        }
        a = mkf(s, (uint32_t)ea, rnd_frac());
        b = mkf(s >> 1, (uint32_t)(rnd() % 3), rnd_frac());     // subnormal or tiny
        if (rnd() & 1) std::swap(a, b);
        return;
    case 6:
        a = mkf(s, (uint32_t)(rnd() % 4), rnd_frac());
        b = mkf(s >> 1, (uint32_t)(rnd() % 4), rnd_frac());
        return;
    default:
        a = f32_edges[rnd() % n_f32_edges];
        b = rnd_f32();
        if (rnd() & 1) std::swap(a, b);
        return;
    }
}

// ---- JVM cross-check vectors --------------------------------------------------
struct JVec { uint64_t a, b, y; };
// the environment variable naming the JVM's vectors (the double benches,
// tb_double.h, set LIME_DOUBLE_VECTORS)
static const char *java_env = "LIME_FLOAT_VECTORS";
static bool java_loaded = false;      // java_env was set and read
static std::vector<JVec> java_vectors(const char *op) {
    std::vector<JVec> v;
    const char *path = getenv(java_env);
    if (!path || !*path) return v;
    FILE *f = fopen(path, "r");
    if (!f) tb_fail("cannot read %s=%s", java_env, path);
    char name[32];
    unsigned long long a, b, y;
    while (fscanf(f, "%31s %llx %llx %llx", name, &a, &b, &y) == 4)
        if (strcmp(name, op) == 0) v.push_back(JVec{a, b, y});
    fclose(f);
    if (v.empty()) tb_fail("%s has no vectors for %s", path, op);
    java_loaded = true;
    return v;
}
static long java_checked = 0;
static inline int tb_pass_float(long n) {
    if (java_loaded)
        printf("PASS %s (%ld vectors, %ld of them also checked against the JVM)\n", tb_name, n,
               java_checked);
    else
        printf("PASS %s (%ld vectors; no JVM vectors: %s not set)\n", tb_name, n, java_env);
    return 0;
}

// ---- fixed-latency pipelines --------------------------------------------------
struct PItem { bool valid; uint64_t a, b; };
struct PLane {
    const char *what;
    int lat;
    std::vector<std::pair<uint64_t, uint64_t>> vec;
    size_t next = 0;
    std::deque<PItem> pipe;              // front = newest stage
    long checked = 0;
    PLane(const char *w, int l) : what(w), lat(l), pipe((size_t)l, PItem{false, 0, 0}) {}
    void add(uint64_t a, uint64_t b) { vec.push_back({a, b}); }
    bool done() const {
        if (next < vec.size()) return false;
        for (auto &it : pipe) if (it.valid) return false;
        return true;
    }
};

// Runs every lane's vectors through its pipeline.  in(m, k, item) sets lane
// k's in_valid and operands; out(m, k, ov, y) reads its out_valid and result;
// check(k, a, b, y) compares a valid result with the reference.  The first
// `stalled` vectors go in with random ce = 0 cycles (10%) and bubbles
// (in_valid = 0, 12.5%), the rest back to back (ii = 1).  A model pipeline of
// `lat` stages per lane predicts out_valid every cycle.
template <class M, class In, class Out, class Check>
static long run_pipe(M &m, std::vector<PLane *> lanes, In in, Out out, Check check,
                     long stalled = 200000) {
    m.clk = 0; m.rst = 1; m.ce = 1;
    for (int k = 0; k < (int)lanes.size(); k++) in(m, k, PItem{false, 0, 0});
    for (int i = 0; i < 3; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
    m.rst = 0;
    m.eval();
    for (int k = 0; k < (int)lanes.size(); k++) {
        bool ov; uint64_t y;
        out(m, k, ov, y);
        if (ov) tb_fail("%s: out_valid set after reset", lanes[k]->what);
    }
    long issued = 0, cycles = 0;
    for (;;) {
        bool all = true;
        for (auto *L : lanes) all = all && L->done();
        if (all) break;
        bool stall = issued < stalled;
        bool ce = stall ? (rnd() % 10) != 0 : true;
        m.ce = ce;
        std::vector<PItem> cur(lanes.size());
        for (int k = 0; k < (int)lanes.size(); k++) {
            PLane &L = *lanes[k];
            PItem it{false, rnd(), rnd()};       // garbage operands when not valid
            if (L.next < L.vec.size() && (!stall || rnd() % 8 != 0)) {
                it = PItem{true, L.vec[L.next].first, L.vec[L.next].second};
                if (ce) { L.next++; issued++; }
            }
            in(m, k, it);
            cur[k] = it;
        }
        m.clk = 1; m.eval();
        for (int k = 0; k < (int)lanes.size(); k++) {
            PLane &L = *lanes[k];
            if (ce) { L.pipe.push_front(cur[k]); L.pipe.pop_back(); }
            const PItem &w = L.pipe.back();
            bool ov; uint64_t y;
            out(m, k, ov, y);
            if (ov != w.valid) tb_fail("%s: out_valid=%d, expected %d (latency %d)", L.what, ov,
                                       w.valid, L.lat);
            if (w.valid) {
                check(k, w.a, w.b, y);
                if (ce) L.checked++;
            }
        }
        m.clk = 0; m.eval();
        if (++cycles > 100000000) tb_fail("did not drain");
    }
    long n = 0;
    for (auto *L : lanes) n += L->checked;
    return n;
}

// Fills a lane of a binary float operator: the JVM's vectors for op (its C++
// reference ref(a, b) checked against the JVM's result on each), all pairs
// of edge values, then random pairs of the given kind up to n vectors.
template <class R> static void fill_binary(PLane &L, const char *op, int kind, R ref, long n) {
    for (const JVec &j : java_vectors(op)) {
        uint32_t want = ref((uint32_t)j.a, (uint32_t)j.b);
        if (!fmatch(want, (uint32_t)j.y))
            tb_fail("C++ reference disagrees with the JVM: %s 0x%08llx 0x%08llx: C++ 0x%08x JVM 0x%08llx",
                    op, (unsigned long long)j.a, (unsigned long long)j.b, want,
                    (unsigned long long)j.y);
        L.add(j.a, j.b);
        java_checked++;
    }
    for (int i = 0; i < n_f32_edges; i++)
        for (int j = 0; j < n_f32_edges; j++) L.add(f32_edges[i], f32_edges[j]);
    while ((long)L.vec.size() < n) {
        uint32_t a, b;
        rnd_fpair(kind, a, b);
        L.add(a, b);
    }
}

// Lane 0 of a wrapper with the port names iv0 a0 b0 ov0 y0 (b0 only when B).
template <class M> static void io_in0(M &m, const PItem &it) {
    m.iv0 = it.valid; m.a0 = (uint32_t)it.a; m.b0 = (uint32_t)it.b;
}
