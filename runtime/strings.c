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
    LimeString *(*to_string)(void *) = v->cls->vtable ? (LimeString * (*)(void *)) v->cls->vtable[0] : NULL;
    LimeString *s = to_string ? to_string(v) : name_at_hash(v->cls->name, v);
    return s ? s : const_string("null");
}

LimeString *lime_string_of_array(LimeArray *v, const char *descriptor) {
    if (!v) return const_string("null");
    return name_at_hash(descriptor, v);
}

/* A reference of static type Object: a String, an array or an object. */
static LimeString *string_of_any(void *v) {
    if (!v) return const_string("null");
    if (lime_rt_is_string(v)) return v;
    if (lime_rt_is_array(v)) return name_at_hash(lime_rt_array_name(v), v);
    LimeString *box = lime_rt_box_string(v);
    return box ? box : lime_string_of_object(v);
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

/* String as a Comparable (compareTo(Object) through the interface): an
 * argument that is no String fails String's cast, as the JVM's bridge
 * method does */
int32_t lime_string_compareTo_O(LimeString *s, void *o) {
    if (o && !lime_rt_is_string(o)) lime_throw_class_cast(o, NULL);
    return lime_string_compareTo_T(s, o);
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

/* CharSequence.subSequence of a String: its substring */
LimeString *lime_string_subSequence_II(LimeString *s, int32_t begin, int32_t end) {
    return lime_string_substring_II(s, begin, end);
}

/* getChars(srcBegin, srcEnd, dst, dstBegin): JDK 17's checks in its order. */
void lime_string_getChars_IIACI(LimeString *s, int32_t begin, int32_t end, LimeArray *dst, int32_t at) {
    char msg[96];
    if (begin < 0 || begin > end || end > s->length) {
        snprintf(msg, sizeof msg, "begin %d, end %d, length %d", begin, end, s->length);
        lime_throw("StringIndexOutOfBoundsException", msg);
    }
    if (!dst) lime_throw_null_pointer();
    int32_t n = end - begin;
    if (at < 0 || at > dst->length - n) {
        snprintf(msg, sizeof msg, "offset %d, count %d, length %d", at, n, dst->length);
        lime_throw("StringIndexOutOfBoundsException", msg);
    }
    memcpy((char *)dst + LIME_ARRAY_DATA_OFFSET + (size_t)at * 2, s->chars + begin, (size_t)n * 2);
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
    /* Constants may sit in read-only data: only heap strings cache (and
     * only hashes that keep a String's first word unlike an object's:
     * heap.c lime_rt_is_string) */
    if (lime_rt_hash_cacheable(h) && !lime_rt_in_image(s)) s->hash = (int32_t)h;
    return (int32_t)h;
}

LimeArray *lime_string_toCharArray_(LimeString *s) {
    LimeArray *a = lime_new_typed_array(&lime_array_type_char, s->length);
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

/* ---- case mapping, bytes, constructors, join ----------------------------- */

static int32_t cp_at(const LimeString *s, int32_t i) {
    uint16_t c = s->chars[i];
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s->length && s->chars[i + 1] >= 0xdc00 && s->chars[i + 1] < 0xe000)
        return 0x10000 + ((c - 0xd800) << 10) + (s->chars[i + 1] - 0xdc00);
    return c;
}

static int32_t cp_before(const LimeString *s, int32_t i) {
    uint16_t c = s->chars[i - 1];
    if (c >= 0xdc00 && c < 0xe000 && i >= 2 && s->chars[i - 2] >= 0xd800 && s->chars[i - 2] < 0xdc00)
        return 0x10000 + ((s->chars[i - 2] - 0xd800) << 10) + (c - 0xdc00);
    return c;
}

static int cp_len(int32_t cp) { return cp >= 0x10000 ? 2 : 1; }

/* Punctuation that does not break a word between two letters ("Α'Σ",
 * "ς-Σ": apostrophe, quote, period, dashes, '_', soft hyphen, U+2027) or a
 * number between two digits ("1,5"), as the JDK's word BreakIterator
 * treats them. */
static bool joins_letters(int32_t cp) {
    return cp == '\'' || cp == '.' || cp == '"' || cp == '-' || cp == '_' || cp == 0xad || cp == 0x2027 ||
           (cp >= 0x2010 && cp <= 0x2015);
}
static bool joins_digits(int32_t cp) { return cp == '\'' || cp == '.' || cp == '"' || cp == ',' || cp == 0x66b; }
static bool in_word(int32_t cp) { return lime_rt_is_word(cp); }

static bool is_letter(int32_t cp) { return lime_character_isLetter_I(cp); }
static bool is_digit(int32_t cp) { return lime_character_isDigit_I(cp); }
static bool is_mark(int32_t cp) { return lime_rt_is_word(cp) && !is_letter(cp) && !is_digit(cp); }

/* The code point before s[i], combining marks skipped (-1: none). */
static int32_t base_before(const LimeString *s, int32_t i) {
    while (i > 0) {
        int32_t c = cp_before(s, i);
        if (!is_mark(c)) return c;
        i -= cp_len(c);
    }
    return -1;
}

/* Whether a word boundary falls at s[i] (between s[i-1] and s[i]), as the
 * JDK's BreakIterator.getWordInstance finds for letters, digits, combining
 * marks (never a boundary before one) and the joiners above, which join
 * only when a letter (digit) follows them directly. */
static bool word_boundary(const LimeString *s, int32_t i) {
    if (i <= 0 || i >= s->length) return true;
    int32_t prev = cp_before(s, i), next = cp_at(s, i);
    if (is_mark(next) || (in_word(prev) && in_word(next))) return false;
    if (in_word(next) && i - cp_len(prev) > 0) { /* x joiner | next */
        int32_t before = base_before(s, i - cp_len(prev));
        if (joins_letters(prev) && is_letter(before) && is_letter(next)) return false;
        if (joins_digits(prev) && is_digit(before) && is_digit(next)) return false;
    }
    if (in_word(prev) && i + cp_len(next) < s->length) { /* prev | joiner x */
        int32_t base = base_before(s, i), after = cp_at(s, i + cp_len(next));
        if (joins_letters(next) && is_letter(base) && is_letter(after)) return false;
        if (joins_digits(next) && is_digit(base) && is_digit(after)) return false;
    }
    return true;
}

/* Unicode's Final_Sigma: a cased letter before s[i] in its word, none after. */
static bool final_sigma(const LimeString *s, int32_t i) {
    for (int32_t j = i; j > 0 && !word_boundary(s, j);) {
        int32_t c = cp_before(s, j);
        if (lime_rt_is_cased(c)) {
            for (int32_t k = i + 1; k < s->length && !word_boundary(s, k);) {
                int32_t d = cp_at(s, k);
                if (lime_rt_is_cased(d)) return false;
                k += cp_len(d);
            }
            return true;
        }
        j -= cp_len(c);
    }
    return false;
}

static LimeString *map_case(LimeString *s, bool upper) {
    int64_t n = 0;
    bool same = true;
    for (int pass = 0; pass < 2; pass++) {
        LimeString *r = pass ? lime_rt_new_string((int32_t)n) : NULL;
        int32_t o = 0;
        for (int32_t i = 0; i < s->length;) {
            int32_t cp = cp_at(s, i);
            uint16_t out[3];
            int k;
            if (!upper && cp == 0x3a3) {
                out[0] = final_sigma(s, i) ? 0x3c2 : 0x3c3;
                k = 1;
            } else {
                k = lime_rt_full_case(cp, upper, out);
            }
            int len = cp_len(cp);
            if (!pass) {
                n += k;
                if (k != len || out[0] != s->chars[i] || (k == 2 && out[1] != s->chars[i + 1])) same = false;
            } else {
                memcpy(r->chars + o, out, (size_t)k * 2);
                o += k;
            }
            i += len;
        }
        if (!pass && same) return s;
        if (!pass && n > INT32_MAX) lime_throw("OutOfMemoryError", "Requested array size exceeds VM limit");
        if (pass) return r;
    }
    return s;
}

LimeString *lime_string_toUpperCase_(LimeString *s) { return map_case(s, true); }
LimeString *lime_string_toLowerCase_(LimeString *s) { return map_case(s, false); }

LimeArray *lime_string_getBytes_(LimeString *s) {
    char *u = lime_rt_string_to_utf8(s);
    /* to_utf8 writes a NUL char as a 0 byte too: count the bytes instead */
    int64_t n = 0;
    for (int32_t i = 0; i < s->length; i++) {
        uint16_t c = s->chars[i];
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < s->length && s->chars[i + 1] >= 0xdc00 && s->chars[i + 1] < 0xe000) {
            n += 4;
            i++;
        } else {
            n += c < 0x80 || (c >= 0xd800 && c < 0xe000) ? 1 : c < 0x800 ? 2 : 3;
        }
    }
    if (n > INT32_MAX) lime_throw("OutOfMemoryError", "Requested array size exceeds VM limit");
    LimeArray *a = lime_new_typed_array(&lime_array_type_byte, (int32_t)n);
    memcpy((char *)a + LIME_ARRAY_DATA_OFFSET, u, (size_t)n);
    return a;
}

static void check_range(int32_t offset, int32_t count, int32_t length) {
    if (offset < 0 || count < 0 || offset > length - count) {
        char msg[96];
        snprintf(msg, sizeof msg, "offset %d, count %d, length %d", offset, count, length);
        lime_throw("StringIndexOutOfBoundsException", msg);
    }
}

LimeString *lime_string_new_(void) { return lime_rt_new_string(0); }

/* new String(s): a new object (== tells it from s, as in Java), the same chars. */
LimeString *lime_string_new_T(LimeString *s) {
    if (!s) lime_throw_null_pointer();
    LimeString *copy = lime_rt_new_string(s->length);
    memcpy(copy->chars, s->chars, 2 * (size_t)s->length);
    return copy;
}

/* The JDK's messages for a null array: its constructors read value.length
 * (or bytes.length) first. */
#define ARRAY_LENGTH_OF_NULL(name) "Cannot read the array length because \"" name "\" is null"

LimeString *lime_string_new_ACII(LimeArray *v, int32_t offset, int32_t count) {
    if (!v) lime_throw_null_pointer_message(ARRAY_LENGTH_OF_NULL("value"));
    check_range(offset, count, v->length);
    LimeString *r = lime_rt_new_string(count);
    memcpy(r->chars, (char *)v + LIME_ARRAY_DATA_OFFSET + (size_t)offset * 2, (size_t)count * 2);
    return r;
}

LimeString *lime_string_new_AC(LimeArray *v) {
    if (!v) lime_throw_null_pointer_message(ARRAY_LENGTH_OF_NULL("value"));
    return lime_string_new_ACII(v, 0, v->length);
}

static bool is_cont(int b) { return (b & 0xc0) == 0x80; }

/* UTF-8 as JDK 17's String(byte[]) decodes it: each malformed or truncated
 * sequence becomes U+FFFD, as many bytes per replacement as its decoder
 * takes (a surrogate's three bytes are one). */
LimeString *lime_string_new_ABII(LimeArray *v, int32_t offset, int32_t length) {
    if (!v) lime_throw_null_pointer_message(ARRAY_LENGTH_OF_NULL("bytes"));
    check_range(offset, length, v->length);
    const unsigned char *p = (const unsigned char *)v + LIME_ARRAY_DATA_OFFSET + offset;
    uint16_t *out = GC_MALLOC_ATOMIC((size_t)length * 2 + 2);
    int32_t o = 0, i = 0, n = length;
    while (i < n) {
        int b1 = p[i++];
        if (b1 < 0x80) {
            out[o++] = (uint16_t)b1;
        } else if (b1 >= 0xc2 && b1 <= 0xdf) {
            if (i < n && is_cont(p[i])) out[o++] = (uint16_t)(((b1 & 0x1f) << 6) | (p[i++] & 0x3f));
            else out[o++] = 0xfffd;
        } else if (b1 >= 0xe0 && b1 <= 0xef) {
            if (i + 1 < n) {
                int b2 = p[i], b3 = p[i + 1];
                if ((b1 == 0xe0 && (b2 & 0xe0) == 0x80) || !is_cont(b2)) {
                    out[o++] = 0xfffd;
                } else if (!is_cont(b3)) {
                    out[o++] = 0xfffd;
                    i += 1;
                } else {
                    int c = ((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
                    out[o++] = c >= 0xd800 && c < 0xe000 ? 0xfffd : (uint16_t)c;
                    i += 2;
                }
            } else {
                out[o++] = 0xfffd;
                if (i < n && !((b1 == 0xe0 && (p[i] & 0xe0) == 0x80) || !is_cont(p[i]))) break;
            }
        } else if (b1 >= 0xf0 && b1 <= 0xf7) {
            bool bad2 = i < n && ((b1 == 0xf0 && (p[i] < 0x90 || p[i] > 0xbf)) || (b1 == 0xf4 && (p[i] & 0xf0) != 0x80) ||
                                  !is_cont(p[i]));
            if (i + 2 < n) {
                int b2 = p[i], b3 = p[i + 1], b4 = p[i + 2];
                int32_t uc = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
                if (!is_cont(b2) || !is_cont(b3) || !is_cont(b4) || uc < 0x10000 || uc > 0x10ffff) {
                    out[o++] = 0xfffd;
                    if (b1 > 0xf4 || bad2) continue;
                    i += is_cont(b3) ? 2 : 1;
                } else {
                    uc -= 0x10000;
                    out[o++] = (uint16_t)(0xd800 + (uc >> 10));
                    out[o++] = (uint16_t)(0xdc00 + (uc & 0x3ff));
                    i += 3;
                }
            } else {
                out[o++] = 0xfffd;
                if (b1 > 0xf4 || bad2) continue;
                i++;
                if (i < n && !is_cont(p[i])) continue;
                break;
            }
        } else {
            out[o++] = 0xfffd;
        }
    }
    LimeString *r = lime_rt_new_string(o);
    memcpy(r->chars, out, (size_t)o * 2);
    return r;
}

LimeString *lime_string_new_AB(LimeArray *v) {
    if (!v) lime_throw_null_pointer_message(ARRAY_LENGTH_OF_NULL("bytes"));
    return lime_string_new_ABII(v, 0, v->length);
}

LimeString *lime_string_join_TAT(LimeString *delim, LimeArray *elems) {
    /* the JDK's order and messages: delimiter.toString(), then elements.length */
    if (!delim) lime_throw_null_pointer_message("Cannot invoke \"java.lang.CharSequence.toString()\" because \"delimiter\" is null");
    if (!elems) lime_throw_null_pointer_message(ARRAY_LENGTH_OF_NULL("elements"));
    LimeString **e = (LimeString **)((char *)elems + LIME_ARRAY_DATA_OFFSET);
    LimeString *nul = const_string("null");
    int64_t n = 0;
    for (int32_t i = 0; i < elems->length; i++) n += (e[i] ? e[i] : nul)->length + (i ? delim->length : 0);
    if (n > INT32_MAX) lime_throw("OutOfMemoryError", "Requested array size exceeds VM limit");
    LimeString *r = lime_rt_new_string((int32_t)n);
    int32_t o = 0;
    for (int32_t i = 0; i < elems->length; i++) {
        if (i) {
            memcpy(r->chars + o, delim->chars, (size_t)delim->length * 2);
            o += delim->length;
        }
        LimeString *t = e[i] ? e[i] : nul;
        memcpy(r->chars + o, t->chars, (size_t)t->length * 2);
        o += t->length;
    }
    return r;
}

LimeString *lime_string_valueOf_ACII(LimeArray *v, int32_t offset, int32_t count) {
    return lime_string_new_ACII(v, offset, count);
}
LimeString *lime_string_copyValueOf_AC(LimeArray *v) { return lime_string_new_AC(v); }
LimeString *lime_string_copyValueOf_ACII(LimeArray *v, int32_t offset, int32_t count) {
    return lime_string_new_ACII(v, offset, count);
}

/* ---- String.intern ----------------------------------------------------
 * The pool of JLS 3.10.5: the program's literals (the generated main
 * registers them, lime_rt_string_literals: a compiler-emitted constant is
 * already the one instance of its contents in its module), then each
 * interned string whose contents no literal has, the first one interned
 * standing for the rest.  Open addressing on Java's hash code; the table
 * is GC memory reached from a static root. */
static LimeString *const *literal_strings;
static int32_t nliteral_strings;
static LimeString **pool;
static int32_t pool_cap, pool_len;

void lime_rt_string_literals(LimeString *const *literals, int32_t n) {
    literal_strings = literals;
    nliteral_strings = n;
}

static bool same_chars(const LimeString *a, const LimeString *b) {
    return a->length == b->length && !memcmp(a->chars, b->chars, 2 * (size_t)a->length);
}

/* The pool's instance with s's contents; s becomes it when none is there. */
static LimeString *pool_find_or_add(LimeString *s) {
    if (pool_len * 2 >= pool_cap) {
        LimeString **old = pool;
        int32_t old_cap = pool_cap;
        pool_cap = pool_cap ? pool_cap * 2 : 1024;
        pool = lime_alloc((int64_t)sizeof(LimeString *) * pool_cap);
        pool_len = 0;
        for (int32_t i = 0; i < old_cap; i++)
            if (old[i]) pool_find_or_add(old[i]);
    }
    uint32_t mask = (uint32_t)pool_cap - 1;
    for (uint32_t i = (uint32_t)lime_string_hashCode_(s) & mask;; i = (i + 1) & mask) {
        if (!pool[i]) {
            pool[i] = s;
            pool_len++;
            return s;
        }
        if (same_chars(pool[i], s)) return pool[i];
    }
}

LimeString *lime_string_intern_(LimeString *s) {
    if (!pool)
        for (int32_t i = 0; i < nliteral_strings; i++) pool_find_or_add(literal_strings[i]);
    if (!pool) pool_find_or_add(s); /* no literals: s starts the pool */
    return pool_find_or_add(s);
}
