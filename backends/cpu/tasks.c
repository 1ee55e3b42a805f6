/* tasks.c: Lime's tasks on the CPU.
 *
 * A map becomes a chunk function `void (env, start, end)` run by the
 * runtime's thread pool (lime_parallel_for) over the element indices; its
 * loop calls the task's body, which LLVM inlines and can vectorise.
 *
 * A reduce combines in the canonical tree of LANGUAGE.md 2.5.  That tree
 * is also what this stack algorithm computes: push the elements in order;
 * after pushing element k (counted from 0), combine the top of the stack
 * with the element below it ctz(k + 1) times; at the end fold the stack
 * from the top down.  The subtree of any block of 2^j elements starting at
 * a multiple of 2^j is a whole subtree of the canonical tree, and a final
 * partial block is its own subtree, so reducing fixed blocks of
 * REDUCE_BLOCK elements in parallel and then reducing the block results
 * gives bit for bit the same result, whatever the number of threads.
 *
 * A stream graph runs as one fused loop: each item goes through every
 * filter in order (stateful filters see their items in order), into the
 * output array or the sink.  When a device accepted runs of its stateless
 * filters, it runs as segments instead (cg_graph_run). */
#include "codegen.h"

#include <string.h>

enum {
    MAP_GRAIN = 1024,          /* elements per chunk at least */
    REDUCE_BLOCK = 1 << 16,    /* elements per parallel reduce block: a power of two */
};

/* ------------------------------------------------------------ helpers */

typedef struct Saved {
    LLVMBasicBlockRef block;
    LLVMValueRef fn;
} Saved;

/* Starts a new internal function; the builder's position is saved. */
static LLVMValueRef begin_helper(Codegen *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n, Saved *saved) {
    saved->block = LLVMGetInsertBlock(cg->b);
    saved->fn = cg->fn;
    LLVMValueRef f = LLVMAddFunction(cg->mod, name, LLVMFunctionType(ret, params, (unsigned)n, false));
    LLVMSetLinkage(f, LLVMInternalLinkage);
    cg->fn = f;
    LLVMPositionBuilderAtEnd(cg->b, cg_new_bb(cg, "entry"));
    return f;
}

static void end_helper(Codegen *cg, Saved *saved) {
    cg->fn = saved->fn;
    LLVMPositionBuilderAtEnd(cg->b, saved->block);
}

static LLVMTypeRef i64t(Codegen *cg) { return LLVMInt64TypeInContext(cg->ctx); }

/* A counted loop for (i = start; i < end; i++) { body }: returns i in the
 * body block; finish_loop closes it. */
typedef struct Loop {
    LLVMBasicBlockRef head, body, exit, pre;
    LLVMValueRef i;
} Loop;

static LLVMValueRef begin_loop(Codegen *cg, Loop *lp, LLVMValueRef start, LLVMValueRef end) {
    lp->pre = LLVMGetInsertBlock(cg->b);
    lp->head = cg_new_bb(cg, "head");
    lp->body = cg_new_bb(cg, "body");
    lp->exit = cg_new_bb(cg, "exit");
    LLVMBuildBr(cg->b, lp->head);
    LLVMPositionBuilderAtEnd(cg->b, lp->head);
    lp->i = LLVMBuildPhi(cg->b, LLVMTypeOf(start), "i");
    LLVMAddIncoming(lp->i, &start, &lp->pre, 1);
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, lp->i, end, ""), lp->body, lp->exit);
    LLVMPositionBuilderAtEnd(cg->b, lp->body);
    return lp->i;
}

static void finish_loop(Codegen *cg, Loop *lp) {
    LLVMValueRef next = LLVMBuildAdd(cg->b, lp->i, LLVMConstInt(LLVMTypeOf(lp->i), 1, false), "");
    LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, lp->head);
    LLVMAddIncoming(lp->i, &next, &from, 1);
    LLVMPositionBuilderAtEnd(cg->b, lp->exit);
}

static LLVMValueRef load_elem(Codegen *cg, LLVMValueRef arr, LLVMValueRef i, Type *elem) {
    LLVMValueRef v = LLVMBuildLoad2(cg->b, cg_mem_type(cg, elem), cg_element_address(cg, arr, i, elem), "");
    return cg_from_mem(cg, v, elem);
}

static void store_elem(Codegen *cg, LLVMValueRef arr, LLVMValueRef i, Type *elem, LLVMValueRef v) {
    LLVMBuildStore(cg->b, cg_to_mem(cg, v, elem), cg_element_address(cg, arr, i, elem));
}

/* An array that the task fills completely before anything reads it: a
 * pointer-free one need not be zeroed first. */
static LLVMValueRef new_array_of(Codegen *cg, Type *elem, LLVMValueRef len32) {
    LLVMValueRef args[2] = {cg_i32c(cg, cg_elem_size(cg, elem)), len32};
    return cg_call_rt(cg, cg_pointer_free(elem) ? "lime_new_prim_array_unset" : "lime_new_array", cg_ptr_type(cg), args,
                      2, false);
}

/* Calls a task's body (user function or library member) on args. */
static LLVMValueRef call_body(Codegen *cg, IrTask *t, LLVMValueRef *args, Type **types, int n) {
    if (t->func) return cg_call_fn(cg, cg_function(cg, t->func), args, n);
    return cg_builtin_call(cg, t->builtin, args, types, n);
}

static LLVMValueRef env_field(Codegen *cg, LLVMTypeRef env_ty, LLVMValueRef env, int i, LLVMTypeRef ty) {
    return LLVMBuildLoad2(cg->b, ty, LLVMBuildStructGEP2(cg->b, env_ty, env, (unsigned)i, ""), "");
}

static void parallel_for(Codegen *cg, LLVMValueRef n64, long long grain, LLVMValueRef fn, LLVMValueRef env) {
    LLVMValueRef args[4] = {n64, cg_i64c(cg, grain), fn, env};
    cg_call_rt(cg, "lime_parallel_for", LLVMVoidTypeInContext(cg->ctx), args, 4, false);
}

/* ------------------------------------------------------------ map */

/* env = { out, operand0, operand1, ... }: arrays by pointer, broadcast
 * values by value. */
static LLVMTypeRef map_env_type(Codegen *cg, IrTask *t, IrInst *in) {
    LLVMTypeRef *f = xalloc(sizeof(LLVMTypeRef) * (size_t)(t->nargs + 1));
    f[0] = cg_ptr_type(cg);
    for (int i = 0; i < t->nargs; i++)
        f[i + 1] = t->mapped[i] ? cg_ptr_type(cg) : LLVMTypeOf(cg->temps[in->args[i]]);
    return LLVMStructTypeInContext(cg->ctx, f, (unsigned)(t->nargs + 1), false);
}

static LLVMValueRef map_chunk_fn(Codegen *cg, IrTask *t, IrInst *in, LLVMTypeRef env_ty) {
    LLVMTypeRef params[3] = {cg_ptr_type(cg), i64t(cg), i64t(cg)};
    Saved saved;
    LLVMValueRef f = begin_helper(cg, xprintf("lime.task%d.map", t->id), LLVMVoidTypeInContext(cg->ctx), params, 3, &saved);
    LLVMValueRef env = LLVMGetParam(f, 0);
    LLVMValueRef out = env_field(cg, env_ty, env, 0, cg_ptr_type(cg));
    LLVMValueRef *ops = xalloc(sizeof(LLVMValueRef) * (size_t)(t->nargs + 1));
    for (int k = 0; k < t->nargs; k++) ops[k] = env_field(cg, env_ty, env, k + 1, LLVMStructGetTypeAtIndex(env_ty, (unsigned)(k + 1)));
    Loop lp;
    LLVMValueRef i = begin_loop(cg, &lp, LLVMGetParam(f, 1), LLVMGetParam(f, 2));
    LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (size_t)(t->nargs + 1));
    Type **types = xalloc(sizeof(Type *) * (size_t)(t->nargs + 1));
    for (int k = 0; k < t->nargs; k++) {
        Type *at = cg->temp_types[in->args[k]];
        if (t->mapped[k]) {
            LLVMValueRef e = load_elem(cg, ops[k], i, at->elem);
            if (is_primitive(at->elem) && is_primitive(t->param[k])) e = cg_convert(cg, e, at->elem, t->param[k]);
            args[k] = e;
        } else args[k] = ops[k];
        types[k] = t->param[k];
    }
    store_elem(cg, out, i, t->out, call_body(cg, t, args, types, t->nargs));
    finish_loop(cg, &lp);
    LLVMBuildRetVoid(cg->b);
    end_helper(cg, &saved);
    return f;
}

/* A call of a runtime device function returning C's bool: true when it ran the task. */
static LLVMValueRef device_call(Codegen *cg, const char *name, LLVMValueRef *args, int n) {
    LLVMValueRef r = cg_call_rt(cg, name, LLVMInt8TypeInContext(cg->ctx), args, n, false);
    return LLVMBuildICmp(cg->b, LLVMIntNE, r, LLVMConstNull(LLVMInt8TypeInContext(cg->ctx)), "on_device");
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

/* Offers a GPU-accepted map to the runtime's device: an array of
 * LimeTaskArg describes the operands.  Returns the "it ran" flag. */
static LLVMValueRef offer_map(Codegen *cg, IrInst *in, LLVMValueRef n, LLVMValueRef out) {
    IrTask *t = in->task;
    LLVMTypeRef arg_ty = task_arg_type(cg);
    LLVMTypeRef arr_ty = LLVMArrayType(arg_ty, (unsigned)t->nargs);
    LLVMValueRef arr = LLVMBuildAlloca(cg->b, arr_ty, "device_args");
    for (int k = 0; k < t->nargs; k++) {
        LLVMValueRef idx[2] = {cg_i64c(cg, 0), cg_i64c(cg, k)};
        LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, arr_ty, arr, idx, 2, "");
        LLVMValueRef v = cg->temps[in->args[k]];
        Type *vt = cg->temp_types[in->args[k]];
        LLVMValueRef array = LLVMConstNull(cg_ptr_type(cg)), value = LLVMConstNull(cg_ptr_type(cg));
        int size;
        bool whole = !t->mapped[k] && vt->kind == TY_VALUE_ARRAY;
        if (t->mapped[k] || whole) {
            array = v;
            size = cg_elem_size(cg, vt->elem);
        } else {
            value = LLVMBuildAlloca(cg->b, cg_mem_type(cg, vt), "device_value");
            LLVMBuildStore(cg->b, cg_to_mem(cg, v, vt), value);
            size = cg_elem_size(cg, vt);
        }
        set_task_arg(cg, slot, array, value, size, whole);
    }
    LLVMValueRef args[5] = {cg_i32c(cg, t->id), n, out, cg_i32c(cg, t->nargs), arr};
    return device_call(cg, "lime_device_map", args, 5);
}

LLVMValueRef cg_map(Codegen *cg, IrInst *in) {
    IrTask *t = in->task;
    LLVMValueRef n = NULL;
    for (int k = 0; k < t->nargs; k++) {
        if (!t->mapped[k]) continue;
        LLVMValueRef len = cg_length_of(cg, cg->temps[in->args[k]], cg->temp_types[in->args[k]]);
        if (!n) {
            n = len;
            continue;
        }
        LLVMValueRef args[2] = {n, len};
        cg_guard(cg, LLVMBuildICmp(cg->b, LLVMIntNE, n, len, ""), "lime_throw_map_length_mismatch", args, 2);
    }
    LLVMValueRef out = new_array_of(cg, t->out, n);
    LLVMBasicBlockRef done = NULL;
    if (t->gpu_accepted || t->fpga_accepted) {
        LLVMBasicBlockRef cpu = cg_new_bb(cg, "map.cpu");
        done = cg_new_bb(cg, "map.done");
        LLVMBuildCondBr(cg->b, offer_map(cg, in, n, out), done, cpu);
        LLVMPositionBuilderAtEnd(cg->b, cpu);
    }
    LLVMTypeRef env_ty = map_env_type(cg, t, in);
    LLVMValueRef env = LLVMBuildAlloca(cg->b, env_ty, "env");
    LLVMBuildStore(cg->b, out, LLVMBuildStructGEP2(cg->b, env_ty, env, 0, ""));
    for (int k = 0; k < t->nargs; k++)
        LLVMBuildStore(cg->b, cg->temps[in->args[k]], LLVMBuildStructGEP2(cg->b, env_ty, env, (unsigned)(k + 1), ""));
    LLVMValueRef fn = map_chunk_fn(cg, t, in, env_ty);
    parallel_for(cg, LLVMBuildSExt(cg->b, n, i64t(cg), ""), MAP_GRAIN, fn, env);
    if (done) {
        LLVMBuildBr(cg->b, done);
        LLVMPositionBuilderAtEnd(cg->b, done);
    }
    return out;
}

/* ------------------------------------------------------------ reduce */

static LLVMValueRef combine(Codegen *cg, IrTask *t, LLVMValueRef a, LLVMValueRef b) {
    Type *ty = t->out;
    bool fp = cg_is_fp(ty);
    switch (t->op) {
    case TK_PLUS: return fp ? LLVMBuildFAdd(cg->b, a, b, "") : LLVMBuildAdd(cg->b, a, b, "");
    case TK_STAR: return fp ? LLVMBuildFMul(cg->b, a, b, "") : LLVMBuildMul(cg->b, a, b, "");
    case TK_AMP: case TK_ANDAND: return LLVMBuildAnd(cg->b, a, b, "");
    case TK_BAR: case TK_OROR: return LLVMBuildOr(cg->b, a, b, "");
    case TK_CARET: return LLVMBuildXor(cg->b, a, b, "");
    default: break;
    }
    LLVMValueRef args[2] = {a, b};
    Type *types[2] = {ty, ty};
    return call_body(cg, t, args, types, 2);
}

static LLVMValueRef identity(Codegen *cg, IrTask *t) {
    LLVMTypeRef lt = cg_value_type(cg, t->out);
    bool fp = cg_is_fp(t->out);
    switch (t->op) {
    case TK_PLUS: case TK_BAR: case TK_CARET: case TK_OROR: return LLVMConstNull(lt);
    case TK_STAR: return fp ? LLVMConstReal(lt, 1.0) : LLVMConstInt(lt, 1, false);
    case TK_AMP: case TK_ANDAND: return LLVMConstAllOnes(lt);
    default: LIME_UNREACHABLE();
    }
}

/* T tree(ptr data, i64 start, i64 end): the canonical reduction of
 * data[start..end), start a multiple of the block size (or 0). */
static LLVMValueRef tree_fn(Codegen *cg, IrTask *t) {
    const char *name = xprintf("lime.task%d.tree", t->id);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    if (f) return f;
    Type *ty = t->out;
    LLVMTypeRef vt = cg_value_type(cg, ty);
    LLVMTypeRef params[3] = {cg_ptr_type(cg), i64t(cg), i64t(cg)};
    Saved saved;
    f = begin_helper(cg, name, vt, params, 3, &saved);
    LLVMValueRef data = LLVMGetParam(f, 0), start = LLVMGetParam(f, 1), end = LLVMGetParam(f, 2);
    LLVMTypeRef stack_ty = LLVMArrayType(vt, 64);
    LLVMValueRef stack = LLVMBuildAlloca(cg->b, stack_ty, "stack");
    LLVMValueRef spp = LLVMBuildAlloca(cg->b, i64t(cg), "sp");
    LLVMValueRef vslot = LLVMBuildAlloca(cg->b, vt, "v");
    LLVMBuildStore(cg->b, cg_i64c(cg, 0), spp);
    LLVMTypeRef mt = cg_mem_type(cg, ty);
    Loop lp;
    LLVMValueRef i = begin_loop(cg, &lp, start, end);
    LLVMValueRef v0 = cg_from_mem(cg, LLVMBuildLoad2(cg->b, mt, LLVMBuildInBoundsGEP2(cg->b, mt, data, &i, 1, ""), ""), ty);
    /* combine ctz(k + 1) times, k = i - start */
    LLVMValueRef k1 = LLVMBuildAdd(cg->b, LLVMBuildSub(cg->b, i, start, ""), cg_i64c(cg, 1), "");
    LLVMTypeRef i64 = i64t(cg);
    LLVMValueRef ctz_args[2] = {k1, LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 1, false)};
    LLVMValueRef count = cg_intrinsic(cg, "llvm.cttz", &i64, 1, ctz_args, 2);
    LLVMBuildStore(cg->b, v0, vslot);
    Loop inner;
    begin_loop(cg, &inner, cg_i64c(cg, 0), count);
    {
        LLVMValueRef sp = LLVMBuildSub(cg->b, LLVMBuildLoad2(cg->b, i64, spp, ""), cg_i64c(cg, 1), "");
        LLVMBuildStore(cg->b, sp, spp);
        LLVMValueRef idx[2] = {cg_i64c(cg, 0), sp};
        LLVMValueRef below = LLVMBuildLoad2(cg->b, vt, LLVMBuildInBoundsGEP2(cg->b, stack_ty, stack, idx, 2, ""), "");
        LLVMBuildStore(cg->b, combine(cg, t, below, LLVMBuildLoad2(cg->b, vt, vslot, "")), vslot);
    }
    finish_loop(cg, &inner);
    {
        LLVMValueRef sp = LLVMBuildLoad2(cg->b, i64, spp, "");
        LLVMValueRef idx[2] = {cg_i64c(cg, 0), sp};
        LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, vt, vslot, ""), LLVMBuildInBoundsGEP2(cg->b, stack_ty, stack, idx, 2, ""));
        LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, sp, cg_i64c(cg, 1), ""), spp);
    }
    finish_loop(cg, &lp);
    /* fold the stack from the top down: acc = stack[sp-1]; acc = stack[j] op acc */
    LLVMValueRef sp = LLVMBuildLoad2(cg->b, i64, spp, "");
    LLVMValueRef top = LLVMBuildSub(cg->b, sp, cg_i64c(cg, 1), "");
    LLVMValueRef tidx[2] = {cg_i64c(cg, 0), top};
    LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, vt, LLVMBuildInBoundsGEP2(cg->b, stack_ty, stack, tidx, 2, ""), ""), vslot);
    Loop fold;
    LLVMValueRef j = begin_loop(cg, &fold, cg_i64c(cg, 0), top);
    {
        LLVMValueRef below_idx = LLVMBuildSub(cg->b, LLVMBuildSub(cg->b, top, j, ""), cg_i64c(cg, 1), "");
        LLVMValueRef idx[2] = {cg_i64c(cg, 0), below_idx};
        LLVMValueRef below = LLVMBuildLoad2(cg->b, vt, LLVMBuildInBoundsGEP2(cg->b, stack_ty, stack, idx, 2, ""), "");
        LLVMBuildStore(cg->b, combine(cg, t, below, LLVMBuildLoad2(cg->b, vt, vslot, "")), vslot);
    }
    finish_loop(cg, &fold);
    LLVMBuildRet(cg->b, LLVMBuildLoad2(cg->b, vt, vslot, ""));
    end_helper(cg, &saved);
    return f;
}

/* env = { data, results, n }: block b reduces data[b*B, min(n, (b+1)*B)). */
static LLVMValueRef reduce_blocks_fn(Codegen *cg, IrTask *t, LLVMTypeRef env_ty) {
    LLVMTypeRef params[3] = {cg_ptr_type(cg), i64t(cg), i64t(cg)};
    LLVMValueRef tree = tree_fn(cg, t);
    Saved saved;
    LLVMValueRef f = begin_helper(cg, xprintf("lime.task%d.blocks", t->id), LLVMVoidTypeInContext(cg->ctx), params, 3, &saved);
    LLVMValueRef env = LLVMGetParam(f, 0);
    LLVMValueRef data = env_field(cg, env_ty, env, 0, cg_ptr_type(cg));
    LLVMValueRef results = env_field(cg, env_ty, env, 1, cg_ptr_type(cg));
    LLVMValueRef n = env_field(cg, env_ty, env, 2, i64t(cg));
    Loop lp;
    LLVMValueRef b = begin_loop(cg, &lp, LLVMGetParam(f, 1), LLVMGetParam(f, 2));
    LLVMValueRef lo = LLVMBuildMul(cg->b, b, cg_i64c(cg, REDUCE_BLOCK), "");
    LLVMValueRef hi = LLVMBuildAdd(cg->b, lo, cg_i64c(cg, REDUCE_BLOCK), "");
    hi = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, n, hi, ""), n, hi, "");
    LLVMValueRef args[3] = {data, lo, hi};
    LLVMValueRef r = cg_call_fn(cg, tree, args, 3);
    LLVMTypeRef mt = cg_mem_type(cg, t->out);
    LLVMBuildStore(cg->b, cg_to_mem(cg, r, t->out), LLVMBuildInBoundsGEP2(cg->b, mt, results, &b, 1, ""));
    finish_loop(cg, &lp);
    LLVMBuildRetVoid(cg->b);
    end_helper(cg, &saved);
    return f;
}

static LLVMValueRef array_data(Codegen *cg, LLVMValueRef arr) {
    LLVMValueRef off = cg_i64c(cg, 8);
    return LLVMBuildInBoundsGEP2(cg->b, LLVMInt8TypeInContext(cg->ctx), arr, &off, 1, "data");
}

LLVMValueRef cg_reduce(Codegen *cg, IrInst *in) {
    IrTask *t = in->task;
    LLVMValueRef arr = cg->temps[in->args[0]];
    LLVMValueRef n32 = cg_length_of(cg, arr, cg->temp_types[in->args[0]]);
    LLVMTypeRef vt = cg_value_type(cg, t->out);
    LLVMValueRef result = LLVMBuildAlloca(cg->b, vt, "reduced");
    LLVMBasicBlockRef empty = cg_new_bb(cg, "reduce.empty"), some = cg_new_bb(cg, "reduce"),
                      many = cg_new_bb(cg, "reduce.parallel"), one = cg_new_bb(cg, "reduce.one"),
                      done = cg_new_bb(cg, "reduce.done");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, n32, cg_i32c(cg, 0), ""), empty, some);

    LLVMPositionBuilderAtEnd(cg->b, empty);
    if (t->op != TK_EOF) {
        LLVMBuildStore(cg->b, identity(cg, t), result);
        LLVMBuildBr(cg->b, done);
    } else {
        cg_call_rt(cg, "lime_throw_reduce_empty", LLVMVoidTypeInContext(cg->ctx), NULL, 0, true);
        LLVMBuildUnreachable(cg->b);
    }

    LLVMPositionBuilderAtEnd(cg->b, some);
    if (t->gpu_accepted) {
        /* offered to the device first; it stores the result itself */
        LLVMBasicBlockRef cpu = cg_new_bb(cg, "reduce.cpu");
        LLVMValueRef args[3] = {cg_i32c(cg, t->id), arr, result};
        LLVMBuildCondBr(cg->b, device_call(cg, "lime_device_reduce", args, 3), done, cpu);
        LLVMPositionBuilderAtEnd(cg->b, cpu);
    }
    LLVMValueRef n = LLVMBuildSExt(cg->b, n32, i64t(cg), "");
    LLVMValueRef data = array_data(cg, arr);
    LLVMValueRef tree = tree_fn(cg, t);
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGT, n, cg_i64c(cg, REDUCE_BLOCK), ""), many, one);

    LLVMPositionBuilderAtEnd(cg->b, one);
    LLVMValueRef args[3] = {data, cg_i64c(cg, 0), n};
    LLVMBuildStore(cg->b, cg_call_fn(cg, tree, args, 3), result);
    LLVMBuildBr(cg->b, done);

    LLVMPositionBuilderAtEnd(cg->b, many);
    LLVMValueRef nblocks = LLVMBuildSDiv(cg->b, LLVMBuildAdd(cg->b, n, cg_i64c(cg, REDUCE_BLOCK - 1), ""),
                                         cg_i64c(cg, REDUCE_BLOCK), "nblocks");
    LLVMValueRef results = new_array_of(cg, t->out, LLVMBuildTrunc(cg->b, nblocks, LLVMInt32TypeInContext(cg->ctx), ""));
    LLVMValueRef rdata = array_data(cg, results);
    LLVMTypeRef ef[3] = {cg_ptr_type(cg), cg_ptr_type(cg), i64t(cg)};
    LLVMTypeRef env_ty = LLVMStructTypeInContext(cg->ctx, ef, 3, false);
    LLVMValueRef env = LLVMBuildAlloca(cg->b, env_ty, "env");
    LLVMBuildStore(cg->b, data, LLVMBuildStructGEP2(cg->b, env_ty, env, 0, ""));
    LLVMBuildStore(cg->b, rdata, LLVMBuildStructGEP2(cg->b, env_ty, env, 1, ""));
    LLVMBuildStore(cg->b, n, LLVMBuildStructGEP2(cg->b, env_ty, env, 2, ""));
    parallel_for(cg, nblocks, 1, reduce_blocks_fn(cg, t, env_ty), env);
    LLVMValueRef rargs[3] = {rdata, cg_i64c(cg, 0), nblocks};
    LLVMBuildStore(cg->b, cg_call_fn(cg, tree, rargs, 3), result);
    LLVMBuildBr(cg->b, done);

    LLVMPositionBuilderAtEnd(cg->b, done);
    return LLVMBuildLoad2(cg->b, vt, result, "");
}

/* ------------------------------------------------------------ stream graphs */

/* A graph value: a reference array { source, state objects... }. */
LLVMValueRef cg_graph_new(Codegen *cg, IrInst *in) {
    LLVMValueRef args[2] = {cg_i32c(cg, 8), cg_i32c(cg, in->nargs)};
    LLVMValueRef g = cg_call_rt(cg, "lime_new_array", cg_ptr_type(cg), args, 2, false);
    for (int i = 0; i < in->nargs; i++)
        LLVMBuildStore(cg->b, cg->temps[in->args[i]], cg_element_address(cg, g, cg_i32c(cg, i), ty_object));
    return g;
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
    Saved saved;
    f = begin_helper(cg, name, collect ? cg_ptr_type(cg) : LLVMVoidTypeInContext(cg->ctx), params, 2, &saved);
    LLVMValueRef gv = LLVMGetParam(f, 0), src = LLVMGetParam(f, 1);
    LLVMValueRef *state = xalloc(sizeof(LLVMValueRef) * (size_t)(g->nstateful + 1));
    for (int k = from; k < to; k++) {
        GraphFilter *flt = g->filters.items[k];
        if (flt->state_index) state[flt->state_index] = load_elem(cg, gv, cg_i32c(cg, flt->state_index), ty_object);
    }
    Type *in_elem = from == 0 ? g->source_elem : ((GraphFilter *)g->filters.items[from - 1])->out;
    /* the source is never null here (checked when the graph was made);
     * a value array's null is its empty value */
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(in_elem, -1));
    Type *out_elem = collect ? ((GraphFilter *)g->filters.items[to - 1])->out : NULL;
    LLVMValueRef out = collect ? new_array_of(cg, out_elem, n) : NULL;
    Loop lp;
    LLVMValueRef i = begin_loop(cg, &lp, cg_i32c(cg, 0), n);
    LLVMValueRef x = load_elem(cg, src, i, in_elem);
    for (int k = from; k < to; k++) {
        GraphFilter *flt = g->filters.items[k];
        LLVMValueRef fn = cg_function(cg, flt->method->ir);
        LLVMValueRef args[2];
        int na = 0;
        if (flt->kind == TASK_STATEFUL_FILTER || !(flt->method->mods & MOD_STATIC)) args[na++] = state[flt->state_index];
        args[na++] = x;
        x = cg_call_fn(cg, fn, args, na);
    }
    if (collect) store_elem(cg, out, i, out_elem, x);
    finish_loop(cg, &lp);
    if (collect) LLVMBuildRet(cg->b, out);
    else LLVMBuildRetVoid(cg->b);
    end_helper(cg, &saved);
    return f;
}

static LLVMValueRef run_graph(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv, LLVMValueRef src) {
    LLVMValueRef args[2] = {gv, src};
    return cg_call_fn(cg, graph_fn(cg, g, from, to), args, 2);
}

/* A run of stateless filters that a device accepted, offered to it as its
 * fused map task over the items in src: the "it ran" flag, and in *out
 * the items it made. */
static LLVMValueRef offer_run(Codegen *cg, IrTask *t, LLVMValueRef src, LLVMValueRef *out) {
    LLVMValueRef n = cg_length_of(cg, src, value_array_of(t->in, -1));
    *out = new_array_of(cg, t->out, n);
    LLVMValueRef arg = LLVMBuildAlloca(cg->b, task_arg_type(cg), "device_args");
    set_task_arg(cg, arg, src, LLVMConstNull(cg_ptr_type(cg)), cg_elem_size(cg, t->in), false);
    LLVMValueRef args[5] = {cg_i32c(cg, t->id), n, *out, cg_i32c(cg, 1), arg};
    return device_call(cg, "lime_device_map", args, 5);
}

/* One state value <-> its words at buf[word] (runtime/lime_fpga.h): a
 * long is two words, low first; narrower integers are widened as Java
 * widens them to int; a float is its bits. */
static void state_value(Codegen *cg, Type *ty, LLVMValueRef addr, LLVMValueRef buf, int word, bool to_words) {
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx), i64 = i64t(cg), mt = cg_mem_type(cg, ty);
    bool wide = ty->kind == TY_LONG;
    LLVMValueRef w0 = LLVMBuildInBoundsGEP2(cg->b, i32, buf, (LLVMValueRef[]){cg_i32c(cg, word)}, 1, "");
    if (to_words) {
        LLVMValueRef v = LLVMBuildLoad2(cg->b, mt, addr, "");
        if (ty->kind == TY_FLOAT) v = LLVMBuildBitCast(cg->b, v, i32, "");
        else if (ty->kind == TY_BYTE || ty->kind == TY_SHORT) v = LLVMBuildSExt(cg->b, v, i32, "");
        else if (!wide && LLVMGetIntTypeWidth(mt) < 32) v = LLVMBuildZExt(cg->b, v, i32, "");
        LLVMBuildStore(cg->b, v, w0);
    } else {
        LLVMValueRef v = LLVMBuildLoad2(cg->b, wide ? i64 : i32, w0, "");
        if (ty->kind == TY_FLOAT) v = LLVMBuildBitCast(cg->b, v, mt, "");
        else if (!wide && LLVMGetIntTypeWidth(mt) < 32) v = LLVMBuildTrunc(cg->b, v, mt, "");
        LLVMBuildStore(cg->b, v, addr);
    }
}

/* Calls visit(field, its object, its layout length) for each state field
 * of the stream task t, in the FPGA backend's layout order. */
typedef void (*StateVisit)(Codegen *cg, FieldDecl *f, LLVMValueRef obj, int len, bool zero, void *ctx);
static void each_state_field(Codegen *cg, IrTask *t, LLVMValueRef gv, StateVisit visit, void *ctx) {
    int k = 0;
    for (int i = 0; i < t->nchain; i++) {
        GraphFilter *flt = t->graph->filters.items[i];
        if (flt->kind != TASK_STATEFUL_FILTER && (flt->method->mods & MOD_STATIC)) continue;
        LLVMValueRef obj = load_elem(cg, gv, cg_i32c(cg, flt->state_index), ty_object);
        ClassDecl *cls = flt->method->owner;
        for (int j = 0; j < cls->fields.len; j++) {
            FieldDecl *f = cls->fields.items[j];
            if (f->mods & MOD_STATIC) continue;
            bool in_layout = k < t->nstate_fields;
            visit(cg, f, obj, in_layout ? t->state_lens[k] : -1, in_layout && t->state_zero && t->state_zero[k], ctx);
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

/* ok &= the array field holds an array of the length the model keeps
 * (and, for a substituted solution's history, all zero: a fresh filter) */
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
        c->word += f->ty->kind == TY_LONG ? 2 : 1;
        return;
    }
    Type *elem = f->ty->elem;
    LLVMValueRef arr = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), cg_field_address(cg, obj, f), "");
    if (zero && !c->to_words) {
        /* a substituted FIR's history (zero before the run): h[k] = src[n-1-k], or 0 */
        for (int i = 0; i < len; i++) {
            LLVMValueRef idx = LLVMBuildSub(cg->b, c->n, cg_i32c(cg, i + 1), "");
            LLVMValueRef in = LLVMBuildICmp(cg->b, LLVMIntSGE, idx, cg_i32c(cg, 0), "");
            LLVMValueRef safe = LLVMBuildSelect(cg->b, in, idx, cg_i32c(cg, 0), "");
            LLVMBasicBlockRef load = cg_new_bb(cg, "fir.item"), join = cg_new_bb(cg, "fir.history"),
                              here = LLVMGetInsertBlock(cg->b);
            LLVMBuildCondBr(cg->b, in, load, join);
            LLVMPositionBuilderAtEnd(cg->b, load);
            LLVMValueRef v = load_elem(cg, c->src, safe, elem);
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
        c->word += elem->kind == TY_LONG ? 2 : 1;
    }
}

/* A graph's result: the outputs (collect) or nothing (finish).  Offered
 * first to the device as its stream task (the FPGA: the filters before the
 * sink, state included) when the FPGA backend built it.  Else the graph
 * runs as segments: each run of stateless filters that a device accepted
 * is offered to it as a map over all the items the segment before made,
 * and the filters between such runs go item by item on the CPU (the GPU
 * backend accepts a run only where that shows what running every item
 * through the whole graph in turn shows: gpu/accept.c); a run the device
 * declines (a failure) runs on the CPU in its place.  When no run was
 * accepted, or the device takes none, the whole graph is one loop on the
 * CPU. */
LLVMValueRef cg_graph_run(Codegen *cg, IrInst *in) {
    Graph *g = in->graph;
    int nf = g->filters.len;
    LLVMValueRef gv = cg->temps[in->args[0]];
    LLVMValueRef src = load_elem(cg, gv, cg_i32c(cg, 0), ty_object);
    IrTask *stream = g->stream;
    bool try_stream = stream && stream->fpga_accepted;
    int ndev = 0;
    for (int r = 0; r < g->runs.len; r++) {
        IrTask *run = g->runs.items[r];
        ndev += run->gpu_accepted || run->fpga_accepted;
    }
    if (stream && !try_stream) {
        /* offered all the same, so that LIME_DEVICE=fpga says why it runs on the CPU */
        LLVMValueRef args[5] = {cg_i32c(cg, stream->id), src, LLVMConstNull(cg_ptr_type(cg)),
                                LLVMConstNull(cg_ptr_type(cg)), cg_i32c(cg, 0)};
        device_call(cg, "lime_device_stream", args, 5);
    }
    if (!try_stream && !ndev) return run_graph(cg, g, 0, nf, gv, src);
    LLVMBasicBlockRef done = cg_new_bb(cg, "graph.done");
    LLVMValueRef vals[3];
    LLVMBasicBlockRef from[3];
    int nin = 0;
    if (try_stream) {
        LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
        int words = stream->state_words;
        LLVMValueRef n = cg_length_of(cg, src, value_array_of(g->source_elem, -1));
        LLVMValueRef out = new_array_of(cg, stream->out, n);
        LLVMValueRef buf = LLVMBuildArrayAlloca(cg->b, i32, cg_i32c(cg, words ? words : 1), "stream_state");
        /* the model keeps array fields of one length: any other runs on the CPU */
        StateCtx c = {buf, LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 1, 0), 0, true, src, n};
        each_state_field(cg, stream, gv, check_state_array, &c);
        LLVMBasicBlockRef pack = cg_new_bb(cg, "graph.pack"), dev = cg_new_bb(cg, "graph.fpga"),
                          next = cg_new_bb(cg, "graph.next");
        LLVMBuildCondBr(cg->b, c.ok, pack, next);
        LLVMPositionBuilderAtEnd(cg->b, pack);
        each_state_field(cg, stream, gv, move_state_field, &c);
        LLVMValueRef args[5] = {cg_i32c(cg, stream->id), src, out, buf, cg_i32c(cg, words)};
        LLVMValueRef on = device_call(cg, "lime_device_stream", args, 5);
        LLVMBuildCondBr(cg->b, on, dev, next);
        LLVMPositionBuilderAtEnd(cg->b, dev);
        c.word = 0;
        c.to_words = false;
        each_state_field(cg, stream, gv, move_state_field, &c);
        vals[nin] = stream->nchain == nf ? out : run_graph(cg, g, stream->nchain, nf, gv, out);
        from[nin++] = LLVMGetInsertBlock(cg->b);
        LLVMBuildBr(cg->b, done);
        LLVMPositionBuilderAtEnd(cg->b, next);
    }
    /* no device takes a run (LIME_DEVICE=cpu, no GPU): one loop, as above */
    LLVMValueRef any = LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 0, 0);
    for (int r = 0; r < g->runs.len; r++) {
        IrTask *run = g->runs.items[r];
        if (!run->gpu_accepted && !run->fpga_accepted) continue;
        LLVMValueRef id = cg_i32c(cg, run->id);
        any = LLVMBuildOr(cg->b, any, device_call(cg, "lime_device_takes_map", &id, 1), "");
    }
    LLVMBasicBlockRef one = cg_new_bb(cg, "graph.loop"), segments = cg_new_bb(cg, "graph.segments");
    LLVMBuildCondBr(cg->b, any, segments, one);
    LLVMPositionBuilderAtEnd(cg->b, one);
    vals[nin] = run_graph(cg, g, 0, nf, gv, src);
    from[nin++] = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, segments);
    /* the segments: pos is the first filter not run yet, cur its items */
    LLVMValueRef cur = src;
    int pos = 0;
    for (int r = 0; r < g->runs.len; r++) {
        IrTask *run = g->runs.items[r];
        if (!run->gpu_accepted && !run->fpga_accepted) continue;
        if (run->graph_pos > pos) cur = run_graph(cg, g, pos, run->graph_pos, gv, cur);
        pos = run->graph_pos + run->nchain;
        LLVMValueRef made[2];
        LLVMValueRef on_device = offer_run(cg, run, cur, &made[0]);
        LLVMBasicBlockRef came[2] = {LLVMGetInsertBlock(cg->b), cg_new_bb(cg, "graph.cpu")};
        LLVMBasicBlockRef next = cg_new_bb(cg, "graph.segment");
        LLVMBuildCondBr(cg->b, on_device, next, came[1]);
        /* declined: this run on the CPU */
        LLVMPositionBuilderAtEnd(cg->b, came[1]);
        made[1] = run_graph(cg, g, run->graph_pos, pos, gv, cur);
        came[1] = LLVMGetInsertBlock(cg->b);
        LLVMBuildBr(cg->b, next);
        LLVMPositionBuilderAtEnd(cg->b, next);
        cur = LLVMBuildPhi(cg->b, cg_ptr_type(cg), "segment_out");
        LLVMAddIncoming(cur, made, came, 2);
    }
    vals[nin] = pos < nf ? run_graph(cg, g, pos, nf, gv, cur) : cur;
    from[nin++] = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    if (g->ends_in_sink) return vals[nin - 1]; /* void */
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg_ptr_type(cg), "graph_out");
    LLVMAddIncoming(phi, vals, from, (unsigned)nin);
    return phi;
}
