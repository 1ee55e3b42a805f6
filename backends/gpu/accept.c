/* accept.c: which tasks the GPU backend takes.
 *
 * A task is accepted when OpenCL C can compute exactly what the JVM would:
 * a map or reduce over primitive elements whose body (and everything it
 * calls) uses only primitive arithmetic, comparisons, conversions, control
 * flow, calls to other such functions, and the library members whose
 * OpenCL versions are bit-exact (sqrt, abs, min, max, floor, ceil, rint,
 * toRadians, toDegrees, signum; the transcendental ones, from the
 * runtime's own source: mathsrc.c).  Everything else is rejected with the
 * construct and its line: strings, objects and arrays inside the body,
 * allocation, static fields, recursion, I/O, value classes made of
 * anything else.  Of a stream graph it takes the runs of stateless filters (each a
 * fused map task) and the windowed stateful filters that run as maps
 * (src/window.c: FilterWindow.mapped; each a map over its items), where
 * running the graph in segments keeps Java's order (below); other stateful
 * filters, sinks and the stream task stay on the CPU. */
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

/* Library members with a bit-exact OpenCL C translation (see kernel.c). */
bool gpu_builtin_ok(const Builtin *b) {
    if (strcmp(b->owner, "Math")) return false;
    if (gpu_math_member(b)) return true;
    static const char *const ok[] = {"sqrt", "abs", "min", "max", "floor", "ceil", "rint",
                                      "toRadians", "toDegrees", "signum"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (!strcmp(b->name, ok[i])) return true;
    return false;
}

/* Primitives, value classes made of them (OpenCL structs), and value
 * arrays of those (a buffer and its length, read-only). */
static bool elem_ok(Type *t);

static bool type_ok(Type *t) {
    if (t->kind == TY_VALUE_ARRAY) return elem_ok(t->elem);
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

static const char *what_type(Type *t) {
    if (t == ty_string) return "strings";
    if (t->kind == TY_CLASS && t->cls->is_value) return xprintf("value class '%s'", t->cls->name);
    if (t->kind == TY_CLASS) return xprintf("objects of class '%s'", t->cls->name);
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
} Walk;

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
        case IR_NEW_OBJECT: case IR_NEW_ARRAY: case IR_ARRAY_DATA: case IR_RANGE: case IR_RANGE2: case IR_ARRAY_COPY: case IR_GRAPH_NEW:
            return reject(w->why, in->loc, "allocation in '%s'", fname);
        default: break;
        }
        if (in->ty != ty_void && !type_ok(in->ty))
            return reject(w->why, in->loc, "%s in '%s'", what_type(in->ty), fname);
        switch (in->op) {
        case IR_LOAD_FIELD: case IR_WITH_FIELD:
            if (!in->field->owner->is_value) return reject(w->why, in->loc, "object field '%s' in '%s'", in->field->name, fname);
            break;
        case IR_CONST:
            if (in->ty->kind == TY_VALUE_ARRAY)
                return reject(w->why, in->loc, "an empty value array constant in '%s'", fname);
            break;
        case IR_CHECK_NULL: case IR_CHECK_BOUNDS: case IR_ARRAY_LEN: case IR_ARRAY_LOAD:
            break; /* reading value arrays: accepted by the type check above */
        case IR_LOAD_LOCAL: case IR_STORE_LOCAL: case IR_CHECK_DIV:
        case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_REM: case IR_SHL: case IR_SHR:
        case IR_USHR: case IR_AND: case IR_OR: case IR_XOR: case IR_NEG: case IR_NOT: case IR_COMPL:
        case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_CONV:
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
        case IR_CALL:
            if ((!in->callee->is_static && !(in->callee->owner && in->callee->owner->is_value)) || !in->callee->decl)
                return reject(w->why, in->loc, "a call of instance method '%s'", in->callee->name);
            for (int k = 0; k < w->stack.len; k++)
                if (w->stack.items[k] == in->callee)
                    return reject(w->why, in->loc, "recursion: '%s' calls '%s'", fname,
                                  in->callee->decl->name);
            if (!func_ok(w, in->callee)) return false;
            break;
        case IR_CALL_BUILTIN:
            if (!gpu_builtin_ok(in->builtin)) {
                if (in->builtin->flags & BI_PURE)
                    return reject(w->why, in->loc, "%s.%s has no bit-exact OpenCL version", in->builtin->owner,
                                  in->builtin->name);
                return reject(w->why, in->loc, "%s.%s: I/O or system call", in->builtin->owner,
                              in->builtin->name);
            }
            break;
        case IR_LOAD_STATIC: case IR_STORE_STATIC:
            return reject(w->why, in->loc, "static field '%s'", in->field->name);
        case IR_NEW_OBJECT: case IR_NEW_ARRAY: case IR_ARRAY_DATA: case IR_RANGE: case IR_RANGE2: case IR_ARRAY_COPY: case IR_GRAPH_NEW:
            return reject(w->why, in->loc, "allocation in '%s'", fname);
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
        if (!type_ok(l->ty))
            return reject(w->why, f->loc, "%s in '%s'", what_type(l->ty), f->decl ? f->decl->name : f->name,
                          f->loc.line);
    }
    if (!type_ok(f->ret) && f->ret != ty_void)
        return reject(w->why, f->loc, "%s returned by '%s'", what_type(f->ret), f->decl->name);
    vec_push(&w->stack, f);
    bool ok = block_ok(w, f, f->body);
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

/* A windowed stateful filter t runs as a map over its items (kernel.c):
 * item i computed from the items its window would hold, read from its
 * input at i - d, or before the stream's start from the values the host
 * passes (backends/cpu/blocks.c, cg_offer_window, which also leaves the
 * object in the state the one loop leaves). */
static bool window_ok(IrProgram *p, IrTask *t, Reason *why) {
    const FilterWindow *win = ir_filter_window(p, t);
    if (!win->windowed)
        return reject(why, win->why_loc.line ? win->why_loc : t->loc,
                      "stateful filter, not windowed (%s): runs on the CPU", win->why_not);
    if (!win->mapped)
        return reject(why, t->loc, "windowed filter without a map form (%s): runs on the CPU",
                      win->unmapped_why);
    /* every filter before the sink windowed: none reads another's state
     * (src/window.c), which would see the state this map leaves at the end
     * (the sink: as for the CPU's blocks, backends/cpu/blocks.c) */
    Graph *g = t->graph;
    for (int pos = 0; pos < g->filters.len - (g->ends_in_sink ? 1 : 0); pos++) {
        IrTask *f = ir_graph_filter_task(p, g, pos);
        const FilterWindow *fw = ir_filter_window(p, f);
        if (!fw->windowed)
            return reject(why, t->loc, "windowed, but '%s.%s' (line %d) of its graph is not: runs on the CPU",
                          f->func->owner->name, f->func->decl->name, fw->why_loc.line);
    }
    if (!elem_ok(t->in)) return reject(why, t->loc, "%s as the filter's items", what_type(t->in));
    if (!elem_ok(t->out)) return reject(why, t->loc, "%s as task elements", what_type(t->out));
    for (int s = 0; s < win->nslots; s++)
        if (ir_slot_type(&win->slots[s]) != t->in)
            return reject(why, t->loc, "a window of %s ('%s') over items of %s", type_user_name(ir_slot_type(&win->slots[s])),
                          win->slots[s].field->name, type_user_name(t->in));
    Walk w = {.why = why, .win_f = t->func, .win = win};
    if (!func_ok(&w, t->func)) return false;
    return segment_ok(t->graph, t->graph_pos, 1, why);
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
    /* a multi-rate graph runs firing by firing on the CPU, all of it */
    if (t->graph && t->graph->multirate) {
        const char *rate = t->kind == TASK_STREAM ? NULL : ir_filter_rate(t->graph, t->graph_pos);
        if (rate) return reject(why, t->loc, "%s: runs on the CPU", rate);
        return reject(why, t->loc, "in a multi-rate graph (%s): runs on the CPU", ir_graph_rate_why(t->graph));
    }
    if (t->kind == TASK_STREAM) {
        const char *names = gpu_task_names(p, t->graph);
        if (names) return reject(why, t->loc, "stream of filters: the GPU gets its filters as tasks %s", names);
        return reject(why, t->loc, "stream of stateful filters only: runs on the CPU");
    }
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
    if (!elem_ok(t->out)) return reject(why, t->loc, "%s as task elements", what_type(t->out));
    for (int i = 0; i < t->nargs; i++)
        if (!type_ok(t->param[i]) || (t->mapped[i] && !elem_ok(t->param[i])))
            return reject(why, t->loc, "%s as a task operand", what_type(t->param[i]));
    if (t->builtin && !gpu_builtin_ok(t->builtin))
        return reject(why, t->loc, "%s.%s has no bit-exact OpenCL version", t->builtin->owner, t->builtin->name);
    Walk w = {.why = why};
    for (int i = 0; i < t->nchain; i++)
        if (!func_ok(&w, t->chain[i])) return false;
    if (t->graph && !segment_ok(t->graph, t->graph_pos, t->nchain, why)) return false;
    if (!t->func) return true;
    return func_ok(&w, t->func);
}
