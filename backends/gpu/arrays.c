/* arrays.c: the arrays a kernel function makes for itself.
 *
 * `int[] h = new int[8]` in a body becomes an array in the work-item's
 * private memory: a buffer per allocation site, hoisted to the function's
 * top (kernel.c), zeroed each time the site runs, and the array a
 * `{p, n}` of a private pointer.  One buffer serves every array the site
 * makes, which is Java's semantics only when no older array of the site
 * can be read once a newer one exists, so a site is taken only when:
 *   - its length is a constant from 0 to PRIVATE_MAX_BYTES of elements,
 *     its elements primitive (one dimension);
 *   - its array is used only to read and store elements, read its length
 *     and check an index, and is stored into at most one local, which
 *     holds nothing but arrays stored straight from sites (never a copy
 *     from another local, a parameter or an operand), and which is not
 *     read between the site and that store (the older array it holds
 *     would already be the newer one's zeros);
 *   - nothing else takes it: no call, return, field, comparison.
 * A function's arrays live no longer than its call, as the arrays cannot
 * leave it.
 *
 * A multi-rate filter (gpu_rate_arrays, for a kernel over whole periods:
 * kernel.c) takes its T[[N]] parameter as such an array too (the caller's
 * buffer of the firing's items, read only here: value arrays are never
 * stored into), and may return such an array, which the return copies into
 * the caller's buffer for the firing's result (the function's value: the
 * array's length, checked by the caller against the filter's rate). */
#include "gpu.h"

#include <stdarg.h>
#include <stdio.h>

enum { PRIVATE_MAX_BYTES = 4096 };

typedef struct ArrayWalk {
    IrFunc *f;
    PrivateArrays *pa;
    Reason *why;
    bool failed;
    int64_t *const_of;     /* temp -> its int constant, or -1 */
    int *seq_of;           /* a site's temp -> the order it ran in */
    int *last_load;        /* local -> the order of its last load */
    bool *local_other;     /* local -> holds some other array (a parameter, an operand, a copy) */
    int *site_local;       /* a site's temp -> the local it is stored into, or -1 */
    int seq;
    bool returns;          /* a multi-rate filter returning its result array (gpu_rate_arrays) */
    bool param;            /* ... taking its T[[N]] parameter as a private array */
    bool *input;           /* temp -> holds that parameter */
} ArrayWalk;

static void fail(ArrayWalk *w, Loc loc, const char *fmt, ...) {
    if (w->failed) return;
    w->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->why->text, sizeof w->why->text, fmt, ap);
    va_end(ap);
    w->why->loc = loc;
}

static const char *fname(IrFunc *f) { return f->decl ? f->decl->name : f->name; }

/* Bytes of a primitive element (a bit word: its int or long). */
static int64_t elem_bytes(Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: case TY_BYTE: return 1;
    case TY_SHORT: case TY_CHAR: return 2;
    case TY_INT: case TY_FLOAT: return 4;
    default: return 8;
    }
}

/* Whether operand k of in may be an array the function made (returns: a
 * multi-rate filter's result may be one). */
static bool use_ok(IrInst *in, int k, bool returns) {
    switch (in->op) {
    case IR_RETURN: return returns;
    case IR_ARRAY_LOAD: case IR_ARRAY_STORE: case IR_CHECK_BOUNDS: return k == 0;
    case IR_ARRAY_LEN: case IR_CHECK_NULL: case IR_STORE_LOCAL: return true;
    default: return false;
    }
}

static void visit(IrInst *in, void *ctx) {
    ArrayWalk *w = ctx;
    PrivateArrays *pa = w->pa;
    w->seq++;
    for (int k = 0; k < in->nargs; k++)
        if (pa->temp[in->args[k]] && !use_ok(in, k, w->returns))
            fail(w, in->loc, "%s '%s' passed on (%s)", w->input[in->args[k]] ? "the input array of" : "an array made in",
                 fname(w->f), ir_op_name(in->op));
    if (w->returns && in->op == IR_RETURN && in->nargs == 1 && !pa->temp[in->args[0]])
        fail(w, in->loc, "'%s' returns an array it did not make", fname(w->f));
    switch (in->op) {
    case IR_CONST:
        if (in->ty == ty_int) w->const_of[in->dst] = in->ival;
        break;
    case IR_CHECK_SIZE:
        w->const_of[in->dst] = w->const_of[in->args[0]];
        break;
    case IR_NEW_ARRAY: {
        Type *t = in->ty;
        int64_t n = in->nargs == 1 ? w->const_of[in->args[0]] : -1;
        if (!is_primitive(t->elem) || n < 0 || n * elem_bytes(t->elem) > PRIVATE_MAX_BYTES) {
            fail(w, in->loc, "allocation in '%s' (an array a kernel keeps needs a constant length of at most %d bytes)",
                 fname(w->f), PRIVATE_MAX_BYTES);
            break;
        }
        pa->temp[in->dst] = true;
        pa->len[in->dst] = (int)n;
        pa->site_ty[in->dst] = t;
        w->seq_of[in->dst] = w->seq;
        break;
    }
    case IR_LOAD_LOCAL:
        w->last_load[in->local->id] = w->seq;
        if (pa->local[in->local->id]) pa->temp[in->dst] = true;
        if (w->param && in->local->id == 0) w->input[in->dst] = true;
        break;
    case IR_CHECK_NULL:
        if (pa->temp[in->args[0]]) pa->temp[in->dst] = true;
        w->input[in->dst] = w->input[in->args[0]];
        break;
    case IR_STORE_LOCAL: {
        int l = in->local->id, v = in->args[0];
        bool from_site = pa->len[v] >= 0 && w->seq_of[v] >= 0;
        if (!pa->temp[v]) {
            if (in->local->ty->kind == TY_ARRAY) {
                w->local_other[l] = true;
                if (pa->local[l]) fail(w, in->loc, "local '%s' of '%s' holds arrays made there and others", in->local->name, fname(w->f));
            }
            break;
        }
        if (!from_site || in->local->is_param || w->local_other[l] || (w->site_local[v] >= 0 && w->site_local[v] != l)) {
            fail(w, in->loc, "%s '%s' copied or shared ('%s')", w->input[v] ? "the input array of" : "an array made in",
                 fname(w->f), in->local->name);
            break;
        }
        if (w->last_load[l] > w->seq_of[v]) {
            fail(w, in->loc, "'%s' read in '%s' while a new array for it is made", in->local->name, fname(w->f));
            break;
        }
        w->site_local[v] = l;
        pa->local[l] = true;
        break;
    }
    default: break;
    }
}

static bool arrays_of(IrFunc *f, PrivateArrays *pa, Reason *why, bool param, bool returns) {
    size_t nt = (size_t)f->ntemps + 1, nl = (size_t)f->locals.len + 1;
    pa->temp = xalloc(sizeof(bool) * nt);
    pa->local = xalloc(sizeof(bool) * nl);
    pa->len = xalloc(sizeof(int) * nt);
    pa->site_ty = xalloc(sizeof(Type *) * nt);
    ArrayWalk w = {f, pa, why, false, xalloc(sizeof(int64_t) * nt), xalloc(sizeof(int) * nt), xalloc(sizeof(int) * nl),
                   xalloc(sizeof(bool) * nl), xalloc(sizeof(int) * nt), 0, returns, param, xalloc(sizeof(bool) * nt)};
    for (size_t i = 0; i < nt; i++) w.const_of[i] = -1, pa->len[i] = -1, w.seq_of[i] = -1, w.site_local[i] = -1;
    for (size_t i = 0; i < nl; i++) w.last_load[i] = -1;
    for (int i = 0; i < f->nparams; i++)
        if (((IrLocal *)f->locals.items[i])->ty->kind == TY_ARRAY) w.local_other[i] = true;
    if (param) pa->local[0] = true; /* the firing's items, in the caller's buffer */
    ir_walk(f->body, visit, &w);
    return !w.failed;
}

bool gpu_private_arrays(IrFunc *f, PrivateArrays *pa, Reason *why) { return arrays_of(f, pa, why, false, false); }

bool gpu_rate_arrays(IrFunc *f, PrivateArrays *pa, Reason *why, bool param, bool result) {
    return arrays_of(f, pa, why, param, result);
}
