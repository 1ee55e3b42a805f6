/* window.c: which stateful filters keep a fixed-length window of their past
 * inputs, an analysis of the verified IR for every backend.
 *
 * A filter is windowed when, each item, every piece of its state (a
 * primitive field, or an element of a primitive array field that is always
 * a fresh array of one fixed length) is set either to the item itself or to
 * the value another piece held before the item, and those links reach the
 * item within k steps: after k items the state is the last k inputs, in
 * known places, whatever it was before.  The FIR shape (`for (k = n-1; k >
 * 0; k--) h[k] = h[k-1]; h[0] = x;`) and `d = x - prev; prev = x;` are
 * windowed; a running sum, a state updated under a data-dependent branch, a
 * rotation, or a store of anything computed are not (`why_not` says which).
 *
 * How: the filter's method is run symbolically once, on one item `x`, with
 * each piece of state a symbol "what piece i held" (WindowSlot).  Loops and
 * branches whose conditions fold to constants (trip counts from the
 * window's length) are followed exactly; code under a condition that
 * depends on data is scanned as "may or may not run": a store to the state
 * there is conditional, and the locals it stores are unknown after it.
 *
 * A second run, once each slot's depth is known, plans the map form
 * (FilterWindow.uses): each window load read as the input some items back
 * (a point per constant index, or a line over the elements for an index
 * the data gives), each window store dropped, each fixed-length array's
 * length a constant.
 *
 * Invariant guaranteed to a backend for a windowed filter: running the
 * filter on items t0..t-1 and then on item t leaves and computes exactly
 * what it does when, instead, every slot is set before item t to the value
 * the filter's input had at t - 1 - depth (or, before the stream's start,
 * the value that slot `depth - t` links up to held at the start); the
 * filter stores nothing else (no other field, no array but its windows,
 * which never escape the object: see window_arrays_private), and reads
 * nothing that may change while the graph runs but its own state (no
 * mutable field of another object, no object or array handed to a call,
 * no call that reads such a field: walk_reads).  For a mapped one, the
 * map form computes what the method computes when its window holds the
 * items the plan names. */
#include <string.h>

#include "ir.h"

enum { MAX_STEPS = 2000000, MAX_LOOP_TRIPS = 100000, MAX_WINDOW_ARRAY = 4096 };

typedef enum SymKind {
    SYM_UNKNOWN,   /* anything else */
    SYM_CONST,     /* an integral or boolean constant: c */
    SYM_INPUT,     /* the item */
    SYM_SLOT,      /* what slot `slot` held when the item arrived */
    SYM_THIS,      /* the filter object */
    SYM_WINDOW,    /* the filter's window array `arr` */
    SYM_FIXED,     /* an array of another field of the object, always `len` long */
    SYM_FRESH,     /* constructor only: an array made here, elements in `elems` */
    SYM_NEW,       /* an object or array this run of the method made (no state of anyone yet) */
    SYM_LIN,       /* linear run: sum_d co[d] * input[i - d], d = 0..w->k */
} SymKind;

typedef struct Sym {
    SymKind kind;
    int64_t c;
    int slot, arr, len;
    struct Sym *elems;     /* SYM_FRESH: len elements; SYM_FIXED in the linear run: a constant array's, or NULL */
    int64_t *co;           /* SYM_LIN: w->k + 1 coefficients */
} Sym;

typedef enum Status { ST_NEXT, ST_BREAK, ST_CONTINUE, ST_RETURN, ST_ABORT, ST_FAIL } Status;

typedef struct Interp {
    IrFunc *f;
    FilterWindow *w;
    bool ctor;             /* running the constructor: state starts zeroed, nothing is rejected */
    Sym *temps, *locals, *slots;   /* slots: each slot's value now */
    Type **types;          /* each temp's type */
    int scan;              /* > 0: inside code that may or may not run */
    Vec scan_labels;       /* labels opened inside the scanned code */
    bool diverged;         /* a return inside scanned code may have left already */
    int label;             /* ST_BREAK / ST_CONTINUE / ST_ABORT: their label */
    long steps;
    bool plan;             /* second run: record each window access (WindowUse) */
    bool *to_window;       /* plan: temps whose only uses are values stored into the window */
    IrProgram *p;
    Vec fixed;             /* FieldDecl* array fields asked about ... */
    Vec fixed_len;         /* ... and their one length (intptr_t; -1: not fixed) */
    Vec obs;               /* plan: HistoryObs* per window load seen */
    const char *unmapped;  /* plan: why the method cannot run as a map */
    bool linear;           /* the linear run (ir_filter_linear): only what folds to a linear form */
    Type *lin_ty;          /* ... its item type (int or long) */
    Sym result;            /* ... the value returned */
    Vec ctor_arrays;       /* constructor: FieldDecl* of final array fields set to a fresh array ... */
    Vec ctor_elems;        /* ... and that array's Sym (SYM_FRESH) */
    const char *why;       /* ST_FAIL: why not windowed ... */
    Loc why_loc;           /* ... and where */
} Interp;

static const Sym unknown = {.kind = SYM_UNKNOWN};
static Sym sym(SymKind kind, int64_t c) { return (Sym){.kind = kind, .c = c}; }
static Sym sym_slot(int slot) { return (Sym){.kind = SYM_SLOT, .slot = slot}; }

/* p (n elements of size bytes) grown by one */
static void *grow(void *p, size_t size, int n) {
    void *q = xalloc(size * (size_t)(n + 1));
    if (n) memcpy(q, p, size * (size_t)n);
    return q;
}

static Status fail(Interp *it, Loc loc, const char *why) {
    if (!it->why) {
        it->why = why;
        it->why_loc = loc;
    }
    return ST_FAIL;
}

/* ------------------------------------------------------------ the state */

static int array_index(FilterWindow *w, FieldDecl *f) {
    for (int i = 0; i < w->narrays; i++)
        if (w->arrays[i] == f) return i;
    return -1;
}

static int scalar_slot(FilterWindow *w, FieldDecl *f) {
    for (int i = 0; i < w->nslots; i++)
        if (w->slots[i].field == f && w->slots[i].index < 0) return i;
    return -1;
}

/* the first slot of window array a (its elements' slots are consecutive) */
static int array_first_slot(FilterWindow *w, int a) {
    for (int i = 0; i < w->nslots; i++)
        if (w->slots[i].field == w->arrays[a]) return i;
    return -1;
}

Type *ir_slot_type(const WindowSlot *s) { return s->index < 0 ? s->field->ty : s->field->ty->elem; }

static void add_slot(FilterWindow *w, FieldDecl *f, int index) {
    w->slots = grow(w->slots, sizeof(WindowSlot), w->nslots);
    w->slots[w->nslots++] = (WindowSlot){.field = f, .index = index, .from = -1};
}

/* The instruction that defines each temp of f. */
typedef struct Defs {
    IrInst **def;
    int n;
} Defs;
static void note_def(IrInst *in, void *ctx) {
    Defs *d = ctx;
    if (in->dst >= 0 && in->dst < d->n) d->def[in->dst] = in;
}
static Defs defs_of(IrFunc *f) {
    Defs d = {.def = xalloc(sizeof(IrInst *) * (size_t)(f->ntemps + 1)), .n = f->ntemps};
    ir_walk(f->body, note_def, &d);
    return d;
}

/* Every use of temp t in f (and of what CHECK_NULL makes of it) is as the
 * array of an element access or a length, or (store_field: that field)
 * the value stored into the field: the array never goes anywhere else. */
typedef struct UseCheck {
    int temp;
    FieldDecl *store_field;
    bool ok;
    Vec more;              /* CHECK_NULL results of the temp, checked in turn */
    Loc loc;
} UseCheck;
static void check_use(IrInst *in, void *ctx) {
    UseCheck *u = ctx;
    for (int i = 0; i < in->nargs; i++) {
        if (in->args[i] != u->temp) continue;
        bool as_array = i == 0 && (in->op == IR_ARRAY_LOAD || in->op == IR_ARRAY_STORE || in->op == IR_ARRAY_LEN ||
                                   in->op == IR_CHECK_BOUNDS);
        if (in->op == IR_CHECK_NULL) vec_push(&u->more, (void *)(intptr_t)in->dst);
        else if (in->op == IR_STORE_FIELD && i == 1 && in->field == u->store_field) continue;
        else if (!as_array && u->ok) {
            u->ok = false;
            u->loc = in->loc;
        }
    }
}
static bool stays_an_array(IrFunc *f, int temp, FieldDecl *store_field, Loc *where) {
    UseCheck u = {.temp = temp, .store_field = store_field, .ok = true};
    vec_push(&u.more, (void *)(intptr_t)temp);
    for (int i = 0; i < u.more.len && u.ok; i++) {
        u.temp = (int)(intptr_t)u.more.items[i];
        ir_walk(f->body, check_use, &u);
    }
    if (!u.ok) *where = u.loc;
    return u.ok;
}

/* The constant length of a fresh array made by instruction d (NEW_ARRAY of
 * a constant, ARRAY_DATA), or -1. */
static int fresh_length(Defs *defs, IrInst *d) {
    if (!d) return -1;
    if (d->op == IR_ARRAY_DATA) return d->ndata;
    if (d->op != IR_NEW_ARRAY || d->nargs != 1) return -1;
    IrInst *size = d->args[0] < defs->n ? defs->def[d->args[0]] : NULL;
    IrInst *c = size && size->op == IR_CHECK_SIZE && size->args[0] < defs->n ? defs->def[size->args[0]] : NULL;
    return c && c->op == IR_CONST && c->ival >= 0 ? (int)c->ival : -1;
}

typedef struct ArrayScan {
    FieldDecl *field;
    IrFunc *f;
    Defs defs;
    int len;               /* the one length every store gives it (-1: none yet) */
    bool private;          /* also: the arrays never go anywhere but this field */
    const char *why;
    Loc loc;
} ArrayScan;
static void scan_array_field(IrInst *in, void *ctx) {
    ArrayScan *s = ctx;
    if (s->why || in->field != s->field) return;
    Loc where;
    if (in->op == IR_LOAD_FIELD) {
        if (s->private && !stays_an_array(s->f, in->dst, NULL, &where)) {
            s->why = xprintf("its window '%s' is passed on or copied, not only indexed", s->field->name);
            s->loc = where;
        }
    } else if (in->op == IR_STORE_FIELD) {
        IrInst *d = in->args[1] < s->defs.n ? s->defs.def[in->args[1]] : NULL;
        int len = fresh_length(&s->defs, d);
        if (len < 0 || (s->len >= 0 && len != s->len) || len > MAX_WINDOW_ARRAY) {
            s->why = xprintf("its window '%s' is not always a new array of one fixed length", s->field->name);
            s->loc = in->loc;
        } else if (s->private && !stays_an_array(s->f, d->dst, s->field, &where)) {
            s->why = xprintf("the array stored in its window '%s' is also used elsewhere", s->field->name);
            s->loc = where;
        } else {
            s->len = len;
        }
    }
}

/* Whether array field f is private to its object everywhere in the
 * program: every store puts a fresh array of one constant length in it
 * (*len), used for nothing else, and every read of it is only indexed or
 * measured.  Then no two objects, and no two fields, share it. */
static bool window_arrays_private(IrProgram *p, FieldDecl *f, int *len, const char **why, Loc *loc) {
    ArrayScan s = {.field = f, .len = -1, .private = true};
    for (int i = 0; i < p->funcs.len && !s.why; i++) {
        s.f = p->funcs.items[i];
        s.defs = defs_of(s.f);
        ir_walk(s.f->body, scan_array_field, &s);
    }
    if (!s.why && s.len < 0) {
        s.why = xprintf("its window '%s' is never given an array", f->name);
        s.loc = f->loc;
    }
    *why = s.why;
    *loc = s.loc;
    *len = s.len;
    return !s.why;
}

/* The one length of every array field f ever holds (-1: none known): every
 * store puts a fresh array of that constant length in it. */
static int fixed_length(Interp *it, FieldDecl *f) {
    for (int i = 0; i < it->fixed.len; i++)
        if (it->fixed.items[i] == f) return (int)(intptr_t)it->fixed_len.items[i];
    ArrayScan s = {.field = f, .len = -1};
    for (int i = 0; i < it->p->funcs.len && !s.why; i++) {
        s.f = it->p->funcs.items[i];
        s.defs = defs_of(s.f);
        ir_walk(s.f->body, scan_array_field, &s);
    }
    int len = s.why ? -1 : s.len;
    vec_push(&it->fixed, f);
    vec_push(&it->fixed_len, (void *)(intptr_t)len);
    return len;
}

/* The fields the filter's method stores into, directly or as an array's
 * elements: the candidates for its window.  Those stored through another
 * object are rejected by the interpretation. */
typedef struct Stored {
    Defs defs;
    Vec scalars, arrays;   /* FieldDecl* */
} Stored;
static void vec_add_once(Vec *v, void *x) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] == x) return;
    vec_push(v, x);
}
static IrInst *through_checknull(Defs *d, int temp) {
    IrInst *in = temp < d->n ? d->def[temp] : NULL;
    while (in && in->op == IR_CHECK_NULL) in = in->args[0] < d->n ? d->def[in->args[0]] : NULL;
    return in;
}
static void note_stored(IrInst *in, void *ctx) {
    Stored *s = ctx;
    if (in->op == IR_STORE_FIELD) vec_add_once(&s->scalars, in->field);
    if (in->op == IR_ARRAY_STORE) {
        IrInst *a = through_checknull(&s->defs, in->args[0]);
        if (a && a->op == IR_LOAD_FIELD) vec_add_once(&s->arrays, a->field);
    }
}

/* Linear run: constant array field f's elements (len of them) as
 * constants, or NULL when it is not one of the window's constant arrays. */
static Sym *const_elems(Interp *it, FieldDecl *f, int len) {
    for (int i = 0; i < it->w->nconsts; i++) {
        if (it->w->consts[i] != f || it->w->const_len[i] != len) continue;
        Sym *e = xalloc(sizeof(Sym) * (size_t)(len + 1));
        for (int k = 0; k < len; k++) e[k] = sym(SYM_CONST, it->w->const_vals[i][k]);
        return e;
    }
    return NULL;
}

/* Whether anything in the program stores into an element of the arrays
 * field f holds (through a read of f: window_arrays_private has shown
 * that its arrays go nowhere else). */
typedef struct ElemStores {
    FieldDecl *field;
    Defs defs;
    bool found;
} ElemStores;
static void find_elem_store(IrInst *in, void *ctx) {
    ElemStores *e = ctx;
    if (in->op != IR_ARRAY_STORE) return;
    IrInst *a = through_checknull(&e->defs, in->args[0]);
    if (!a || (a->op == IR_LOAD_FIELD && a->field == e->field)) e->found = true;
}

/* Whether final array field f keeps the elements its constructor gives it:
 * every array it ever holds is a fresh one of one length used only by
 * indexing (window_arrays_private) and no element of it is ever stored. */
static bool array_never_stored(IrProgram *p, FieldDecl *f) {
    int len;
    const char *why;
    Loc loc;
    if (!window_arrays_private(p, f, &len, &why, &loc)) return false;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *fn = p->funcs.items[i];
        ElemStores e = {.field = f, .defs = defs_of(fn)};
        ir_walk(fn->body, find_elem_store, &e);
        if (e.found) return false;
    }
    return true;
}

/* ------------------------------------------------------ the map's plan */

/* What the plan run saw one window load read: a point (index, offset) or,
 * once two points or an unknown index were seen, a line offset = base +
 * dir * index. */
typedef struct HistoryObs {
    IrInst *in;
    bool line;
    int index, offset;     /* the point */
    int base, dir;         /* the line */
} HistoryObs;

static WindowUse *use_of(FilterWindow *w, IrInst *in) {
    for (int i = 0; i < w->nuses; i++)
        if (w->uses[i].in == in) return &w->uses[i];
    w->uses = grow(w->uses, sizeof(WindowUse), w->nuses);
    w->uses[w->nuses] = (WindowUse){.in = in, .kind = WA_UNUSED, .len = -1};
    return &w->uses[w->nuses++];
}

const WindowUse *ir_window_use(const FilterWindow *w, const IrInst *in) {
    for (int i = 0; w && i < w->nuses; i++)
        if (w->uses[i].in == in) return &w->uses[i];
    return NULL;
}

static void unmapped(Interp *it, const char *why) {
    if (!it->unmapped) it->unmapped = why;
}

static void record(Interp *it, IrInst *in, WindowAccess kind, int len) {
    if (!it->plan) return;
    WindowUse *u = use_of(it->w, in);
    if (u->len >= 0 && u->len != len) unmapped(it, "one of its instructions measures arrays of different lengths");
    u->kind = kind;
    u->len = len;
}

/* How many items before the current one value v is (0: the item itself), or 1 when it is none. */
static int history_offset(Interp *it, Sym v) {
    if (v.kind == SYM_INPUT) return 0;
    if (v.kind == SYM_SLOT) return -1 - it->w->slots[v.slot].depth;
    return 1;
}

/* The window array a as a line of offsets over its elements, if it is one. */
static bool window_line(Interp *it, int a, int *base, int *dir) {
    int first = array_first_slot(it->w, a), len = it->w->array_len[a];
    *base = history_offset(it, it->slots[first]);
    *dir = len > 1 ? history_offset(it, it->slots[first + 1]) - *base : -1;
    if (*base > 0 || (*dir != 1 && *dir != -1)) return false;
    for (int e = 0; e < len; e++)
        if (history_offset(it, it->slots[first + e]) != *base + *dir * e) return false;
    return true;
}

/* Merges one more sighting of load in (a point, or a line when line) into
 * what the plan run saw of it before. */
static void observe(Interp *it, IrInst *in, bool line, int a, int b) {
    HistoryObs *o = NULL;
    for (int i = 0; i < it->obs.len && !o; i++)
        if (((HistoryObs *)it->obs.items[i])->in == in) o = it->obs.items[i];
    if (!o) {
        o = xalloc(sizeof *o);
        *o = line ? (HistoryObs){.in = in, .line = true, .base = a, .dir = b}
                  : (HistoryObs){.in = in, .index = a, .offset = b};
        vec_push(&it->obs, o);
        return;
    }
    bool fits;
    if (line && o->line) fits = o->base == a && o->dir == b;
    else if (line) fits = o->offset == a + b * o->index;
    else if (o->line) fits = b == o->base + o->dir * a;
    else if (a == o->index) fits = b == o->offset;
    else {
        int dir = (b - o->offset) / (a - o->index);
        fits = (dir == 1 || dir == -1) && b - o->offset == dir * (a - o->index);
        *o = (HistoryObs){.in = in, .line = true, .base = o->offset - dir * o->index, .dir = dir};
    }
    if (!fits) unmapped(it, "it reads its window in a way that is not a fixed view of its past items");
    if (line && !o->line) *o = (HistoryObs){.in = in, .line = true, .base = a, .dir = b};
}

/* A load of the window: what it reads, in items before the current one. */
static void record_load(Interp *it, IrInst *in, Sym v, Sym arr, Sym idx) {
    if (!it->plan) return;
    if (it->to_window[in->dst]) {
        record(it, in, WA_UNUSED, -1);
        return;
    }
    record(it, in, WA_HISTORY, -1);
    if (arr.kind != SYM_WINDOW) { /* a scalar slot */
        if (history_offset(it, v) > 0) unmapped(it, "it reads a slot that holds no past item");
        else observe(it, in, false, 0, history_offset(it, v));
        return;
    }
    int base, dir;
    if (idx.kind == SYM_CONST && history_offset(it, v) <= 0) observe(it, in, false, (int)idx.c, history_offset(it, v));
    else if (window_line(it, arr.arr, &base, &dir)) observe(it, in, true, base, dir);
    else unmapped(it, "it reads its window at an index that does not fix the item");
}

/* The plan's loads, once the run is over. */
static void finish_plan(Interp *it) {
    for (int i = 0; i < it->obs.len; i++) {
        HistoryObs *o = it->obs.items[i];
        WindowUse *u = use_of(it->w, o->in);
        u->offset = o->line ? o->base : o->offset;
        u->dir = o->line ? o->dir : 0;
    }
}

/* Whether each temp of f is used only as a value stored into the window. */
typedef struct WindowValues {
    FilterWindow *w;
    Defs defs;
    int *uses, *into_window;
} WindowValues;
static bool is_window_store(WindowValues *v, IrInst *in) {
    if (in->op == IR_STORE_FIELD) return scalar_slot(v->w, in->field) >= 0;
    if (in->op != IR_ARRAY_STORE) return false;
    IrInst *a = through_checknull(&v->defs, in->args[0]);
    return a && a->op == IR_LOAD_FIELD && array_index(v->w, a->field) >= 0;
}
static void count_window_values(IrInst *in, void *ctx) {
    WindowValues *v = ctx;
    int value = in->op == IR_STORE_FIELD ? 1 : 2;
    for (int i = 0; i < in->nargs; i++) {
        v->uses[in->args[i]]++;
        if (i == value && is_window_store(v, in)) v->into_window[in->args[i]]++;
    }
}
static bool *window_values(IrFunc *f, FilterWindow *w) {
    WindowValues v = {.w = w, .defs = defs_of(f)};
    v.uses = xalloc(sizeof(int) * (size_t)(f->ntemps + 1));
    v.into_window = xalloc(sizeof(int) * (size_t)(f->ntemps + 1));
    ir_walk(f->body, count_window_values, &v);
    bool *only = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    for (int t = 0; t < f->ntemps; t++) only[t] = v.uses[t] == v.into_window[t];
    return only;
}

/* --------------------------------------------------------- interpretation */

static int64_t wrap(Type *t, int64_t v) {
    switch (t->kind) {
    case TY_BOOLEAN: return v != 0;
    case TY_BYTE: return (int8_t)v;
    case TY_SHORT: return (int16_t)v;
    case TY_CHAR: return (uint16_t)v;
    case TY_INT: return (int32_t)v;
    default: return v;
    }
}

/* a binary or unary operation on constants, with Java's wrapping */
static Sym fold(IrInst *in, Sym a, Sym b) {
    bool two = in->nargs == 2;
    if (a.kind != SYM_CONST || (two && b.kind != SYM_CONST)) return unknown;
    if (!is_integral(in->ty) && in->ty->kind != TY_BOOLEAN) return unknown;
    uint64_t x = (uint64_t)a.c, y = (uint64_t)b.c;
    int64_t r;
    switch (in->op) {
    case IR_ADD: r = (int64_t)(x + y); break;
    case IR_SUB: r = (int64_t)(x - y); break;
    case IR_MUL: r = (int64_t)(x * y); break;
    case IR_AND: r = (int64_t)(x & y); break;
    case IR_OR: r = (int64_t)(x | y); break;
    case IR_XOR: r = (int64_t)(x ^ y); break;
    case IR_NEG: r = (int64_t)(0 - x); break;
    case IR_NOT: r = !a.c; break;
    case IR_COMPL: r = (int64_t)~x; break;
    case IR_EQ: r = a.c == b.c; break;
    case IR_NE: r = a.c != b.c; break;
    case IR_LT: r = a.c < b.c; break;
    case IR_LE: r = a.c <= b.c; break;
    case IR_GT: r = a.c > b.c; break;
    case IR_GE: r = a.c >= b.c; break;
    case IR_CONV: r = a.c; break;
    default: return unknown;
    }
    return sym(SYM_CONST, wrap(in->ty, r));
}

static Sym arg(Interp *it, IrInst *in, int i) { return it->temps[in->args[i]]; }

static void set(Interp *it, IrInst *in, Sym v) {
    if (in->dst >= 0) it->temps[in->dst] = v;
}

/* a store of v into slot s */
static Status store_slot(Interp *it, IrInst *in, int s, Sym v) {
    if (it->ctor) {
        it->slots[s] = it->scan ? unknown : v;
        return ST_NEXT;
    }
    WindowSlot *ws = &it->w->slots[s];
    if (it->scan)
        return fail(it, in->loc, xprintf("it updates '%s' only on some paths (a condition on the data decides)",
                                         ws->field->name));
    if (it->diverged)
        return fail(it, in->loc, xprintf("it updates '%s' only on some paths (an earlier return may leave first)",
                                         ws->field->name));
    if (v.kind != SYM_INPUT && v.kind != SYM_SLOT)
        return fail(it, in->loc, xprintf("it stores a computed value in '%s', not an earlier input: its state "
                                         "is not a window of past items",
                                         ws->field->name));
    it->slots[s] = v;
    record(it, in, WA_SKIP, -1);
    return ST_NEXT;
}

static Status exec_block(Interp *it, IrBlock *b);

typedef struct Snapshot {
    Sym *temps, *locals, *slots;
    bool diverged;
} Snapshot;
static Sym *copy_syms(const Sym *s, int n) {
    Sym *c = xalloc(sizeof(Sym) * (size_t)(n + 1));
    memcpy(c, s, sizeof(Sym) * (size_t)n);
    return c;
}
static Snapshot snapshot(Interp *it) {
    return (Snapshot){copy_syms(it->temps, it->f->ntemps), copy_syms(it->locals, it->f->locals.len),
                      copy_syms(it->slots, it->w->nslots), it->diverged};
}
static void restore(Interp *it, Snapshot *s) {
    memcpy(it->temps, s->temps, sizeof(Sym) * (size_t)it->f->ntemps);
    memcpy(it->locals, s->locals, sizeof(Sym) * (size_t)it->f->locals.len);
    memcpy(it->slots, s->slots, sizeof(Sym) * (size_t)it->w->nslots);
    it->diverged = s->diverged;
}

static void forget_local(IrInst *in, void *ctx) {
    Interp *it = ctx;
    if (in->op == IR_STORE_LOCAL) it->locals[in->local->id] = unknown;
}

/* Runs blocks that may or may not run (and may run many times): every local
 * they store is unknown from the start, stores to the state there fail. */
static Status scan_region(Interp *it, IrBlock **blocks, int n, int label) {
    if (it->linear && n > 0) return fail(it, blocks[0] && blocks[0]->len ? blocks[0]->insts[0]->loc : it->f->loc,
                                         "a condition depends on the data");
    for (int i = 0; i < n; i++) ir_walk(blocks[i], forget_local, it);
    int mark = it->scan_labels.len;
    if (label >= 0) vec_push(&it->scan_labels, (void *)(intptr_t)label);
    it->scan++;
    Status st = ST_NEXT;
    for (int i = 0; i < n && st == ST_NEXT; i++) st = exec_block(it, blocks[i]);
    it->scan--;
    it->scan_labels.len = mark;
    for (int i = 0; i < n; i++) ir_walk(blocks[i], forget_local, it);
    return st;
}

static bool scan_label_open(Interp *it, int label) {
    for (int i = 0; i < it->scan_labels.len; i++)
        if ((int)(intptr_t)it->scan_labels.items[i] == label) return true;
    return false;
}

/* a jump to label in scanned code: one inside it changes nothing; one out of
 * it makes the construct it leaves (followed exactly so far) be scanned */
static Status jump(Interp *it, Status st, int label) {
    it->label = label;
    if (!it->scan) return st;
    if (scan_label_open(it, label)) return ST_NEXT;
    return ST_ABORT;
}

static Status exec_loop(Interp *it, IrInst *in) {
    IrBlock *blocks[2] = {in->body_blk, in->cont_blk};
    if (it->scan) return scan_region(it, blocks, 2, in->label);
    Snapshot before = snapshot(it);
    for (int trip = 0; trip < MAX_LOOP_TRIPS; trip++) {
        Status st = exec_block(it, in->body_blk);
        if ((st == ST_BREAK || st == ST_CONTINUE || st == ST_ABORT) && it->label != in->label) return st;
        if (st == ST_RETURN || st == ST_FAIL) return st;
        if (st == ST_BREAK) return ST_NEXT;
        if (st != ST_ABORT) st = exec_block(it, in->cont_blk);
        if (st == ST_ABORT && it->label == in->label) break;
        if (st != ST_NEXT) return st;
    }
    restore(it, &before);
    return scan_region(it, blocks, 2, in->label);
}

static Status exec_if(Interp *it, IrInst *in) {
    Sym c = arg(it, in, 0);
    if (c.kind == SYM_CONST && !it->scan) return exec_block(it, c.c ? in->then_blk : in->else_blk);
    IrBlock *blocks[2] = {in->then_blk, in->else_blk};
    return scan_region(it, blocks, 2, -1);
}

static Status exec_labelled(Interp *it, IrInst *in) {
    if (in->op == IR_SWITCH) {
        IrBlock **arms = xalloc(sizeof(IrBlock *) * (size_t)(in->narms + 1));
        for (int i = 0; i < in->narms; i++) arms[i] = in->arms[i].body;
        Status st = scan_region(it, arms, in->narms, in->label);
        return st == ST_ABORT && it->label == in->label ? ST_NEXT : st;
    }
    IrBlock *body[1] = {in->body_blk};
    if (it->scan) return scan_region(it, body, 1, in->label);
    Snapshot before = snapshot(it);
    Status st = exec_block(it, in->body_blk);
    if (st == ST_BREAK && it->label == in->label) return ST_NEXT;
    if (st != ST_ABORT || it->label != in->label) return st;
    restore(it, &before);
    return scan_region(it, body, 1, in->label);
}

/* a call: the state must not reach it (nor any array it could change) */
/* Whether a value of type t is an object or array whose contents can change. */
static bool mutable_reference(Type *t) {
    switch (t->kind) {
    case TY_ARRAY: case TY_OBJECT: return true;
    case TY_CLASS: return !t->cls->is_value;
    default: return false;
    }
}

/* A walk of the functions a filter calls, for a read of a field that might
 * change while the graph runs (another filter's state, reached through a
 * static final array, say): only the fields of an object the filter made
 * in this item (`this` of a function its call made fresh) are safe. */
typedef struct FieldReads {
    Vec seen;              /* IrFunc*, twice when walked with `this` fresh (tagged by the low bit) */
    IrFunc *f;
    bool this_fresh;
    Defs defs;
    IrInst *bad;           /* the first unsafe read */
} FieldReads;
static void walk_reads(FieldReads *r, IrFunc *f, bool this_fresh);
static bool reads_fresh_this(FieldReads *r, int temp) {
    IrInst *d = through_checknull(&r->defs, temp);
    return r->this_fresh && !r->f->is_static && d && d->op == IR_LOAD_LOCAL && d->local->id == 0;
}
static void find_field_read(IrInst *in, void *ctx) {
    FieldReads *r = ctx;
    if (r->bad) return;
    if (in->op == IR_LOAD_FIELD && !(in->field->mods & MOD_FINAL) && !in->field->owner->is_value &&
        !reads_fresh_this(r, in->args[0]))
        r->bad = in;
    if ((in->op == IR_CALL || in->op == IR_CALL_VIRTUAL) && in->callee) {
        FieldReads inner = *r;
        walk_reads(&inner, in->callee, in->nargs > 0 && reads_fresh_this(r, in->args[0]));
        r->seen = inner.seen;
        r->bad = inner.bad;
    }
}
static void walk_reads(FieldReads *r, IrFunc *f, bool this_fresh) {
    void *key = (void *)((uintptr_t)f | (this_fresh ? 1 : 0));
    for (int i = 0; i < r->seen.len; i++)
        if (r->seen.items[i] == key) return;
    vec_push(&r->seen, key);
    if (!f->body) return;
    r->f = f;
    r->this_fresh = this_fresh;
    r->defs = defs_of(f);
    ir_walk(f->body, find_field_read, r);
}

static Status exec_call(Interp *it, IrInst *in) {
    for (int i = 0; i < in->nargs; i++) {
        Sym a = arg(it, in, i);
        if (it->ctor && (a.kind == SYM_THIS || a.kind == SYM_FRESH)) {
            for (int s = 0; s < it->w->nslots; s++) it->slots[s] = unknown; /* it may set any of them */
            continue;
        }
        if (a.kind == SYM_THIS || a.kind == SYM_WINDOW)
            return fail(it, in->loc, "it passes its state to a call");
        if (!it->ctor && a.kind != SYM_NEW && mutable_reference(it->types[in->args[i]]))
            return fail(it, in->loc, "it passes an object or array to a call, which might change it");
    }
    if (!it->ctor && in->op == IR_CALL_VIRTUAL) return fail(it, in->loc, "it calls a method through dispatch");
    if (!it->ctor && in->op == IR_CALL && in->callee) {
        FieldReads r = {0};
        walk_reads(&r, in->callee, in->nargs > 0 && arg(it, in, 0).kind == SYM_NEW);
        if (r.bad)
            return fail(it, in->loc, xprintf("it calls '%s', which reads field '%s' of an object that might change",
                                             in->callee->decl ? in->callee->decl->name : in->callee->name,
                                             r.bad->field->name));
    }
    set(it, in, unknown);
    return ST_NEXT;
}

static Status exec_field(Interp *it, IrInst *in) {
    Sym obj = arg(it, in, 0);
    int a = array_index(it->w, in->field), s = scalar_slot(it->w, in->field);
    if (obj.kind != SYM_THIS) {
        if (in->op == IR_STORE_FIELD && !it->ctor) return fail(it, in->loc, xprintf("it stores field '%s' of another object", in->field->name));
        /* another filter's state, say, which the blocks' copies would not show */
        if (!it->ctor && !(in->field->mods & MOD_FINAL) && !in->field->owner->is_value)
            return fail(it, in->loc, xprintf("it reads field '%s' of another object, which might change", in->field->name));
        set(it, in, unknown);
        return ST_NEXT;
    }
    if (in->op == IR_LOAD_FIELD) {
        int len = a < 0 && s < 0 && in->field->ty->kind == TY_ARRAY ? fixed_length(it, in->field) : -1;
        if (a >= 0) set(it, in, (Sym){.kind = SYM_WINDOW, .arr = a});
        else if (s >= 0) set(it, in, it->slots[s]);
        else if (len >= 0) set(it, in, (Sym){.kind = SYM_FIXED, .len = len, .elems = it->linear ? const_elems(it, in->field, len) : NULL});
        else set(it, in, unknown);
        if (s >= 0) record_load(it, in, it->slots[s], unknown, unknown);
        return ST_NEXT;
    }
    if (s >= 0) return store_slot(it, in, s, arg(it, in, 1));
    if (a >= 0 && it->ctor) { /* a new array in the window: its elements are the slots' values */
        Sym v = arg(it, in, 1);
        int first = array_first_slot(it->w, a);
        for (int i = 0; i < it->w->array_len[a]; i++)
            it->slots[first + i] = it->scan || v.kind != SYM_FRESH || i >= v.len ? unknown : v.elems[i];
        return ST_NEXT;
    }
    if (it->ctor) {
        Sym v = arg(it, in, 1);
        if (!it->scan && v.kind == SYM_FRESH && in->field->ty->kind == TY_ARRAY && (in->field->mods & MOD_FINAL) &&
            !(in->field->mods & MOD_STATIC)) {
            vec_push(&it->ctor_arrays, in->field);
            Sym *keep = xalloc(sizeof(Sym));
            *keep = v; /* its elems are shared: later stores through the constructor's own reference show */
            vec_push(&it->ctor_elems, keep);
        }
        return ST_NEXT;
    }
    return fail(it, in->loc, xprintf("it replaces its array '%s'", in->field->name));
}

static Status exec_array(Interp *it, IrInst *in) {
    Sym arr = arg(it, in, 0);
    int len = arr.kind == SYM_WINDOW ? it->w->array_len[arr.arr] : arr.kind == SYM_FRESH || arr.kind == SYM_FIXED ? arr.len : -1;
    if (in->op == IR_ARRAY_LEN || in->op == IR_CHECK_BOUNDS) {
        if (len >= 0 && arr.kind != SYM_FRESH) record(it, in, WA_LENGTH, len);
        set(it, in, in->op == IR_CHECK_BOUNDS ? arg(it, in, 1) : len >= 0 ? sym(SYM_CONST, len) : unknown);
        return ST_NEXT;
    }
    Sym idx = arg(it, in, 1);
    bool known = len >= 0 && idx.kind == SYM_CONST && idx.c >= 0 && idx.c < len && arr.kind != SYM_FIXED;
    int s = known && arr.kind == SYM_WINDOW ? array_first_slot(it->w, arr.arr) + (int)idx.c : -1;
    if (in->op == IR_ARRAY_LOAD && arr.kind == SYM_FIXED && arr.elems && idx.kind == SYM_CONST && idx.c >= 0 &&
        idx.c < len) {
        set(it, in, arr.elems[idx.c]); /* a constant array (linear run) */
        return ST_NEXT;
    }
    if (in->op == IR_ARRAY_LOAD) {
        set(it, in, !known ? unknown : s >= 0 ? it->slots[s] : arr.elems[idx.c]);
        if (arr.kind == SYM_WINDOW) record_load(it, in, s >= 0 ? it->slots[s] : unknown, arr, idx);
        return ST_NEXT;
    }
    if (s >= 0) return store_slot(it, in, s, arg(it, in, 2));
    if (known) { /* a fresh array of the constructor */
        arr.elems[idx.c] = it->scan ? unknown : arg(it, in, 2);
        return ST_NEXT;
    }
    if (it->ctor) { /* an element the constructor sets at an index it does not fix */
        int first = arr.kind == SYM_WINDOW ? array_first_slot(it->w, arr.arr) : -1;
        for (int i = 0; first >= 0 && i < len; i++) it->slots[first + i] = unknown;
        return ST_NEXT;
    }
    if (arr.kind == SYM_WINDOW)
        return fail(it, in->loc, xprintf("it stores into '%s' at an index that is not the same for every item",
                                         it->w->arrays[arr.arr]->name));
    return fail(it, in->loc, "it stores into an array that is not its window");
}

static Sym fresh_array(Interp *it, IrInst *in) {
    int n = in->op == IR_ARRAY_DATA ? in->ndata : -1;
    if (in->op == IR_NEW_ARRAY && in->nargs == 1 && arg(it, in, 0).kind == SYM_CONST) n = (int)arg(it, in, 0).c;
    if (n < 0 || n > MAX_WINDOW_ARRAY) return unknown;
    Sym v = {.kind = SYM_FRESH, .len = n, .elems = xalloc(sizeof(Sym) * (size_t)(n + 1))};
    for (int i = 0; i < n; i++) {
        v.elems[i] = sym(SYM_CONST, 0);
        if (in->op == IR_ARRAY_DATA) {
            ConstVal *c = &in->data[i];
            v.elems[i] = is_integral(c->ty) || c->ty->kind == TY_BOOLEAN ? sym(SYM_CONST, c->i) : unknown;
        }
    }
    return v;
}

/* Linear run: s as a linear form (the item, a slot, a form, the constant
 * 0), or false. */
static bool to_lin(Interp *it, Sym s, int64_t *co) {
    int n = it->w->k + 1;
    memset(co, 0, sizeof(int64_t) * (size_t)n);
    switch (s.kind) {
    case SYM_INPUT: co[0] = 1; return true;
    case SYM_SLOT: {
        int d = it->w->slots[s.slot].depth + 1;
        if (d >= n) return false;
        co[d] = 1;
        return true;
    }
    case SYM_LIN: memcpy(co, s.co, sizeof(int64_t) * (size_t)n); return true;
    case SYM_CONST: return s.c == 0;
    default: return false;
    }
}

/* Linear run: add, sub, neg, mul by a constant, shl by a constant of
 * linear forms, in the item type (else unknown: not linear) */
static Sym lin_op(Interp *it, IrInst *in) {
    if (in->ty != it->lin_ty) return unknown;
    int n = it->w->k + 1;
    Sym a = arg(it, in, 0), b = in->nargs > 1 ? arg(it, in, 1) : unknown;
    if (a.kind == SYM_CONST && (in->nargs == 1 || b.kind == SYM_CONST)) return unknown; /* fold's */
    int64_t *x = xalloc(sizeof(int64_t) * (size_t)n), *y = xalloc(sizeof(int64_t) * (size_t)n);
    Sym r = {.kind = SYM_LIN, .co = xalloc(sizeof(int64_t) * (size_t)n)};
    switch (in->op) {
    case IR_ADD: case IR_SUB:
        if (!to_lin(it, a, x) || !to_lin(it, b, y)) return unknown;
        for (int d = 0; d < n; d++)
            r.co[d] = wrap(in->ty, (int64_t)(in->op == IR_ADD ? (uint64_t)x[d] + (uint64_t)y[d] : (uint64_t)x[d] - (uint64_t)y[d]));
        return r;
    case IR_NEG:
        if (!to_lin(it, a, x)) return unknown;
        for (int d = 0; d < n; d++) r.co[d] = wrap(in->ty, (int64_t)(0 - (uint64_t)x[d]));
        return r;
    case IR_MUL: {
        Sym c = a.kind == SYM_CONST ? a : b, v = a.kind == SYM_CONST ? b : a;
        if (c.kind != SYM_CONST || !to_lin(it, v, x)) return unknown;
        for (int d = 0; d < n; d++) r.co[d] = wrap(in->ty, (int64_t)((uint64_t)x[d] * (uint64_t)c.c));
        return r;
    }
    case IR_SHL: {
        if (b.kind != SYM_CONST || !to_lin(it, a, x)) return unknown;
        int sh = (int)(b.c & (in->ty->kind == TY_LONG ? 63 : 31));
        for (int d = 0; d < n; d++) r.co[d] = wrap(in->ty, (int64_t)((uint64_t)x[d] << sh));
        return r;
    }
    default: return unknown;
    }
}

/* Linear run: an instruction outside what it follows (one that could
 * throw, call, or read what is not a constant or the window) */
static const char *lin_refuses(Interp *it, IrInst *in) {
    switch (in->op) {
    case IR_CONST: case IR_LOAD_LOCAL: case IR_STORE_LOCAL: case IR_LOAD_FIELD: case IR_STORE_FIELD: case IR_ARRAY_LEN:
    case IR_ARRAY_LOAD: case IR_ARRAY_STORE: case IR_ADD: case IR_SUB: case IR_MUL: case IR_SHL: case IR_SHR:
    case IR_USHR: case IR_AND: case IR_OR: case IR_XOR: case IR_NEG: case IR_NOT: case IR_COMPL: case IR_EQ: case IR_NE:
    case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_CONV: case IR_IF: case IR_LOOP: case IR_BLOCK:
    case IR_BREAK: case IR_CONTINUE: case IR_RETURN:
        return NULL;
    case IR_CHECK_NULL: {
        SymKind k = arg(it, in, 0).kind;
        return k == SYM_THIS || k == SYM_WINDOW || k == SYM_FIXED ? NULL : "it checks a reference that may be null";
    }
    case IR_CHECK_BOUNDS: {
        Sym a = arg(it, in, 0), i = arg(it, in, 1);
        int len = a.kind == SYM_WINDOW ? it->w->array_len[a.arr] : a.kind == SYM_FIXED ? a.len : -1;
        return len >= 0 && i.kind == SYM_CONST && i.c >= 0 && i.c < len ? NULL : "an array index is not a constant in range";
    }
    default: return xprintf("it has a '%s'", ir_op_name(in->op));
    }
}

static Status exec_inst(Interp *it, IrInst *in) {
    if (++it->steps > MAX_STEPS) return fail(it, in->loc, "it is too long to follow");
    if (it->linear) {
        const char *why = lin_refuses(it, in);
        if (why) return fail(it, in->loc, why);
        switch (in->op) {
        case IR_ADD: case IR_SUB: case IR_MUL: case IR_NEG: case IR_SHL: {
            Sym r = lin_op(it, in);
            if (r.kind == SYM_LIN) {
                set(it, in, r);
                return ST_NEXT;
            }
            if (in->op == IR_SHL) {
                Sym a = arg(it, in, 0), b = arg(it, in, 1);
                if (a.kind == SYM_CONST && b.kind == SYM_CONST && is_integral(in->ty) &&
                    (in->ty->kind == TY_INT || in->ty->kind == TY_LONG)) {
                    int sh = (int)(b.c & (in->ty->kind == TY_LONG ? 63 : 31));
                    set(it, in, sym(SYM_CONST, wrap(in->ty, (int64_t)((uint64_t)a.c << sh))));
                    return ST_NEXT;
                }
            }
            break;
        }
        case IR_RETURN:
            if (in->nargs > 0) it->result = arg(it, in, 0);
            break;
        default: break;
        }
    }
    switch (in->op) {
    case IR_CONST:
        set(it, in, is_integral(in->ty) || in->ty->kind == TY_BOOLEAN ? sym(SYM_CONST, in->ival) : unknown);
        return ST_NEXT;
    case IR_LOAD_LOCAL: set(it, in, it->locals[in->local->id]); return ST_NEXT;
    case IR_STORE_LOCAL: it->locals[in->local->id] = arg(it, in, 0); return ST_NEXT;
    case IR_LOAD_FIELD: case IR_STORE_FIELD: return exec_field(it, in);
    case IR_ARRAY_LEN: case IR_ARRAY_LOAD: case IR_ARRAY_STORE: case IR_CHECK_BOUNDS: return exec_array(it, in);
    case IR_NEW_ARRAY: case IR_ARRAY_DATA: set(it, in, it->ctor ? fresh_array(it, in) : sym(SYM_NEW, 0)); return ST_NEXT;
    case IR_NEW_OBJECT: set(it, in, sym(SYM_NEW, 0)); return ST_NEXT;
    case IR_CHECK_NULL: case IR_CHECK_DIV: case IR_CHECK_SIZE: set(it, in, arg(it, in, 0)); return ST_NEXT;
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_AND: case IR_OR: case IR_XOR: case IR_EQ: case IR_NE:
    case IR_LT: case IR_LE: case IR_GT: case IR_GE:
        set(it, in, fold(in, arg(it, in, 0), arg(it, in, 1)));
        return ST_NEXT;
    case IR_NEG: case IR_NOT: case IR_COMPL: set(it, in, fold(in, arg(it, in, 0), unknown)); return ST_NEXT;
    case IR_CONV:
        set(it, in, is_integral(in->ty) ? fold(in, arg(it, in, 0), unknown) : unknown);
        return ST_NEXT;
    case IR_CALL: case IR_CALL_BUILTIN: case IR_CALL_VIRTUAL: case IR_MAP: case IR_REDUCE: return exec_call(it, in);
    case IR_IF: return exec_if(it, in);
    case IR_LOOP: return exec_loop(it, in);
    case IR_BLOCK: case IR_SWITCH: return exec_labelled(it, in);
    case IR_BREAK: return jump(it, ST_BREAK, in->label);
    case IR_CONTINUE: return jump(it, ST_CONTINUE, in->label);
    case IR_RETURN:
        if (!it->scan) return ST_RETURN;
        it->diverged = true;
        return ST_NEXT;
    case IR_THROW: /* a throw ends the run: the paths that go on are the ones that matter */
        return it->scan ? ST_NEXT : ST_RETURN;
    case IR_TRY: return fail(it, in->loc, "it catches exceptions");
    case IR_STORE_STATIC: return fail(it, in->loc, "it stores a static field");
    default:
        for (int i = 0; i < in->nargs; i++)
            if (!it->ctor && (arg(it, in, i).kind == SYM_THIS || arg(it, in, i).kind == SYM_WINDOW))
                return fail(it, in->loc, "its state escapes");
        set(it, in, unknown);
        return ST_NEXT;
    }
}

static Status exec_block(Interp *it, IrBlock *b) {
    for (int i = 0; b && i < b->len; i++) {
        Status st = exec_inst(it, b->insts[i]);
        if (st != ST_NEXT) return st;
    }
    return ST_NEXT;
}

static void note_type(IrInst *in, void *ctx) {
    if (in->dst >= 0) ((Type **)ctx)[in->dst] = in->ty;
}

static Interp interp_for(IrProgram *p, IrFunc *f, FilterWindow *w, bool ctor) {
    Interp it = {.p = p, .f = f, .w = w, .ctor = ctor};
    it.types = xalloc(sizeof(Type *) * (size_t)(f->ntemps + 1));
    ir_walk(f->body, note_type, it.types);
    it.temps = xalloc(sizeof(Sym) * (size_t)(f->ntemps + 1));
    it.locals = xalloc(sizeof(Sym) * (size_t)(f->locals.len + 1));
    it.slots = xalloc(sizeof(Sym) * (size_t)(w->nslots + 1));
    if (!f->is_static) it.locals[0] = sym(SYM_THIS, 0);
    return it;
}

/* ------------------------------------------------------------- the result */

static FilterWindow *not_windowed(FilterWindow *w, const char *why, Loc loc) {
    w->windowed = w->mapped = false;
    w->k = 0;
    w->why_not = why;
    w->why_loc = loc;
    return w;
}

/* Each slot's depth: 0 for one set to the item, one more than its source's
 * for one set from another slot; a slot that never reaches the item (it
 * keeps its value, or slots take each other's in a ring) is not a window. */
static bool link_depths(FilterWindow *w, const char **why) {
    for (int s = 0; s < w->nslots; s++) {
        int d = 0, at = s;
        while (w->slots[at].from >= 0 && d <= w->nslots) {
            at = w->slots[at].from;
            d++;
        }
        if (d > w->nslots) {
            WindowSlot *ws = &w->slots[s];
            *why = ws->index >= 0 ? xprintf("element %d of '%s' keeps a value from before the last %d items: "
                                            "its state is not a window of past items",
                                            ws->index, ws->field->name, w->nslots)
                                  : xprintf("'%s' keeps its value from item to item: its state is not a window "
                                            "of past items",
                                            ws->field->name);
            return false;
        }
        w->slots[s].depth = d;
        if (d + 1 > w->k) w->k = d + 1;
    }
    return true;
}

/* The window's slots from the fields the method stores: scalars of
 * primitive type, arrays of primitives private to the object. */
static bool collect_slots(IrProgram *p, IrFunc *f, FilterWindow *w) {
    Stored st = {.defs = defs_of(f)};
    ir_walk(f->body, note_stored, &st);
    const char *why;
    Loc loc;
    for (int i = 0; i < st.arrays.len; i++) {
        FieldDecl *a = st.arrays.items[i];
        int len;
        if (a->mods & MOD_STATIC || !is_primitive(a->ty->elem)) {
            not_windowed(w, xprintf("it stores into '%s', which is not a primitive array of its own", a->name), f->loc);
            return false;
        }
        if (!window_arrays_private(p, a, &len, &why, &loc)) {
            not_windowed(w, why, loc);
            return false;
        }
        w->arrays = grow(w->arrays, sizeof(FieldDecl *), w->narrays);
        w->array_len = grow(w->array_len, sizeof(int), w->narrays);
        w->arrays[w->narrays] = a;
        w->array_len[w->narrays++] = len;
        for (int e = 0; e < len; e++) add_slot(w, a, e);
    }
    for (int i = 0; i < st.scalars.len; i++) {
        FieldDecl *s = st.scalars.items[i];
        if (!is_primitive(s->ty)) {
            not_windowed(w, xprintf("it stores '%s', which is not of a primitive type", s->name), s->loc);
            return false;
        }
        add_slot(w, s, -1);
    }
    return true;
}

/* The values the constructor leaves in the slots, when it decides them at
 * compile time (from constants and constant constructor arguments). */
static void initial_values(IrProgram *p, FilterWindow *w, IrFunc *ctor, IrStreamFilter *sf) {
    for (int s = 0; s < w->nslots; s++) w->slots[s].initial = (ConstVal){0};
    if (!ctor) return;
    Interp it = interp_for(p, ctor, w, true);
    for (int s = 0; s < w->nslots; s++) it.slots[s] = sym(SYM_CONST, 0); /* a new object is zeroed */
    for (int i = 1; i < ctor->nparams && sf && i - 1 < sf->nctor_args; i++) {
        ConstVal *c = &sf->ctor_args[i - 1].val;
        if (c->ty && (is_integral(c->ty) || c->ty->kind == TY_BOOLEAN)) it.locals[i] = sym(SYM_CONST, c->i);
    }
    Status st = exec_block(&it, ctor->body);
    if (st == ST_FAIL || st == ST_ABORT) return;
    /* the constant arrays: set once here to elements all constant, never stored into anywhere */
    for (int i = 0; i < it.ctor_arrays.len; i++) {
        FieldDecl *f = it.ctor_arrays.items[i];
        Sym *v = it.ctor_elems.items[i];
        bool once = true, consts = is_integral(f->ty->elem);
        for (int j = 0; j < it.ctor_arrays.len; j++)
            if (j != i && it.ctor_arrays.items[j] == f) once = false;
        for (int k = 0; k < v->len && consts; k++) consts = v->elems[k].kind == SYM_CONST;
        if (!once || !consts || !array_never_stored(p, f)) continue;
        w->consts = grow(w->consts, sizeof(FieldDecl *), w->nconsts);
        w->const_vals = grow(w->const_vals, sizeof(int64_t *), w->nconsts);
        w->const_len = grow(w->const_len, sizeof(int), w->nconsts);
        w->consts[w->nconsts] = f;
        w->const_len[w->nconsts] = v->len;
        w->const_vals[w->nconsts] = xalloc(sizeof(int64_t) * (size_t)(v->len + 1));
        for (int k = 0; k < v->len; k++) w->const_vals[w->nconsts][k] = v->elems[k].c;
        w->nconsts++;
    }
    for (int s = 0; s < w->nslots; s++) {
        Type *t = ir_slot_type(&w->slots[s]);
        if (it.slots[s].kind == SYM_CONST && (is_integral(t) || t->kind == TY_BOOLEAN))
            w->slots[s].initial = (ConstVal){.ty = t, .i = it.slots[s].c};
        else if (it.slots[s].kind == SYM_CONST && it.slots[s].c == 0)
            w->slots[s].initial = (ConstVal){.ty = t, .f = 0.0}; /* a float never stored: +0.0 */
    }
}

/* A run of the filter's method on one item, every slot its own symbol. */
static Interp step_run(IrProgram *p, IrFunc *f, FilterWindow *w) {
    Interp it = interp_for(p, f, w, false);
    if (f->nparams >= 2) it.locals[1] = sym(SYM_INPUT, 0);
    for (int s = 0; s < w->nslots; s++) it.slots[s] = sym_slot(s);
    return it;
}

/* The second run, once the slots' depths are known: how each window
 * access reads past items (FilterWindow.uses), or why it cannot. */
static void plan_map(IrProgram *p, IrTask *t, FilterWindow *w) {
    Interp it = step_run(p, t->func, w);
    it.plan = true;
    it.to_window = window_values(t->func, w);
    Status st = exec_block(&it, t->func->body);
    if (st == ST_FAIL || st == ST_ABORT) unmapped(&it, it.why ? it.why : "its control flow is not followed");
    for (int s = 0; s < w->nslots; s++)
        if (ir_slot_type(&w->slots[s]) != t->in) unmapped(&it, "its window holds values of another type than its items");
    finish_plan(&it);
    w->mapped = it.unmapped == NULL;
    w->unmapped_why = it.unmapped;
}

static IrStreamFilter *stream_filter_of(IrTask *t) {
    IrTask *st = t->graph ? t->graph->stream : NULL;
    return st && st->filters && t->graph_pos < st->nchain ? &st->filters[t->graph_pos] : NULL;
}

static FilterWindow *analyse(IrProgram *p, IrTask *t) {
    FilterWindow *w = xalloc(sizeof *w);
    w->windowed = w->mapped = true;
    IrFunc *f = t->func;
    if (t->kind == TASK_FILTER) return w; /* stateless: a window of nothing */
    if (t->kind != TASK_STATEFUL_FILTER || !f) return not_windowed(w, "it is not a filter", t->loc);
    const char *rate = t->graph ? ir_filter_rate(t->graph, t->graph_pos) : NULL;
    if (rate) return not_windowed(w, xprintf("it %s", rate), t->loc);
    if (f->is_static) return w;
    if (!collect_slots(p, f, w)) return w;
    Interp it = step_run(p, f, w);
    Status st = exec_block(&it, f->body);
    if (st == ST_FAIL) return not_windowed(w, it.why, it.why_loc);
    if (st == ST_ABORT) return not_windowed(w, "its control flow is not followed", f->loc);
    for (int s = 0; s < w->nslots; s++) w->slots[s].from = it.slots[s].kind == SYM_SLOT ? it.slots[s].slot : -1;
    const char *why;
    if (!link_depths(w, &why)) return not_windowed(w, why, f->loc);
    IrStreamFilter *sf = stream_filter_of(t);
    initial_values(p, w, sf ? sf->ctor : NULL, sf);
    plan_map(p, t, w);
    return w;
}

const FilterWindow *ir_filter_window(IrProgram *p, IrTask *filter) {
    if (!filter->window) filter->window = analyse(p, filter);
    return filter->window;
}

/* The linear run: the method once more, every slot its own symbol, with
 * the constant arrays' elements known and only linear forms of the item
 * and the slots followed (a slot of depth d is the input d + 1 items
 * back); the value returned must be one. */
static bool linear_run(IrProgram *p, IrTask *t, FilterWindow *w) {
    IrFunc *f = t->func;
    if (!f || !f->body) return (w->nonlinear_why = "it has no body", false);
    if (t->in != t->out || (t->in->kind != TY_INT && t->in->kind != TY_LONG))
        return (w->nonlinear_why = "its items are not int or long (or its output is of another type)", false);
    int input = f->is_static ? 0 : 1;
    if (f->nparams != input + 1) return (w->nonlinear_why = "it does not take one item", false);
    Interp it = interp_for(p, f, w, false);
    it.linear = true;
    it.lin_ty = t->in;
    it.locals[input] = sym(SYM_INPUT, 0);
    for (int s = 0; s < w->nslots; s++) it.slots[s] = sym_slot(s);
    Status st = exec_block(&it, f->body);
    if (st != ST_RETURN || it.diverged)
        return (w->nonlinear_why = it.why ? it.why : "its control flow is not followed", false);
    int n = w->k + 1;
    int64_t *co = xalloc(sizeof(int64_t) * (size_t)(n + 1));
    if (!to_lin(&it, it.result, co)) return (w->nonlinear_why = "what it returns is not a sum of constants times items", false);
    while (n > 1 && co[n - 1] == 0) n--;
    w->taps = co;
    w->ntaps = n;
    return true;
}

bool ir_filter_linear(IrProgram *p, IrTask *filter) {
    FilterWindow *w = (FilterWindow *)ir_filter_window(p, filter);
    if (!w->linear_done) {
        w->linear_done = true;
        if (!w->windowed || !w->mapped) w->nonlinear_why = "it is not a windowed filter read from its input";
        else w->linear = linear_run(p, filter, w);
    }
    return w->linear;
}

IrTask *ir_graph_filter_task(IrProgram *p, Graph *g, int pos) {
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        bool filter = t->kind == TASK_FILTER || t->kind == TASK_STATEFUL_FILTER || t->kind == TASK_SINK;
        if (filter && t->graph == g && t->graph_pos == pos) return t;
    }
    return NULL;
}

const char *ir_graph_window_why_not(IrProgram *p, Graph *g) {
    int nf = g->filters.len - (g->ends_in_sink ? 1 : 0);
    if (nf == 0) return "it has no filter before its sink";
    if (g->multirate) return xprintf("it is multi-rate (%s)", ir_graph_rate_why(g));
    for (int pos = 0; pos < nf; pos++) {
        IrTask *t = ir_graph_filter_task(p, g, pos);
        const FilterWindow *w = t ? ir_filter_window(p, t) : NULL;
        if (!w) return "a filter has no task";
        if (!w->windowed) return xprintf("'%s.%s' (line %d) is not windowed: %s", t->func->owner->name,
                                         t->func->decl->name, w->why_loc.line, w->why_not);
    }
    return NULL;
}

const char *ir_window_start(const FilterWindow *w) {
    bool zeros = true;
    for (int s = 0; s < w->nslots; s++) {
        const ConstVal *c = &w->slots[s].initial;
        if (!c->ty) return "as its constructor leaves it";
        if (c->i != 0 || c->f != 0) zeros = false;
    }
    if (zeros) return "as zeros";
    StrBuf sb = {0};
    sb_puts(&sb, "as");
    for (int s = 0; s < w->nslots; s++) {
        const ConstVal *c = &w->slots[s].initial;
        if (is_integral(c->ty)) sb_printf(&sb, " %lld", (long long)c->i);
        else sb_printf(&sb, " %s", c->i ? "true" : "false");
    }
    return sb_str(&sb);
}

int ir_graph_lookback(IrProgram *p, Graph *g) {
    int nf = g->filters.len - (g->ends_in_sink ? 1 : 0), back = 0;
    for (int pos = 0; pos < nf; pos++) back += ir_filter_window(p, ir_graph_filter_task(p, g, pos))->k;
    return back;
}

typedef struct OtherReads {
    const FilterWindow *w;
    Vec *fields;
} OtherReads;
static void note_other_read(IrInst *in, void *ctx) {
    OtherReads *r = ctx;
    if (in->op != IR_LOAD_FIELD || in->field->owner->is_value || ir_window_use(r->w, in)) return;
    if (array_index((FilterWindow *)r->w, in->field) >= 0 || scalar_slot((FilterWindow *)r->w, in->field) >= 0) return;
    for (int i = 0; i < r->fields->len; i++)
        if (r->fields->items[i] == in->field) return;
    vec_push(r->fields, in->field);
}

Vec ir_window_other_reads(IrProgram *p, IrTask *filter) {
    Vec fields = {0};
    OtherReads r = {ir_filter_window(p, filter), &fields};
    ir_walk(filter->func->body, note_other_read, &r);
    return fields;
}
