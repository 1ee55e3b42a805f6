// C++ side of tb_binop.vh / tb_unop.vh: drives all four widths of the
// wrapper with the same vector schedule and checks y against ref(a, b, w),
// which must return the Java result as a w-bit pattern.
#pragma once
#include "tb_common.h"

template <class M, class R> static long run_binop(M &m, R ref, long nrand = 20000) {
    long n = 0;
    n += for_pairs(8, 0, [&](uint64_t a, uint64_t b) {
        m.a8 = a; m.b8 = b; m.eval();
        uint64_t want = ref(a, b, 8) & mask(8);
        if (m.y8 != want) tb_fail("w=8 a=0x%llx b=0x%llx: got 0x%llx want 0x%llx",
                                  (unsigned long long)a, (unsigned long long)b,
                                  (unsigned long long)m.y8, (unsigned long long)want);
    });
#define TB_BINOP_WIDTH(W, A, B, Y)                                                        \
    n += for_pairs(W, nrand, [&](uint64_t a, uint64_t b) {                                 \
        m.A = a; m.B = b; m.eval();                                                        \
        uint64_t want = ref(a, b, W) & mask(W);                                            \
        if ((uint64_t)m.Y != want)                                                         \
            tb_fail("w=%d a=0x%llx b=0x%llx: got 0x%llx want 0x%llx", W,                   \
                    (unsigned long long)a, (unsigned long long)b,                          \
                    (unsigned long long)m.Y, (unsigned long long)want);                    \
    });
    TB_BINOP_WIDTH(16, a16, b16, y16)
    TB_BINOP_WIDTH(32, a32, b32, y32)
    TB_BINOP_WIDTH(64, a64, b64, y64)
#undef TB_BINOP_WIDTH
    return n;
}

// Unary: ref(a, w).  8 and 16 bits exhaustive, 32/64 edges + random.
template <class M, class R> static long run_unop(M &m, R ref, long nrand = 20000) {
    long n = 0;
#define TB_UNOP_CHECK(W, A, Y, VAL)                                                        \
    {                                                                                      \
        uint64_t a = (VAL) & mask(W);                                                      \
        m.A = a; m.eval();                                                                 \
        uint64_t want = ref(a, W) & mask(W);                                               \
        if ((uint64_t)m.Y != want)                                                         \
            tb_fail("w=%d a=0x%llx: got 0x%llx want 0x%llx", W, (unsigned long long)a,     \
                    (unsigned long long)m.Y, (unsigned long long)want);                    \
        n++;                                                                               \
    }
    for (uint64_t v = 0; v < 256; v++) TB_UNOP_CHECK(8, a8, y8, v)
    for (uint64_t v = 0; v < 65536; v++) TB_UNOP_CHECK(16, a16, y16, v)
    for (uint64_t v : edges(32)) TB_UNOP_CHECK(32, a32, y32, v)
    for (uint64_t v : edges(64)) TB_UNOP_CHECK(64, a64, y64, v)
    for (long i = 0; i < nrand; i++) {
        TB_UNOP_CHECK(32, a32, y32, rnd_val(32))
        TB_UNOP_CHECK(64, a64, y64, rnd_val(64))
    }
#undef TB_UNOP_CHECK
    return n;
}
