/* solution.c: whole filters replaced by the store's solutions.
 *
 * A filter of a stream matches sol_fir when, in the DFG, its state is one
 * int array h[T] (T >= 2) shifted by one per item (h[0] <- the input,
 * h[k] <- the old h[k-1]) and its output is a sum of constant multiples
 * of the new h[0..T-1] with no constant term: y = sum c[k] x[n-k], in any
 * order and shape (int arithmetic wraps, so the terms may be regrouped).
 * The match is on the meaning of the DFG (a linear form over the input and
 * the registers), not on the source text.
 *
 * sol_fir starts from a zero history and keeps its partial sums, not the
 * history.  So only the stream's first filter is replaced, whose inputs
 * are the source's items: the generated CPU code runs the graph on the
 * device only when the filter object's history is all zero (a fresh
 * filter; otherwise on the CPU), and afterwards sets the history from the
 * source's last items, as the filter would have left it.  The model keeps
 * no copy of the history (Dfg.state_zero, StateVar.from_source).
 *
 * Requires a stream task's DFG from dfg.c and the store (store.c: is there
 * a sol_fir).  Guarantees: a substituted filter's output node becomes op
 * "solution" (Dfg.solutions) and no live node reads its history; when the
 * match fails the DFG is left as it was. */
#include "fpga.h"

#include <string.h>

enum { MAX_TERMS = 64, MAX_VISITS = 20000 };

/* c0 * src[0] + c1 * src[1] + ... + konst, in 32-bit wrapping arithmetic. */
typedef struct Linear {
    int n;
    int src[MAX_TERMS];
    uint32_t coef[MAX_TERMS];
    uint32_t konst;
    bool ok;
} Linear;

static DNode *nd(Dfg *d, int id) { return d->nodes.items[id]; }

static void add_term(Linear *r, int src, uint32_t c) {
    for (int i = 0; i < r->n; i++)
        if (r->src[i] == src) {
            r->coef[i] += c;
            return;
        }
    if (r->n == MAX_TERMS) {
        r->ok = false;
        return;
    }
    r->src[r->n] = src;
    r->coef[r->n++] = c;
}

static void add_scaled(Linear *r, const Linear *a, uint32_t scale) {
    if (!a->ok) r->ok = false;
    for (int i = 0; i < a->n && r->ok; i++) add_term(r, a->src[i], a->coef[i] * scale);
    r->konst += a->konst * scale;
}

/* The linear form of node id over the sources, or ok = false. */
static Linear linear(Dfg *d, int id, const int *sources, int nsources, int *visits) {
    Linear r = {.ok = true};
    DNode *n = nd(d, id);
    if (++*visits > MAX_VISITS || n->w != W_INT) {
        r.ok = false;
        return r;
    }
    for (int i = 0; i < nsources; i++)
        if (sources[i] == id) {
            add_term(&r, id, 1);
            return r;
        }
    if (n->kind == DN_CONST) {
        r.konst = (uint32_t)n->bits;
        return r;
    }
    if (n->kind != DN_OP || n->opw != W_INT) {
        r.ok = false;
        return r;
    }
    Linear a = linear(d, n->args[0], sources, nsources, visits);
    if (!strcmp(n->op, "-x")) {
        add_scaled(&r, &a, (uint32_t)-1);
        return r;
    }
    if (n->nargs != 2) {
        r.ok = false;
        return r;
    }
    Linear b = linear(d, n->args[1], sources, nsources, visits);
    bool a_const = a.ok && a.n == 0, b_const = b.ok && b.n == 0;
    if (!strcmp(n->op, "+") || !strcmp(n->op, "-")) {
        add_scaled(&r, &a, 1);
        add_scaled(&r, &b, n->op[0] == '+' ? 1 : (uint32_t)-1);
    } else if (!strcmp(n->op, "*") && (a_const || b_const)) {
        add_scaled(&r, a_const ? &b : &a, a_const ? a.konst : b.konst);
    } else if (!strcmp(n->op, "<<") && b_const) {
        add_scaled(&r, &a, (uint32_t)1 << (b.konst & 31));
    } else {
        r.ok = false;
    }
    return r;
}

/* The position of (filter, field) among the state fields (the layout
 * order of Dfg.state_lens). */
static int field_index(Dfg *d, int sv) {
    int index = -1;
    for (int i = 0; i <= sv; i++)
        if (i == 0 || d->state[i].field != d->state[i - 1].field || d->state[i].filter != d->state[i - 1].filter) index++;
    return index;
}

static void try_fir(Dfg *d, int filter) {
    /* the history: the filter's only registers, one int array */
    FieldDecl *hist = NULL;
    int first = -1, taps = 0;
    for (int i = 0; i < d->nstate; i++) {
        StateVar *sv = &d->state[i];
        if (sv->filter != filter || sv->constant) continue;
        if (sv->elem < 0 || sv->w != W_INT || (hist && sv->field != hist)) return;
        if (!hist) {
            hist = sv->field;
            first = i;
        }
        if (sv->elem != taps) return;
        taps++;
    }
    int x = d->filter_in[filter], y = d->filter_out[filter];
    if (!hist || taps < 2 || nd(d, x)->w != W_INT || nd(d, y)->kind != DN_OP || nd(d, y)->w != W_INT) return;
    int reg[MAX_TERMS];
    if (taps > MAX_TERMS) return;
    for (int k = 0; k < taps; k++) {
        reg[k] = fpga_state_node(d, first + k);
        if (reg[k] < 0) return;
        int want = k == 0 ? x : reg[k - 1];
        if (d->state[first + k].next != want) return;   /* not a shift by one */
    }
    /* y over x = new h[0] and the old h[0..T-2] = new h[1..T-1] */
    int sources[MAX_TERMS];
    sources[0] = x;
    for (int k = 1; k < taps; k++) sources[k] = reg[k - 1];
    int visits = 0;
    Linear lin = linear(d, y, sources, taps, &visits);
    if (!lin.ok || lin.konst != 0) return;
    uint32_t coef[MAX_TERMS] = {0};
    for (int i = 0; i < lin.n; i++)
        for (int k = 0; k < taps; k++)
            if (lin.src[i] == sources[k]) coef[k] = lin.coef[i];
    StrBuf params = {0};
    sb_printf(&params, "#(.TAPS(%d), .COEFFS({", taps);
    for (int k = taps - 1; k >= 0; k--) sb_printf(&params, "32'h%08x%s", coef[k], k ? ", " : "");
    sb_puts(&params, "})) ");
    Solution *s = xalloc(sizeof *s);
    s->module = "sol_fir";
    s->filter = filter;
    s->node = y;
    s->params = xstrdup(sb_str(&params));
    s->what = xprintf("%d-tap FIR", taps);
    vec_push(&d->solutions, s);
    /* y becomes the solution's output; what computed it is dead now */
    DNode *n = nd(d, y), saved = *n;
    n->op = "solution";
    n->opw = W_INT;
    n->nargs = 1;
    n->args[0] = x;
    n->slot = d->solutions.len - 1;
    for (int k = 0; k < taps; k++) d->state[first + k].from_source = true;
    /* nothing else may read the history: the model keeps none */
    bool *live = fpga_live_nodes(d);
    for (int k = 0; k < taps; k++)
        if (live[reg[k]]) {
            *n = saved;
            d->solutions.len--;
            for (int j = 0; j < taps; j++) d->state[first + j].from_source = false;
            return;
        }
    d->state_zero[field_index(d, first)] = true;
}

void fpga_substitute_solutions(Dfg *d) {
    Graph *g = d->task->graph;
    if (!d->filter_in || !fpga_store_module("sol_fir") || g->source_elem != ty_int) return;
    GraphFilter *first = g->filters.items[0];
    if (first->kind == TASK_STATEFUL_FILTER) try_fir(d, 0);
}
