/* accept.c: which tasks the GPU backend takes.
 *
 * A task is accepted when OpenCL C can compute exactly what the JVM would:
 * a map or reduce over primitive elements whose body (and everything it
 * calls) uses only primitive arithmetic, comparisons, conversions, control
 * flow, calls to other such functions, and the library members whose
 * OpenCL versions are bit-exact (members.c: gpu_builtin_ok).  Everything
 * else is rejected with the construct and its line: strings, allocation
 * (but a function's own small arrays: arrays.c), array stores (but into
 * those), objects (but those of the program's immutable classes made in the
 * body: object_class_why_not), static fields (but the primitive ones a map
 * reads: src/statics.c), recursion, I/O, value classes made of anything
 * else.  Of a stream graph it takes the runs of stateless filters (each a
 * fused map task) and the windowed stateful filters that run as maps
 * (src/window.c: FilterWindow.mapped; each a map over its items), where
 * running the graph in segments keeps Java's order (below); other stateful
 * filters and sinks stay on the CPU.  A graph whose filters before the
 * sink are all of those two kinds is ONE kernel: its stream task
 * (chain_ok), which then covers them. */
#include "gpu.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static bool reject(Reason *why, Loc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why->text, sizeof why->text, fmt, ap);
    va_end(ap);
    why->loc = loc;
    return false;
}

/* Primitives, value classes made of them (OpenCL structs), value arrays
 * of those and mutable arrays of primitives (a buffer and its length,
 * read-only: block_ok rejects every array store, and the host passes a
 * mutable array operand as a copy made at the call, backends/cpu/offload.c,
 * so what the kernel reads is what the body would read on the CPU). */
static bool elem_ok(Type *t);

static bool type_ok(Type *t) {
    if (t->kind == TY_VALUE_ARRAY) return elem_ok(t->elem);
    if (t->kind == TY_ARRAY) return is_primitive(t->elem);
    return elem_ok(t);
}

static bool elem_ok(Type *t) {
    if (is_primitive(t)) return true;
    if (t->kind != TY_CLASS || !t->cls->is_value) return false;
    for (int i = 0; i < t->cls->fields.len; i++) {
        FieldDecl *f = t->cls->fields.items[i];
        if (!(f->mods & MOD_STATIC) && !elem_ok(f->ty)) return false;
    }
    return true;
}

/* Why objects of class c cannot live in a kernel, or NULL when they can.
 * A kernel keeps such an object as an OpenCL struct in private memory,
 * copied by value (kernel.c), which is exactly Java's reference semantics
 * when nothing can tell a copy from the original: every instance field is
 * final (so no object changes after its constructor), of a primitive or
 * value class type; nothing compares objects by identity or makes a null
 * of the class (block_ok); a constructor's `this` goes nowhere its copy
 * could outlive a later field store (self_use_ok); the class is
 * java.lang.Object's direct subclass (a variable of it holds exactly its
 * objects, and no inherited fields or virtual dispatch), a user's class,
 * not an inner, local or anonymous one (no hidden outer instance or
 * captures).  (Its static initialisers: a class that local code names is
 * initialised at startup, src/clinit.c; a lazy one's check before `new`
 * is a map's static read, src/statics.c, and refused elsewhere.) */
static const char *object_class_why_not(ClassDecl *c) {
    if (c->is_library) return "a library class";
    if (c->is_interface) return "an interface";
    if (c->is_enum) return "an enum";
    if (c->is_value || c->boxed) return "a value class's box";
    if (c->is_inner || c->is_local || c->is_anonymous || c->is_lambda) return "an inner, local or anonymous class";
    if (!c->super || c->super->super) return xprintf("a subclass of '%s'", c->super ? c->super->name : "?");
    if (c->mods & MOD_ABSTRACT) return "an abstract class";
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (f->mods & MOD_STATIC) continue;
        if (!(f->mods & MOD_FINAL)) return xprintf("its field '%s' is not final", f->name);
        if (!elem_ok(f->ty)) return xprintf("its field '%s' holds %s", f->name, type_user_name(f->ty));
    }
    return NULL;
}

static bool is_object_class(Type *t) { return t->kind == TY_CLASS && !t->cls->is_value; }

/* The types a kernel's code may hold: type_ok's, and objects of the
 * classes object_class_why_not allows (never a task's operand or result). */
static bool body_type_ok(Type *t) {
    return type_ok(t) || (is_object_class(t) && !object_class_why_not(t->cls));
}

static const char *what_type(Type *t) {
    if (t == ty_string) return "strings";
    if (t->kind == TY_CLASS && t->cls->is_value) return xprintf("value class '%s'", t->cls->name);
    if (t->kind == TY_CLASS) {
        const char *why = object_class_why_not(t->cls);
        return why ? xprintf("objects of class '%s' (%s)", t->cls->name, why) : xprintf("objects of class '%s'", t->cls->name);
    }
    if (t->kind == TY_ARRAY) return "mutable arrays";
    if (t->kind == TY_VALUE_ARRAY) return xprintf("value arrays of %s", what_type(t->elem));
    return type_user_name(t);
}

typedef struct Walk {
    Vec stack;             /* IrFunc* being walked (recursion) */
    Reason *why;
    /* a windowed filter's method (win_f) and its window: the kernel
     * replaces each window access (win->uses) and drops the state's
     * plumbing (window_plumbing) */
    IrFunc *win_f;
    const FilterWindow *win;
    /* the function being walked: its temps' types, and which temps are a
     * constructor's `this` (self_temp: kernel.c passes it as a pointer) */
    Type **temp_ty;
    bool *self_temp;
    /* a map whose body is a function: static fields of primitive type are
     * read at the call and passed in (src/statics.c), and class
     * initialisation checks are never taken on the device */
    bool statics;
    PrivateArrays arrays;  /* the function's own arrays (arrays.c) */
    /* a multi-rate filter in a kernel over whole periods (multirate_ok):
     * its function, whether its parameter is a T[[N]] and its result an
     * R[[M]] (private arrays: gpu_rate_arrays) */
    IrFunc *rate_f;
    bool rate_param, rate_result;
} Walk;

bool gpu_object_class_ok(ClassDecl *c) { return !c->is_value && !object_class_why_not(c); }

bool gpu_is_ctor(IrFunc *f) {
    return f->owner && !f->owner->is_value && !f->is_static && ((f->decl && f->decl->is_ctor) || f == f->owner->default_ctor);
}

/* Whether a constructor's `this` (self_temp) may be operand k of in: as
 * the object whose fields are read or stored, the object a constructor of
 * its class delegates to (this(...)), or an argument of a call whose
 * result holds no object (the callee's copy cannot outlive the call, so a
 * later field store cannot be missed by anything that reads it). */
static bool self_use_ok(IrFunc *f, IrInst *in, int k) {
    switch (in->op) {
    case IR_LOAD_FIELD: case IR_CHECK_NULL: return true;
    case IR_STORE_FIELD: return k == 0;
    case IR_CALL:
        if (k == 0 && gpu_is_ctor(in->callee) && in->callee->owner == f->owner) return true;
        return !is_object_class(in->callee->ret);
    default: return false;
    }
}

/* Whether instruction in of a windowed filter's method only reaches the
 * window: `this`, a window array field of it, their null checks and those
 * of the filter's other array fields (the host offers the filter only with
 * every such array there).  Their values go nowhere but window accesses
 * (src/window.c: the windows never escape) and element reads. */
static bool window_plumbing(const FilterWindow *w, IrInst *in) {
    switch (in->op) {
    case IR_LOAD_LOCAL: return in->local->id == 0;
    case IR_LOAD_FIELD:
        for (int a = 0; a < w->narrays; a++)
            if (w->arrays[a] == in->field) return true;
        return false;
    case IR_CHECK_NULL: return in->ty->kind == TY_ARRAY || (in->ty->kind == TY_CLASS && !in->ty->cls->is_value);
    default: return false;
    }
}

static bool func_ok(Walk *w, IrFunc *f);

static bool block_ok(Walk *w, IrFunc *f, IrBlock *b) {
    for (int i = 0; b && i < b->len; i++) {
        IrInst *in = b->insts[i];
        const char *fname = f->decl ? f->decl->name : f->name;
        if (f == w->win_f && (ir_window_use(w->win, in) || window_plumbing(w->win, in))) continue;
        if (f == w->win_f && in->op == IR_LOAD_FIELD && !in->field->owner->is_value) {
            /* another field of the filter: constant while the graph runs, a kernel argument */
            Type *ft = in->field->ty;
            if (is_primitive(ft) || (ft->kind == TY_ARRAY && is_primitive(ft->elem))) continue;
            return reject(w->why, in->loc, "field '%s' of the filter object (%s) in '%s'", in->field->name,
                          what_type(ft), fname);
        }
        switch (in->op) {
        case IR_CHECK_SIZE: /* of a new array's length: arrays.c took it only if constant and >= 0 */
            break;
        case IR_NEW_OBJECT:
            if (!is_object_class(in->ty)) return reject(w->why, in->loc, "allocation in '%s'", fname);
            if (body_type_ok(in->ty)) break; /* a struct (kernel.c) */
            return reject(w->why, in->loc, "allocation of %s in '%s'", what_type(in->ty), fname);
        case IR_NEW_ARRAY:
            if (w->arrays.temp[in->dst]) break; /* in private memory (arrays.c) */
            return reject(w->why, in->loc, "allocation in '%s'", fname);
        case IR_ARRAY_DATA: case IR_RANGE: case IR_RANGE2: case IR_ARRAY_COPY: case IR_GRAPH_NEW:
            return reject(w->why, in->loc, "allocation in '%s'", fname);
        default: break;
        }
        if (in->ty != ty_void && !body_type_ok(in->ty))
            return reject(w->why, in->loc, "%s in '%s'", what_type(in->ty), fname);
        for (int k = 0; k < in->nargs; k++)
            if (w->self_temp[in->args[k]] && !self_use_ok(f, in, k))
                return reject(w->why, in->loc, "'this' of class '%s' passed on in its constructor", f->owner->name);
        if (in->dst >= 0) {
            w->temp_ty[in->dst] = in->ty;
            w->self_temp[in->dst] = gpu_is_ctor(f) && ((in->op == IR_LOAD_LOCAL && in->local->id == 0) ||
                                                   (in->op == IR_CHECK_NULL && w->self_temp[in->args[0]]));
        }
        switch (in->op) {
        case IR_LOAD_FIELD: case IR_WITH_FIELD:
            if (!in->field->owner->is_value && !(in->op == IR_LOAD_FIELD && body_type_ok(class_type(in->field->owner))))
                return reject(w->why, in->loc, "object field '%s' in '%s'", in->field->name, fname);
            break;
        case IR_STORE_FIELD:
            /* only a constructor stores (every field is final), into its own object */
            if (gpu_is_ctor(f) && f->owner == in->field->owner && w->self_temp[in->args[0]] && body_type_ok(class_type(f->owner))) break;
            return reject(w->why, in->loc, "a store into field '%s' in '%s'", in->field->name, fname);
        case IR_NEW_OBJECT: break;
        case IR_CONST:
            if (in->ty->kind == TY_VALUE_ARRAY)
                return reject(w->why, in->loc, "an empty value array constant in '%s'", fname);
            if (is_object_class(in->ty))
                return reject(w->why, in->loc, "null of class '%s' in '%s' (objects in a kernel are never null)",
                              in->ty->cls->name, fname);
            break;
        case IR_EQ: case IR_NE:
            if (is_object_class(w->temp_ty[in->args[0]]))
                return reject(w->why, in->loc, "comparison of objects of class '%s' by identity in '%s'",
                              w->temp_ty[in->args[0]]->cls->name, fname);
            break;
        case IR_CHECK_NULL: case IR_CHECK_BOUNDS: case IR_ARRAY_LEN: case IR_ARRAY_LOAD:
            break; /* reading value arrays: accepted by the type check above */
        case IR_LOAD_LOCAL: case IR_STORE_LOCAL: case IR_CHECK_DIV:
        case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_REM: case IR_SHL: case IR_SHR:
        case IR_USHR: case IR_AND: case IR_OR: case IR_XOR: case IR_NEG: case IR_NOT: case IR_COMPL:
        case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_CONV:
        case IR_BREAK: case IR_CONTINUE: case IR_RETURN:
            break;
        case IR_IF:
            if (!block_ok(w, f, in->then_blk) || !block_ok(w, f, in->else_blk)) return false;
            break;
        case IR_LOOP:
            if (!block_ok(w, f, in->body_blk) || !block_ok(w, f, in->cont_blk)) return false;
            break;
        case IR_BLOCK:
            if (!block_ok(w, f, in->body_blk)) return false;
            break;
        case IR_SWITCH:
            for (int k = 0; k < in->narms; k++)
                if (!block_ok(w, f, in->arms[k].body)) return false;
            break;
        case IR_CALL: {
            IrFunc *c = in->callee;
            if (ir_is_initialise(c)) {
                if (w->statics) break; /* the host offers the call only once it is initialised */
                return reject(w->why, in->loc, "initialisation of class '%s' in '%s'", c->owner->name, fname);
            }
            bool object_method = !c->is_static && c->owner && !c->owner->is_value && body_type_ok(class_type(c->owner)) &&
                                 (c->decl || c == c->owner->default_ctor);
            if (!object_method && ((!c->is_static && !(c->owner && c->owner->is_value)) || !c->decl))
                return reject(w->why, in->loc, "a call of instance method '%s'", c->name);
            for (int k = 0; k < w->stack.len; k++)
                if (w->stack.items[k] == in->callee)
                    return reject(w->why, in->loc, "recursion: '%s' calls '%s'", fname,
                                  in->callee->decl->name);
            if (!func_ok(w, in->callee)) return false;
            break;
        }
        case IR_CALL_BUILTIN:
            if (!gpu_builtin_ok(in->builtin)) {
                if (in->builtin->flags & BI_PURE)
                    return reject(w->why, in->loc, "%s.%s has no bit-exact OpenCL version", in->builtin->owner,
                                  in->builtin->name);
                return reject(w->why, in->loc, "%s.%s: I/O or system call", in->builtin->owner,
                              in->builtin->name);
            }
            break;
        case IR_LOAD_STATIC:
            if (w->statics && is_primitive(in->field->ty)) break; /* its value, read by the host at the call */
            if (w->statics)
                return reject(w->why, in->loc, "static field '%s' of type %s (a kernel takes primitive ones only)",
                              in->field->name, type_user_name(in->field->ty));
            /* fall through */
        case IR_STORE_STATIC:
            return reject(w->why, in->loc, "static field '%s'", in->field->name);
        case IR_ARRAY_STORE:
            if (w->arrays.temp[in->args[0]]) break; /* an array the function made */
            return reject(w->why, in->loc, "a store into an array in '%s'", fname);
        case IR_CHECK_SIZE: case IR_NEW_ARRAY: break;
        case IR_MAP: case IR_REDUCE: case IR_GRAPH_RUN:
            return reject(w->why, in->loc, "a nested task in '%s'", fname);
        default:
            return reject(w->why, in->loc, "%s in '%s'", ir_op_name(in->op), fname);
        }
    }
    return true;
}

static void find_boxing(IrInst *in, void *ctx) {
    if (in->op == IR_NEW_OBJECT && in->cls->boxed && !*(IrInst **)ctx) *(IrInst **)ctx = in;
}

static bool func_ok(Walk *w, IrFunc *f) {
    /* a value converted to an interface or Object: named as such, before
     * the locals of reference type it may fill */
    IrInst *box = NULL;
    ir_walk(f->body, find_boxing, &box);
    if (box) return reject(w->why, box->loc, "boxing of value class '%s' in '%s'", box->cls->boxed->name, f->decl ? f->decl->name : f->name);
    for (int i = f == w->win_f ? 1 : 0; i < f->locals.len; i++) { /* (a windowed filter's `this`: none in the kernel) */
        IrLocal *l = f->locals.items[i];
        if (!body_type_ok(l->ty))
            return reject(w->why, f->loc, "%s in '%s'", what_type(l->ty), f->decl ? f->decl->name : f->name,
                          f->loc.line);
    }
    if (!body_type_ok(f->ret) && f->ret != ty_void)
        return reject(w->why, f->loc, "%s returned by '%s'", what_type(f->ret), f->decl->name);
    PrivateArrays arrays;
    if (f == w->rate_f ? !gpu_rate_arrays(f, &arrays, w->why, w->rate_param, w->rate_result)
                       : !gpu_private_arrays(f, &arrays, w->why))
        return false;
    vec_push(&w->stack, f);
    Type **outer_ty = w->temp_ty;
    bool *outer_self = w->self_temp;
    PrivateArrays outer_arrays = w->arrays;
    w->temp_ty = xalloc(sizeof(Type *) * (size_t)(f->ntemps + 1));
    w->self_temp = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    w->arrays = arrays;
    bool ok = block_ok(w, f, f->body);
    w->temp_ty = outer_ty;
    w->self_temp = outer_self;
    w->arrays = outer_arrays;
    w->stack.len--;
    return ok;
}

/* ------------------------------------------------ graphs: exceptions and order
 *
 * A graph runs as segments (backends/cpu/graph.c): each run of stateless
 * filters is a map over all the items the segment before it made, on the
 * GPU when accepted here; the other filters run item by item on the CPU.
 * Run alone on the CPU, a graph takes each item through every filter
 * before the next item, so a segment boundary changes nothing observable
 * unless a filter before it throws: then the filters after it must be
 * silent (no sink to print the items before the failing one, no filter
 * that could throw first on one of them).  Every boundary a run makes (its
 * first filter unless it starts the graph, and the filter after it) must
 * keep that, else the run stays on the CPU.  There is no try/catch: a
 * throw ends the program, so nothing else of a graph is observable. */

/* The first instruction of filter pos of g (or of what it calls) that may
 * throw a Java exception (an OutOfMemoryError aside), or NULL. */
static IrInst *filter_thrower(Graph *g, int pos, const char **fname) {
    return ir_first_thrower(((GraphFilter *)g->filters.items[pos])->method->ir, false, fname);
}

static const char *what_throws(IrInst *in) {
    switch (in->op) {
    case IR_CHECK_DIV: return "a division";
    case IR_CHECK_BOUNDS: return "an array index";
    case IR_CHECK_NULL: return "a null check";
    case IR_CHECK_SIZE: return "an array size";
    case IR_CALL_BUILTIN: return xprintf("%s.%s", in->builtin->owner, in->builtin->name);
    default: return xprintf("'%s'", ir_op_name(in->op));
    }
}

/* Whether a segment boundary before filter pos of g keeps what the program
 * shows (false: why not, for the segment of filters first..first+count-1
 * that would make it). */
static bool boundary_ok(Graph *g, int pos, int first, int count, Reason *why) {
    const char *fname = NULL, *after_name = NULL;
    IrInst *thrower = NULL;
    int at = -1;
    for (int i = 0; i < pos && !thrower; i++) {
        thrower = filter_thrower(g, i, &fname);
        at = i;
    }
    if (!thrower) return true;
    for (int i = pos; i < g->filters.len; i++) {
        GraphFilter *f = g->filters.items[i];
        const char *name;
        if (f->kind == TASK_SINK)
            after_name = xprintf("the sink '%s'", f->method->name);
        else if (filter_thrower(g, i, &name))
            after_name = xprintf("'%s' (line %d), which may throw too", f->method->name, f->task->loc.line);
        else
            continue;
        break;
    }
    if (!after_name) return true;
    bool inside = at >= first && at < first + count;
    if (inside) return reject(why, thrower->loc, "%s that may throw in '%s', ahead of %s", what_throws(thrower), fname, after_name);
    return reject(why, thrower->loc, "%s that may throw in '%s' before this run, ahead of %s", what_throws(thrower), fname,
                  after_name);
}

/* Whether filters first..first+count-1 of g can run as a segment of
 * their own (both its boundaries keep what the program shows). */
static bool segment_ok(Graph *g, int first, int count, Reason *why) {
    int end = first + count;
    if (first > 0 && !boundary_ok(g, first, first, count, why)) return false;
    return end >= g->filters.len || boundary_ok(g, end, first, count, why);
}

/* Whether windowed stateful filter t has a map form a kernel computes
 * (kernel.c): item i computed from the items its window would hold, read
 * from its input at i - d, or before the stream's start from the values
 * the host passes (backends/cpu/blocks.c, cg_offer_window and
 * cg_offer_chain, which also leave the object in the state the one loop
 * leaves). */
static bool window_form_ok(IrProgram *p, IrTask *t, Reason *why) {
    const FilterWindow *win = ir_filter_window(p, t);
    if (!win->windowed)
        return reject(why, win->why_loc.line ? win->why_loc : t->loc,
                      "stateful filter, not windowed (%s): runs on the CPU", win->why_not);
    if (!win->mapped)
        return reject(why, t->loc, "windowed filter without a map form (%s): runs on the CPU",
                      win->unmapped_why);
    if (!elem_ok(t->in)) return reject(why, t->loc, "%s as the filter's items", what_type(t->in));
    if (!elem_ok(t->out)) return reject(why, t->loc, "%s as task elements", what_type(t->out));
    for (int s = 0; s < win->nslots; s++)
        if (ir_slot_type(&win->slots[s]) != t->in)
            return reject(why, t->loc, "a window of %s ('%s') over items of %s", type_user_name(ir_slot_type(&win->slots[s])),
                          win->slots[s].field->name, type_user_name(t->in));
    Walk w = {.why = why, .win_f = t->func, .win = win};
    return func_ok(&w, t->func);
}

/* A windowed stateful filter t runs alone as a map over its items
 * (window_form_ok) when every filter before the sink is windowed: none
 * reads another's state (src/window.c), which would see the state this
 * map leaves at the end (the sink: as for the CPU's blocks,
 * backends/cpu/blocks.c). */
static bool window_ok(IrProgram *p, IrTask *t, Reason *why) {
    if (!window_form_ok(p, t, why)) return false;
    Graph *g = t->graph;
    for (int pos = 0; pos < g->filters.len - (g->ends_in_sink ? 1 : 0); pos++) {
        IrTask *f = ir_graph_filter_task(p, g, pos);
        const FilterWindow *fw = ir_filter_window(p, f);
        if (!fw->windowed)
            return reject(why, t->loc, "windowed, but '%s.%s' (line %d) of its graph is not: runs on the CPU",
                          f->func->owner->name, f->func->decl->name, fw->why_loc.line);
    }
    return segment_ok(t->graph, t->graph_pos, 1, why);
}

static bool map_ok(IrProgram *p, IrTask *t, bool segment, Reason *why);

/* Whether stream task t runs on the GPU as one kernel (kernel.c,
 * chain_source): work-item i takes item i through every filter before the
 * sink, each stateless (its run's map accepted: map_ok) or windowed with
 * a map form (window_form_ok); a windowed filter's read of its input d
 * items back computes the filters before it again at i - d.  Filter by
 * filter, each call is one the one loop makes on the same values, so the
 * items are the loop's; the host passes each window's start values and
 * sets the objects' state after the run (backends/cpu/blocks.c,
 * cg_offer_chain), and a kernel that throws leaves the graph to the CPU,
 * which throws the loop's exception.  Only the boundary before the sink
 * is a segment's (segment_ok). */
static bool chain_ok(IrProgram *p, IrTask *t, Reason *why) {
    Graph *g = t->graph;
    int m = g->filters.len - (g->ends_in_sink ? 1 : 0);
    if (m == 0) return reject(why, t->loc, "no filter before the sink");
    int windowed = 0;
    for (int pos = 0; pos < m; pos++) {
        GraphFilter *flt = g->filters.items[pos];
        Reason inner = {0};
        if (flt->kind == TASK_STATEFUL_FILTER) {
            IrTask *f = ir_graph_filter_task(p, g, pos);
            const FilterWindow *fw = ir_filter_window(p, f);
            if (!fw->windowed)
                return reject(why, fw->why_loc.line ? fw->why_loc : f->loc, "'%s.%s' is not windowed", f->func->owner->name,
                              f->func->decl->name);
            if (!window_form_ok(p, f, &inner)) return reject(why, inner.loc, "'%s': %s", f->name, inner.text);
            windowed++;
            continue;
        }
        IrTask *run = graph_run_at(g, pos);
        if (!run) return reject(why, t->loc, "its filter '%s' is no run of stateless filters", flt->method->name);
        if (!map_ok(p, run, false, &inner)) return reject(why, inner.loc, "'%s': %s", run->name, inner.text);
        pos = run->graph_pos + run->nchain - 1;
    }
    if (!windowed) return reject(why, t->loc, "stateless filters only");
    return segment_ok(g, 0, m, why);
}


/* Whether the stream task t of a multi-rate graph runs on the GPU as one
 * kernel over whole periods (kernel.c, multirate_source): work-item p
 * takes the period's P source items through the period's firings, in the
 * schedule's order (Graph.reps, as the sequential loop of docs/language.md
 * makes them when every buffer starts empty), in straight-line code, and
 * writes its Q outputs.  Every filter before the sink is stateless, so a
 * period's outputs are the loop's whatever ran before it (as the CPU's
 * blocks of periods, backends/cpu/multirate.c), each a static method (a
 * function of its items alone) whose body a kernel computes (func_ok; a
 * T[[N]] parameter and an R[[M]] result as private arrays:
 * gpu_rate_arrays), on primitive items (a value class's too at rate one).
 * The host runs the sink over the outputs and the tail firing by firing
 * after the kernel, and a kernel that throws (or a result of the wrong
 * length) leaves the whole graph to the CPU, which throws the loop's
 * exception after the loop's sink output (backends/cpu/multirate.c,
 * cg_multirate_offer): so no boundary of the graph needs segment_ok. */
static bool multirate_ok(IrProgram *p, IrTask *t, Reason *why) {
    (void)p;
    Graph *g = t->graph;
    int m = g->filters.len - (g->ends_in_sink ? 1 : 0);
    if (m == 0) return reject(why, t->loc, "no filter before the sink");
    for (int pos = 0; pos < m; pos++) {
        GraphFilter *flt = g->filters.items[pos];
        const char *name = xprintf("%s.%s", flt->method->owner->name, flt->method->name);
        if (flt->kind != TASK_FILTER)
            return reject(why, flt->task->loc, "'%s' is stateful (the GPU runs a multi-rate graph's stateless filters only)", name);
        IrFunc *f = flt->method->ir;
        if (!f || f->nparams != 1) return reject(why, flt->task->loc, "'%s' is an instance method", name);
        if (flt->pops_array ? !is_primitive(flt->in) : !elem_ok(flt->in))
            return reject(why, flt->task->loc, "%s as the items of '%s'", what_type(flt->in), name);
        if (flt->pushes_array ? !is_primitive(flt->out) : !elem_ok(flt->out))
            return reject(why, flt->task->loc, "%s as the items '%s' makes", what_type(flt->out), name);
    }
    if (!ir_graph_period(g, GPU_PERIOD_MAX_STEPS).steps)
        return reject(why, t->loc, "%s: more than %d firings and pushes, too long for a kernel's straight-line code",
                      ir_graph_schedule(g), GPU_PERIOD_MAX_STEPS);
    for (int pos = 0; pos < m; pos++) {
        GraphFilter *flt = g->filters.items[pos];
        Reason inner = {0};
        Walk w = {.why = &inner, .rate_f = flt->method->ir, .rate_param = flt->pops_array, .rate_result = flt->pushes_array};
        if (!func_ok(&w, flt->method->ir))
            return reject(why, inner.loc, "'%s.%s': %s", flt->method->owner->name, flt->method->name, inner.text);
    }
    return true;
}

/* The stream task whose one kernel runs filter task t (a windowed filter
 * or a run of stateless ones; of a multi-rate graph, any filter before
 * the sink), or NULL. */
IrTask *gpu_chain_of(IrProgram *p, IrTask *t) {
    Reason ignored = {0};
    IrTask *s = t->graph ? t->graph->stream : NULL;
    if (!s) return NULL;
    if (t->graph->multirate) return multirate_ok(p, s, &ignored) ? s : NULL;
    return chain_ok(p, s, &ignored) ? s : NULL;
}

/* The tasks of g that the GPU may run: its runs of stateless filters and
 * the windowed stateful filters it accepts, as "'a', 'b' and 'c'" (NULL: none). */
static const char *gpu_task_names(IrProgram *p, Graph *g) {
    Vec names = {0};
    for (int pos = 0; pos < g->filters.len; pos++) {
        IrTask *run = graph_run_at(g, pos), *f = ir_graph_filter_task(p, g, pos);
        Reason ignored = {0};
        if (run && run->graph_pos == pos) vec_push(&names, (void *)run->name);
        else if (f && f->kind == TASK_STATEFUL_FILTER && window_ok(p, f, &ignored)) vec_push(&names, (void *)f->name);
    }
    if (!names.len) return NULL;
    StrBuf sb = {0};
    for (int i = 0; i < names.len; i++)
        sb_printf(&sb, "%s'%s'", i == 0 ? "" : i + 1 == names.len ? " and " : ", ", (const char *)names.items[i]);
    return xstrdup(sb_str(&sb));
}

bool gpu_accepts(IrProgram *p, IrTask *t, Reason *why) {
    /* a multi-rate graph: its stream task as one kernel over whole periods
     * (multirate_ok), which covers its filters; else all of it on the CPU */
    if (t->graph && t->graph->multirate) {
        if (t->kind == TASK_STREAM) {
            Reason whole = {0};
            if (multirate_ok(p, t, &whole)) return true;
            return reject(why, whole.loc, "multi-rate graph, not one kernel: %s; runs on the CPU", whole.text);
        }
        IrTask *chain = t->kind != TASK_SINK ? gpu_chain_of(p, t) : NULL;
        if (chain) return reject(why, t->loc, "runs on the GPU inside task '%s'", chain->name);
        const char *rate = t->kind == TASK_STREAM ? NULL : ir_filter_rate(t->graph, t->graph_pos);
        if (rate) return reject(why, t->loc, "%s: runs on the CPU", rate);
        return reject(why, t->loc, "in a multi-rate graph (%s): runs on the CPU", ir_graph_rate_why(t->graph));
    }
    if (t->kind == TASK_STREAM) {
        Reason whole = {0};
        if (chain_ok(p, t, &whole)) return true;
        const char *names = gpu_task_names(p, t->graph);
        if (names) return reject(why, whole.loc, "not one kernel: %s; the GPU gets tasks %s", whole.text, names);
        return reject(why, whole.loc, "not one kernel: %s; runs on the CPU", whole.text);
    }
    IrTask *chain = t->kind != TASK_SINK ? gpu_chain_of(p, t) : NULL;
    if (chain) return reject(why, t->loc, "runs on the GPU inside task '%s'", chain->name);
    if (t->kind != TASK_MAP && t->kind != TASK_REDUCE) {
        /* a stateless filter runs on the GPU in the fused kernel of its run */
        IrTask *run = t->graph ? graph_run_at(t->graph, t->graph_pos) : NULL;
        if (run && t->kind == TASK_FILTER) {
            Reason inner = {0};
            if (gpu_accepts(p, run, &inner)) return reject(why, t->loc, "runs on the GPU inside task '%s'", run->name);
            return reject(why, inner.loc, "%s", inner.text);
        }
        if (t->kind == TASK_STATEFUL_FILTER) return window_ok(p, t, why);
        return reject(why, t->loc, "sink: runs on the CPU");
    }
    return map_ok(p, t, true, why);
}

/* A map or reduce task (a run of stateless filters among them: its own
 * segment when `segment`). */
static bool map_ok(IrProgram *p, IrTask *t, bool segment, Reason *why) {
    if (!elem_ok(t->out)) return reject(why, t->loc, "%s as task elements", what_type(t->out));
    for (int i = 0; i < t->nargs; i++)
        if (!type_ok(t->param[i]) || (t->mapped[i] && !elem_ok(t->param[i])))
            return reject(why, t->loc, "%s as a task operand", what_type(t->param[i]));
    if (t->builtin && !gpu_builtin_ok(t->builtin))
        return reject(why, t->loc, "%s.%s has no bit-exact OpenCL version", t->builtin->owner, t->builtin->name);
    Walk w = {.why = why};
    for (int i = 0; i < t->nchain; i++)
        if (!func_ok(&w, t->chain[i])) return false;
    if (segment && t->graph && !segment_ok(t->graph, t->graph_pos, t->nchain, why)) return false;
    if (!t->func) return true;
    w.statics = t->kind == TASK_MAP && !t->nchain;
    return func_ok(&w, t->func);
}
