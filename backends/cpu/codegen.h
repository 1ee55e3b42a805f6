/* codegen.h: state shared by the CPU backend's files. */
#ifndef LIME_CPU_CODEGEN_H
#define LIME_CPU_CODEGEN_H

#include "cpu.h"

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>

typedef struct CgString {
    const char *bytes;
    int len;
    LLVMValueRef global;
} CgString;

typedef struct CgClass {
    ClassDecl *cls;
    LLVMTypeRef type;          /* { ptr cls, fields... } */
    LLVMValueRef descriptor;   /* LimeClass { name, size } */
} CgClass;

typedef struct CgLabel {
    LLVMBasicBlockRef cont;    /* LOOP: where `continue` goes */
    LLVMBasicBlockRef exit;    /* where `break` goes */
    int try_depth;             /* the TRYs around the labelled instruction */
} CgLabel;

/* A map (producer) whose values are made inside the fused reduce of a
 * later map (consumer) that maps over the producer's array (reduce.c's
 * cg_map_reduce): found by codegen.c, filled in by cg_chain_producer. */
typedef struct CgChain {
    IrInst *producer, *consumer;
    bool *from_producer;       /* consumer operand k is the producer's array */
    LLVMValueRef out, n;       /* the producer's array and its length */
    LLVMValueRef *ops;         /* the producer's operands ... */
    Type **types;              /* ... and their types */
    bool *kept;                /* ... and which may be kept on a device (kept.c) */
} CgChain;

typedef struct Codegen {
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMTargetDataRef td;
    /* the function being generated */
    LLVMValueRef fn;
    LLVMValueRef *temps;       /* by temp number */
    Type **temp_types;
    LLVMValueRef *locals;      /* allocas by local id */
    CgLabel *labels;           /* by label number */
    int *temp_uses;            /* how many operands name each temp */
    int *local_loads, *local_stores; /* loads and stores of each local */
    IrInst *fused_map, *fused_reduce; /* a map generated as part of this later reduce ... */
    IrInst **fused_skip;       /* ... and the instructions between that only passed its array on */
    int nfused_skip;
    CgChain chain;
    /* kept.c: per temp, it may hold an array kept on a device / its user is
     * that array's last reader; the maps whose results are kept; the map
     * being generated is one of them (offered by lime_device_map_kept) */
    bool *maybe_kept, *kept_last;
    IrInst **kept_maps;
    int nkept_maps;
    bool keep_out;
    LLVMValueRef *released;    /* lime_device_release of these after the current instruction (codegen.c) */
    int nreleased;
    /* the function's one return block (NULL until a `return` needs it)
     * and the phi of the returned values: every `return` branches there,
     * so a method of N returning arms has one `ret`, not N (LLVM's
     * SimplifyCFG and inliner are slow on thousands of returns) */
    LLVMBasicBlockRef ret_block;
    LLVMValueRef ret_phi;
    /* interned module-level things */
    CgString *strings;
    int nstrings, cap_strings;
    CgClass *classes;
    int nclasses, cap_classes;
    IrProgram *prog;
    /* a library (--emit=lib): its LimeLibrary (runtime/internal.h), a
     * private global, and what goes in it (export.c); NULL otherwise */
    LLVMValueRef library;
    LLVMValueRef hooks[3];     /* make_exception, print_uncaught, rethrown_here (NULL: none) */
    LLVMValueRef class_of_Class;
    /* objects.c: each interface method slot's itable index (-1: its
     * interface is not compiled), made at first use; nselectors of them */
    int *selectors;
    int nselectors;
    /* exceptions (objects.c): the function has a TRY (its locals are
     * accessed volatile), and the handlers of the TRYs around the
     * instruction being generated, outermost first */
    bool has_try;
    LLVMValueRef *tries;
    int try_depth, try_cap;
    /* debug information (debuginfo.c): the builder, the unit and its file,
     * the one subroutine type, and the subprogram of the function being
     * generated (NULL: locations are not being set) */
    LLVMDIBuilderRef dib;
    LLVMMetadataRef di_unit, di_file, di_type, di_scope;
    /* -g: describe the locals and parameters of the JVM's frames too
     * (di_frame: the function being generated is one) */
    bool debug_locals, di_frame;
    /* blocks.c: a filter's method being generated as a map over its input
     * (window: what src/window.c planned, cg_window_access emits it; items
     * and at: the input array and the current item's index in it), and
     * the filters whose map form was asked for (IrTask*: defined last) */
    const FilterWindow *window;
    LLVMValueRef window_items, window_at;
    Vec window_filters;
} Codegen;

/* debuginfo.c */
void cg_debug_begin(Codegen *cg, IrProgram *p);
void cg_debug_function(Codegen *cg, IrFunc *f);
void cg_debug_line(Codegen *cg, Loc loc);
void cg_debug_end_function(Codegen *cg);
/* -g: l (held in slot, an alloca of the entry block) as a variable of the
 * function being generated; nothing without -g or outside a JVM frame. */
void cg_debug_local(Codegen *cg, IrFunc *f, IrLocal *l, LLVMValueRef slot);
void cg_debug_finish(Codegen *cg);

/* codegen.c */
void cg_program(Codegen *cg, IrProgram *p);
LLVMTypeRef cg_ptr_type(Codegen *cg);
LLVMTypeRef cg_mem_type(Codegen *cg, Type *t);
int cg_elem_size(Codegen *cg, Type *t);
bool cg_pointer_free(Type *t);
LLVMValueRef cg_i32c(Codegen *cg, long long v);
LLVMValueRef cg_i64c(Codegen *cg, long long v);
LLVMValueRef cg_to_mem(Codegen *cg, LLVMValueRef v, Type *t);
LLVMValueRef cg_from_mem(Codegen *cg, LLVMValueRef v, Type *t);
LLVMValueRef cg_call_fn(Codegen *cg, LLVMValueRef f, LLVMValueRef *args, int n);
LLVMValueRef cg_call_rt(Codegen *cg, const char *name, LLVMTypeRef ret, LLVMValueRef *args, int n, bool noreturn);
LLVMBasicBlockRef cg_new_bb(Codegen *cg, const char *name);
LLVMValueRef cg_entry_alloca(Codegen *cg, LLVMTypeRef t, const char *name);
bool cg_terminated(Codegen *cg);
void cg_br_if_open(Codegen *cg, LLVMBasicBlockRef to);
void cg_start_dead_block(Codegen *cg);
void cg_guard(Codegen *cg, LLVMValueRef failed, const char *thrower, LLVMValueRef *args, int n);
LLVMValueRef cg_array_length(Codegen *cg, LLVMValueRef arr);
LLVMValueRef cg_length_of(Codegen *cg, LLVMValueRef arr, Type *t);
LLVMValueRef cg_element_address(Codegen *cg, LLVMValueRef arr, LLVMValueRef idx, Type *elem);
LLVMValueRef cg_intrinsic(Codegen *cg, const char *name, LLVMTypeRef *types, int ntypes, LLVMValueRef *args, int nargs);
LLVMValueRef cg_convert(Codegen *cg, LLVMValueRef v, Type *from, Type *to);
bool cg_is_fp(Type *t);
/* Java's arithmetic on scalars or on vectors lane by lane (lanes.c uses them too) */
LLVMValueRef cg_const_like(LLVMTypeRef t, long long v);
LLVMTypeRef cg_shaped_like(LLVMTypeRef t, LLVMTypeRef elem);
LLVMValueRef cg_int_divrem(Codegen *cg, IrOp op, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_shift(Codegen *cg, IrOp op, LLVMValueRef a, LLVMValueRef count, Type *t);
LLVMValueRef cg_compare(Codegen *cg, IrOp op, LLVMValueRef a, LLVMValueRef b, Type *t);
LLVMValueRef cg_math_inline(Codegen *cg, const Builtin *b, LLVMValueRef *args);
bool cg_math_inlines(const Builtin *b);
bool cg_math_lanewise(const Builtin *b);
LLVMValueRef cg_to_string(Codegen *cg, LLVMValueRef v, Type *t);
/* Whether a value of static type t may be a String or an array (which have
 * no class descriptor): Object, and Comparable and CharSequence, which String implements. */
bool cg_may_be_string(Type *t);
/* a call of library member b with the given arguments (receiver first) */
LLVMValueRef cg_builtin_call(Codegen *cg, const Builtin *b, LLVMValueRef *args, Type **arg_types, int n);
LLVMTypeRef cg_value_type(Codegen *cg, Type *t);
LLVMValueRef cg_function(Codegen *cg, IrFunc *f);
LLVMValueRef cg_static_global(Codegen *cg, FieldDecl *f);
LLVMValueRef cg_field_address(Codegen *cg, LLVMValueRef obj, FieldDecl *f);
LLVMTypeRef cg_class_struct(Codegen *cg, ClassDecl *c);
LLVMValueRef cg_runtime_fn(Codegen *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n, bool noreturn);
LLVMTypeRef cg_function_type(Codegen *cg, IrFunc *f);
LLVMValueRef cg_cstring(Codegen *cg, const char *s);   /* a NUL-terminated constant */

/* objects.c: classes at run time, dispatch, type tests, exceptions */
const char *cg_binary_name(ClassDecl *c);   /* "p.Outer$Inner": the JVM's name of c */
LLVMValueRef cg_class_descriptor(Codegen *cg, ClassDecl *c);
LLVMValueRef cg_new_object(Codegen *cg, ClassDecl *c);
LLVMValueRef cg_call_virtual(Codegen *cg, IrInst *in, LLVMValueRef *args);
LLVMValueRef cg_instance_of(Codegen *cg, LLVMValueRef v, Type *from, Type *to);
LLVMValueRef cg_check_cast(Codegen *cg, LLVMValueRef v, Type *from, Type *to);
/* T[]'s run-time type (a LimeArrayType), or NULL for an array of values */
LLVMValueRef cg_array_type(Codegen *cg, Type *t);
/* JLS 10.5's check before array[i] = v, where the static type needs it */
void cg_array_store_check(Codegen *cg, LLVMValueRef array, LLVMValueRef v, Type *array_type);
void cg_throw(Codegen *cg, LLVMValueRef exc);
void cg_try(Codegen *cg, IrInst *in, void (*gen_block)(Codegen *, IrBlock *));
/* A try's start: its handler (returned) entered, and *thrown the i1 that is
 * true when control comes back to it by a throw (then lime_try_caught(h)
 * is the exception); on the false path the caller runs the body and
 * calls lime_try_leave(h) when it is done. */
LLVMValueRef cg_try_enter(Codegen *cg, LLVMValueRef *thrown);
/* a jump to a place depth TRYs deep: leaves the handlers of the deeper ones */
void cg_leave_tries(Codegen *cg, int depth);
/* the functions the runtime calls back (lime_rt_make_exception ...) */
void cg_runtime_hooks(Codegen *cg, IrProgram *p);

/* export.c: a library's C interface (--emit=lib).  cg_exports makes the
 * C function of each exportable public static method, and
 * lime_library_artifacts (artifacts_dir: absolute; NULL: none); returns
 * what cpu_write_header needs, NULL after an error (reported). */
void *cg_exports(Codegen *cg, IrProgram *p, const char *artifacts_dir);
/* runtime/internal.h's LimeLibrary { 7 pointers, int32_t ntasks, int32_t
 * task_base }, and the index of task_base */
LLVMTypeRef cg_library_type(Codegen *cg);
enum { CG_LIBRARY_TASK_BASE = 8 };
/* Makes cg->library (before the program is generated; cg_exports fills it). */
void cg_library_begin(Codegen *cg);
/* libs: what a C program links besides liblime's own libraries (" -lOpenCL ...") */
bool cpu_write_header(IrProgram *p, void *exports, const char *header, const char *library, const char *libs);

/* common.c: what the task files share */
typedef struct CgSaved {       /* where the builder was before a helper function */
    LLVMBasicBlockRef block;
    LLVMValueRef fn;
} CgSaved;
/* A counted loop for (i = start; i < end; i++): cg_begin_loop returns i in
 * the body block; cg_finish_loop closes it. */
typedef struct CgLoop {
    LLVMBasicBlockRef head, body, exit, pre;
    LLVMValueRef i;
} CgLoop;
LLVMValueRef cg_begin_helper(Codegen *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n, CgSaved *saved);
void cg_end_helper(Codegen *cg, CgSaved *saved);
LLVMTypeRef cg_i64t(Codegen *cg);
LLVMValueRef cg_begin_loop(Codegen *cg, CgLoop *lp, LLVMValueRef start, LLVMValueRef end);
void cg_finish_loop(Codegen *cg, CgLoop *lp);
LLVMValueRef cg_load_elem(Codegen *cg, LLVMValueRef arr, LLVMValueRef i, Type *elem);
void cg_store_elem(Codegen *cg, LLVMValueRef arr, LLVMValueRef i, Type *elem, LLVMValueRef v);
LLVMValueRef cg_new_prim_array(Codegen *cg, int elem_size, LLVMValueRef len32, bool unset);
LLVMValueRef cg_new_array_of(Codegen *cg, Type *elem, LLVMValueRef len32);
LLVMValueRef cg_call_body(Codegen *cg, IrTask *t, LLVMValueRef *args, Type **types, int n);
LLVMValueRef cg_env_field(Codegen *cg, LLVMTypeRef env_ty, LLVMValueRef env, int i, LLVMTypeRef ty);
/* after the loop: env's fields zeroed, so that the collector no longer sees its arrays */
void cg_clear_env(Codegen *cg, LLVMTypeRef env_ty, LLVMValueRef env);
void cg_parallel_for(Codegen *cg, LLVMValueRef n64, long long grain, LLVMValueRef fn, LLVMValueRef env);

/* map.c: a map on the CPU */
/* A map's operands: the IR values (arrays mapped over, broadcast values)
 * and their IR types. */
typedef struct CgOperands {
    LLVMValueRef *vals;
    Type **types;
    bool *kept;            /* per operand: it may be kept on a device (kept.c); NULL: none is */
} CgOperands;
LLVMValueRef cg_map(Codegen *cg, IrInst *in);
/* kept.c (see there) */
void cg_find_kept(Codegen *cg, IrFunc *f);
bool cg_is_kept(Codegen *cg, IrInst *map);
void cg_host_operands(Codegen *cg, CgOperands *o, int n);
void cg_host_array(Codegen *cg, LLVMValueRef arr);
CgOperands cg_operands_of(Codegen *cg, IrInst *in);
/* a map's chunk environment { out, operands... } and, inside a helper, its operands from field first on */
LLVMTypeRef cg_map_env_type(Codegen *cg, IrTask *t, CgOperands *o);
LLVMValueRef cg_map_env(Codegen *cg, IrTask *t, CgOperands *o, LLVMTypeRef env_ty, LLVMValueRef out);
LLVMValueRef *cg_env_operands(Codegen *cg, IrTask *t, LLVMTypeRef env_ty, LLVMValueRef env, int first);
LLVMValueRef cg_map_value(Codegen *cg, IrTask *t, CgOperands *o, LLVMValueRef *ops, LLVMValueRef i, LLVMValueRef *given);
LLVMValueRef cg_map_length(Codegen *cg, IrTask *t, CgOperands *o);
LLVMValueRef cg_map_into(Codegen *cg, IrTask *t, CgOperands *o, LLVMValueRef n, LLVMValueRef out);

/* lanes.c: a map's body over W elements at once (SPMD on SIMD) */
/* The lanes the host's vector registers hold of 32-bit values (16 with
 * AVX-512, 8 with AVX2, 4 otherwise); LIME_LANES=N (4, 8, 16, 32 or 64)
 * at compile time overrides it. */
int cg_lanes_width(void);
/* Whether map t's body (or a method it calls) has a loop. */
bool cg_body_loops(IrTask *t);
/* The lanes map t runs in (with producer, NULL or the map fused before it,
 * which runs in the same lanes): the host's width, times LANE_CHAINS for a
 * body with a loop (lanes.c); LIME_LANES=N forces N for every map. */
int cg_lanes_width_of(IrTask *t, IrTask *producer);
/* Whether map t can run in lanes; if not, why (the first construct that prevents it). */
bool cg_lanes_accepts(IrTask *t, Reason *why);
/* Math members with a lane-vector routine in the runtime (lanes.c) */
const char *cg_lanes_vector_math(const Builtin *b);
/* For --explain, of a map cg_lanes_accepts: "; Math.exp in vector form;
 * Math.sin a call per lane" (each part where the body has such calls), or "" */
const char *cg_lanes_math_note(IrTask *t);
/* How cg_lanes_run reaches a map's operands and puts its values: env (of
 * type env_ty, the operands from field first on); element c's value goes
 * to dst[c - dst_origin] (dst: memory of t->out's elements); scalar(ctx,
 * from, to) makes elements [from, to) element by element, as without lanes. */
typedef struct LanesRun {
    LLVMValueRef env;
    LLVMTypeRef env_ty;
    int first;
    LLVMValueRef dst, dst_origin;
    void (*scalar)(Codegen *cg, void *ctx, LLVMValueRef from, LLVMValueRef to);
    void *ctx;
    /* a chained producer (reduce.c), or NULL: its values of the W elements
     * go first into its array (p_out, element 0 on), its operands from
     * field p_first on; t maps over that array */
    IrTask *p;
    CgOperands *po;
    int p_first;
    LLVMValueRef p_out;
} LanesRun;
/* Makes map t's values of elements [from, to) (i64), W at a time in
 * lanes; a run of W in which a check fails, the tail of fewer than W, and
 * all of it under LIME_SIMD=0 go to r->scalar.  Requires cg_lanes_accepts(t)
 * (and of r->p). */
void cg_lanes_run(Codegen *cg, IrTask *t, CgOperands *o, LanesRun *r, LLVMValueRef from, LLVMValueRef to);

/* reduce.c: a reduce on the CPU, and a map fused into it */
LLVMValueRef cg_reduce(Codegen *cg, IrInst *in);
LLVMValueRef cg_map_reduce(Codegen *cg, IrInst *map, IrInst *reduce);
LLVMValueRef cg_chain_producer(Codegen *cg, IrInst *producer);

/* graph.c: a stream graph on the CPU */
LLVMValueRef cg_graph_new(Codegen *cg, IrInst *in);
LLVMValueRef cg_graph_run(Codegen *cg, IrInst *in);
LLVMValueRef *cg_graph_states(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv);
LLVMValueRef cg_graph_apply(Codegen *cg, Graph *g, int k, LLVMValueRef *state, LLVMValueRef x);
Type *cg_graph_items(Graph *g, int pos);
/* filters from..to-1 of g as one loop over src's items: what the last makes (nothing: a sink) */
LLVMValueRef cg_graph_loop(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv, LLVMValueRef src);

/* multirate.c: in the helper being generated, filters from..to-1 of a
 * multi-rate graph firing by firing over src's items: the output array
 * (NULL: they end in the sink) */
LLVMValueRef cg_multirate_body(Codegen *cg, Graph *g, int from, int to, LLVMValueRef gv, LLVMValueRef src);
/* the items filters from..to-1 make of n (i32) items, n_{k+1} = n_k / pop_k * push_k,
 * clamped to Integer.MAX_VALUE (an array that large is the runtime's OutOfMemoryError) */
LLVMValueRef cg_multirate_outputs(Codegen *cg, Graph *g, int from, int to, LLVMValueRef n);
/* whether g runs its whole periods in parallel blocks (a multi-rate graph
 * whose filters before the sink are stateless), and the function that
 * does, ptr|void (gv, src) */
bool cg_multirate_blocks(Graph *g);
LLVMValueRef cg_multirate_blocks_fn(Codegen *cg, Graph *g);
/* multirate.c: the stream task t of such a graph that a backend accepted
 * as a map (Backend.stream_as_map) offered as one map over whole periods
 * (lime_device_chain), then the sink and the tail on the CPU; *out the
 * output (collect); the "it ran" flag (false: nothing ran, nothing
 * changed: the caller runs the graph on the CPU). */
LLVMValueRef cg_multirate_period_outputs(Codegen *cg, Graph *g, LLVMValueRef n);
LLVMValueRef cg_multirate_offer(Codegen *cg, Graph *g, IrTask *t, LLVMValueRef gv, LLVMValueRef src, LLVMValueRef *out);

/* codegen.c: the map form of windowed filter t's method, (this, x, items,
 * at) -> its output for item x = items[at]: declared now, defined at the
 * end of the program (cg_program) */
LLVMValueRef cg_window_function(Codegen *cg, IrTask *t);
/* blocks.c: instruction in of such a map form, as u says */
LLVMValueRef cg_window_access(Codegen *cg, IrInst *in, const WindowUse *u);

/* blocks.c: a whole graph on the CPU: in blocks on every core when its
 * filters are windowed (src/window.c), else as one loop */
LLVMValueRef cg_graph_on_cpu(Codegen *cg, Graph *g, LLVMValueRef gv, LLVMValueRef src);

/* offload.c: the host side of the tasks a device backend accepted; each
 * returns (or branches on) the runtime's "it ran" / "it takes it" answer */
LLVMValueRef cg_offer_map(Codegen *cg, IrTask *t, CgOperands *o, LLVMValueRef n, LLVMValueRef out);
LLVMValueRef cg_offer_reduce(Codegen *cg, IrTask *t, LLVMValueRef arr, LLVMValueRef result);
LLVMValueRef cg_device_takes_map(Codegen *cg, IrTask *m);
/* t (a map, reduce or stream task no device backend accepted) runs on the
 * CPU: tells the runtime once, so that a forced device warns and LIME_LOG
 * logs it */
void cg_note_cpu_task(Codegen *cg, IrTask *t);
LLVMValueRef cg_profile_begin(Codegen *cg);
void cg_profile_end(Codegen *cg, IrTask *t, const char *kind, LLVMValueRef elements, LLVMValueRef begin);
void cg_ask_map(Codegen *cg, IrTask *m, LLVMBasicBlockRef yes);
void cg_ask_reduce(Codegen *cg, IrTask *t, LLVMValueRef nonempty, LLVMBasicBlockRef yes);
void cg_ask_fused(Codegen *cg, IrTask *const *maps, int nmaps, IrTask *t, LLVMValueRef nonempty, LLVMValueRef n32,
                  LLVMBasicBlockRef apart, LLVMValueRef token);
void cg_fused_done(Codegen *cg, IrTask *first, LLVMValueRef n32, LLVMValueRef token);
LLVMValueRef cg_offer_run(Codegen *cg, IrTask *t, LLVMValueRef src, LLVMValueRef *out, LLVMValueRef *items);
/* an operand of a device map after its items: a value v of type ty, or
 * (whole) an array of ty elements taken whole */
typedef struct CgDeviceArg {
    LLVMValueRef v;
    Type *ty;
    bool whole;
} CgDeviceArg;
LLVMValueRef cg_offer_items(Codegen *cg, IrTask *t, LLVMValueRef src, const CgDeviceArg *more, int nmore, LLVMValueRef n,
                            LLVMValueRef out);
/* ... through runtime function rt_fn (lime_device_map's parameters); src
 * NULL: no mapped operand, more's alone */
LLVMValueRef cg_offer_items_to(Codegen *cg, const char *rt_fn, IrTask *t, LLVMValueRef src, const CgDeviceArg *more,
                               int nmore, LLVMValueRef n, LLVMValueRef out);
/* blocks.c: windowed filter task t (its map form accepted by a device
 * backend) offered as a map over src's items, as cg_offer_run; when the
 * device ran it, its object holds the state the one loop leaves */
LLVMValueRef cg_offer_window(Codegen *cg, Graph *g, IrTask *t, LLVMValueRef gv, LLVMValueRef src, LLVMValueRef *out,
                             LLVMValueRef *items);
/* blocks.c: stream task t that a backend accepted as a map (Backend.stream_as_map) offered
 * as one map over src's items (lime_device_chain), into *out; when the device ran it, the
 * graph's objects hold the state the one loop leaves.  The "it ran" flag. */
LLVMValueRef cg_offer_chain(Codegen *cg, Graph *g, IrTask *t, LLVMValueRef gv, LLVMValueRef src, LLVMValueRef *out);
/* blocks.c: the "it ran" flag of a device offer: yes from the builder's
 * block, no from block no (both branch to a new block, the builder's after) */
LLVMValueRef cg_ran_or_not(Codegen *cg, LLVMBasicBlockRef no);
LLVMValueRef cg_offer_stream(Codegen *cg, IrTask *t, LLVMValueRef gv, LLVMValueRef src, LLVMBasicBlockRef *declined);

#endif
