/* format.c: java.util.Formatter as JDK 17 behaves with its default
 * (English) locale: String.format, PrintStream.printf and .format.
 *
 * The arguments come as Java passes them to format(String, Object...): an
 * Object[] whose primitives are boxed (lime_box_of_*, the java.lang
 * wrapper objects: { class, value }); the compiler builds that array for a
 * variable-arity call.  The format string is parsed whole first (a bad
 * specifier throws before any output), then printed piece by piece; printf
 * writes what it formatted before an exception, as the JVM's PrintStream
 * does.  Floating-point conversions start from the digits of FloatingDecimal
 * (numfmt.c) and round them HALF_UP, as the JDK's Formatter does (so %.2f
 * of 1.005 is 1.01).  Written from the Formatter specification and
 * experiments against the JVM. */
#include <gc.h>
#include <setjmp.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- boxes -------------------------------------------------------------- */

enum { BOX_Z, BOX_C, BOX_B, BOX_S, BOX_I, BOX_J, BOX_F, BOX_D, NBOX };

static const LimeClass box_class[NBOX] = {
    {.name = "java.lang.Boolean", .size = 16}, {.name = "java.lang.Character", .size = 16}, {.name = "java.lang.Byte", .size = 16},  {.name = "java.lang.Short", .size = 16},
    {.name = "java.lang.Integer", .size = 16}, {.name = "java.lang.Long", .size = 16},      {.name = "java.lang.Float", .size = 16}, {.name = "java.lang.Double", .size = 16},
};

typedef struct Box {
    const LimeClass *cls;
    union {
        bool z;
        uint16_t c;
        int64_t j; /* B, S, I, J: the value sign-extended */
        float f;
        double d;
    } v;
} Box;

static Box *new_box(int k) { return (Box *)lime_new_object(&box_class[k]); }

#define BOX_OF(T, K, field, ctype)                                                          \
    void *lime_box_of_##T(ctype v) {                                                           \
        Box *b = new_box(K);                                                                   \
        b->v.field = v;                                                                        \
        return b;                                                                              \
    }
BOX_OF(Z, BOX_Z, z, bool)
BOX_OF(C, BOX_C, c, uint16_t)
BOX_OF(B, BOX_B, j, int8_t)
BOX_OF(S, BOX_S, j, int16_t)
BOX_OF(I, BOX_I, j, int32_t)
BOX_OF(J, BOX_J, j, int64_t)
BOX_OF(F, BOX_F, f, float)
BOX_OF(D, BOX_D, d, double)
#undef BOX_OF

/* BOX_* of a box, else -1. */
static int box_kind(const void *p) {
    const LimeClass *c = ((const LimeObject *)p)->cls;
    return c >= box_class && c < box_class + NBOX ? (int)(c - box_class) : -1;
}

/* The library's wrapper objects (lib/java/lang/Integer.java ...: the
 * class's one instance field, `value`, right after the header) as the
 * runtime's boxes, which the conversions read; anything else as it is. */
static void *as_box(void *p) {
    if (!p || lime_rt_is_string(p) || lime_rt_is_array(p) || box_kind(p) >= 0) return p;
    const char *name = ((const LimeObject *)p)->cls->name;
    const char *value = (const char *)p + sizeof(LimeObject);
    for (int k = 0; k < NBOX; k++) {
        if (strcmp(name, box_class[k].name)) continue;
        switch (k) {
        case BOX_Z: return lime_box_of_Z(*(const bool *)value);
        case BOX_C: return lime_box_of_C(*(const uint16_t *)value);
        case BOX_B: return lime_box_of_B(*(const int8_t *)value);
        case BOX_S: return lime_box_of_S(*(const int16_t *)value);
        case BOX_I: return lime_box_of_I(*(const int32_t *)value);
        case BOX_J: return lime_box_of_J(*(const int64_t *)value);
        case BOX_F: return lime_box_of_F(*(const float *)value);
        default: return lime_box_of_D(*(const double *)value);
        }
    }
    return p;
}

static LimeArray *as_boxes(LimeArray *args) {
    if (!args) return NULL;
    LimeArray *out = lime_new_typed_array(&lime_array_type_Object, args->length);
    void **from = (void **)((char *)args + LIME_ARRAY_DATA_OFFSET), **to = (void **)((char *)out + LIME_ARRAY_DATA_OFFSET);
    for (int32_t i = 0; i < args->length; i++) to[i] = as_box(from[i]);
    return out;
}

/* What an argument is. */
enum { A_NULL = -4, A_STRING, A_ARRAY, A_OBJECT }; /* boxes: BOX_* (>= 0) */

static int arg_kind(void *p) {
    if (!p) return A_NULL;
    if (lime_rt_is_string(p)) return A_STRING;
    if (lime_rt_is_array(p)) return A_ARRAY;
    int k = box_kind(p);
    return k >= 0 ? k : A_OBJECT;
}

/* The Java class name of a non-null argument */
static const char *class_name(void *p) {
    switch (arg_kind(p)) {
    case A_STRING: return "java.lang.String";
    case A_ARRAY: return lime_rt_array_name(p);
    default: return ((LimeObject *)p)->cls->name;
    }
}

/* ---- a growing UTF-16 buffer -------------------------------------------- */

typedef struct {
    uint16_t *c;
    int32_t n, cap;
} Buf;

static void reserve(Buf *b, int64_t more) {
    if (b->n + more <= b->cap) return;
    int64_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + more) cap *= 2;
    if (cap > INT32_MAX) lime_throw("OutOfMemoryError", "Requested array size exceeds VM limit");
    uint16_t *c = GC_MALLOC_ATOMIC((size_t)cap * 2);
    if (!c) lime_throw("OutOfMemoryError", "Java heap space");
    if (b->n) memcpy(c, b->c, (size_t)b->n * 2);
    b->c = c;
    b->cap = (int32_t)cap;
}

static void put(Buf *b, uint16_t u) {
    reserve(b, 1);
    b->c[b->n++] = u;
}

static void put_units(Buf *b, const uint16_t *u, int32_t n) {
    reserve(b, n);
    memcpy(b->c + b->n, u, (size_t)n * 2);
    b->n += n;
}

static void put_ascii(Buf *b, const char *s, int n) {
    reserve(b, n);
    for (int i = 0; i < n; i++) b->c[b->n++] = (unsigned char)s[i];
}

static void put_cstr(Buf *b, const char *s) { put_ascii(b, s, (int)strlen(s)); }

static void insert_at(Buf *b, int32_t at, uint16_t u, int32_t count) {
    if (count <= 0) return;
    reserve(b, count);
    memmove(b->c + at + count, b->c + at, (size_t)(b->n - at) * 2);
    for (int32_t i = 0; i < count; i++) b->c[at + i] = u;
    b->n += count;
}

static LimeString *buf_string(const Buf *b) {
    LimeString *s = lime_rt_new_string(b->n);
    if (b->n) memcpy(s->chars, b->c, (size_t)b->n * 2);
    return s;
}

/* ---- specifiers ---------------------------------------------------------- */

enum {
    F_MINUS = 1, F_ALT = 2, F_PLUS = 4, F_SPACE = 8, F_ZERO = 16, F_GROUP = 32, F_PAREN = 64, F_PREV = 128,
    F_UPPER = 256,
};

typedef struct {
    int32_t start, end;   /* fixed text: fmt[start, end); conv == 0 */
    int index;            /* > 0 explicit (1-based); 0 ordinary; -1 previous ('<'); -2 text (%n, %%) */
    int flags;
    int width, prec;      /* -1: none */
    char conv;            /* lower case; 't' for date/time */
    char dt;              /* the date/time conversion after t/T */
} Spec;

/* Where a java.util error goes instead of being thrown (formatPrefix). */
typedef struct {
    jmp_buf jb;
    LimeString *text;     /* the output before the error */
    char name[128], msg[512];
} Escape;

typedef struct {
    const LimeString *fmt;
    Buf out;
    int stream;           /* 0: String.format; 1: System.out; 2: System.err */
    Escape *escape;       /* non-NULL: errors jump there */
} Fmt;

static void emit(Fmt *F) {
    if (!F->stream || !F->out.n) return;
    LimeString *s = buf_string(&F->out);
    if (F->stream == 1) lime_system_out_print_T(s);
    else lime_system_err_print_T(s);
    F->out.n = 0;
}

/* Throws java.util.<cls> with a printf-made message, after printf's
 * output so far. */
static _Noreturn __attribute__((format(printf, 3, 4))) void fail(Fmt *F, const char *cls, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char name[128];
    snprintf(name, sizeof name, "java.util.%s", cls);
    if (F->escape) {
        Escape *e = F->escape;
        e->text = buf_string(&F->out);
        snprintf(e->name, sizeof e->name, "%s", name);
        snprintf(e->msg, sizeof e->msg, "%s", msg);
        longjmp(e->jb, 1);
    }
    emit(F);
    lime_throw(name, msg);
}

/* Flags as Formatter.Flags.toString writes them. */
static const char *flag_text(int f, char *buf) {
    static const struct { int bit; char c; } order[] = {
        {F_MINUS, '-'}, {F_UPPER, '^'}, {F_ALT, '#'}, {F_PLUS, '+'}, {F_SPACE, ' '},
        {F_ZERO, '0'},  {F_GROUP, ','}, {F_PAREN, '('}, {F_PREV, '<'},
    };
    int n = 0;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (f & order[i].bit) buf[n++] = order[i].c;
    buf[n] = 0;
    return buf;
}

/* The specifier as FormatSpecifier.toString writes it (messages). */
static const char *spec_text(const Spec *s, char *buf, size_t size) {
    char fl[16];
    int n = snprintf(buf, size, "%%%s", flag_text(s->flags & ~F_UPPER, fl));
    if (s->index > 0) n += snprintf(buf + n, size - (size_t)n, "%d$", s->index);
    if (s->width != -1) n += snprintf(buf + n, size - (size_t)n, "%d", s->width);
    if (s->prec != -1) n += snprintf(buf + n, size - (size_t)n, ".%d", s->prec);
    char c = s->conv;
    if (c == 't') {
        n += snprintf(buf + n, size - (size_t)n, "%c", (s->flags & F_UPPER) ? 'T' : 't');
        c = s->dt;
    } else if (s->flags & F_UPPER) {
        c = (char)(c - 'a' + 'A');
    }
    snprintf(buf + n, size - (size_t)n, "%c", c);
    return buf;
}

static _Noreturn void fail_mismatch(Fmt *F, int flag, char conv) {
    char fl[16];
    fail(F, "FormatFlagsConversionMismatchException", "Conversion = %c, Flags = %s", conv, flag_text(flag, fl));
}

/* Fails on the first of the flags listed (in that order) that s has. */
static void bad_flags(Fmt *F, const Spec *s, const int *list, int n) {
    for (int i = 0; i < n; i++)
        if (s->flags & list[i]) fail_mismatch(F, list[i], s->conv);
}
#define BAD_FLAGS(F, s, ...)                                                                   \
    do {                                                                                       \
        static const int bad_[] = {__VA_ARGS__};                                               \
        bad_flags(F, s, bad_, (int)(sizeof bad_ / sizeof bad_[0]));                            \
    } while (0)

static void missing_width(Fmt *F, const Spec *s) {
    char t[64];
    fail(F, "MissingFormatWidthException", "%s", spec_text(s, t, sizeof t));
}

static void check_numeric(Fmt *F, const Spec *s) {
    if ((s->flags & (F_MINUS | F_ZERO)) && s->width == -1) missing_width(F, s);
    if (((s->flags & F_PLUS) && (s->flags & F_SPACE)) || ((s->flags & F_MINUS) && (s->flags & F_ZERO))) {
        char fl[16];
        fail(F, "IllegalFormatFlagsException", "Flags = '%s'", flag_text(s->flags, fl));
    }
}

/* The checks FormatSpecifier makes when it is parsed. */
static void check_spec(Fmt *F, Spec *s) {
    switch (s->conv) {
    case 'b': case 'h': case 's':
        if (s->conv != 's' && (s->flags & F_ALT)) fail_mismatch(F, F_ALT, s->conv);
        if (s->width == -1 && (s->flags & F_MINUS)) missing_width(F, s);
        BAD_FLAGS(F, s, F_PLUS, F_SPACE, F_ZERO, F_GROUP, F_PAREN);
        break;
    case 'c':
        if (s->prec != -1) fail(F, "IllegalFormatPrecisionException", "%d", s->prec);
        BAD_FLAGS(F, s, F_ALT, F_PLUS, F_SPACE, F_ZERO, F_GROUP, F_PAREN);
        if (s->width == -1 && (s->flags & F_MINUS)) missing_width(F, s);
        break;
    case 'd': case 'o': case 'x':
        check_numeric(F, s);
        if (s->prec != -1) fail(F, "IllegalFormatPrecisionException", "%d", s->prec);
        if (s->conv == 'd') BAD_FLAGS(F, s, F_ALT);
        else BAD_FLAGS(F, s, F_GROUP);
        break;
    case 'e': case 'f': case 'g': case 'a':
        check_numeric(F, s);
        if (s->conv == 'a') BAD_FLAGS(F, s, F_PAREN, F_GROUP);
        else if (s->conv == 'e') BAD_FLAGS(F, s, F_GROUP);
        else if (s->conv == 'g') BAD_FLAGS(F, s, F_ALT);
        break;
    case '%': case 'n': {
        char fl[16];
        if (s->prec != -1) fail(F, "IllegalFormatPrecisionException", "%d", s->prec);
        if (s->conv == '%') {
            if ((s->flags & ~(F_MINUS | F_UPPER)) != 0)
                fail(F, "IllegalFormatFlagsException", "Flags = '%s'", flag_text(s->flags, fl));
            if (s->width == -1 && (s->flags & F_MINUS)) missing_width(F, s);
        } else {
            if (s->width != -1) fail(F, "IllegalFormatWidthException", "%d", s->width);
            if (s->flags) fail(F, "IllegalFormatFlagsException", "Flags = '%s'", flag_text(s->flags, fl));
        }
        s->index = -2;
        break;
    }
    case 't':
        if (s->prec != -1) fail(F, "IllegalFormatPrecisionException", "%d", s->prec);
        if (!strchr("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc", s->dt)) fail(F, "UnknownFormatConversionException", "Conversion = 't%c'", s->dt);
        BAD_FLAGS(F, s, F_ALT, F_PLUS, F_SPACE, F_ZERO, F_GROUP, F_PAREN);
        if (s->width == -1 && (s->flags & F_MINUS)) missing_width(F, s);
        break;
    }
}

static bool is_digit(uint16_t c) { return c >= '0' && c <= '9'; }

/* A decimal number at fmt[*i] (digits known to follow); saturates. */
static int number(const LimeString *f, int32_t *i) {
    int64_t v = 0;
    while (*i < f->length && is_digit(f->chars[*i])) {
        if (v < INT32_MAX) v = v * 10 + (f->chars[*i] - '0');
        (*i)++;
    }
    return v > INT32_MAX ? INT32_MAX : (int)v;
}

static int flag_bit(uint16_t c) {
    switch (c) {
    case '-': return F_MINUS;
    case '#': return F_ALT;
    case '+': return F_PLUS;
    case ' ': return F_SPACE;
    case '0': return F_ZERO;
    case ',': return F_GROUP;
    case '(': return F_PAREN;
    case '<': return F_PREV;
    default: return 0;
    }
}

static bool is_alpha(uint16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Parses %[index$][flags][width][.precision][t]conversion at fmt[n] == '%'
 * as Formatter's pattern does; returns the index after it. */
static int32_t parse_spec(Fmt *F, int32_t n, Spec *s) {
    const LimeString *f = F->fmt;
    int32_t len = f->length, i = n + 1;
    memset(s, 0, sizeof *s);
    s->width = s->prec = -1;
    if (i >= len) fail(F, "UnknownFormatConversionException", "Conversion = '%%'");
    uint16_t first = f->chars[i];
    /* the pattern: try it; on no match the message names the character after % */
    int32_t j = i;
    int index = 0;
    if (is_digit(f->chars[j])) {
        int32_t k = j;
        while (k < len && is_digit(f->chars[k])) k++;
        if (k < len && f->chars[k] == '$') {
            index = number(f, &j);
            j++; /* '$' */
            if (index <= 0) index = -3; /* checked below */
        }
    }
    int32_t flags_start = j;
    while (j < len && flag_bit(f->chars[j])) j++;
    int32_t flags_end = j;
    int width = -1, prec = -1;
    if (j < len && is_digit(f->chars[j])) width = number(f, &j);
    if (j + 1 < len && f->chars[j] == '.' && is_digit(f->chars[j + 1])) {
        j++;
        prec = number(f, &j);
    }
    bool dt = false, dt_upper = false;
    if (j < len && (f->chars[j] == 't' || f->chars[j] == 'T') && j + 1 < len && is_alpha(f->chars[j + 1])) {
        dt = true;
        dt_upper = f->chars[j] == 'T';
        j++;
    }
    if (j >= len || !(is_alpha(f->chars[j]) || f->chars[j] == '%')) {
        if (first < 0x80) fail(F, "UnknownFormatConversionException", "Conversion = '%c'", (char)first);
        LimeString *one = lime_rt_new_string(1);
        one->chars[0] = first;
        fail(F, "UnknownFormatConversionException", "Conversion = '%s'", lime_rt_string_to_utf8(one));
    }
    uint16_t conv = f->chars[j++];
    /* what the specifier's constructor checks, in its order */
    if (index == -3) fail(F, "IllegalFormatArgumentIndexException", "Illegal format argument index = %d", 0);
    s->index = index;
    for (int32_t k = flags_start; k < flags_end; k++) {
        int bit = flag_bit(f->chars[k]);
        if (s->flags & bit) fail(F, "DuplicateFormatFlagsException", "Flags = '%c'", (char)f->chars[k]);
        s->flags |= bit;
    }
    if (s->flags & F_PREV) s->index = -1;
    s->width = width;
    s->prec = prec;
    if (dt) {
        s->conv = 't';
        s->dt = (char)conv;
        if (dt_upper) s->flags |= F_UPPER;
    } else {
        if (!strchr("bBhHsScCdoxXeEfgGaA%n", (char)conv))
            fail(F, "UnknownFormatConversionException", "Conversion = '%c'", (char)conv);
        if (conv >= 'A' && conv <= 'Z') {
            s->flags |= F_UPPER;
            conv = (uint16_t)(conv - 'A' + 'a');
        }
        s->conv = (char)conv;
    }
    check_spec(F, s);
    return j;
}

/* ---- printing ------------------------------------------------------------ */

/* Pads b from `from` to the width, left- or right-justified. */
static void justify(Fmt *F, const Spec *s, Buf *b) {
    if (s->width != -1 && b->n < s->width) {
        if (s->flags & F_MINUS) insert_at(b, b->n, ' ', s->width - b->n);
        else insert_at(b, 0, ' ', s->width - b->n);
    }
    put_units(&F->out, b->c, b->n);
}

static void upper_ascii(Buf *b, int32_t from, int32_t to) {
    for (int32_t i = from; i < to; i++)
        if (b->c[i] >= 'a' && b->c[i] <= 'z') b->c[i] = (uint16_t)(b->c[i] - 'a' + 'A');
}

/* Formatter.print(String): precision cuts, %S upper-cases, then justify. */
static void print_text(Fmt *F, const Spec *s, const uint16_t *u, int32_t n) {
    if (s->prec != -1 && s->prec < n) n = s->prec;
    Buf b = {0};
    if (s->flags & F_UPPER) {
        LimeString *t = lime_rt_new_string(n);
        memcpy(t->chars, u, (size_t)n * 2);
        t = lime_string_toUpperCase_(t);
        put_units(&b, t->chars, t->length);
    } else {
        put_units(&b, u, n);
    }
    justify(F, s, &b);
}

static void print_cstr(Fmt *F, const Spec *s, const char *c) {
    Buf b = {0};
    put_cstr(&b, c);
    print_text(F, s, b.c, b.n);
}

static void print_string(Fmt *F, const Spec *s, const LimeString *t) { print_text(F, s, t->chars, t->length); }

static LimeString *to_string(void *p) {
    char buf[40];
    const Box *b = p;
    switch (arg_kind(p)) {
    case BOX_Z: return lime_rt_string_from_ascii(b->v.z ? "true" : "false", b->v.z ? 4 : 5);
    case BOX_C: return lime_string_of_C(b->v.c);
    case BOX_B: case BOX_S: case BOX_I: case BOX_J: return lime_rt_string_from_ascii(buf, lime_rt_fmt_long(b->v.j, buf));
    case BOX_F: return lime_rt_string_from_ascii(buf, lime_rt_fmt_float(b->v.f, buf));
    case BOX_D: return lime_rt_string_from_ascii(buf, lime_rt_fmt_double(b->v.d, buf));
    default: return lime_rt_string_of_any(p);
    }
}

/* Object.hashCode as each class computes it. */
static int32_t hash_of(void *p) {
    const Box *b = p;
    switch (arg_kind(p)) {
    case A_STRING: return lime_string_hashCode_(p);
    case BOX_Z: return b->v.z ? 1231 : 1237;
    case BOX_C: return b->v.c;
    case BOX_B: case BOX_S: case BOX_I: return (int32_t)b->v.j;
    case BOX_J: return (int32_t)(b->v.j ^ (int64_t)((uint64_t)b->v.j >> 32));
    case BOX_F: return lime_float_floatToIntBits_F(b->v.f);
    case BOX_D: {
        int64_t bits = lime_double_doubleToLongBits_D(b->v.d);
        return (int32_t)(bits ^ (int64_t)((uint64_t)bits >> 32));
    }
    default: return (int32_t)lime_rt_identity_hash(p);
    }
}

static _Noreturn void fail_conversion(Fmt *F, const Spec *s, void *arg) {
    fail(F, "IllegalFormatConversionException", "%c != %s", s->conv == 't' ? s->dt : s->conv, class_name(arg));
}

static void print_char(Fmt *F, const Spec *s, void *arg) {
    int k = arg_kind(arg);
    if (k == A_NULL) return print_cstr(F, s, "null");
    int32_t cp;
    if (k == BOX_C) cp = ((Box *)arg)->v.c;
    else if (k == BOX_B || k == BOX_S || k == BOX_I) {
        cp = (int32_t)((Box *)arg)->v.j;
        if (cp < 0 || cp > 0x10FFFF)
            fail(F, "IllegalFormatCodePointException", "Code point = 0x%x", (unsigned)cp);
    } else fail_conversion(F, s, arg);
    uint16_t u[2];
    int n = 1;
    if (cp >= 0x10000) {
        u[0] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
        u[1] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        n = 2;
    } else {
        u[0] = (uint16_t)cp;
    }
    print_text(F, s, u, n);
}

static void leading_sign(Buf *b, const Spec *s, bool neg) {
    if (!neg) {
        if (s->flags & F_PLUS) put(b, '+');
        else if (s->flags & F_SPACE) put(b, ' ');
    } else {
        put(b, (s->flags & F_PAREN) ? '(' : '-');
    }
}

static void trailing_sign(Buf *b, const Spec *s, bool neg) {
    if (neg && (s->flags & F_PAREN)) put(b, ')');
}

static int adjust_width(const Spec *s, int width, bool neg) {
    return width != -1 && neg && (s->flags & F_PAREN) ? width - 1 : width;
}

/* Digits (and one '.') of m onto b with grouping, then zeros after the
 * sign up to width (-1: none). */
static void magnitude(Buf *b, const Spec *s, const char *m, int width) {
    int32_t begin = b->n;
    int len = (int)strlen(m);
    const char *dotp = strchr(m, '.');
    int dot = dotp ? (int)(dotp - m) : len;
    for (int j = 0; j < len; j++) {
        put(b, (uint16_t)m[j]);
        if (j != dot && (s->flags & F_GROUP) && j < dot - 1 && (dot - j) % 3 == 1) put(b, ',');
    }
    if (width != -1 && (s->flags & F_ZERO) && b->n < width) insert_at(b, begin, '0', width - b->n);
}

/* %o or %x digits onto b: '#''s 0 or 0x, then zeros up to the width
 * (len: what the text has without them), the digits (upper-cased for %X) */
static void radix_digits(Buf *b, const Spec *s, const char *digits, int len) {
    if (s->flags & F_ALT) {
        put_cstr(b, s->conv == 'o' ? "0" : (s->flags & F_UPPER) ? "0X" : "0x");
        len += s->conv == 'o' ? 1 : 2;
    }
    if ((s->flags & F_ZERO) && s->width > len) insert_at(b, b->n, '0', s->width - len);
    int32_t at = b->n;
    put_cstr(b, digits);
    if (s->flags & F_UPPER) upper_ascii(b, at, b->n);
}

/* The digits of |v| for a java.math.BigInteger v (its toString, the
 * library's) in radix 10, 8 or 16, lower case; *neg says whether v < 0. */
static char *big_digits(void *v, int radix, bool *neg) {
    const LimeString *t = lime_rt_string_of_any(v);
    *neg = t->length > 0 && t->chars[0] == '-';
    int n = t->length - (*neg ? 1 : 0);
    char *d = GC_MALLOC_ATOMIC((size_t)n + 1);
    for (int i = 0; i < n; i++) d[i] = (char)t->chars[i + (*neg ? 1 : 0)];
    d[n] = 0;
    if (radix == 10) return d;
    /* repeated division of the decimal digits by the radix: the remainders
     * are the new digits, least significant first */
    char *out = GC_MALLOC_ATOMIC((size_t)n * 4 + 2);
    int len = n, k = 0;
    while (len > 1 || d[0] != '0') {
        int r = 0, w = 0;
        for (int i = 0; i < len; i++) {
            r = r * 10 + (d[i] - '0');
            if (w > 0 || r / radix > 0) d[w++] = (char)('0' + r / radix);
            r %= radix;
        }
        out[k++] = "0123456789abcdef"[r];
        if (w == 0) d[w++] = '0';
        len = w;
    }
    if (k == 0) out[k++] = '0';
    for (int i = 0; i < k / 2; i++) {
        char c = out[i];
        out[i] = out[k - 1 - i];
        out[k - 1 - i] = c;
    }
    out[k] = 0;
    return out;
}

/* %d, %o, %x of a java.math.BigInteger, as the JDK's: a signed magnitude
 * (no two's complement), '#' adding 0 or 0x after the sign, '0' padding
 * after those */
static void print_big_integer(Fmt *F, const Spec *s, void *arg) {
    Buf b = {0};
    bool neg;
    char *digits = big_digits(arg, s->conv == 'd' ? 10 : s->conv == 'o' ? 8 : 16, &neg);
    leading_sign(&b, s, neg);
    if (s->conv == 'd') {
        magnitude(&b, s, digits, adjust_width(s, s->width, neg));
    } else {
        radix_digits(&b, s, digits, (int)strlen(digits) + b.n + (neg && (s->flags & F_PAREN) ? 1 : 0));
    }
    trailing_sign(&b, s, neg);
    justify(F, s, &b);
}

static void print_integer(Fmt *F, const Spec *s, void *arg) {
    int k = arg_kind(arg);
    if (k == A_NULL) return print_cstr(F, s, "null");
    if (k == A_OBJECT && !strcmp(class_name(arg), "java.math.BigInteger")) return print_big_integer(F, s, arg);
    if (k != BOX_B && k != BOX_S && k != BOX_I && k != BOX_J) fail_conversion(F, s, arg);
    int64_t v = ((Box *)arg)->v.j;
    Buf b = {0};
    char digits[80];
    if (s->conv == 'd') {
        bool neg = v < 0;
        uint64_t u = neg ? 0 - (uint64_t)v : (uint64_t)v;
        snprintf(digits, sizeof digits, "%llu", (unsigned long long)u);
        leading_sign(&b, s, neg);
        magnitude(&b, s, digits, adjust_width(s, s->width, neg));
        trailing_sign(&b, s, neg);
    } else {
        BAD_FLAGS(F, s, F_PAREN, F_SPACE, F_PLUS);
        int bits = k == BOX_B ? 8 : k == BOX_S ? 16 : k == BOX_I ? 32 : 64;
        uint64_t u = bits == 64 ? (uint64_t)v : (uint64_t)v & ((1ULL << bits) - 1);
        snprintf(digits, sizeof digits, s->conv == 'x' ? "%llx" : "%llo", (unsigned long long)u);
        radix_digits(&b, s, digits, (int)strlen(digits));
    }
    justify(F, s, &b);
}

/* Rounds the n digits d (0.d * 10^*e) HALF_UP to keep digits, as
 * FormattedFloatingDecimal.applyPrecision: keep < 0 or >= n: unchanged;
 * keep 0: "1" one place up, or "0".  Returns the number of digits left. */
static int round_digits(char *d, int n, int keep, int *e) {
    if (keep < 0 || keep >= n) return n;
    if (keep == 0) {
        if (d[0] >= '5') (*e)++;
        d[0] = d[0] >= '5' ? '1' : '0';
        return 1;
    }
    if (d[keep] >= '5') {
        int i = keep - 1;
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i < 0) {
            d[0] = '1';
            (*e)++;
        } else {
            d[i]++;
        }
    }
    return keep;
}

/* Plain notation of 0.d * 10^e with prec fraction digits (d rounded
 * already) into m. */
static void plain(char *m, const char *d, int n, int e, int prec, bool alt) {
    int k = 0;
    if (e > 0)
        for (int i = 0; i < e; i++) m[k++] = i < n ? d[i] : '0';
    else m[k++] = '0';
    if (prec > 0 || alt) m[k++] = '.';
    for (int i = 0; i < prec; i++) {
        int at = e + i;
        m[k++] = at >= 0 && at < n ? d[at] : '0';
    }
    m[k] = 0;
}

/* Scientific: d[0] '.' d[1..prec], zeros added; the exponent into x. */
static void scientific(char *m, char *x, const char *d, int n, int e, int prec, bool alt, bool zero) {
    int k = 0;
    m[k++] = d[0];
    if (prec > 0 || alt) m[k++] = '.';
    for (int i = 1; i <= prec; i++) m[k++] = i < n ? d[i] : '0';
    m[k] = 0;
    int ex = zero ? 0 : e - 1;
    snprintf(x, 16, "%c%02d", ex < 0 ? '-' : '+', ex < 0 ? -ex : ex);
}

static void hex_float(Buf *b, const Spec *s, double v, bool neg);

/* The significand m (zeros after the sign up to what the width leaves
 * the exponent) then e or E and the exponent x. */
static void put_scientific(Buf *b, const Spec *s, const char *m, const char *x, bool neg) {
    int w = s->width == -1 ? -1 : adjust_width(s, s->width - (int)strlen(x) - 1, neg);
    magnitude(b, s, m, w);
    put(b, (s->flags & F_UPPER) ? 'E' : 'e');
    put_cstr(b, x);
}

/* %f, %e, %g of a java.math.BigDecimal, as the JDK's: its exact digits
 * (read back from its toString, which is exact) rounded HALF_UP.  A zero
 * keeps its scale: %e of 0.000 is 0.000000e-03, and %g takes the
 * scientific form for any zero but the one of scale 0. */
static void print_big_decimal(Fmt *F, const Spec *s, void *arg) {
    const LimeString *t = lime_rt_string_of_any(arg);
    bool neg = t->length > 0 && t->chars[0] == '-';
    char *d = GC_MALLOC_ATOMIC((size_t)t->length + 2);
    int n = 0, frac = -1;
    int64_t scale = 0;
    for (int i = neg ? 1 : 0; i < t->length; i++) {
        uint16_t c = t->chars[i];
        if (c == '.') frac = 0;
        else if (c == 'E') {
            int64_t x = 0;
            for (int j = i + 2; j < t->length; j++) x = x * 10 + (t->chars[j] - '0');
            scale = t->chars[i + 1] == '-' ? x : -x;
            break;
        } else {
            if (n == 1 && d[0] == '0') n = 0; /* a leading zero */
            d[n++] = (char)c;
            if (frac >= 0) frac++;
        }
    }
    d[n] = 0;
    if (frac > 0) scale += frac;
    bool zero = n == 1 && d[0] == '0';
    int e = (int)(n - scale); /* the value is 0.d * 10^e */
    Buf b = {0};
    bool alt = (s->flags & F_ALT) != 0;
    char c = s->conv;
    int prec = s->prec == -1 ? 6 : s->prec;
    if (c == 'g') {
        if (s->prec == 0) prec = 1;
        int re = e;
        char *r = GC_MALLOC_ATOMIC((size_t)n + 1);
        memcpy(r, d, (size_t)n + 1);
        if (!zero) round_digits(r, n, prec, &re);
        if ((zero && scale == 0) || (!zero && re - 1 >= -4 && re <= prec)) {
            c = 'f';
            prec -= zero ? 1 : re;
        } else {
            c = 'e';
            prec -= 1;
        }
    }
    leading_sign(&b, s, neg);
    size_t need = (size_t)prec + (size_t)(e > 0 ? e : 1) + (size_t)n + 8;
    char *m = GC_MALLOC_ATOMIC(need), x[24];
    if (c == 'f') {
        if (zero) e = 1;
        else if (e + prec < 0) n = 0;
        else n = round_digits(d, n, e + prec, &e);
        plain(m, d, n, e, prec, alt);
        magnitude(&b, s, m, adjust_width(s, s->width, neg));
    } else {
        /* the JDK rounds to prec + 1 digits (one fewer scale a dropped
         * digit, and one more for a carry); a result of scale 0 and 10
         * digits gets the exponent +9, not +09 (its layout's quirk) */
        int len = n, e0 = e;
        int64_t sc = scale;
        if (!zero && n > prec + 1) {
            len = prec + 1;
            sc -= n - len;
            n = round_digits(d, n, prec + 1, &e);
            if (e != e0) sc--;
        }
        scientific(m, x, d, n, e, prec, alt, false);
        if (sc == 0 && len == 10) strcpy(x, "+9");
        put_scientific(&b, s, m, x, neg);
    }
    trailing_sign(&b, s, neg);
    justify(F, s, &b);
}

static void print_float(Fmt *F, const Spec *s, void *arg) {
    int k = arg_kind(arg);
    if (k == A_NULL) return print_cstr(F, s, "null");
    if (k == A_OBJECT && s->conv != 'a' && !strcmp(class_name(arg), "java.math.BigDecimal")) return print_big_decimal(F, s, arg);
    double v;
    if (k == BOX_F) v = ((Box *)arg)->v.f;
    else if (k == BOX_D) v = ((Box *)arg)->v.d;
    else fail_conversion(F, s, arg);
    Buf b = {0};
    bool upper = (s->flags & F_UPPER) != 0;
    if (isnan(v)) {
        put_cstr(&b, upper ? "NAN" : "NaN");
        return justify(F, s, &b);
    }
    bool neg = signbit(v) != 0;
    double a = fabs(v);
    leading_sign(&b, s, neg);
    if (isinf(a)) {
        put_cstr(&b, upper ? "INFINITY" : "Infinity");
        trailing_sign(&b, s, neg);
        return justify(F, s, &b);
    }
    if (s->conv == 'a') {
        hex_float(&b, s, a, neg);
        trailing_sign(&b, s, neg);
        return justify(F, s, &b);
    }
    char d[32], x[16], small[400];
    int e = 1, n = 1;
    bool alt = (s->flags & F_ALT) != 0;
    char c = s->conv;
    int prec = s->prec == -1 ? 6 : s->prec;
    d[0] = '0';
    if (a != 0) n = lime_rt_double_digits(a, d, &e);
    if (c == 'g') {
        if (s->prec == 0) prec = 1;
        if (a == 0) {
            c = 'f';
            prec -= 1;
        } else {
            n = round_digits(d, n, prec, &e);
            if (e - 1 >= -4 && e <= prec) {
                c = 'f';
                prec -= e;
            } else {
                c = 'e';
                prec -= 1;
            }
        }
    }
    size_t need = (size_t)prec + (e > 0 ? (size_t)e : 1) + 8;
    char *m = need <= sizeof small ? small : GC_MALLOC_ATOMIC(need);
    if (c == 'f') {
        if (a != 0) {
            if (e + prec < 0) n = 0;
            else n = round_digits(d, n, e + prec, &e);
        }
        plain(m, d, n, e, prec, alt);
        magnitude(&b, s, m, adjust_width(s, s->width, neg));
    } else {
        if (a != 0) n = round_digits(d, n, prec + 1, &e);
        scientific(m, x, d, n, e, prec, alt, a == 0);
        put_scientific(&b, s, m, x, neg);
    }
    trailing_sign(&b, s, neg);
    justify(F, s, &b);
}

/* %a: Double.toHexString's form; a precision 1..12 rounds the significand
 * to that many hex digits (half even), subnormals being normalised then. */
static void hex_float(Buf *b, const Spec *s, double a, bool neg) {
    int prec = s->prec == -1 ? 0 : s->prec == 0 ? 1 : s->prec;
    bool upper = (s->flags & F_UPPER) != 0;
    union { double d; uint64_t u; } bits = {.d = a};
    uint64_t frac = bits.u & 0xFFFFFFFFFFFFFULL;
    int bexp = (int)(bits.u >> 52);
    char digits[32];
    int lead, exp;
    if (a == 0) {
        lead = 0, exp = 0;
        strcpy(digits, "0");
    } else if (prec == 0 || prec >= 13) {
        lead = bexp ? 1 : 0;
        exp = bexp ? bexp - 1023 : -1022;
        snprintf(digits, sizeof digits, "%013llx", (unsigned long long)frac);
        int k = 13;
        while (k > 1 && digits[k - 1] == '0') k--;
        digits[k] = 0;
    } else {
        if (bexp == 0) { /* normalise a subnormal */
            int sh = __builtin_clzll(frac) - 11;
            frac = (frac << sh) & 0xFFFFFFFFFFFFFULL;
            exp = -1022 - sh;
        } else {
            exp = bexp - 1023;
        }
        int drop = 52 - 4 * prec;
        uint64_t sig = (1ULL << 52) | frac;
        uint64_t keep = sig >> drop, rest = sig & ((1ULL << drop) - 1), half = 1ULL << (drop - 1);
        if (rest > half || (rest == half && (keep & 1))) keep++;
        if (keep >> (4 * prec + 1)) { /* carried into 2.0 */
            keep >>= 1;
            exp++;
        }
        lead = 1;
        if (exp > 1023) strcpy(digits, "0"); /* rounded up to 2^1024: the JDK prints 1.0p1024 */
        else snprintf(digits, sizeof digits, "%0*llx", prec, (unsigned long long)(keep & ((1ULL << (4 * prec)) - 1)));
    }
    int dl = (int)strlen(digits);
    put_cstr(b, upper ? "0X" : "0x");
    char ex[16];
    snprintf(ex, sizeof ex, "%d", exp);
    if ((s->flags & F_ZERO) && s->width != -1) {
        /* the JDK counts the digits before it pads them to the precision:
         * Double.toHexString's form of the rounded value */
        int short_dl = dl;
        while (short_dl > 1 && digits[short_dl - 1] == '0') short_dl--;
        int leading = (s->flags & (F_SPACE | F_PLUS)) || neg ? 3 : 2;
        int z = s->width - (2 + short_dl + 1 + (int)strlen(ex)) - leading;
        if (z > 0) insert_at(b, b->n, '0', z);
    }
    int32_t at = b->n;
    put(b, (uint16_t)('0' + lead));
    put(b, '.');
    put_cstr(b, digits);
    for (int i = dl; i < prec; i++) put(b, '0');
    if (upper) upper_ascii(b, at, b->n);
    put(b, upper ? 'P' : 'p');
    put_cstr(b, ex);
}

static void print_spec(Fmt *F, const Spec *s, void *arg) {
    char buf[16];
    switch (s->conv) {
    case 'b': {
        int k = arg_kind(arg);
        bool v = k == A_NULL ? false : k == BOX_Z ? ((Box *)arg)->v.z : true;
        return print_cstr(F, s, v ? "true" : "false");
    }
    case 'h':
        if (!arg) return print_cstr(F, s, "null");
        snprintf(buf, sizeof buf, "%x", (unsigned)hash_of(arg));
        return print_cstr(F, s, buf);
    case 's':
        if (s->flags & F_ALT) fail_mismatch(F, F_ALT, 's');
        return print_string(F, s, to_string(arg));
    case 'c': return print_char(F, s, arg);
    case 'd': case 'o': case 'x': return print_integer(F, s, arg);
    case 'e': case 'f': case 'g': case 'a': return print_float(F, s, arg);
    case 't':
        if (!arg) return print_cstr(F, s, "null");
        if (arg_kind(arg) != BOX_J) fail_conversion(F, s, arg);
        emit(F);
        lime_throw("UnsupportedOperationException", "date/time conversions (%t) are not in Lime's library");
    default: abort();
    }
}

static LimeString *run(LimeString *fmt, LimeArray *args, int stream, Escape *escape) {
    /* the JDK's message: its Formatter.parse(String s) reads s.length() */
    if (!fmt) lime_throw_null_pointer_message("Cannot invoke \"String.length()\" because \"s\" is null");
    args = as_boxes(args);
    Fmt F = {.fmt = fmt, .stream = stream, .escape = escape};
    /* parse everything first */
    int32_t len = fmt->length, cap = 8, ns = 0;
    Spec *specs = GC_MALLOC_ATOMIC(sizeof(Spec) * (size_t)cap);
    for (int32_t i = 0; i < len;) {
        if (ns + 2 > cap) {
            Spec *bigger = GC_MALLOC_ATOMIC(sizeof(Spec) * (size_t)cap * 2);
            memcpy(bigger, specs, sizeof(Spec) * (size_t)ns);
            specs = bigger;
            cap *= 2;
        }
        int32_t p = i;
        while (p < len && fmt->chars[p] != '%') p++;
        if (p > i) {
            Spec *t = &specs[ns++];
            memset(t, 0, sizeof *t);
            t->start = i, t->end = p;
        }
        if (p >= len) break;
        i = parse_spec(&F, p, &specs[ns++]);
    }
    /* then print, fetching arguments as Formatter does */
    void **a = args ? (void **)((char *)args + LIME_ARRAY_DATA_OFFSET) : NULL;
    int32_t na = args ? args->length : 0;
    int last = -1, ordinary = -1;
    for (int k = 0; k < ns; k++) {
        Spec *s = &specs[k];
        if (!s->conv) {
            put_units(&F.out, fmt->chars + s->start, s->end - s->start);
            continue;
        }
        char t[64];
        switch (s->index) {
        case -2:
            if (s->conv == 'n') put(&F.out, '\n');
            else print_cstr(&F, s, "%");
            continue;
        case -1:
            if (last < 0 || (args && last > na - 1))
                fail(&F, "MissingFormatArgumentException", "Format specifier '%s'", spec_text(s, t, sizeof t));
            break;
        case 0:
            last = ++ordinary;
            if (args && last > na - 1)
                fail(&F, "MissingFormatArgumentException", "Format specifier '%s'", spec_text(s, t, sizeof t));
            break;
        default:
            last = s->index - 1;
            if (args && last > na - 1)
                fail(&F, "MissingFormatArgumentException", "Format specifier '%s'", spec_text(s, t, sizeof t));
        }
        print_spec(&F, s, args ? a[last] : NULL);
    }
    if (stream) {
        emit(&F);
        return NULL;
    }
    return buf_string(&F.out);
}

LimeString *lime_string_format_TAO(LimeString *fmt, LimeArray *args) { return run(fmt, args, 0, NULL); }
void lime_system_out_printf_TAO(LimeString *fmt, LimeArray *args) { run(fmt, args, 1, NULL); }
void lime_system_out_format_TAO(LimeString *fmt, LimeArray *args) { run(fmt, args, 1, NULL); }
void lime_system_err_printf_TAO(LimeString *fmt, LimeArray *args) { run(fmt, args, 2, NULL); }
void lime_system_err_format_TAO(LimeString *fmt, LimeArray *args) { run(fmt, args, 2, NULL); }

/* java.io's PrintWriter.format and PrintStream.format on a stream that is
 * not System.out or System.err (lib/java/io): they write the text, then
 * throw the error that stopped it, as a Formatter writing as it goes does.
 * formatPrefix returns the text (all of it, or what comes before the
 * java.util error, which it keeps for this thread's throwFormatError). */
static __thread bool pending;
static __thread char pending_name[128], pending_msg[512];

LimeString *lime_native_java_io_PrintStream_formatPrefix(LimeString *fmt, LimeArray *args) {
    Escape *e = GC_MALLOC(sizeof *e);
    if (!e) lime_throw("OutOfMemoryError", "Java heap space");
    if (setjmp(e->jb)) {
        pending = true;
        memcpy(pending_name, e->name, sizeof pending_name);
        memcpy(pending_msg, e->msg, sizeof pending_msg);
        return e->text;
    }
    return run(fmt, args, 0, e);
}

void lime_native_java_io_PrintStream_throwFormatError(void) {
    if (!pending) return;
    pending = false;
    lime_throw(pending_name, pending_msg);
}

/* For String.valueOf(Object) and printing: a box as its value's text. */
LimeString *lime_rt_box_string(void *p) { return box_kind(p) >= 0 ? to_string(p) : NULL; }
