/* bounds.c: bounds-check elimination, an IR analysis both backends use.
 *
 * Marks a CHECK_BOUNDS instruction in_range when its index is proven to lie
 * in [0, length) of its array every time it runs; the backends then skip
 * the check (the instruction still returns its index).  Nothing else
 * changes: every check it cannot prove stays, so a program that indexes out
 * of range throws Java's ArrayIndexOutOfBoundsException, with Java's
 * message, where and when Java does.
 *
 * What it proves: a counted loop over an array's length,
 *
 *     j = c;                       c a constant >= 0, the last store to j
 *     loop L {                     before the loop, in the same block
 *       ...                        (no store to j)
 *       if !(j < B) { break L }    the guard, at the top of the body;
 *       ...                        B = X.length or X.length - m (m >= 0)
 *       j = j + 1                  the one store to j in the loop: at the top
 *     } continue { j = j + 1 }     of the body after the guard, or in cont
 *
 * where X is one array throughout (a local not stored in the loop, loaded
 * inside it, or a temp defined before the loop: a Java array's length never
 * changes, and a temp is assigned once).  Invariant: from the guard to the
 * increment, c <= j < X.length - m.  j starts at c and only grows by one
 * (no wrap: j < X.length - m <= INT_MAX before each increment); the guard
 * exits the loop unless j < B.  So an index j + k (k a constant, written
 * j, j + k or j - k) of the same array X, loaded from j in this iteration
 * and checked between the guard and the increment (nested blocks and loops
 * included), satisfies 0 <= c + k <= j + k < X.length - m + k <= X.length
 * when -c <= k <= m, and j + k does not wrap.  An access of another array
 * Y is not proven, even with the same index: its length may be shorter.
 *
 * Also proven, anywhere: a constant index k of an array made by NEW_ARRAY
 * with one constant length n, 0 <= k < n (array initialisers { ... }).
 *
 * Loop versioning.  In a loop of the same shape whose bound B is any value
 * the loop does not change (built from constants, locals it never stores,
 * temps defined before it, lengths of such arrays, and int + - *), a
 * remaining check of an array Y the loop does not change, whose index is
 * affine in j (S * j + T, S and T such values, j at most once, multiplied
 * at most once), is in range in every iteration when, computed exactly in
 * 64 bits before the loop, 0 <= index(c) < Y.length and 0 <= index(B - 1)
 * < Y.length: j takes the values c .. B - 1 between guard and increment,
 * an affine index is monotonic in j so every value lies between those two,
 * and an index whose exact value is in int range equals the wrapping int
 * value the program computes (+ - * are exact modulo 2^32).  The loop's
 * version_cond is "B <= c (no iteration) or all those hold"; each such
 * check gets version_loop (the innermost loop that versions it). */
#include "ir.h"

#include <string.h>

typedef struct Bounds {
    IrInst **def;          /* temp -> its defining instruction */
    bool *in_loop;         /* temp -> defined inside the loop being analysed */
} Bounds;

static void note_def(IrInst *in, void *ctx) {
    Bounds *b = ctx;
    if (in->dst >= 0) b->def[in->dst] = in;
}

static void note_in_loop(IrInst *in, void *ctx) {
    Bounds *b = ctx;
    if (in->dst >= 0) b->in_loop[in->dst] = true;
}

typedef struct StoreCount {
    IrLocal *local;
    int n;
} StoreCount;

static void count_store(IrInst *in, void *ctx) {
    StoreCount *s = ctx;
    if (in->op == IR_STORE_LOCAL && in->local == s->local) s->n++;
}

/* How many times the instructions of b (nested ones too) store local l. */
static int stores_in(IrBlock *b, IrLocal *l) {
    StoreCount s = {l, 0};
    ir_walk(b, count_store, &s);
    return s.n;
}

static int stores_in_inst(IrInst *in, IrLocal *l) {
    IrBlock one = {&in, 1, 1};
    return stores_in(&one, l);
}

static IrInst *def_of(Bounds *b, int t) { return t >= 0 ? b->def[t] : NULL; }

static bool is_int_const(IrInst *in, int64_t *v) {
    if (!in || in->op != IR_CONST || in->ty != ty_int) return false;
    *v = in->ival;
    return true;
}

/* The array a temp holds, as a key that names the same array wherever it
 * appears in the loop: the local it was loaded from inside the loop (when
 * the loop never stores that local), or the temp itself when it is defined
 * before the loop.  NULL when there is no such key. */
typedef struct ArrayKey {
    IrLocal *local;
    int temp;
} ArrayKey;

static bool array_key(Bounds *b, IrBlock *loop_body, IrBlock *loop_cont, int t, ArrayKey *key) {
    IrInst *d = def_of(b, t);
    while (d && d->op == IR_CHECK_NULL) {
        t = d->args[0];
        d = def_of(b, t);
    }
    if (!d) return false;
    if (!b->in_loop[t]) {
        key->local = NULL;
        key->temp = t;
        return true;
    }
    if (d->op != IR_LOAD_LOCAL || stores_in(loop_body, d->local) || stores_in(loop_cont, d->local)) return false;
    key->local = d->local;
    key->temp = -1;
    return true;
}

static bool same_key(ArrayKey a, ArrayKey b) { return a.local == b.local && a.temp == b.temp; }

/* j + k for a temp: true with *k when t is `load j`, `j + const` or `j - const`,
 * the load of j inside the loop. */
static bool offset_of_j(Bounds *b, int t, IrLocal *j, int64_t *k) {
    IrInst *d = def_of(b, t);
    if (!d || !b->in_loop[t]) return false;
    if (d->op == IR_LOAD_LOCAL) {
        *k = 0;
        return d->local == j;
    }
    if ((d->op != IR_ADD && d->op != IR_SUB) || d->ty != ty_int) return false;
    IrInst *x = def_of(b, d->args[0]);
    int64_t c;
    if (!x || x->op != IR_LOAD_LOCAL || x->local != j || !b->in_loop[d->args[0]] ||
        !is_int_const(def_of(b, d->args[1]), &c))
        return false;
    *k = d->op == IR_ADD ? c : -c;
    return true;
}

/* The loop's facts, once recognised. */
typedef struct Counted {
    IrLocal *j;
    int64_t c;             /* j's first value */
    ArrayKey x;            /* the array whose length bounds j */
    int64_t m;             /* j < X.length - m */
    bool by_length;        /* the bound is X.length - m (else x and m unset) */
    int bound;             /* the guard's bound B, a temp */
    IrBlock *body, *cont;
} Counted;

typedef struct MarkCtx {
    Bounds *b;
    Counted *lp;
} MarkCtx;

static void mark_check(IrInst *in, void *ctx) {
    MarkCtx *mc = ctx;
    if (in->op != IR_CHECK_BOUNDS || in->in_range) return;
    ArrayKey key;
    int64_t k;
    if (!array_key(mc->b, mc->lp->body, mc->lp->cont, in->args[0], &key) || !same_key(key, mc->lp->x) ||
        !offset_of_j(mc->b, in->args[1], mc->lp->j, &k))
        return;
    if (k >= -mc->lp->c && k <= mc->lp->m) in->in_range = true;
}

/* B = X.length or X.length - m with m >= 0 (also X.length + (-m)). */
static bool length_bound(Bounds *b, Counted *lp, int t) {
    IrInst *d = def_of(b, t);
    int64_t m = 0;
    if (d && (d->op == IR_SUB || d->op == IR_ADD) && d->ty == ty_int && is_int_const(def_of(b, d->args[1]), &m)) {
        if (d->op == IR_ADD) m = -m;
        if (m < 0) return false;
        d = def_of(b, d->args[0]);
    }
    if (!d || d->op != IR_ARRAY_LEN) return false;
    lp->m = m;
    return array_key(b, lp->body, lp->cont, d->args[0], &lp->x);
}

/* `if !(j < B) { break L }`: true with j and the bound recorded. */
static bool is_guard(Bounds *b, IrInst *in, int label, Counted *lp) {
    if (in->op != IR_IF || !in->then_blk || in->then_blk->len != 1 || (in->else_blk && in->else_blk->len))
        return false;
    IrInst *brk = in->then_blk->insts[0];
    if (brk->op != IR_BREAK || brk->label != label) return false;
    IrInst *not = def_of(b, in->args[0]);
    if (!not || not->op != IR_NOT) return false;
    IrInst *lt = def_of(b, not->args[0]);
    if (!lt || lt->op != IR_LT) return false;
    IrInst *lj = def_of(b, lt->args[0]);
    if (!lj || lj->op != IR_LOAD_LOCAL || lj->local->ty != ty_int || !b->in_loop[lt->args[0]]) return false;
    lp->j = lj->local;
    lp->bound = lt->args[1];
    lp->by_length = length_bound(b, lp, lt->args[1]);
    return true;
}

/* `store j, (load j) + 1` */
static bool is_increment(Bounds *b, IrInst *in, IrLocal *j) {
    if (in->op != IR_STORE_LOCAL || in->local != j) return false;
    int64_t k;
    return offset_of_j(b, in->args[0], j, &k) && k == 1;
}

/* j's value when loop (at index at of block blk) starts: a constant >= 0
 * stored by the last store to j before it in blk. */
static bool first_value(Bounds *b, IrBlock *blk, int at, IrLocal *j, int64_t *c) {
    for (int i = at - 1; i >= 0; i--) {
        IrInst *in = blk->insts[i];
        if (in->op == IR_STORE_LOCAL && in->local == j)
            return is_int_const(def_of(b, in->args[0]), c) && *c >= 0;
        if (stores_in_inst(in, j)) return false;
    }
    return false;
}

static void version_loop(Bounds *b, Counted *lp, IrInst *loop, int bound, IrBlock *region);

static void analyse_loop(Bounds *b, IrFunc *f, IrBlock *blk, int at) {
    IrInst *loop = blk->insts[at];
    Counted lp = {.body = loop->body_blk, .cont = loop->cont_blk};
    memset(b->in_loop, 0, sizeof(bool) * (size_t)(f->ntemps + 1));
    ir_walk(loop->body_blk, note_in_loop, b);
    ir_walk(loop->cont_blk, note_in_loop, b);
    IrBlock *body = loop->body_blk;
    int guard = -1;
    for (int i = 0; body && i < body->len && guard < 0; i++) {
        IrInst *in = body->insts[i];
        if (in->op == IR_IF || in->op == IR_LOOP || in->op == IR_BLOCK || in->op == IR_SWITCH ||
            in->op == IR_BREAK || in->op == IR_CONTINUE || in->op == IR_RETURN) {
            if (!is_guard(b, in, loop->label, &lp)) return;
            guard = i;
        }
    }
    if (guard < 0) return;
    /* the one store to j: the increment, in cont or at the top of the body */
    int end = body->len;
    if (stores_in(body, lp.j) + stores_in(loop->cont_blk, lp.j) != 1) return;
    if (!stores_in(loop->cont_blk, lp.j)) {
        end = -1;
        for (int i = guard + 1; i < body->len; i++)
            if (is_increment(b, body->insts[i], lp.j)) end = i;
        if (end < 0) return;
    } else {
        IrBlock *cont = loop->cont_blk;
        bool found = false;
        for (int i = 0; i < cont->len; i++) found = found || is_increment(b, cont->insts[i], lp.j);
        if (!found) return;
    }
    if (!first_value(b, blk, at, lp.j, &lp.c)) return;
    MarkCtx mc = {b, &lp};
    IrBlock region = {body->insts + guard + 1, end - guard - 1, end - guard - 1};
    if (lp.by_length) ir_walk(&region, mark_check, &mc);
    version_loop(b, &lp, loop, lp.bound, &region);
}

typedef struct Walk {
    Bounds *b;
    IrFunc *f;
} Walk;

static void blocks_of(Walk *w, IrBlock *blk);

static void visit_block_insts(Walk *w, IrBlock *blk) {
    for (int i = 0; blk && i < blk->len; i++) {
        IrInst *in = blk->insts[i];
        if (in->op == IR_LOOP) analyse_loop(w->b, w->f, blk, i);
        blocks_of(w, in->then_blk);
        blocks_of(w, in->else_blk);
        blocks_of(w, in->body_blk);
        blocks_of(w, in->cont_blk);
        for (int k = 0; k < in->narms; k++) blocks_of(w, in->arms[k].body);
    }
}

static void blocks_of(Walk *w, IrBlock *blk) {
    if (blk) visit_block_insts(w, blk);
}

/* A constant index into a new array of constant length (or of constant data). */
static void mark_constant(IrInst *in, void *ctx) {
    Bounds *b = ctx;
    if (in->op != IR_CHECK_BOUNDS) return;
    IrInst *arr = def_of(b, in->args[0]);
    while (arr && arr->op == IR_CHECK_NULL) arr = def_of(b, arr->args[0]);
    int64_t n, k;
    if (arr && arr->op == IR_ARRAY_DATA) {
        n = arr->ndata;
    } else {
        if (!arr || arr->op != IR_NEW_ARRAY || arr->nargs != 1) return;
        IrInst *len = def_of(b, arr->args[0]);
        if (len && len->op == IR_CHECK_SIZE) len = def_of(b, len->args[0]);
        if (!is_int_const(len, &n)) return;
    }
    if (is_int_const(def_of(b, in->args[1]), &k) && k >= 0 && k < n) in->in_range = true;
}

/* ---- loop versioning ---- */

static RangeExpr *rx(RangeOp op, RangeExpr *a, RangeExpr *b) {
    RangeExpr *r = xalloc(sizeof *r);
    r->op = op;
    r->a = a;
    r->b = b;
    r->temp = -1;
    return r;
}

static RangeExpr *rx_const(int64_t v) {
    RangeExpr *r = rx(RX_CONST, NULL, NULL);
    r->ival = v;
    return r;
}

enum { MAX_DEPTH = 8, MAX_VERSIONED = 8 };

/* Temp t's value as one the loop never changes (an int, or an array for
 * RX_LEN), or NULL. */
static RangeExpr *invariant(Bounds *b, Counted *lp, int t, int depth) {
    if (depth > MAX_DEPTH || t < 0) return NULL;
    if (!b->in_loop[t]) {
        RangeExpr *r = rx(RX_TEMP, NULL, NULL);
        r->temp = t;
        return r;
    }
    IrInst *d = def_of(b, t);
    if (!d) return NULL;
    switch (d->op) {
    case IR_CONST: return d->ty == ty_int ? rx_const(d->ival) : NULL;
    case IR_LOAD_LOCAL: {
        if (stores_in(lp->body, d->local) || stores_in(lp->cont, d->local)) return NULL;
        if (d->ty != ty_int && d->ty->kind != TY_ARRAY && d->ty->kind != TY_VALUE_ARRAY) return NULL;
        RangeExpr *r = rx(RX_LOCAL, NULL, NULL);
        r->local = d->local;
        return r;
    }
    case IR_CHECK_NULL: return invariant(b, lp, d->args[0], depth + 1);
    case IR_ARRAY_LEN: {
        RangeExpr *a = invariant(b, lp, d->args[0], depth + 1);
        return a ? rx(RX_LEN, a, NULL) : NULL;
    }
    case IR_ADD: case IR_SUB: case IR_MUL: {
        if (d->ty != ty_int) return NULL;
        RangeExpr *x = invariant(b, lp, d->args[0], depth + 1), *y = x ? invariant(b, lp, d->args[1], depth + 1) : NULL;
        if (!y) return NULL;
        return rx(d->op == IR_ADD ? RX_ADD : d->op == IR_SUB ? RX_SUB : RX_MUL, x, y);
    }
    default: return NULL;
    }
}

static bool is_load_j(Bounds *b, Counted *lp, int t) {
    IrInst *d = def_of(b, t);
    return d && b->in_loop[t] && d->op == IR_LOAD_LOCAL && d->local == lp->j;
}

/* Index temp t with j replaced by jv, exactly (64 bits), when t is affine
 * in j as the header says; *uses_j says whether j occurs.  NULL otherwise. */
static RangeExpr *index_at(Bounds *b, Counted *lp, int t, RangeExpr *jv, int depth, bool *uses_j) {
    if (depth > MAX_DEPTH) return NULL;
    if (is_load_j(b, lp, t)) {
        *uses_j = true;
        return jv;
    }
    RangeExpr *inv = invariant(b, lp, t, depth);
    if (inv) return inv;
    IrInst *d = def_of(b, t);
    if (!d || d->ty != ty_int) return NULL;
    if (d->op == IR_ADD || d->op == IR_SUB) {
        bool jx = false, jy = false;
        RangeExpr *x = index_at(b, lp, d->args[0], jv, depth + 1, &jx);
        RangeExpr *y = x ? index_at(b, lp, d->args[1], jv, depth + 1, &jy) : NULL;
        if (!y || (jx && jy)) return NULL;
        *uses_j = jx || jy;
        return rx(d->op == IR_ADD ? RX_LADD : RX_LSUB, x, y);
    }
    if (d->op == IR_MUL) {
        int jside = is_load_j(b, lp, d->args[0]) ? 0 : is_load_j(b, lp, d->args[1]) ? 1 : -1;
        if (jside < 0) return NULL;
        RangeExpr *s = invariant(b, lp, d->args[1 - jside], depth + 1);
        if (!s) return NULL;
        *uses_j = true;
        return rx(RX_LMUL, s, jv);
    }
    return NULL;
}

typedef struct VersionCtx {
    Bounds *b;
    Counted *lp;
    IrInst *loop;
    RangeExpr *lo_j, *hi_j;   /* c, and B - 1 */
    RangeExpr *cond;          /* the conjunction so far (NULL: none) */
    IrInst *checks[MAX_VERSIONED];
    int nchecks;
} VersionCtx;

static RangeExpr *in_bounds(RangeExpr *i, RangeExpr *len) {
    return rx(RX_AND, rx(RX_LE, rx_const(0), i), rx(RX_LT, i, len));
}

static void version_check(IrInst *in, void *ctx) {
    VersionCtx *v = ctx;
    if (in->op != IR_CHECK_BOUNDS || in->in_range || v->nchecks == MAX_VERSIONED) return;
    RangeExpr *arr = invariant(v->b, v->lp, in->args[0], 0);
    bool ju = false, jh = false;
    RangeExpr *lo = arr ? index_at(v->b, v->lp, in->args[1], v->lo_j, 0, &ju) : NULL;
    RangeExpr *hi = lo ? index_at(v->b, v->lp, in->args[1], v->hi_j, 0, &jh) : NULL;
    if (!hi) return;
    RangeExpr *len = rx(RX_LEN, arr, NULL);
    RangeExpr *ok = rx(RX_AND, in_bounds(lo, len), in_bounds(hi, len));
    v->cond = v->cond ? rx(RX_AND, v->cond, ok) : ok;
    v->checks[v->nchecks++] = in;
}

/* After the proofs: the loop's version_cond and its checks' version_loop. */
static void version_loop(Bounds *b, Counted *lp, IrInst *loop, int bound, IrBlock *region) {
    RangeExpr *B = invariant(b, lp, bound, 0);
    if (!B) return;
    VersionCtx v = {b, lp, loop, rx_const(lp->c), rx(RX_LSUB, B, rx_const(1)), NULL, {0}, 0};
    ir_walk(region, version_check, &v);
    if (!v.nchecks) return;
    loop->version_cond = rx(RX_OR, rx(RX_LE, B, rx_const(lp->c)), v.cond);
    for (int i = 0; i < v.nchecks; i++) v.checks[i]->version_loop = loop;
}

void ir_prove_bounds(IrProgram *p) {
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        if (!f->body) continue;
        Bounds b = {xalloc(sizeof(IrInst *) * (size_t)(f->ntemps + 1)), xalloc(sizeof(bool) * (size_t)(f->ntemps + 1))};
        ir_walk(f->body, note_def, &b);
        ir_walk(f->body, mark_constant, &b);
        Walk w = {&b, f};
        blocks_of(&w, f->body);
    }
}

/* ---- a windowed filter's map form (window.c) ----
 *
 * There every array the method measures or indexes through a WA_LENGTH use
 * is always `len` long, a constant: so a counted loop whose first value c
 * and bound B are constants (int constants, such lengths, + - * of them)
 * gives its counter j a constant range between the guard and the step:
 *
 *     j = c; loop L { if !(j < B)  { break L } ... j = j + 1 }   c <= j <= B - 1
 *                      !(j <= B)                                 c <= j <= B   (B < INT_MAX)
 *                      !(j > B)                  ... j = j - 1   B + 1 <= j <= c
 *                      !(j >= B)                                 B <= j <= c   (B > INT_MIN)
 *
 * (the step the one store to j in the loop, as above; the bound's condition
 * keeps the step from wrapping).  A WA_LENGTH check of j + k (k a constant)
 * between guard and step, nested blocks and loops included, is in range
 * when both ends of that range plus k lie in [0, len): then every value
 * between does, exactly, with no wrap.  A check of a constant index k is in
 * range when 0 <= k < len.  These facts hold only in the map form of that
 * one window (another filter of the same method may have other lengths),
 * so they are returned, never marked on the IR. */

typedef struct WinBounds {
    Bounds b;
    const FilterWindow *w;
    bool *proven;          /* dst temp of a CHECK_BOUNDS -> in range */
    int64_t lo, hi;        /* the loop's counter range while marking */
    IrLocal *j;
} WinBounds;

/* Temp t's value when the map form makes it a constant: an int constant, a
 * WA_LENGTH array length, or + - * of such (wrapping as Java's int). */
static bool window_const(WinBounds *wb, int t, int64_t *v, int depth) {
    IrInst *d = def_of(&wb->b, t);
    if (!d || depth > MAX_DEPTH || d->ty != ty_int) return false;
    if (d->op == IR_CONST) return is_int_const(d, v);
    if (d->op == IR_ARRAY_LEN) {
        const WindowUse *u = ir_window_use(wb->w, d);
        if (!u || u->kind != WA_LENGTH) return false;
        *v = u->len;
        return true;
    }
    int64_t x, y;
    if ((d->op != IR_ADD && d->op != IR_SUB && d->op != IR_MUL) || !window_const(wb, d->args[0], &x, depth + 1) ||
        !window_const(wb, d->args[1], &y, depth + 1))
        return false;
    uint32_t r = d->op == IR_ADD ? (uint32_t)x + (uint32_t)y : d->op == IR_SUB ? (uint32_t)x - (uint32_t)y : (uint32_t)x * (uint32_t)y;
    *v = (int32_t)r;
    return true;
}

static bool window_check(WinBounds *wb, IrInst *in, int *len) {
    const WindowUse *u = in->op == IR_CHECK_BOUNDS ? ir_window_use(wb->w, in) : NULL;
    if (!u || u->kind != WA_LENGTH) return false;
    *len = u->len;
    return true;
}

static void mark_window_const(IrInst *in, void *ctx) {
    WinBounds *wb = ctx;
    int len;
    int64_t k;
    if (window_check(wb, in, &len) && window_const(wb, in->args[1], &k, 0) && k >= 0 && k < len)
        wb->proven[in->dst] = true;
}

static void mark_window_counter(IrInst *in, void *ctx) {
    WinBounds *wb = ctx;
    int len;
    int64_t k;
    if (window_check(wb, in, &len) && offset_of_j(&wb->b, in->args[1], wb->j, &k) && wb->lo + k >= 0 && wb->hi + k < len)
        wb->proven[in->dst] = true;
}

/* Loop blk->insts[at]: when it counts j over a constant range, mark the
 * checks of j + k in its body between guard and step. */
static void window_loop(WinBounds *wb, IrFunc *f, IrBlock *blk, int at) {
    Bounds *b = &wb->b;
    IrInst *loop = blk->insts[at];
    IrBlock *body = loop->body_blk;
    memset(b->in_loop, 0, sizeof(bool) * (size_t)(f->ntemps + 1));
    ir_walk(body, note_in_loop, b);
    ir_walk(loop->cont_blk, note_in_loop, b);
    int guard = -1;
    for (int i = 0; body && i < body->len && guard < 0; i++) {
        IrInst *in = body->insts[i];
        if (in->op == IR_IF || in->op == IR_LOOP || in->op == IR_BLOCK || in->op == IR_SWITCH || in->op == IR_BREAK ||
            in->op == IR_CONTINUE || in->op == IR_RETURN)
            guard = i;
    }
    if (guard < 0) return;
    /* `if !(j OP B) { break L }` */
    IrInst *g = body->insts[guard];
    if (g->op != IR_IF || !g->then_blk || g->then_blk->len != 1 || (g->else_blk && g->else_blk->len)) return;
    IrInst *brk = g->then_blk->insts[0], *not = def_of(b, g->args[0]);
    if (brk->op != IR_BREAK || brk->label != loop->label || !not || not->op != IR_NOT) return;
    IrInst *cmp = def_of(b, not->args[0]), *lj = cmp ? def_of(b, cmp->args[0]) : NULL;
    if (!lj || lj->op != IR_LOAD_LOCAL || lj->local->ty != ty_int || !b->in_loop[cmp->args[0]]) return;
    IrLocal *j = lj->local;
    int64_t B, c;
    if (!window_const(wb, cmp->args[1], &B, 0)) return;
    int step = cmp->op == IR_LT || cmp->op == IR_LE ? 1 : cmp->op == IR_GT || cmp->op == IR_GE ? -1 : 0;
    if (!step || (cmp->op == IR_LE && B >= INT32_MAX) || (cmp->op == IR_GE && B <= INT32_MIN)) return;
    /* the one store to j: the step, in cont or in the body after the guard */
    if (stores_in(body, j) + stores_in(loop->cont_blk, j) != 1) return;
    int end = body->len;
    int64_t k;
    if (stores_in(body, j)) {
        end = -1;
        for (int i = guard + 1; i < body->len; i++) {
            IrInst *in = body->insts[i];
            if (in->op == IR_STORE_LOCAL && in->local == j && offset_of_j(b, in->args[0], j, &k) && k == step) end = i;
        }
    } else {
        for (int i = 0; i < loop->cont_blk->len; i++) {
            IrInst *in = loop->cont_blk->insts[i];
            if (in->op == IR_STORE_LOCAL && in->local == j && offset_of_j(b, in->args[0], j, &k) && k == step) end = -2;
        }
        end = end == -2 ? body->len : -1;
    }
    if (end < 0) return;
    /* j's first value: the last store to j before the loop in blk, a constant */
    int s = at - 1;
    while (s >= 0 && !(blk->insts[s]->op == IR_STORE_LOCAL && blk->insts[s]->local == j)) {
        if (stores_in_inst(blk->insts[s], j)) return;
        s--;
    }
    if (s < 0 || !window_const(wb, blk->insts[s]->args[0], &c, 0)) return;
    wb->j = j;
    wb->lo = step > 0 ? c : cmp->op == IR_GT ? B + 1 : B;
    wb->hi = step < 0 ? c : cmp->op == IR_LT ? B - 1 : B;
    IrBlock region = {body->insts + guard + 1, end - guard - 1, end - guard - 1};
    ir_walk(&region, mark_window_counter, wb);
}

static void window_loops(WinBounds *wb, IrFunc *f, IrBlock *blk) {
    for (int i = 0; blk && i < blk->len; i++) {
        IrInst *in = blk->insts[i];
        if (in->op == IR_LOOP) window_loop(wb, f, blk, i);
        window_loops(wb, f, in->then_blk);
        window_loops(wb, f, in->else_blk);
        window_loops(wb, f, in->body_blk);
        window_loops(wb, f, in->cont_blk);
        for (int k = 0; k < in->narms; k++) window_loops(wb, f, in->arms[k].body);
    }
}

bool *ir_window_bounds(IrFunc *f, const FilterWindow *w) {
    WinBounds wb = {{xalloc(sizeof(IrInst *) * (size_t)(f->ntemps + 1)), xalloc(sizeof(bool) * (size_t)(f->ntemps + 1))},
                    w, xalloc(sizeof(bool) * (size_t)(f->ntemps + 1)), 0, 0, NULL};
    ir_walk(f->body, note_def, &wb.b);
    ir_walk(f->body, mark_window_const, &wb);
    window_loops(&wb, f, f->body);
    return wb.proven;
}
