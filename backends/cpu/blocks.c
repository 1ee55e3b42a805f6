/* blocks.c: a stream graph whose filters are all windowed (src/window.c)
 * runs in blocks of items on every core, with exactly the one loop's
 * results, exceptions and final filter state.
 *
 * Each block [s, e) works on its own copies of the filter objects.  Filter
 * i of m (k_i its window; stateless ones 0) must see its state as the one
 * loop leaves it before item q_i = s - (k_{i+1} + ... + k_{m-1}): a
 * warm-up runs items max(0, s - W) .. s-1 (W = the sum of every k), each
 * through the filters while t >= q_i, and at the first filter with t < q_i
 * only shifts it into that filter's window (the slots' moves, no output).
 * The k_i items before q_i fill every slot of filter i (starting from the
 * objects' state when the stream starts at item 0), so its state at q_i is
 * exact, and every filter call of a warm-up is one the one loop makes,
 * with the same state: a block throws only what the loop throws.  Then the
 * block runs its items through every filter into the output.
 *
 * Items at or past the lookback W need no state at all when every filter
 * runs as a map over its input (FilterWindow.mapped): filter after filter
 * (stages_fn), each a loop over its input from as far back as the filters
 * after it look, a windowed one through its map form (cg_window_function:
 * its window loads read the input array at the items the window would
 * hold, its window stores are gone), which LLVM vectorises.  Only the
 * items below W (the first block's first few) go item by item as above.
 *
 * The blocks run by lime_parallel_for_each.  If one throws, nothing was
 * changed (copies only), and the graph runs again as the one loop, which
 * throws the loop's exception with the loop's state.  Otherwise the
 * objects get the state the loop leaves (a warm-up up to item n, then each
 * slot copied back; window arrays keep their identity); a sink then takes
 * the outputs in order on the calling thread, and if it throws at item j,
 * the objects get the state the loop leaves at that point (warm-up to j+1)
 * before the exception goes on. */
#include "codegen.h"

/* Starts graph g's helper function lime.graph<id>.<what> (cg_begin_helper)
 * into *f and returns true; false when it exists already (*f: it). */
static bool begin_once(Codegen *cg, Graph *g, const char *what, LLVMTypeRef ret, LLVMTypeRef *params, int n,
                       CgSaved *saved, LLVMValueRef *f) {
    const char *name = xprintf("lime.graph%d.%s", g->id, what);
    *f = LLVMGetNamedFunction(cg->mod, name);
    if (*f) return false;
    *f = cg_begin_helper(cg, name, ret, params, n, saved);
    return true;
}

/* A chunk function of lime_parallel_for_each: void (env, i64 from, i64 to). */
static bool begin_chunk(Codegen *cg, Graph *g, const char *what, CgSaved *saved, LLVMValueRef *f) {
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_i64t(cg), cg_i64t(cg)};
    return begin_once(cg, g, what, LLVMVoidTypeInContext(cg->ctx), params, 3, saved, f);
}

/* Ends helper f, a void function. */
static LLVMValueRef end_void(Codegen *cg, CgSaved *saved, LLVMValueRef f) {
    LLVMBuildRetVoid(cg->b);
    cg_end_helper(cg, saved);
    return f;
}

/* ------------------------------------------------------------ the state */

static int filters_before_sink(Graph *g) { return g->filters.len - (g->ends_in_sink ? 1 : 0); }

static const FilterWindow *window_of(Codegen *cg, Graph *g, int pos) {
    return ir_filter_window(cg->prog, ir_graph_filter_task(cg->prog, g, pos));
}

/* The address of slot s of object obj. */
static LLVMValueRef slot_address(Codegen *cg, LLVMValueRef obj, const WindowSlot *s) {
    LLVMValueRef field = cg_field_address(cg, obj, s->field);
    if (s->index < 0) return field;
    LLVMValueRef arr = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), field, "window");
    return cg_element_address(cg, arr, cg_i32c(cg, s->index), s->field->ty->elem);
}

/* One item x into obj's window: each slot takes x or the value its source
 * slot held before (all read first, then all written). */
static void shift_in(Codegen *cg, const FilterWindow *w, LLVMValueRef obj, LLVMValueRef x) {
    LLVMValueRef *vals = xalloc(sizeof(LLVMValueRef) * (size_t)(w->nslots + 1));
    for (int s = 0; s < w->nslots; s++) {
        const WindowSlot *ws = &w->slots[s];
        if (ws->from < 0) {
            vals[s] = cg_to_mem(cg, x, ir_slot_type(ws));
            continue;
        }
        const WindowSlot *src = &w->slots[ws->from];
        vals[s] = LLVMBuildLoad2(cg->b, cg_mem_type(cg, ir_slot_type(src)), slot_address(cg, obj, src), "");
    }
    for (int s = 0; s < w->nslots; s++) LLVMBuildStore(cg->b, vals[s], slot_address(cg, obj, &w->slots[s]));
}

/* Every slot of `to` set to the value it has in `from`. */
static void copy_slots(Codegen *cg, const FilterWindow *w, LLVMValueRef from, LLVMValueRef to) {
    for (int s = 0; s < w->nslots; s++) {
        const WindowSlot *ws = &w->slots[s];
        LLVMValueRef v = LLVMBuildLoad2(cg->b, cg_mem_type(cg, ir_slot_type(ws)), slot_address(cg, from, ws), "");
        LLVMBuildStore(cg->b, v, slot_address(cg, to, ws));
    }
}

/* ptr copies(gv): a graph value like gv whose windowed objects are copies
 * (their window arrays copied too); objects without slots are shared. */
static LLVMValueRef copies_fn(Codegen *cg, Graph *g) {
    LLVMValueRef f;
    LLVMTypeRef param = cg_ptr_type(cg);
    CgSaved saved;
    if (!begin_once(cg, g, "copies", cg_ptr_type(cg), &param, 1, &saved, &f)) return f;
    LLVMValueRef gv = LLVMGetParam(f, 0);
    LLVMValueRef args[2] = {cg_i32c(cg, 8), cg_i32c(cg, g->nstateful + 1)};
    LLVMValueRef bv = cg_call_rt(cg, "lime_new_array", cg_ptr_type(cg), args, 2, false);
    for (int i = 0; i <= g->nstateful; i++) {
        LLVMValueRef idx = cg_i32c(cg, i);
        cg_store_elem(cg, bv, idx, ty_object, cg_load_elem(cg, gv, idx, ty_object));
    }
    for (int pos = 0; pos < filters_before_sink(g); pos++) {
        GraphFilter *flt = g->filters.items[pos];
        const FilterWindow *w = window_of(cg, g, pos);
        if (!w->nslots) continue;
        LLVMValueRef idx = cg_i32c(cg, flt->state_index);
        LLVMValueRef obj = cg_load_elem(cg, gv, idx, ty_object);
        LLVMValueRef copy = cg_call_rt(cg, "lime_window_clone_object", cg_ptr_type(cg), &obj, 1, false);
        for (int a = 0; a < w->narrays; a++) {
            LLVMValueRef field = cg_field_address(cg, copy, w->arrays[a]);
            LLVMValueRef arr = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), field, "");
            LLVMBuildStore(cg->b, cg_call_rt(cg, "lime_window_clone_array", cg_ptr_type(cg), &arr, 1, false), field);
        }
        cg_store_elem(cg, bv, idx, ty_object, copy);
    }
    LLVMBuildRet(cg->b, bv);
    cg_end_helper(cg, &saved);
    return f;
}

/* i1: every window array of the graph's objects is there (a constructor
 * that left one null makes the one loop throw, as it should). */
static LLVMValueRef windows_present(Codegen *cg, Graph *g, LLVMValueRef gv) {
    LLVMValueRef ok = LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 1, 0);
    for (int pos = 0; pos < filters_before_sink(g); pos++) {
        const FilterWindow *w = window_of(cg, g, pos);
        if (!w->narrays) continue;
        GraphFilter *flt = g->filters.items[pos];
        LLVMValueRef obj = cg_load_elem(cg, gv, cg_i32c(cg, flt->state_index), ty_object);
        for (int a = 0; a < w->narrays; a++) {
            LLVMValueRef arr = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), cg_field_address(cg, obj, w->arrays[a]), "");
            ok = LLVMBuildAnd(cg->b, ok, LLVMBuildIsNotNull(cg->b, arr, ""), "");
        }
    }
    return ok;
}

/* --------------------------------------------------------------- warm-up */

/* void warmup(bv, src, s): bv's objects (copies holding the state at item
 * 0) brought to the state the one loop has before item s (file comment). */
static LLVMValueRef warmup_fn(Codegen *cg, Graph *g) {
    LLVMValueRef f;
    int m = filters_before_sink(g);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_ptr_type(cg), i32};
    CgSaved saved;
    if (!begin_once(cg, g, "warmup", LLVMVoidTypeInContext(cg->ctx), params, 3, &saved, &f)) return f;
    LLVMValueRef bv = LLVMGetParam(f, 0), src = LLVMGetParam(f, 1), s = LLVMGetParam(f, 2);
    LLVMValueRef *state = cg_graph_states(cg, g, 0, m, bv);
    /* q[i]: the first item filter i runs; before it, items go into its window */
    LLVMValueRef *q = xalloc(sizeof(LLVMValueRef) * (size_t)(m + 1));
    int after = 0;
    for (int i = m - 1; i >= 0; i--) {
        q[i] = LLVMBuildSub(cg->b, s, cg_i32c(cg, after), "q");
        after += window_of(cg, g, i)->k;
    }
    LLVMValueRef lo = LLVMBuildSub(cg->b, s, cg_i32c(cg, after), "");
    LLVMValueRef neg = LLVMBuildICmp(cg->b, LLVMIntSLT, lo, cg_i32c(cg, 0), "");
    lo = LLVMBuildSelect(cg->b, neg, cg_i32c(cg, 0), lo, "lo");
    CgLoop lp;
    LLVMValueRef t = cg_begin_loop(cg, &lp, lo, s);
    LLVMBasicBlockRef next = cg_new_bb(cg, "warmup.next");
    LLVMValueRef x = cg_load_elem(cg, src, t, g->source_elem);
    for (int i = 0; i < m; i++) {
        LLVMBasicBlockRef shift = cg_new_bb(cg, "warmup.shift"), run = cg_new_bb(cg, "warmup.run");
        LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, t, q[i], ""), shift, run);
        LLVMPositionBuilderAtEnd(cg->b, shift);
        GraphFilter *flt = g->filters.items[i];
        const FilterWindow *w = window_of(cg, g, i);
        if (w->nslots) shift_in(cg, w, state[flt->state_index], x);
        LLVMBuildBr(cg->b, next);
        LLVMPositionBuilderAtEnd(cg->b, run);
        x = cg_graph_apply(cg, g, i, state, x);
    }
    LLVMBuildBr(cg->b, next); /* never taken: t < s = q[m-1] */
    LLVMPositionBuilderAtEnd(cg->b, next);
    cg_finish_loop(cg, &lp);
    return end_void(cg, &saved, f);
}

/* void state_at(gv, src, p): gv's objects get the state the one loop
 * leaves after items 0..p-1. */
static LLVMValueRef state_at_fn(Codegen *cg, Graph *g) {
    LLVMValueRef f;
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_ptr_type(cg), LLVMInt32TypeInContext(cg->ctx)};
    CgSaved saved;
    if (!begin_once(cg, g, "state_at", LLVMVoidTypeInContext(cg->ctx), params, 3, &saved, &f)) return f;
    LLVMValueRef gv = LLVMGetParam(f, 0);
    LLVMValueRef bv = cg_call_fn(cg, copies_fn(cg, g), &gv, 1);
    LLVMValueRef wargs[3] = {bv, LLVMGetParam(f, 1), LLVMGetParam(f, 2)};
    cg_call_fn(cg, warmup_fn(cg, g), wargs, 3);
    for (int pos = 0; pos < filters_before_sink(g); pos++) {
        const FilterWindow *w = window_of(cg, g, pos);
        if (!w->nslots) continue;
        LLVMValueRef idx = cg_i32c(cg, ((GraphFilter *)g->filters.items[pos])->state_index);
        copy_slots(cg, w, cg_load_elem(cg, bv, idx, ty_object), cg_load_elem(cg, gv, idx, ty_object));
    }
    return end_void(cg, &saved, f);
}

/* ------------------------------------------------------------- map form */

LLVMValueRef cg_window_access(Codegen *cg, IrInst *in, const WindowUse *u) {
    switch (u->kind) {
    case WA_SKIP: return NULL;
    case WA_UNUSED: return LLVMConstNull(cg_value_type(cg, in->ty));
    case WA_HISTORY: {
        /* the item's address, then the (small, negative) distance in 64
         * bits: so LLVM sees the items of consecutive iterations side by
         * side (a vector load, not a gather) */
        LLVMValueRef back = cg_i32c(cg, u->offset);
        if (u->dir) back = LLVMBuildNSWAdd(cg->b, back, LLVMBuildNSWMul(cg->b, cg->temps[in->args[1]], cg_i32c(cg, u->dir), ""), "");
        LLVMValueRef item = cg_element_address(cg, cg->window_items, cg->window_at, in->ty);
        LLVMValueRef i = LLVMBuildSExt(cg->b, back, cg_i64t(cg), "");
        LLVMValueRef addr = LLVMBuildInBoundsGEP2(cg->b, cg_mem_type(cg, in->ty), item, &i, 1, "history");
        return cg_from_mem(cg, LLVMBuildLoad2(cg->b, cg_mem_type(cg, in->ty), addr, ""), in->ty);
    }
    case WA_LENGTH:
        if (in->op == IR_ARRAY_LEN) return cg_i32c(cg, u->len);
        LLVMValueRef idx = cg->temps[in->args[1]];
        if (in->in_range) return idx;
        LLVMValueRef args[2] = {idx, cg_i32c(cg, u->len)};
        cg_guard(cg, LLVMBuildICmp(cg->b, LLVMIntUGE, idx, args[1], ""), "lime_throw_index_out_of_bounds", args, 2);
        return idx;
    }
    LIME_UNREACHABLE();
}

/* Whether every filter before the sink runs as a map over its input. */
static bool all_mapped(Codegen *cg, Graph *g) {
    for (int pos = 0; pos < filters_before_sink(g); pos++)
        if (!window_of(cg, g, pos)->mapped) return false;
    return true;
}

/* void stages(gv, src, out, p0, e): items p0..e-1 of the output (p0 at
 * least the graph's lookback, so every window is full of real items),
 * filter by filter, each a loop over its input (a windowed one through its
 * map form) into an array of its own, from as far back as the filters
 * after it look; stateless filters join the loop of the filter before. */
static LLVMValueRef stages_fn(Codegen *cg, Graph *g) {
    LLVMValueRef f;
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx), p = cg_ptr_type(cg);
    LLVMTypeRef params[5] = {p, p, p, i32, i32};
    CgSaved saved;
    if (!begin_once(cg, g, "stages", LLVMVoidTypeInContext(cg->ctx), params, 5, &saved, &f)) return f;
    int m = filters_before_sink(g);
    LLVMValueRef gv = LLVMGetParam(f, 0), p0 = LLVMGetParam(f, 3), e = LLVMGetParam(f, 4);
    LLVMValueRef *state = cg_graph_states(cg, g, 0, m, gv);
    LLVMValueRef cur = LLVMGetParam(f, 1), cur_lo = cg_i32c(cg, 0);
    for (int i = 0, j; i < m; i = j) {
        for (j = i + 1; j < m && !window_of(cg, g, j)->nslots;) j++;
        int need = 0; /* the items before p0 that the filters after this loop look at */
        for (int q = j; q < m; q++) need += window_of(cg, g, q)->k;
        LLVMValueRef lo = LLVMBuildSub(cg->b, p0, cg_i32c(cg, need), "lo");
        Type *made = cg_graph_items(g, j);
        LLVMValueRef dest = j == m ? LLVMGetParam(f, 2) : cg_new_array_of(cg, made, LLVMBuildSub(cg->b, e, lo, ""));
        LLVMValueRef dest_lo = j == m ? cg_i32c(cg, 0) : lo;
        CgLoop lp;
        LLVMValueRef at = LLVMBuildNSWSub(cg->b, cg_begin_loop(cg, &lp, lo, e), cur_lo, "at");
        LLVMValueRef x = cg_load_elem(cg, cur, at, cg_graph_items(g, i));
        GraphFilter *flt = g->filters.items[i];
        if (window_of(cg, g, i)->nslots) {
            LLVMValueRef args[4] = {state[flt->state_index], x, cur, at};
            x = cg_call_fn(cg, cg_window_function(cg, ir_graph_filter_task(cg->prog, g, i)), args, 4);
        } else {
            x = cg_graph_apply(cg, g, i, state, x);
        }
        for (int q = i + 1; q < j; q++) x = cg_graph_apply(cg, g, q, state, x);
        cg_store_elem(cg, dest, LLVMBuildNSWSub(cg->b, lp.i, dest_lo, ""), made, x);
        cg_finish_loop(cg, &lp);
        cur = dest;
        cur_lo = dest_lo;
    }
    return end_void(cg, &saved, f);
}

/* ---------------------------------------------------------------- blocks */

/* The environment of the block and sink chunks. */
enum { ENV_GV, ENV_SRC, ENV_OUT, ENV_N, ENV_BLOCK, ENV_DONE, ENV_FIELDS };
static LLVMTypeRef env_type(Codegen *cg) {
    LLVMTypeRef p = cg_ptr_type(cg), i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMTypeRef fields[ENV_FIELDS] = {p, p, p, i32, cg_i64t(cg), i32};
    return LLVMStructTypeInContext(cg->ctx, fields, ENV_FIELDS, false);
}

/* The fields of chunk function f's environment (its first parameter). */
typedef struct ChunkEnv {
    LLVMValueRef env, gv, src, out, n, size;
} ChunkEnv;
static ChunkEnv load_env(Codegen *cg, LLVMValueRef f) {
    LLVMTypeRef et = env_type(cg), p = cg_ptr_type(cg);
    ChunkEnv e = {.env = LLVMGetParam(f, 0)};
    e.gv = cg_env_field(cg, et, e.env, ENV_GV, p);
    e.src = cg_env_field(cg, et, e.env, ENV_SRC, p);
    e.out = cg_env_field(cg, et, e.env, ENV_OUT, p);
    e.n = cg_env_field(cg, et, e.env, ENV_N, LLVMInt32TypeInContext(cg->ctx));
    e.size = cg_env_field(cg, et, e.env, ENV_BLOCK, cg_i64t(cg));
    return e;
}

/* Items s..e-1 (if any) one by one through every filter into out, from
 * copies of gv's objects warmed up to item s. */
static void item_by_item(Codegen *cg, Graph *g, LLVMValueRef gv, LLVMValueRef src, LLVMValueRef out, LLVMValueRef s,
                         LLVMValueRef e) {
    int m = filters_before_sink(g);
    LLVMBasicBlockRef run = cg_new_bb(cg, "items"), done = cg_new_bb(cg, "items.done");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, s, e, ""), run, done);
    LLVMPositionBuilderAtEnd(cg->b, run);
    LLVMValueRef bv = cg_call_fn(cg, copies_fn(cg, g), &gv, 1);
    LLVMValueRef wargs[3] = {bv, src, s};
    cg_call_fn(cg, warmup_fn(cg, g), wargs, 3);
    LLVMValueRef *state = cg_graph_states(cg, g, 0, m, bv);
    CgLoop items;
    LLVMValueRef t = cg_begin_loop(cg, &items, s, e);
    LLVMValueRef x = cg_load_elem(cg, src, t, g->source_elem);
    for (int i = 0; i < m; i++) x = cg_graph_apply(cg, g, i, state, x);
    cg_store_elem(cg, out, t, cg_graph_items(g, m), x);
    cg_finish_loop(cg, &items);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
}

/* void block(env, b0, b1): blocks b0..b1-1 of the items, each from its own
 * copies of the objects, warmed up, then its items through every filter
 * into the output. */
static LLVMValueRef block_fn(Codegen *cg, Graph *g) {
    LLVMValueRef f;
    CgSaved saved;
    if (!begin_chunk(cg, g, "block", &saved, &f)) return f;
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    ChunkEnv ce = load_env(cg, f);
    LLVMValueRef gv = ce.gv, src = ce.src, out = ce.out, size = ce.size;
    LLVMValueRef n = LLVMBuildSExt(cg->b, ce.n, cg_i64t(cg), "");
    CgLoop blocks;
    LLVMValueRef b = cg_begin_loop(cg, &blocks, LLVMGetParam(f, 1), LLVMGetParam(f, 2));
    LLVMValueRef s = LLVMBuildMul(cg->b, b, size, "");
    LLVMValueRef e = LLVMBuildAdd(cg->b, s, size, "");
    e = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, e, n, ""), e, n, "");
    s = LLVMBuildTrunc(cg->b, s, i32, "s");
    e = LLVMBuildTrunc(cg->b, e, i32, "e");
    if (!all_mapped(cg, g)) {
        item_by_item(cg, g, gv, src, out, s, e);
    } else {
        /* items before the lookback one by one; from there on, maps */
        LLVMValueRef back = cg_i32c(cg, ir_graph_lookback(cg->prog, g));
        LLVMValueRef p0 = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, s, back, ""), back, s, "p0");
        LLVMValueRef mid = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, e, p0, ""), e, p0, "");
        item_by_item(cg, g, gv, src, out, s, mid);
        LLVMBasicBlockRef maps = cg_new_bb(cg, "maps"), next = cg_new_bb(cg, "maps.done");
        LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, p0, e, ""), maps, next);
        LLVMPositionBuilderAtEnd(cg->b, maps);
        LLVMValueRef args[5] = {gv, src, out, p0, e};
        cg_call_fn(cg, stages_fn(cg, g), args, 5);
        LLVMBuildBr(cg->b, next);
        LLVMPositionBuilderAtEnd(cg->b, next);
    }
    cg_finish_loop(cg, &blocks);
    return end_void(cg, &saved, f);
}

/* void sink(env, 0, 1): the sink over the outputs in order, noting in
 * env.done the item it is at (n when it is through). */
static LLVMValueRef sink_fn(Codegen *cg, Graph *g) {
    LLVMValueRef f;
    int m = filters_before_sink(g);
    CgSaved saved;
    if (!begin_chunk(cg, g, "sink", &saved, &f)) return f;
    ChunkEnv ce = load_env(cg, f);
    LLVMValueRef out = ce.out, n = ce.n;
    LLVMValueRef done = LLVMBuildStructGEP2(cg->b, env_type(cg), ce.env, ENV_DONE, "done");
    LLVMValueRef *state = cg_graph_states(cg, g, m, m + 1, ce.gv);
    CgLoop items;
    LLVMValueRef t = cg_begin_loop(cg, &items, cg_i32c(cg, 0), n);
    LLVMBuildStore(cg->b, t, done);
    cg_graph_apply(cg, g, m, state, cg_load_elem(cg, out, t, cg_graph_items(g, m)));
    cg_finish_loop(cg, &items);
    LLVMBuildStore(cg->b, n, done);
    return end_void(cg, &saved, f);
}

static LLVMValueRef for_each(Codegen *cg, LLVMValueRef n64, LLVMValueRef fn, LLVMValueRef env) {
    LLVMValueRef args[3] = {n64, fn, env};
    return cg_call_rt(cg, "lime_parallel_for_each", cg_i64t(cg), args, 3, false);
}

/* ptr|void blocks(gv, src): the graph in blocks (file comment); the one
 * loop when a window array is missing or a block throws. */
static LLVMValueRef blocks_fn(Codegen *cg, Graph *g) {
    LLVMValueRef f;
    int m = filters_before_sink(g), nf = g->filters.len;
    LLVMTypeRef params[2] = {cg_ptr_type(cg), cg_ptr_type(cg)}, i32 = LLVMInt32TypeInContext(cg->ctx);
    CgSaved saved;
    LLVMTypeRef ret = g->ends_in_sink ? LLVMVoidTypeInContext(cg->ctx) : cg_ptr_type(cg);
    if (!begin_once(cg, g, "blocks", ret, params, 2, &saved, &f)) return f;
    LLVMValueRef gv = LLVMGetParam(f, 0), src = LLVMGetParam(f, 1);
    LLVMBasicBlockRef blocks = cg_new_bb(cg, "blocks"), one_loop = cg_new_bb(cg, "one_loop");
    LLVMBuildCondBr(cg->b, windows_present(cg, g, gv), blocks, one_loop);

    LLVMPositionBuilderAtEnd(cg->b, one_loop);
    LLVMValueRef r = cg_graph_loop(cg, g, 0, nf, gv, src);
    if (g->ends_in_sink) LLVMBuildRetVoid(cg->b);
    else LLVMBuildRet(cg->b, r);

    LLVMPositionBuilderAtEnd(cg->b, blocks);
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(g->source_elem, -1));
    LLVMValueRef size = cg_call_rt(cg, "lime_window_block", cg_i64t(cg), NULL, 0, false);
    LLVMValueRef n64 = LLVMBuildSExt(cg->b, n, cg_i64t(cg), "");
    LLVMValueRef nblocks = LLVMBuildSDiv(cg->b, LLVMBuildAdd(cg->b, n64, LLVMBuildSub(cg->b, size, cg_i64c(cg, 1), ""), ""),
                                         size, "nblocks");
    LLVMValueRef out = cg_new_array_of(cg, cg_graph_items(g, m), n);
    LLVMTypeRef et = env_type(cg);
    LLVMValueRef env = cg_entry_alloca(cg, et, "env");
    LLVMValueRef fields[ENV_DONE] = {gv, src, out, n, size};
    for (int i = 0; i < ENV_DONE; i++) LLVMBuildStore(cg->b, fields[i], LLVMBuildStructGEP2(cg->b, et, env, (unsigned)i, ""));
    LLVMValueRef failed = for_each(cg, nblocks, block_fn(cg, g), env);
    LLVMBasicBlockRef ok = cg_new_bb(cg, "blocks.ok");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGE, failed, cg_i64c(cg, 0), ""), one_loop, ok);
    LLVMPositionBuilderAtEnd(cg->b, ok);
    LLVMValueRef sargs[3] = {gv, src, n};
    if (!g->ends_in_sink) {
        cg_call_fn(cg, state_at_fn(cg, g), sargs, 3);
        LLVMBuildRet(cg->b, out);
        cg_end_helper(cg, &saved);
        return f;
    }
    LLVMValueRef sink_failed = for_each(cg, cg_i64c(cg, 1), sink_fn(cg, g), env);
    LLVMBasicBlockRef threw = cg_new_bb(cg, "sink.threw"), through = cg_new_bb(cg, "sink.through");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGE, sink_failed, cg_i64c(cg, 0), ""), threw, through);
    LLVMPositionBuilderAtEnd(cg->b, through);
    cg_call_fn(cg, state_at_fn(cg, g), sargs, 3);
    LLVMBuildRetVoid(cg->b);
    LLVMPositionBuilderAtEnd(cg->b, threw);
    LLVMValueRef done = cg_env_field(cg, et, env, ENV_DONE, i32);
    sargs[2] = LLVMBuildAdd(cg->b, done, cg_i32c(cg, 1), "");
    cg_call_fn(cg, state_at_fn(cg, g), sargs, 3);
    cg_call_rt(cg, "lime_throw_pending", LLVMVoidTypeInContext(cg->ctx), NULL, 0, true);
    LLVMBuildUnreachable(cg->b);
    cg_end_helper(cg, &saved);
    return f;
}

/* ------------------------------------------------------------ on a device
 *
 * A windowed filter whose map form a device backend accepted runs there
 * as a map over its items (backends/gpu/kernel.c): item i reads its
 * input at i - d for the item d back, and before the stream's start (i < d)
 * a value the host passes, pre[k + i - d] (pre: k values).  By window.c's
 * invariant a slot of depth e holds, before item t <= e, the start value
 * of the slot e - t steps up its links, whose depth is e - t: what item i
 * reads d back before the start is the start value of a slot of depth
 * d - 1 - i, so pre[k - 1 - e] is the start value of the slots of depth e,
 * when they agree (else, and when a window array or another array field it
 * reads is missing, the device is not asked and the CPU runs the filter).
 * The other fields the method reads (ir_window_other_reads: coefficients)
 * go with it, in that order.  After the run the object gets
 * the state the one loop leaves: the last min(n, k) items shifted in
 * (shift_in), as a warm-up would. */

/* i1: bits of v (type t) equal to those of u (NaNs by their bits) */
static LLVMValueRef same_bits(Codegen *cg, Type *t, LLVMValueRef v, LLVMValueRef u) {
    if (t == ty_float || t == ty_double) {
        LLVMTypeRef it = LLVMIntTypeInContext(cg->ctx, t == ty_float ? 32 : 64);
        v = LLVMBuildBitCast(cg->b, v, it, "");
        u = LLVMBuildBitCast(cg->b, u, it, "");
    }
    return LLVMBuildICmp(cg->b, LLVMIntEQ, v, u, "");
}

/* Appends to more (from *nmore) windowed filter t's operands for its map
 * form on a device: pre, then the other fields it reads (an array field
 * as a copy: a device keeps an array taken whole for later calls,
 * runtime/opencl.c, which a mutable one may outlive).  Branches to `no`
 * when a window array or another array field it reads is missing or the
 * start values of slots of one depth disagree; the builder ends where
 * they are fine. */
static void window_operands(Codegen *cg, IrTask *t, LLVMValueRef obj, CgDeviceArg *more, int *nmore, LLVMBasicBlockRef no) {
    const FilterWindow *w = ir_filter_window(cg->prog, t);
    LLVMValueRef yes = LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 1, 0);
    LLVMBasicBlockRef fill = cg_new_bb(cg, "window.start"), offer = cg_new_bb(cg, "window.offer");
    /* every window array there; the filter's other fields it reads (constant
     * while the graph runs), an array one there too */
    LLVMValueRef ok = yes;
    for (int a = 0; a < w->narrays; a++) {
        LLVMValueRef arr = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), cg_field_address(cg, obj, w->arrays[a]), "");
        ok = LLVMBuildAnd(cg->b, ok, LLVMBuildIsNotNull(cg->b, arr, ""), "");
    }
    Vec reads = ir_window_other_reads(cg->prog, t);
    CgDeviceArg *mine = more + *nmore;
    for (int k = 0; k < reads.len; k++) {
        FieldDecl *fd = reads.items[k];
        LLVMValueRef v = LLVMBuildLoad2(cg->b, cg_mem_type(cg, fd->ty), cg_field_address(cg, obj, fd), "");
        mine[k + 1] = (CgDeviceArg){cg_from_mem(cg, v, fd->ty), fd->ty, false};
        if (fd->ty->kind != TY_ARRAY) continue;
        ok = LLVMBuildAnd(cg->b, ok, LLVMBuildIsNotNull(cg->b, v, ""), "");
        mine[k + 1].ty = fd->ty->elem;
        mine[k + 1].whole = true;
    }
    LLVMBuildCondBr(cg->b, ok, fill, no);
    /* pre[k - 1 - e]: the start value of the slots of depth e, which agree */
    LLVMPositionBuilderAtEnd(cg->b, fill);
    LLVMValueRef pre = cg_new_array_of(cg, t->in, cg_i32c(cg, w->k));
    LLVMValueRef *first = xalloc(sizeof(LLVMValueRef) * (size_t)(w->k + 1));
    LLVMValueRef agree = yes;
    for (int s = 0; s < w->nslots; s++) {
        const WindowSlot *ws = &w->slots[s];
        Type *st = ir_slot_type(ws);
        LLVMValueRef v = LLVMBuildLoad2(cg->b, cg_mem_type(cg, st), slot_address(cg, obj, ws), "");
        if (first[ws->depth]) {
            agree = LLVMBuildAnd(cg->b, agree, same_bits(cg, st, first[ws->depth], v), "");
            continue;
        }
        first[ws->depth] = v;
        cg_store_elem(cg, pre, cg_i32c(cg, w->k - 1 - ws->depth), t->in, cg_from_mem(cg, v, st));
    }
    LLVMBuildCondBr(cg->b, agree, offer, no);
    LLVMPositionBuilderAtEnd(cg->b, offer);
    mine[0] = (CgDeviceArg){pre, t->in, true};
    for (int k = 0; k < reads.len; k++)
        if (mine[k + 1].whole) mine[k + 1].v = cg_call_rt(cg, "lime_window_clone_array", cg_ptr_type(cg), &mine[k + 1].v, 1, false);
    *nmore += reads.len + 1;
}

LLVMValueRef cg_ran_or_not(Codegen *cg, LLVMBasicBlockRef no) {
    LLVMTypeRef i1 = LLVMInt1TypeInContext(cg->ctx);
    LLVMBasicBlockRef done = cg_new_bb(cg, "device.done");
    LLVMValueRef vals[2] = {LLVMConstInt(i1, 1, 0), LLVMConstInt(i1, 0, 0)};
    LLVMBasicBlockRef from[2] = {LLVMGetInsertBlock(cg->b), no};
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, no);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, i1, "on_device");
    LLVMAddIncoming(phi, vals, from, 2);
    return phi;
}

LLVMValueRef cg_offer_window(Codegen *cg, Graph *g, IrTask *t, LLVMValueRef gv, LLVMValueRef src, LLVMValueRef *out,
                             LLVMValueRef *items) {
    const FilterWindow *w = ir_filter_window(cg->prog, t);
    GraphFilter *flt = g->filters.items[t->graph_pos];
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(t->in, -1));
    *items = n;
    *out = cg_new_array_of(cg, t->out, n);
    LLVMValueRef obj = cg_load_elem(cg, gv, cg_i32c(cg, flt->state_index), ty_object);
    LLVMBasicBlockRef no = cg_new_bb(cg, "window.declined"), shift = cg_new_bb(cg, "window.state");
    CgDeviceArg *more = xalloc(sizeof(CgDeviceArg) * (size_t)(ir_window_other_reads(cg->prog, t).len + 1));
    int nmore = 0;
    window_operands(cg, t, obj, more, &nmore, no);
    LLVMValueRef ran = cg_offer_items(cg, t, src, more, nmore, n, *out);
    LLVMBuildCondBr(cg->b, ran, shift, no);
    /* the state the one loop leaves: the last min(n, k) items shifted in */
    LLVMPositionBuilderAtEnd(cg->b, shift);
    LLVMValueRef lo = LLVMBuildSub(cg->b, n, cg_i32c(cg, w->k), "");
    lo = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, lo, cg_i32c(cg, 0), ""), cg_i32c(cg, 0), lo, "lo");
    CgLoop lp;
    LLVMValueRef i = cg_begin_loop(cg, &lp, lo, n);
    shift_in(cg, w, obj, cg_load_elem(cg, src, i, t->in));
    cg_finish_loop(cg, &lp);
    return cg_ran_or_not(cg, no);
}

/* A stream task as one kernel (backends/gpu/kernel.c, chain_source): the
 * operands of every windowed filter before the sink in graph order
 * (window_operands), then one map over the source's items; after the run
 * the objects get the state the one loop leaves after item n - 1
 * (state_at: a warm-up over the last items on the host, every call one
 * the loop makes, none of which throws, as none did on the device). */
static bool stateful(Graph *g, int pos) { return ((GraphFilter *)g->filters.items[pos])->kind == TASK_STATEFUL_FILTER; }

LLVMValueRef cg_offer_chain(Codegen *cg, Graph *g, IrTask *t, LLVMValueRef gv, LLVMValueRef src, LLVMValueRef *out) {
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(g->source_elem, -1));
    *out = cg_new_array_of(cg, t->out, n);
    LLVMBasicBlockRef no = cg_new_bb(cg, "chain.declined"), state = cg_new_bb(cg, "chain.state");
    int max = 0, nmore = 0;
    for (int pos = 0; pos < filters_before_sink(g); pos++)
        if (stateful(g, pos)) max += ir_window_other_reads(cg->prog, ir_graph_filter_task(cg->prog, g, pos)).len + 1;
    CgDeviceArg *more = xalloc(sizeof(CgDeviceArg) * (size_t)(max + 1));
    for (int pos = 0; pos < filters_before_sink(g); pos++) {
        if (!stateful(g, pos)) continue;
        GraphFilter *flt = g->filters.items[pos];
        LLVMValueRef obj = cg_load_elem(cg, gv, cg_i32c(cg, flt->state_index), ty_object);
        window_operands(cg, ir_graph_filter_task(cg->prog, g, pos), obj, more, &nmore, no);
    }
    LLVMValueRef ran = cg_offer_items_to(cg, "lime_device_chain", t, src, more, nmore, n, *out);
    LLVMBuildCondBr(cg->b, ran, state, no);
    LLVMPositionBuilderAtEnd(cg->b, state);
    LLVMValueRef sargs[3] = {gv, src, n};
    cg_call_fn(cg, state_at_fn(cg, g), sargs, 3);
    return cg_ran_or_not(cg, no);
}

/* ------------------------------------------------------------ the choice */

/* "task 4 (stream(step,clip)@9) stream": the graph's stream task, as the
 * runtime names tasks in its log */
static const char *graph_label(Graph *g) { return xprintf("task %d (%s) stream", g->stream->id, g->stream->name); }

/* How g runs on the CPU (LIME_WINDOW aside), for --explain and LIME_LOG:
 * "in parallel blocks, each from the 9 items before it" (with_windows: and
 * " (windows: Fir.step 8, Delta.step 1)"), or "item by item: why". */
const char *cpu_graph_plan(IrProgram *p, Graph *g, bool with_windows) {
    if (g->multirate)
        return xprintf("%s, multi-rate: %s", cg_multirate_blocks(g) ? "in parallel blocks of whole periods" : "firing by firing",
                       ir_graph_schedule(g));
    const char *why = ir_graph_window_why_not(p, g);
    if (why) return xprintf("item by item: %s", why);
    StrBuf sb = {0};
    int back = ir_graph_lookback(p, g);
    if (back) sb_printf(&sb, "in parallel blocks, each from the %d item%s before it", back, back == 1 ? "" : "s");
    else sb_puts(&sb, "in parallel blocks: no state");
    const char *sep = " (windows: ";
    for (int pos = 0; with_windows && pos < filters_before_sink(g); pos++) {
        GraphFilter *flt = g->filters.items[pos];
        if (flt->kind != TASK_STATEFUL_FILTER) continue;
        int k = ir_filter_window(p, ir_graph_filter_task(p, g, pos))->k;
        sb_printf(&sb, "%s%s.%s %d", sep, flt->method->owner->name, flt->method->name, k);
        sep = ", ";
    }
    if (strcmp(sep, ", ") == 0) sb_puts(&sb, ")");
    return sb_str(&sb);
}

static void log_choice(Codegen *cg, LLVMValueRef logged, Graph *g, const char *how) {
    LLVMValueRef args[3] = {logged, cg_cstring(cg, graph_label(g)), cg_cstring(cg, how)};
    cg_call_rt(cg, "lime_window_log", LLVMVoidTypeInContext(cg->ctx), args, 3, false);
}

LLVMValueRef cg_graph_on_cpu(Codegen *cg, Graph *g, LLVMValueRef gv, LLVMValueRef src) {
    int nf = g->filters.len;
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    const char *flag = xprintf("lime.graph%d.logged", g->id);
    LLVMValueRef logged = LLVMGetNamedGlobal(cg->mod, flag);
    if (!logged) {
        logged = LLVMAddGlobal(cg->mod, i32, flag);
        LLVMSetInitializer(logged, cg_i32c(cg, 0));
        LLVMSetLinkage(logged, LLVMInternalLinkage);
    }
    bool periods = cg_multirate_blocks(g);
    if (!periods && ir_graph_window_why_not(cg->prog, g)) {
        if (g->stream) log_choice(cg, logged, g, cpu_graph_plan(cg->prog, g, false));
        return cg_graph_loop(cg, g, 0, nf, gv, src);
    }
    LLVMTypeRef i8 = LLVMInt8TypeInContext(cg->ctx);
    LLVMValueRef on = LLVMBuildICmp(cg->b, LLVMIntNE, cg_call_rt(cg, "lime_window_enabled", i8, NULL, 0, false),
                                    LLVMConstNull(i8), "blocks_on");
    LLVMBasicBlockRef yes = cg_new_bb(cg, "graph.blocks"), no = cg_new_bb(cg, "graph.one_loop"),
                      done = cg_new_bb(cg, "graph.cpu_done");
    LLVMBuildCondBr(cg->b, on, yes, no);
    LLVMValueRef vals[2];
    LLVMBasicBlockRef from[2];
    LLVMPositionBuilderAtEnd(cg->b, yes);
    log_choice(cg, logged, g, cpu_graph_plan(cg->prog, g, true));
    LLVMValueRef args[2] = {gv, src};
    vals[0] = cg_call_fn(cg, periods ? cg_multirate_blocks_fn(cg, g) : blocks_fn(cg, g), args, 2);
    from[0] = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, no);
    log_choice(cg, logged, g, periods ? "firing by firing: LIME_WINDOW=0" : "item by item: LIME_WINDOW=0");
    vals[1] = cg_graph_loop(cg, g, 0, nf, gv, src);
    from[1] = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    if (g->ends_in_sink) return vals[0];
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg_ptr_type(cg), "graph_cpu_out");
    LLVMAddIncoming(phi, vals, from, 2);
    return phi;
}
