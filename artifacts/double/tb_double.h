// Shared C++ test-bench code for the double artifacts (fp64_*): bit-pattern
// helpers, operand generators (edge values, shaped random values, operand
// pairs whose exponents are related so that results land near overflow,
// underflow, cancellation and rounding ties) and the vector count.  The
// pipeline driver (run_pipe), the JVM cross-check reader (java_vectors,
// here from LIME_DOUBLE_VECTORS, written by DoubleVectors.java) and the
// host setup (tb_float_init) come from float/tb_float.h.
//
// The reference is the host's double arithmetic: on x86-64 C++ double
// + - * / and sqrt are IEEE binary64 (SSE2) with round to nearest even and
// subnormals, exactly Java's double, with MXCSR's FTZ and DAZ bits off
// (tb_float_init).  NaN results are compared by NaN-ness only.
//
// Vector count: tb_vectors() is 100,000 per unit and variant (make test),
// 1,000,000 when LIME_TB_LONG=1 (make test-artifacts-long).
#pragma once
#include "float/tb_float.h"

static inline double db(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static inline uint64_t bd(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static inline bool dnan(uint64_t u) { return (u & 0x7FFFFFFFFFFFFFFFull) > 0x7FF0000000000000ull; }
static inline uint64_t mkd(uint64_t s, uint64_t e, uint64_t f) {
    return (s & 1) << 63 | (e & 0x7FF) << 52 | (f & 0xFFFFFFFFFFFFFull);
}
// a double result matches: equal bits, or both NaN
static inline bool dmatch(uint64_t got, uint64_t want) {
    return dnan(want) ? dnan(got) : got == want;
}
static inline void tb_double_init() {
    java_env = "LIME_DOUBLE_VECTORS";
    tb_float_init();
    volatile double minnorm = db(0x0010000000000000ull), half = 0.5, tiny = db(1), one = 1.0;
    if (bd(minnorm * half) != 0x0008000000000000ull) tb_fail("host double flushes subnormal results to zero");
    if (bd(tiny + tiny) != 2) tb_fail("host double treats subnormal inputs as zero");
    if (bd(one + db(0x3CA0000000000000ull)) != 0x3FF0000000000000ull ||
        bd(one + db(0x3CA0000000000001ull)) != 0x3FF0000000000001ull)
        tb_fail("host double does not round to nearest even");
}
static inline long tb_vectors() {
    const char *l = getenv("LIME_TB_LONG");
    return l && *l && strcmp(l, "0") != 0 ? 1000000 : 100000;
}

// edge values: zeros, subnormals, min/max normal, 1 and neighbours, powers
// of two, int and long boundaries, float boundaries (for d2f), infinities,
// quiet and signalling NaNs, values that do not terminate in binary
static const uint64_t f64_edges[] = {
    0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x8000000000000001,
    0x0000000000000002, 0x0000000000000003, 0x000FFFFFFFFFFFFF, 0x800FFFFFFFFFFFFF,
    0x0008000000000000, 0x0008000000000001, 0x0010000000000000, 0x8010000000000000,
    0x0010000000000001, 0x001FFFFFFFFFFFFF, 0x0020000000000000, 0x3FF0000000000000,
    0xBFF0000000000000, 0x3FF0000000000001, 0x3FEFFFFFFFFFFFFF, 0x4000000000000000,
    0xC000000000000000, 0x3FF8000000000000, 0x4008000000000000, 0x3FE0000000000000,
    0xBFE0000000000000, 0x3FDFFFFFFFFFFFFF, 0x3FE0000000000001, 0x3FF7FFFFFFFFFFFF,
    0x3CB0000000000000, 0x3CA0000000000000, 0x3C90000000000000, 0x4330000000000000,
    0x4340000000000000, 0x433FFFFFFFFFFFFF, 0xC330000000000001, 0x41E0000000000000,
    0xC1E0000000000000, 0x41DFFFFFFFC00000, 0x41DFFFFFFFE00000, 0xC1E0000000200000,
    0xC1E0000000100000, 0x43E0000000000000, 0xC3E0000000000000, 0x43DFFFFFFFFFFFFF,
    0xC3DFFFFFFFFFFFFF, 0x43E0000000000001, 0x1FF0000000000000, 0x5FF0000000000000,
    0x7FE0000000000000, 0x7FD0000000000000, 0x7FEFFFFFFFFFFFFF, 0xFFEFFFFFFFFFFFFF,
    0x7FEFFFFFFFFFFFFE, 0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000,
    0xFFF8000000000000, 0x7FF0000000000001, 0xFFF0000000000001, 0x7FFFFFFFFFFFFFFF,
    0x7FF4000000000000, 0x47EFFFFFE0000000, 0x47EFFFFFF0000000, 0x47EFFFFFEFFFFFFF,
    0x36A0000000000000, 0x3690000000000000, 0x3690000000000001, 0x3810000000000000,
    0x380FFFFFF0000000, 0x3FB999999999999A, 0x3FD5555555555555, 0x3FF0000010000000,
    0x3FF0000030000000, 0x3FF0000010000001};
static const int n_f64_edges = (int)(sizeof f64_edges / sizeof f64_edges[0]);

// a 52-bit fraction: random, with trailing zeros (exact results and rounding
// ties), near all ones (carries), a few low bits, or zero
static inline uint64_t rnd_frac52() {
    uint64_t r = rnd() & 0xFFFFFFFFFFFFFull;
    switch (rnd() % 10) {
    case 0: case 1: case 2: case 3: return r;
    case 4: case 5: case 6: return r & ~((1ull << (rnd() % 53)) - 1) & 0xFFFFFFFFFFFFFull;
    case 7: return 0xFFFFFFFFFFFFFull - rnd() % 4;
    case 8: return r & 0xF;
    default: return 0;
    }
}
// a biased exponent, weighted to the subnormal, normal edges and specials
static inline uint64_t rnd_expo11() {
    switch (rnd() % 20) {
    case 0: case 1: return 0;
    case 2: return 2047;
    case 3: return 1 + rnd() % 3;
    case 4: return 2044 + rnd() % 3;
    case 5: case 6: return 1013 + rnd() % 21;
    default: return 1 + rnd() % 2046;
    }
}
static inline uint64_t clamp_expo11(long e) { return e < 0 ? 0 : e > 2046 ? 2046 : (uint64_t)e; }
static inline uint64_t rnd_f64() {
    switch (rnd() % 8) {
    case 0: return rnd();
    case 1: return f64_edges[rnd() % n_f64_edges];
    default: return mkd(rnd(), rnd_expo11(), rnd_frac52());
    }
}

// an operand pair for +/- (K_ADD), * (K_MUL) or / (K_DIV), as rnd_fpair for
// float: exponent differences -60..60 for +, result exponents from deep
// underflow to overflow for * and /, cancellation, rounding ties, exact
// products and quotients, subnormal operands, edges against random values
static inline void rnd_dpair(int kind, uint64_t &a, uint64_t &b) {
    uint64_t s = rnd(), r = rnd() % 8;
    long ea = 1 + (long)(rnd() % 2046);
    switch (r) {
    case 0: a = rnd_f64(); b = rnd_f64(); return;
    case 1: case 2: case 3: {
        long eb;
        if (kind == K_ADD) eb = ea + (long)(rnd() % 121) - 60;
        else {
            long er = (long)(rnd() % 2160) - 60;             // wanted result exponent
            eb = kind == K_MUL ? er - ea + 1023 : ea - er + 1023;
        }
        a = mkd(s, (uint64_t)ea, rnd_frac52());
        b = mkd(s >> 1, clamp_expo11(eb), rnd_frac52());
        return;
    }
    case 4:
        if (kind == K_ADD) {        // cancellation: nearly equal magnitudes
            a = mkd(s, (uint64_t)ea, rnd_frac52());
            b = (a ^ (s & 2 ? 0x8000000000000000ull : 0)) + rnd() % 9 - 4;
            if (dnan(b)) b = a;
        } else if (kind == K_MUL) { // short significands: exact products, ties
            long eb = 2046 - ea - (long)(rnd() % 1100);
            a = mkd(s, (uint64_t)ea, (rnd() & 0x3FFFFFF) << 26);
            b = mkd(s >> 1, clamp_expo11(eb), (rnd() & 0x7FFFFFF) << 25);
        } else {                    // exact quotients: a = b * q
            uint64_t q = mkd(s, 800 + rnd() % 440, (rnd() & 0x3FFFFFF) << 26);
            b = mkd(s >> 1, 1 + rnd() % 2046, (rnd() & 0x3FFFFFF) << 26);
            a = bd(db(b) * db(q));
        }
        return;
    case 5:
        if (kind == K_ADD) {        // ties: the small operand at 2^-53 .. 2^-55 of the large
            long eb = ea - 53 - (long)(rnd() % 3);
            a = mkd(s, (uint64_t)ea, rnd_frac52());
            b = mkd(s >> 1, clamp_expo11(eb), rnd() % 3 ? 0 : rnd_frac52());
            return;
        }
        a = mkd(s, (uint64_t)ea, rnd_frac52());
        b = mkd(s >> 1, rnd() % 3, rnd_frac52());     // subnormal or tiny
        if (rnd() & 1) std::swap(a, b);
        return;
    case 6:
        a = mkd(s, rnd() % 4, rnd_frac52());
        b = mkd(s >> 1, rnd() % 4, rnd_frac52());
        return;
    default:
        a = f64_edges[rnd() % n_f64_edges];
        b = rnd_f64();
        if (rnd() & 1) std::swap(a, b);
        return;
    }
}

// Fills a lane of a binary double operator: the JVM's vectors for op (its
// C++ reference ref(a, b) checked against the JVM's result on each), all
// pairs of edge values, then random pairs of the given kind up to n vectors.
template <class R> static void fill_binary64(PLane &L, const char *op, int kind, R ref, long n) {
    for (const JVec &j : java_vectors(op)) {
        uint64_t want = ref(j.a, j.b);
        if (!dmatch(want, j.y))
            tb_fail("C++ reference disagrees with the JVM: %s 0x%016llx 0x%016llx: C++ 0x%016llx JVM 0x%016llx",
                    op, (unsigned long long)j.a, (unsigned long long)j.b,
                    (unsigned long long)want, (unsigned long long)j.y);
        L.add(j.a, j.b);
        java_checked++;
    }
    for (int i = 0; i < n_f64_edges; i++)
        for (int j = 0; j < n_f64_edges; j++) L.add(f64_edges[i], f64_edges[j]);
    while ((long)L.vec.size() < n) {
        uint64_t a, b;
        rnd_dpair(kind, a, b);
        L.add(a, b);
    }
}

// The whole bench of a one-lane binary unit (wrapper ports iv0 a0 b0 ov0
// y0): fill_binary64 for op, run through the pipeline of latency lat (the
// first fifth with stalls and bubbles), every result compared with
// ref(a, b) (NaN-ness only where ref is a NaN).
template <class M, class R> static int run_binary64(const char *op, int kind, int lat, R ref) {
    tb_seed();
    tb_double_init();
    const long N = tb_vectors();
    static const char *s_op;
    static R *s_ref;
    s_op = op;
    s_ref = &ref;
    M m;
    PLane L(tb_name, lat);
    fill_binary64(L, op, kind, ref, N);
    long n = run_pipe(
        m, {&L}, [](M &m, int, const PItem &it) { m.iv0 = it.valid; m.a0 = it.a; m.b0 = it.b; },
        [](M &m, int, bool &ov, uint64_t &y) { ov = m.ov0; y = m.y0; },
        [](int, uint64_t a, uint64_t b, uint64_t y) {
            uint64_t want = (*s_ref)(a, b);
            if (!dmatch(y, want))
                tb_fail("%s 0x%016llx 0x%016llx: got 0x%016llx want 0x%016llx", s_op, (unsigned long long)a,
                        (unsigned long long)b, (unsigned long long)y, (unsigned long long)want);
        },
        N / 5);
    m.final();
    return tb_pass_float(n);
}
