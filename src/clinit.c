/* clinit.c: which of the program's classes are initialised lazily, when
 * first used (JLS 12.4.1), and which at startup.
 *
 * The JVM initialises a class (runs its static initialisers) when an
 * instance is created, a static method it declares is called, or a static
 * field it declares is read or written (not a constant variable), its
 * superclass first.  So a class's static initialiser may read another
 * class declared after it, and an enum's values() are there when an outer
 * class's initialiser builds a table of them.
 *
 * Lime runs at startup, in textual order, the static initialisers that
 * cannot tell when they run: inert ones, which only evaluate literals,
 * constants, arithmetic that cannot throw, arrays, lambdas, the class's
 * own static fields, the library's objects and methods on such values,
 * and enum constants whose constructors only store their arguments.
 * Every other class (ClassDecl.lazy_init) gets a state field and a
 * <clinit> function; lower.c checks the state where JLS 12.4.1 says the
 * class is first used, except in code that can only run once the class's
 * initialisation has begun (its own, its subclasses', the classes nested
 * in its code).
 *
 * The code of `local` methods runs on worker threads, where a lazy
 * initialisation could race: a class that local code names (its static
 * fields, static methods or constructors) stays initialised at startup.
 *
 * Requires a checked program; sets ClassDecl.lazy_init. */
#include "front.h"

#include <string.h>

static bool inert_expr(ClassDecl *c, Node *n);

static bool inert_all(ClassDecl *c, Vec *v) {
    for (int i = 0; i < v->len; i++)
        if (!inert_expr(c, v->items[i])) return false;
    return true;
}

static bool is_nonzero_constant(Node *n) { return n->cval.ty && is_primitive(n->cval.ty) && n->cval.i != 0; }

/* An enum constant's (or other) constructor that only stores its
 * parameters or inert values into the object's fields. */
static bool inert_ctor(ClassDecl *c, MethodDecl *m) {
    if (!m || !m->body) return m == NULL;
    for (int i = 0; i < m->body->stmts.len; i++) {
        Node *s = m->body->stmts.items[i];
        if (s->kind != ND_EXPR_STMT) return false;
        Node *e = s->lhs;
        if (e->kind == ND_CALL && !e->lhs && (!strcmp(e->name, "super") || !strcmp(e->name, "this")) &&
            (!e->method || e->method->owner->is_library || inert_ctor(c, e->method)) && inert_all(c, &e->args))
            continue;
        if (e->kind != ND_ASSIGN || e->op != TK_ASSIGN) return false;
        Node *t = e->lhs;
        bool own_field = (t->kind == ND_NAME && t->field && !(t->field->mods & MOD_STATIC)) ||
                         (t->kind == ND_FIELD && t->lhs && t->lhs->kind == ND_THIS && t->field);
        if (!own_field || !inert_expr(c, e->rhs)) return false;
    }
    return true;
}

static bool inert_expr(ClassDecl *c, Node *n) {
    if (!n) return true;
    if (n->cval.ty) return true;
    switch (n->kind) {
    case ND_LITERAL: case ND_CLASS_LIT: case ND_THIS: return true;
    case ND_NAME:
        if (n->var) return true;   /* a constructor's parameter */
        return n->field && (n->field->owner == c || n->field->owner->is_library);
    case ND_FIELD:
        if (n->is_array_length) return inert_expr(c, n->lhs);
        if (!n->field) return false;
        if (n->field->mods & MOD_STATIC) return n->field->owner == c || n->field->owner->is_library;
        return inert_expr(c, n->lhs);
    case ND_CONV: case ND_CAST: case ND_UNARY: return inert_expr(c, n->lhs);
    case ND_BINARY:
        if ((n->op == TK_SLASH || n->op == TK_PERCENT) && n->op_type && !is_primitive(n->op_type)) return false;
        if ((n->op == TK_SLASH || n->op == TK_PERCENT) && !is_nonzero_constant(n->rhs) &&
            n->op_type && n->op_type != ty_float && n->op_type != ty_double)
            return false;   /* an integer division that may throw */
        return inert_expr(c, n->lhs) && inert_expr(c, n->rhs);
    case ND_COND: return inert_expr(c, n->cond) && inert_expr(c, n->then) && inert_expr(c, n->els);
    case ND_ARRAY_INIT: return inert_all(c, &n->args);
    case ND_NEW_ARRAY:
        for (int i = 0; i < n->args.len; i++) {
            Node *d = n->args.items[i];
            if (!d->cval.ty || d->cval.i < 0) return false;
        }
        return inert_expr(c, n->lhs) && (!n->rhs || inert_expr(c, n->rhs));
    case ND_NEW:
        if (n->anon && n->anon->is_lambda) return true;   /* making a lambda runs none of its code */
        if (n->anon) return false;
        if (!n->method) return inert_all(c, &n->args);
        if (n->method->owner->is_library) return inert_all(c, &n->args);
        /* an enum's own constants */
        return n->method->owner == c && c->is_enum && inert_ctor(c, n->method) && inert_all(c, &n->args);
    case ND_CALL:
        if (n->builtin) return (!n->lhs || inert_expr(c, n->lhs)) && inert_all(c, &n->args);
        if (!n->method || !n->method->owner->is_library) return false;
        return (!n->lhs || n->lhs->cls || inert_expr(c, n->lhs)) && inert_all(c, &n->args);
    default: return false;
    }
}

/* Whether c's static initialisation cannot tell when it runs. */
static bool inert_class(ClassDecl *c) {
    for (int i = 0; i < c->static_inits.len; i++) {
        StaticInit *si = c->static_inits.items[i];
        if (si->block || !inert_expr(c, si->field->init)) return false;
    }
    return true;
}

/* Marking the classes that code names, for the startup (eager[i] for
 * prog->classes.items[i]). */
typedef struct Marking {
    Program *prog;
    bool *eager;
} Marking;

static void mark_class(Marking *mk, ClassDecl *k) {
    for (int i = 0; k && i < mk->prog->classes.len; i++)
        if (mk->prog->classes.items[i] == k) mk->eager[i] = true;
}

/* the classes whose static members or constructors n names */
static void mark_named_classes(Node *n, void *ctx) {
    Marking *mk = ctx;
    if ((n->kind == ND_NAME || n->kind == ND_FIELD) && n->field && (n->field->mods & MOD_STATIC)) mark_class(mk, n->field->owner);
    if (n->kind == ND_CALL && n->method && ((n->method->mods & MOD_STATIC) || n->is_map)) mark_class(mk, n->method->owner);
    if (n->kind == ND_NEW && n->method) mark_class(mk, n->method->owner);
    if (n->cls) mark_class(mk, n->cls);
    ast_each_child(n, mark_named_classes, mk);
}

/* The tasks (maps, reduces, graph filters) in n: their code runs on worker
 * threads, so the classes they name are marked, and so are those whose
 * local methods n calls. */
static void mark_tasks(Node *n, void *ctx) {
    Marking *mk = ctx;
    if (n->kind == ND_TASK || n->kind == ND_REDUCE || (n->kind == ND_CALL && n->is_map)) {
        mark_named_classes(n, mk);
        return;
    }
    if (n->kind == ND_CALL && n->method && (n->method->mods & MOD_LOCAL)) mark_class(mk, n->method->owner);
    ast_each_child(n, mark_tasks, mk);
}

static void mark_in(Marking *mk, Node *n, void (*visit)(Node *, void *)) {
    if (n) visit(n, mk);
}

static int class_index(Program *prog, ClassDecl *c) {
    for (int i = 0; i < prog->classes.len; i++)
        if (prog->classes.items[i] == c) return i;
    return -1;
}

void clinit_plan(Program *prog) {
    int n = prog->classes.len;
    bool *eager = xalloc(sizeof(bool) * (size_t)(n + 1));
    Marking mk = {prog, eager};
    for (int i = 0; i < n; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (c->is_library) continue;
        for (int j = 0; j < c->methods.len; j++) {
            MethodDecl *m = c->methods.items[j];
            if (m->mods & MOD_LOCAL) mark_in(&mk, m->body, mark_named_classes);
            mark_in(&mk, m->body, mark_tasks);
        }
        for (int j = 0; j < c->ctors.len; j++) mark_in(&mk, ((MethodDecl *)c->ctors.items[j])->body, mark_tasks);
        for (int j = 0; j < c->static_inits.len; j++) {
            StaticInit *si = c->static_inits.items[j];
            mark_in(&mk, si->block ? si->block : si->field->init, mark_tasks);
        }
    }
    /* a class initialised at startup has its superclasses so too; one
     * initialised lazily, its subclasses (each initialises its superclass
     * first) */
    for (int i = 0; i < n; i++) {
        if (!eager[i]) continue;
        for (ClassDecl *s = ((ClassDecl *)prog->classes.items[i])->super; s; s = s->super) {
            int k = class_index(prog, s);
            if (k >= 0) eager[k] = true;
        }
    }
    for (int i = 0; i < n; i++) {
        ClassDecl *c = prog->classes.items[i];
        ClassDecl *top = c;
        while (top->outer) top = top->outer;
        c->lazy_init = !top->is_library && !eager[i] && !c->is_value && class_is_compiled(c) && !inert_class(c);
    }
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < n; i++) {
            ClassDecl *c = prog->classes.items[i];
            if (c->lazy_init || eager[i] || !c->super || !c->super->lazy_init || c->is_library) continue;
            c->lazy_init = changed = true;
        }
    }
}
