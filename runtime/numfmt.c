/* numfmt.c: Java's number-to-text conversions.
 *
 * Double.toString and Float.toString reproduce JDK 17's algorithm
 * (FloatingDecimal's binary-to-ASCII conversion, which JDK 19 replaced by
 * Raffaello Giulietti's shortest-digits one): a long-arithmetic fast path
 * for small integers, digit generation by repeated division with a
 * symmetric stopping test, and its quirks kept on purpose, because the JVM
 * we must match prints them:
 *   - at least two digits are generated when the result will be printed in
 *     E-form (decimal exponent < -3 or >= 8), so 1.0E-5 may come out as
 *     9.999999999999999E-6 style neighbours with one digit too many;
 *   - the stopping test is symmetric even below a power of two;
 *   - the int and long paths use Java's wrapping 32/64-bit arithmetic
 *     (reproduced with unsigned arithmetic here), and the big-number path
 *     compares B + M >= 10S where the small paths compare B + M > 10S.
 * The digits are then laid out as Java does: plain notation for
 * 10^-3 <= |v| < 10^7, computerized scientific notation otherwise. */
#include <string.h>

#include "internal.h"

/* ---- a small unsigned big integer: just what digit generation needs ---- */

enum { BIG_WORDS = 72 }; /* 2304 bits: B, S, M and 10S stay below 1300 */

typedef struct {
    int n;                 /* words in use; w[n-1] != 0 unless n == 0 */
    uint32_t w[BIG_WORDS]; /* little-endian */
} Big;

static void big_set(Big *b, uint64_t v) {
    b->n = 0;
    while (v) {
        b->w[b->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static void big_mul_small(Big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) b->w[b->n++] = (uint32_t)carry;
}

static void big_shl(Big *b, int bits) {
    if (b->n == 0 || bits == 0) return;
    int words = bits / 32, r = bits % 32;
    if (r) {
        uint32_t carry = 0;
        for (int i = 0; i < b->n; i++) {
            uint32_t w = b->w[i];
            b->w[i] = (w << r) | carry;
            carry = w >> (32 - r);
        }
        if (carry) b->w[b->n++] = carry;
    }
    if (words) {
        memmove(b->w + words, b->w, (size_t)b->n * sizeof b->w[0]);
        memset(b->w, 0, (size_t)words * sizeof b->w[0]);
        b->n += words;
    }
}

/* b = v * 5^p5 * 2^p2 */
static void big_pow52(Big *b, uint64_t v, int p5, int p2) {
    big_set(b, v);
    while (p5 >= 13) {
        big_mul_small(b, 1220703125u); /* 5^13 */
        p5 -= 13;
    }
    static const uint32_t pow5[13] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625};
    if (p5) big_mul_small(b, pow5[p5]);
    big_shl(b, p2);
}

static int big_cmp(const Big *a, const Big *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

/* sign of (a + b) - c */
static int big_add_cmp(const Big *a, const Big *b, const Big *c) {
    Big s;
    int n = a->n > b->n ? a->n : b->n;
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t t = carry + (i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0);
        s.w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    s.n = n;
    if (carry) s.w[s.n++] = (uint32_t)carry;
    return big_cmp(&s, c);
}

/* a -= b (a >= b) */
static void big_sub(Big *a, const Big *b) {
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        borrow = t < 0;
        a->w[i] = (uint32_t)(t + (borrow << 32));
    }
    while (a->n && a->w[a->n - 1] == 0) a->n--;
}

/* q = b / s (q < 10 by construction); b = 10 * (b mod s); returns q. */
static int big_quo_rem10(Big *b, const Big *s) {
    int q = 0;
    while (big_cmp(b, s) >= 0) {
        big_sub(b, s);
        q++;
    }
    big_mul_small(b, 10);
    return q;
}

/* ---- JDK 17's digit generation ----------------------------------------- */

typedef struct {
    bool negative;
    int dec_exponent;     /* value = 0.d1d2d3... * 10^dec_exponent */
    int first, ndigits;   /* digits[first .. first+ndigits) */
    bool two_digits;      /* at least two digits whatever the exponent: the
                             JDK's non-"compatible" form, java.util.Formatter's */
    bool rounded_up;      /* the last digit was rounded up (decimalDigitsRoundedUp) */
    bool exact;           /* the digits are the value exactly (exactDecimalConversion);
                             false on the integer path, as in the JDK */
    char digits[24];
} Decimal;

static const int n_5_bits[27] = {0,  3,  5,  7,  10, 12, 14, 17, 19, 21, 24, 26, 28, 31,
                                 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61};
static const int32_t small_5_pow[14] = {1,       5,       25,       125,       625,      3125,      15625,
                                        78125,   390625,  1953125,  9765625,   48828125, 244140625, 1220703125};
static const int64_t long_5_pow[27] = {1LL,
                                       5LL,
                                       25LL,
                                       125LL,
                                       625LL,
                                       3125LL,
                                       15625LL,
                                       78125LL,
                                       390625LL,
                                       1953125LL,
                                       9765625LL,
                                       48828125LL,
                                       244140625LL,
                                       1220703125LL,
                                       6103515625LL,
                                       30517578125LL,
                                       152587890625LL,
                                       762939453125LL,
                                       3814697265625LL,
                                       19073486328125LL,
                                       95367431640625LL,
                                       476837158203125LL,
                                       2384185791015625LL,
                                       11920928955078125LL,
                                       59604644775390625LL,
                                       298023223876953125LL,
                                       1490116119384765625LL};
/* insignificant_pow2[p] = number of decimal digits of 2^p, less one */
static const int insignificant_pow2[64] = {0,  0,  0,  0,  1,  1,  1,  2,  2,  2,  3,  3,  3,  3,  4,  4,
                                           4,  5,  5,  5,  6,  6,  6,  6,  7,  7,  7,  8,  8,  8,  9,  9,
                                           9,  9,  10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14,
                                           14, 14, 15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19};

/* Java's wrapping int and long arithmetic. */
static int32_t imul(int32_t a, int32_t b) { return (int32_t)((uint32_t)a * (uint32_t)b); }
static int32_t iadd(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
static int32_t ishl(int32_t a, int n) { return (int32_t)((uint32_t)a << (n & 31)); }
static int64_t lmul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }
static int64_t ladd(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static int64_t lshl(int64_t a, int n) { return (int64_t)((uint64_t)a << (n & 63)); }

/* All the significant bits are in lvalue (> 0): print it as an integer,
 * dropping trailing zeros into the exponent, after rounding away
 * `insignificant` low decimal digits. */
static void develop_long_digits(Decimal *d, int dec_exponent, int64_t lvalue, int insignificant) {
    if (insignificant != 0) {
        int64_t pow10 = lshl(long_5_pow[insignificant], insignificant);
        int64_t residue = lvalue % pow10;
        lvalue /= pow10;
        dec_exponent += insignificant;
        if (residue >= (pow10 >> 1)) lvalue++;
    }
    int digitno = 19; /* the JDK's digit buffer holds 20 */
    int c = (int)(lvalue % 10);
    lvalue /= 10;
    while (c == 0) {
        dec_exponent++;
        c = (int)(lvalue % 10);
        lvalue /= 10;
    }
    while (lvalue != 0) {
        d->digits[digitno--] = (char)(c + '0');
        dec_exponent++;
        c = (int)(lvalue % 10);
        lvalue /= 10;
    }
    d->digits[digitno] = (char)(c + '0');
    d->dec_exponent = dec_exponent + 1;
    d->first = digitno;
    d->ndigits = 20 - digitno;
}

static void roundup(Decimal *d) {
    d->rounded_up = true;
    int i = d->first + d->ndigits - 1;
    char q = d->digits[i];
    if (q == '9') {
        while (q == '9' && i > d->first) {
            d->digits[i] = '0';
            q = d->digits[--i];
        }
        if (q == '9') { /* carry out: 1 followed by zeros */
            d->dec_exponent += 1;
            d->digits[d->first] = '1';
            return;
        }
    }
    d->digits[i] = (char)(q + 1);
}

static int estimate_dec_exp(uint64_t fract_bits, int bin_exp) {
    union { double d; uint64_t u; } d2 = {.u = (1023ULL << 52) | (fract_bits & 0xFFFFFFFFFFFFFULL)};
    double v = (d2.d - 1.5) * 0.289529654 + 0.176091259 + (double)bin_exp * 0.301029995663981;
    union { double d; uint64_t u; } bits = {.d = v};
    int exponent = (int)((bits.u >> 52) & 0x7ff) - 1023;
    bool negative = (bits.u >> 63) != 0;
    if (exponent >= 0 && exponent < 52) {
        uint64_t mask = 0xFFFFFFFFFFFFFULL >> exponent;
        int r = (int)(((bits.u & 0xFFFFFFFFFFFFFULL) | (1ULL << 52)) >> (52 - exponent));
        return negative ? ((mask & bits.u) == 0 ? -r : -r - 1) : r;
    } else if (exponent < 0) {
        return (bits.u & ~(1ULL << 63)) == 0 ? 0 : (negative ? -1 : 0);
    } else {
        return (int)v;
    }
}

/* fract_bits: the significand with its leading 1 at bit 52; the value is
 * fract_bits * 2^(bin_exp - 52); n_significant_bits: 53 for a normal
 * double, 24 for a normal float, fewer for subnormals. */
static void dtoa(Decimal *d, int bin_exp, uint64_t fract_bits, int n_significant_bits) {
    int tail_zeros = __builtin_ctzll(fract_bits);
    int n_fract_bits = 53 - tail_zeros;
    int n_tiny_bits = n_fract_bits - bin_exp - 1;
    if (n_tiny_bits < 0) n_tiny_bits = 0;

    if (bin_exp <= 62 && bin_exp >= -21 && n_tiny_bits < 27 && n_fract_bits + n_5_bits[n_tiny_bits] < 64 &&
        n_tiny_bits == 0) {
        /* an integer that fits in a long */
        int insignificant = 0;
        if (bin_exp > n_significant_bits) {
            int p2 = bin_exp - n_significant_bits - 1;
            insignificant = (p2 > 1 && p2 < 64) ? insignificant_pow2[p2] : 0;
        }
        if (bin_exp >= 52)
            fract_bits <<= (bin_exp - 52);
        else
            fract_bits >>= (52 - bin_exp);
        develop_long_digits(d, 0, (int64_t)fract_bits, insignificant);
        return;
    }

    int dec_exp = estimate_dec_exp(fract_bits, bin_exp);
    int B5 = dec_exp < 0 ? -dec_exp : 0;
    int B2 = B5 + n_tiny_bits + bin_exp;
    int S5 = dec_exp > 0 ? dec_exp : 0;
    int S2 = S5 + n_tiny_bits;
    int M5 = B5;
    int M2 = B2 - n_significant_bits;

    fract_bits >>= tail_zeros;
    B2 -= n_fract_bits - 1;
    int common2 = B2 < S2 ? B2 : S2;
    B2 -= common2;
    S2 -= common2;
    M2 -= common2;
    if (n_fract_bits == 1) M2 -= 1; /* the JDK's power-of-two "hack" */
    if (M2 < 0) {
        B2 -= M2;
        S2 -= M2;
        M2 = 0;
    }

    int ndigit = 0;
    bool low, high;
    int64_t low_digit_difference;
    int q;
    char *digits = d->digits;
    int Bbits = n_fract_bits + B2 + (B5 < 27 ? n_5_bits[B5] : B5 * 3);
    int tenSbits = S2 + 1 + ((S5 + 1) < 27 ? n_5_bits[S5 + 1] : (S5 + 1) * 3);

    if (Bbits < 64 && tenSbits < 64) {
        if (Bbits < 32 && tenSbits < 32) {
            int32_t b = ishl(imul((int32_t)fract_bits, small_5_pow[B5]), B2);
            int32_t s = ishl(small_5_pow[S5], S2);
            int32_t m = ishl(small_5_pow[M5], M2);
            int32_t tens = imul(s, 10);
            q = b / s;
            b = imul(10, b % s);
            m = imul(m, 10);
            low = b < m;
            high = iadd(b, m) > tens;
            if (q == 0 && !high)
                dec_exp--;
            else
                digits[ndigit++] = (char)('0' + q);
            if (d->two_digits || dec_exp < -3 || dec_exp >= 8) high = low = false;
            while (!low && !high) {
                q = b / s;
                b = imul(10, b % s);
                m = imul(m, 10);
                if (m > 0) {
                    low = b < m;
                    high = iadd(b, m) > tens;
                } else {
                    low = high = true;
                }
                digits[ndigit++] = (char)('0' + q);
            }
            low_digit_difference = iadd(ishl(b, 1), -tens);
            d->exact = b == 0;
        } else {
            int64_t b = lshl(lmul((int64_t)fract_bits, long_5_pow[B5]), B2);
            int64_t s = lshl(long_5_pow[S5], S2);
            int64_t m = lshl(long_5_pow[M5], M2);
            int64_t tens = lmul(s, 10);
            q = (int)(b / s);
            b = lmul(10, b % s);
            m = lmul(m, 10);
            low = b < m;
            high = ladd(b, m) > tens;
            if (q == 0 && !high)
                dec_exp--;
            else
                digits[ndigit++] = (char)('0' + q);
            if (d->two_digits || dec_exp < -3 || dec_exp >= 8) high = low = false;
            while (!low && !high) {
                q = (int)(b / s);
                b = lmul(10, b % s);
                m = lmul(m, 10);
                if (m > 0) {
                    low = b < m;
                    high = ladd(b, m) > tens;
                } else {
                    low = high = true;
                }
                digits[ndigit++] = (char)('0' + q);
            }
            low_digit_difference = ladd(lshl(b, 1), -tens);
            d->exact = b == 0;
        }
    } else {
        Big S, B, M, tenS;
        big_pow52(&S, 1, S5, S2);
        big_pow52(&B, fract_bits, B5, B2);
        big_pow52(&M, 1, M5 + 1, M2 + 1); /* 10 M */
        big_pow52(&tenS, 1, S5 + 1, S2 + 1);
        q = big_quo_rem10(&B, &S);
        low = big_cmp(&B, &M) < 0;
        high = big_add_cmp(&B, &M, &tenS) >= 0;
        if (q == 0 && !high)
            dec_exp--;
        else
            digits[ndigit++] = (char)('0' + q);
        if (d->two_digits || dec_exp < -3 || dec_exp >= 8) high = low = false;
        while (!low && !high) {
            q = big_quo_rem10(&B, &S);
            big_mul_small(&M, 10);
            low = big_cmp(&B, &M) < 0;
            high = big_add_cmp(&B, &M, &tenS) >= 0;
            digits[ndigit++] = (char)('0' + q);
        }
        d->exact = B.n == 0;
        if (high && low) {
            big_shl(&B, 1);
            low_digit_difference = big_cmp(&B, &tenS);
        } else {
            low_digit_difference = 0;
        }
    }
    d->dec_exponent = dec_exp + 1;
    d->first = 0;
    d->ndigits = ndigit;
    if (high) {
        if (low) {
            if (low_digit_difference == 0) {
                if ((digits[d->first + d->ndigits - 1] & 1) != 0) roundup(d);
            } else if (low_digit_difference > 0) {
                roundup(d);
            }
        } else {
            roundup(d);
        }
    }
}

/* Lays the digits out as Java does. */
static int layout(const Decimal *d, char *out) {
    int i = 0;
    const char *dig = d->digits + d->first;
    int n = d->ndigits, e = d->dec_exponent;
    if (d->negative) out[i++] = '-';
    if (e > 0 && e < 8) {
        int len = n < e ? n : e;
        memcpy(out + i, dig, (size_t)len);
        i += len;
        if (len < e) {
            memset(out + i, '0', (size_t)(e - len));
            i += e - len;
            out[i++] = '.';
            out[i++] = '0';
        } else {
            out[i++] = '.';
            if (len < n) {
                memcpy(out + i, dig + len, (size_t)(n - len));
                i += n - len;
            } else {
                out[i++] = '0';
            }
        }
    } else if (e <= 0 && e > -3) {
        out[i++] = '0';
        out[i++] = '.';
        memset(out + i, '0', (size_t)-e);
        i += -e;
        memcpy(out + i, dig, (size_t)n);
        i += n;
    } else {
        out[i++] = dig[0];
        out[i++] = '.';
        if (n > 1) {
            memcpy(out + i, dig + 1, (size_t)(n - 1));
            i += n - 1;
        } else {
            out[i++] = '0';
        }
        out[i++] = 'E';
        int x;
        if (e <= 0) {
            out[i++] = '-';
            x = -e + 1;
        } else {
            x = e - 1;
        }
        if (x >= 100) out[i++] = (char)('0' + x / 100);
        if (x >= 10) out[i++] = (char)('0' + x / 10 % 10);
        out[i++] = (char)('0' + x % 10);
    }
    return i;
}

static int special(const char *s, char *buf) {
    int n = (int)strlen(s);
    memcpy(buf, s, (size_t)n);
    return n;
}

/* The digits of a finite nonzero double v (its sign ignored). */
static void double_decimal(double v, Decimal *d) {
    union { double d; uint64_t u; } bits = {.d = v};
    uint64_t fract = bits.u & 0xFFFFFFFFFFFFFULL;
    int bin_exp = (int)((bits.u >> 52) & 0x7ff);
    int nsig;
    if (bin_exp == 0) {
        int lz = __builtin_clzll(fract);
        int shift = lz - 11;
        fract <<= shift;
        bin_exp = 1 - shift;
        nsig = 64 - lz;
    } else {
        fract |= 1ULL << 52;
        nsig = 53;
    }
    dtoa(d, bin_exp - 1023, fract, nsig);
}

int lime_rt_fmt_double(double v, char *buf) {
    union { double d; uint64_t u; } bits = {.d = v};
    bool negative = (bits.u >> 63) != 0;
    uint64_t fract = bits.u & 0xFFFFFFFFFFFFFULL;
    int bin_exp = (int)((bits.u >> 52) & 0x7ff);
    if (bin_exp == 0x7ff) return special(fract ? "NaN" : negative ? "-Infinity" : "Infinity", buf);
    if (bin_exp == 0 && fract == 0) return special(negative ? "-0.0" : "0.0", buf);
    Decimal d = {.negative = negative};
    double_decimal(v, &d);
    return layout(&d, buf);
}

int lime_rt_double_digits(double v, char *digits, int *dec_exp) {
    Decimal d = {.two_digits = true};
    double_decimal(v, &d);
    memcpy(digits, d.digits + d.first, (size_t)d.ndigits);
    *dec_exp = d.dec_exponent;
    return d.ndigits;
}

/* java.text.DigitList.conversionFlags(v), for DecimalFormat's rounding of
 * the digits of Double.toString(v) (v finite, > 0): bit 0 set when the
 * last digit was rounded up, bit 1 when the digits are v exactly (JDK 17's
 * FloatingDecimal.BinaryToASCIIConverter digitsRoundedUp() and
 * decimalDigitsExact(), the integer path being never "exact"). */
int32_t lime_native_java_text_DigitList_conversionFlags(double v) {
    Decimal d = {0};
    double_decimal(v, &d);
    return (d.rounded_up ? 1 : 0) | (d.exact ? 2 : 0);
}

int lime_rt_fmt_float(float v, char *buf) {
    union { float f; uint32_t u; } bits = {.f = v};
    bool negative = (bits.u >> 31) != 0;
    uint32_t fract = bits.u & 0x7FFFFF;
    int bin_exp = (int)((bits.u >> 23) & 0xff);
    if (bin_exp == 0xff) return special(fract ? "NaN" : negative ? "-Infinity" : "Infinity", buf);
    int nsig;
    if (bin_exp == 0) {
        if (fract == 0) return special(negative ? "-0.0" : "0.0", buf);
        int lz = __builtin_clz(fract);
        int shift = lz - 8;
        fract <<= shift;
        bin_exp = 1 - shift;
        nsig = 32 - lz;
    } else {
        fract |= 1u << 23;
        nsig = 24;
    }
    Decimal d = {.negative = negative};
    dtoa(&d, bin_exp - 127, (uint64_t)fract << 29, nsig);
    return layout(&d, buf);
}

int lime_rt_fmt_long(int64_t v, char *buf) {
    char tmp[24];
    int n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    int i = 0;
    if (v < 0) buf[i++] = '-';
    while (n) buf[i++] = tmp[--n];
    return i;
}

/* ---- Integer / Long / Double / Float members ------------------------------ */

LimeString *lime_string_of_D(double v) {
    char buf[32];
    return lime_rt_string_from_ascii(buf, lime_rt_fmt_double(v, buf));
}

LimeString *lime_string_of_F(float v) {
    char buf[32];
    return lime_rt_string_from_ascii(buf, lime_rt_fmt_float(v, buf));
}

LimeString *lime_string_of_J(int64_t v) {
    char buf[24];
    return lime_rt_string_from_ascii(buf, lime_rt_fmt_long(v, buf));
}

LimeString *lime_string_of_I(int32_t v) { return lime_string_of_J(v); }

LimeString *lime_integer_toString_I(int32_t v) { return lime_string_of_J(v); }
LimeString *lime_long_toString_J(int64_t v) { return lime_string_of_J(v); }
LimeString *lime_double_toString_D(double v) { return lime_string_of_D(v); }
LimeString *lime_float_toString_F(float v) { return lime_string_of_F(v); }

/* Unsigned v in base 2^shift, no leading zeros. */
static LimeString *unsigned_string(uint64_t v, int shift) {
    char buf[64];
    int n = 64;
    uint64_t mask = (1u << shift) - 1;
    do {
        buf[--n] = "0123456789abcdef"[v & mask];
        v >>= shift;
    } while (v);
    return lime_rt_string_from_ascii(buf + n, 64 - n);
}

LimeString *lime_integer_toHexString_I(int32_t v) { return unsigned_string((uint32_t)v, 4); }
LimeString *lime_integer_toBinaryString_I(int32_t v) { return unsigned_string((uint32_t)v, 1); }
LimeString *lime_long_toHexString_J(int64_t v) { return unsigned_string((uint64_t)v, 4); }
LimeString *lime_long_toBinaryString_J(int64_t v) { return unsigned_string((uint64_t)v, 1); }

int32_t lime_integer_bitCount_I(int32_t v) { return __builtin_popcount((uint32_t)v); }
int32_t lime_integer_numberOfLeadingZeros_I(int32_t v) { return v ? __builtin_clz((uint32_t)v) : 32; }
int32_t lime_integer_numberOfTrailingZeros_I(int32_t v) { return v ? __builtin_ctz((uint32_t)v) : 32; }
int32_t lime_long_bitCount_J(int64_t v) { return __builtin_popcountll((uint64_t)v); }
int32_t lime_long_numberOfLeadingZeros_J(int64_t v) { return v ? __builtin_clzll((uint64_t)v) : 64; }
int32_t lime_long_numberOfTrailingZeros_J(int64_t v) { return v ? __builtin_ctzll((uint64_t)v) : 64; }

bool lime_double_isNaN_D(double v) { return v != v; }
bool lime_double_isInfinite_D(double v) { return v == __builtin_inf() || v == -__builtin_inf(); }
bool lime_float_isNaN_F(float v) { return v != v; }
bool lime_float_isInfinite_F(float v) { return v == __builtin_inff() || v == -__builtin_inff(); }

int64_t lime_double_doubleToLongBits_D(double v) {
    if (v != v) return 0x7ff8000000000000LL; /* every NaN reads as the canonical one */
    union { double d; int64_t i; } u = {.d = v};
    return u.i;
}

/* the bits as they are, a NaN's payload included */
int64_t lime_double_doubleToRawLongBits_D(double v) {
    union { double d; int64_t i; } u = {.d = v};
    return u.i;
}

int32_t lime_float_floatToRawIntBits_F(float v) {
    union { float f; int32_t i; } u = {.f = v};
    return u.i;
}

double lime_double_longBitsToDouble_J(int64_t v) {
    union { double d; int64_t i; } u = {.i = v};
    return u.d;
}

int32_t lime_float_floatToIntBits_F(float v) {
    if (v != v) return 0x7fc00000;
    union { float f; int32_t i; } u = {.f = v};
    return u.i;
}

float lime_float_intBitsToFloat_I(int32_t v) {
    union { float f; int32_t i; } u = {.i = v};
    return u.f;
}
