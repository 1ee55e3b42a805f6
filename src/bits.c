/* bits.c: Lime's hardware types `bit` and `bit[[N]]` (LANGUAGE.md 2.8,
 * docs/language.md "Bits").
 *
 * A bit[[N]] (1 <= N <= 64; `bit` is bit[[1]]) is an unsigned word of N
 * bits.  The checker keeps it a type of its own (TY_BITS); the IR sees it
 * erased to its container, int for N <= 32 and long above, so every
 * backend runs it as the integer operations it already has.  Invariant
 * of every bit[[N]] value in its container: the bits above N are zero
 * (lower.c masks after each operation that could set them: ~, <<,
 * rotations, conversions), so equality, & | ^ and >>> need no mask and
 * conversion to a wider type is zero-extension. */
#include "ast.h"

static Type *bits_types[BITS_MAX_WIDTH + 1];

Type *bits_type(int width) {
    LIME_ASSERT(width >= 1 && width <= BITS_MAX_WIDTH);
    if (!bits_types[width]) {
        Type *t = xalloc(sizeof *t);
        t->kind = TY_BITS;
        t->fixed_len = width;
        bits_types[width] = t;
    }
    return bits_types[width];
}

bool is_bits(Type *t) { return t && t->kind == TY_BITS; }

int bits_width(Type *t) {
    LIME_ASSERT(is_bits(t));
    return t->fixed_len;
}

Type *bits_container(Type *t) { return bits_width(t) <= 32 ? ty_int : ty_long; }

uint64_t bits_mask(int width) { return width >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << width) - 1; }

/* The bits of an integral type: what a conversion to bit[[N]] takes of it. */
int integral_width(Type *t) {
    switch (t->kind) {
    case TY_BYTE: return 8;
    case TY_SHORT: case TY_CHAR: return 16;
    case TY_INT: return 32;
    case TY_LONG: return 64;
    default: LIME_UNREACHABLE();
    }
}

/* An integral constant as bit[[width]]: its own two's complement bits,
 * zero-extended or truncated (the conversion lower.c emits). */
uint64_t bits_const_value(ConstVal c, int width) {
    return (uint64_t)c.i & bits_mask(integral_width(c.ty)) & bits_mask(width);
}

bool bits_const_fits(ConstVal c, int width) {
    return ((uint64_t)c.i & bits_mask(integral_width(c.ty)) & ~bits_mask(width)) == 0;
}
