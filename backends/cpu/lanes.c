/* lanes.c: a map's body over W elements at once (SPMD on SIMD, as ISPC and
 * the OpenCL CPU compilers run work-items).
 *
 * For a map whose body is a user function of primitive values (see
 * lanes_inst_ok for what it may contain; calls of user functions are
 * inlined, each in a frame of its own), the chunk function runs W
 * elements per iteration: each value that differs across the lanes
 * (varying: from a mapped operand) is a <W x T> vector (a value class of
 * primitives: a struct of vectors), each value that is the same in all of
 * them (uniform: constants, broadcast operands, the counters of loops
 * whose exit all lanes take together) a scalar.  Broadcast arrays are read
 * at a uniform index by a scalar load, at a varying one by one scalar or
 * vector load when the indexes are equal or consecutive, else a gather
 * (at once where the index is computed from data: scattered).  W is the
 * host's vector width, or several vectors' for a body with a loop
 * (cg_lanes_width_of).
 *
 * Uniformity (uniformity_of): a fixpoint over the body.  A temp is varying
 * when an operand is, or it loads a varying local; a local is varying when
 * a varying value is stored into it or it is stored under divergent
 * control: inside an IF on a varying condition or inside a LOOP/BLOCK that
 * some lanes leave before others (a divergent label: a BREAK/CONTINUE to it,
 * or a RETURN inside it, under divergent control relative to it).
 *
 * Control flow on varying values runs under the execution mask `exec`
 * (the lanes still computing): a varying IF runs each arm that has a lane
 * (masked stores to varying locals), a divergent LOOP runs until no lane
 * is left in it, and BREAK/CONTINUE/RETURN to a divergent target move the
 * lanes into that target's mask (brk, cont) or into the result.  Invariant:
 * code runs only with some lane in exec (an emptied mask jumps to `skip`,
 * the end of the innermost masked construct); stores into varying locals
 * are masked wherever lanes not in exec may compute again later (cnt > 0).
 *
 * Each lane computes its element with exactly Java's operations in Java's
 * order (the same builders as codegen.c, on vectors): no reassociation, no
 * fast-math flags, so results are bit-identical.  A check (null, bounds,
 * division by zero) that fails in any lane in exec sends the whole chunk of
 * W elements to the scalar chunk function, which throws the lowest failing
 * element's exception as before; nothing of the chunk is stored before its
 * last check, and the body has no other effects, so the rerun is exact.
 * The tail (fewer than W elements) and LIME_SIMD=0 run the scalar function. */
#include "codegen.h"

#include <llvm-c/TargetMachine.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ what a body may use */

/* A value class of primitive fields only: a value of it is a struct of
 * scalars, in lanes a struct of vectors (one per field). */
static bool lane_struct(Type *t) {
    if (t->kind != TY_CLASS || !t->cls->is_value || t->cls->super || t->cls->ninstance_fields < 1) return false;
    for (int i = 0; i < t->cls->fields.len; i++) {
        FieldDecl *f = t->cls->fields.items[i];
        if (!(f->mods & MOD_STATIC) && !is_primitive(f->ty)) return false;
    }
    return true;
}

static bool lane_value_type(Type *t) { return is_primitive(t) || lane_struct(t); }

static bool lane_array_type(Type *t) { return is_any_array(t) && is_primitive(t->elem); }

static bool refuse(Reason *why, Loc loc, const char *text) {
    why->loc = loc;
    snprintf(why->text, sizeof why->text, "%s", text);
    return false;
}

typedef struct OkWalk {
    Reason *why;
    bool ok;
    IrFunc **stack;          /* the functions being checked, the body first */
    int depth;
} OkWalk;

enum { MAX_INLINE_DEPTH = 8 };

static bool lanes_func_ok(IrFunc *f, OkWalk *w);

/* A call of a user function, inlined into the lanes: its body must run
 * in lanes too, and it must not be recursive. */
static bool lanes_call_ok(IrInst *in, OkWalk *w) {
    IrFunc *f = in->callee;
    if (f->is_abstract || f->native_symbol || !f->body) return refuse(w->why, in->loc, xprintf("a call of %s", f->name));
    for (int i = 0; i < w->depth; i++)
        if (w->stack[i] == f) return refuse(w->why, in->loc, xprintf("a recursive call of %s", f->name));
    if (w->depth == MAX_INLINE_DEPTH) return refuse(w->why, in->loc, xprintf("calls nested deeper than %d", MAX_INLINE_DEPTH));
    if (!lane_value_type(f->ret)) return refuse(w->why, in->loc, xprintf("a call of %s, of type %s", f->name, type_name(f->ret)));
    for (int i = 0; i < f->nparams; i++) {
        Type *pt = ((IrLocal *)f->locals.items[i])->ty;
        if (!lane_value_type(pt) && !lane_array_type(pt))
            return refuse(w->why, in->loc, xprintf("a call of %s, with a parameter of type %s", f->name, type_name(pt)));
    }
    return lanes_func_ok(f, w);
}

/* Whether in may be in a body run in lanes; if not, why. */
static bool lanes_inst_ok(IrInst *in, OkWalk *w) {
    Reason *why = w->why;
    switch (in->op) {
    case IR_CONST: case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_REM: case IR_SHL: case IR_SHR:
    case IR_USHR: case IR_AND: case IR_OR: case IR_XOR: case IR_NEG: case IR_NOT: case IR_COMPL: case IR_EQ:
    case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_CONV: case IR_ARRAY_LOAD:
        if (lane_value_type(in->ty) && (in->op == IR_CONST || !lane_struct(in->ty))) return true;
        return refuse(why, in->loc, xprintf("a value of type %s", type_name(in->ty)));
    case IR_LOAD_FIELD: case IR_WITH_FIELD:
        if (lane_struct(in->field->owner->type)) return true;
        return refuse(why, in->loc, xprintf("a field of %s", in->field->owner->name));
    case IR_LOAD_LOCAL: case IR_STORE_LOCAL:
        if (lane_value_type(in->local->ty) || lane_array_type(in->local->ty)) return true;
        return refuse(why, in->loc, xprintf("a local of type %s", type_name(in->local->ty)));
    case IR_ARRAY_LEN: case IR_CHECK_NULL: case IR_CHECK_BOUNDS: case IR_CHECK_DIV: case IR_IF: case IR_LOOP:
    case IR_BLOCK: case IR_SWITCH: case IR_BREAK: case IR_CONTINUE: case IR_RETURN:
        return true;
    case IR_CALL_BUILTIN:
        if (cg_math_inlines(in->builtin) || cg_math_lanewise(in->builtin)) return true;
        return refuse(why, in->loc, xprintf("a call of %s.%s", in->builtin->owner, in->builtin->name));
    case IR_CALL: return lanes_call_ok(in, w);
    case IR_ARRAY_STORE: return refuse(why, in->loc, "an array store");
    default: return refuse(why, in->loc, xprintf("%s (%s)", "an operation lanes do not run", ir_op_name(in->op)));
    }
}

static void ok_visit(IrInst *in, void *ctx) {
    OkWalk *w = ctx;
    if (w->ok && !lanes_inst_ok(in, w)) w->ok = false;
}

static bool lanes_func_ok(IrFunc *f, OkWalk *w) {
    w->stack[w->depth++] = f;
    ir_walk(f->body, ok_visit, w);
    w->depth--;
    return w->ok;
}

/* ------------------------------------------------------------ uniformity */

typedef struct Uniformity {
    bool *vtemp, *vlocal;    /* varying, by temp and by local id */
    /* scattered, by temp and by local id: varying and computed from a
     * varying array load (data), so its lanes are seldom equal or
     * consecutive: an index of it is gathered without testing for that */
    bool *stemp, *slocal;
    bool *div_label;         /* by label: lanes leave it at different times */
    int *label_cnt;          /* by label: the divergence count at its LOOP/BLOCK */
    IrInst **stack;          /* the LOOPs/BLOCKs around the instruction */
    int nstack;
    bool varying_return;     /* some RETURN is under divergent control */
    bool changed;
} Uniformity;

static void mark(Uniformity *u, bool *flag) {
    if (*flag) return;
    *flag = true;
    u->changed = true;
}

/* Every LOOP/BLOCK from the one labelled `label` (-1: the outermost) inward
 * is left by some lanes before others. */
static void mark_divergent_from(Uniformity *u, int label) {
    for (int i = u->nstack - 1; i >= 0; i--) {
        mark(u, &u->div_label[u->stack[i]->label]);
        if (u->stack[i]->label == label) return;
    }
}

static void uni_block(Uniformity *u, IrBlock *b, int cnt);

/* cnt: how many divergent constructs (varying IFs, divergent LOOPs and
 * BLOCKs) are around in: 0 means every lane still running runs it. */
static void uni_inst(Uniformity *u, IrInst *in, int cnt) {
    switch (in->op) {
    case IR_LOAD_LOCAL:
        if (u->vlocal[in->local->id]) mark(u, &u->vtemp[in->dst]);
        if (u->slocal[in->local->id]) mark(u, &u->stemp[in->dst]);
        return;
    case IR_STORE_LOCAL:
        if (u->vtemp[in->args[0]] || cnt > 0) mark(u, &u->vlocal[in->local->id]);
        if (u->stemp[in->args[0]]) mark(u, &u->slocal[in->local->id]);
        return;
    case IR_IF: {
        int c = cnt + u->vtemp[in->args[0]];
        uni_block(u, in->then_blk, c);
        if (in->else_blk) uni_block(u, in->else_blk, c);
        return;
    }
    case IR_LOOP: case IR_BLOCK: {
        u->label_cnt[in->label] = cnt;
        u->stack[u->nstack++] = in;
        int c = cnt + u->div_label[in->label];
        uni_block(u, in->body_blk, c);
        if (in->op == IR_LOOP && in->cont_blk) uni_block(u, in->cont_blk, c);
        u->nstack--;
        return;
    }
    case IR_SWITCH: {
        /* a BLOCK whose arms run under the key's control */
        u->label_cnt[in->label] = cnt;
        u->stack[u->nstack++] = in;
        int c = cnt + u->vtemp[in->args[0]] + u->div_label[in->label];
        for (int i = 0; i < in->narms; i++) uni_block(u, in->arms[i].body, c);
        u->nstack--;
        return;
    }
    case IR_BREAK: case IR_CONTINUE:
        if (cnt > u->label_cnt[in->label]) mark_divergent_from(u, in->label);
        return;
    case IR_RETURN:
        if (cnt > 0) {
            mark(u, &u->varying_return);
            mark_divergent_from(u, -1);
        }
        return;
    default:
        if (in->dst < 0) return;
        for (int i = 0; i < in->nargs; i++) {
            if (u->vtemp[in->args[i]]) mark(u, &u->vtemp[in->dst]);
            if (u->stemp[in->args[i]]) mark(u, &u->stemp[in->dst]);
        }
        if (in->op == IR_ARRAY_LOAD && u->vtemp[in->dst]) mark(u, &u->stemp[in->dst]);
        return;
    }
}

static void uni_block(Uniformity *u, IrBlock *b, int cnt) {
    for (int i = 0; i < b->len; i++) uni_inst(u, b->insts[i], cnt);
}

static int depth_of(IrBlock *b);

static int depth_inst(IrInst *in) {
    int d = 0;
    if (in->op == IR_SWITCH) {
        for (int i = 0; i < in->narms; i++) {
            int x = depth_of(in->arms[i].body);
            if (x > d) d = x;
        }
        return d + 1;
    }
    IrBlock *blocks[2] = {in->op == IR_IF ? in->then_blk : in->body_blk, in->op == IR_IF ? in->else_blk : in->cont_blk};
    if (in->op != IR_IF && in->op != IR_LOOP && in->op != IR_BLOCK) return 0;
    for (int k = 0; k < 2; k++)
        if (blocks[k]) {
            int x = depth_of(blocks[k]);
            if (x > d) d = x;
        }
    return d + (in->op != IR_IF);
}

/* The deepest nesting of LOOPs and BLOCKs in b. */
static int depth_of(IrBlock *b) {
    int d = 0;
    for (int i = 0; i < b->len; i++) {
        int x = depth_inst(b->insts[i]);
        if (x > d) d = x;
    }
    return d;
}

/* Which values of f's body vary across lanes (see the file comment), when
 * its parameters vary as param_varying says. */
static Uniformity *uniformity_of(IrFunc *f, const bool *param_varying) {
    Uniformity *u = xalloc(sizeof *u);
    u->vtemp = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    u->vlocal = xalloc(sizeof(bool) * (size_t)(f->locals.len + 1));
    u->stemp = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    u->slocal = xalloc(sizeof(bool) * (size_t)(f->locals.len + 1));
    u->div_label = xalloc(sizeof(bool) * (size_t)(f->nlabels + 1));
    u->label_cnt = xalloc(sizeof(int) * (size_t)(f->nlabels + 1));
    u->stack = xalloc(sizeof(IrInst *) * (size_t)(depth_of(f->body) + 1));
    for (int k = 0; k < f->nparams; k++) u->vlocal[k] = param_varying[k];
    do {
        u->changed = false;
        u->nstack = 0;
        uni_block(u, f->body, 0);
    } while (u->changed);
    return u;
}

typedef struct ArrayWalk {
    Uniformity *u;
    Reason *why;
    bool ok;
} ArrayWalk;

/* Arrays are read only through uniform references (a scalar base). */
static void array_visit(IrInst *in, void *ctx) {
    ArrayWalk *w = ctx;
    if (!w->ok || in->op != IR_STORE_LOCAL || !lane_array_type(in->local->ty) || !w->u->vlocal[in->local->id]) return;
    w->ok = refuse(w->why, in->loc, xprintf("the array %s differs from lane to lane", in->local->name));
}

/* The arrays f reads are the same in every lane, whichever of its
 * primitive and value parameters vary (in the functions it calls too). */
static bool arrays_uniform(IrFunc *f, const bool *vary, Reason *why);

static void callee_arrays_visit(IrInst *in, void *ctx) {
    ArrayWalk *w = ctx;
    if (!w->ok || in->op != IR_CALL) return;
    IrFunc *f = in->callee;
    bool *vary = xalloc(sizeof(bool) * (size_t)(f->nparams + 1));
    for (int k = 0; k < f->nparams; k++) vary[k] = lane_value_type(((IrLocal *)f->locals.items[k])->ty);
    w->ok = arrays_uniform(f, vary, w->why);
}

static bool arrays_uniform(IrFunc *f, const bool *vary, Reason *why) {
    ArrayWalk aw = {uniformity_of(f, vary), why, true};
    ir_walk(f->body, array_visit, &aw);
    ir_walk(f->body, callee_arrays_visit, &aw);
    return aw.ok;
}

bool cg_lanes_accepts(IrTask *t, Reason *why) {
    if (t->kind != TASK_MAP || t->chain || t->graph) return refuse(why, t->loc, "not a plain map");
    if (!t->func) return refuse(why, t->loc, xprintf("the body is the library's %s", t->builtin ? t->builtin->name : "operator"));
    IrFunc *f = t->func;
    if (!lane_value_type(f->ret)) return refuse(why, f->loc, xprintf("a result of type %s", type_name(f->ret)));
    if (f->nparams != t->nargs) return refuse(why, f->loc, "an instance method as the body");
    for (int k = 0; k < t->nargs; k++) {
        Type *p = t->param[k];
        bool ok = t->mapped[k] ? (is_primitive(t->mapped_elem[k]) && is_primitive(p)) || (lane_struct(p) && t->mapped_elem[k] == p)
                               : lane_value_type(p) || lane_array_type(p);
        if (!ok) return refuse(why, f->loc, xprintf("an operand of type %s", type_name(t->mapped[k] ? t->mapped_elem[k] : p)));
    }
    OkWalk w = {why, true, xalloc(sizeof(IrFunc *) * (MAX_INLINE_DEPTH + 1)), 0};
    return lanes_func_ok(f, &w) && arrays_uniform(f, t->mapped, why);
}

/* ------------------------------------------------------------ the width */

/* LIME_LANES=N as a width (0: not set, or not one of the widths) */
static int forced_width(void) {
    static bool warned;
    const char *forced = getenv("LIME_LANES");
    if (!forced) return 0;
    static const char *const widths[] = {"4", "8", "16", "32", "64"};
    for (size_t i = 0; i < sizeof widths / sizeof *widths; i++)
        if (!strcmp(forced, widths[i])) return atoi(forced);
    if (!warned) {
        fprintf(stderr, "limec: warning: LIME_LANES=%.40s is not 4, 8, 16, 32 or 64; the host's width is used\n", forced);
        warned = true;
    }
    return 0;
}

int cg_lanes_width(void) {
    int forced = forced_width();
    if (forced) return forced;
    char *features = LLVMGetHostCPUFeatures();
    int w = strstr(features, "+avx512f") ? 16 : strstr(features, "+avx2") || strstr(features, "+avx,") ? 8 : 4;
    LLVMDisposeMessage(features);
    return w;
}

typedef struct ChainWalk {
    Uniformity *u;           /* of the map's body; NULL in a callee */
    bool loop, scattered;
    Vec *path;               /* the methods being walked: the body's, then each callee's */
} ChainWalk;

static void chain_visit(IrInst *in, void *ctx) {
    ChainWalk *w = ctx;
    if (in->op == IR_LOOP) w->loop = true;
    if (in->op == IR_ARRAY_LOAD && w->u && w->u->stemp[in->args[1]]) w->scattered = true;
    if (in->op == IR_CALL && in->callee->body) {
        for (int i = 0; i < w->path->len; i++)
            if (w->path->items[i] == in->callee) {
                w->loop = true;   /* recursion: a loop of calls */
                return;
            }
        vec_push(w->path, in->callee);
        ChainWalk inner = {NULL, false, false, w->path};
        ir_walk(in->callee->body, chain_visit, &inner);
        w->path->len--;
        w->loop |= inner.loop;
        w->scattered |= inner.scattered;
    }
}

/* Walks map t's body and the methods it calls (false: no body). */
static bool chain_walk(IrTask *t, ChainWalk *w) {
    if (!t || !t->func || !t->func->body) return false;
    Vec path = {0};
    vec_push(&path, t->func);
    w->path = &path;
    ir_walk(t->func->body, chain_visit, w);
    free(path.items);
    w->path = NULL;
    return true;
}

/* Whether map t's body (or a method it calls) has a loop. */
bool cg_body_loops(IrTask *t) {
    ChainWalk w = {NULL, false, false, NULL};
    return chain_walk(t, &w) && w.loop;
}

/* Whether map t's body has a loop whose lanes would gain from running as
 * several chains: a loop, and no gathers at indexes computed from data
 * (crc32's table lookups: throughput-bound on the gathers, and slower with
 * more vectors in flight). */
static bool chains_gain(IrTask *t) {
    if (!t || !t->func || !t->func->body) return false;
    ChainWalk w = {uniformity_of(t->func, t->mapped), false, false, NULL};
    return chain_walk(t, &w) && w.loop && !w.scattered;
}

/* A body with a loop carries values from one iteration to the next (a
 * sum, Mandelbrot's z): with one vector of lanes each iteration waits for
 * the last (an add's latency, 4 cycles, per iteration); with LANE_CHAINS
 * vectors of independent elements side by side, LLVM's legalisation of
 * the wider vectors gives as many chains to overlap (matmul 768: 68 ms
 * at 16 lanes, 29 at 64; Mandelbrot 51 to 40). Loop-free bodies keep one
 * vector (saxpy: more lanes only lengthen the tail). */
enum { LANE_CHAINS = 4 };

int cg_lanes_width_of(IrTask *t, IrTask *producer) {
    int forced = forced_width();
    if (forced) return forced;
    return cg_lanes_width() * (chains_gain(t) || chains_gain(producer) ? LANE_CHAINS : 1);
}

/* ------------------------------------------------------------ code */

typedef struct Gen {
    Codegen *cg;
    Uniformity *u;
    IrFunc *f;
    unsigned W;
    LLVMValueRef *temps;
    Type **temp_types;
    /* by temp: an int index u + v with u uniform and v varying (NULL: none),
     * kept apart so that the tests of array_load look at v alone: when v is
     * the same in every iteration of a loop (i * n in a row-major matrix),
     * LLVM hoists them out of it. */
    LLVMValueRef *index_uniform, *index_varying;
    LLVMValueRef *locals;        /* allocas: vectors for varying locals */
    LLVMValueRef exec;           /* alloca <W x i1>: the lanes computing */
    LLVMValueRef ret_val;        /* alloca: the result, lane by lane (a scalar when ret_varying is not) */
    bool ret_varying;
    LLVMValueRef *brk, *cont;    /* by divergent label: the lanes that left it by break / continue */
    LLVMBasicBlockRef *exit_bb, *cont_bb;   /* by uniform label */
    LLVMBasicBlockRef skip;      /* where to go when exec is empty */
    LLVMBasicBlockRef ret_bb;    /* every lane has its result */
    LLVMBasicBlockRef fail;      /* a check failed in a lane: the chunk runs element by element */
    int cnt;                     /* divergent constructs around (uni_inst's cnt) */
    bool *fast;                  /* by label: in the copy of a versioned LOOP whose version_cond held */
    int masked_exits;            /* masked BREAK/CONTINUE/RETURNs generated so far */
} Gen;

static LLVMTypeRef vec_of(Gen *g, LLVMTypeRef t) { return LLVMVectorType(t, g->W); }
static LLVMTypeRef mask_type(Gen *g) { return vec_of(g, LLVMInt1TypeInContext(g->cg->ctx)); }
static LLVMValueRef all_lanes(Gen *g) { return LLVMConstAllOnes(mask_type(g)); }

/* The type of a varying value of type t: a vector, or for a value class
 * a struct of vectors, one per field (in memory form: booleans as i8). */
static LLVMTypeRef vary_type(Gen *g, Type *t) {
    LLVMTypeRef st = cg_value_type(g->cg, t);
    if (!lane_struct(t)) return vec_of(g, st);
    unsigned n = LLVMCountStructElementTypes(st);
    LLVMTypeRef *fields = xalloc(sizeof(LLVMTypeRef) * n);
    for (unsigned i = 0; i < n; i++) fields[i] = vec_of(g, LLVMStructGetTypeAtIndex(st, i));
    return LLVMStructTypeInContext(g->cg->ctx, fields, n, false);
}

static bool is_varying_value(LLVMValueRef v) {
    LLVMTypeRef t = LLVMTypeOf(v);
    if (LLVMGetTypeKind(t) == LLVMStructTypeKind) t = LLVMStructGetTypeAtIndex(t, 0);
    return LLVMGetTypeKind(t) == LLVMVectorTypeKind;
}

/* v in every lane (v itself when it already is varying); a struct field by field. */
static LLVMValueRef splat(Gen *g, LLVMValueRef v) {
    if (is_varying_value(v)) return v;
    LLVMBuilderRef b = g->cg->b;
    LLVMTypeRef t = LLVMTypeOf(v);
    if (LLVMGetTypeKind(t) == LLVMStructTypeKind) {
        unsigned n = LLVMCountStructElementTypes(t);
        LLVMTypeRef *fields = xalloc(sizeof(LLVMTypeRef) * n);
        for (unsigned i = 0; i < n; i++) fields[i] = vec_of(g, LLVMStructGetTypeAtIndex(t, i));
        LLVMValueRef r = LLVMGetUndef(LLVMStructTypeInContext(g->cg->ctx, fields, n, false));
        for (unsigned i = 0; i < n; i++) r = LLVMBuildInsertValue(b, r, splat(g, LLVMBuildExtractValue(b, v, i, "")), i, "");
        return r;
    }
    LLVMTypeRef vt = vec_of(g, t);
    LLVMValueRef one = LLVMBuildInsertElement(b, LLVMGetUndef(vt), v, cg_i32c(g->cg, 0), "");
    return LLVMBuildShuffleVector(b, one, LLVMGetUndef(vt), LLVMConstNull(vec_of(g, LLVMInt32TypeInContext(g->cg->ctx))), "");
}

/* mask ? a : b lane by lane (a struct field by field). */
static LLVMValueRef blend(Gen *g, LLVMValueRef mask, LLVMValueRef a, LLVMValueRef b) {
    LLVMBuilderRef bd = g->cg->b;
    if (LLVMGetTypeKind(LLVMTypeOf(a)) != LLVMStructTypeKind) return LLVMBuildSelect(bd, mask, a, b, "");
    LLVMValueRef r = a;
    for (unsigned i = 0; i < LLVMCountStructElementTypes(LLVMTypeOf(a)); i++) {
        LLVMValueRef x = LLVMBuildExtractValue(bd, a, i, ""), y = LLVMBuildExtractValue(bd, b, i, "");
        r = LLVMBuildInsertValue(bd, r, LLVMBuildSelect(bd, mask, x, y, ""), i, "");
    }
    return r;
}

static LLVMValueRef any_lane(Gen *g, LLVMValueRef m) {
    LLVMTypeRef mt = mask_type(g);
    return cg_intrinsic(g->cg, "llvm.vector.reduce.or", &mt, 1, &m, 1);
}

static LLVMValueRef load_mask(Gen *g, LLVMValueRef slot) { return LLVMBuildLoad2(g->cg->b, mask_type(g), slot, ""); }
static void store(Gen *g, LLVMValueRef slot, LLVMValueRef v) { LLVMBuildStore(g->cg->b, v, slot); }

/* Temp i, as a vector when want_vector. */
static LLVMValueRef arg(Gen *g, IrInst *in, int i, bool want_vector) {
    LLVMValueRef v = g->temps[in->args[i]];
    return want_vector ? splat(g, v) : v;
}

static Type *arg_type(Gen *g, IrInst *in, int i) { return g->temp_types[in->args[i]]; }

/* if (failed) the chunk runs element by element. */
static void fail_if(Gen *g, LLVMValueRef failed) {
    LLVMBasicBlockRef ok = cg_new_bb(g->cg, "lanes.ok");
    LLVMBuildCondBr(g->cg->b, failed, g->fail, ok);
    LLVMPositionBuilderAtEnd(g->cg->b, ok);
}

/* A per-lane failure condition, counted only in the lanes computing. */
static void fail_if_any(Gen *g, LLVMValueRef failed_lanes) {
    fail_if(g, any_lane(g, LLVMBuildAnd(g->cg->b, failed_lanes, load_mask(g, g->exec), "")));
}

/* Continues at skip when no lane is left computing. */
static void skip_if_empty(Gen *g) {
    LLVMBasicBlockRef go = cg_new_bb(g->cg, "lanes.some");
    LLVMBuildCondBr(g->cg->b, any_lane(g, load_mask(g, g->exec)), go, g->skip);
    LLVMPositionBuilderAtEnd(g->cg->b, go);
}

static LLVMValueRef lane_constant(Gen *g, IrInst *in) {
    LLVMTypeRef t = cg_value_type(g->cg, in->ty);
    if (lane_struct(in->ty)) return LLVMConstNull(t);   /* a value class's all-zero value */
    if (cg_is_fp(in->ty)) return LLVMConstReal(t, in->fval);
    return LLVMConstInt(t, (unsigned long long)in->ival, in->ty != ty_char && in->ty != ty_boolean);
}

static LLVMValueRef check_bounds(Gen *g, IrInst *in) {
    LLVMBuilderRef b = g->cg->b;
    LLVMValueRef idx = g->temps[in->args[1]];
    if (in->in_range || (in->version_loop && g->fast[in->version_loop->label])) return idx;
    LLVMValueRef len = cg_length_of(g->cg, g->temps[in->args[0]], arg_type(g, in, 0));
    if (g->u->vtemp[in->args[1]]) fail_if_any(g, LLVMBuildICmp(b, LLVMIntUGE, idx, splat(g, len), ""));
    else fail_if(g, LLVMBuildICmp(b, LLVMIntUGE, idx, len, ""));
    return idx;
}

/* The divisor, checked; in lanes not computing a 0 becomes 1 (sdiv by 0
 * would be undefined there). */
static LLVMValueRef check_div(Gen *g, IrInst *in) {
    LLVMBuilderRef b = g->cg->b;
    LLVMValueRef d = g->temps[in->args[0]];
    LLVMValueRef zero = LLVMBuildICmp(b, LLVMIntEQ, d, LLVMConstNull(LLVMTypeOf(d)), "");
    if (!g->u->vtemp[in->args[0]]) {
        fail_if(g, zero);
        return d;
    }
    fail_if_any(g, zero);
    return LLVMBuildSelect(b, zero, cg_const_like(LLVMTypeOf(d), 1), d, "");
}

static LLVMValueRef all_of(Gen *g, LLVMValueRef m) {
    LLVMTypeRef mt = mask_type(g);
    return cg_intrinsic(g->cg, "llvm.vector.reduce.and", &mt, 1, &m, 1);
}

/* <0, 1, ..., W-1> of type vt (i32 lanes). */
static LLVMValueRef lane_numbers(Gen *g, LLVMTypeRef vt) {
    LLVMValueRef *k = xalloc(sizeof(LLVMValueRef) * g->W);
    for (unsigned l = 0; l < g->W; l++) k[l] = LLVMConstInt(LLVMGetElementType(vt), l, false);
    return LLVMConstVector(k, g->W);
}

/* Element v of data (memory type mt) in every lane: v is a vector of indexes. */
static LLVMValueRef gather(Gen *g, LLVMValueRef data, LLVMTypeRef mt, LLVMValueRef idx, int align) {
    Codegen *cg = g->cg;
    LLVMValueRef idx64 = LLVMBuildSExt(cg->b, idx, vec_of(g, cg_i64t(cg)), "");
    LLVMValueRef ptrs = LLVMBuildInBoundsGEP2(cg->b, mt, data, &idx64, 1, "");
    LLVMTypeRef types[2] = {vec_of(g, mt), LLVMTypeOf(ptrs)};
    LLVMValueRef args[4] = {ptrs, cg_i32c(cg, align), load_mask(g, g->exec), LLVMConstNull(types[0])};
    return cg_intrinsic(cg, "llvm.masked.gather", types, 2, args, 4);
}

/* a[i] of a uniform array: a scalar load at a uniform index; at a varying
 * one, when every lane computes, one scalar load if the lanes' indexes are
 * all the same, one vector load if they are consecutive (row-major
 * matrices), else a gather (masked by exec: lanes not computing may hold
 * any index); a scattered index (computed from data) goes to the gather
 * without the tests. */
static LLVMValueRef array_load(Gen *g, IrInst *in, bool varying) {
    Codegen *cg = g->cg;
    LLVMBuilderRef b = cg->b;
    LLVMValueRef arr = g->temps[in->args[0]], idx = g->temps[in->args[1]];
    LLVMTypeRef mt = cg_mem_type(cg, in->ty), vt = vec_of(g, mt);
    int align = cg_elem_size(cg, in->ty);
    if (!varying) return cg_from_mem(cg, LLVMBuildLoad2(b, mt, cg_element_address(cg, arr, idx, in->ty), ""), in->ty);
    LLVMValueRef off = cg_i64c(cg, 8);   /* LIME_ARRAY_DATA_OFFSET */
    LLVMValueRef data = LLVMBuildInBoundsGEP2(b, LLVMInt8TypeInContext(cg->ctx), arr, &off, 1, "");
    if (g->u->stemp[in->args[1]]) {
        LLVMValueRef v = gather(g, data, mt, idx, align);
        return in->ty == ty_boolean ? LLVMBuildICmp(b, LLVMIntNE, v, LLVMConstNull(vt), "") : v;
    }
    /* idx = u + v: its lanes are equal or consecutive when v's are, and
     * idx[0] = u + v[0] (the same wrapping int arithmetic) */
    LLVMValueRef u = g->index_uniform[in->args[1]], part = g->index_varying[in->args[1]];
    if (!part) part = idx;
    LLVMValueRef v0 = LLVMBuildExtractElement(b, part, cg_i32c(cg, 0), ""), first = splat(g, v0);
    LLVMValueRef i0 = u ? LLVMBuildAdd(b, u, v0, "") : v0;
    LLVMValueRef full = all_of(g, load_mask(g, g->exec));
    LLVMValueRef same = LLVMBuildAnd(b, full, all_of(g, LLVMBuildICmp(b, LLVMIntEQ, part, first, "")), "");
    LLVMValueRef next = LLVMBuildAdd(b, first, lane_numbers(g, LLVMTypeOf(part)), "");
    LLVMValueRef consecutive = LLVMBuildAnd(b, full, all_of(g, LLVMBuildICmp(b, LLVMIntEQ, part, next, "")), "");
    LLVMBasicBlockRef one = cg_new_bb(cg, "lanes.same"), test = cg_new_bb(cg, "lanes.seq?"), seq = cg_new_bb(cg, "lanes.seq");
    LLVMBasicBlockRef any = cg_new_bb(cg, "lanes.gather"), done = cg_new_bb(cg, "lanes.loaded");
    LLVMBuildCondBr(b, same, one, test);
    LLVMPositionBuilderAtEnd(b, one);
    LLVMValueRef v1 = splat(g, LLVMBuildLoad2(b, mt, LLVMBuildInBoundsGEP2(b, mt, data, &i0, 1, ""), ""));
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, test);
    LLVMBuildCondBr(b, consecutive, seq, any);
    LLVMPositionBuilderAtEnd(b, seq);
    LLVMValueRef v2 = LLVMBuildLoad2(b, vt, LLVMBuildInBoundsGEP2(b, mt, data, &i0, 1, ""), "");
    LLVMSetAlignment(v2, (unsigned)align);
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, any);
    LLVMValueRef v3 = gather(g, data, mt, idx, align);
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, done);
    LLVMValueRef v = LLVMBuildPhi(b, vt, "");
    LLVMValueRef vals[3] = {v1, v2, v3};
    LLVMBasicBlockRef from[3] = {one, seq, any};
    LLVMAddIncoming(v, vals, from, 3);
    if (in->ty == ty_boolean) v = LLVMBuildICmp(b, LLVMIntNE, v, LLVMConstNull(vt), "");
    return v;
}

/* An arithmetic, comparison or conversion instruction, on vectors when varying. */
static LLVMValueRef arith(Gen *g, IrInst *in, bool v) {
    Codegen *cg = g->cg;
    LLVMBuilderRef b = cg->b;
    Type *t = in->ty;
    bool fp = cg_is_fp(t);
    LLVMValueRef x = arg(g, in, 0, v), y = in->nargs > 1 ? arg(g, in, 1, v) : NULL;
    switch (in->op) {
    case IR_ADD: return fp ? LLVMBuildFAdd(b, x, y, "") : LLVMBuildAdd(b, x, y, "");
    case IR_SUB: return fp ? LLVMBuildFSub(b, x, y, "") : LLVMBuildSub(b, x, y, "");
    case IR_MUL: return fp ? LLVMBuildFMul(b, x, y, "") : LLVMBuildMul(b, x, y, "");
    case IR_DIV: return fp ? LLVMBuildFDiv(b, x, y, "") : cg_int_divrem(cg, IR_DIV, x, y);
    case IR_REM: return fp ? LLVMBuildFRem(b, x, y, "") : cg_int_divrem(cg, IR_REM, x, y);
    case IR_SHL: case IR_SHR: case IR_USHR: return cg_shift(cg, in->op, x, y, t);
    case IR_AND: return LLVMBuildAnd(b, x, y, "");
    case IR_OR: return LLVMBuildOr(b, x, y, "");
    case IR_XOR: return LLVMBuildXor(b, x, y, "");
    case IR_NEG: return fp ? LLVMBuildFNeg(b, x, "") : LLVMBuildNeg(b, x, "");
    case IR_NOT: case IR_COMPL: return LLVMBuildNot(b, x, "");
    case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE:
        return cg_compare(cg, in->op, x, y, arg_type(g, in, 0));
    case IR_CONV: return cg_convert(cg, x, arg_type(g, in, 0), t);
    default: LIME_UNREACHABLE();
    }
}

static void gen_block(Gen *g, IrBlock *b);

static void gen_uniform_if(Gen *g, IrInst *in) {
    Codegen *cg = g->cg;
    LLVMBasicBlockRef then_bb = cg_new_bb(cg, "then"), else_bb = cg_new_bb(cg, "else"), merge = cg_new_bb(cg, "endif");
    LLVMBuildCondBr(cg->b, g->temps[in->args[0]], then_bb, else_bb);
    LLVMPositionBuilderAtEnd(cg->b, then_bb);
    gen_block(g, in->then_blk);
    cg_br_if_open(cg, merge);
    LLVMPositionBuilderAtEnd(cg->b, else_bb);
    if (in->else_blk) gen_block(g, in->else_blk);
    cg_br_if_open(cg, merge);
    LLVMPositionBuilderAtEnd(cg->b, merge);
}

/* One arm of a varying IF, under exec = entry & lanes; returns exec at its end. */
static LLVMValueRef gen_masked_arm(Gen *g, IrBlock *arm, LLVMValueRef entry, LLVMValueRef lanes) {
    Codegen *cg = g->cg;
    LLVMBasicBlockRef run = cg_new_bb(cg, "lanes.arm"), end = cg_new_bb(cg, "lanes.armend");
    store(g, g->exec, LLVMBuildAnd(cg->b, entry, lanes, ""));
    LLVMBuildCondBr(cg->b, any_lane(g, load_mask(g, g->exec)), run, end);
    LLVMPositionBuilderAtEnd(cg->b, run);
    if (arm) {
        LLVMBasicBlockRef outer = g->skip;
        g->skip = end;
        gen_block(g, arm);
        g->skip = outer;
    }
    cg_br_if_open(cg, end);
    LLVMPositionBuilderAtEnd(cg->b, end);
    return load_mask(g, g->exec);
}

static void gen_varying_if(Gen *g, IrInst *in) {
    LLVMBuilderRef b = g->cg->b;
    LLVMValueRef cond = g->temps[in->args[0]], entry = load_mask(g, g->exec);
    int exits = g->masked_exits;
    g->cnt++;
    LLVMValueRef t = gen_masked_arm(g, in->then_blk, entry, cond);
    LLVMValueRef e = gen_masked_arm(g, in->else_blk, entry, LLVMBuildNot(b, cond, ""));
    g->cnt--;
    store(g, g->exec, LLVMBuildOr(b, t, e, ""));
    if (g->masked_exits != exits) skip_if_empty(g);
}

static void gen_uniform_loop(Gen *g, IrInst *in) {
    Codegen *cg = g->cg;
    LLVMBasicBlockRef body = cg_new_bb(cg, "loop"), cont = cg_new_bb(cg, "continue"), exit = cg_new_bb(cg, "endloop");
    g->cont_bb[in->label] = cont;
    g->exit_bb[in->label] = exit;
    LLVMBuildBr(cg->b, body);
    LLVMPositionBuilderAtEnd(cg->b, body);
    gen_block(g, in->body_blk);
    cg_br_if_open(cg, cont);
    LLVMPositionBuilderAtEnd(cg->b, cont);
    if (in->cont_blk) gen_block(g, in->cont_blk);
    cg_br_if_open(cg, body);
    LLVMPositionBuilderAtEnd(cg->b, exit);
}

/* A loop that lanes leave at different times: it runs while a lane is in
 * it; after it, exec is the lanes that broke out. */
static void gen_divergent_loop(Gen *g, IrInst *in) {
    Codegen *cg = g->cg;
    LLVMTypeRef mt = mask_type(g);
    int L = in->label;
    g->brk[L] = cg_entry_alloca(cg, mt, "brk");
    g->cont[L] = cg_entry_alloca(cg, mt, "cont");
    store(g, g->brk[L], LLVMConstNull(mt));
    LLVMBasicBlockRef head = cg_new_bb(cg, "lanes.loop"), latch = cg_new_bb(cg, "lanes.latch");
    LLVMBasicBlockRef test = cg_new_bb(cg, "lanes.test"), exit = cg_new_bb(cg, "lanes.endloop");
    LLVMBasicBlockRef outer = g->skip;
    LLVMBuildBr(cg->b, head);
    LLVMPositionBuilderAtEnd(cg->b, head);
    store(g, g->cont[L], LLVMConstNull(mt));
    g->cnt++;
    g->skip = latch;
    gen_block(g, in->body_blk);
    cg_br_if_open(cg, latch);
    LLVMPositionBuilderAtEnd(cg->b, latch);
    store(g, g->exec, LLVMBuildOr(cg->b, load_mask(g, g->exec), load_mask(g, g->cont[L]), ""));
    g->skip = test;
    if (in->cont_blk) gen_block(g, in->cont_blk);
    cg_br_if_open(cg, test);
    LLVMPositionBuilderAtEnd(cg->b, test);
    LLVMBuildCondBr(cg->b, any_lane(g, load_mask(g, g->exec)), head, exit);
    g->cnt--;
    g->skip = outer;
    LLVMPositionBuilderAtEnd(cg->b, exit);
    store(g, g->exec, load_mask(g, g->brk[L]));
    skip_if_empty(g);
}

static void gen_labeled_block(Gen *g, IrInst *in) {
    Codegen *cg = g->cg;
    int L = in->label;
    LLVMBasicBlockRef exit = cg_new_bb(cg, "endblock");
    if (!g->u->div_label[L]) {
        g->exit_bb[L] = exit;
        gen_block(g, in->body_blk);
        cg_br_if_open(cg, exit);
        LLVMPositionBuilderAtEnd(cg->b, exit);
        return;
    }
    LLVMTypeRef mt = mask_type(g);
    g->brk[L] = cg_entry_alloca(cg, mt, "brk");
    store(g, g->brk[L], LLVMConstNull(mt));
    LLVMBasicBlockRef outer = g->skip;
    g->cnt++;
    g->skip = exit;
    gen_block(g, in->body_blk);
    cg_br_if_open(cg, exit);
    g->cnt--;
    g->skip = outer;
    LLVMPositionBuilderAtEnd(cg->b, exit);
    store(g, g->exec, LLVMBuildOr(cg->b, load_mask(g, g->exec), load_mask(g, g->brk[L]), ""));
    skip_if_empty(g);
}

/* A switch on an int key (arms fall through, a break leaves).  A uniform
 * key: one LLVM switch, as the scalar code (a break under varying control
 * moves lanes into brk, as a divergent BLOCK's).  A varying key: the arms
 * in order, arm i under the lanes whose key it matches (the default's: the
 * lanes no arm matches) and those that fell out of arm i - 1; after the
 * switch, the lanes that fell out of the last arm, broke, or (without a
 * default) matched nothing. */
static void gen_switch(Gen *g, IrInst *in) {
    Codegen *cg = g->cg;
    LLVMBuilderRef b = cg->b;
    int L = in->label;
    bool varying = g->u->vtemp[in->args[0]], divergent = g->u->div_label[L];
    LLVMTypeRef mt = mask_type(g);
    LLVMBasicBlockRef exit = cg_new_bb(cg, "lanes.endswitch"), outer = g->skip;
    LLVMValueRef key = g->temps[in->args[0]], entry = load_mask(g, g->exec);
    g->exit_bb[L] = exit;
    if (divergent) {
        g->brk[L] = cg_entry_alloca(cg, mt, "brk");
        store(g, g->brk[L], LLVMConstNull(mt));
    }
    if (!varying) {
        LLVMBasicBlockRef *arm_bb = xalloc(sizeof(LLVMBasicBlockRef) * (size_t)(in->narms + 1)), deflt = exit;
        for (int i = 0; i < in->narms; i++) {
            arm_bb[i] = cg_new_bb(cg, "lanes.case");
            if (in->arms[i].is_default) deflt = arm_bb[i];
        }
        arm_bb[in->narms] = exit;
        LLVMValueRef sw = LLVMBuildSwitch(b, key, deflt, (unsigned)in->narms);
        for (int i = 0; i < in->narms; i++)
            for (int j = 0; j < in->arms[i].nvalues; j++) LLVMAddCase(sw, cg_i32c(cg, in->arms[i].values[j]), arm_bb[i]);
        g->cnt += divergent;
        g->skip = exit;
        for (int i = 0; i < in->narms; i++) {
            LLVMPositionBuilderAtEnd(b, arm_bb[i]);
            gen_block(g, in->arms[i].body);
            cg_br_if_open(cg, arm_bb[i + 1]);
        }
        g->cnt -= divergent;
        g->skip = outer;
        LLVMPositionBuilderAtEnd(b, exit);
        if (!divergent) return;
        store(g, g->exec, LLVMBuildOr(b, load_mask(g, g->exec), load_mask(g, g->brk[L]), ""));
        skip_if_empty(g);
        return;
    }
    LLVMValueRef *match = xalloc(sizeof(LLVMValueRef) * (size_t)(in->narms + 1)), matched = LLVMConstNull(mt);
    bool has_default = false;
    for (int i = 0; i < in->narms; i++) {
        match[i] = LLVMConstNull(mt);
        for (int j = 0; j < in->arms[i].nvalues; j++) {
            LLVMValueRef value = splat(g, cg_i32c(cg, in->arms[i].values[j]));
            match[i] = LLVMBuildOr(b, match[i], LLVMBuildICmp(b, LLVMIntEQ, key, value, ""), "");
        }
        matched = LLVMBuildOr(b, matched, match[i], "");
        has_default |= in->arms[i].is_default;
    }
    LLVMValueRef unmatched = LLVMBuildAnd(b, entry, LLVMBuildNot(b, matched, ""), ""), fell = LLVMConstNull(mt);
    g->cnt++;
    for (int i = 0; i < in->narms; i++) {
        LLVMValueRef lanes = in->arms[i].is_default ? unmatched : LLVMBuildAnd(b, entry, match[i], "");
        fell = gen_masked_arm(g, in->arms[i].body, LLVMBuildOr(b, lanes, fell, ""), LLVMConstAllOnes(mt));
    }
    g->cnt--;
    if (!has_default) fell = LLVMBuildOr(b, fell, unmatched, "");
    if (divergent) fell = LLVMBuildOr(b, fell, load_mask(g, g->brk[L]), "");
    store(g, g->exec, fell);
    cg_br_if_open(cg, exit);
    LLVMPositionBuilderAtEnd(b, exit);
    skip_if_empty(g);
}

/* The lanes computing leave for `slot` (a break or continue mask, or the
 * result): exec empties, and code goes on at skip. */
static void masked_exit(Gen *g, LLVMValueRef slot) {
    LLVMBuilderRef b = g->cg->b;
    if (slot) store(g, slot, LLVMBuildOr(b, load_mask(g, slot), load_mask(g, g->exec), ""));
    store(g, g->exec, LLVMConstNull(mask_type(g)));
    g->masked_exits++;
    LLVMBuildBr(b, g->skip);
    cg_start_dead_block(g->cg);
}

static void jump(Gen *g, LLVMBasicBlockRef to) {
    LLVMBuildBr(g->cg->b, to);
    cg_start_dead_block(g->cg);
}

static void gen_return(Gen *g, IrInst *in) {
    LLVMBuilderRef b = g->cg->b;
    if (in->nargs) {
        LLVMValueRef v = arg(g, in, 0, g->ret_varying);
        if (g->u->varying_return) v = blend(g, load_mask(g, g->exec), v, LLVMBuildLoad2(b, LLVMTypeOf(v), g->ret_val, ""));
        store(g, g->ret_val, v);
    }
    if (g->cnt == 0) jump(g, g->ret_bb);
    else masked_exit(g, NULL);
}

static void gen_store_local(Gen *g, IrInst *in) {
    LLVMBuilderRef b = g->cg->b;
    IrLocal *l = in->local;
    bool varying = g->u->vlocal[l->id];
    LLVMValueRef v = arg(g, in, 0, varying);
    if (varying && g->cnt > 0) v = blend(g, load_mask(g, g->exec), v, LLVMBuildLoad2(b, LLVMTypeOf(v), g->locals[l->id], ""));
    store(g, g->locals[l->id], v);
}

static LLVMTypeRef local_type(Gen *g, IrLocal *l) {
    return g->u->vlocal[l->id] ? vary_type(g, l->ty) : cg_value_type(g->cg, l->ty);
}

/* A field of a value (a struct of vectors when varying). */
static LLVMValueRef load_field(Gen *g, IrInst *in, bool varying) {
    LLVMBuilderRef b = g->cg->b;
    LLVMValueRef f = LLVMBuildExtractValue(b, arg(g, in, 0, varying), (unsigned)in->field->index, "");
    if (in->ty != ty_boolean) return f;
    return LLVMBuildICmp(b, LLVMIntNE, f, LLVMConstNull(LLVMTypeOf(f)), "");
}

static LLVMValueRef with_field(Gen *g, IrInst *in, bool varying) {
    LLVMBuilderRef b = g->cg->b;
    LLVMValueRef f = arg(g, in, 1, varying);
    if (in->field->ty == ty_boolean) f = LLVMBuildZExt(b, f, cg_shaped_like(LLVMTypeOf(f), LLVMInt8TypeInContext(g->cg->ctx)), "");
    return LLVMBuildInsertValue(b, arg(g, in, 0, varying), f, (unsigned)in->field->index, "");
}

static LLVMValueRef gen_call(Gen *g, IrInst *in);

/* ------------------------------------------------------------ loop versioning */

/* x widened to i64 (a vector of them when varying): int values sign-extended. */
static LLVMValueRef rx_long(Gen *g, LLVMValueRef x) {
    LLVMTypeRef i64 = LLVMInt64TypeInContext(g->cg->ctx), t = LLVMTypeOf(x);
    LLVMTypeRef e = LLVMGetTypeKind(t) == LLVMVectorTypeKind ? LLVMGetElementType(t) : t;
    return e == i64 ? x : LLVMBuildSExt(g->cg->b, x, cg_shaped_like(t, i64), "");
}

static LLVMValueRef rx_array(Gen *g, RangeExpr *r, Type **ty) {
    if (r->op == RX_TEMP) {
        *ty = g->temp_types[r->temp];
        return g->temps[r->temp];
    }
    LIME_ASSERT(r->op == RX_LOCAL);
    *ty = r->local->ty;
    return LLVMBuildLoad2(g->cg->b, local_type(g, r->local), g->locals[r->local->id], "");
}

/* bounds.c's RangeExpr (see ir.h): values as i64 (int operations wrap in
 * 32 bits), conditions as i1; a vector where a lane's local or temp varies. */
static LLVMValueRef rx_value(Gen *g, RangeExpr *r) {
    Codegen *cg = g->cg;
    LLVMBuilderRef b = cg->b;
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    Type *ty;
    switch (r->op) {
    case RX_CONST: return cg_i64c(cg, r->ival);
    case RX_TEMP: case RX_LOCAL: return rx_long(g, rx_array(g, r, &ty));
    case RX_LEN: {
        LLVMValueRef arr = rx_array(g, r->a, &ty);
        return rx_long(g, cg_length_of(cg, arr, ty));
    }
    default: break;
    }
    LLVMValueRef x = rx_value(g, r->a), y = rx_value(g, r->b);
    if (is_varying_value(x) || is_varying_value(y)) {
        x = splat(g, x);
        y = splat(g, y);
    }
    LLVMTypeRef t = LLVMTypeOf(x), narrow = cg_shaped_like(t, i32);
    switch (r->op) {
    case RX_ADD: case RX_SUB: case RX_MUL: {
        LLVMValueRef a = LLVMBuildTrunc(b, x, narrow, ""), c = LLVMBuildTrunc(b, y, narrow, "");
        LLVMValueRef v = r->op == RX_ADD ? LLVMBuildAdd(b, a, c, "") : r->op == RX_SUB ? LLVMBuildSub(b, a, c, "") : LLVMBuildMul(b, a, c, "");
        return LLVMBuildSExt(b, v, t, "");
    }
    case RX_LADD: return LLVMBuildAdd(b, x, y, "");
    case RX_LSUB: return LLVMBuildSub(b, x, y, "");
    case RX_LMUL: return LLVMBuildMul(b, x, y, "");
    case RX_LT: return LLVMBuildICmp(b, LLVMIntSLT, x, y, "");
    case RX_LE: return LLVMBuildICmp(b, LLVMIntSLE, x, y, "");
    case RX_AND: return LLVMBuildAnd(b, x, y, "");
    case RX_OR: return LLVMBuildOr(b, x, y, "");
    default: LIME_UNREACHABLE();
    }
}

static void gen_loop_once(Gen *g, IrInst *in) {
    if (g->u->div_label[in->label]) gen_divergent_loop(g, in);
    else gen_uniform_loop(g, in);
}

/* A loop that bounds.c versioned: when its version_cond holds in every lane
 * computing (lanes not computing never fail a check), a copy without the
 * checks it proves, else the loop as it is (as the GPU's kernel.c does). */
static void gen_loop(Gen *g, IrInst *in) {
    Codegen *cg = g->cg;
    if (!in->version_cond || g->fast[in->label]) {
        gen_loop_once(g, in);
        return;
    }
    LLVMValueRef holds = rx_value(g, in->version_cond);
    if (is_varying_value(holds)) holds = all_of(g, LLVMBuildOr(cg->b, holds, LLVMBuildNot(cg->b, load_mask(g, g->exec), ""), ""));
    LLVMBasicBlockRef fast = cg_new_bb(cg, "lanes.versioned"), plain = cg_new_bb(cg, "lanes.checked");
    LLVMBasicBlockRef join = cg_new_bb(cg, "lanes.endversions");
    LLVMBuildCondBr(cg->b, holds, fast, plain);
    LLVMPositionBuilderAtEnd(cg->b, fast);
    g->fast[in->label] = true;
    gen_loop_once(g, in);
    g->fast[in->label] = false;
    cg_br_if_open(cg, join);
    LLVMPositionBuilderAtEnd(cg->b, plain);
    gen_loop_once(g, in);
    cg_br_if_open(cg, join);
    LLVMPositionBuilderAtEnd(cg->b, join);
}

/* The runtime's lane-vector routine of a Math member (runtime/vmath.c:
 * lime_vmath_NAME_W on W doubles in memory, in place, each lane the bits
 * of the scalar routine), or NULL: exp, log, sin and cos. */
const char *cg_lanes_vector_math(const Builtin *b) {
    static const char *const names[] = {"exp", "log", "sin", "cos", NULL};
    if (strcmp(b->owner, "Math") || !(b->flags & BI_STATIC)) return NULL;
    for (int i = 0; names[i]; i++)
        if (!strcmp(b->name, names[i])) return names[i];
    return NULL;
}

/* --explain's note on the runtime's Math calls in a body run in lanes
 * (cg_lanes_math_note): which have a vector routine, which are called
 * once per lane (where their arguments vary), each named once. */
typedef struct MathNote {
    char vec[160], lane[160];
} MathNote;

static void note_name(char *buf, size_t size, const Builtin *b) {
    char name[64];
    snprintf(name, sizeof name, "%s.%s", b->owner, b->name);
    for (const char *p = buf; (p = strstr(p, name)); p += strlen(name))
        if ((p == buf || p[-1] == ' ') && (p[strlen(name)] == ',' || !p[strlen(name)])) return;
    size_t len = strlen(buf);
    snprintf(buf + len, size - len, "%s%s", len ? ", " : "", name);
}

static void math_note_visit(IrInst *in, void *ctx) {
    MathNote *n = ctx;
    if (in->op == IR_CALL && in->callee->body) ir_walk(in->callee->body, math_note_visit, n);
    if (in->op != IR_CALL_BUILTIN || !cg_math_lanewise(in->builtin)) return;
    if (cg_lanes_vector_math(in->builtin)) note_name(n->vec, sizeof n->vec, in->builtin);
    else note_name(n->lane, sizeof n->lane, in->builtin);
}

const char *cg_lanes_math_note(IrTask *t) {
    MathNote n = {{0}, {0}};
    ir_walk(t->func->body, math_note_visit, &n);
    if (!n.vec[0] && !n.lane[0]) return "";
    return xprintf("; %s%s%s%s%s", n.vec, n.vec[0] ? " in vector form" : "", n.vec[0] && n.lane[0] ? "; " : "", n.lane,
                   n.lane[0] ? " a call per lane" : "");
}

/* A Math member the runtime computes (cg_math_lanewise) on varying
 * arguments: its vector routine on the whole lane vector where it has one
 * (cg_lanes_vector_math), otherwise one scalar call per lane; in every
 * lane either way (it is pure and never throws, so the lanes not
 * computing may run it too); with uniform arguments, one call. */
static LLVMValueRef lanewise_call(Gen *g, IrInst *in, bool varying) {
    Codegen *cg = g->cg;
    LLVMValueRef given[4], args[4];
    Type *types[4];
    LIME_ASSERT(in->nargs <= 4);
    for (int k = 0; k < in->nargs; k++) {
        types[k] = arg_type(g, in, k);
        given[k] = arg(g, in, k, false);
    }
    if (!varying) return cg_builtin_call(cg, in->builtin, given, types, in->nargs);
    const char *vname = cg_lanes_vector_math(in->builtin);
    if (vname && in->nargs == 1 && is_varying_value(given[0])) {
        LLVMValueRef slot = cg_entry_alloca(cg, LLVMTypeOf(given[0]), "vmath");
        LLVMBuildStore(cg->b, given[0], slot);
        /* the runtime's routines take 4, 8 or 16 lanes: wider vectors in runs of 16 */
        unsigned run = g->W < 16 ? g->W : 16;
        char name[48];
        snprintf(name, sizeof name, "lime_vmath_%s_%u", vname, run);
        LLVMTypeRef elem = LLVMGetElementType(LLVMTypeOf(given[0]));
        for (unsigned at = 0; at < g->W; at += run) {
            LLVMValueRef idx = cg_i64c(cg, at);
            LLVMValueRef part = LLVMBuildInBoundsGEP2(cg->b, elem, slot, &idx, 1, "");
            cg_call_rt(cg, name, LLVMVoidTypeInContext(cg->ctx), &part, 1, false);
        }
        return LLVMBuildLoad2(cg->b, LLVMTypeOf(given[0]), slot, "");
    }
    LLVMValueRef r = LLVMGetUndef(vec_of(g, cg_value_type(cg, in->ty)));
    for (unsigned lane = 0; lane < g->W; lane++) {
        LLVMValueRef index = LLVMConstInt(LLVMInt32TypeInContext(cg->ctx), lane, false);
        for (int k = 0; k < in->nargs; k++)
            args[k] = is_varying_value(given[k]) ? LLVMBuildExtractElement(cg->b, given[k], index, "") : given[k];
        r = LLVMBuildInsertElement(cg->b, r, cg_builtin_call(cg, in->builtin, args, types, in->nargs), index, "");
    }
    return r;
}

static LLVMValueRef gen_inst(Gen *g, IrInst *in) {
    Codegen *cg = g->cg;
    bool v = in->dst >= 0 && g->u->vtemp[in->dst];
    switch (in->op) {
    case IR_CONST: return lane_constant(g, in);
    case IR_LOAD_LOCAL: return LLVMBuildLoad2(cg->b, local_type(g, in->local), g->locals[in->local->id], "");
    case IR_STORE_LOCAL: gen_store_local(g, in); return NULL;
    case IR_ARRAY_LEN: return cg_length_of(cg, g->temps[in->args[0]], arg_type(g, in, 0));
    case IR_CHECK_NULL:
        if (arg_type(g, in, 0)->kind != TY_VALUE_ARRAY) fail_if(g, LLVMBuildIsNull(cg->b, g->temps[in->args[0]], ""));
        return g->temps[in->args[0]];
    case IR_CHECK_BOUNDS: return check_bounds(g, in);
    case IR_CHECK_DIV: return check_div(g, in);
    case IR_ARRAY_LOAD: return array_load(g, in, v);
    case IR_CALL_BUILTIN: {
        if (!cg_math_inlines(in->builtin)) return lanewise_call(g, in, v);
        LLVMValueRef args[2];
        for (int i = 0; i < in->nargs && i < 2; i++) args[i] = arg(g, in, i, v);
        return cg_math_inline(cg, in->builtin, args);
    }
    case IR_IF:
        if (g->u->vtemp[in->args[0]]) gen_varying_if(g, in);
        else gen_uniform_if(g, in);
        return NULL;
    case IR_LOOP:
        gen_loop(g, in);
        return NULL;
    case IR_BLOCK: gen_labeled_block(g, in); return NULL;
    case IR_SWITCH: gen_switch(g, in); return NULL;
    case IR_BREAK:
        if (g->u->div_label[in->label]) masked_exit(g, g->brk[in->label]);
        else jump(g, g->exit_bb[in->label]);
        return NULL;
    case IR_CONTINUE:
        if (g->u->div_label[in->label]) masked_exit(g, g->cont[in->label]);
        else jump(g, g->cont_bb[in->label]);
        return NULL;
    case IR_RETURN: gen_return(g, in); return NULL;
    case IR_LOAD_FIELD: return load_field(g, in, v);
    case IR_WITH_FIELD: return with_field(g, in, v);
    case IR_CALL: return gen_call(g, in);
    default: return arith(g, in, v);
    }
}

/* Records an int sum of a uniform and a varying value (see index_uniform);
 * a bounds check passes its index's parts on. */
static void note_index_parts(Gen *g, IrInst *in) {
    if (in->op == IR_CHECK_BOUNDS) {
        g->index_uniform[in->dst] = g->index_uniform[in->args[1]];
        g->index_varying[in->dst] = g->index_varying[in->args[1]];
        return;
    }
    if (in->op != IR_ADD || in->ty != ty_int || !g->u->vtemp[in->dst]) return;
    for (int k = 0; k < 2; k++)
        if (!g->u->vtemp[in->args[k]] && g->u->vtemp[in->args[1 - k]]) {
            g->index_uniform[in->dst] = g->temps[in->args[k]];
            g->index_varying[in->dst] = g->temps[in->args[1 - k]];
        }
}

static void gen_block(Gen *g, IrBlock *b) {
    for (int i = 0; i < b->len; i++) {
        IrInst *in = b->insts[i];
        LLVMValueRef v = gen_inst(g, in);
        if (in->dst >= 0) {
            g->temps[in->dst] = v;
            g->temp_types[in->dst] = in->ty;
            note_index_parts(g, in);
        }
    }
}

/* ------------------------------------------------------------ the chunk function */

/* W value-class elements of array arr from element c on, as a struct of
 * vectors: field by field, lane by lane (LLVM turns the loads of one field
 * at a constant stride into shuffles of wide loads where it pays). */
static LLVMValueRef load_struct_lanes(Gen *g, LLVMValueRef arr, LLVMValueRef c, Type *elem) {
    Codegen *cg = g->cg;
    LLVMTypeRef st = cg_value_type(cg, elem);
    LLVMValueRef base = cg_element_address(cg, arr, c, elem), r = LLVMGetUndef(vary_type(g, elem));
    for (unsigned f = 0; f < LLVMCountStructElementTypes(st); f++) {
        LLVMTypeRef ft = LLVMStructGetTypeAtIndex(st, f);
        LLVMValueRef v = LLVMGetUndef(vec_of(g, ft));
        for (unsigned l = 0; l < g->W; l++) {
            LLVMValueRef idx[2] = {cg_i64c(cg, l), cg_i32c(cg, f)};
            LLVMValueRef x = LLVMBuildLoad2(cg->b, ft, LLVMBuildInBoundsGEP2(cg->b, st, base, idx, 2, ""), "");
            v = LLVMBuildInsertElement(cg->b, v, x, cg_i32c(cg, l), "");
        }
        r = LLVMBuildInsertValue(cg->b, r, v, f, "");
    }
    return r;
}

/* W elements of array arr from element c on (a vector load). */
static LLVMValueRef load_lanes(Gen *g, LLVMValueRef arr, LLVMValueRef c, Type *elem) {
    Codegen *cg = g->cg;
    if (lane_struct(elem)) return load_struct_lanes(g, arr, c, elem);
    LLVMTypeRef vt = vec_of(g, cg_mem_type(cg, elem));
    LLVMValueRef v = LLVMBuildLoad2(cg->b, vt, cg_element_address(cg, arr, c, elem), "");
    LLVMSetAlignment(v, (unsigned)cg_elem_size(cg, elem));
    if (elem == ty_boolean) v = LLVMBuildICmp(cg->b, LLVMIntNE, v, LLVMConstNull(vt), "");
    return v;
}

/* The body's locals for the chunk at c: parameters from the operands
 * (mapped ones: W elements, converted as cg_map_value converts one), the
 * others zero, as gen_function starts them. */
static void start_locals(Gen *g, IrTask *t, CgOperands *o, LLVMValueRef *ops, LLVMValueRef c) {
    Codegen *cg = g->cg;
    for (int i = 0; i < g->f->locals.len; i++) {
        IrLocal *l = g->f->locals.items[i];
        LLVMValueRef v = LLVMConstNull(local_type(g, l));
        if (i < t->nargs && t->mapped[i]) {
            Type *elem = o->types[i]->elem;
            v = load_lanes(g, ops[i], c, elem);
            if (!lane_struct(elem)) v = cg_convert(cg, v, elem, t->param[i]);
        } else if (i < t->nargs) v = ops[i];
        store(g, g->locals[i], v);
    }
}

/* A frame for f's body, its parameters varying as vary says; shared with
 * outer (NULL: the map's body) the mask and where a failed check goes. */
static Gen *new_frame(Codegen *cg, Gen *outer, IrFunc *f, const bool *vary, unsigned width) {
    Gen *g = xalloc(sizeof *g);
    g->cg = cg;
    g->f = f;
    g->u = uniformity_of(f, vary);
    g->W = outer ? outer->W : width;
    g->temps = xalloc(sizeof(LLVMValueRef) * (size_t)(f->ntemps + 1));
    g->temp_types = xalloc(sizeof(Type *) * (size_t)(f->ntemps + 1));
    g->index_uniform = xalloc(sizeof(LLVMValueRef) * (size_t)(f->ntemps + 1));
    g->index_varying = xalloc(sizeof(LLVMValueRef) * (size_t)(f->ntemps + 1));
    g->locals = xalloc(sizeof(LLVMValueRef) * (size_t)(f->locals.len + 1));
    size_t nl = (size_t)(f->nlabels + 1);
    g->brk = xalloc(sizeof(LLVMValueRef) * nl);
    g->cont = xalloc(sizeof(LLVMValueRef) * nl);
    g->fast = xalloc(sizeof(bool) * nl);
    g->exit_bb = xalloc(sizeof(LLVMBasicBlockRef) * nl);
    g->cont_bb = xalloc(sizeof(LLVMBasicBlockRef) * nl);
    g->exec = outer ? outer->exec : cg_entry_alloca(cg, mask_type(g), "exec");
    g->fail = outer ? outer->fail : NULL;
    for (int i = 0; i < f->locals.len; i++) g->locals[i] = cg_entry_alloca(cg, local_type(g, f->locals.items[i]), "lane");
    g->ret_bb = cg_new_bb(cg, "lanes.return");
    g->skip = g->ret_bb;
    return g;
}

/* The frame's result slot: varying or not. */
static void make_result(Gen *g, bool varying) {
    g->ret_varying = varying;
    if (g->f->ret != ty_void)
        g->ret_val = cg_entry_alloca(g->cg, varying ? vary_type(g, g->f->ret) : cg_value_type(g->cg, g->f->ret), "result");
}

/* A call of a user function, inlined: its body in a frame of its own
 * under the caller's mask; after it, every lane that called is back in exec. */
static LLVMValueRef gen_call(Gen *g, IrInst *in) {
    Codegen *cg = g->cg;
    IrFunc *f = in->callee;
    bool *vary = xalloc(sizeof(bool) * (size_t)(f->nparams + 1));
    bool any = false;
    for (int k = 0; k < f->nparams; k++) any |= vary[k] = g->u->vtemp[in->args[k]];
    Gen *c = new_frame(cg, g, f, vary, g->W);
    make_result(c, any);
    LLVMValueRef entry = load_mask(g, g->exec);
    for (int i = 0; i < f->locals.len; i++) {
        IrLocal *l = f->locals.items[i];
        store(c, c->locals[i], i < f->nparams ? arg(g, in, i, c->u->vlocal[i]) : LLVMConstNull(local_type(c, l)));
    }
    gen_block(c, f->body);
    cg_br_if_open(cg, c->ret_bb);
    LLVMPositionBuilderAtEnd(cg->b, c->ret_bb);
    store(g, g->exec, entry);
    if (f->ret == ty_void) return NULL;
    return LLVMBuildLoad2(cg->b, any ? vary_type(c, f->ret) : cg_value_type(cg, f->ret), c->ret_val, "");
}

/* The map body's results into dst (W elements of type out: a vector
 * store, or a value class's fields lane by lane). */
static void store_results(Gen *g, Type *out, LLVMValueRef v, LLVMValueRef dst) {
    Codegen *cg = g->cg;
    if (!lane_struct(out)) {
        if (out == ty_boolean) v = LLVMBuildZExt(cg->b, v, vec_of(g, cg_mem_type(cg, out)), "");
        LLVMSetAlignment(LLVMBuildStore(cg->b, v, dst), (unsigned)cg_elem_size(cg, out));
        return;
    }
    LLVMTypeRef st = cg_value_type(cg, out);
    unsigned n = LLVMCountStructElementTypes(st);
    for (unsigned f = 0; f < n; f++) {
        LLVMValueRef field = LLVMBuildExtractValue(cg->b, v, f, "");
        for (unsigned l = 0; l < g->W; l++) {
            LLVMValueRef idx[2] = {cg_i64c(cg, l), cg_i32c(cg, f)};
            LLVMValueRef at = LLVMBuildInBoundsGEP2(cg->b, st, dst, idx, 2, "");
            LLVMBuildStore(cg->b, LLVMBuildExtractElement(cg->b, field, cg_i32c(cg, l), ""), at);
        }
    }
}

/* bool values(i64 c, ptr dst, operands...): t's values of elements
 * [c, c + W) into dst[0, W); false (nothing stored) when a check fails in
 * a lane.  The operands are passed as values (the caller loads them from
 * its environment once, not once per run of W: the stores in between
 * might alias it for all LLVM knows). */
static LLVMValueRef values_fn(Codegen *cg, IrTask *t, CgOperands *o, LLVMValueRef *ops, unsigned width) {
    LLVMTypeRef *params = xalloc(sizeof(LLVMTypeRef) * (size_t)(t->nargs + 2));
    params[0] = cg_i64t(cg);
    params[1] = cg_ptr_type(cg);
    for (int k = 0; k < t->nargs; k++) params[2 + k] = LLVMTypeOf(ops[k]);
    LLVMTypeRef i1 = LLVMInt1TypeInContext(cg->ctx);
    CgSaved saved;
    LLVMValueRef fn = cg_begin_helper(cg, xprintf("lime.task%d.lanes", t->id), i1, params, t->nargs + 2, &saved);
    LLVMValueRef c = LLVMGetParam(fn, 0), dst = LLVMGetParam(fn, 1);
    LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (size_t)(t->nargs + 1));
    for (int k = 0; k < t->nargs; k++) args[k] = LLVMGetParam(fn, (unsigned)(2 + k));
    Gen *g = new_frame(cg, NULL, t->func, t->mapped, width);
    make_result(g, true);
    g->fail = cg_new_bb(cg, "lanes.failed");
    start_locals(g, t, o, args, c);
    store(g, g->exec, all_lanes(g));
    gen_block(g, g->f->body);
    cg_br_if_open(cg, g->ret_bb);
    LLVMPositionBuilderAtEnd(cg->b, g->ret_bb);
    store_results(g, t->out, LLVMBuildLoad2(cg->b, vary_type(g, g->f->ret), g->ret_val, ""), dst);
    LLVMBuildRet(cg->b, LLVMConstInt(i1, 1, false));
    LLVMPositionBuilderAtEnd(cg->b, g->fail);
    LLVMBuildRet(cg->b, LLVMConstInt(i1, 0, false));
    cg_end_helper(cg, &saved);
    return fn;
}

static LLVMValueRef call_values(Codegen *cg, LLVMValueRef fn, LLVMValueRef c, LLVMValueRef dst, LLVMValueRef *ops, int n) {
    LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (size_t)(n + 2));
    args[0] = c;
    args[1] = dst;
    for (int k = 0; k < n; k++) args[2 + k] = ops[k];
    return cg_call_fn(cg, fn, args, n + 2);
}

void cg_lanes_run(Codegen *cg, IrTask *t, CgOperands *o, LanesRun *r, LLVMValueRef from, LLVMValueRef to) {
    LLVMTypeRef i64 = cg_i64t(cg);
    LLVMValueRef *ops = cg_env_operands(cg, t, r->env_ty, r->env, r->first);
    LLVMValueRef *pops = r->p ? cg_env_operands(cg, r->p, r->env_ty, r->env, r->p_first) : NULL;
    unsigned width = (unsigned)cg_lanes_width_of(t, r->p);
    LLVMValueRef fn = values_fn(cg, t, o, ops, width), pfn = r->p ? values_fn(cg, r->p, r->po, pops, width) : NULL;
    LLVMValueRef W = LLVMConstInt(i64, width, false);
    LLVMBasicBlockRef entry = LLVMGetInsertBlock(cg->b), head = cg_new_bb(cg, "lanes.chunk");
    LLVMBasicBlockRef body = cg_new_bb(cg, "lanes.body"), redo = cg_new_bb(cg, "lanes.scalar");
    LLVMBasicBlockRef next = cg_new_bb(cg, "lanes.next"), tail = cg_new_bb(cg, "lanes.tail");
    /* LIME_SIMD=0: all of it element by element */
    LLVMValueRef on = cg_call_rt(cg, "lime_simd_enabled", LLVMInt32TypeInContext(cg->ctx), NULL, 0, false);
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, on, cg_i32c(cg, 0), ""), head, tail);
    LLVMPositionBuilderAtEnd(cg->b, head);
    LLVMValueRef c = LLVMBuildPhi(cg->b, i64, "c");
    LLVMValueRef c_end = LLVMBuildAdd(cg->b, c, W, "");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLE, c_end, to, ""), body, tail);
    LLVMPositionBuilderAtEnd(cg->b, body);
    if (r->p) {
        LLVMValueRef at = LLVMBuildInBoundsGEP2(cg->b, cg_mem_type(cg, r->p->out), r->p_out, &c, 1, "");
        LLVMBasicBlockRef then = cg_new_bb(cg, "lanes.consumer");
        LLVMBuildCondBr(cg->b, call_values(cg, pfn, c, at, pops, r->p->nargs), then, redo);
        LLVMPositionBuilderAtEnd(cg->b, then);
    }
    LLVMValueRef off = LLVMBuildSub(cg->b, c, r->dst_origin, "");
    LLVMValueRef at = LLVMBuildInBoundsGEP2(cg->b, cg_mem_type(cg, t->out), r->dst, &off, 1, "");
    LLVMBuildCondBr(cg->b, call_values(cg, fn, c, at, ops, t->nargs), next, redo);
    /* a check failed in a lane: these W again element by element (the lowest failing one throws) */
    LLVMPositionBuilderAtEnd(cg->b, redo);
    r->scalar(cg, r->ctx, c, c_end);
    LLVMBuildBr(cg->b, next);
    LLVMPositionBuilderAtEnd(cg->b, next);
    LLVMBuildBr(cg->b, head);
    LLVMValueRef c_in[2] = {from, c_end};
    LLVMBasicBlockRef c_bb[2] = {entry, next};
    LLVMAddIncoming(c, c_in, c_bb, 2);
    /* the tail: fewer than W elements */
    LLVMPositionBuilderAtEnd(cg->b, tail);
    LLVMValueRef rest = LLVMBuildPhi(cg->b, i64, "rest");
    LLVMValueRef rest_in[2] = {from, c};
    LLVMBasicBlockRef rest_bb[2] = {entry, head};
    LLVMAddIncoming(rest, rest_in, rest_bb, 2);
    r->scalar(cg, r->ctx, rest, to);
}
