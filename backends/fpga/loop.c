/* loop.c: a map's loop engine cut into its three DFGs.
 *
 * dfg.c evaluates a map whose body has one loop whose exit depends on the
 * data into one DFG in three ranges of node ids: the prologue [0, b0), the
 * body's one pass [b0, b1) from the DN_CARRY nodes, the epilogue from b1 on,
 * from the DN_EXIT nodes (LoopEngine).  Here each range becomes a DFG of its
 * own, copying the nodes its outputs need:
 *   - the context: the carried values (in LoopEngine order), then the
 *     invariants, the prologue's values that the body or the epilogue reads
 *     (the item, a value computed before the loop); each at its bit offset,
 *     its width on the wires (a boolean one bit);
 *   - prologue: in_data and params -> results: the context at loop entry;
 *   - body: the context (bit_inputs) and params -> results: the context at
 *     the end of the pass (the invariants passed on), result: `again`;
 *   - epilogue: the context when the item left and params -> result: the
 *     map's result, exc: its exception flag.
 * Constants and params are copied into each DFG that uses them.  Three
 * rewrites on the way (docs/fpga.md "Loops that exit on data"): costly
 * operators of the pass over invariants only are computed in the prologue
 * (find_hoisted); induction products k * f are carried as running values
 * after the carried values (find_inductions), and so are sums of a
 * counter or such a product and a loop-invariant term when the context is
 * then smaller (find_affine, choose_context); and the body's `again` also
 * gets the loop's head test over the values at the end of the pass
 * (LoopEngine.again_next; verilog.c keeps it when it costs no stage).
 *
 * Requires the unified DFG of dfg.c with d->engine set.  Guarantees: the
 * three DFGs' nodes are in dependence order, every input of the body and
 * epilogue is a context value; or false with *why when a value computed in
 * the pass is used after the loop other than through a carried local. */
#include "fpga.h"

#include <string.h>

/* A running value (strength reduction), carried after the carried values
 * in place of a body node that a pass changes by a fixed step:
 *   - an induction product mul = k * f, k a carried value that a pass steps
 *     by the constant d (next = k + d, or sel ? k + d : k), f constant or
 *     invariant: m = entry(k) * f at loop entry, m + d*f after a pass that
 *     steps k (m - f for d = -1);
 *   - an affine sum (base >= 0) mul = base + x, x + base or x - base (sub),
 *     x such a counter k (factor -1: f = 1) or an induction product, base
 *     loop-invariant and neither a constant nor a param (those are in no
 *     context): m = base +- entry(x) at loop entry, stepping as x
 *     does.  The base is then read at loop entry only (matmul's a[i * n +
 *     k]: i * n leaves the context).
 * Bit-identical with Java's wrapping int and long: base + (k + d) * f ==
 * (base + k * f) + d * f mod 2^32 (2^64). */
typedef struct Induction {
    int mul, slot, factor; /* src nodes: the node it stands for, k's carried slot, f (-1: 1) */
    int64_t d;
    int sel;               /* src node: the step's condition (-1: every pass) */
    int base;              /* src node: an affine sum's loop-invariant term (-1: a product) */
    bool sub;              /* mul = x - base */
} Induction;

typedef struct Cut {
    Dfg *src;
    LoopEngine *g;
    Induction *ind;        /* the context's running values, after the carried values */
    int nind;
    Induction *cand;       /* the candidates: induction products, then affine sums */
    int ncand, *stop;      /* stop: per src node, its candidate + 1 while choose_context walks */
    bool *reached;         /* per candidate: the walk needs its node */
    bool *loop_inv;        /* per src node of the body: a function of prologue values, params and constants */
    int *inv;              /* per src node: its index among the invariants + 1 (0: not one) */
    Vec invariants;        /* src node ids (intptr_t) */
    int *offset;           /* per context value: bit offset */
    bool *hoist;           /* per src node of the body: loop-invariant and costly, computed in the prologue */
    bool bad;
    Loc bad_loc;
} Cut;

typedef struct Copy {
    Cut *c;
    Dfg *dst;
    int lo, hi;            /* the src range this DFG computes */
    int *map;              /* src id -> dst id + 1 (0: not yet) */
} Copy;

static DNode *src_node(Cut *c, int id) { return c->src->nodes.items[id]; }

static int width_of(WireKind w) { return w == W_BOOL ? 1 : w == W_LONG || w == W_DOUBLE ? 64 : 32; }

static bool is_leaf_anywhere(DNode *n) { return n->kind == DN_CONST || n->kind == DN_PARAM; }

/* Whether a multiply or a pipelined unit (a divider, a float operator):
 * worth computing once per item rather than once per pass. */
static bool is_costly(Dfg *d, DNode *n) {
    const char *why;
    const StoreImpl *im = fpga_op_is_wiring(n->op) ? NULL : fpga_op_impl(d, n, &why);
    return !strcmp(n->op, "*") || (im && im->latency > 0);
}

/* Loop-invariant code motion: the body's operators over prologue values,
 * params and constants only (no memory read), where costly, are
 * invariants computed in the prologue (c->hoist), not once per pass. */
static void find_hoisted(Cut *c) {
    int len = c->src->nodes.len;
    bool *invariant = c->loop_inv = xalloc((size_t)len + 1);
    c->hoist = xalloc((size_t)len + 1);
    for (int id = c->g->b0; id < c->g->b1; id++) {
        DNode *n = src_node(c, id);
        if (n->kind != DN_OP || !strcmp(n->op, "aload")) continue;
        bool inv = true;
        for (int k = 0; k < n->nargs && inv; k++) {
            int a = n->args[k];
            inv = is_leaf_anywhere(src_node(c, a)) || a < c->g->b0 || invariant[a];
        }
        invariant[id] = inv;
        c->hoist[id] = inv && is_costly(c->src, n);
    }
}

/* Marks the prologue values that nodes of [lo, hi) reachable from id read. */
static void find_invariants(Cut *c, int id, int lo, int hi, bool *seen) {
    if (id < 0 || seen[id]) return;
    seen[id] = true;
    DNode *n = src_node(c, id);
    if (is_leaf_anywhere(n)) return;
    if (c->stop && c->stop[id]) {   /* a running value stands for it */
        c->reached[c->stop[id] - 1] = true;
        return;
    }
    if ((id < c->g->b0 || c->hoist[id]) && lo > 0) {   /* a prologue value read by the body or the epilogue */
        if (!c->inv[id]) {
            vec_push(&c->invariants, (void *)(intptr_t)id);
            c->inv[id] = c->invariants.len;
        }
        return;
    }
    if (id < lo || id >= hi) {
        if (n->kind != DN_CARRY && n->kind != DN_EXIT && !c->bad) {
            c->bad = true;
            c->bad_loc = n->loc;
        }
        return;
    }
    for (int k = 0; k < n->nargs; k++) find_invariants(c, n->args[k], lo, hi, seen);
}

static int new_node(Dfg *d, DNode tmpl) {
    DNode *n = xalloc(sizeof *n);
    *n = tmpl;
    n->id = d->nodes.len;
    vec_push(&d->nodes, n);
    return n->id;
}

/* A context value as an input of the body or the epilogue. */
static int ctx_input(Copy *cp, int ctx, WireKind w, Loc loc) {
    return new_node(cp->dst, (DNode){.kind = DN_INPUT, .w = w, .slot = cp->c->offset[ctx], .loc = loc});
}

/* id's node in cp->dst, copied with what it needs first. */
static int copy_node(Copy *cp, int id) {
    if (cp->map[id]) return cp->map[id] - 1;
    Cut *c = cp->c;
    DNode *n = src_node(c, id);
    int r;
    if (is_leaf_anywhere(n) || (n->kind == DN_INPUT && cp->lo == 0)) {
        r = new_node(cp->dst, *n);
    } else if (n->kind == DN_CARRY || n->kind == DN_EXIT) {
        r = ctx_input(cp, n->slot, n->w, n->loc);
    } else if (cp->lo > 0 && (id < c->g->b0 || c->hoist[id])) {
        r = ctx_input(cp, c->g->ncarried + c->nind + c->inv[id] - 1, n->w, n->loc);
    } else {
        DNode t = *n;
        for (int k = 0; k < n->nargs; k++) t.args[k] = copy_node(cp, n->args[k]);
        r = new_node(cp->dst, t);
    }
    cp->map[id] = r + 1;
    return r;
}

static Dfg *new_part(Cut *c, Copy *cp, int lo, int hi) {
    Dfg *d = xalloc(sizeof *d);
    d->task = c->src->task;
    d->exc = d->exc_index = d->result = -1;
    d->mems = c->src->mems;   /* memory.c: every part reads the task's memories */
    d->nmems = c->src->nmems;
    d->mem_depth = c->src->mem_depth;
    d->param_words = c->src->param_words;
    memcpy(d->param_types, c->src->param_types, sizeof d->param_types);
    *cp = (Copy){c, d, lo, hi, xalloc(sizeof(int) * (size_t)(c->src->nodes.len + 1))};
    if (lo > 0) {
        d->bit_inputs = true;
        d->in_words = (c->g->ctx_bits + 31) / 32;
    } else {
        d->in_words = c->src->in_words;
        memcpy(d->in_types, c->src->in_types, sizeof d->in_types);
    }
    return d;
}

static DNode *const_of(Cut *c, int id) {
    DNode *n = src_node(c, id);
    return n->kind == DN_CONST ? n : NULL;
}

static bool is_op_node(DNode *n, const char *op) { return n->kind == DN_OP && !strcmp(n->op, op); }

/* A constant's value as a signed integer of its width. */
static int64_t const_value(DNode *n) { return n->w == W_LONG ? (int64_t)n->bits : (int64_t)(int32_t)(uint32_t)n->bits; }

/* Whether id is k + d or k - d for carried slot k's DN_CARRY, d constant:
 * *d set. */
static bool steps_by_constant(Cut *c, int id, int carry, int64_t *d) {
    DNode *n = src_node(c, id);
    bool add = is_op_node(n, "+"), sub = is_op_node(n, "-");
    if ((!add && !sub) || n->nargs != 2) return false;
    for (int k = 0; k < 2; k++) {
        DNode *dc = const_of(c, n->args[1 - k]);
        if (n->args[k] != carry || !dc || (sub && k == 1)) continue;
        *d = sub ? -const_value(dc) : const_value(dc);
        return true;
    }
    return false;
}

/* Whether carried slot k steps by a constant in a pass (Induction's d,
 * sel). */
static bool is_counter(Cut *c, int k, int64_t *d, int *sel) {
    int next = c->g->next[k], carry = c->g->carry[k];
    *sel = -1;
    if (steps_by_constant(c, next, carry, d)) return true;
    DNode *m = src_node(c, next);
    if (!is_op_node(m, "?:") || m->args[2] != carry || !steps_by_constant(c, m->args[1], carry, d)) return false;
    *sel = m->args[0];
    return true;
}

/* Whether f can be a running product's factor: a constant, a param, or an
 * invariant in the context; and its step d * f is a constant or f itself
 * (d = 1) or its negation (d = -1). */
static bool is_factor(Cut *c, int f, int64_t d) {
    DNode *n = src_node(c, f);
    bool invariant = is_leaf_anywhere(n) || c->inv[f];
    return invariant && (n->kind == DN_CONST || d == 1 || d == -1);
}

/* The integer multiplies of the body (live ones) that are induction
 * products. */
static void find_inductions(Cut *c, const bool *live) {
    c->cand = xalloc(sizeof(Induction) * (size_t)(c->g->b1 - c->g->b0 + 1));
    c->ind = xalloc(sizeof(Induction) * (size_t)(c->g->b1 - c->g->b0 + 1));
    for (int id = c->g->b0; id < c->g->b1; id++) {
        DNode *n = src_node(c, id);
        if (!live[id] || !is_op_node(n, "*") || (n->w != W_INT && n->w != W_LONG)) continue;
        for (int a = 0; a < 2; a++) {
            DNode *k = src_node(c, n->args[a]);
            int64_t d;
            int sel;
            if (k->kind != DN_CARRY || !is_counter(c, k->slot, &d, &sel) || !is_factor(c, n->args[1 - a], d)) continue;
            c->cand[c->ncand++] = (Induction){id, k->slot, n->args[1 - a], d, sel, -1, false};
            break;
        }
    }
}

/* Whether node id does not change during the loop: a constant, a param, a
 * prologue value or the body's operators over those. */
static bool is_loop_invariant(Cut *c, int id) {
    return is_leaf_anywhere(src_node(c, id)) || id < c->g->b0 || (id < c->g->b1 && c->loop_inv[id]);
}

/* The step of x (a counter's DN_CARRY or one of the first nprod
 * candidates, an induction product) as an Induction without its node and
 * base; false when x steps otherwise. */
static bool steps_as(Cut *c, int x, int nprod, Induction *in) {
    DNode *n = src_node(c, x);
    if (n->kind == DN_CARRY) {
        *in = (Induction){.slot = n->slot, .factor = -1, .base = -1};
        return is_counter(c, n->slot, &in->d, &in->sel);
    }
    for (int i = 0; i < nprod; i++)
        if (c->cand[i].mul == x) {
            *in = c->cand[i];
            return true;
        }
    return false;
}

/* The live integer sums of the body that are affine in a counter (after
 * the induction products among the candidates). */
static void find_affine(Cut *c, const bool *live) {
    int nprod = c->ncand;
    for (int id = c->g->b0; id < c->g->b1; id++) {
        DNode *n = src_node(c, id);
        bool add = is_op_node(n, "+"), sub = is_op_node(n, "-");
        if (!live[id] || (!add && !sub) || n->nargs != 2 || (n->w != W_INT && n->w != W_LONG)) continue;
        for (int a = 0; a < (sub ? 1 : 2); a++) {
            Induction in;
            int x = n->args[a], base = n->args[1 - a];
            /* (a constant or param base is in no context: nothing to gain) */
            if (src_node(c, x)->w != n->w || is_leaf_anywhere(src_node(c, base)) || !is_loop_invariant(c, base) ||
                !steps_as(c, x, nprod, &in))
                continue;
            in.mul = id;
            in.base = base;
            in.sub = sub;
            c->cand[c->ncand++] = in;
            break;
        }
    }
}

static int width_of_node(Cut *c, int id) { return width_of(src_node(c, id)->w); }

/* The context when the first `allowed` candidates stand for their nodes:
 * the invariants the body and the epilogue then read (an allowed
 * candidate's node is not walked into, its factor is read), the
 * candidates the pass needs as the running values (c->ind); its bits. */
static int choose_context(Cut *c, int allowed) {
    LoopEngine *g = c->g;
    int len = c->src->nodes.len, bits = 0;
    c->invariants.len = 0;
    memset(c->inv, 0, sizeof(int) * (size_t)(len + 1));
    c->stop = xalloc(sizeof(int) * (size_t)(len + 1));
    c->reached = xalloc((size_t)allowed + 1);
    for (int i = 0; i < allowed; i++) c->stop[c->cand[i].mul] = i + 1;
    bool *seen = xalloc((size_t)len + 1);
    for (int k = 0; k < g->ncarried; k++) find_invariants(c, g->next[k], g->b0, g->b1, seen);
    find_invariants(c, g->again, g->b0, g->b1, seen);
    c->stop = NULL;
    c->nind = 0;
    for (int i = 0; i < allowed; i++) {
        if (!c->reached[i]) continue;
        c->ind[c->nind++] = c->cand[i];
        if (c->cand[i].factor >= 0) find_invariants(c, c->cand[i].factor, g->b0, g->b1, seen);
    }
    seen = xalloc((size_t)len + 1);
    find_invariants(c, c->src->result, g->b1, len, seen);
    for (int k = 0; k < c->src->nresults; k++) find_invariants(c, c->src->results[k], g->b1, len, seen);
    find_invariants(c, c->src->exc, g->b1, len, seen);
    for (int k = 0; k < g->ncarried; k++) bits += width_of_node(c, g->entry[k]);
    for (int i = 0; i < c->nind; i++) bits += width_of_node(c, c->ind[i].mul);
    for (int i = 0; i < c->invariants.len; i++) bits += width_of_node(c, (int)(intptr_t)c->invariants.items[i]);
    return bits;
}

static int dst_op(Copy *cp, const char *op, WireKind w, int a, int b, int sel, Loc loc) {
    DNode t = {.kind = DN_OP, .w = w, .op = op, .opw = w, .args = {a, b}, .nargs = 2, .loc = loc};
    if (sel >= 0) t = (DNode){.kind = DN_OP, .w = w, .op = "?:", .opw = w, .args = {sel, a, b}, .nargs = 3, .loc = loc};
    return new_node(cp->dst, t);
}

static int dst_const(Copy *cp, WireKind w, int64_t v, Loc loc) {
    uint64_t bits = w == W_LONG ? (uint64_t)v : (uint64_t)(uint32_t)v;
    return new_node(cp->dst, (DNode){.kind = DN_CONST, .w = w, .bits = bits, .loc = loc});
}

/* Wrapping product of two constants at width w. */
static int64_t wrapped_product(WireKind w, int64_t a, int64_t b) {
    uint64_t p = (uint64_t)a * (uint64_t)b;
    return w == W_LONG ? (int64_t)p : (int64_t)(int32_t)(uint32_t)p;
}

/* The running value at loop entry, in the prologue: entry(k) * f (folded
 * when both are constants; entry(k) when f is 1), +- an affine sum's
 * base. */
static int induction_at_entry(Copy *cp, Induction *in) {
    Cut *c = cp->c;
    DNode *mul = src_node(c, in->mul), *k0 = const_of(c, c->g->entry[in->slot]);
    DNode *f = in->factor >= 0 ? const_of(c, in->factor) : NULL;
    int x;
    if (in->factor < 0) x = copy_node(cp, c->g->entry[in->slot]);
    else if (k0 && f) x = dst_const(cp, mul->w, wrapped_product(mul->w, const_value(k0), const_value(f)), mul->loc);
    else if (k0 && const_value(k0) == 0) x = dst_const(cp, mul->w, 0, mul->loc);
    else x = dst_op(cp, "*", mul->w, copy_node(cp, c->g->entry[in->slot]), copy_node(cp, in->factor), -1, mul->loc);
    return in->base < 0 ? x : dst_op(cp, in->sub ? "-" : "+", mul->w, x, copy_node(cp, in->base), -1, mul->loc);
}

/* The running value after a pass, in the body: m + d*f where k steps. */
static int induction_step(Copy *cp, Induction *in, int m) {
    Cut *c = cp->c;
    DNode *mul = src_node(c, in->mul), *f = in->factor >= 0 ? const_of(c, in->factor) : NULL;
    int stepped;
    if (in->factor < 0) stepped = dst_op(cp, "+", mul->w, m, dst_const(cp, mul->w, in->d, mul->loc), -1, mul->loc);
    else if (f) stepped = dst_op(cp, "+", mul->w, m, dst_const(cp, mul->w, wrapped_product(mul->w, in->d, const_value(f)), mul->loc), -1, mul->loc);
    else stepped = dst_op(cp, in->d == 1 ? "+" : "-", mul->w, m, copy_node(cp, in->factor), -1, mul->loc);
    return in->sel < 0 ? stepped : dst_op(cp, "?:", mul->w, stepped, m, copy_node(cp, in->sel), mul->loc);
}

/* Whether the head test's node id is a function of the pass's start
 * values that the body can compute again from its end values: carried
 * values, constants, params, invariants in the context, the body's
 * operators over them. */
static bool head_recomputable(Cut *c, int id, bool *seen) {
    if (seen[id]) return true;
    seen[id] = true;
    DNode *n = src_node(c, id);
    if (is_leaf_anywhere(n) || n->kind == DN_CARRY || c->inv[id]) return true;
    if (id < c->g->b0) return false;
    if (id >= c->g->b1 || n->kind != DN_OP) return false;
    for (int k = 0; k < n->nargs; k++)
        if (!head_recomputable(c, n->args[k], seen)) return false;
    return true;
}

/* The head test's node id over the values at the end of the pass (each
 * DN_CARRY replaced by the carried value's next) in cp's DFG; memo: src id
 * -> dst id + 1. */
static int head_of_next_pass(Copy *cp, int id, int *memo) {
    if (memo[id]) return memo[id] - 1;
    Cut *c = cp->c;
    DNode *n = src_node(c, id);
    int r;
    if (n->kind == DN_CARRY) {
        r = copy_node(cp, c->g->next[n->slot]);
    } else if (n->kind == DN_OP && id >= c->g->b0 && !c->inv[id]) {
        DNode t = *n;
        for (int k = 0; k < n->nargs; k++) t.args[k] = head_of_next_pass(cp, n->args[k], memo);
        r = new_node(cp->dst, t);
    } else {
        r = copy_node(cp, id);
    }
    memo[id] = r + 1;
    return r;
}

/* The body's `again` and the head test of the next pass (LoopEngine.head),
 * or -1 when the loop has no head test the body can compute. */
static int again_with_next_head(Cut *c, Copy *cp, int again) {
    int len = c->src->nodes.len;
    if (c->g->head < 0 || !head_recomputable(c, c->g->head, xalloc((size_t)len + 1))) return -1;
    int next_head = head_of_next_pass(cp, c->g->head, xalloc(sizeof(int) * (size_t)(len + 1)));
    DNode *a = cp->dst->nodes.items[again];
    return new_node(cp->dst, (DNode){.kind = DN_OP, .w = W_BOOL, .op = "&", .opw = W_BOOL, .args = {again, next_head},
                                     .nargs = 2, .loc = a->loc});
}

/* Whether node id has the same value for every item at the same pass: a
 * constant, a param, a counter (a carried value a pass steps by a
 * constant) from such a value at entry, or operators over those; never the
 * item, a memory read or other carried values. */
static bool same_for_every_item(Cut *c, int id, char *memo) {
    if (memo[id]) return memo[id] == 1;
    memo[id] = 2;   /* (a cycle through a counter's step is no proof) */
    DNode *n = src_node(c, id);
    bool same = false;
    int64_t d;
    int sel;
    if (is_leaf_anywhere(n)) {
        same = true;
    } else if (n->kind == DN_CARRY) {
        same = is_counter(c, n->slot, &d, &sel) && same_for_every_item(c, c->g->entry[n->slot], memo);
    } else if (n->kind == DN_OP && strcmp(n->op, "aload") != 0) {
        same = true;
        for (int k = 0; k < n->nargs && same; k++) same = same_for_every_item(c, n->args[k], memo);
    }
    memo[id] = same ? 1 : 2;
    return same;
}

/* Whether every item makes the same number of passes (but one that throws,
 * which leaves early): the loop's own exit is the same for every item at
 * each pass (matmul's `k < n`, N-body's `j < px.length`; not Mandelbrot's,
 * which breaks on the point's escape).  Then with P slots and T passes an
 * item the ring takes a new item every T clocks, and its prologue need not
 * take one every clock (Dfg.seq_div). */
static bool uniform_passes(Cut *c) {
    return same_for_every_item(c, c->g->loop_exit, xalloc((size_t)c->src->nodes.len + 1));
}

static int nctx(Cut *c) { return c->g->ncarried + c->nind + c->invariants.len; }

/* Context value k's node in the source DFG: a carried value's at entry, a
 * running product's, an invariant. */
static int ctx_node_src(Cut *c, int k) {
    int nc = c->g->ncarried;
    if (k < nc) return c->g->entry[k];
    if (k < nc + c->nind) return c->ind[k - nc].mul;
    return (int)(intptr_t)c->invariants.items[k - nc - c->nind];
}

static void lay_out_context(Cut *c) {
    int n = nctx(c), bits = 0;
    c->offset = xalloc(sizeof(int) * (size_t)(n + 1));
    for (int k = 0; k < n; k++) {
        c->offset[k] = bits;
        bits += width_of(src_node(c, ctx_node_src(c, k))->w);
    }
    c->g->ninduction = c->nind;
    c->g->ctx_bits = bits;
    c->g->ninvariant = c->invariants.len;
}

bool fpga_loop_split(Dfg *d, Reason *why) {
    LoopEngine *g = d->engine;
    int len = d->nodes.len;
    Cut c = {.src = d, .g = g, .inv = xalloc(sizeof(int) * (size_t)(len + 1))};
    find_hoisted(&c);
    bool *seen = xalloc((size_t)len + 1);
    for (int k = 0; k < g->ncarried; k++) find_invariants(&c, g->next[k], g->b0, g->b1, seen);
    find_invariants(&c, g->again, g->b0, g->b1, seen);
    bool *body_live = seen;
    seen = xalloc((size_t)len + 1);
    find_invariants(&c, d->result, g->b1, len, seen);
    for (int k = 0; k < d->nresults; k++) find_invariants(&c, d->results[k], g->b1, len, seen);   /* a value's fields */
    find_invariants(&c, d->exc, g->b1, len, seen);
    if (c.bad) {
        why->loc = c.bad_loc;
        snprintf(why->text, sizeof why->text, "a value computed in a loop whose exit depends on the data, used "
                 "after it other than through a variable");
        return false;
    }
    /* the running values: the induction products, and the affine sums too
     * when the context is then smaller */
    find_inductions(&c, body_live);
    int nprod = c.ncand;
    find_affine(&c, body_live);
    int plain = choose_context(&c, nprod);
    if (c.ncand > nprod && choose_context(&c, c.ncand) >= plain) choose_context(&c, nprod);
    lay_out_context(&c);
    int n = nctx(&c), nc = g->ncarried;
    Copy cp;
    /* prologue */
    g->pro = new_part(&c, &cp, 0, g->b0);
    g->pro->seq_div = uniform_passes(&c);
    g->pro->results = xalloc(sizeof(int) * (size_t)(n + 1));
    g->pro->nresults = n;
    for (int k = 0; k < n; k++)
        g->pro->results[k] = k >= nc && k < nc + c.nind ? induction_at_entry(&cp, &c.ind[k - nc])
                                                        : copy_node(&cp, ctx_node_src(&c, k));
    /* body: the running products stand for their multiplies; the invariants go round unchanged */
    g->body = new_part(&c, &cp, g->b0, g->b1);
    for (int i = 0; i < c.nind; i++)
        cp.map[c.ind[i].mul] = ctx_input(&cp, nc + i, src_node(&c, c.ind[i].mul)->w, src_node(&c, c.ind[i].mul)->loc) + 1;
    g->body->results = xalloc(sizeof(int) * (size_t)(n + 1));
    g->body->nresults = n;
    for (int k = 0; k < n; k++)
        g->body->results[k] = k < nc ? copy_node(&cp, g->next[k])
                              : k < nc + c.nind ? induction_step(&cp, &c.ind[k - nc], cp.map[c.ind[k - nc].mul] - 1)
                              : copy_node(&cp, ctx_node_src(&c, k));
    g->body->result = copy_node(&cp, g->again);
    g->again_next = again_with_next_head(&c, &cp, g->body->result);
    /* epilogue */
    g->epi = new_part(&c, &cp, g->b1, len);
    if (d->nresults) {   /* a value class: its fields */
        g->epi->results = xalloc(sizeof(int) * (size_t)d->nresults);
        g->epi->nresults = d->nresults;
        for (int k = 0; k < d->nresults; k++) g->epi->results[k] = copy_node(&cp, d->results[k]);
        memcpy(g->epi->out_fields, d->out_fields, sizeof d->out_fields);
    } else {
        g->epi->result = copy_node(&cp, d->result);
    }
    if (d->exc >= 0) g->epi->exc = copy_node(&cp, d->exc);
    g->epi->out_type = d->out_type;
    g->epi->out_words = d->out_words;
    return true;
}
