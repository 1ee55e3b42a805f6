/* intlib.c: Integer, Long and Math members on integers (LANGUAGE.md 1.7):
 * compare, signum, bit operations, toString in a radix, floorDiv/floorMod. */
#include "internal.h"

int32_t lime_integer_compare_II(int32_t a, int32_t b) { return a < b ? -1 : a == b ? 0 : 1; }
int32_t lime_long_compare_JJ(int64_t a, int64_t b) { return a < b ? -1 : a == b ? 0 : 1; }
int32_t lime_integer_signum_I(int32_t v) { return (v > 0) - (v < 0); }
int32_t lime_long_signum_J(int64_t v) { return (v > 0) - (v < 0); }

int32_t lime_integer_reverse_I(int32_t v) {
    uint32_t x = (uint32_t)v, r = 0;
    for (int i = 0; i < 32; i++, x >>= 1) r = (r << 1) | (x & 1);
    return (int32_t)r;
}

int32_t lime_integer_highestOneBit_I(int32_t v) {
    uint32_t x = (uint32_t)v;
    return x == 0 ? 0 : (int32_t)(UINT32_C(0x80000000) >> __builtin_clz(x));
}

int32_t lime_integer_lowestOneBit_I(int32_t v) { return (int32_t)((uint32_t)v & (0u - (uint32_t)v)); }

/* Long.toString(v, radix): radix outside 2..36 means 10; lowercase digits. */
LimeString *lime_long_toString_JI(int64_t v, int32_t radix) {
    if (radix < 2 || radix > 36) radix = 10;
    char buf[72];
    int n = sizeof buf;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        buf[--n] = "0123456789abcdefghijklmnopqrstuvwxyz"[m % (uint64_t)radix];
        m /= (uint64_t)radix;
    } while (m);
    if (v < 0) buf[--n] = '-';
    return lime_rt_string_from_ascii(buf + n, (int)sizeof buf - n);
}

LimeString *lime_integer_toString_II(int32_t v, int32_t radix) { return lime_long_toString_JI(v, radix); }

/* Math.floorDiv / floorMod: the quotient rounded toward negative infinity
 * (MIN_VALUE / -1 overflows to MIN_VALUE, as Java's) and the matching
 * remainder, which takes the divisor's sign. */
int32_t lime_math_floorDiv_II(int32_t x, int32_t y) {
    if (y == 0) lime_throw_arithmetic_div_zero();
    if (y == -1) return (int32_t)(0u - (uint32_t)x);
    int32_t q = x / y;
    if ((x % y != 0) && ((x ^ y) < 0)) q--;
    return q;
}

int64_t lime_math_floorDiv_JJ(int64_t x, int64_t y) {
    if (y == 0) lime_throw_arithmetic_div_zero();
    if (y == -1) return (int64_t)(0u - (uint64_t)x);
    int64_t q = x / y;
    if ((x % y != 0) && ((x ^ y) < 0)) q--;
    return q;
}

int32_t lime_math_floorMod_II(int32_t x, int32_t y) {
    if (y == 0) lime_throw_arithmetic_div_zero();
    if (y == -1) return 0;
    int32_t m = x % y;
    if (m != 0 && ((m ^ y) < 0)) m += y;
    return m;
}

int64_t lime_math_floorMod_JJ(int64_t x, int64_t y) {
    if (y == 0) lime_throw_arithmetic_div_zero();
    if (y == -1) return 0;
    int64_t m = x % y;
    if (m != 0 && ((m ^ y) < 0)) m += y;
    return m;
}

int64_t lime_math_floorDiv_JI(int64_t x, int32_t y) { return lime_math_floorDiv_JJ(x, y); }
int32_t lime_math_floorMod_JI(int64_t x, int32_t y) { return (int32_t)lime_math_floorMod_JJ(x, y); }

/* Math's exact arithmetic: the result, or the JDK's ArithmeticException */
static _Noreturn void int_overflow(void) { lime_throw("ArithmeticException", "integer overflow"); }
static _Noreturn void long_overflow(void) { lime_throw("ArithmeticException", "long overflow"); }
#define EXACT(name, op)                                                            \
    int32_t lime_math_##name##_II(int32_t x, int32_t y) {                          \
        int32_t r;                                                                 \
        if (op(x, y, &r)) int_overflow();                                          \
        return r;                                                                  \
    }                                                                              \
    int64_t lime_math_##name##_JJ(int64_t x, int64_t y) {                          \
        int64_t r;                                                                 \
        if (op(x, y, &r)) long_overflow();                                         \
        return r;                                                                  \
    }
EXACT(addExact, __builtin_add_overflow)
EXACT(subtractExact, __builtin_sub_overflow)
EXACT(multiplyExact, __builtin_mul_overflow)
#undef EXACT
int64_t lime_math_multiplyExact_JI(int64_t x, int32_t y) { return lime_math_multiplyExact_JJ(x, y); }
int32_t lime_math_incrementExact_I(int32_t a) { return lime_math_addExact_II(a, 1); }
int64_t lime_math_incrementExact_J(int64_t a) { return lime_math_addExact_JJ(a, 1); }
int32_t lime_math_decrementExact_I(int32_t a) { return lime_math_subtractExact_II(a, 1); }
int64_t lime_math_decrementExact_J(int64_t a) { return lime_math_subtractExact_JJ(a, 1); }
int32_t lime_math_negateExact_I(int32_t a) { return lime_math_subtractExact_II(0, a); }
int64_t lime_math_negateExact_J(int64_t a) { return lime_math_subtractExact_JJ(0, a); }
int32_t lime_math_toIntExact_J(int64_t v) {
    if (v != (int32_t)v) int_overflow();
    return (int32_t)v;
}
int32_t lime_math_absExact_I(int32_t a) {
    if (a == INT32_MIN) lime_throw("ArithmeticException", "Overflow to represent absolute value of Integer.MIN_VALUE");
    return a < 0 ? -a : a;
}
int64_t lime_math_absExact_J(int64_t a) {
    if (a == INT64_MIN) lime_throw("ArithmeticException", "Overflow to represent absolute value of Long.MIN_VALUE");
    return a < 0 ? -a : a;
}

int32_t lime_character_compare_CC(uint16_t a, uint16_t b) { return (int32_t)a - (int32_t)b; }
int32_t lime_boolean_compare_ZZ(bool a, bool b) { return a == b ? 0 : a ? 1 : -1; }
bool lime_boolean_parseBoolean_T(LimeString *s) {
    static const char t[] = "true";
    if (!s || s->length != 4) return false;
    for (int i = 0; i < 4; i++) {
        uint16_t c = s->chars[i];
        if (c >= 'A' && c <= 'Z') c = (uint16_t)(c - 'A' + 'a');
        if (c != t[i]) return false;
    }
    return true;
}
LimeString *lime_boolean_toString_Z(bool v) { return lime_string_of_Z(v); }
/* Double.compare: -0.0 < 0.0, NaN above everything and equal to itself */
int32_t lime_double_compare_DD(double a, double b) {
    if (a < b) return -1;
    if (a > b) return 1;
    int64_t x = lime_double_doubleToLongBits_D(a), y = lime_double_doubleToLongBits_D(b);
    return x == y ? 0 : x < y ? -1 : 1;
}
int32_t lime_float_compare_FF(float a, float b) {
    if (a < b) return -1;
    if (a > b) return 1;
    int32_t x = lime_float_floatToIntBits_F(a), y = lime_float_floatToIntBits_F(b);
    return x == y ? 0 : x < y ? -1 : 1;
}
