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

/* A filter of at most this many IR instructions is inlined into an
 * unrolled period (periods_fn) when it takes or makes an array. */
enum { UNROLL_INLINE_MAX = 200 };

typedef struct Firing {
    Graph *g;
    int to;
    bool collect;
    LLVMValueRef *state;       /* the filters' objects, by state index */
    LLVMValueRef *buf, *fill;  /* per filter popping more than one: its buffer's slot, the items in it */
    LLVMValueRef out, at;      /* collect: the output array, and the slot of the next output's index */
    /* unrolled (one whole period in straight-line code, every buffer empty
     * at its start and end): what buf/fill/at hold, known while generating */
    bool unrolled;
    LLVMValueRef **uitems;     /* per filter popping more than one: the items its next firing takes */
    int *ufill;                /* per filter popping more than one: how many have come */
    LLVMValueRef uat;          /* collect: the next output's index */
} Firing;

static LLVMTypeRef i32t(Codegen *cg) { return LLVMInt32TypeInContext(cg->ctx); }

/* Code that hands item x (of filter k's input type) to filter k, and on
 * down the graph as far as it goes (k == f->to: the output). */
static void push_item(Codegen *cg, Firing *f, int k, LLVMValueRef x) {
    Graph *g = f->g;
    if (k == f->to && f->unrolled) {
        if (!f->collect) return;
        cg_store_elem(cg, f->out, f->uat, cg_graph_items(g, k), x);
        f->uat = LLVMBuildAdd(cg->b, f->uat, cg_i32c(cg, 1), "");
        return;
    }
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
    if (flt->pops_array && f->unrolled) {
        /* a fresh buffer each firing (a filter may keep its input), filled
         * just before the call: LLVM forwards stores to loads only over a
         * short distance (its memory dependence scan) */
        f->uitems[k][f->ufill[k]] = x;
        if (++f->ufill[k] < flt->pop) return;
        f->ufill[k] = 0;
        arg = cg_new_array_of(cg, in, cg_i32c(cg, flt->pop));
        for (int j = 0; j < flt->pop; j++) cg_store_elem(cg, arg, cg_i32c(cg, j), in, f->uitems[k][j]);
    } else if (flt->pops_array) {
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
    if (f->unrolled && (flt->pops_array || flt->pushes_array) && flt->method->ir->body->len <= UNROLL_INLINE_MAX) {
        /* inlined whatever LLVM's inliner thinks of the long period, so the
         * arrays it takes and makes are dropped */
        unsigned kind = LLVMGetEnumAttributeKindForName("alwaysinline", 12);
        LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
    }
    if (flt->kind == TASK_SINK) {
    } else if (!flt->pushes_array) {
        push_item(cg, f, k + 1, r);
    } else {
        Type *out = cg_graph_items(g, k + 1);
        LLVMValueRef len = cg_length_of(cg, r, value_array_of(out, -1));
        LLVMValueRef args[3] = {cg_cstring(cg, xprintf("%s.%s", flt->method->owner->name, flt->method->name)), len,
                                cg_i32c(cg, flt->push)};
        cg_guard(cg, LLVMBuildICmp(cg->b, LLVMIntNE, len, cg_i32c(cg, flt->push), ""), "lime_throw_filter_rate", args, 3);
        if (f->unrolled) {
            for (int j = 0; j < flt->push; j++) push_item(cg, f, k + 1, cg_load_elem(cg, r, cg_i32c(cg, j), out));
            return;
        }
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

/* In the function being generated: src's items i0..i1-1 through filters
 * from..to-1, every buffer empty at the start; outputs (to < nf or no
 * sink) into out from index o0 on. */
static void firings(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv, LLVMValueRef src, LLVMValueRef i0,
                    LLVMValueRef i1, LLVMValueRef out, LLVMValueRef o0) {
    Firing f = {.g = g, .to = to, .collect = to < g->filters.len || !g->ends_in_sink, .out = out};
    f.state = cg_graph_states(cg, g, from, to, gv);
    f.buf = xalloc(sizeof(LLVMValueRef) * (size_t)(to + 1));
    f.fill = xalloc(sizeof(LLVMValueRef) * (size_t)(to + 1));
    for (int k = from; k < to; k++) {
        if (!((GraphFilter *)g->filters.items[k])->pops_array) continue;
        f.buf[k] = cg_entry_alloca(cg, cg_ptr_type(cg), "buf");
        f.fill[k] = cg_entry_alloca(cg, i32t(cg), "fill");
        LLVMBuildStore(cg->b, LLVMConstNull(cg_ptr_type(cg)), f.buf[k]);
        LLVMBuildStore(cg->b, cg_i32c(cg, 0), f.fill[k]);
    }
    if (f.collect) {
        f.at = cg_entry_alloca(cg, i32t(cg), "out_at");
        LLVMBuildStore(cg->b, o0, f.at);
    }
    CgLoop lp;
    LLVMValueRef i = cg_begin_loop(cg, &lp, i0, i1);
    push_item(cg, &f, from, cg_load_elem(cg, src, i, cg_graph_items(g, from)));
    cg_finish_loop(cg, &lp);
}

LLVMValueRef cg_multirate_outputs(Codegen *cg, Graph *g, int from, int to, LLVMValueRef n) {
    /* more outputs than an array holds: the runtime's OutOfMemoryError
     * for an array of Integer.MAX_VALUE elements */
    LLVMValueRef c = outputs_of(cg, g, from, to, n);
    c = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGT, c, cg_i64c(cg, 0x7fffffff), ""), cg_i64c(cg, 0x7fffffff),
                        c, "");
    return LLVMBuildTrunc(cg->b, c, i32t(cg), "");
}

LLVMValueRef cg_multirate_body(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv, LLVMValueRef src) {
    bool collect = to < g->filters.len || !g->ends_in_sink;
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(cg_graph_items(g, from), -1));
    LLVMValueRef out = NULL;
    if (collect) out = cg_new_array_of(cg, cg_graph_items(g, to), cg_multirate_outputs(cg, g, from, to, n));
    firings(cg, g, from, to, gv, src, cg_i32c(cg, 0), n, out, cg_i32c(cg, 0));
    return out;
}

/* ------------------------------------------------ whole periods in blocks
 *
 * A multi-rate graph whose filters before the sink are all stateless runs
 * its whole periods (Graph.reps: P source items make Q outputs of the last
 * filter before the sink, and leave every buffer empty, the sink's too)
 * in blocks of periods on every core: period p's items are src[p*P ..
 * p*P+P-1], its outputs out[p*Q .. p*Q+Q-1], whatever ran before it.  If a
 * block throws, nothing was changed (no filter has state) and the graph
 * runs again firing by firing, which throws the loop's exception after
 * the loop's sink output.  Else the sink runs over the outputs in order,
 * firing by firing, and then the tail (the items after the last whole
 * period) goes firing by firing through every filter, sink included, from
 * empty buffers: each call is the sequential loop's, in its order. */

bool cg_multirate_blocks(Graph *g) {
    int m = g->filters.len - (g->ends_in_sink ? 1 : 0);
    if (!g->multirate || m == 0) return false;
    for (int k = 0; k < m; k++)
        if (((GraphFilter *)g->filters.items[k])->kind != TASK_FILTER) return false;
    return true;
}

/* void range(gv, src, i0, i1, out, o0): firings over items i0..i1-1
 * through filters 0..to-1 into out from o0 (to == nf with a sink: none). */
static LLVMValueRef range_fn(Codegen *cg, Graph *g, int to) {
    const char *name = xprintf("lime.graph%d.periods%d", g->id, to);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    if (f) return f;
    LLVMTypeRef p = cg_ptr_type(cg), i32 = i32t(cg);
    LLVMTypeRef params[6] = {p, p, i32, i32, p, i32};
    CgSaved saved;
    f = cg_begin_helper(cg, name, LLVMVoidTypeInContext(cg->ctx), params, 6, &saved);
    firings(cg, g, 0, to, LLVMGetParam(f, 0), LLVMGetParam(f, 1), LLVMGetParam(f, 2), LLVMGetParam(f, 3),
            LLVMGetParam(f, 4), LLVMGetParam(f, 5));
    LLVMBuildRetVoid(cg->b);
    cg_end_helper(cg, &saved);
    return f;
}

/* The most firings and pushes, source items included, a period written
 * out as straight-line code (periods_fn) may take (ir_graph_period). */
enum { UNROLL_MAX_STEPS = 512 };

/* void periods(gv, src, p0, p1, out): whole periods p0..p1-1 through
 * filters 0..m-1 (stateless), period p's P items from src[p*P] and its Q
 * outputs into out[p*Q], each period in straight-line code: every buffer's
 * fill is known at each step, so after inlining LLVM forwards each firing's
 * items from the stores to the filter's reads and drops the small arrays
 * (cg_new_prim_array). */
static LLVMValueRef periods_fn(Codegen *cg, Graph *g, int m, long long P, long long Q) {
    const char *name = xprintf("lime.graph%d.unrolled_periods", g->id);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (fn) return fn;
    LLVMTypeRef p = cg_ptr_type(cg), i64 = cg_i64t(cg);
    LLVMTypeRef params[5] = {p, p, i64, i64, p};
    CgSaved saved;
    fn = cg_begin_helper(cg, name, LLVMVoidTypeInContext(cg->ctx), params, 5, &saved);
    Firing f = {.g = g, .to = m, .collect = true, .out = LLVMGetParam(fn, 4), .unrolled = true};
    f.state = cg_graph_states(cg, g, 0, m, LLVMGetParam(fn, 0));
    f.uitems = xalloc(sizeof(LLVMValueRef *) * (size_t)(m + 1));
    f.ufill = xalloc(sizeof(int) * (size_t)(m + 1));
    for (int k = 0; k < m; k++)
        f.uitems[k] = xalloc(sizeof(LLVMValueRef) * (size_t)((GraphFilter *)g->filters.items[k])->pop);
    LLVMValueRef src = LLVMGetParam(fn, 1);
    CgLoop lp;
    LLVMValueRef per = cg_begin_loop(cg, &lp, LLVMGetParam(fn, 2), LLVMGetParam(fn, 3));
    /* every index fits an int: p*P <= n and p*Q <= the outputs, an array's */
    LLVMValueRef base = LLVMBuildTrunc(cg->b, LLVMBuildMul(cg->b, per, cg_i64c(cg, P), ""), i32t(cg), "");
    LLVMValueRef o0 = LLVMBuildTrunc(cg->b, LLVMBuildMul(cg->b, per, cg_i64c(cg, Q), ""), i32t(cg), "");
    f.uat = o0;
    for (long long i = 0; i < P; i++) {
        LLVMValueRef at = LLVMBuildAdd(cg->b, base, cg_i32c(cg, (int)i), "");
        push_item(cg, &f, 0, cg_load_elem(cg, src, at, cg_graph_items(g, 0)));
    }
    for (int k = 0; k < m; k++) LIME_ASSERT(f.ufill[k] == 0);   /* a period leaves every buffer empty */
    cg_finish_loop(cg, &lp);
    LLVMBuildRetVoid(cg->b);
    cg_end_helper(cg, &saved);
    return fn;
}

/* The environment of the block chunks. */
enum { PENV_GV, PENV_SRC, PENV_OUT, PENV_PERIODS, PENV_PER_BLOCK, PENV_FIELDS };
static LLVMTypeRef penv_type(Codegen *cg) {
    LLVMTypeRef p = cg_ptr_type(cg), i64 = cg_i64t(cg);
    LLVMTypeRef fields[PENV_FIELDS] = {p, p, p, i64, i64};
    return LLVMStructTypeInContext(cg->ctx, fields, PENV_FIELDS, false);
}

/* void block(env, b0, b1): blocks b0..b1-1, each per_block whole periods
 * (the last fewer), into the output. */
static LLVMValueRef block_fn(Codegen *cg, Graph *g, int m, long long P, long long Q) {
    const char *name = xprintf("lime.graph%d.period_blocks", g->id);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    if (f) return f;
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_i64t(cg), cg_i64t(cg)}, et = penv_type(cg), p = cg_ptr_type(cg);
    CgSaved saved;
    f = cg_begin_helper(cg, name, LLVMVoidTypeInContext(cg->ctx), params, 3, &saved);
    LLVMValueRef env = LLVMGetParam(f, 0);
    LLVMValueRef gv = cg_env_field(cg, et, env, PENV_GV, p), src = cg_env_field(cg, et, env, PENV_SRC, p);
    LLVMValueRef out = cg_env_field(cg, et, env, PENV_OUT, p);
    LLVMValueRef periods = cg_env_field(cg, et, env, PENV_PERIODS, cg_i64t(cg));
    LLVMValueRef per_block = cg_env_field(cg, et, env, PENV_PER_BLOCK, cg_i64t(cg));
    LLVMValueRef p0 = LLVMBuildMul(cg->b, LLVMGetParam(f, 1), per_block, "");
    LLVMValueRef p1 = LLVMBuildMul(cg->b, LLVMGetParam(f, 2), per_block, "");
    p1 = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, p1, periods, ""), p1, periods, "");
    if (ir_graph_period(g, UNROLL_MAX_STEPS).steps > 0) {
        LLVMValueRef pargs[5] = {gv, src, p0, p1, out};
        cg_call_fn(cg, periods_fn(cg, g, m, P, Q), pargs, 5);
        LLVMBuildRetVoid(cg->b);
        cg_end_helper(cg, &saved);
        return f;
    }
    /* every index fits an int: p*P <= n and p*Q <= the outputs, an array's */
    LLVMValueRef args[6] = {gv, src, LLVMBuildTrunc(cg->b, LLVMBuildMul(cg->b, p0, cg_i64c(cg, P), ""), i32t(cg), ""),
                            LLVMBuildTrunc(cg->b, LLVMBuildMul(cg->b, p1, cg_i64c(cg, P), ""), i32t(cg), ""), out,
                            LLVMBuildTrunc(cg->b, LLVMBuildMul(cg->b, p0, cg_i64c(cg, Q), ""), i32t(cg), "")};
    cg_call_fn(cg, range_fn(cg, g, m), args, 6);
    LLVMBuildRetVoid(cg->b);
    cg_end_helper(cg, &saved);
    return f;
}

/* ptr|void blocks(gv, src): the graph in blocks of whole periods (above). */
LLVMValueRef cg_multirate_blocks_fn(Codegen *cg, Graph *g) {
    const char *name = xprintf("lime.graph%d.multirate_blocks", g->id);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    if (f) return f;
    int nf = g->filters.len, m = nf - (g->ends_in_sink ? 1 : 0);
    GraphPeriod period = ir_graph_period(g, UNROLL_MAX_STEPS);
    long long P = period.items, Q = period.outputs;
    LLVMTypeRef params[2] = {cg_ptr_type(cg), cg_ptr_type(cg)}, i64 = cg_i64t(cg);
    CgSaved saved;
    f = cg_begin_helper(cg, name, g->ends_in_sink ? LLVMVoidTypeInContext(cg->ctx) : cg_ptr_type(cg), params, 2,
                        &saved);
    LLVMValueRef gv = LLVMGetParam(f, 0), src = LLVMGetParam(f, 1);
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(g->source_elem, -1));
    LLVMValueRef periods = LLVMBuildSDiv(cg->b, LLVMBuildSExt(cg->b, n, i64, ""), cg_i64c(cg, P), "periods");
    LLVMValueRef whole = LLVMBuildTrunc(cg->b, LLVMBuildMul(cg->b, periods, cg_i64c(cg, P), ""), i32t(cg), "whole");
    /* the outputs: all of them for collect (the tail's after the periods'),
     * the periods' for the sink; clamped as cg_multirate_body's */
    LLVMValueRef c = g->ends_in_sink ? LLVMBuildMul(cg->b, periods, cg_i64c(cg, Q), "") : outputs_of(cg, g, 0, m, n);
    c = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGT, c, cg_i64c(cg, 0x7fffffff), ""), cg_i64c(cg, 0x7fffffff),
                        c, "");
    LLVMValueRef out = cg_new_array_of(cg, cg_graph_items(g, m), LLVMBuildTrunc(cg->b, c, i32t(cg), ""));
    LLVMValueRef size = cg_call_rt(cg, "lime_window_block", i64, NULL, 0, false);
    LLVMValueRef per_block = LLVMBuildSDiv(cg->b, size, cg_i64c(cg, P), "");
    per_block = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, per_block, cg_i64c(cg, 1), ""), cg_i64c(cg, 1),
                                per_block, "per_block");
    LLVMValueRef nblocks = LLVMBuildSDiv(
        cg->b, LLVMBuildAdd(cg->b, periods, LLVMBuildSub(cg->b, per_block, cg_i64c(cg, 1), ""), ""), per_block, "");
    LLVMTypeRef et = penv_type(cg);
    LLVMValueRef env = cg_entry_alloca(cg, et, "env");
    LLVMValueRef fields[PENV_FIELDS] = {gv, src, out, periods, per_block};
    for (int i = 0; i < PENV_FIELDS; i++) LLVMBuildStore(cg->b, fields[i], LLVMBuildStructGEP2(cg->b, et, env, (unsigned)i, ""));
    LLVMValueRef fargs[3] = {nblocks, block_fn(cg, g, m, P, Q), env};
    LLVMValueRef failed = cg_call_rt(cg, "lime_parallel_for_each", i64, fargs, 3, false);
    LLVMBasicBlockRef one_loop = cg_new_bb(cg, "one_loop"), ok = cg_new_bb(cg, "blocks.ok");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGE, failed, cg_i64c(cg, 0), ""), one_loop, ok);
    LLVMPositionBuilderAtEnd(cg->b, one_loop);
    LLVMValueRef r = cg_graph_loop(cg, g, 0, nf, gv, src);
    if (g->ends_in_sink) LLVMBuildRetVoid(cg->b);
    else LLVMBuildRet(cg->b, r);
    LLVMPositionBuilderAtEnd(cg->b, ok);
    if (g->ends_in_sink) cg_graph_loop(cg, g, m, nf, gv, out);   /* the sink over the periods' outputs */
    LLVMValueRef targs[6] = {gv, src, whole, n, g->ends_in_sink ? LLVMConstNull(cg_ptr_type(cg)) : out,
                             LLVMBuildTrunc(cg->b, LLVMBuildMul(cg->b, periods, cg_i64c(cg, Q), ""), i32t(cg), "")};
    cg_call_fn(cg, range_fn(cg, g, nf), targs, 6);   /* the tail */
    if (g->ends_in_sink) LLVMBuildRetVoid(cg->b);
    else LLVMBuildRet(cg->b, out);
    cg_end_helper(cg, &saved);
    return f;
}

/* ------------------------------------------------ on a device
 *
 * The stream task of a graph cg_multirate_blocks takes, accepted by a
 * device backend as a map (Backend.stream_as_map: the GPU's kernel over
 * whole periods, backends/gpu/kernel.c), offered as one map whose
 * work-items are the periods' outputs (n = periods*Q, the kernel's first
 * n/Q work-items each computing one period): when the device ran it
 * without an exception, the sink runs over the outputs in order and the
 * tail firing by firing, as after cg_multirate_blocks_fn's blocks, and
 * the output (collect) is the periods' outputs then the tail's.  When it
 * did not (declined, or a work-item threw: no filter has state, so
 * nothing changed), the "it ran" flag is false and the caller runs the
 * graph on the CPU, which throws the loop's exception after the loop's
 * sink output. */
/* The outputs of n source items' whole periods through filters before
 * the sink, as an i64: what the device's kernel over periods counts as its
 * elements, and so what the CPU's run of the same graph reports to auto's
 * measurement (graph.c), for both to fall in one size class. */
LLVMValueRef cg_multirate_period_outputs(Codegen *cg, Graph *g, LLVMValueRef n) {
    GraphPeriod period = ir_graph_period(g, 0);
    LLVMValueRef periods =
        LLVMBuildSDiv(cg->b, LLVMBuildSExt(cg->b, n, cg_i64t(cg), ""), cg_i64c(cg, period.items), "periods");
    return LLVMBuildMul(cg->b, periods, cg_i64c(cg, period.outputs), "period_outputs");
}

LLVMValueRef cg_multirate_offer(Codegen *cg, Graph *g, IrTask *t, LLVMValueRef gv, LLVMValueRef src, LLVMValueRef *out) {
    int nf = g->filters.len, m = nf - (g->ends_in_sink ? 1 : 0);
    long long P = ir_graph_period(g, 0).items;
    LLVMTypeRef i64 = cg_i64t(cg);
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(g->source_elem, -1));
    LLVMValueRef periods = LLVMBuildSDiv(cg->b, LLVMBuildSExt(cg->b, n, i64, ""), cg_i64c(cg, P), "periods");
    LLVMValueRef whole = LLVMBuildTrunc(cg->b, LLVMBuildMul(cg->b, periods, cg_i64c(cg, P), ""), i32t(cg), "whole");
    LLVMValueRef made = cg_multirate_period_outputs(cg, g, n);
    /* the outputs: as cg_multirate_blocks_fn's */
    LLVMValueRef c = g->ends_in_sink ? made : outputs_of(cg, g, 0, m, n);
    c = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGT, c, cg_i64c(cg, 0x7fffffff), ""), cg_i64c(cg, 0x7fffffff),
                        c, "");
    *out = cg_new_array_of(cg, cg_graph_items(g, m), LLVMBuildTrunc(cg->b, c, i32t(cg), ""));
    LLVMValueRef made32 = LLVMBuildTrunc(cg->b, made, i32t(cg), "");
    LLVMBasicBlockRef offer = cg_new_bb(cg, "periods.offer"), ran = cg_new_bb(cg, "periods.ran"),
                      no = cg_new_bb(cg, "periods.declined");
    /* (more outputs than an int counts: the CPU, whose array cannot hold them either) */
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLE, made, cg_i64c(cg, 0x7fffffff), ""), offer, no);
    LLVMPositionBuilderAtEnd(cg->b, offer);
    /* the source taken whole: a period's outputs may outnumber its items */
    CgDeviceArg whole_src = {src, g->source_elem, true};
    LLVMValueRef took = cg_offer_items_to(cg, "lime_device_chain", t, NULL, &whole_src, 1, made32, *out);
    LLVMBuildCondBr(cg->b, took, ran, no);
    LLVMPositionBuilderAtEnd(cg->b, ran);
    if (g->ends_in_sink) cg_graph_loop(cg, g, m, nf, gv, *out);   /* the sink over the periods' outputs */
    LLVMValueRef targs[6] = {gv, src, whole, n, g->ends_in_sink ? LLVMConstNull(cg_ptr_type(cg)) : *out, made32};
    cg_call_fn(cg, range_fn(cg, g, nf), targs, 6);   /* the tail */
    return cg_ran_or_not(cg, no);
}
