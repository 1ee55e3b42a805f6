/* mathsrc.c: java.lang.Math's transcendental members in OpenCL C, from the
 * runtime's own source (runtime/fdlibm_common.h, carried in limec as
 * lime_fdlibm_common_source: see the Makefile), so that a kernel computes
 * them with the CPU's operations in the CPU's order, bit for bit.
 *
 * The source is cut into units by marker lines `/ *@unit NAME needs
 * DEP...* /` (no spaces); a kernel gets the OpenCL spellings of what the
 * source asks its includer for (cl_defs), then the units of the members it
 * calls and the units those need, in the file's order. */
#include "gpu.h"

#include <string.h>

extern const char lime_fdlibm_common_source[];

/* What fdlibm_common.h asks its includer to define, in OpenCL C. */
static const char cl_defs[] =
    "/* java.lang.Math from the runtime's source (runtime/fdlibm_common.h) */\n"
    "#define LM_API static\n"
    "#define LM_CONST __constant\n"
    "typedef int lm_i32;\n"
    "typedef uint lm_u32;\n"
    "typedef long lm_i64;\n"
    "typedef ulong lm_u64;\n"
    "#define lm_bits(x) as_ulong(x)\n"
    "#define lm_from_bits(u) as_double(u)\n";

/* The members whose units are named after them (their parameters and
 * result are double). */
static const char *const math_members[] = {"exp",  "log",  "log10", "pow",  "sin",  "cos",  "tan",
                                           "asin", "acos", "atan",  "atan2", "sinh", "cosh", "tanh",
                                           "cbrt", "hypot", "expm1", "log1p", NULL};

typedef struct Unit {
    const char *name;
    Vec needs;          /* const char *: unit names */
    const char *text;   /* from after the marker line to the next marker */
    size_t len;
    bool used;
} Unit;

static const char MARKER[] = "/*@unit ";

/* The source's units in file order (parsed once). */
static Vec *units(void) {
    static Vec all;
    if (all.len) return &all;
    const char *p = strstr(lime_fdlibm_common_source, MARKER);
    while (p) {
        Unit *u = xalloc(sizeof *u);
        const char *eol = strchr(p, '\n');
        LIME_ASSERT(eol && eol[-1] == '/' && eol[-2] == '*');
        char *head = xstrndup(p + strlen(MARKER), (size_t)(eol - 2 - (p + strlen(MARKER))));
        char *save = NULL;
        u->name = strtok_r(head, " ", &save);
        const char *word = strtok_r(NULL, " ", &save);
        if (word) {
            LIME_ASSERT(!strcmp(word, "needs"));
            while ((word = strtok_r(NULL, " ", &save))) vec_push(&u->needs, (void *)word);
        }
        u->text = eol + 1;
        p = strstr(eol, MARKER);
        u->len = p ? (size_t)(p - u->text) : strlen(u->text);
        vec_push(&all, u);
    }
    return &all;
}

static Unit *find_unit(const char *name) {
    Vec *all = units();
    for (int i = 0; i < all->len; i++) {
        Unit *u = all->items[i];
        if (!strcmp(u->name, name)) return u;
    }
    return NULL;
}

bool gpu_math_member(const Builtin *b) {
    if (strcmp(b->owner, "Math")) return false;
    for (int i = 0; math_members[i]; i++)
        if (!strcmp(b->name, math_members[i])) return true;
    return false;
}

static void mark(Unit *u) {
    if (u->used) return;
    u->used = true;
    for (int i = 0; i < u->needs.len; i++) {
        Unit *dep = find_unit(u->needs.items[i]);
        LIME_ASSERT(dep);
        mark(dep);
    }
}

void gpu_math_source(StrBuf *out, const Vec *members) {
    if (!members->len) return;
    Vec *all = units();
    for (int i = 0; i < all->len; i++) ((Unit *)all->items[i])->used = false;
    for (int i = 0; i < members->len; i++) {
        const Builtin *b = members->items[i];
        Unit *u = find_unit(b->name);
        LIME_ASSERT(u); /* every math_members entry has its unit */
        mark(u);
    }
    sb_puts(out, cl_defs);
    for (int i = 0; i < all->len; i++) {
        Unit *u = all->items[i];
        if (u->used) sb_printf(out, "%.*s", (int)u->len, u->text);
    }
    sb_putc(out, '\n');
}
