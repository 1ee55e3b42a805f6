/* common.c: the pieces of code generation that the task files (map.c,
 * reduce.c, graph.c, offload.c) share: internal helper functions, counted
 * loops, array elements, the task's body, a map environment's fields and
 * the runtime's thread pool.
 *
 * Requires the builder positioned in the function being generated
 * (cg->fn).  Guarantees: a helper function is generated apart and the
 * builder is back where it was after cg_end_helper; a loop leaves the
 * builder in its exit block. */
#include "codegen.h"

/* Starts a new internal function; the builder's position is saved. */
LLVMValueRef cg_begin_helper(Codegen *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n, CgSaved *saved) {
    saved->block = LLVMGetInsertBlock(cg->b);
    saved->fn = cg->fn;
    LLVMValueRef f = LLVMAddFunction(cg->mod, name, LLVMFunctionType(ret, params, (unsigned)n, false));
    LLVMSetLinkage(f, LLVMInternalLinkage);
    cg->fn = f;
    LLVMPositionBuilderAtEnd(cg->b, cg_new_bb(cg, "entry"));
    return f;
}

/* Ends the helper cg_begin_helper started: back where the builder was. */
void cg_end_helper(Codegen *cg, CgSaved *saved) {
    cg->fn = saved->fn;
    LLVMPositionBuilderAtEnd(cg->b, saved->block);
}

LLVMTypeRef cg_i64t(Codegen *cg) { return LLVMInt64TypeInContext(cg->ctx); }

/* A counted loop for (i = start; i < end; i++) { body }: returns i in the
 * body block; cg_finish_loop closes it. */
LLVMValueRef cg_begin_loop(Codegen *cg, CgLoop *lp, LLVMValueRef start, LLVMValueRef end) {
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

void cg_finish_loop(Codegen *cg, CgLoop *lp) {
    LLVMValueRef next = LLVMBuildAdd(cg->b, lp->i, LLVMConstInt(LLVMTypeOf(lp->i), 1, false), "");
    LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, lp->head);
    LLVMAddIncoming(lp->i, &next, &from, 1);
    LLVMPositionBuilderAtEnd(cg->b, lp->exit);
}

LLVMValueRef cg_load_elem(Codegen *cg, LLVMValueRef arr, LLVMValueRef i, Type *elem) {
    LLVMValueRef v = LLVMBuildLoad2(cg->b, cg_mem_type(cg, elem), cg_element_address(cg, arr, i, elem), "");
    return cg_from_mem(cg, v, elem);
}

void cg_store_elem(Codegen *cg, LLVMValueRef arr, LLVMValueRef i, Type *elem, LLVMValueRef v) {
    LLVMBuildStore(cg->b, cg_to_mem(cg, v, elem), cg_element_address(cg, arr, i, elem));
}

/* Constant lengths up to this many elements make a removable allocation
 * (below); HotSpot's escape analysis has the same kind of limit, so a
 * large unused array still runs out of memory as on the JVM. */
enum { REMOVABLE_ARRAY_MAX = 64 };

/* A new pointer-free array of elem_size-byte elements, zeroed unless
 * unset.  Where the length is a small constant, the call is marked as an
 * allocation (allockind) and the length is stored again here, so that LLVM
 * can forward every read of the array, its length included, to the value
 * written and, once nothing reads the array, drop the allocation: a small
 * value array made and consumed in one function (a multi-rate filter's
 * firing, after inlining) costs nothing.  A length that is not constant
 * may be negative, an exception the call must throw, so such calls stay
 * opaque. */
LLVMValueRef cg_new_prim_array(Codegen *cg, int elem_size, LLVMValueRef len32, bool unset) {
    LLVMValueRef args[2] = {cg_i32c(cg, elem_size), len32};
    LLVMValueRef a = cg_call_rt(cg, unset ? "lime_new_prim_array_unset" : "lime_new_prim_array", cg_ptr_type(cg), args,
                                2, false);
    if (LLVMIsAConstantInt(len32) && LLVMConstIntGetSExtValue(len32) >= 0 &&
        LLVMConstIntGetSExtValue(len32) <= REMOVABLE_ARRAY_MAX) {
        unsigned kind = LLVMGetEnumAttributeKindForName("allockind", 9);
        enum { ALLOC_FN_KIND_ALLOC = 1 };   /* llvm::AllocFnKind::Alloc */
        LLVMAddCallSiteAttribute(a, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, ALLOC_FN_KIND_ALLOC));
        LLVMBuildStore(cg->b, len32, a);   /* LimeArray.length, at offset 0: the runtime's value */
    }
    return a;
}

/* An array that the task fills completely before anything reads it: a
 * pointer-free one need not be zeroed first. */
LLVMValueRef cg_new_array_of(Codegen *cg, Type *elem, LLVMValueRef len32) {
    if (cg_pointer_free(elem)) return cg_new_prim_array(cg, cg_elem_size(cg, elem), len32, true);
    LLVMValueRef args[2] = {cg_i32c(cg, cg_elem_size(cg, elem)), len32};
    return cg_call_rt(cg, "lime_new_array", cg_ptr_type(cg), args, 2, false);
}

/* Calls a task's body (user function or library member) on args. */
LLVMValueRef cg_call_body(Codegen *cg, IrTask *t, LLVMValueRef *args, Type **types, int n) {
    if (t->func) return cg_call_fn(cg, cg_function(cg, t->func), args, n);
    return cg_builtin_call(cg, t->builtin, args, types, n);
}

LLVMValueRef cg_env_field(Codegen *cg, LLVMTypeRef env_ty, LLVMValueRef env, int i, LLVMTypeRef ty) {
    return LLVMBuildLoad2(cg->b, ty, LLVMBuildStructGEP2(cg->b, env_ty, env, (unsigned)i, ""), "");
}

void cg_parallel_for(Codegen *cg, LLVMValueRef n64, long long grain, LLVMValueRef fn, LLVMValueRef env) {
    LLVMValueRef args[4] = {n64, cg_i64c(cg, grain), fn, env};
    cg_call_rt(cg, "lime_parallel_for", LLVMVoidTypeInContext(cg->ctx), args, 4, false);
}

/* An entry-block env whose loop has run is left holding its arrays (the
 * result, the operands) until the function runs the loop again or
 * returns, and the collector, which scans the stack conservatively, keeps
 * them: a loop making a large array each iteration kept two or three
 * dead ones (saxpy at 10 million floats: the heap grew to 297 MB where
 * 170 MB hold what is live, and every growth is fresh pages the kernel
 * must clear).  Volatile: LLVM sees no later read of the env, so it would
 * drop the store, which is for the collector alone. */
void cg_clear_env(Codegen *cg, LLVMTypeRef env_ty, LLVMValueRef env) {
    LLVMSetVolatile(LLVMBuildStore(cg->b, LLVMConstNull(env_ty), env), 1);
}
