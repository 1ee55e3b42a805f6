/* strings.c: java.lang.String as UTF-16 code units (lime.h layout):
 * construction from the compiler's UTF-8, concatenation, string
 * conversion (JLS 5.1.11) and the String members of LANGUAGE.md 1.7. */
#include <gc.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

static LimeString *const_string(const char *s) { return lime_rt_string_from_ascii(s, (int)strlen(s)); }

LimeString *lime_rt_string_from_ascii(const char *s, int n) {
    LimeString *r = lime_rt_new_string(n);
    for (int i = 0; i < n; i++) r->chars[i] = (unsigned char)s[i];
    return r;
}

/* Decodes one UTF-8 sequence at p (< end); *cp gets the code point, or
 * U+FFFD for a malformed sequence.  Surrogate code points encoded in three
 * bytes (how the compiler spells a lone \uD800) are accepted as such.
 * Returns the bytes consumed. */
static int decode_utf8(const unsigned char *p, const unsigned char *end, uint32_t *cp) {
    unsigned c = p[0];
    int n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xc2 && c < 0xe0) {
        n = 2, v = c & 0x1f, min = 0x80;
    } else if (c >= 0xe0 && c < 0xf0) {
        n = 3, v = c & 0x0f, min = 0x800;
    } else if (c >= 0xf0 && c < 0xf5) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xfffd;
        return 1;
    }
    for (int i = 1; i < n; i++) {
        if (p + i >= end || (p[i] & 0xc0) != 0x80) {
            *cp = 0xfffd;
            return i;
        }
        v = (v << 6) | (p[i] & 0x3f);
    }
    *cp = (v < min || v > 0x10ffff) ? 0xfffd : v;
    return n;
}

LimeString *lime_string_from_utf8(const char *bytes, int64_t len) {
    const unsigned char *p = (const unsigned char *)bytes, *end = p + len;
    int64_t units = 0;
    for (const unsigned char *q = p; q < end;) {
        uint32_t cp;
        q += decode_utf8(q, end, &cp);
        units += cp >= 0x10000 ? 2 : 1;
    }
    LimeString *s = lime_rt_new_string((int32_t)units);
    int32_t i = 0;
    while (p < end) {
        uint32_t cp;
        p += decode_utf8(p, end, &cp);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            s->chars[i++] = (uint16_t)(0xd800 + (cp >> 10));
            s->chars[i++] = (uint16_t)(0xdc00 + (cp & 0x3ff));
        } else {
            s->chars[i++] = (uint16_t)cp;
        }
    }
    return s;
}

char *lime_rt_string_to_utf8(const LimeString *s) {
    char *out = GC_MALLOC_ATOMIC((size_t)s->length * 3 + 1);
    size_t n = 0;
    for (int32_t i = 0; i < s->length; i++) {
        uint32_t c = s->chars[i];
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < s->length && s->chars[i + 1] >= 0xdc00 && s->chars[i + 1] < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (s->chars[++i] - 0xdc00u);
        } else if (c >= 0xd800 && c < 0xe000) {
            c = '?';
        }
        if (c < 0x80) {
            out[n++] = (char)c;
        } else if (c < 0x800) {
            out[n++] = (char)(0xc0 | c >> 6);
            out[n++] = (char)(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out[n++] = (char)(0xe0 | c >> 12);
            out[n++] = (char)(0x80 | (c >> 6 & 0x3f));
            out[n++] = (char)(0x80 | (c & 0x3f));
        } else {
            out[n++] = (char)(0xf0 | c >> 18);
            out[n++] = (char)(0x80 | (c >> 12 & 0x3f));
            out[n++] = (char)(0x80 | (c >> 6 & 0x3f));
            out[n++] = (char)(0x80 | (c & 0x3f));
        }
    }
    out[n] = 0;
    return out;
}

/* ---- concatenation and string conversion ------------------------------- */

LimeString *lime_string_concat(LimeString *a, LimeString *b) {
    if (!a) a = const_string("null");
    if (!b) b = const_string("null");
    int64_t n = (int64_t)a->length + b->length;
    if (n > INT32_MAX) lime_throw("OutOfMemoryError", "Requested array size exceeds VM limit");
    LimeString *r = lime_rt_new_string((int32_t)n);
    memcpy(r->chars, a->chars, (size_t)a->length * 2);
    memcpy(r->chars + a->length, b->chars, (size_t)b->length * 2);
    return r;
}

LimeString *lime_string_of_Z(bool v) { return const_string(v ? "true" : "false"); }

LimeString *lime_string_of_C(uint16_t v) {
    LimeString *r = lime_rt_new_string(1);
    r->chars[0] = v;
    return r;
}

LimeString *lime_string_of_T(LimeString *v) { return v ? v : const_string("null"); }

static LimeString *name_at_hash(const char *name, const void *p) {
    char buf[512];
    int n = snprintf(buf, sizeof buf, "%s@%x", name, lime_rt_identity_hash(p));
    if (n >= (int)sizeof buf) n = (int)sizeof buf - 1;
    return lime_string_from_utf8(buf, n);
}

LimeString *lime_string_of_object(LimeObject *v) {
    if (!v) return const_string("null");
    /* its toString(): vtable slot 0 (java.lang.Object's prints Name@hash) */
    LimeString *(*to_string)(void *) = (LimeString * (*)(void *)) v->cls->vtable[0];
    LimeString *s = to_string ? to_string(v) : name_at_hash(v->cls->name, v);
    return s ? s : const_string("null");
}

LimeString *lime_string_of_array(LimeArray *v, const char *descriptor) {
    if (!v) return const_string("null");
    return name_at_hash(descriptor, v);
}

/* A reference of static type Object: a String, an array or an object.
 * An array's descriptor is not known here; its element size and GC kind
 * give a plausible one. */
static LimeString *string_of_any(void *v) {
    if (!v) return const_string("null");
    if (lime_rt_is_string(v)) return v;
    if (lime_rt_is_array(v)) {
        const LimeArray *a = v;
        const char *d = "[Ljava.lang.Object;";
        if (a->elem_size == 1) d = "[B";
        else if (a->elem_size == 2) d = "[C";
        else if (a->elem_size == 4) d = "[I";
        else if (a->elem_size == 8 && lime_rt_is_pointer_free(v)) d = "[J";
        return name_at_hash(d, v);
    }
    return lime_string_of_object(v);
}

/* ---- String members ------------------------------------------------------ */

int32_t lime_string_length_(LimeString *s) { return s->length; }
bool lime_string_isEmpty_(LimeString *s) { return s->length == 0; }

uint16_t lime_string_charAt_I(LimeString *s, int32_t i) {
    if ((uint32_t)i >= (uint32_t)s->length) {
        /* JDK 17's message depends on the string's internal coder: Latin-1
         * (every char <= 0xFF) or UTF-16. */
        bool latin1 = true;
        for (int32_t k = 0; k < s->length && latin1; k++) latin1 = s->chars[k] <= 0xff;
        char msg[80];
        if (latin1)
            snprintf(msg, sizeof msg, "String index out of range: %d", i);
        else
            snprintf(msg, sizeof msg, "index %d, length %d", i, s->length);
        lime_throw("StringIndexOutOfBoundsException", msg);
    }
    return s->chars[i];
}

bool lime_string_equals_O(LimeString *s, void *o) {
    if ((void *)s == o) return true;
    if (!o || !lime_rt_is_string(o)) return false;
    const LimeString *t = o;
    return s->length == t->length && memcmp(s->chars, t->chars, (size_t)s->length * 2) == 0;
}

int32_t lime_string_compareTo_T(LimeString *s, LimeString *o) {
    if (!o) lime_throw_null_pointer();
    int32_t n = s->length < o->length ? s->length : o->length;
    for (int32_t i = 0; i < n; i++)
        if (s->chars[i] != o->chars[i]) return (int32_t)s->chars[i] - (int32_t)o->chars[i];
    return s->length - o->length;
}

LimeString *lime_string_substring_II(LimeString *s, int32_t begin, int32_t end) {
    if (begin < 0 || begin > end || end > s->length) {
        char msg[96];
        snprintf(msg, sizeof msg, "begin %d, end %d, length %d", begin, end, s->length);
        lime_throw("StringIndexOutOfBoundsException", msg);
    }
    if (begin == 0 && end == s->length) return s;
    LimeString *r = lime_rt_new_string(end - begin);
    memcpy(r->chars, s->chars + begin, (size_t)(end - begin) * 2);
    return r;
}

LimeString *lime_string_substring_I(LimeString *s, int32_t begin) {
    return lime_string_substring_II(s, begin, s->length);
}

int32_t lime_string_indexOf_T(LimeString *s, LimeString *o) {
    if (!o) lime_throw_null_pointer();
    int32_t n = s->length, m = o->length;
    if (m == 0) return 0;
    for (int32_t i = 0; i + m <= n; i++) {
        if (s->chars[i] == o->chars[0] && memcmp(s->chars + i, o->chars, (size_t)m * 2) == 0) return i;
    }
    return -1;
}

int32_t lime_string_indexOf_I(LimeString *s, int32_t ch) {
    if (ch >= 0 && ch < 0x10000) {
        for (int32_t i = 0; i < s->length; i++)
            if (s->chars[i] == ch) return i;
        return -1;
    }
    if (ch < 0x10000 || ch > 0x10ffff) return -1;
    uint16_t hi = (uint16_t)(0xd800 + ((ch - 0x10000) >> 10)), lo = (uint16_t)(0xdc00 + ((ch - 0x10000) & 0x3ff));
    for (int32_t i = 0; i + 1 < s->length; i++)
        if (s->chars[i] == hi && s->chars[i + 1] == lo) return i;
    return -1;
}

int32_t lime_string_hashCode_(LimeString *s) {
    if (s->hash != 0) return s->hash;
    uint32_t h = 0;
    for (int32_t i = 0; i < s->length; i++) h = 31 * h + s->chars[i];
    /* Constants may sit in read-only data: only heap strings cache. */
    if (h != 0 && lime_rt_in_heap(s)) s->hash = (int32_t)h;
    return (int32_t)h;
}

LimeArray *lime_string_toCharArray_(LimeString *s) {
    LimeArray *a = lime_new_prim_array(2, s->length);
    memcpy((char *)a + LIME_ARRAY_DATA_OFFSET, s->chars, (size_t)s->length * 2);
    return a;
}

LimeString *lime_string_valueOf_Z(bool v) { return lime_string_of_Z(v); }
LimeString *lime_string_valueOf_C(uint16_t v) { return lime_string_of_C(v); }
LimeString *lime_string_valueOf_I(int32_t v) { return lime_string_of_I(v); }
LimeString *lime_string_valueOf_J(int64_t v) { return lime_string_of_J(v); }
LimeString *lime_string_valueOf_F(float v) { return lime_string_of_F(v); }
LimeString *lime_string_valueOf_D(double v) { return lime_string_of_D(v); }

LimeString *lime_string_valueOf_AC(LimeArray *v) {
    if (!v) lime_throw_null_pointer();
    LimeString *r = lime_rt_new_string(v->length);
    memcpy(r->chars, (char *)v + LIME_ARRAY_DATA_OFFSET, (size_t)v->length * 2);
    return r;
}

LimeString *lime_string_valueOf_O(void *v) { return string_of_any(v); }

/* For print.c: the text an Object-typed reference prints as. */
LimeString *lime_rt_string_of_any(void *v) { return string_of_any(v); }

/* ---- searching, replacing, stripping, case (the JDK 17 algorithms) ------- */

static bool region_eq(const LimeString *s, int32_t at, const LimeString *t) {
    return memcmp(s->chars + at, t->chars, (size_t)t->length * 2) == 0;
}

bool lime_string_contains_T(LimeString *s, LimeString *t) { return lime_string_indexOf_T(s, t) >= 0; }

bool lime_string_startsWith_TI(LimeString *s, LimeString *p, int32_t off) {
    if (!p) lime_throw_null_pointer();
    if (off < 0 || off > s->length - p->length) return false;
    return region_eq(s, off, p);
}

bool lime_string_startsWith_T(LimeString *s, LimeString *p) { return lime_string_startsWith_TI(s, p, 0); }

bool lime_string_endsWith_T(LimeString *s, LimeString *p) {
    if (!p) lime_throw_null_pointer();
    return lime_string_startsWith_TI(s, p, s->length - p->length);
}

int32_t lime_string_indexOf_TI(LimeString *s, LimeString *t, int32_t from) {
    if (!t) lime_throw_null_pointer();
    int32_t n = s->length, m = t->length;
    if (from >= n) return m == 0 ? n : -1;
    if (from < 0) from = 0;
    for (int32_t i = from; i + m <= n; i++)
        if (region_eq(s, i, t)) return i;
    return -1;
}

/* The surrogate pair of supplementary code point cp. */
static void split_pair(int32_t cp, uint16_t *hi, uint16_t *lo) {
    *hi = (uint16_t)(0xd800 + ((cp - 0x10000) >> 10));
    *lo = (uint16_t)(0xdc00 + ((cp - 0x10000) & 0x3ff));
}

int32_t lime_string_indexOf_II(LimeString *s, int32_t ch, int32_t from) {
    int32_t n = s->length;
    if (from < 0) from = 0;
    if (from >= n) return -1;
    if (ch >= 0 && ch < 0x10000) {
        for (int32_t i = from; i < n; i++)
            if (s->chars[i] == ch) return i;
        return -1;
    }
    if (ch < 0x10000 || ch > 0x10ffff) return -1;
    uint16_t hi, lo;
    split_pair(ch, &hi, &lo);
    for (int32_t i = from; i + 1 < n; i++)
        if (s->chars[i] == hi && s->chars[i + 1] == lo) return i;
    return -1;
}

int32_t lime_string_lastIndexOf_TI(LimeString *s, LimeString *t, int32_t from) {
    if (!t) lime_throw_null_pointer();
    int32_t right = s->length - t->length;
    if (from > right) from = right;
    if (from < 0) return -1;
    for (int32_t i = from; i >= 0; i--)
        if (region_eq(s, i, t)) return i;
    return -1;
}

int32_t lime_string_lastIndexOf_T(LimeString *s, LimeString *t) { return lime_string_lastIndexOf_TI(s, t, s->length); }

int32_t lime_string_lastIndexOf_II(LimeString *s, int32_t ch, int32_t from) {
    int32_t n = s->length;
    if (ch >= 0 && ch < 0x10000) {
        for (int32_t i = from < n - 1 ? from : n - 1; i >= 0; i--)
            if (s->chars[i] == ch) return i;
        return -1;
    }
    if (ch < 0x10000 || ch > 0x10ffff) return -1;
    uint16_t hi, lo;
    split_pair(ch, &hi, &lo);
    for (int32_t i = from < n - 2 ? from : n - 2; i >= 0; i--)
        if (s->chars[i] == hi && s->chars[i + 1] == lo) return i;
    return -1;
}

int32_t lime_string_lastIndexOf_I(LimeString *s, int32_t ch) { return lime_string_lastIndexOf_II(s, ch, s->length - 1); }

LimeString *lime_string_replace_CC(LimeString *s, uint16_t from, uint16_t to) {
    if (from == to) return s;
    int32_t i = 0;
    while (i < s->length && s->chars[i] != from) i++;
    if (i == s->length) return s;
    LimeString *r = lime_rt_new_string(s->length);
    for (int32_t k = 0; k < s->length; k++) r->chars[k] = s->chars[k] == from ? to : s->chars[k];
    return r;
}

static _Noreturn void too_long(void) { lime_throw("OutOfMemoryError", "Required length exceeds implementation limit"); }

LimeString *lime_string_replace_TT(LimeString *s, LimeString *t, LimeString *r) {
    if (!t || !r) lime_throw_null_pointer();
    int32_t n = s->length, m = t->length, k = r->length;
    if (m == 0) { /* r before each char and at the end */
        int64_t len = (int64_t)n + ((int64_t)n + 1) * k;
        if (len > INT32_MAX) too_long();
        LimeString *o = lime_rt_new_string((int32_t)len);
        int64_t at = 0;
        for (int32_t i = 0; i <= n; i++) {
            memcpy(o->chars + at, r->chars, (size_t)k * 2);
            at += k;
            if (i < n) o->chars[at++] = s->chars[i];
        }
        return o;
    }
    if (m == 1 && k == 1) return lime_string_replace_CC(s, t->chars[0], r->chars[0]);
    int64_t count = 0;
    for (int32_t i = lime_string_indexOf_TI(s, t, 0); i >= 0; i = lime_string_indexOf_TI(s, t, i + m)) count++;
    if (count == 0) return s;
    int64_t len = (int64_t)n + count * ((int64_t)k - m);
    if (len > INT32_MAX) too_long();
    LimeString *o = lime_rt_new_string((int32_t)len);
    int32_t prev = 0;
    int64_t at = 0;
    for (int32_t i = lime_string_indexOf_TI(s, t, 0); i >= 0; i = lime_string_indexOf_TI(s, t, i + m)) {
        memcpy(o->chars + at, s->chars + prev, (size_t)(i - prev) * 2);
        at += i - prev;
        memcpy(o->chars + at, r->chars, (size_t)k * 2);
        at += k;
        prev = i + m;
    }
    memcpy(o->chars + at, s->chars + prev, (size_t)(n - prev) * 2);
    return o;
}

LimeString *lime_string_trim_(LimeString *s) {
    int32_t b = 0, e = s->length;
    while (b < e && s->chars[b] <= ' ') b++;
    while (e > b && s->chars[e - 1] <= ' ') e--;
    return lime_string_substring_II(s, b, e);
}

/* Surrogates are never whitespace, so stripping code unit by code unit
 * is stripping code point by code point. */
static int32_t first_non_ws(const LimeString *s) {
    int32_t b = 0;
    while (b < s->length && lime_rt_is_whitespace(s->chars[b])) b++;
    return b;
}

static int32_t end_non_ws(const LimeString *s, int32_t b) {
    int32_t e = s->length;
    while (e > b && lime_rt_is_whitespace(s->chars[e - 1])) e--;
    return e;
}

LimeString *lime_string_strip_(LimeString *s) {
    int32_t b = first_non_ws(s);
    return lime_string_substring_II(s, b, end_non_ws(s, b));
}

LimeString *lime_string_stripLeading_(LimeString *s) { return lime_string_substring_II(s, first_non_ws(s), s->length); }
LimeString *lime_string_stripTrailing_(LimeString *s) { return lime_string_substring_II(s, 0, end_non_ws(s, 0)); }
bool lime_string_isBlank_(LimeString *s) { return first_non_ws(s) == s->length; }

LimeString *lime_string_repeat_I(LimeString *s, int32_t count) {
    if (count < 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "count is negative: %d", count);
        lime_throw("IllegalArgumentException", msg);
    }
    if (count == 1) return s;
    int32_t n = s->length;
    if (n == 0 || count == 0) return lime_rt_new_string(0);
    if (INT32_MAX / count < n) {
        char msg[160];
        snprintf(msg, sizeof msg, "Required length exceeds implementation limit");
        lime_throw("OutOfMemoryError", msg);
    }
    LimeString *r = lime_rt_new_string(n * count);
    for (int32_t i = 0; i < count; i++) memcpy(r->chars + (int64_t)i * n, s->chars, (size_t)n * 2);
    return r;
}

LimeString *lime_string_concat_T(LimeString *s, LimeString *t) {
    if (!t) lime_throw_null_pointer();
    if (t->length == 0) return s;
    return lime_string_concat(s, t);
}

/* The code point that the code unit at i belongs to: a surrogate pair
 * (i at either half) or the unit itself; *len gets how many units from i
 * on it still takes (2 at a high half, 1 otherwise). */
static int32_t code_point_including(const LimeString *s, int32_t i, int32_t *len) {
    uint16_t c = s->chars[i];
    *len = 1;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s->length && s->chars[i + 1] >= 0xdc00 && s->chars[i + 1] < 0xe000) {
        *len = 2;
        return 0x10000 + ((c - 0xd800) << 10) + (s->chars[i + 1] - 0xdc00);
    }
    if (c >= 0xdc00 && c < 0xe000 && i > 0 && s->chars[i - 1] >= 0xd800 && s->chars[i - 1] < 0xdc00)
        return 0x10000 + ((s->chars[i - 1] - 0xd800) << 10) + (c - 0xdc00);
    return c;
}

/* Compares s and t ignoring case as String.compareToIgnoreCase does:
 * at each difference, both code points through toUpperCase, then
 * toLowerCase.  Returns the difference, 0 when equal over min length. */
static int32_t compare_ci(const LimeString *s, const LimeString *t) {
    int32_t n = s->length < t->length ? s->length : t->length;
    for (int32_t i = 0; i < n;) {
        if (s->chars[i] == t->chars[i]) {
            i++;
            continue;
        }
        int32_t l1, l2;
        int32_t c1 = code_point_including(s, i, &l1), c2 = code_point_including(t, i, &l2);
        c1 = lime_rt_to_upper(c1), c2 = lime_rt_to_upper(c2);
        if (c1 != c2) {
            c1 = lime_rt_to_lower(c1), c2 = lime_rt_to_lower(c2);
            if (c1 != c2) return c1 - c2;
        }
        i += l1 > l2 ? l1 : l2;
    }
    return 0;
}

bool lime_string_equalsIgnoreCase_T(LimeString *s, LimeString *t) {
    if (s == t) return true;
    if (!t || t->length != s->length) return false;
    return compare_ci(s, t) == 0;
}

int32_t lime_string_compareToIgnoreCase_T(LimeString *s, LimeString *t) {
    if (!t) lime_throw_null_pointer();
    int32_t d = compare_ci(s, t);
    return d != 0 ? d : s->length - t->length;
}
