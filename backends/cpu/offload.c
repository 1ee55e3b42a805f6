/* offload.c: the host side of the tasks that a device backend accepted.
 *
 * The generated code offers such a task to the runtime (runtime/lime.h's
 * lime_device_*), which runs it on the device it chooses or answers "no":
 * then the CPU's code runs it in its place.  A map's operands go as an
 * array of LimeTaskArg; a stream task's filter state goes to the device
 * as 32-bit words, in the order and the lengths of the StateLayout its
 * backend gave (task_state_layout), and comes back into the filter objects
 * after the run.  The generated code can also ask, before fusing tasks,
 * whether a device takes a task (lime_device_takes_*).
 *
 * Requires task_offered(t) for a task offered here (cg_ask_* check it
 * themselves; cg_note_cpu_task is for a task that no device backend
 * accepted), and of a StateLayout that a field it marks zero is a
 * history the device keeps no copy of: after the run the host sets it from
 * the source's last items, newest first.  Guarantees: every call gives the
 * runtime's answer as an i1 (or branches on it), and nothing the device
 * made is used unless it ran the task (a stream's state comes back only
 * then). */
#include "codegen.h"

/* Task t's id for the runtime: its IR id, plus, in a library, the
 * library's task_base (runtime/interop.c numbers the tasks of all the
 * libraries of a C program one after another). */
static LLVMValueRef task_id(Codegen *cg, IrTask *t) {
    if (!cg->library) return cg_i32c(cg, t->id);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMValueRef base = LLVMBuildLoad2(cg->b, i32, LLVMBuildStructGEP2(cg->b, cg_library_type(cg), cg->library,
                                                                      CG_LIBRARY_TASK_BASE, ""), "task_base");
    return LLVMBuildAdd(cg->b, base, cg_i32c(cg, t->id), "task_id");
}

/* A call of a runtime device function returning C's bool: true when it
 * ran the task. */
static LLVMValueRef device_call(Codegen *cg, const char *name, LLVMValueRef *args, int n) {
    LLVMValueRef r = cg_call_rt(cg, name, LLVMInt8TypeInContext(cg->ctx), args, n, false);
    return LLVMBuildICmp(cg->b, LLVMIntNE, r, LLVMConstNull(LLVMInt8TypeInContext(cg->ctx)), "on_device");
}

/* Whether a device takes map task m (lime_device_takes_map): an i1. */
LLVMValueRef cg_device_takes_map(Codegen *cg, IrTask *m) {
    LLVMValueRef id = task_id(cg, m);
    return device_call(cg, "lime_device_takes_map", &id, 1);
}

/* Offers reduce task t over the non-empty array arr to the device; when
 * it ran the task it stored the result at result.  The "it ran" flag. */
LLVMValueRef cg_offer_reduce(Codegen *cg, IrTask *t, LLVMValueRef arr, LLVMValueRef result) {
    LLVMValueRef args[3] = {task_id(cg, t), arr, result};
    return device_call(cg, "lime_device_reduce", args, 3);
}

/* runtime/lime.h's LimeTaskArg { array, value, size, whole } */
static LLVMTypeRef task_arg_type(Codegen *cg) {
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMTypeRef f[4] = {cg_ptr_type(cg), cg_ptr_type(cg), i32, i32};
    return LLVMStructTypeInContext(cg->ctx, f, 4, false);
}

static void set_task_arg(Codegen *cg, LLVMValueRef slot, LLVMValueRef array, LLVMValueRef value, int size, bool whole) {
    LLVMTypeRef arg_ty = task_arg_type(cg);
    LLVMBuildStore(cg->b, array, LLVMBuildStructGEP2(cg->b, arg_ty, slot, 0, ""));
    LLVMBuildStore(cg->b, value, LLVMBuildStructGEP2(cg->b, arg_ty, slot, 1, ""));
    LLVMBuildStore(cg->b, cg_i32c(cg, size), LLVMBuildStructGEP2(cg->b, arg_ty, slot, 2, ""));
    LLVMBuildStore(cg->b, cg_i32c(cg, whole), LLVMBuildStructGEP2(cg->b, arg_ty, slot, 3, ""));
}

/* Whether operand k of map task t is a mutable array taken whole (a
 * broadcast T[] the GPU backend reads; it never stores into it). */
static bool mutable_whole(IrTask *t, CgOperands *o, int k) { return !t->mapped[k] && o->types[k]->kind == TY_ARRAY; }

/* Offers map task t, which a device backend accepted, to the device: an
 * array of LimeTaskArg describes the operands.  A mutable array taken
 * whole goes as a copy made now (the runtime may keep an array taken whole
 * on the device for later calls, which a mutable one may outlive), and
 * when one is null the device is not asked: the CPU runs the call and
 * throws where the body first reads it.  The static fields the body reads
 * follow the operands, their values now (src/statics.c); while a class
 * whose initialisation the body would start is not initialised (its
 * init_state below 1: JLS 12.4.2's "not begun" or "failed"), the device
 * is not asked either, and the CPU runs the call, which starts it.
 * Returns the "it ran" flag. */
LLVMValueRef cg_offer_map(Codegen *cg, IrTask *t, CgOperands *o, LLVMValueRef n, LLVMValueRef out) {
    LLVMTypeRef i1 = LLVMInt1TypeInContext(cg->ctx);
    LLVMValueRef present = LLVMConstInt(i1, 1, 0);
    for (int k = 0; k < t->nargs; k++)
        if (mutable_whole(t, o, k)) present = LLVMBuildAnd(cg->b, present, LLVMBuildIsNotNull(cg->b, o->vals[k], ""), "");
    Vec statics = ir_task_static_reads(t);
    LLVMValueRef *static_vals = xalloc(sizeof(LLVMValueRef) * (size_t)(statics.len + 1));
    for (int k = 0; k < statics.len; k++) {
        FieldDecl *f = statics.items[k];
        static_vals[k] = cg_from_mem(cg, LLVMBuildLoad2(cg->b, cg_mem_type(cg, f->ty), cg_static_global(cg, f), ""), f->ty);
        if (f->owner && f == f->owner->init_state)
            present = LLVMBuildAnd(cg->b, present, LLVMBuildICmp(cg->b, LLVMIntSGE, static_vals[k], cg_i32c(cg, 1), ""), "");
    }
    LLVMBasicBlockRef offer = cg_new_bb(cg, "offer.map"), done = cg_new_bb(cg, "offer.done");
    LLVMBasicBlockRef from[2] = {LLVMGetInsertBlock(cg->b), NULL};
    LLVMBuildCondBr(cg->b, present, offer, done);
    LLVMPositionBuilderAtEnd(cg->b, offer);
    LLVMTypeRef arg_ty = task_arg_type(cg);
    int nargs = t->nargs + statics.len;
    LLVMTypeRef arr_ty = LLVMArrayType(arg_ty, (unsigned)nargs);
    LLVMValueRef arr = cg_entry_alloca(cg, arr_ty, "device_args");
    for (int k = 0; k < nargs; k++) {
        LLVMValueRef idx[2] = {cg_i64c(cg, 0), cg_i64c(cg, k)};
        LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, arr_ty, arr, idx, 2, "");
        if (k >= t->nargs) { /* a static field's value */
            Type *st = ((FieldDecl *)statics.items[k - t->nargs])->ty;
            LLVMValueRef value = cg_entry_alloca(cg, cg_mem_type(cg, st), "device_static");
            LLVMBuildStore(cg->b, cg_to_mem(cg, static_vals[k - t->nargs], st), value);
            set_task_arg(cg, slot, LLVMConstNull(cg_ptr_type(cg)), value, cg_elem_size(cg, st), false);
            continue;
        }
        LLVMValueRef v = o->vals[k];
        Type *vt = o->types[k];
        LLVMValueRef array = LLVMConstNull(cg_ptr_type(cg)), value = LLVMConstNull(cg_ptr_type(cg));
        int size;
        bool whole = !t->mapped[k] && (vt->kind == TY_VALUE_ARRAY || vt->kind == TY_ARRAY);
        if (mutable_whole(t, o, k)) v = cg_call_rt(cg, "lime_window_clone_array", cg_ptr_type(cg), &v, 1, false);
        if (t->mapped[k] || whole) {
            array = v;
            size = cg_elem_size(cg, vt->elem);
        } else {
            value = cg_entry_alloca(cg, cg_mem_type(cg, vt), "device_value");
            LLVMBuildStore(cg->b, cg_to_mem(cg, v, vt), value);
            size = cg_elem_size(cg, vt);
        }
        set_task_arg(cg, slot, array, value, size, whole);
    }
    LLVMValueRef args[5] = {task_id(cg, t), n, out, cg_i32c(cg, nargs), arr};
    /* a kept map's output (kept.c) may stay on the device, unread */
    bool keep = cg->keep_out;
    cg->keep_out = false;
    LLVMValueRef ran[2] = {LLVMConstInt(i1, 0, 0), device_call(cg, keep ? "lime_device_map_kept" : "lime_device_map", args, 5)};
    from[1] = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, i1, "map_on_device");
    LLVMAddIncoming(phi, ran, from, 2);
    return phi;
}

/* The runtime's "does a device take it" question for a task of t's kind. */
static const char *takes_fn(IrTask *t) {
    switch (t->kind) {
    case TASK_MAP: return "lime_device_takes_map";
    case TASK_REDUCE: return "lime_device_takes_reduce";
    case TASK_STREAM: return "lime_device_takes_stream";
    default: LIME_UNREACHABLE();
    }
}

/* A map, reduce or graph's stream task that no device backend accepted
 * runs on the CPU; the runtime is told so, once (lime_device_takes_*,
 * whose answer is then the CPU), so that a forced device says why the task
 * runs elsewhere and LIME_LOG=1 shows the decision.  A flag per task in the
 * module keeps it to one call per process, a load and a branch after it
 * (two threads racing only repeat the call, which the runtime answers from
 * its decision). */
void cg_note_cpu_task(Codegen *cg, IrTask *t) {
    const char *fn = takes_fn(t);
    LLVMTypeRef i8 = LLVMInt8TypeInContext(cg->ctx);
    const char *name = xprintf("lime.noted.%d", t->id);
    LLVMValueRef flag = LLVMGetNamedGlobal(cg->mod, name);
    if (!flag) {
        flag = LLVMAddGlobal(cg->mod, i8, name);
        LLVMSetInitializer(flag, LLVMConstNull(i8));
        LLVMSetLinkage(flag, LLVMPrivateLinkage);
    }
    LLVMValueRef seen = LLVMBuildLoad2(cg->b, i8, flag, "noted");
    LLVMSetOrdering(seen, LLVMAtomicOrderingMonotonic);
    LLVMBasicBlockRef note = cg_new_bb(cg, "note.cpu"), next = cg_new_bb(cg, "note.done");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, seen, LLVMConstNull(i8), ""), note, next);
    LLVMPositionBuilderAtEnd(cg->b, note);
    LLVMValueRef set = LLVMBuildStore(cg->b, LLVMConstInt(i8, 1, 0), flag);
    LLVMSetOrdering(set, LLVMAtomicOrderingMonotonic);
    LLVMValueRef id = task_id(cg, t);
    device_call(cg, fn, &id, 1); /* the CPU: no device backend accepted it */
    LLVMBuildBr(cg->b, next);
    LLVMPositionBuilderAtEnd(cg->b, next);
}

/* Asks the runtime whether a device takes map task m (when a device
 * backend accepted it); branches to yes or on. */
void cg_ask_map(Codegen *cg, IrTask *m, LLVMBasicBlockRef yes) {
    if (!task_offered(m)) {
        cg_note_cpu_task(cg, m);
        return;
    }
    LLVMBasicBlockRef next = cg_new_bb(cg, "ask.next");
    LLVMBuildCondBr(cg->b, cg_device_takes_map(cg, m), yes, next);
    LLVMPositionBuilderAtEnd(cg->b, next);
}

/* ... reduce task t, which the device is offered (reduce.c) only for a
 * non-empty array. */
void cg_ask_reduce(Codegen *cg, IrTask *t, LLVMValueRef nonempty, LLVMBasicBlockRef yes) {
    if (!task_offered(t)) {
        cg_note_cpu_task(cg, t);
        return;
    }
    LLVMBasicBlockRef ask = cg_new_bb(cg, "ask.reduce"), next = cg_new_bb(cg, "ask.next");
    LLVMBuildCondBr(cg->b, nonempty, ask, next);
    LLVMPositionBuilderAtEnd(cg->b, ask);
    LLVMValueRef id = task_id(cg, t);
    LLVMBuildCondBr(cg->b, device_call(cg, "lime_device_takes_reduce", &id, 1), yes, next);
    LLVMPositionBuilderAtEnd(cg->b, next);
}

/* The question before a fused chain (reduce t of maps[0..nmaps), the
 * first made first): each task is asked (cg_ask_map, cg_ask_reduce); when
 * a device takes one, the runtime weighs the chain fused on the CPU against
 * apart (lime_device_fused_pick, keyed by maps[0]).  Branches to apart, or
 * falls through to the fused loop; *token is the sample to report with
 * cg_fused_done (-1: none). */
void cg_ask_fused(Codegen *cg, IrTask *const *maps, int nmaps, IrTask *t, LLVMValueRef nonempty, LLVMValueRef n32,
                  LLVMBasicBlockRef apart, LLVMValueRef token) {
    LLVMTypeRef i64 = cg_i64t(cg), i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMBuildStore(cg->b, cg_i64c(cg, -1), token);
    LLVMBasicBlockRef device = cg_new_bb(cg, "fused.device"), fused = cg_new_bb(cg, "fused.cpu");
    for (int k = 0; k < nmaps; k++) cg_ask_map(cg, maps[k], device);
    cg_ask_reduce(cg, t, nonempty, device);
    LLVMBuildBr(cg->b, fused);
    LLVMPositionBuilderAtEnd(cg->b, device);
    LLVMTypeRef ids_ty = LLVMArrayType(i32, (unsigned)(nmaps + 1));
    LLVMValueRef ids = cg_entry_alloca(cg, ids_ty, "fused_tasks");
    int nids = 0;
    for (int k = 0; k <= nmaps; k++) {
        IrTask *x = k < nmaps ? maps[k] : t;
        if (!task_offered(x)) continue;
        LLVMValueRef idx[2] = {cg_i64c(cg, 0), cg_i64c(cg, nids++)};
        LLVMBuildStore(cg->b, task_id(cg, x), LLVMBuildInBoundsGEP2(cg->b, ids_ty, ids, idx, 2, ""));
    }
    LLVMValueRef args[4] = {task_id(cg, maps[0]), LLVMBuildSExt(cg->b, n32, i64, ""), cg_i32c(cg, nids), ids};
    LLVMValueRef tok = cg_call_rt(cg, "lime_device_fused_pick", i64, args, 4, false);
    LLVMBuildStore(cg->b, tok, token);
    /* -2: apart, untimed; a token (>= 0) with bit 0 set: apart, timed */
    LLVMValueRef timed_apart = LLVMBuildAnd(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGE, tok, cg_i64c(cg, 0), ""),
                                            LLVMBuildTrunc(cg->b, tok, LLVMInt1TypeInContext(cg->ctx), ""), "");
    LLVMValueRef go_apart = LLVMBuildOr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, tok, cg_i64c(cg, -2), ""), timed_apart, "");
    LLVMBuildCondBr(cg->b, go_apart, apart, fused);
    LLVMPositionBuilderAtEnd(cg->b, fused);
}

/* After a chain cg_ask_fused asked about: its sample, if it was one. */
void cg_fused_done(Codegen *cg, IrTask *first, LLVMValueRef n32, LLVMValueRef token) {
    LLVMValueRef tok = LLVMBuildLoad2(cg->b, cg_i64t(cg), token, "");
    LLVMBasicBlockRef report = cg_new_bb(cg, "fused.sampled"), next = cg_new_bb(cg, "fused.after");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGE, tok, cg_i64c(cg, 0), ""), report, next);
    LLVMPositionBuilderAtEnd(cg->b, report);
    LLVMValueRef args[3] = {task_id(cg, first), LLVMBuildSExt(cg->b, n32, cg_i64t(cg), ""), tok};
    cg_call_rt(cg, "lime_device_fused_done", LLVMVoidTypeInContext(cg->ctx), args, 3, false);
    LLVMBuildBr(cg->b, next);
    LLVMPositionBuilderAtEnd(cg->b, next);
}

/* Map task t over the n items in src into out (t->out elements), offered
 * to the device: a graph's run of stateless filters (no more operands), or
 * a windowed filter's map form, which takes more (backends/cpu/blocks.c):
 * the values before the stream's start, then the filter's other fields, a
 * value (CgDeviceArg.whole false) or an array taken whole.  The "it ran"
 * flag. */
LLVMValueRef cg_offer_items(Codegen *cg, IrTask *t, LLVMValueRef src, const CgDeviceArg *more, int nmore, LLVMValueRef n,
                            LLVMValueRef out) {
    return cg_offer_items_to(cg, "lime_device_map", t, src, more, nmore, n, out);
}

LLVMValueRef cg_offer_items_to(Codegen *cg, const char *rt_fn, IrTask *t, LLVMValueRef src, const CgDeviceArg *more,
                               int nmore, LLVMValueRef n, LLVMValueRef out) {
    int first = src ? 0 : 1; /* (no src: the operands are more's alone) */
    LLVMTypeRef arr_ty = LLVMArrayType(task_arg_type(cg), (unsigned)(nmore + 1 - first));
    LLVMValueRef arg = cg_entry_alloca(cg, arr_ty, "device_args");
    for (int k = first; k <= nmore; k++) {
        LLVMValueRef idx[2] = {cg_i64c(cg, 0), cg_i64c(cg, k - first)};
        LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, arr_ty, arg, idx, 2, "");
        LLVMValueRef null = LLVMConstNull(cg_ptr_type(cg));
        if (k == 0) {
            set_task_arg(cg, slot, src, null, cg_elem_size(cg, t->in), false);
            continue;
        }
        const CgDeviceArg *m = &more[k - 1];
        if (m->whole) {
            set_task_arg(cg, slot, m->v, null, cg_elem_size(cg, m->ty), true);
            continue;
        }
        LLVMValueRef value = cg_entry_alloca(cg, cg_mem_type(cg, m->ty), "device_value");
        LLVMBuildStore(cg->b, cg_to_mem(cg, m->v, m->ty), value);
        set_task_arg(cg, slot, null, value, cg_elem_size(cg, m->ty), false);
    }
    LLVMValueRef args[5] = {task_id(cg, t), n, out, cg_i32c(cg, nmore + 1 - first), arg};
    return device_call(cg, rt_fn, args, 5);
}

/* A run of stateless filters that a device accepted, offered to it as its
 * fused map task over the items in src: the "it ran" flag, in *out the
 * items it made and in *items their number (i32). */
LLVMValueRef cg_offer_run(Codegen *cg, IrTask *t, LLVMValueRef src, LLVMValueRef *out, LLVMValueRef *items) {
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(t->in, -1));
    *items = n;
    *out = cg_new_array_of(cg, t->out, n);
    return cg_offer_items(cg, t, src, NULL, 0, n, *out);
}

/* One state value <-> its words at buf[word] (the words lime_device_stream
 * takes, runtime/lime.h): a long is two words, low first; narrower
 * integers are widened as Java widens them to int; a float is its bits, a
 * double its bits as two words like a long. */
static void state_value(Codegen *cg, Type *ty, LLVMValueRef addr, LLVMValueRef buf, int word, bool to_words) {
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx), i64 = cg_i64t(cg), mt = cg_mem_type(cg, ty);
    bool wide = ty->kind == TY_LONG || ty->kind == TY_DOUBLE;
    LLVMValueRef w0 = LLVMBuildInBoundsGEP2(cg->b, i32, buf, (LLVMValueRef[]){cg_i32c(cg, word)}, 1, "");
    if (to_words) {
        LLVMValueRef v = LLVMBuildLoad2(cg->b, mt, addr, "");
        if (ty->kind == TY_FLOAT) v = LLVMBuildBitCast(cg->b, v, i32, "");
        else if (ty->kind == TY_DOUBLE) v = LLVMBuildBitCast(cg->b, v, i64, "");
        else if (ty->kind == TY_BYTE || ty->kind == TY_SHORT) v = LLVMBuildSExt(cg->b, v, i32, "");
        else if (!wide && LLVMGetIntTypeWidth(mt) < 32) v = LLVMBuildZExt(cg->b, v, i32, "");
        LLVMBuildStore(cg->b, v, w0);
    } else {
        LLVMValueRef v = LLVMBuildLoad2(cg->b, wide ? i64 : i32, w0, "");
        if (ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE) v = LLVMBuildBitCast(cg->b, v, mt, "");
        else if (!wide && LLVMGetIntTypeWidth(mt) < 32) v = LLVMBuildTrunc(cg->b, v, mt, "");
        LLVMBuildStore(cg->b, v, addr);
    }
}

/* Calls visit(field, its object, its layout length) for each state field
 * of the stream task t, in the layout order of the device backends that accepted it (StateLayout). */
typedef void (*StateVisit)(Codegen *cg, FieldDecl *f, LLVMValueRef obj, int len, bool zero, void *ctx);
static void each_state_field(Codegen *cg, IrTask *t, LLVMValueRef gv, StateVisit visit, void *ctx) {
    const StateLayout *layout = task_state_layout(t);
    int k = 0;
    for (int i = 0; i < t->nchain; i++) {
        GraphFilter *flt = t->graph->filters.items[i];
        if (flt->kind != TASK_STATEFUL_FILTER && (flt->method->mods & MOD_STATIC)) continue;
        LLVMValueRef obj = cg_load_elem(cg, gv, cg_i32c(cg, flt->state_index), ty_object);
        ClassDecl *cls = flt->method->owner;
        for (int j = 0; j < cls->fields.len; j++) {
            FieldDecl *f = cls->fields.items[j];
            if (f->mods & MOD_STATIC) continue;
            bool in_layout = layout && k < layout->nfields;
            visit(cg, f, obj, in_layout ? layout->lens[k] : -1, in_layout && layout->zero && layout->zero[k], ctx);
            k++;
        }
    }
}

typedef struct StateCtx {
    LLVMValueRef buf, ok;
    int word;
    bool to_words;
    LLVMValueRef src, n;   /* the graph's source and its length */
} StateCtx;

/* ok &= the array field holds an array of the length the layout gives
 * (and, where the layout asks, all zero: a fresh filter) */
static void check_state_array(Codegen *cg, FieldDecl *f, LLVMValueRef obj, int len, bool zero, void *ctx) {
    StateCtx *c = ctx;
    if (len < 0) return;
    LLVMValueRef arr = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), cg_field_address(cg, obj, f), "");
    LLVMBasicBlockRef here = LLVMGetInsertBlock(cg->b), has = cg_new_bb(cg, "state.array"), next = cg_new_bb(cg, "state.checked");
    LLVMValueRef nonnull = LLVMBuildIsNotNull(cg->b, arr, "");
    LLVMBuildCondBr(cg->b, nonnull, has, next);
    LLVMPositionBuilderAtEnd(cg->b, has);
    LLVMValueRef same = LLVMBuildICmp(cg->b, LLVMIntEQ, cg_array_length(cg, arr), cg_i32c(cg, len), "");
    if (zero) {
        /* the length is right here only if same: read no further than len elements of a longer array */
        LLVMBasicBlockRef sized = cg_new_bb(cg, "state.sized"), zeroed = cg_new_bb(cg, "state.zero");
        LLVMBuildCondBr(cg->b, same, sized, zeroed);
        LLVMPositionBuilderAtEnd(cg->b, sized);
        Type *elem = f->ty->elem;
        LLVMValueRef any = NULL;
        for (int i = 0; i < len; i++) {
            LLVMValueRef v = LLVMBuildLoad2(cg->b, cg_mem_type(cg, elem), cg_element_address(cg, arr, cg_i32c(cg, i), elem), "");
            any = any ? LLVMBuildOr(cg->b, any, v, "") : v;
        }
        LLVMValueRef all_zero = LLVMBuildICmp(cg->b, LLVMIntEQ, any, LLVMConstNull(LLVMTypeOf(any)), "");
        LLVMBasicBlockRef sized_end = LLVMGetInsertBlock(cg->b);
        LLVMBuildBr(cg->b, zeroed);
        LLVMPositionBuilderAtEnd(cg->b, zeroed);
        LLVMValueRef z = LLVMBuildPhi(cg->b, LLVMInt1TypeInContext(cg->ctx), "");
        LLVMValueRef zv[2] = {LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 0, 0), all_zero};
        LLVMBasicBlockRef zf[2] = {has, sized_end};
        LLVMAddIncoming(z, zv, zf, 2);
        same = z;
        has = zeroed;
    }
    LLVMBuildBr(cg->b, next);
    LLVMPositionBuilderAtEnd(cg->b, next);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, LLVMInt1TypeInContext(cg->ctx), "");
    LLVMValueRef vals[2] = {LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 0, 0), same};
    LLVMBasicBlockRef from[2] = {here, has};
    LLVMAddIncoming(phi, vals, from, 2);
    c->ok = LLVMBuildAnd(cg->b, c->ok, phi, "");
}

static void move_state_field(Codegen *cg, FieldDecl *f, LLVMValueRef obj, int len, bool zero, void *ctx) {
    StateCtx *c = ctx;
    if (len < 0) {
        state_value(cg, f->ty, cg_field_address(cg, obj, f), c->buf, c->word, c->to_words);
        c->word += f->ty->kind == TY_LONG || f->ty->kind == TY_DOUBLE ? 2 : 1;
        return;
    }
    Type *elem = f->ty->elem;
    LLVMValueRef arr = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), cg_field_address(cg, obj, f), "");
    if (zero && !c->to_words) {
        /* a history the device keeps no copy of (zero before the run, e.g. a
         * FIR filter's): h[k] = src[n-1-k], or 0 */
        for (int i = 0; i < len; i++) {
            LLVMValueRef idx = LLVMBuildSub(cg->b, c->n, cg_i32c(cg, i + 1), "");
            LLVMValueRef in = LLVMBuildICmp(cg->b, LLVMIntSGE, idx, cg_i32c(cg, 0), "");
            LLVMValueRef safe = LLVMBuildSelect(cg->b, in, idx, cg_i32c(cg, 0), "");
            LLVMBasicBlockRef load = cg_new_bb(cg, "fir.item"), join = cg_new_bb(cg, "fir.history"),
                              here = LLVMGetInsertBlock(cg->b);
            LLVMBuildCondBr(cg->b, in, load, join);
            LLVMPositionBuilderAtEnd(cg->b, load);
            LLVMValueRef v = cg_load_elem(cg, c->src, safe, elem);
            LLVMBuildBr(cg->b, join);
            LLVMPositionBuilderAtEnd(cg->b, join);
            LLVMValueRef phi = LLVMBuildPhi(cg->b, LLVMTypeOf(v), "");
            LLVMValueRef vals[2] = {LLVMConstNull(LLVMTypeOf(v)), v};
            LLVMBasicBlockRef from[2] = {here, load};
            LLVMAddIncoming(phi, vals, from, 2);
            LLVMBuildStore(cg->b, cg_to_mem(cg, phi, elem), cg_element_address(cg, arr, cg_i32c(cg, i), elem));
        }
        c->word += len;
        return;
    }
    for (int i = 0; i < len; i++) {
        state_value(cg, elem, cg_element_address(cg, arr, cg_i32c(cg, i), elem), c->buf, c->word, c->to_words);
        c->word += elem->kind == TY_LONG || elem->kind == TY_DOUBLE ? 2 : 1;
    }
}

/* Offers stream task t (graph value gv, its source's items src) to the
 * device: when every array state field has the length the layout gives
 * (and is all zero where it asks), the state goes to the device as words,
 * and when the device ran the task the words come back into the filter
 * objects.  Leaves the builder there, returning the array the device made
 * (t->out elements, one per item; of a multi-rate graph, what its filters
 * make of the items); *declined: where control goes
 * otherwise, the state untouched. */
LLVMValueRef cg_offer_stream(Codegen *cg, IrTask *t, LLVMValueRef gv, LLVMValueRef src, LLVMBasicBlockRef *declined) {
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    const StateLayout *layout = task_state_layout(t);
    int words = layout ? layout->words : 0;
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(t->in, -1));
    /* a multi-rate graph's filters make n / pop * push items each (the tail rule) */
    LLVMValueRef made = t->graph->multirate ? cg_multirate_outputs(cg, t->graph, 0, t->nchain, n) : n;
    LLVMValueRef out = cg_new_array_of(cg, t->out, made);
    LLVMValueRef buf = cg_entry_alloca(cg, LLVMArrayType(i32, (unsigned)(words ? words : 1)), "stream_state");
    /* the device keeps array fields of the layout's lengths: any other runs on the CPU */
    StateCtx c = {buf, LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 1, 0), 0, true, src, n};
    each_state_field(cg, t, gv, check_state_array, &c);
    LLVMBasicBlockRef pack = cg_new_bb(cg, "graph.pack"), dev = cg_new_bb(cg, "graph.device"),
                      unfit = cg_new_bb(cg, "graph.unfit"), next = cg_new_bb(cg, "graph.next");
    LLVMBuildCondBr(cg->b, c.ok, pack, unfit);
    /* the state does not fit the device: the runtime says so (if the task was its) */
    LLVMPositionBuilderAtEnd(cg->b, unfit);
    LLVMValueRef id = task_id(cg, t);
    cg_call_rt(cg, "lime_device_stream_unfit", LLVMVoidTypeInContext(cg->ctx), &id, 1, false);
    LLVMBuildBr(cg->b, next);
    LLVMPositionBuilderAtEnd(cg->b, pack);
    each_state_field(cg, t, gv, move_state_field, &c);
    LLVMValueRef args[5] = {task_id(cg, t), src, out, buf, cg_i32c(cg, words)};
    LLVMValueRef on = device_call(cg, "lime_device_stream", args, 5);
    LLVMBuildCondBr(cg->b, on, dev, next);
    LLVMPositionBuilderAtEnd(cg->b, dev);
    c.word = 0;
    c.to_words = false;
    each_state_field(cg, t, gv, move_state_field, &c);
    *declined = next;
    return out;
}

/* LIME_PROFILE for task t run on the CPU: the runtime's clock before the
 * run (0 when LIME_PROFILE is off: lime_profile_cpu_begin). */
LLVMValueRef cg_profile_begin(Codegen *cg) {
    return cg_call_rt(cg, "lime_profile_cpu_begin", cg_i64t(cg), NULL, 0, false);
}

/* ... and after it, over elements (i64) elements: the record. */
void cg_profile_end(Codegen *cg, IrTask *t, const char *kind, LLVMValueRef elements, LLVMValueRef begin) {
    LLVMValueRef args[5] = {task_id(cg, t), LLVMBuildGlobalStringPtr(cg->b, t->name ? t->name : "", "task.name"),
                            LLVMBuildGlobalStringPtr(cg->b, kind, "task.kind"), elements, begin};
    cg_call_rt(cg, "lime_profile_cpu_end", LLVMVoidTypeInContext(cg->ctx), args, 5, false);
}
