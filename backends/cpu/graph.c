/* graph.c: a stream graph on the CPU.
 *
 * A stream graph runs as one fused loop: each item goes through every
 * filter in order (stateful filters see their items in order), into the
 * output array or the sink.  When a device backend accepted the graph's
 * stream task, or runs of its stateless filters, the graph is offered to
 * the device as a whole or runs as segments instead (cg_graph_run; the
 * offers are offload.c's).
 *
 * Requires the graph value made by cg_graph_new (a reference array
 * { source, state objects... }).  Guarantees: every stateful filter sees
 * its items in order, on the CPU or the device, and the result is what
 * the one loop makes. */
#include "codegen.h"

/* A graph value: a reference array { source, state objects... }. */
LLVMValueRef cg_graph_new(Codegen *cg, IrInst *in) {
    LLVMValueRef args[2] = {cg_i32c(cg, 8), cg_i32c(cg, in->nargs)};
    LLVMValueRef g = cg_call_rt(cg, "lime_new_array", cg_ptr_type(cg), args, 2, false);
    for (int i = 0; i < in->nargs; i++)
        LLVMBuildStore(cg->b, cg->temps[in->args[i]], cg_element_address(cg, g, cg_i32c(cg, i), ty_object));
    return g;
}

/* The state objects of filters from..to-1 of g, by state index, loaded
 * from graph value gv (a reference array { source, state objects... }). */
LLVMValueRef *cg_graph_states(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv) {
    LLVMValueRef *state = xalloc(sizeof(LLVMValueRef) * (size_t)(g->nstateful + 1));
    for (int k = from; k < to; k++) {
        GraphFilter *flt = g->filters.items[k];
        if (flt->state_index) state[flt->state_index] = cg_load_elem(cg, gv, cg_i32c(cg, flt->state_index), ty_object);
    }
    return state;
}

/* Item x through filter k of g (its state objects in state): what it makes. */
LLVMValueRef cg_graph_apply(Codegen *cg, Graph *g, int k, LLVMValueRef *state, LLVMValueRef x) {
    GraphFilter *flt = g->filters.items[k];
    LLVMValueRef fn = cg_function(cg, flt->method->ir);
    LLVMValueRef args[2];
    int na = 0;
    if (flt->kind == TASK_STATEFUL_FILTER || !(flt->method->mods & MOD_STATIC)) args[na++] = state[flt->state_index];
    args[na++] = x;
    return cg_call_fn(cg, fn, args, na);
}

/* The element type of the items filter pos of g takes (pos == the number
 * of filters: what the last one makes). */
Type *cg_graph_items(Graph *g, int pos) {
    return pos == 0 ? g->source_elem : ((GraphFilter *)g->filters.items[pos - 1])->out;
}

/* ptr|void run(gv, src): filters from..to-1 of graph g, item by item, over
 * the items of src (the source array when from == 0, else what filter
 * from-1 made); returns what filter to-1 made, nothing when it is the sink. */
static LLVMValueRef graph_fn(Codegen *cg, Graph *g, int from, int to) {
    const char *name = xprintf("lime.graph%d.run%d_%d", g->id, from, to);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    if (f) return f;
    bool collect = to < g->filters.len || !g->ends_in_sink;
    LLVMTypeRef params[2] = {cg_ptr_type(cg), cg_ptr_type(cg)};
    CgSaved saved;
    f = cg_begin_helper(cg, name, collect ? cg_ptr_type(cg) : LLVMVoidTypeInContext(cg->ctx), params, 2, &saved);
    LLVMValueRef gv = LLVMGetParam(f, 0), src = LLVMGetParam(f, 1);
    if (g->multirate) {
        LLVMValueRef out = cg_multirate_body(cg, g, from, to, gv, src);
        if (collect) LLVMBuildRet(cg->b, out);
        else LLVMBuildRetVoid(cg->b);
        cg_end_helper(cg, &saved);
        return f;
    }
    LLVMValueRef *state = cg_graph_states(cg, g, from, to, gv);
    Type *in_elem = cg_graph_items(g, from);
    /* the source is never null here (checked when the graph was made);
     * a value array's null is its empty value */
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(in_elem, -1));
    Type *out_elem = collect ? cg_graph_items(g, to) : NULL;
    LLVMValueRef out = collect ? cg_new_array_of(cg, out_elem, n) : NULL;
    CgLoop lp;
    LLVMValueRef i = cg_begin_loop(cg, &lp, cg_i32c(cg, 0), n);
    LLVMValueRef x = cg_load_elem(cg, src, i, in_elem);
    for (int k = from; k < to; k++) x = cg_graph_apply(cg, g, k, state, x);
    if (collect) cg_store_elem(cg, out, i, out_elem, x);
    cg_finish_loop(cg, &lp);
    if (collect) LLVMBuildRet(cg->b, out);
    else LLVMBuildRetVoid(cg->b);
    cg_end_helper(cg, &saved);
    return f;
}

LLVMValueRef cg_graph_loop(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv, LLVMValueRef src) {
    LLVMValueRef args[2] = {gv, src};
    return cg_call_fn(cg, graph_fn(cg, g, from, to), args, 2);
}

/* A graph's result: the outputs (collect) or nothing (finish).  Offered
 * first as its stream task (the filters before the sink, state included)
 * to the device whose backend accepted and built it.  Else the graph runs
 * as segments: each run of stateless filters, and each windowed stateful
 * filter, that a device backend accepted is offered to the device as a map
 * over all the items the segment before made (a windowed one leaves its
 * object's state as the one loop would: cg_offer_window), and the filters
 * between such segments go item by item on the CPU (a backend accepts a run only where that shows what running
 * every item through the whole graph in turn shows: its accepts says why);
 * a run the device declines (a failure) runs on the CPU in its place.
 * When no run was accepted, or the device takes none, the whole graph is
 * one loop on the CPU. */
/* The whole graph on the CPU, a record of its stream task for
 * LIME_PROFILE and auto's measurement when it has one: over the source's
 * items, or, for a multi-rate graph a device takes as a kernel over its
 * periods (periods), over the periods' outputs as the device's calls are. */
static LLVMValueRef graph_on_cpu_profiled(Codegen *cg, Graph *g, LLVMValueRef gv, LLVMValueRef src, bool periods) {
    if (!g->stream) return cg_graph_on_cpu(cg, g, gv, src);
    LLVMValueRef begin = cg_profile_begin(cg);
    LLVMValueRef out = cg_graph_on_cpu(cg, g, gv, src);
    LLVMValueRef n = cg_array_length(cg, src);
    cg_profile_end(cg, g->stream, "stream",
                   periods ? cg_multirate_period_outputs(cg, g, n) : LLVMBuildSExt(cg->b, n, cg_i64t(cg), ""), begin);
    return out;
}

/* The tasks of g a device backend accepted and that the graph offers as
 * segments, in graph order: its runs of stateless filters (maps) and its
 * windowed stateful filters (their map forms: cg_offer_window). */
static Vec device_segments(Codegen *cg, Graph *g) {
    Vec segs = {0};
    for (int pos = 0; pos < g->filters.len; pos++) {
        IrTask *run = graph_run_at(g, pos);
        GraphFilter *flt = g->filters.items[pos];
        if (run && run->graph_pos == pos && task_offered(run)) vec_push(&segs, run);
        else if (flt->kind == TASK_STATEFUL_FILTER) {
            IrTask *f = ir_graph_filter_task(cg->prog, g, pos);
            if (f && task_offered(f)) vec_push(&segs, f);
        }
    }
    return segs;
}

LLVMValueRef cg_graph_run(Codegen *cg, IrInst *in) {
    Graph *g = in->graph;
    int nf = g->filters.len;
    LLVMValueRef gv = cg->temps[in->args[0]];
    LLVMValueRef src = cg_load_elem(cg, gv, cg_i32c(cg, 0), ty_object);
    IrTask *stream = g->stream;
    bool try_chain = stream && task_offered_as(stream, true), try_stream = stream && task_offered_as(stream, false);
    Vec segs = device_segments(cg, g);
    /* what no device backend accepted is the CPU's: the runtime hears of it
     * once, and a forced device says why */
    if (stream && !try_stream && !try_chain) cg_note_cpu_task(cg, stream);
    for (int r = 0; r < g->runs.len; r++)
        if (!task_offered(g->runs.items[r])) cg_note_cpu_task(cg, g->runs.items[r]);
    if (!try_chain && !try_stream && !segs.len) return graph_on_cpu_profiled(cg, g, gv, src, false);
    LLVMBasicBlockRef done = cg_new_bb(cg, "graph.done");
    LLVMValueRef vals[4];
    LLVMBasicBlockRef from[4];
    int nin = 0;
    if (try_chain && g->multirate) { /* a map over whole periods, then the sink and the tail here (multirate.c) */
        LLVMValueRef out;
        LLVMValueRef ran = cg_multirate_offer(cg, g, stream, gv, src, &out);
        LLVMBasicBlockRef took = cg_new_bb(cg, "graph.periods"), next = cg_new_bb(cg, "graph.next");
        LLVMBuildCondBr(cg->b, ran, took, next);
        LLVMPositionBuilderAtEnd(cg->b, took);
        vals[nin] = out;
        from[nin++] = LLVMGetInsertBlock(cg->b);
        LLVMBuildBr(cg->b, done);
        LLVMPositionBuilderAtEnd(cg->b, next);
    } else if (try_chain) { /* first: a device that runs the stream task as a stream declines it (lime_device_chain) */
        LLVMValueRef out;
        LLVMValueRef ran = cg_offer_chain(cg, g, stream, gv, src, &out);
        LLVMBasicBlockRef took = cg_new_bb(cg, "graph.chain"), next = cg_new_bb(cg, "graph.next");
        LLVMBuildCondBr(cg->b, ran, took, next);
        LLVMPositionBuilderAtEnd(cg->b, took);
        vals[nin] = stream->nchain == nf ? out : cg_graph_loop(cg, g, stream->nchain, nf, gv, out);
        from[nin++] = LLVMGetInsertBlock(cg->b);
        LLVMBuildBr(cg->b, done);
        LLVMPositionBuilderAtEnd(cg->b, next);
    }
    if (try_stream) {
        LLVMBasicBlockRef next;
        LLVMValueRef out = cg_offer_stream(cg, stream, gv, src, &next);
        vals[nin] = stream->nchain == nf ? out : cg_graph_loop(cg, g, stream->nchain, nf, gv, out);
        from[nin++] = LLVMGetInsertBlock(cg->b);
        LLVMBuildBr(cg->b, done);
        LLVMPositionBuilderAtEnd(cg->b, next);
    }
    /* no device takes a run (LIME_DEVICE=cpu, or no device present): one loop, as above */
    LLVMValueRef any = LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 0, 0);
    for (int r = 0; r < segs.len; r++) any = LLVMBuildOr(cg->b, any, cg_device_takes_map(cg, segs.items[r]), "");
    LLVMBasicBlockRef one = cg_new_bb(cg, "graph.loop"), segments = cg_new_bb(cg, "graph.segments");
    LLVMBuildCondBr(cg->b, any, segments, one);
    LLVMPositionBuilderAtEnd(cg->b, one);
    vals[nin] = graph_on_cpu_profiled(cg, g, gv, src, try_chain && g->multirate);
    from[nin++] = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, segments);
    /* the segments: pos is the first filter not run yet, cur its items */
    LLVMValueRef cur = src;
    int pos = 0;
    for (int r = 0; r < segs.len; r++) {
        IrTask *run = segs.items[r];
        bool windowed = run->kind == TASK_STATEFUL_FILTER;
        if (run->graph_pos > pos) cur = cg_graph_loop(cg, g, pos, run->graph_pos, gv, cur);
        pos = run->graph_pos + (windowed ? 1 : run->nchain);
        LLVMValueRef made[2], items;
        LLVMValueRef on_device = windowed ? cg_offer_window(cg, g, run, gv, cur, &made[0], &items)
                                          : cg_offer_run(cg, run, cur, &made[0], &items);
        LLVMBasicBlockRef came[2] = {LLVMGetInsertBlock(cg->b), cg_new_bb(cg, "graph.cpu")};
        LLVMBasicBlockRef next = cg_new_bb(cg, "graph.segment");
        LLVMBuildCondBr(cg->b, on_device, next, came[1]);
        /* declined: this run on the CPU */
        LLVMPositionBuilderAtEnd(cg->b, came[1]);
        LLVMValueRef profiled = cg_profile_begin(cg);   /* (timed for LIME_PROFILE and auto's measurement) */
        made[1] = cg_graph_loop(cg, g, run->graph_pos, pos, gv, cur);
        cg_profile_end(cg, run, "map", LLVMBuildSExt(cg->b, items, cg_i64t(cg), ""), profiled);
        came[1] = LLVMGetInsertBlock(cg->b);
        LLVMBuildBr(cg->b, next);
        LLVMPositionBuilderAtEnd(cg->b, next);
        cur = LLVMBuildPhi(cg->b, cg_ptr_type(cg), "segment_out");
        LLVMAddIncoming(cur, made, came, 2);
    }
    vals[nin] = pos < nf ? cg_graph_loop(cg, g, pos, nf, gv, cur) : cur;
    from[nin++] = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    if (g->ends_in_sink) return vals[nin - 1]; /* void */
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg_ptr_type(cg), "graph_out");
    LLVMAddIncoming(phi, vals, from, (unsigned)nin);
    return phi;
}
