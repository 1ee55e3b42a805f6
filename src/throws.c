/* throws.c: which code may throw a Java exception.
 *
 * Backends ask this before they reorder work whose exceptions a program
 * could tell apart: the CPU backend, to know whether a parallel map or
 * reduce needs its per-chunk catch (the lowest failing element's exception
 * wins); a device backend, to know whether cutting a stream graph into
 * segments could change which exception a sink gets to see first.
 *
 * The walk follows calls (each function once, so recursion ends) and is
 * precise where that is cheap: a division by a nonzero constant, the null
 * check of a value array (never null: empty at worst) and the members of
 * Math but floorDiv, floorMod and the exact arithmetic never throw.  Allocation throws only OutOfMemoryError, which a
 * caller may choose to ignore. */
#include <string.h>

#include "ir.h"

typedef struct Thrower {
    bool with_oom;     /* count allocations (OutOfMemoryError) */
    IrInst *in;        /* the first instruction that may throw */
    const char *fname; /* ... and the function it is in */
    Vec seen;          /* IrFunc* walked */
    Vec consts;        /* the current function's temps: IrInst* CONST or NULL */
} Thrower;

static void note_const(IrInst *in, void *ctx) {
    Vec *consts = ctx;
    if (in->op == IR_CONST && in->dst >= 0 && in->dst < consts->len) consts->items[in->dst] = in;
}

static void walk_function(Thrower *th, IrFunc *f);

/* Math's members that throw ArithmeticException: floorDiv and floorMod
 * ("/ by zero") and the exact arithmetic (overflow) */
static bool math_may_throw(const char *name) {
    return !strcmp(name, "floorDiv") || !strcmp(name, "floorMod") || strstr(name, "Exact") != NULL;
}

static void visit(IrInst *in, void *ctx) {
    Thrower *th = ctx;
    if (th->in) return;
    IrInst *c;
    switch (in->op) {
    case IR_CHECK_NULL:
        if (in->ty->kind == TY_VALUE_ARRAY) return; /* never null: empty */
        break;
    case IR_CHECK_DIV: /* a nonzero constant divisor never throws */
        c = in->args[0] < th->consts.len ? th->consts.items[in->args[0]] : NULL;
        if (c && c->ival != 0) return;
        break;
    case IR_CHECK_BOUNDS: case IR_CHECK_SIZE: case IR_MAP: case IR_REDUCE: case IR_RANGE: case IR_RANGE2: case IR_ARRAY_COPY:
    case IR_GRAPH_RUN: case IR_THROW: case IR_CHECK_CAST: case IR_CALL_VIRTUAL:
        break;
    case IR_NEW_OBJECT: case IR_NEW_ARRAY: case IR_ARRAY_DATA: case IR_TO_STRING: case IR_CONCAT: case IR_GRAPH_NEW:
        if (!th->with_oom) return;
        break;
    case IR_CALL_BUILTIN:
        if (!strcmp(in->builtin->owner, "Math") && !math_may_throw(in->builtin->name)) return;
        break;
    case IR_CALL: {
        const char *caller = th->fname;
        Vec consts = th->consts;
        walk_function(th, in->callee);
        th->consts = consts;
        if (!th->in) th->fname = caller;
        return;
    }
    default: return;
    }
    th->in = in;
}

static void walk_function(Thrower *th, IrFunc *f) {
    for (int i = 0; i < th->seen.len; i++)
        if (th->seen.items[i] == f) return;
    vec_push(&th->seen, f);
    th->fname = f->decl ? f->decl->name : f->name;
    th->consts = (Vec){0};
    for (int i = 0; i < f->ntemps; i++) vec_push(&th->consts, NULL);
    ir_walk(f->body, note_const, &th->consts);
    ir_walk(f->body, visit, th);
}

IrInst *ir_first_thrower(IrFunc *f, bool with_oom, const char **fname) {
    Thrower th = {.with_oom = with_oom};
    walk_function(&th, f);
    if (fname) *fname = th.fname;
    return th.in;
}

bool ir_task_may_throw(IrTask *t) {
    if (t->func) return ir_first_thrower(t->func, true, NULL) != NULL;
    if (t->builtin) return strcmp(t->builtin->owner, "Math") != 0;
    return false; /* an operator */
}
