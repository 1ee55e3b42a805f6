/* reduce.c: a reduce task on the CPU, and a map fused into its reduce.
 *
 * A reduce combines in the canonical tree of LANGUAGE.md 2.5.  That tree
 * is also what this stack algorithm computes: push the elements in order;
 * after pushing element k (counted from 0), combine the top of the stack
 * with the element below it ctz(k + 1) times; at the end fold the stack
 * from the top down.  The subtree of any block of 2^j elements starting at
 * a multiple of 2^j is a whole subtree of the canonical tree, and a final
 * partial block is its own subtree, so reducing aligned power-of-two
 * blocks in parallel and then reducing the block results gives bit for
 * bit the same result, whatever the block size and the number of threads.
 * The same holds one level down: a block's whole sub-chunks of REDUCE_SUB
 * (or fewer) elements are reduced level by level (pow2_tree), whose
 * loops vectorise, and their results by the stack algorithm.
 *
 * A map whose only use is a reduce is fused into it (cg_map_reduce): the
 * blocks make the map's values sub-chunk by sub-chunk on the stack.
 *
 * Requires what codegen.c found (cg->fused_map, cg->chain) to hold by its
 * rules.  Guarantees: the result is the canonical tree's, bit for bit; an
 * exception is the one a sequential run meets first (rethrow_sequential);
 * a reduce that a device backend accepted is offered to the device first
 * (offload.c), and a fused loop runs only when no device takes its tasks. */
#include "codegen.h"

#include <string.h>

enum {
    REDUCE_BLOCK = 1 << 16,    /* elements per parallel reduce block at most: a power of two */
    REDUCE_BLOCKS = 16,        /* blocks a reduce aims for (a power of two) ... */
    REDUCE_MIN_LG = 14,        /* ... of 2^14 elements at least (an array's elements are cheap) */
    REDUCE_SUB = 1024,         /* elements per sub-chunk of a block at most: a power of two ... */
    SUB_BYTES = 8192,          /* ... taking this many bytes at most */
};

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
    return cg_call_body(cg, t, args, types, 2);
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

/* The stack of partial results (see the top of the file): values pushed in
 * order, the k-th (from 0) combined with those below ctz(k + 1) times. */
typedef struct Stack {
    LLVMTypeRef ty;          /* [64 x T] */
    LLVMValueRef slots, sp, v;
} Stack;

static Stack stack_begin(Codegen *cg, IrTask *t) {
    LLVMTypeRef vt = cg_value_type(cg, t->out);
    Stack s = {LLVMArrayType(vt, 64), NULL, NULL, NULL};
    s.slots = cg_entry_alloca(cg, s.ty, "stack");
    s.sp = cg_entry_alloca(cg, cg_i64t(cg), "sp");
    s.v = cg_entry_alloca(cg, vt, "v");
    LLVMBuildStore(cg->b, cg_i64c(cg, 0), s.sp);
    return s;
}

static LLVMValueRef stack_slot(Codegen *cg, Stack *s, LLVMValueRef i) {
    LLVMValueRef idx[2] = {cg_i64c(cg, 0), i};
    return LLVMBuildInBoundsGEP2(cg->b, s->ty, s->slots, idx, 2, "");
}

static void stack_push(Codegen *cg, IrTask *t, Stack *s, LLVMValueRef k, LLVMValueRef v) {
    LLVMTypeRef i64 = cg_i64t(cg), vt = cg_value_type(cg, t->out);
    LLVMValueRef k1 = LLVMBuildAdd(cg->b, k, cg_i64c(cg, 1), "");
    LLVMValueRef ctz_args[2] = {k1, LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 1, false)};
    LLVMValueRef count = cg_intrinsic(cg, "llvm.cttz", &i64, 1, ctz_args, 2);
    LLVMBuildStore(cg->b, v, s->v);
    CgLoop inner;
    cg_begin_loop(cg, &inner, cg_i64c(cg, 0), count);
    LLVMValueRef sp = LLVMBuildSub(cg->b, LLVMBuildLoad2(cg->b, i64, s->sp, ""), cg_i64c(cg, 1), "");
    LLVMBuildStore(cg->b, sp, s->sp);
    LLVMValueRef below = LLVMBuildLoad2(cg->b, vt, stack_slot(cg, s, sp), "");
    LLVMBuildStore(cg->b, combine(cg, t, below, LLVMBuildLoad2(cg->b, vt, s->v, "")), s->v);
    cg_finish_loop(cg, &inner);
    sp = LLVMBuildLoad2(cg->b, i64, s->sp, "");
    LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, vt, s->v, ""), stack_slot(cg, s, sp));
    LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, sp, cg_i64c(cg, 1), ""), s->sp);
}

/* The stack folded from the top down (at least one value pushed). */
static LLVMValueRef stack_fold(Codegen *cg, IrTask *t, Stack *s) {
    LLVMTypeRef i64 = cg_i64t(cg), vt = cg_value_type(cg, t->out);
    LLVMValueRef top = LLVMBuildSub(cg->b, LLVMBuildLoad2(cg->b, i64, s->sp, ""), cg_i64c(cg, 1), "");
    LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, vt, stack_slot(cg, s, top), ""), s->v);
    CgLoop fold;
    LLVMValueRef j = cg_begin_loop(cg, &fold, cg_i64c(cg, 0), top);
    LLVMValueRef below_idx = LLVMBuildSub(cg->b, LLVMBuildSub(cg->b, top, j, ""), cg_i64c(cg, 1), "");
    LLVMValueRef below = LLVMBuildLoad2(cg->b, vt, stack_slot(cg, s, below_idx), "");
    LLVMBuildStore(cg->b, combine(cg, t, below, LLVMBuildLoad2(cg->b, vt, s->v, "")), s->v);
    cg_finish_loop(cg, &fold);
    return LLVMBuildLoad2(cg->b, vt, s->v, "");
}

/* T tree(ptr data, i64 start, i64 end): the canonical reduction of the
 * elements data[start..end) (in memory form), start a multiple of the
 * block size (or 0). */
static LLVMValueRef tree_fn(Codegen *cg, IrTask *t) {
    const char *name = xprintf("lime.task%d.tree", t->id);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    if (f) return f;
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_i64t(cg), cg_i64t(cg)};
    CgSaved saved;
    f = cg_begin_helper(cg, name, cg_value_type(cg, t->out), params, 3, &saved);
    LLVMValueRef data = LLVMGetParam(f, 0), start = LLVMGetParam(f, 1), end = LLVMGetParam(f, 2);
    Stack s = stack_begin(cg, t);
    LLVMTypeRef mt = cg_mem_type(cg, t->out);
    CgLoop lp;
    LLVMValueRef i = cg_begin_loop(cg, &lp, start, end);
    LLVMValueRef v = cg_from_mem(cg, LLVMBuildLoad2(cg->b, mt, LLVMBuildInBoundsGEP2(cg->b, mt, data, &i, 1, ""), ""), t->out);
    stack_push(cg, t, &s, LLVMBuildSub(cg->b, i, start, ""), v);
    cg_finish_loop(cg, &lp);
    LLVMBuildRet(cg->b, stack_fold(cg, t, &s));
    cg_end_helper(cg, &saved);
    return f;
}

/* Elements per sub-chunk of a reduce block: a power of two whose values
 * fit in L1 beside their scratch buffers. */
static int sub_len(Codegen *cg, Type *t) {
    int size = cg_elem_size(cg, t), s = REDUCE_SUB;
    while (s > 1 && (long)s * size > SUB_BYTES) s /= 2;
    return s;
}

static int log2_of(long v) {
    int l = 0;
    while (((long)1 << l) < v) l++;
    return l;
}

/* The canonical tree of s values (s a power of two) at src, in memory
 * form, level by level: level w's pairs (2i, 2i+1) go to buffer a or b in
 * turn (s/2 and s/4 elements), in loops LLVM can vectorise. */
static LLVMValueRef pow2_tree(Codegen *cg, IrTask *t, LLVMValueRef src, LLVMValueRef a, LLVMValueRef b, int s) {
    Type *ty = t->out;
    LLVMTypeRef mt = cg_mem_type(cg, ty);
    LLVMValueRef from = src, to = a;
    for (int w = s / 2; w >= 1; w /= 2) {
        CgLoop lp;
        LLVMValueRef i = cg_begin_loop(cg, &lp, cg_i64c(cg, 0), cg_i64c(cg, w));
        LLVMValueRef i2 = LLVMBuildShl(cg->b, i, cg_i64c(cg, 1), "");
        LLVMValueRef i21 = LLVMBuildOr(cg->b, i2, cg_i64c(cg, 1), "");
        LLVMValueRef x = cg_from_mem(cg, LLVMBuildLoad2(cg->b, mt, LLVMBuildInBoundsGEP2(cg->b, mt, from, &i2, 1, ""), ""), ty);
        LLVMValueRef y = cg_from_mem(cg, LLVMBuildLoad2(cg->b, mt, LLVMBuildInBoundsGEP2(cg->b, mt, from, &i21, 1, ""), ""), ty);
        LLVMBuildStore(cg->b, cg_to_mem(cg, combine(cg, t, x, y), ty), LLVMBuildInBoundsGEP2(cg->b, mt, to, &i, 1, ""));
        cg_finish_loop(cg, &lp);
        from = to;
        to = to == a ? b : a;
    }
    return cg_from_mem(cg, LLVMBuildLoad2(cg->b, mt, from, ""), ty);
}

/* Where a fused reduce's elements come from: map m over operands o (in
 * the block env from field m_first on); when chained, the values of
 * producer map p (operands po, env fields 1 on; field 0 p's result array,
 * which the block fills as it goes) are m's mapped operands k where
 * from_p[k]. */
typedef struct Source {
    IrTask *m, *p;
    CgOperands *o, *po;
    bool *from_p;
    int m_first;
    LLVMTypeRef env_ty;
} Source;

/* Where a block's fused map values go: buf[i - start] for element i. */
typedef struct Fill {
    Source *src;
    LLVMValueRef *ops, *pops, pout, buf, start;
} Fill;

/* The fused map's values of elements [from, to) into the buffer, element
 * by element (with the chained producer's, stored in its array). */
static void fill_values(Codegen *cg, void *ctx, LLVMValueRef from, LLVMValueRef to) {
    Fill *f = ctx;
    Source *src = f->src;
    Type *ty = src->m->out;
    CgLoop fill;
    LLVMValueRef i = cg_begin_loop(cg, &fill, from, to);
    LLVMValueRef j = LLVMBuildSub(cg->b, i, f->start, "");
    LLVMValueRef *given = NULL;
    if (src->p) {
        LLVMValueRef z = cg_map_value(cg, src->p, src->po, f->pops, i, NULL);
        cg_store_elem(cg, f->pout, i, src->p->out, z);
        given = xalloc(sizeof(LLVMValueRef) * (size_t)(src->m->nargs + 1));
        for (int q = 0; q < src->m->nargs; q++) given[q] = src->from_p[q] ? z : NULL;
    }
    LLVMValueRef v = cg_map_value(cg, src->m, src->o, f->ops, i, given);
    LLVMBuildStore(cg->b, cg_to_mem(cg, v, ty), LLVMBuildInBoundsGEP2(cg->b, cg_mem_type(cg, ty), f->buf, &j, 1, ""));
    cg_finish_loop(cg, &fill);
}

/* T block(ptr env, i64 lo, i64 hi): the canonical reduction of elements
 * [lo, hi), lo a multiple of sub_len.  The elements are those of an array
 * (src NULL; env: its first element) or a fused map's values (src), made
 * sub-chunk by sub-chunk into a buffer on the stack.  Each whole sub-chunk
 * is reduced level by level (pow2_tree), a final partial one by the stack
 * algorithm (tree_fn); the sub-chunks' results are combined by the stack
 * algorithm: the tree of aligned power-of-two blocks. */
static LLVMValueRef block_fn(Codegen *cg, IrTask *t, Source *src) {
    LLVMValueRef tree = tree_fn(cg, t);
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_i64t(cg), cg_i64t(cg)};
    Type *ty = t->out;
    LLVMTypeRef mt = cg_mem_type(cg, ty), vt = cg_value_type(cg, ty);
    int s = sub_len(cg, ty);
    CgSaved saved;
    LLVMValueRef f = cg_begin_helper(cg, xprintf(src ? "lime.task%d.mapblock" : "lime.task%d.block", t->id), vt, params, 3, &saved);
    LLVMValueRef env = LLVMGetParam(f, 0), lo = LLVMGetParam(f, 1), hi = LLVMGetParam(f, 2);
    LLVMValueRef a = cg_entry_alloca(cg, LLVMArrayType(mt, (unsigned)(s > 1 ? s / 2 : 1)), "level_a");
    LLVMValueRef b = cg_entry_alloca(cg, LLVMArrayType(mt, (unsigned)(s > 3 ? s / 4 : 1)), "level_b");
    LLVMValueRef buf = src ? cg_entry_alloca(cg, LLVMArrayType(mt, (unsigned)s), "values") : NULL;
    LLVMValueRef *ops = src ? cg_env_operands(cg, src->m, src->env_ty, env, src->m_first) : NULL;
    LLVMValueRef *pops = src && src->p ? cg_env_operands(cg, src->p, src->env_ty, env, 1) : NULL;
    LLVMValueRef pout = src && src->p ? cg_env_field(cg, src->env_ty, env, 0, cg_ptr_type(cg)) : NULL;
    LLVMValueRef res = cg_entry_alloca(cg, vt, "sub");
    Stack st = stack_begin(cg, t);
    LLVMValueRef nsub = LLVMBuildLShr(cg->b, LLVMBuildAdd(cg->b, LLVMBuildSub(cg->b, hi, lo, ""), cg_i64c(cg, s - 1), ""),
                                      cg_i64c(cg, log2_of(s)), "nsub");
    CgLoop lp;
    LLVMValueRef k = cg_begin_loop(cg, &lp, cg_i64c(cg, 0), nsub);
    LLVMValueRef start = LLVMBuildAdd(cg->b, lo, LLVMBuildShl(cg->b, k, cg_i64c(cg, log2_of(s)), ""), "");
    LLVMValueRef rest = LLVMBuildSub(cg->b, hi, start, "");
    LLVMValueRef whole = LLVMBuildICmp(cg->b, LLVMIntSGE, rest, cg_i64c(cg, s), "");
    LLVMValueRef len = LLVMBuildSelect(cg->b, whole, cg_i64c(cg, s), rest, "len");
    LLVMValueRef data;
    if (src) {
        Fill fill = {src, ops, pops, pout, buf, start};
        Reason why;
        LLVMValueRef end = LLVMBuildAdd(cg->b, start, len, "");
        if (cg_lanes_accepts(src->m, &why) && (!src->p || cg_lanes_accepts(src->p, &why))) {
            LanesRun r = {env, src->env_ty, src->m_first, buf, start, fill_values, &fill, src->p, src->po, 1, NULL};
            if (src->p) r.p_out = cg_element_address(cg, pout, cg_i64c(cg, 0), src->p->out);
            cg_lanes_run(cg, src->m, src->o, &r, start, end);
        } else fill_values(cg, &fill, start, end);
        data = buf;
    } else data = LLVMBuildInBoundsGEP2(cg->b, mt, env, &start, 1, "");
    LLVMBasicBlockRef full = cg_new_bb(cg, "sub.whole"), part = cg_new_bb(cg, "sub.part"), join = cg_new_bb(cg, "sub.done");
    LLVMBuildCondBr(cg->b, whole, full, part);
    LLVMPositionBuilderAtEnd(cg->b, full);
    LLVMBuildStore(cg->b, pow2_tree(cg, t, data, a, b, s), res);
    LLVMBuildBr(cg->b, join);
    LLVMPositionBuilderAtEnd(cg->b, part);
    LLVMValueRef args[3] = {data, cg_i64c(cg, 0), len};
    LLVMBuildStore(cg->b, cg_call_fn(cg, tree, args, 3), res);
    LLVMBuildBr(cg->b, join);
    LLVMPositionBuilderAtEnd(cg->b, join);
    stack_push(cg, t, &st, k, LLVMBuildLoad2(cg->b, vt, res, ""));
    cg_finish_loop(cg, &lp);
    LLVMBuildRet(cg->b, stack_fold(cg, t, &st));
    cg_end_helper(cg, &saved);
    return f;
}

/* env = { block env, results, n, lg }: block b reduces elements
 * [b << lg, min(n, (b + 1) << lg)) into results[b]. */
static LLVMTypeRef blocks_env_type(Codegen *cg) {
    LLVMTypeRef ef[4] = {cg_ptr_type(cg), cg_ptr_type(cg), cg_i64t(cg), cg_i64t(cg)};
    return LLVMStructTypeInContext(cg->ctx, ef, 4, false);
}

static LLVMValueRef blocks_fn(Codegen *cg, IrTask *t, LLVMValueRef block) {
    LLVMTypeRef env_ty = blocks_env_type(cg);
    LLVMTypeRef params[3] = {cg_ptr_type(cg), cg_i64t(cg), cg_i64t(cg)};
    CgSaved saved;
    LLVMValueRef f = cg_begin_helper(cg, xprintf("lime.task%d.blocks", t->id), LLVMVoidTypeInContext(cg->ctx), params, 3, &saved);
    LLVMValueRef env = LLVMGetParam(f, 0);
    LLVMValueRef benv = cg_env_field(cg, env_ty, env, 0, cg_ptr_type(cg));
    LLVMValueRef results = cg_env_field(cg, env_ty, env, 1, cg_ptr_type(cg));
    LLVMValueRef n = cg_env_field(cg, env_ty, env, 2, cg_i64t(cg));
    LLVMValueRef lg = cg_env_field(cg, env_ty, env, 3, cg_i64t(cg));
    CgLoop lp;
    LLVMValueRef b = cg_begin_loop(cg, &lp, LLVMGetParam(f, 1), LLVMGetParam(f, 2));
    LLVMValueRef lo = LLVMBuildShl(cg->b, b, lg, "");
    LLVMValueRef hi = LLVMBuildAdd(cg->b, lo, LLVMBuildShl(cg->b, cg_i64c(cg, 1), lg, ""), "");
    hi = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, n, hi, ""), n, hi, "");
    LLVMValueRef args[3] = {benv, lo, hi};
    LLVMValueRef r = cg_call_fn(cg, block, args, 3);
    LLVMTypeRef mt = cg_mem_type(cg, t->out);
    LLVMBuildStore(cg->b, cg_to_mem(cg, r, t->out), LLVMBuildInBoundsGEP2(cg->b, mt, results, &b, 1, ""));
    cg_finish_loop(cg, &lp);
    LLVMBuildRetVoid(cg->b);
    cg_end_helper(cg, &saved);
    return f;
}

static LLVMValueRef array_data(Codegen *cg, LLVMValueRef arr) {
    LLVMValueRef off = cg_i64c(cg, 8);
    return LLVMBuildInBoundsGEP2(cg->b, LLVMInt8TypeInContext(cg->ctx), arr, &off, 1, "data");
}

/* Runs blocks [0, nblocks) of a reduce, each a chunk of its own, catching
 * their throws: on to a new block when none threw, else to threw. */
static void catch_blocks(Codegen *cg, LLVMValueRef nblocks, LLVMValueRef fn, LLVMValueRef env, LLVMBasicBlockRef threw) {
    LLVMValueRef args[3] = {nblocks, fn, env};
    LLVMValueRef failed = cg_call_rt(cg, "lime_parallel_for_each", cg_i64t(cg), args, 3, false);
    LLVMBasicBlockRef ok = cg_new_bb(cg, "reduce.blocks_ok");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGE, failed, cg_i64c(cg, 0), ""), threw, ok);
    LLVMPositionBuilderAtEnd(cg->b, ok);
}

/* At threw: the reduction of data[0, n) run sequentially by the stack
 * algorithm on this thread, whose first throw is the exception the rule
 * picks (docs/language.md); should it not throw, the caught one. */
static void rethrow_sequential(Codegen *cg, IrTask *t, LLVMBasicBlockRef threw, LLVMValueRef data, LLVMValueRef n) {
    LLVMBasicBlockRef here = LLVMGetInsertBlock(cg->b);
    LLVMPositionBuilderAtEnd(cg->b, threw);
    LLVMValueRef args[3] = {data, cg_i64c(cg, 0), n};
    cg_call_fn(cg, tree_fn(cg, t), args, 3);
    cg_call_rt(cg, "lime_throw_pending", LLVMVoidTypeInContext(cg->ctx), NULL, 0, true);
    LLVMBuildUnreachable(cg->b);
    LLVMPositionBuilderAtEnd(cg->b, here);
}

/* The canonical reduction of n >= 1 elements (i64) that block reduces
 * (block env benv): blocks of 2^lg elements, lg = log2(n / REDUCE_BLOCKS)
 * within [min_lg, log2(REDUCE_BLOCK)], in parallel, then their results.
 * Stores the result at slot.
 *
 * threw (NULL when block cannot throw): where control goes when a block
 * threw, the lowest failing block's exception kept for lime_throw_pending
 * (lime_parallel_for_each); the blocks compute in an order of their own, so
 * the caller works out there which exception a sequential run would meet
 * first.  A throw while the block results are combined comes after every
 * block succeeded, so it is already the sequential run's first. */
static void reduce_blocks(Codegen *cg, IrTask *t, LLVMValueRef block, LLVMValueRef benv, LLVMValueRef n, int min_lg,
                          LLVMValueRef slot, LLVMBasicBlockRef threw) {
    LLVMTypeRef i64 = cg_i64t(cg);
    LLVMValueRef q = LLVMBuildOr(cg->b, LLVMBuildLShr(cg->b, n, cg_i64c(cg, log2_of(REDUCE_BLOCKS)), ""), cg_i64c(cg, 1), "");
    LLVMValueRef clz_args[2] = {q, LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 1, false)};
    LLVMValueRef lg = LLVMBuildSub(cg->b, cg_i64c(cg, 63), cg_intrinsic(cg, "llvm.ctlz", &i64, 1, clz_args, 2), "");
    lg = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, lg, cg_i64c(cg, min_lg), ""), cg_i64c(cg, min_lg), lg, "");
    int max_lg = log2_of(REDUCE_BLOCK);
    lg = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGT, lg, cg_i64c(cg, max_lg), ""), cg_i64c(cg, max_lg), lg, "lg");
    LLVMValueRef size = LLVMBuildShl(cg->b, cg_i64c(cg, 1), lg, "");
    LLVMBasicBlockRef one = cg_new_bb(cg, "reduce.one"), many = cg_new_bb(cg, "reduce.parallel"),
                      done = cg_new_bb(cg, "reduce.blocks_done");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLE, n, size, ""), one, many);

    LLVMPositionBuilderAtEnd(cg->b, one);
    LLVMTypeRef env_ty = blocks_env_type(cg);
    if (threw) { /* one block, its result in a stack slot, its throw caught */
        LLVMTypeRef mt = cg_mem_type(cg, t->out);
        LLVMValueRef one_result = cg_entry_alloca(cg, mt, "one_block");
        LLVMValueRef env = cg_entry_alloca(cg, env_ty, "one_block_env");
        LLVMValueRef fields[4] = {benv, one_result, n, lg};
        for (int i = 0; i < 4; i++) LLVMBuildStore(cg->b, fields[i], LLVMBuildStructGEP2(cg->b, env_ty, env, (unsigned)i, ""));
        catch_blocks(cg, cg_i64c(cg, 1), blocks_fn(cg, t, block), env, threw);
        LLVMBuildStore(cg->b, cg_from_mem(cg, LLVMBuildLoad2(cg->b, mt, one_result, ""), t->out), slot);
    } else {
        LLVMValueRef args[3] = {benv, cg_i64c(cg, 0), n};
        LLVMBuildStore(cg->b, cg_call_fn(cg, block, args, 3), slot);
    }
    LLVMBuildBr(cg->b, done);

    LLVMPositionBuilderAtEnd(cg->b, many);
    LLVMValueRef nblocks = LLVMBuildLShr(cg->b, LLVMBuildAdd(cg->b, n, LLVMBuildSub(cg->b, size, cg_i64c(cg, 1), ""), ""), lg, "nblocks");
    LLVMValueRef results = cg_new_array_of(cg, t->out, LLVMBuildTrunc(cg->b, nblocks, LLVMInt32TypeInContext(cg->ctx), ""));
    LLVMValueRef rdata = array_data(cg, results);
    LLVMValueRef env = cg_entry_alloca(cg, env_ty, "blocks_env");
    LLVMValueRef fields[4] = {benv, rdata, n, lg};
    for (int i = 0; i < 4; i++) LLVMBuildStore(cg->b, fields[i], LLVMBuildStructGEP2(cg->b, env_ty, env, (unsigned)i, ""));
    if (threw)
        catch_blocks(cg, nblocks, blocks_fn(cg, t, block), env, threw);
    else
        cg_parallel_for(cg, nblocks, 1, blocks_fn(cg, t, block), env);
    LLVMValueRef rargs[3] = {rdata, cg_i64c(cg, 0), nblocks};
    LLVMBuildStore(cg->b, cg_call_fn(cg, tree_fn(cg, t), rargs, 3), slot);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
}

/* The reduction of nothing: the operator's identity at slot, or a method's
 * exception. */
static void reduce_empty(Codegen *cg, IrTask *t, LLVMValueRef slot) {
    if (t->op != TK_EOF) {
        LLVMBuildStore(cg->b, identity(cg, t), slot);
        return;
    }
    cg_call_rt(cg, "lime_throw_reduce_empty", LLVMVoidTypeInContext(cg->ctx), NULL, 0, true);
    LLVMBuildUnreachable(cg->b);
    cg_start_dead_block(cg);
}

/* Reduces array arr (of IR type at) with reduce task t: offered to the
 * device first when a device backend accepted t (kept: arr may be kept on
 * a device, kept.c: the CPU path asks for it first). */
static LLVMValueRef reduce_array(Codegen *cg, IrTask *t, LLVMValueRef arr, Type *at, bool kept) {
    LLVMValueRef n32 = cg_length_of(cg, arr, at);
    LLVMTypeRef vt = cg_value_type(cg, t->out);
    LLVMValueRef result = cg_entry_alloca(cg, vt, "reduced");
    LLVMBasicBlockRef empty = cg_new_bb(cg, "reduce.empty"), some = cg_new_bb(cg, "reduce"),
                      done = cg_new_bb(cg, "reduce.done");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, n32, cg_i32c(cg, 0), ""), empty, some);
    LLVMPositionBuilderAtEnd(cg->b, empty);
    reduce_empty(cg, t, result);
    LLVMBuildBr(cg->b, done);

    LLVMPositionBuilderAtEnd(cg->b, some);
    if (task_offered(t)) {
        /* offered to the device first; it stores the result itself */
        LLVMBasicBlockRef cpu = cg_new_bb(cg, "reduce.cpu");
        LLVMBuildCondBr(cg->b, cg_offer_reduce(cg, t, arr, result), done, cpu);
        LLVMPositionBuilderAtEnd(cg->b, cpu);
    } else {
        cg_note_cpu_task(cg, t);
    }
    if (kept) cg_host_array(cg, arr);
    LLVMValueRef n = LLVMBuildSExt(cg->b, n32, cg_i64t(cg), "");
    LLVMBasicBlockRef threw = ir_task_may_throw(t) ? cg_new_bb(cg, "reduce.threw") : NULL;
    LLVMValueRef data = array_data(cg, arr), profiled = cg_profile_begin(cg);
    reduce_blocks(cg, t, block_fn(cg, t, NULL), data, n, REDUCE_MIN_LG, result, threw);
    cg_profile_end(cg, t, "reduce", n, profiled);
    if (threw) rethrow_sequential(cg, t, threw, data, n);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    return LLVMBuildLoad2(cg->b, vt, result, "");
}

LLVMValueRef cg_reduce(Codegen *cg, IrInst *in) {
    return reduce_array(cg, in->task, cg->temps[in->args[0]], cg->temp_types[in->args[0]],
                        cg->maybe_kept && cg->maybe_kept[in->args[0]]);
}

/* The fused reduction proper (n32 >= 0 elements) into slot; threw as for
 * reduce_blocks. */
static void fused_reduce(Codegen *cg, IrTask *t, Source *src, LLVMValueRef env, LLVMValueRef n32, LLVMValueRef slot,
                         LLVMBasicBlockRef done, LLVMBasicBlockRef threw) {
    LLVMBasicBlockRef empty = cg_new_bb(cg, "mapreduce.empty"), some = cg_new_bb(cg, "mapreduce.some");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, n32, cg_i32c(cg, 0), ""), some, empty);
    LLVMPositionBuilderAtEnd(cg->b, empty);
    reduce_empty(cg, t, slot);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, some);
    reduce_blocks(cg, t, block_fn(cg, t, src), env, LLVMBuildSExt(cg->b, n32, cg_i64t(cg), ""), log2_of(sub_len(cg, t->out)), slot, threw);
    cg_clear_env(cg, src->env_ty, env);
    LLVMBuildBr(cg->b, done);
}

/* reduce(map(operands)) with the map's array never made: each block makes
 * its values sub-chunk by sub-chunk and reduces them (block_fn), so the
 * result is the canonical tree's, bit for bit.  When a device takes either
 * task (lime_device_takes_*), the map is made and reduced as usual. */
static LLVMValueRef map_reduce(Codegen *cg, IrInst *map, IrInst *red) {
    IrTask *m = map->task, *t = red->task;
    CgOperands o = cg_operands_of(cg, map);
    LLVMValueRef n32 = cg_map_length(cg, m, &o);
    LLVMValueRef result = cg_entry_alloca(cg, cg_value_type(cg, t->out), "reduced");
    LLVMBasicBlockRef made = cg_new_bb(cg, "mapreduce.made"), done = cg_new_bb(cg, "mapreduce.done");
    LLVMValueRef token = cg_entry_alloca(cg, cg_i64t(cg), "fused_token");
    cg_ask_fused(cg, &m, 1, t, LLVMBuildICmp(cg->b, LLVMIntNE, n32, cg_i32c(cg, 0), ""), n32, made, token);
    cg_host_operands(cg, &o, m->nargs); /* (the fused loop reads them on the CPU) */
    LLVMTypeRef env_ty = cg_map_env_type(cg, m, &o);
    LLVMValueRef env = cg_map_env(cg, m, &o, env_ty, LLVMConstNull(cg_ptr_type(cg)));
    Source src = {m, NULL, &o, NULL, NULL, 1, env_ty};
    /* Java makes the whole map before it reduces: after a throw, the map
     * made apart (its lowest failing element throws), then reduced
     * sequentially */
    LLVMBasicBlockRef threw = ir_task_may_throw(m) || ir_task_may_throw(t) ? cg_new_bb(cg, "mapreduce.threw") : NULL;
    fused_reduce(cg, t, &src, env, n32, result, done, threw);
    if (threw) {
        LLVMPositionBuilderAtEnd(cg->b, threw);
        LLVMValueRef arr = cg_map_into(cg, m, &o, n32, NULL);
        LLVMValueRef n = LLVMBuildSExt(cg->b, n32, cg_i64t(cg), ""), data = array_data(cg, arr);
        LLVMBasicBlockRef seq = cg_new_bb(cg, "mapreduce.sequential");
        LLVMBuildBr(cg->b, seq);
        rethrow_sequential(cg, t, seq, data, n);
    }

    LLVMPositionBuilderAtEnd(cg->b, made);
    bool kept = cg_is_kept(cg, map);
    cg->keep_out = kept;
    LLVMValueRef made_arr = cg_map_into(cg, m, &o, n32, NULL);
    cg->keep_out = false;
    LLVMBuildStore(cg->b, reduce_array(cg, t, made_arr, map->ty, kept), result);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    cg_fused_done(cg, m, n32, token);
    return LLVMBuildLoad2(cg->b, cg_value_type(cg, t->out), result, "");
}

/* The array of map producer (cg->chain), made but not yet filled: its
 * length is checked here, where the map stands; its values are made inside
 * the fused reduce of its consumer (cg_map_reduce). */
LLVMValueRef cg_chain_producer(Codegen *cg, IrInst *p) {
    CgOperands po = cg_operands_of(cg, p);
    cg->chain.n = cg_map_length(cg, p->task, &po);
    cg->chain.out = cg_new_array_of(cg, p->task->out, cg->chain.n);
    cg->chain.ops = po.vals;
    cg->chain.types = po.types;
    cg->chain.kept = po.kept;
    return cg->chain.out;
}

/* A map fused into its reduce, and the map that made one of its arrays
 * fused in too when codegen.c found that chain: when no device takes any
 * of the three tasks and the consumer's arrays have the producer's length,
 * one pass makes the producer's values, stores them and feeds them to the
 * consumer's body; otherwise the producer runs as a map first (its
 * exceptions before the consumer's length check) and the rest as without
 * the chain. */
LLVMValueRef cg_map_reduce(Codegen *cg, IrInst *map, IrInst *red) {
    CgChain *ch = &cg->chain;
    if (ch->consumer != map) return map_reduce(cg, map, red);
    IrTask *p = ch->producer->task, *m = map->task, *t = red->task;
    CgOperands po = {ch->ops, ch->types, ch->kept}, o = cg_operands_of(cg, map);
    LLVMValueRef result = cg_entry_alloca(cg, cg_value_type(cg, t->out), "reduced");
    LLVMBasicBlockRef apart = cg_new_bb(cg, "chain.apart"), done = cg_new_bb(cg, "chain.done");
    LLVMValueRef same = LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), 1, false);
    for (int k = 0; k < m->nargs; k++)
        if (m->mapped[k])
            same = LLVMBuildAnd(cg->b, same, LLVMBuildICmp(cg->b, LLVMIntEQ, cg_length_of(cg, o.vals[k], o.types[k]), ch->n, ""), "");
    LLVMBasicBlockRef ask = cg_new_bb(cg, "chain.ask");
    LLVMBuildCondBr(cg->b, same, ask, apart);
    LLVMPositionBuilderAtEnd(cg->b, ask);
    IrTask *maps[2] = {p, m};
    LLVMValueRef token = cg_entry_alloca(cg, cg_i64t(cg), "fused_token");
    cg_ask_fused(cg, maps, 2, t, LLVMBuildICmp(cg->b, LLVMIntNE, ch->n, cg_i32c(cg, 0), ""), ch->n, apart, token);
    cg_host_operands(cg, &po, p->nargs); /* (the fused loop reads them on the CPU) */
    cg_host_operands(cg, &o, m->nargs);
    /* env = { producer's array, producer's operands..., consumer's operands... } */
    int np = p->nargs, nf = 1 + np + m->nargs;
    LLVMTypeRef *f = xalloc(sizeof(LLVMTypeRef) * (size_t)nf);
    LLVMValueRef *vals = xalloc(sizeof(LLVMValueRef) * (size_t)nf);
    f[0] = cg_ptr_type(cg);
    vals[0] = ch->out;
    for (int k = 0; k < np; k++) {
        f[1 + k] = p->mapped[k] ? cg_ptr_type(cg) : LLVMTypeOf(po.vals[k]);
        vals[1 + k] = po.vals[k];
    }
    for (int k = 0; k < m->nargs; k++) {
        f[1 + np + k] = m->mapped[k] ? cg_ptr_type(cg) : LLVMTypeOf(o.vals[k]);
        vals[1 + np + k] = o.vals[k];
    }
    LLVMTypeRef env_ty = LLVMStructTypeInContext(cg->ctx, f, (unsigned)nf, false);
    LLVMValueRef env = cg_entry_alloca(cg, env_ty, "chain_env");
    for (int k = 0; k < nf; k++) LLVMBuildStore(cg->b, vals[k], LLVMBuildStructGEP2(cg->b, env_ty, env, (unsigned)k, ""));
    Source src = {m, p, &o, &po, ch->from_producer, 1 + np, env_ty};
    /* only the producer may throw (codegen.c's rule for a chain), and a
     * block makes its values in ascending order: the lowest failing
     * block's exception is the lowest failing element's */
    LLVMBasicBlockRef threw = ir_task_may_throw(p) ? cg_new_bb(cg, "chain.threw") : NULL;
    fused_reduce(cg, t, &src, env, ch->n, result, done, threw);
    if (threw) {
        LLVMPositionBuilderAtEnd(cg->b, threw);
        cg_call_rt(cg, "lime_throw_pending", LLVMVoidTypeInContext(cg->ctx), NULL, 0, true);
        LLVMBuildUnreachable(cg->b);
    }

    LLVMPositionBuilderAtEnd(cg->b, apart);
    cg->keep_out = cg_is_kept(cg, ch->producer);
    cg_map_into(cg, p, &po, ch->n, ch->out);
    cg->keep_out = false;
    LLVMBuildStore(cg->b, map_reduce(cg, map, red), result);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    cg_fused_done(cg, p, ch->n, token);
    memset(ch, 0, sizeof *ch);
    return LLVMBuildLoad2(cg->b, cg_value_type(cg, t->out), result, "");
}
