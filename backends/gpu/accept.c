/* accept.c: which tasks the GPU backend takes.
 *
 * A task is accepted when OpenCL C can compute exactly what the JVM would:
 * a map or reduce over primitive elements whose body (and everything it
 * calls) uses only primitive arithmetic, comparisons, conversions, control
 * flow, calls to other such functions, and the library members whose
 * OpenCL versions are bit-exact (sqrt, abs, min, max, floor, ceil, rint,
 * toRadians, toDegrees, signum).  Everything else is rejected with the
 * construct and its line: strings, objects and arrays inside the body,
 * allocation, static fields, recursion, I/O, transcendental functions
 * (no bit-exact OpenCL implementation yet), value classes, stream graphs. */
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

/* Library members with a bit-exact OpenCL C translation (see emit.c). */
bool gpu_builtin_ok(const Builtin *b) {
    if (strcmp(b->owner, "Math")) return false;
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
} Walk;

static bool func_ok(Walk *w, IrFunc *f);

static bool block_ok(Walk *w, IrFunc *f, IrBlock *b) {
    for (int i = 0; b && i < b->len; i++) {
        IrInst *in = b->insts[i];
        const char *fname = f->decl ? f->decl->name : f->name;
        switch (in->op) {
        case IR_NEW_OBJECT: case IR_NEW_ARRAY: case IR_RANGE: case IR_ARRAY_COPY: case IR_GRAPH_NEW:
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
        case IR_NEW_OBJECT: case IR_NEW_ARRAY: case IR_RANGE: case IR_ARRAY_COPY: case IR_GRAPH_NEW:
            return reject(w->why, in->loc, "allocation in '%s'", fname);
        case IR_MAP: case IR_REDUCE: case IR_GRAPH_RUN:
            return reject(w->why, in->loc, "a nested task in '%s'", fname);
        default:
            return reject(w->why, in->loc, "%s in '%s'", ir_op_name(in->op), fname);
        }
    }
    return true;
}

static bool func_ok(Walk *w, IrFunc *f) {
    for (int i = 0; i < f->locals.len; i++) {
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

/* The first division in a function or the functions it calls (accept
 * has ruled out recursion). */
static void find_thrower(IrInst *in, void *found) {
    if (*(IrInst **)found) return;
    if (in->op == IR_CHECK_DIV) *(IrInst **)found = in;
    else if (in->op == IR_CALL) ir_walk(in->callee->body, find_thrower, found);
}

bool gpu_accepts(IrProgram *p, IrTask *t, Reason *why) {
    if (t->kind == TASK_STREAM) {
        if (t->graph->fused)
            return reject(why, t->loc, "stream of filters: the GPU runs the leading stateless ones as '%s'",
                          t->graph->fused->name);
        return reject(why, t->loc, "stream of filters starting with a stateful one: runs on the CPU");
    }
    if (t->kind != TASK_MAP && t->kind != TASK_REDUCE) {
        /* filters run on the GPU only in the fused kernel of the graph's
         * leading run of stateless filters */
        IrTask *fused = t->graph ? t->graph->fused : NULL;
        if (fused && t->graph_pos < t->graph->fused_len) {
            Reason inner = {0};
            if (gpu_accepts(p, fused, &inner)) return reject(why, t->loc, "runs on the GPU inside task '%s'", fused->name);
            return reject(why, inner.loc, "%s", inner.text);
        }
        if (t->kind == TASK_STATEFUL_FILTER)
            return reject(why, t->loc, "stateful filter (state carried between items): runs on the CPU");
        if (t->kind == TASK_SINK) return reject(why, t->loc, "sink: runs on the CPU");
        return reject(why, t->loc, "filter after a stateful filter: runs on the CPU");
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
    if (t->graph && t->graph->fused_len < t->graph->filters.len) {
        /* the rest of the graph must see items in order: a filter before it
         * that can throw would throw before earlier items got there */
        for (int i = 0; i < t->nchain; i++) {
            IrInst *thrower = NULL;
            ir_walk(t->chain[i]->body, find_thrower, &thrower);
            if (thrower)
                return reject(why, thrower->loc, "a division that may throw, ahead of a stateful filter or sink");
        }
    }
    if (!t->func) return true;
    return func_ok(&w, t->func);
}
