/* checked.c: checked exceptions (JLS 11.2): every checked exception a
 * method body or initialiser can throw is caught by an enclosing try or
 * declared in the method's throws clause, and a catch of a checked
 * exception has a try block that can throw it.
 *
 * Requires a checked body (types, methods and constructors resolved).
 * A checked exception is a Throwable that is neither a RuntimeException
 * nor an Error.  What a construct throws: `throw e`, the static type of e
 * (for a catch parameter never assigned: what its try block throws that
 * the catch catches, JLS 11.2.2); a call or `new`, the callee's throws
 * clause; a constructor, the implicit super() too. */
#include "front.h"

#include <string.h>

typedef struct Thrown {
    Type *ty;
    Loc loc;
} Thrown;

typedef struct Ctx {
    MethodDecl *m;
    Vec *collect;          /* Thrown*: the innermost try block's (NULL: none) */
    ClassDecl *throwable, *runtime_exc, *error;
} Ctx;

/* catch parameter -> what its try block throws that it catches */
typedef struct Rethrow {
    LocalVar *var;
    Vec types;             /* Type* */
} Rethrow;
static Vec rethrows;       /* Rethrow* of the method being checked */

/* The class of an exception type: a type variable's is its bound's. */
static ClassDecl *exc_class(Type *t) {
    while (t && t->kind == TY_TYPEVAR) t = t->bound;
    return t && t->kind == TY_CLASS ? t->cls : NULL;
}

static bool is_checked_exception(Ctx *c, Type *t) {
    ClassDecl *k = exc_class(t);
    if (!k || !c->throwable) return false;
    return class_is_subtype(k, c->throwable) && !class_is_subtype(k, c->runtime_exc) && !class_is_subtype(k, c->error);
}

/* t is d, or a subtype of d (a type variable: through its bounds; a
 * declared type variable covers only itself and those bounded by it). */
static bool exc_subtype(Type *t, Type *d) {
    if (!t || !d) return false;
    if (d->kind == TY_TYPEVAR) {
        for (; t && t->kind == TY_TYPEVAR; t = t->bound)
            if (t == d) return true;
        return false;
    }
    ClassDecl *k = exc_class(t);
    return k && d->kind == TY_CLASS && class_is_subtype(k, d->cls);
}

static bool declared(Ctx *c, Type *t) {
    for (int i = 0; c->m && i < c->m->throws.len; i++)
        if (exc_subtype(t, ((Node *)c->m->throws.items[i])->ty)) return true;
    return false;
}

static void throws_type(Ctx *c, Type *t, Loc loc) {
    if (!is_checked_exception(c, t)) return;
    if (c->collect) {
        Thrown *th = xalloc(sizeof *th);
        th->ty = t;
        th->loc = loc;
        vec_push(c->collect, th);
        return;
    }
    if (!declared(c, t))
        error_at(loc, "unreported exception %s; must be caught or declared to be thrown", type_user_name(t));
}

/* What a call n of callee throws: its throws clause as the call's type
 * arguments make it (Node.thrown), else as declared. */
static void throws_of(Ctx *c, Node *n, MethodDecl *callee, Loc loc) {
    if (n && n->thrown.len) {
        for (int i = 0; i < n->thrown.len; i++) throws_type(c, n->thrown.items[i], loc);
        return;
    }
    for (int i = 0; callee && i < callee->throws.len; i++) throws_type(c, ((Node *)callee->throws.items[i])->ty, loc);
}

static void walk(Ctx *c, Node *n);

static void walk_vec(Ctx *c, Vec *v) {
    for (int i = 0; i < v->len; i++) walk(c, v->items[i]);
}

static Rethrow *rethrow_of(LocalVar *v) {
    for (int i = 0; i < rethrows.len; i++) {
        Rethrow *r = rethrows.items[i];
        if (r->var == v) return r;
    }
    return NULL;
}

static bool catches(CatchClause *cc, Type *t) {
    for (int i = 0; i < cc->types.len; i++)
        if (exc_subtype(t, ((Node *)cc->types.items[i])->ty)) return true;
    return false;
}

static void try_stmt(Ctx *c, Node *n) {
    Vec body = {0};
    Vec *outer = c->collect;
    c->collect = &body;
    walk(c, n->body);
    c->collect = outer;
    for (int i = 0; i < n->catches.len; i++) {
        CatchClause *cc = n->catches.items[i];
        Rethrow *r = xalloc(sizeof *r);
        r->var = cc->var;
        for (int k = 0; k < body.len; k++) {
            Thrown *th = body.items[k];
            bool earlier = false;
            for (int j = 0; j < i && !earlier; j++) earlier = catches(n->catches.items[j], th->ty);
            if (!earlier && catches(cc, th->ty)) vec_push(&r->types, th->ty);
        }
        vec_push(&rethrows, r);
        /* a catch of a checked exception the try block cannot throw (JLS 11.2.3) */
        for (int j = 0; j < cc->types.len; j++) {
            Node *tn = cc->types.items[j];
            Type *ct = tn->ty;
            if (!is_checked_exception(c, ct) || ct->cls == c->throwable || class_is_subtype(c->runtime_exc, ct->cls))
                continue;
            bool can = false;
            for (int k = 0; k < body.len && !can; k++) {
                ClassDecl *bc = exc_class(((Thrown *)body.items[k])->ty);
                can = class_is_subtype(bc, ct->cls) || class_is_subtype(ct->cls, bc);
            }
            if (!can)
                error_at(cc->loc, "exception %s is never thrown in body of corresponding try statement", type_user_name(ct));
        }
        walk(c, cc->body);
    }
    for (int k = 0; k < body.len; k++) {
        Thrown *th = body.items[k];
        bool caught = false;
        for (int i = 0; i < n->catches.len && !caught; i++) caught = catches(n->catches.items[i], th->ty);
        if (!caught) throws_type(c, th->ty, th->loc);
    }
    if (n->finally_blk) walk(c, n->finally_blk);
}

static bool is_assigned_in(Node *n, LocalVar *v);

static void walk(Ctx *c, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case ND_TRY: try_stmt(c, n); return;
    case ND_THROW: {
        walk(c, n->lhs);
        Node *e = n->lhs;
        Rethrow *r = e->kind == ND_NAME && e->var ? rethrow_of(e->var) : NULL;
        if (r && !is_assigned_in(c->m ? c->m->body : NULL, e->var)) {
            for (int i = 0; i < r->types.len; i++) throws_type(c, r->types.items[i], n->loc);
            return;
        }
        throws_type(c, e->ty, n->loc);
        return;
    }
    case ND_CALL: case ND_NEW:
        walk(c, n->lhs);
        walk_vec(c, &n->args);
        if (n->method) throws_of(c, n, n->method, n->loc);
        return;
    case ND_VARDECL:
        for (int i = 0; i < n->vars.len; i++) walk(c, ((LocalVar *)n->vars.items[i])->init);
        return;
    case ND_SWITCH: case ND_SWITCH_EXPR:
        walk(c, n->lhs);
        for (int i = 0; i < n->cases.len; i++) walk_vec(c, &((SwitchCase *)n->cases.items[i])->stmts);
        return;
    case ND_TYPE: return;
    default:
        walk(c, n->lhs);
        walk(c, n->rhs);
        walk(c, n->cond);
        walk(c, n->then);
        walk(c, n->els);
        walk(c, n->body);
        walk_vec(c, &n->args);
        walk_vec(c, &n->stmts);
        walk_vec(c, &n->update);
        return;
    }
}

static bool assigns(Node *n, LocalVar *v) {
    if (!n) return false;
    if ((n->kind == ND_ASSIGN || n->kind == ND_PREINC || n->kind == ND_PREDEC || n->kind == ND_POSTINC ||
         n->kind == ND_POSTDEC) &&
        n->lhs && n->lhs->kind == ND_NAME && n->lhs->var == v)
        return true;
    if (assigns(n->lhs, v) || assigns(n->rhs, v) || assigns(n->cond, v) || assigns(n->then, v) || assigns(n->els, v) ||
        assigns(n->body, v) || assigns(n->finally_blk, v))
        return true;
    Vec *vs[3] = {&n->args, &n->stmts, &n->update};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < vs[k]->len; i++)
            if (assigns(vs[k]->items[i], v)) return true;
    for (int i = 0; i < n->vars.len; i++)
        if (assigns(((LocalVar *)n->vars.items[i])->init, v)) return true;
    for (int i = 0; i < n->cases.len; i++) {
        Vec *st = &((SwitchCase *)n->cases.items[i])->stmts;
        for (int j = 0; j < st->len; j++)
            if (assigns(st->items[j], v)) return true;
    }
    for (int i = 0; i < n->catches.len; i++)
        if (assigns(((CatchClause *)n->catches.items[i])->body, v)) return true;
    return false;
}

static bool is_assigned_in(Node *body, LocalVar *v) { return assigns(body, v); }

void check_checked_exceptions(Program *prog, MethodDecl *m, MethodDecl *implicit_super) {
    Ctx c = {.m = m};
    for (int i = 0; i < prog->top_classes.len; i++) {
        ClassDecl *k = prog->top_classes.items[i];
        if (!k->is_library || !k->package || strcmp(k->package, "java.lang")) continue;
        if (!strcmp(k->name, "Throwable")) c.throwable = k;
        else if (!strcmp(k->name, "RuntimeException")) c.runtime_exc = k;
        else if (!strcmp(k->name, "Error")) c.error = k;
    }
    if (!c.throwable || !c.runtime_exc || !c.error) return;
    rethrows.len = 0;
    if (implicit_super) throws_of(&c, NULL, implicit_super, m->loc);
    walk(&c, m->body);
}
