/* fold.c: compile-time constants (JLS 15.29): the values the checker gives
 * constant expressions (Node.cval), and their folding.
 *
 * Requires: operands already converted to the type the operation is done
 * in (the checker's ND_CONV), and a ConstVal's ty one of the primitive
 * types or String.  Guarantees: every value is the one Java computes:
 * integers wrap to their type, float arithmetic rounds to float, a
 * floating value converts to an integral type saturating (NaN to 0), and
 * no constant is produced where Java would throw (integer division by
 * zero) or where the compiler does not fold (String concatenation of a
 * float or double). */
#include "front.h"

#include <math.h>
#include <string.h>

bool has_const(Node *n) { return n->cval.ty != NULL; }

/* Normalises an integral value to the range of its type (wrapping). */
ConstVal cv_int(Type *t, int64_t v) {
    ConstVal c = {.ty = t};
    switch (t->kind) {
    case TY_BOOLEAN: c.i = v != 0; break;
    case TY_BYTE: c.i = (int8_t)v; break;
    case TY_SHORT: c.i = (int16_t)v; break;
    case TY_CHAR: c.i = (uint16_t)v; break;
    case TY_INT: c.i = (int32_t)(uint32_t)(uint64_t)v; break;
    default: c.i = v; break;
    }
    return c;
}

ConstVal cv_fp(Type *t, double v) {
    ConstVal c = {.ty = t};
    c.f = t == ty_float ? (double)(float)v : v;
    return c;
}

ConstVal cv_none(void) { return (ConstVal){0}; }

/* Java's saturating conversion of a floating value to int or long. */
static int64_t fp_to_integral(double v, Type *to) {
    if (isnan(v)) return 0;
    if (to == ty_long) {
        if (v >= 9223372036854775807.0) return INT64_MAX;
        if (v <= -9223372036854775808.0) return INT64_MIN;
        return (int64_t)v;
    }
    if (v >= 2147483647.0) return 2147483647;
    if (v <= -2147483648.0) return -2147483647 - 1;
    return (int64_t)v;
}

/* Casting conversion of a constant between primitive types (JLS 5.1.3). */
ConstVal const_convert(ConstVal c, Type *to) {
    if (!c.ty) return c;
    if (c.ty == to) return c;
    if (to == ty_string || c.ty == ty_string || to->kind == TY_BOOLEAN || c.ty->kind == TY_BOOLEAN)
        return c.ty == to ? c : cv_none();
    bool from_fp = c.ty == ty_float || c.ty == ty_double;
    if (to == ty_float || to == ty_double) {
        if (from_fp) return cv_fp(to, c.f);
        if (to == ty_float) return cv_fp(to, (double)(float)c.i);
        return cv_fp(to, (double)c.i);
    }
    if (from_fp) {
        /* to byte/short/char go through int first (JLS 5.1.3) */
        Type *mid = to == ty_long ? ty_long : ty_int;
        return cv_int(to, fp_to_integral(c.f, mid));
    }
    return cv_int(to, c.i);
}

/* Whether an int-ish constant fits the narrower type (JLS 5.2). */
bool const_fits(ConstVal c, Type *to) {
    if (!c.ty || !is_integral(c.ty) || c.ty == ty_long) return false;
    switch (to->kind) {
    case TY_BYTE: return c.i >= -128 && c.i <= 127;
    case TY_SHORT: return c.i >= -32768 && c.i <= 32767;
    case TY_CHAR: return c.i >= 0 && c.i <= 65535;
    default: return false;
    }
}

/* The text that String concatenation gives a constant, or NULL where the
 * compiler does not fold it (float and double need Java's toString). */
const char *const_text(ConstVal c, int *len) {
    const char *s = NULL;
    if (c.ty == ty_string) {
        *len = c.slen;
        return c.s;
    }
    if (c.ty == ty_boolean) s = c.i ? "true" : "false";
    else if (c.ty == ty_char) {
        StrBuf sb = {0};
        unsigned v = (unsigned)c.i;
        if (v < 0x80) sb_putc(&sb, (char)v);
        else if (v < 0x800) {
            sb_putc(&sb, (char)(0xC0 | (v >> 6)));
            sb_putc(&sb, (char)(0x80 | (v & 0x3F)));
        } else {
            sb_putc(&sb, (char)(0xE0 | (v >> 12)));
            sb_putc(&sb, (char)(0x80 | ((v >> 6) & 0x3F)));
            sb_putc(&sb, (char)(0x80 | (v & 0x3F)));
        }
        *len = (int)sb.len;
        return sb.buf ? sb.buf : "";
    } else if (is_integral(c.ty)) s = xprintf("%lld", (long long)c.i);
    if (!s) return NULL;
    *len = (int)strlen(s);
    return s;
}

/* Folds a binary operation on two constants already converted to the
 * operation type t (JLS 15.29); returns no constant where Java would
 * throw (integer division by zero). */
ConstVal fold_binary(TokenKind op, Type *t, ConstVal a, ConstVal b) {
    if (t == ty_boolean) {
        switch (op) {
        case TK_AMP: case TK_ANDAND: return cv_int(ty_boolean, a.i && b.i);
        case TK_BAR: case TK_OROR: return cv_int(ty_boolean, a.i || b.i);
        case TK_CARET: case TK_NE: return cv_int(ty_boolean, a.i != b.i);
        case TK_EQ: return cv_int(ty_boolean, a.i == b.i);
        default: return cv_none();
        }
    }
    if (t == ty_float || t == ty_double) {
        bool isf = t == ty_float;
        double x = a.f, y = b.f, r;
        switch (op) {
        case TK_PLUS: r = isf ? (double)((float)x + (float)y) : x + y; break;
        case TK_MINUS: r = isf ? (double)((float)x - (float)y) : x - y; break;
        case TK_STAR: r = isf ? (double)((float)x * (float)y) : x * y; break;
        case TK_SLASH: r = isf ? (double)((float)x / (float)y) : x / y; break;
        case TK_PERCENT: r = isf ? (double)fmodf((float)x, (float)y) : fmod(x, y); break;
        case TK_LT: return cv_int(ty_boolean, x < y);
        case TK_LE: return cv_int(ty_boolean, x <= y);
        case TK_GT: return cv_int(ty_boolean, x > y);
        case TK_GE: return cv_int(ty_boolean, x >= y);
        case TK_EQ: return cv_int(ty_boolean, x == y);
        case TK_NE: return cv_int(ty_boolean, x != y);
        default: return cv_none();
        }
        return cv_fp(t, r);
    }
    bool is64 = t == ty_long;
    int64_t x = a.i, y = b.i;
    uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
    int mask = is64 ? 63 : 31;
    switch (op) {
    case TK_PLUS: return cv_int(t, (int64_t)(ux + uy));
    case TK_MINUS: return cv_int(t, (int64_t)(ux - uy));
    case TK_STAR: return cv_int(t, (int64_t)(ux * uy));
    case TK_SLASH:
        if (y == 0) return cv_none();
        if (y == -1) return cv_int(t, (int64_t)(0 - ux));
        return cv_int(t, x / y);
    case TK_PERCENT:
        if (y == 0) return cv_none();
        if (y == -1) return cv_int(t, 0);
        return cv_int(t, x % y);
    case TK_AMP: return cv_int(t, x & y);
    case TK_BAR: return cv_int(t, x | y);
    case TK_CARET: return cv_int(t, x ^ y);
    case TK_SHL: return cv_int(t, (int64_t)(ux << (y & mask)));
    case TK_SHR: return cv_int(t, x >> (y & mask));
    case TK_USHR:
        if (is64) return cv_int(t, (int64_t)(ux >> (y & mask)));
        return cv_int(t, (int64_t)((uint32_t)x >> (y & mask)));
    case TK_LT: return cv_int(ty_boolean, x < y);
    case TK_LE: return cv_int(ty_boolean, x <= y);
    case TK_GT: return cv_int(ty_boolean, x > y);
    case TK_GE: return cv_int(ty_boolean, x >= y);
    case TK_EQ: return cv_int(ty_boolean, x == y);
    case TK_NE: return cv_int(ty_boolean, x != y);
    default: return cv_none();
    }
}
