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
 * Constants and params are copied into each DFG that uses them.
 *
 * Requires the unified DFG of dfg.c with d->engine set.  Guarantees: the
 * three DFGs' nodes are in dependence order, every input of the body and
 * epilogue is a context value; or false with *why when a value computed in
 * the pass is used after the loop other than through a carried local. */
#include "fpga.h"

#include <string.h>

typedef struct Cut {
    Dfg *src;
    LoopEngine *g;
    int *inv;              /* per src node: its index among the invariants + 1 (0: not one) */
    Vec invariants;        /* src node ids (intptr_t) */
    int *offset;           /* per context value: bit offset */
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

/* Marks the prologue values that nodes of [lo, hi) reachable from id read. */
static void find_invariants(Cut *c, int id, int lo, int hi, bool *seen) {
    if (id < 0 || seen[id]) return;
    seen[id] = true;
    DNode *n = src_node(c, id);
    if (is_leaf_anywhere(n)) return;
    if (id < c->g->b0 && lo > 0) {   /* a prologue value read by the body or the epilogue */
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
    } else if (cp->lo > 0 && id < c->g->b0) {
        r = ctx_input(cp, c->g->ncarried + c->inv[id] - 1, n->w, n->loc);
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

static int nctx(Cut *c) { return c->g->ncarried + c->invariants.len; }

static int ctx_node_src(Cut *c, int k) {
    return k < c->g->ncarried ? c->g->entry[k] : (int)(intptr_t)c->invariants.items[k - c->g->ncarried];
}

static void lay_out_context(Cut *c) {
    int n = nctx(c), bits = 0;
    c->offset = xalloc(sizeof(int) * (size_t)(n + 1));
    for (int k = 0; k < n; k++) {
        c->offset[k] = bits;
        bits += width_of(src_node(c, ctx_node_src(c, k))->w);
    }
    c->g->ctx_bits = bits;
    c->g->ninvariant = c->invariants.len;
}

bool fpga_loop_split(Dfg *d, Reason *why) {
    LoopEngine *g = d->engine;
    int len = d->nodes.len;
    Cut c = {.src = d, .g = g, .inv = xalloc(sizeof(int) * (size_t)(len + 1))};
    bool *seen = xalloc((size_t)len + 1);
    for (int k = 0; k < g->ncarried; k++) find_invariants(&c, g->next[k], g->b0, g->b1, seen);
    find_invariants(&c, g->again, g->b0, g->b1, seen);
    memset(seen, 0, (size_t)len + 1);
    find_invariants(&c, d->result, g->b1, len, seen);
    for (int k = 0; k < d->nresults; k++) find_invariants(&c, d->results[k], g->b1, len, seen);   /* a value's fields */
    find_invariants(&c, d->exc, g->b1, len, seen);
    if (c.bad) {
        why->loc = c.bad_loc;
        snprintf(why->text, sizeof why->text, "a value computed in a loop whose exit depends on the data, used "
                 "after it other than through a variable");
        return false;
    }
    lay_out_context(&c);
    int n = nctx(&c);
    Copy cp;
    /* prologue */
    g->pro = new_part(&c, &cp, 0, g->b0);
    g->pro->results = xalloc(sizeof(int) * (size_t)(n + 1));
    g->pro->nresults = n;
    for (int k = 0; k < n; k++) g->pro->results[k] = copy_node(&cp, ctx_node_src(&c, k));
    /* body: the invariants go round unchanged */
    g->body = new_part(&c, &cp, g->b0, g->b1);
    g->body->results = xalloc(sizeof(int) * (size_t)(n + 1));
    g->body->nresults = n;
    for (int k = 0; k < n; k++)
        g->body->results[k] = copy_node(&cp, k < g->ncarried ? g->next[k] : ctx_node_src(&c, k));
    g->body->result = copy_node(&cp, g->again);
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
