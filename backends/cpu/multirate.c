/* multirate.c: a multi-rate stream graph on the CPU, firing by firing.
 *
 * A filter that pops N items a firing (its parameter T[[N]]) fires as soon
 * as N items have reached it, with a fresh value array of those N items;
 * one that pushes M (its result R[[M]]) hands the M items of its result on,
 * in order, each going as far down the graph as it can before the next:
 * exactly the sequential loop of docs/language.md ("Multi-rate filters"):
 *
 *     for (T x : source) push(0, x);
 *     push(k, x): buf_k.add(x); if (buf_k.size() == pop_k) {
 *                     r = f_k(buf_k as a T[[pop_k]]); buf_k = new;
 *                     for (R y : r) push(k + 1, y); }
 *
 * Items left in a filter's buffer when the source ends (fewer than it pops)
 * are dropped.  So filter k fires floor(n_k / pop_k) times for n_k input
 * items, and collect() makes exactly that many times push of the last
 * filter: the output array is made at its length before the loop.
 *
 * Requires: every filter from..to-1 has pop >= 1 and push >= 1 (a sink: 0),
 * rates the checker took from its types (src/check.c, graph_rates).
 * Guarantees: the calls, their order and so every exception, sink output
 * and filter state are the sequential loop's; a result whose length is
 * not the filter's push rate (a value array field left at its empty value)
 * throws IllegalStateException (lime_throw_filter_rate) before any of its
 * items go on. */
#include "codegen.h"

typedef struct Firing {
    Graph *g;
    int to;
    bool collect;
    LLVMValueRef *state;       /* the filters' objects, by state index */
    LLVMValueRef *buf, *fill;  /* per filter popping more than one: its buffer's slot, the items in it */
    LLVMValueRef out, at;      /* collect: the output array, and the slot of the next output's index */
} Firing;

static LLVMTypeRef i32t(Codegen *cg) { return LLVMInt32TypeInContext(cg->ctx); }

/* Code that hands item x (of filter k's input type) to filter k, and on
 * down the graph as far as it goes (k == f->to: the output). */
static void push_item(Codegen *cg, Firing *f, int k, LLVMValueRef x) {
    Graph *g = f->g;
    if (k == f->to) {
        if (!f->collect) return;
        LLVMValueRef at = LLVMBuildLoad2(cg->b, i32t(cg), f->at, "out_at");
        cg_store_elem(cg, f->out, at, cg_graph_items(g, k), x);
        LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, at, cg_i32c(cg, 1), ""), f->at);
        return;
    }
    GraphFilter *flt = g->filters.items[k];
    Type *in = cg_graph_items(g, k);
    LLVMBasicBlockRef after = NULL;
    LLVMValueRef arg = x;
    if (flt->pop != 1) {
        /* the first item of a firing starts a fresh buffer: a filter may keep its input */
        LLVMValueRef fill = LLVMBuildLoad2(cg->b, i32t(cg), f->fill[k], "fill");
        LLVMBasicBlockRef fresh = cg_new_bb(cg, "firing.fresh"), add = cg_new_bb(cg, "firing.add");
        LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, fill, cg_i32c(cg, 0), ""), fresh, add);
        LLVMPositionBuilderAtEnd(cg->b, fresh);
        LLVMBuildStore(cg->b, cg_new_array_of(cg, in, cg_i32c(cg, flt->pop)), f->buf[k]);
        LLVMBuildBr(cg->b, add);
        LLVMPositionBuilderAtEnd(cg->b, add);
        LLVMValueRef buf = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), f->buf[k], "buf");
        cg_store_elem(cg, buf, fill, in, x);
        LLVMValueRef next = LLVMBuildAdd(cg->b, fill, cg_i32c(cg, 1), "");
        LLVMValueRef full = LLVMBuildICmp(cg->b, LLVMIntEQ, next, cg_i32c(cg, flt->pop), "full");
        LLVMBuildStore(cg->b, LLVMBuildSelect(cg->b, full, cg_i32c(cg, 0), next, ""), f->fill[k]);
        LLVMBasicBlockRef fire = cg_new_bb(cg, "firing.fire");
        after = cg_new_bb(cg, "firing.after");
        LLVMBuildCondBr(cg->b, full, fire, after);
        LLVMPositionBuilderAtEnd(cg->b, fire);
        arg = buf;
    }
    LLVMValueRef r = cg_graph_apply(cg, g, k, f->state, arg);
    if (flt->kind == TASK_SINK) {
    } else if (flt->push == 1) {
        push_item(cg, f, k + 1, r);
    } else {
        Type *out = cg_graph_items(g, k + 1);
        LLVMValueRef len = cg_length_of(cg, r, value_array_of(out, -1));
        LLVMValueRef args[3] = {cg_cstring(cg, xprintf("%s.%s", flt->method->owner->name, flt->method->name)), len,
                                cg_i32c(cg, flt->push)};
        cg_guard(cg, LLVMBuildICmp(cg->b, LLVMIntNE, len, cg_i32c(cg, flt->push), ""), "lime_throw_filter_rate", args, 3);
        CgLoop lp;
        LLVMValueRef j = cg_begin_loop(cg, &lp, cg_i32c(cg, 0), cg_i32c(cg, flt->push));
        push_item(cg, f, k + 1, cg_load_elem(cg, r, j, out));
        cg_finish_loop(cg, &lp);
    }
    if (after) {
        LLVMBuildBr(cg->b, after);
        LLVMPositionBuilderAtEnd(cg->b, after);
    }
}

/* The outputs filters from..to-1 make of n input items, as an i64:
 * n_{k+1} = n_k / pop_k * push_k. */
static LLVMValueRef outputs_of(Codegen *cg, Graph *g, int from, int to, LLVMValueRef n) {
    LLVMValueRef c = LLVMBuildSExt(cg->b, n, cg_i64t(cg), "");
    for (int k = from; k < to; k++) {
        GraphFilter *flt = g->filters.items[k];
        c = LLVMBuildMul(cg->b, LLVMBuildSDiv(cg->b, c, cg_i64c(cg, flt->pop), ""), cg_i64c(cg, flt->push), "");
    }
    return c;
}

LLVMValueRef cg_multirate_body(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv, LLVMValueRef src) {
    Firing f = {.g = g, .to = to, .collect = to < g->filters.len || !g->ends_in_sink};
    f.state = cg_graph_states(cg, g, from, to, gv);
    f.buf = xalloc(sizeof(LLVMValueRef) * (size_t)(to + 1));
    f.fill = xalloc(sizeof(LLVMValueRef) * (size_t)(to + 1));
    for (int k = from; k < to; k++) {
        if (((GraphFilter *)g->filters.items[k])->pop == 1) continue;
        f.buf[k] = cg_entry_alloca(cg, cg_ptr_type(cg), "buf");
        f.fill[k] = cg_entry_alloca(cg, i32t(cg), "fill");
        LLVMBuildStore(cg->b, LLVMConstNull(cg_ptr_type(cg)), f.buf[k]);
        LLVMBuildStore(cg->b, cg_i32c(cg, 0), f.fill[k]);
    }
    Type *in_elem = cg_graph_items(g, from);
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(in_elem, -1));
    if (f.collect) {
        /* more outputs than an array holds: the runtime's OutOfMemoryError
         * for an array of Integer.MAX_VALUE elements */
        LLVMValueRef c = outputs_of(cg, g, from, to, n);
        c = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGT, c, cg_i64c(cg, 0x7fffffff), ""),
                            cg_i64c(cg, 0x7fffffff), c, "");
        f.out = cg_new_array_of(cg, cg_graph_items(g, to), LLVMBuildTrunc(cg->b, c, i32t(cg), ""));
        f.at = cg_entry_alloca(cg, i32t(cg), "out_at");
        LLVMBuildStore(cg->b, cg_i32c(cg, 0), f.at);
    }
    CgLoop lp;
    LLVMValueRef i = cg_begin_loop(cg, &lp, cg_i32c(cg, 0), n);
    push_item(cg, &f, from, cg_load_elem(cg, src, i, in_elem));
    cg_finish_loop(cg, &lp);
    return f.out;
}
