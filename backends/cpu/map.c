/* map.c: a map task on the CPU.
 *
 * A map becomes a chunk function `void (env, start, end)` run by the
 * runtime's thread pool (lime_parallel_for) over the element indices; its
 * loop calls the task's body, which LLVM inlines and can vectorise.  A map
 * that a device backend accepted is offered to the device first
 * (offload.c); when the device declines, the chunks run in its place.
 *
 * Requires the operands' temps generated (cg->temps).  Guarantees: every
 * element of the result is made before the map's value is used; mapped
 * operands of different lengths throw before any element is made.  The
 * pieces a fused map needs (its environment, one element's value) are
 * shared with reduce.c. */
#include "codegen.h"

enum {
    MAP_GRAIN = 1024,          /* elements per chunk at least, a loop-free body */
};

/* Elements a chunk of map t takes at least, a multiple of its lanes so that
 * every chunk but the last is whole vectors: a loop-free body, MAP_GRAIN
 * (an element costs little beside a chunk's claim); a body with a loop, one
 * vector of lanes, since an element may cost much (crc32's 4096-byte
 * block: 1024 of them were one chunk, on one thread). */
static long long map_grain(IrTask *t, bool in_lanes) {
    if (!cg_body_loops(t)) return MAP_GRAIN;
    return in_lanes ? cg_lanes_width_of(t, NULL) : 1;
}

/* A map instruction's operands. */
CgOperands cg_operands_of(Codegen *cg, IrInst *in) {
    CgOperands o = {xalloc(sizeof(LLVMValueRef) * (size_t)(in->nargs + 1)), xalloc(sizeof(Type *) * (size_t)(in->nargs + 1)),
                    xalloc(sizeof(bool) * (size_t)(in->nargs + 1))};
    for (int k = 0; k < in->nargs; k++) {
        o.vals[k] = cg->temps[in->args[k]];
        o.types[k] = cg->temp_types[in->args[k]];
        o.kept[k] = cg->maybe_kept && cg->maybe_kept[in->args[k]];
    }
    return o;
}

/* env = { out, operand0, operand1, ... }: arrays by pointer, broadcast
 * values by value. */
LLVMTypeRef cg_map_env_type(Codegen *cg, IrTask *t, CgOperands *o) {
    LLVMTypeRef *f = xalloc(sizeof(LLVMTypeRef) * (size_t)(t->nargs + 1));
    f[0] = cg_ptr_type(cg);
    for (int i = 0; i < t->nargs; i++) f[i + 1] = t->mapped[i] ? cg_ptr_type(cg) : LLVMTypeOf(o->vals[i]);
    return LLVMStructTypeInContext(cg->ctx, f, (unsigned)(t->nargs + 1), false);
}

LLVMValueRef cg_map_env(Codegen *cg, IrTask *t, CgOperands *o, LLVMTypeRef env_ty, LLVMValueRef out) {
    LLVMValueRef env = cg_entry_alloca(cg, env_ty, "env");
    LLVMBuildStore(cg->b, out, LLVMBuildStructGEP2(cg->b, env_ty, env, 0, ""));
    for (int k = 0; k < t->nargs; k++) LLVMBuildStore(cg->b, o->vals[k], LLVMBuildStructGEP2(cg->b, env_ty, env, (unsigned)(k + 1), ""));
    return env;
}

/* In a helper whose first parameter is a map env: the operands, from
 * field first on. */
LLVMValueRef *cg_env_operands(Codegen *cg, IrTask *t, LLVMTypeRef env_ty, LLVMValueRef env, int first) {
    LLVMValueRef *ops = xalloc(sizeof(LLVMValueRef) * (size_t)(t->nargs + 1));
    for (int k = 0; k < t->nargs; k++)
        ops[k] = cg_env_field(cg, env_ty, env, first + k, LLVMStructGetTypeAtIndex(env_ty, (unsigned)(first + k)));
    return ops;
}

/* The map's body applied to element i (i64) of the mapped operands ops;
 * given[k], where given is not NULL and it is set, is element i of mapped
 * operand k, already at hand. */
LLVMValueRef cg_map_value(Codegen *cg, IrTask *t, CgOperands *o, LLVMValueRef *ops, LLVMValueRef i, LLVMValueRef *given) {
    LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (size_t)(t->nargs + 1));
    for (int k = 0; k < t->nargs; k++) {
        Type *at = o->types[k];
        if (t->mapped[k]) {
            LLVMValueRef e = given && given[k] ? given[k] : cg_load_elem(cg, ops[k], i, at->elem);
            if (is_primitive(at->elem) && is_primitive(t->param[k])) e = cg_convert(cg, e, at->elem, t->param[k]);
            args[k] = e;
        } else args[k] = ops[k];
    }
    return cg_call_body(cg, t, args, t->param, t->nargs);
}

static LLVMValueRef map_chunk_fn(Codegen *cg, IrTask *t, CgOperands *o, LLVMTypeRef env_ty) {
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_i64t(cg), cg_i64t(cg)};
    CgSaved saved;
    LLVMValueRef f = cg_begin_helper(cg, xprintf("lime.task%d.map", t->id), LLVMVoidTypeInContext(cg->ctx), params, 3, &saved);
    LLVMValueRef env = LLVMGetParam(f, 0);
    LLVMValueRef out = cg_env_field(cg, env_ty, env, 0, cg_ptr_type(cg));
    LLVMValueRef *ops = cg_env_operands(cg, t, env_ty, env, 1);
    CgLoop lp;
    LLVMValueRef i = cg_begin_loop(cg, &lp, LLVMGetParam(f, 1), LLVMGetParam(f, 2));
    cg_store_elem(cg, out, i, t->out, cg_map_value(cg, t, o, ops, i, NULL));
    cg_finish_loop(cg, &lp);
    LLVMBuildRetVoid(cg->b);
    cg_end_helper(cg, &saved);
    return f;
}

typedef struct ScalarChunk {
    LLVMValueRef fn, env;
} ScalarChunk;

static void call_scalar_chunk(Codegen *cg, void *ctx, LLVMValueRef from, LLVMValueRef to) {
    ScalarChunk *s = ctx;
    LLVMValueRef args[3] = {s->env, from, to};
    cg_call_fn(cg, s->fn, args, 3);
}

/* The chunk function (env, start, end) that makes t's values in SIMD
 * lanes (lanes.c), with scalar_fn for what lanes leave. */
static LLVMValueRef lanes_chunk_fn(Codegen *cg, IrTask *t, CgOperands *o, LLVMTypeRef env_ty, LLVMValueRef scalar_fn) {
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_i64t(cg), cg_i64t(cg)};
    CgSaved saved;
    LLVMValueRef f = cg_begin_helper(cg, xprintf("lime.task%d.mapl", t->id), LLVMVoidTypeInContext(cg->ctx), params, 3, &saved);
    LLVMValueRef env = LLVMGetParam(f, 0);
    LLVMValueRef out = cg_env_field(cg, env_ty, env, 0, cg_ptr_type(cg));
    ScalarChunk sc = {scalar_fn, env};
    LanesRun r = {env, env_ty, 1, cg_element_address(cg, out, cg_i64c(cg, 0), t->out), cg_i64c(cg, 0), call_scalar_chunk, &sc, NULL, NULL, 0, NULL};
    cg_lanes_run(cg, t, o, &r, LLVMGetParam(f, 1), LLVMGetParam(f, 2));
    LLVMBuildRetVoid(cg->b);
    cg_end_helper(cg, &saved);
    return f;
}

/* The length of a map's result: that of its mapped operands, which must
 * all have it. */
LLVMValueRef cg_map_length(Codegen *cg, IrTask *t, CgOperands *o) {
    LLVMValueRef n = NULL;
    for (int k = 0; k < t->nargs; k++) {
        if (!t->mapped[k]) continue;
        LLVMValueRef len = cg_length_of(cg, o->vals[k], o->types[k]);
        if (!n) {
            n = len;
            continue;
        }
        LLVMValueRef args[2] = {n, len};
        cg_guard(cg, LLVMBuildICmp(cg->b, LLVMIntNE, n, len, ""), "lime_throw_map_length_mismatch", args, 2);
    }
    return n;
}

/* The map's result array of n elements: on the device that takes it, else
 * in parallel chunks on the CPU. */
LLVMValueRef cg_map_into(Codegen *cg, IrTask *t, CgOperands *o, LLVMValueRef n, LLVMValueRef out) {
    if (!out) out = cg_new_array_of(cg, t->out, n);
    LLVMBasicBlockRef done = NULL;
    if (task_offered(t)) {
        LLVMBasicBlockRef cpu = cg_new_bb(cg, "map.cpu");
        done = cg_new_bb(cg, "map.done");
        LLVMBuildCondBr(cg->b, cg_offer_map(cg, t, o, n, out), done, cpu);
        LLVMPositionBuilderAtEnd(cg->b, cpu);
    } else if (t->kind == TASK_MAP) {
        cg_note_cpu_task(cg, t);
    }
    cg_host_operands(cg, o, t->nargs); /* (the CPU reads them) */
    LLVMTypeRef env_ty = cg_map_env_type(cg, t, o);
    LLVMValueRef env = cg_map_env(cg, t, o, env_ty, out);
    LLVMValueRef chunk = map_chunk_fn(cg, t, o, env_ty);
    Reason why;
    bool in_lanes = cg_lanes_accepts(t, &why);
    if (in_lanes) chunk = lanes_chunk_fn(cg, t, o, env_ty, chunk);
    LLVMValueRef n64 = LLVMBuildSExt(cg->b, n, cg_i64t(cg), ""), profiled = cg_profile_begin(cg);
    cg_parallel_for(cg, n64, map_grain(t, in_lanes), chunk, env);
    cg_clear_env(cg, env_ty, env);
    cg_profile_end(cg, t, "map", n64, profiled);
    if (done) {
        LLVMBuildBr(cg->b, done);
        LLVMPositionBuilderAtEnd(cg->b, done);
    }
    return out;
}

LLVMValueRef cg_map(Codegen *cg, IrInst *in) {
    CgOperands o = cg_operands_of(cg, in);
    LLVMValueRef n = cg_map_length(cg, in->task, &o);
    cg->keep_out = cg_is_kept(cg, in);
    LLVMValueRef out = cg_map_into(cg, in->task, &o, n, NULL);
    cg->keep_out = false;
    return out;
}
