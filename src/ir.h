/* ir.h: the typed IR that lower.c produces and every backend consumes.
 *
 *   ir.c        construction helpers, the walker and the printer (--emit=ir)
 *   verify.c    the verifier: run after lowering and after every IR pass
 *   bounds.c    the bounds-proving pass (IrInst.in_range, version_cond)
 *   throws.c    "may this throw" for tasks and functions
 *   window.c    which stateful filters keep a window of their past inputs
 *
 * Backends include this header, never front.h: what they need of the
 * program (types, classes, fields, library members) is in ast.h. */
#ifndef LIME_IR_H
#define LIME_IR_H

#include "ast.h"

/* Opcodes: X(NAME, "spelling").  Operands are always temps (%n) defined
 * earlier in the same block or an enclosing one; constants come from CONST.
 * A CHECK_* instruction returns its (first) operand, and the verifier
 * requires that the operands guarded by checks come from them:
 *   DIV/REM on integers: divisor from CHECK_DIV;
 *   ARRAY_LOAD/STORE: array from CHECK_NULL, index from CHECK_BOUNDS;
 *   LOAD_FIELD/STORE_FIELD/ARRAY_LEN/CALL receiver: object from CHECK_NULL;
 *   NEW_ARRAY: each dimension from CHECK_SIZE. */
#define IR_OPS(X)                                                             \
    X(CONST, "const")             /* payload by ty: ival, fval, str; null */  \
    X(LOAD_LOCAL, "load")         /* local */                                 \
    X(STORE_LOCAL, "store")       /* local; a0 = value */                     \
    X(LOAD_STATIC, "getstatic")   /* field */                                 \
    X(STORE_STATIC, "putstatic")  /* field; a0 = value */                     \
    X(LOAD_FIELD, "getfield")     /* field; a0 = object */                    \
    X(STORE_FIELD, "putfield")    /* field; a0 = object, a1 = value */        \
    X(NEW_OBJECT, "new")          /* cls: fields zeroed, constructor called by CALL */ \
    X(NEW_ARRAY, "newarray")      /* ty = array type; a0.. = dimension lengths */ \
    X(ARRAY_DATA, "arraydata")    /* ty = array of a primitive; data: a new array of them */ \
    X(ARRAY_LEN, "arraylength")   /* a0 = array */                            \
    X(ARRAY_LOAD, "aload")        /* a0 = array, a1 = index */                \
    X(ARRAY_STORE, "astore")      /* a0 = array, a1 = index, a2 = value */    \
    X(CHECK_NULL, "checknull")    /* a0: NullPointerException if null */      \
    X(CHECK_BOUNDS, "checkbounds")/* a0 = array, a1 = index: AIOOBE; returns index */ \
    X(CHECK_DIV, "checkdiv")      /* a0 = divisor: ArithmeticException "/ by zero" */ \
    X(CHECK_SIZE, "checksize")    /* a0 = length: NegativeArraySizeException */ \
    X(ADD, "add") X(SUB, "sub") X(MUL, "mul") X(DIV, "div") X(REM, "rem")     \
    X(SHL, "shl") X(SHR, "shr") X(USHR, "ushr")                               \
    X(AND, "and") X(OR, "or") X(XOR, "xor")                                   \
    X(NEG, "neg") X(NOT, "not") X(COMPL, "compl")                             \
    X(EQ, "eq") X(NE, "ne") X(LT, "lt") X(LE, "le") X(GT, "gt") X(GE, "ge")   \
    X(CONV, "conv")               /* a0 converted to ty (JLS 5.1.2/5.1.3) */  \
    X(TO_STRING, "tostring")      /* a0 of any type -> String (String.valueOf) */ \
    X(CONCAT, "concat")           /* a0, a1: String */                        \
    X(CALL, "call")               /* callee; a0.. = args (receiver first) */  \
    X(CALL_BUILTIN, "callb")      /* builtin; a0.. = args (receiver first) */ \
    X(CALL_VIRTUAL, "callvirt")   /* method (callee its IrFunc); a0 = receiver (checked), a1..: \
                                     the method of the receiver's class that overrides it */ \
    X(INSTANCEOF, "instanceof")   /* type_arg; a0 = reference: boolean (false for null) */ \
    X(CLASS_OBJECT, "classof")    /* type_arg (a class, Object or String): its java.lang.Class */ \
    X(CHECK_CAST, "checkcast")    /* ty; a0 = reference: a0 as ty, or ClassCastException */ \
    X(THROW, "throw")             /* a0 = a Throwable (checked): to the innermost TRY's handler */ \
    X(TRY, "try")                 /* body_blk run with a handler: an exception thrown in it \
                                     (not caught inside) leaves it, is stored in local, and \
                                     else_blk runs; a jump out of body_blk leaves the handler */ \
    X(IF, "if")                   /* a0 = cond; then_blk, else_blk */         \
    X(LOOP, "loop")               /* label; body_blk, then cont_blk each time round */ \
    X(BLOCK, "block")             /* label; body_blk (a target for break) */  \
    X(SWITCH, "switch")           /* label; a0 = int key; arms fall through */ \
    X(BREAK, "break")             /* label of an enclosing LOOP/BLOCK/SWITCH */ \
    X(CONTINUE, "continue")       /* label of an enclosing LOOP */            \
    X(RETURN, "return")           /* [a0] */                                  \
    /* Lime extensions */                                                     \
    X(MAP, "map")                 /* task; a0.. = mapped arrays / broadcast values */ \
    X(REDUCE, "reduce")           /* task; a0 = array */                      \
    X(RANGE, "range")             /* a0 = n: int[[]] {0, ..., n-1} */         \
    X(RANGE2, "range2")           /* a0 = w, a1 = h, ival = axis: int[[]] of w*h, \
                                     element y*w+x is x (axis 0) or y (axis 1) */  \
    X(ARRAY_COPY, "copy")         /* a0 = array: a fresh array of type ty, same elements */ \
    X(WITH_FIELD, "withfield")    /* field; a0 = value, a1 = field value: the value updated */ \
    X(GRAPH_NEW, "graph")         /* graph; a0 = source array, a1.. = stateful filter objects */ \
    X(GRAPH_RUN, "rungraph")      /* graph; a0 = graph value: outputs (collect) or none (finish) */

typedef enum IrOp {
#define X(name, spelling) IR_##name,
    IR_OPS(X)
#undef X
    IR_OP_COUNT
} IrOp;

typedef struct IrInst IrInst;
typedef struct IrFunc IrFunc;

/* How a stream task's filter state travels between the host and a device
 * that runs the task, as that device's backend lays it out: one entry per
 * instance field of the stream's stateful filters, filter by filter, fields
 * in declaration order, each field's words after the previous field's. */
typedef struct StateLayout {
    int nfields;
    const int *lens;       /* per field: -1 a scalar, N an array of N elements */
    const bool *zero;      /* per field: must be all zero for the device to run (NULL: none must) */
    int words;             /* the 32-bit words of all of it */
} StateLayout;

/* What one backend said of one task (backends/backend.h). */
typedef struct TaskVerdict {
    bool accepted;         /* it runs the task (once built: and built it) */
    const char *reason;    /* not accepted: why, for people: "a call of X (line 12)" */
    const StateLayout *state;  /* an accepted stream task's state on the device (NULL: none) */
    void *built;           /* the backend's own record of what it built for the task */
} TaskVerdict;

/* One filter of a stream task, as lower.c records it so that a backend
 * needs no syntax tree: where the graph names it and, for `task new
 * C(args).m`, the constructor that makes its object and the compile-time
 * value of each argument (e.g. the FPGA folds constant coefficients). */
typedef struct IrCtorArg {
    ConstVal val;          /* val.ty NULL: not a compile-time constant */
    Loc loc;
} IrCtorArg;
typedef struct IrStreamFilter {
    Loc loc;               /* the filter's `task` in the graph */
    IrFunc *ctor;          /* `task new C(args).m`: the constructor it calls; NULL: none */
    IrCtorArg *ctor_args;
    int nctor_args;
} IrStreamFilter;

/* A task (LANGUAGE.md 2.7): the unit that backends accept or reject.
 * Every @ map, ! reduce and graph filter is one. */
typedef struct IrTask {
    int id;
    TaskKind kind;
    const char *name;      /* e.g. "Saxpy.saxpy@14" */
    Loc loc;
    Type *in, *out;        /* element types (MAP: out is the result element) */
    IrFunc *func;          /* the body: a user function ... */
    const Builtin *builtin;/* ... or a library member ... */
    TokenKind op;          /* ... or a reduce operator (TK_EOF when none) */
    /* MAP: one entry per operand */
    int nargs;
    bool *mapped;          /* operand i is an array mapped over */
    Type **param;          /* the parameter type operand i (or its elements) converts to */
    Type **mapped_elem;    /* the element type of mapped operand i (before that conversion) */
    Graph *graph;          /* FILTER / STATEFUL_FILTER / SINK: its graph and position */
    int graph_pos;
    /* What each backend said of the task, indexed by the backend table
     * (backends/backends.c; nverdicts entries); set by backends_decide,
     * final once the backends built their artifacts. */
    struct TaskVerdict *verdicts;
    int nverdicts;
    /* a fused run of stateless filters: a map whose body is chain[0], then chain[1], ...
     * (graph_pos: the graph's filter chain[0] is);
     * STREAM: nchain = how many of the graph's filters it runs (chain unused) */
    IrFunc **chain;
    int nchain;
    IrStreamFilter *filters;   /* STREAM: per filter it runs (nchain entries) */
    struct FilterWindow *window;  /* FILTER / STATEFUL_FILTER: ir_filter_window's answer, once asked */
} IrTask;

/* A value computed before a loop from temps, locals and constants, for
 * bounds.c's loop versioning: int ops wrap as Java's, long ops are exact
 * (64 bits; their operands are ints), comparisons and and/or are boolean. */
typedef enum RangeOp {
    RX_CONST, RX_TEMP, RX_LOCAL, RX_LEN,          /* ival; temp; local; a.length */
    RX_ADD, RX_SUB, RX_MUL,                       /* int, wrapping */
    RX_LADD, RX_LSUB, RX_LMUL,                    /* long, exact */
    RX_LT, RX_LE, RX_AND, RX_OR,                  /* RX_OR last: verify.c's RX_LAST */
} RangeOp;
typedef struct RangeExpr {
    RangeOp op;
    int64_t ival;
    int temp;
    struct IrLocal *local;
    struct RangeExpr *a, *b;
} RangeExpr;

typedef struct IrBlock {
    IrInst **insts;
    int len, cap;
} IrBlock;

/* A mutable variable of a function: a parameter or a local (allocas, for LLVM). */
typedef struct IrLocal {
    const char *name;      /* source name, for readability */
    Type *ty;
    int id;                /* index in IrFunc.locals */
    bool is_param;
} IrLocal;

/* One arm of a SWITCH: its case values, or default; control falls from
 * the end of one arm into the next, as in Java and C. */
typedef struct IrSwitchArm {
    int64_t *values;
    int nvalues;
    bool is_default;
    IrBlock *body;
} IrSwitchArm;

struct IrInst {
    IrOp op;
    Loc loc;
    Type *ty;              /* result type (ty_void when no result) */
    int dst;               /* result temp, or -1 */
    int *args;             /* operand temps */
    int nargs;
    /* payload */
    int64_t ival;          /* CONST integral/boolean/char */
    double fval;           /* CONST float/double */
    const char *str;       /* CONST String */
    int slen;
    IrLocal *local;        /* LOAD_LOCAL / STORE_LOCAL; TRY: gets the exception caught */
    FieldDecl *field;      /* LOAD/STORE_STATIC/FIELD */
    ClassDecl *cls;        /* NEW_OBJECT */
    IrFunc *callee;        /* CALL, CALL_VIRTUAL */
    MethodDecl *method;    /* CALL_VIRTUAL: the method called (its vslot / iface_slot) */
    Type *type_arg;        /* INSTANCEOF: the type tested */
    const Builtin *builtin;/* CALL_BUILTIN */
    ConstVal *data;        /* ARRAY_DATA: the elements (each of ty's element type) */
    int ndata;
    /* structure */
    int label;             /* LOOP / BLOCK / SWITCH, BREAK / CONTINUE target */
    IrBlock *then_blk, *else_blk;   /* IF */
    IrBlock *body_blk, *cont_blk;   /* LOOP (cont may be empty), BLOCK */
    IrSwitchArm *arms;     /* SWITCH */
    int narms;
    IrTask *task;          /* MAP / REDUCE */
    Graph *graph;          /* GRAPH_NEW / GRAPH_RUN */
    bool in_range;         /* CHECK_BOUNDS proven in range by bounds.c: no check needed */
    /* bounds.c's loop versioning: a LOOP's version_cond, when true before the
     * loop, proves in range every CHECK_BOUNDS whose version_loop it is, in
     * every iteration; a backend may run a copy of the loop without those
     * checks when it holds (and the loop as it is otherwise) */
    RangeExpr *version_cond;
    struct IrInst *version_loop;
};

struct IrFunc {
    const char *name;      /* the mangled name, e.g. "Hello.square(I)" */
    MethodDecl *decl;      /* NULL for the synthetic static initialiser */
    ClassDecl *owner;
    bool is_static;        /* else params[0] is `this` */
    Type *ret;
    Vec locals;            /* IrLocal*, parameters first (this first if instance) */
    int nparams;
    IrBlock *body;
    int ntemps;
    int nlabels;
    Loc loc;
    /* no body: an abstract method (only ever called through dispatch) or a
     * native method of the library (the runtime's function `symbol`) */
    bool is_abstract;
    const char *native_symbol;
};

typedef struct IrProgram {
    Program *src;
    Vec funcs;             /* IrFunc* */
    IrFunc *clinit;        /* static initialisers of every class, in textual order */
    IrFunc *main;          /* main(String[]) */
    Vec statics;           /* FieldDecl* every static field */
    Vec tasks;             /* IrTask*, in source order */
    Vec graphs;            /* Graph* that are run (GRAPH_RUN) */
    /* Each backend keeps its own per-program analysis here (what it decided
     * and built for each task), indexed by its position in the backend
     * table (backends/backend.h: lime_backends, lime_backend_count entries
     * once allocated); NULL until a backend first needs its slot. */
    void **backend_private;
} IrProgram;

/* The run of stateless filters (a map of g->runs) that filter pos of g is in, or NULL. */
struct IrTask *graph_run_at(Graph *g, int pos);

/* -------------------------------------------------------------------- ir.c */

const char *ir_op_name(IrOp op);
/* f belongs to the library written in Java (lib/): --emit=ir leaves it out */
bool ir_func_is_library(IrFunc *f);
IrBlock *ir_new_block(void);
void ir_block_push(IrBlock *b, IrInst *inst);
IrInst *ir_new_inst(IrOp op, Loc loc, Type *ty);
void ir_print_program(FILE *out, IrProgram *p);
const char *task_kind_name(TaskKind k);   /* "map", "stateful-filter", "stream", ... */
/* A multi-rate graph's rate, for a backend's reason: "'Dsp.sum' pops 4
 * items a firing" (its first filter of a rate other than one; NULL when g
 * is rate one). */
const char *ir_graph_rate_why(Graph *g);
/* Filter pos's rate for people: "pops 4 items a firing", "pushes 3 items a
 * firing", "pops 2 and pushes 3 items a firing"; NULL when it is one. */
const char *ir_filter_rate(Graph *g, int pos);
/* g's steady-state schedule (Graph.reps), for --explain and LIME_LOG:
 * "a period of 8 items: Dsp.sum 2x (pops 4), Dsp.rep 2x (pushes 3), Main.print 6x". */
const char *ir_graph_schedule(Graph *g);
/* One steady-state period of g's filters before the sink (Graph.reps):
 * the source items it takes, the outputs of the last filter before the
 * sink, and the firings and pushes of its straight-line code, source items
 * included (steps, 0 when more than max: backends/cpu/multirate.c and the
 * GPU's kernel over periods write a period out only that long). */
typedef struct GraphPeriod {
    long long items, outputs, steps;
} GraphPeriod;
GraphPeriod ir_graph_period(Graph *g, long long max);
/* Calls visit on every instruction of b and of the blocks nested in it. */
void ir_walk(IrBlock *b, void (*visit)(IrInst *in, void *ctx), void *ctx);

/* ---------------------------------------------------------------- bounds.c */

/* Bounds-check elimination: marks the CHECK_BOUNDS instructions whose index
 * is proven in range (IrInst.in_range) and versions loops (version_cond,
 * version_loop); run after ir_verify.  The IR it leaves passes ir_verify,
 * which checks those marks too. */
void ir_prove_bounds(IrProgram *p);
/* In the map form of window w (window.c) of f, the filter's method: which
 * CHECK_BOUNDS (by dst temp) of a WA_LENGTH use are in range every time
 * they run, the window's array lengths being constants there (bounds.c). */
struct FilterWindow;
bool *ir_window_bounds(IrFunc *f, const struct FilterWindow *w);

/* ---------------------------------------------------------------- throws.c */

/* The first instruction of f, or of a function it calls, that may throw a
 * Java exception, or NULL; *fname (when fname is not NULL): the function
 * it is in.  A division by a nonzero constant, a value array's null check
 * and Math's members never throw; allocations (OutOfMemoryError) count
 * only when with_oom. */
IrInst *ir_first_thrower(IrFunc *f, bool with_oom, const char **fname);
/* Whether running task t (its function, builtin or operator) may throw,
 * OutOfMemoryError included. */
bool ir_task_may_throw(IrTask *t);

/* --------------------------------------------------------------- statics.c */

/* Whether f is its class's initialisation procedure (lower.c). */
bool ir_is_initialise(const IrFunc *f);
/* The static fields (FieldDecl*) map task t's body reads, itself and what
 * it calls (not class initialisation procedures), each once in first-read
 * order: the values a device running the body takes after the task's own
 * operands.  Empty but for a map whose body is a function (not a fused
 * run of filters). */
Vec ir_task_static_reads(IrTask *t);

/* ---------------------------------------------------------------- window.c */

/* One piece of a windowed filter's state: a primitive instance field, or
 * one element of a primitive array field that always holds a fresh array
 * of one fixed length.  Each item, it takes the item itself (from -1) or
 * the value slot `from` held before the item; so before the filter's item
 * t (counted from the stream's first) it holds the filter's input t - 1 -
 * depth when t > depth, else what slot from^t (from applied t times)
 * held when the stream started. */
typedef struct WindowSlot {
    FieldDecl *field;
    int index;             /* the element of an array field; -1: the scalar field */
    int from;
    int depth;
    ConstVal initial;      /* what the constructor leaves in it (ty NULL: not known at compile time) */
} WindowSlot;

/* How the filter's method touches its window, for running it as a map
 * over its input (blocks of items far enough from the start): each
 * instruction of the method that reads or writes the window, or measures
 * an array of fixed length, and what to do in its place. */
typedef enum WindowAccess {
    WA_SKIP,               /* a store into the window: nothing (the input already holds it) */
    WA_UNUSED,             /* a load whose value only goes into the window: any value */
    WA_HISTORY,            /* a load of the window: the input `offset + dir * index` items from the
                              current one (index: the load's index operand; dir 0 for a scalar or
                              a fixed element); offset + dir * index is in [-k, 0] */
    WA_LENGTH,             /* ARRAY_LEN, CHECK_BOUNDS of an array always `len` long */
} WindowAccess;
typedef struct WindowUse {
    IrInst *in;
    WindowAccess kind;
    int offset, dir, len;
} WindowUse;

/* What window.c found of one filter.  A windowed filter's state is a
 * function of its last k inputs (and, for its first k items, of the state
 * it started from): a block of items can start from the k inputs before
 * it and reproduce the one loop's results exactly.  A stateless filter is
 * windowed with k 0 and no slots. */
typedef struct FilterWindow {
    bool windowed;
    int k;                 /* window length: the largest depth + 1 (0: no state) */
    WindowSlot *slots;     /* an array field's elements are consecutive slots, in index order */
    int nslots;
    FieldDecl **arrays;    /* the array fields among the slots ... */
    int *array_len;        /* ... and their one length */
    int narrays;
    const char *why_not;   /* not windowed: why, for --explain and LIME_LOG ... */
    Loc why_loc;           /* ... and where */
    /* windowed: whether the method can run as a map over its input (every
     * window access in uses, none of the method's stores left but those);
     * else why not */
    bool mapped;
    const char *unmapped_why;
    WindowUse *uses;
    int nuses;
    /* The constant arrays (ir_filter_linear): final array fields of the
     * filter that its constructor sets to an array literal of integral
     * constants and that nothing in the program stores into; their values. */
    FieldDecl **consts;
    int64_t **const_vals;
    int *const_len;
    int nconsts;
    /* ir_filter_linear's answer, once asked (linear_done) */
    bool linear_done, linear;
    int64_t *taps;         /* linear: output = sum_d taps[d] * input[i - d], d = 0..ntaps-1, wrapping in the item type */
    int ntaps;
    const char *nonlinear_why;
} FilterWindow;

/* The entry of uses for instruction in, or NULL: the instruction as it is. */
const WindowUse *ir_window_use(const FilterWindow *w, const IrInst *in);

/* The type of what slot s holds (its field's, or its array field's elements'). */
Type *ir_slot_type(const WindowSlot *s);
/* A filter task's window (computed once, kept in filter->window). */
const FilterWindow *ir_filter_window(IrProgram *p, IrTask *filter);
/* Whether windowed (or stateless) filter task `filter` is linear: its
 * items int or long, and its output, with its constant arrays folded
 * (FilterWindow.consts) and its constant-count loops unrolled, the sum of
 * integer constants times its input d items back (d at most its window's
 * k), in the item type's wrapping arithmetic, computed with nothing that
 * could throw; then FilterWindow.taps holds them (else nonlinear_why).
 * For items past the stream's first k it is exactly the filter's output
 * (the window invariant above). */
bool ir_filter_linear(IrProgram *p, IrTask *filter);
/* The task of filter pos (FILTER, STATEFUL_FILTER or SINK) of graph g. */
IrTask *ir_graph_filter_task(IrProgram *p, Graph *g, int pos);
/* NULL when every filter of g before its sink is windowed (the graph can
 * run in blocks), else why not, for people. */
const char *ir_graph_window_why_not(IrProgram *p, Graph *g);
/* The initial state of a windowed filter's slots, for people: "as zeros",
 * "as 5 -3 8" (slot by slot, when the constructor fixes them at compile
 * time) or "as its constructor leaves it". */
const char *ir_window_start(const FilterWindow *w);
/* The items before a block that its filters' windows need: the sum of
 * their k (every filter windowed). */
int ir_graph_lookback(IrProgram *p, Graph *g);
/* The fields (FieldDecl *, once each, in the order the method first reads
 * them) that windowed filter's method reads besides its window slots and
 * window arrays: by the invariant above, constant while the graph runs
 * (an array field's elements too). */
Vec ir_window_other_reads(IrProgram *p, IrTask *filter);

/* ---------------------------------------------------------------- verify.c */

/* Checks the IR's invariants (see IR_OPS and verify.c), bounds.c's marks
 * included.  Returns false, after printing what is wrong and where, if any
 * is broken. */
bool ir_verify(IrProgram *p);

#endif
