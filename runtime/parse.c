/* parse.c: Integer.parseInt, Long.parseLong, Double.parseDouble and
 * Float.parseFloat with Java's syntax and NumberFormatException messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static _Noreturn void bad_input_radix(const LimeString *s, int radix) {
    const char *text = lime_rt_string_to_utf8(s);
    size_t n = strlen(text) + 64;
    char *msg = lime_alloc((int64_t)n);
    if (radix == 10)
        snprintf(msg, n, "For input string: \"%s\"", text);
    else
        snprintf(msg, n, "For input string: \"%s\" under radix %d", text, radix);
    lime_throw("NumberFormatException", msg);
}

static _Noreturn void bad_input(const LimeString *s) { bad_input_radix(s, 10); }

/* Character.digit(c, 10): the Unicode decimal digits of the BMP come in
 * runs of ten starting at these code units (checked against JDK 17). */
static int decimal_digit(uint16_t c) {
    static const uint16_t zeros[] = {0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
                                     0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0,
                                     0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
                                     0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10};
    if (c >= '0' && c <= '9') return c - '0';
    if (c < 0x660) return -1;
    for (size_t i = 1; i < sizeof zeros / sizeof zeros[0]; i++)
        if (c >= zeros[i] && c < zeros[i] + 10) return c - zeros[i];
    return -1;
}

/* Character.digit(c, radix) for 2 <= radix <= 36: a Unicode decimal digit,
 * or a Latin letter (ASCII or fullwidth) as 10..35; -1 if none or >= radix. */
static int radix_digit(uint16_t c, int radix) {
    int d = decimal_digit(c);
    if (d < 0) {
        if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 0xFF21 && c <= 0xFF3A) d = c - 0xFF21 + 10;
        else if (c >= 0xFF41 && c <= 0xFF5A) d = c - 0xFF41 + 10;
    }
    return d < radix ? d : -1;
}

/* Java's Long.parseLong(s, radix) algorithm, accumulating negatively, with
 * the given most negative limit magnitude (MIN_VALUE of int or long). */
static int64_t parse_integer(const LimeString *s, int64_t min_value, int64_t max_value, int radix) {
    if (!s) lime_throw("NumberFormatException", "Cannot parse null string");
    if (radix < 2 || radix > 36) {
        char msg[80];
        snprintf(msg, sizeof msg, "radix %d %s", radix,
                 radix < 2 ? "less than Character.MIN_RADIX" : "greater than Character.MAX_RADIX");
        lime_throw("NumberFormatException", msg);
    }
    int32_t len = s->length, i = 0;
    if (len == 0) bad_input_radix(s, radix);
    bool negative = false;
    int64_t limit = -max_value;
    uint16_t first = s->chars[0];
    if (first < '0') {
        if (first == '-') {
            negative = true;
            limit = min_value;
        } else if (first != '+') {
            bad_input_radix(s, radix);
        }
        if (len == 1) bad_input_radix(s, radix);
        i++;
    }
    int64_t multmin = limit / radix, result = 0;
    while (i < len) {
        int digit = radix_digit(s->chars[i++], radix);
        if (digit < 0 || result < multmin) bad_input_radix(s, radix);
        result *= radix;
        if (result < limit + digit) bad_input_radix(s, radix);
        result -= digit;
    }
    return negative ? result : -result;
}

int32_t lime_integer_parseInt_T(LimeString *s) { return (int32_t)parse_integer(s, INT32_MIN, INT32_MAX, 10); }
int32_t lime_integer_parseInt_TI(LimeString *s, int32_t radix) { return (int32_t)parse_integer(s, INT32_MIN, INT32_MAX, radix); }
int64_t lime_long_parseLong_T(LimeString *s) { return parse_integer(s, INT64_MIN, INT64_MAX, 10); }

static bool is_digit(uint16_t c) { return c >= '0' && c <= '9'; }
static bool is_hex(uint16_t c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

static bool matches(const uint16_t *p, int32_t n, const char *word) {
    int32_t k = (int32_t)strlen(word);
    if (n != k) return false;
    for (int32_t i = 0; i < k; i++)
        if (p[i] != (unsigned char)word[i]) return false;
    return true;
}

/* Validates Java's floating-point syntax (FloatingDecimal.readJavaFormatString)
 * and leaves in buf an equivalent ASCII text for strtod, or throws. */
/* buf holds at least s->length + 2 bytes. */
static void floating_text(const LimeString *s, char *buf, int *special) {
    /* the JDK's message: FloatingDecimal.readJavaFormatString(String in) trims in first */
    if (!s) lime_throw_null_pointer_message("Cannot invoke \"String.trim()\" because \"in\" is null");
    int32_t b = 0, e = s->length;
    while (b < e && s->chars[b] <= ' ') b++;
    while (e > b && s->chars[e - 1] <= ' ') e--;
    if (b == e) lime_throw("NumberFormatException", "empty String");
    const uint16_t *p = s->chars + b;
    int32_t n = e - b, i = 0;
#define trimmed lime_string_substring_II((LimeString *)s, b, e) /* only for the message */
    bool negative = false;
    if (p[0] == '-' || p[0] == '+') {
        negative = p[0] == '-';
        i++;
    }
    *special = 0;
    if (matches(p + i, n - i, "NaN")) {
        *special = 3;
        return;
    }
    if (matches(p + i, n - i, "Infinity")) {
        *special = negative ? 2 : 1;
        return;
    }
    int32_t start = i;
    bool hex = i + 1 < n && p[i] == '0' && (p[i + 1] == 'x' || p[i + 1] == 'X');
    int digits = 0;
    if (hex) {
        i += 2;
        while (i < n && is_hex(p[i])) i++, digits++;
        if (i < n && p[i] == '.') {
            i++;
            while (i < n && is_hex(p[i])) i++, digits++;
        }
        if (digits == 0 || i >= n || (p[i] != 'p' && p[i] != 'P')) bad_input(trimmed);
        i++;
        if (i < n && (p[i] == '+' || p[i] == '-')) i++;
        int exp_digits = 0;
        while (i < n && is_digit(p[i])) i++, exp_digits++;
        if (exp_digits == 0) bad_input(trimmed);
    } else {
        while (i < n && is_digit(p[i])) i++, digits++;
        if (i < n && p[i] == '.') {
            i++;
            while (i < n && is_digit(p[i])) i++, digits++;
        }
        /* the JDK reads digits and points together: a second point is its own error */
        if (i < n && p[i] == '.') lime_throw("NumberFormatException", "multiple points");
        if (digits == 0) bad_input(trimmed);
        if (i < n && (p[i] == 'e' || p[i] == 'E')) {
            i++;
            if (i < n && (p[i] == '+' || p[i] == '-')) i++;
            int exp_digits = 0;
            while (i < n && is_digit(p[i])) i++, exp_digits++;
            if (exp_digits == 0) bad_input(trimmed);
        }
    }
    int32_t stop = i;
    if (i < n && (p[i] == 'f' || p[i] == 'F' || p[i] == 'd' || p[i] == 'D')) i++;
    if (i != n) bad_input(trimmed);
    size_t k = 0;
    if (negative) buf[k++] = '-';
    for (int32_t j = start; j < stop; j++) buf[k++] = (char)p[j];
    buf[k] = 0;
#undef trimmed
}

static double special_value(int special) {
    return special == 1 ? __builtin_inf() : special == 2 ? -__builtin_inf() : __builtin_nan("");
}

double lime_double_parseDouble_T(LimeString *s) {
    size_t cap = s ? (size_t)s->length + 2 : 2;
    char *buf = lime_alloc((int64_t)cap);
    int special;
    floating_text(s, buf, &special);
    if (special) return special_value(special);
    return strtod(buf, NULL);
}

float lime_float_parseFloat_T(LimeString *s) {
    size_t cap = s ? (size_t)s->length + 2 : 2;
    char *buf = lime_alloc((int64_t)cap);
    int special;
    floating_text(s, buf, &special);
    if (special) return (float)special_value(special);
    return strtof(buf, NULL);
}
