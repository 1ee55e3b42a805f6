/* isolation.c: the isolation rule of `local` methods (LANGUAGE.md 2.3).
 *
 * A local method may read and write no non-final static field, and call
 * only local methods (and constructors) and the pure library (a call that
 * dispatches: only if every method overriding the callee is local); it may not
 * run a stream graph.  Each local method is checked on its own body;
 * calling another local method is fine because that one is checked too,
 * which makes the check transitive.
 *
 * Requires: a checked body (every name, field, call and reduce method
 * resolved).  Guarantees: every violation is reported where it occurs,
 * naming the method and the line (a compound assignment to a static field
 * is both a write and a read); the tree is not changed. */
#include "front.h"

typedef struct Isolation {
    Program *prog;
    MethodDecl *m;
} Isolation;

static void isolate(Isolation *iso, Node *n, bool written);

static void isolate_all(Isolation *iso, Vec *v) {
    for (int i = 0; i < v->len; i++) isolate(iso, v->items[i], false);
}

static void static_field_use(Isolation *iso, Node *n, bool written) {
    FieldDecl *f = n->field;
    if (!f || !(f->mods & MOD_STATIC)) return;
    if ((f->mods & MOD_FINAL) && !written) return; /* static final: a constant or a fixed reference */
    error_at(n->loc, "local method '%s' %s non-final static field '%s' (line %d)", iso->m->name,
             written ? "writes" : "reads", f->name, n->loc.line);
}

static void isolate(Isolation *iso, Node *n, bool written) {
    if (!n) return;
    switch (n->kind) {
    case ND_NAME: static_field_use(iso, n, written); return;
    case ND_FIELD:
        static_field_use(iso, n, written);
        isolate(iso, n->lhs, false);
        return;
    case ND_ASSIGN:
        isolate(iso, n->lhs, true);
        if (n->op != TK_ASSIGN) isolate(iso, n->lhs, false);
        isolate(iso, n->rhs, false);
        return;
    case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
        isolate(iso, n->lhs, true);
        return;
    case ND_CALL: {
        if (std_stream_of(n)) return; /* System.out as a value: a static final field */
        if (n->monitor_check) { /* a synchronized statement's null check of its lock */
            isolate(iso, n->lhs, false);
            return;
        }
        const char *recv = std_stream_of(n->lhs);
        MethodDecl *over = n->method && (n->method->mods & MOD_LOCAL) && !(n->lhs && n->lhs->kind == ND_SUPER)
                               ? class_nonlocal_override(iso->prog, n->method)
                               : NULL;
        if (n->method && !(n->method->mods & MOD_LOCAL) && !n->method->is_ctor && recv)
            error_at(n->loc, "local method '%s' calls non-local 'System.%s.%s' (line %d)", iso->m->name, recv,
                     n->method->name, n->loc.line);
        else if (n->method && !(n->method->mods & MOD_LOCAL) && !n->method->is_ctor)
            error_at(n->loc, "local method '%s' calls non-local '%s' (line %d)", iso->m->name, n->method->name,
                     n->loc.line);
        else if (over)
            error_at(n->loc, "local method '%s' calls '%s', which %s.%s overrides without being local (line %d)",
                     iso->m->name, n->method->name, over->owner->qualname, over->name, n->loc.line);
        else if (n->builtin && !(n->builtin->flags & BI_PURE))
            error_at(n->loc, "local method '%s' calls non-local '%s.%s' (line %d)", iso->m->name, n->builtin->owner,
                     n->builtin->name, n->loc.line);
        if (n->lhs && !n->lhs->cls && !n->lhs->lib_owner) isolate(iso, n->lhs, false);
        isolate_all(iso, &n->args);
        return;
    }
    case ND_TRY:
        isolate(iso, n->body, false);
        for (int i = 0; i < n->catches.len; i++) isolate(iso, ((CatchClause *)n->catches.items[i])->body, false);
        isolate(iso, n->finally_blk, false);
        return;
    case ND_VARDECL:
        for (int i = 0; i < n->vars.len; i++) isolate(iso, ((LocalVar *)n->vars.items[i])->init, false);
        return;
    case ND_SWITCH: case ND_SWITCH_EXPR:
        isolate(iso, n->lhs, false);
        for (int i = 0; i < n->cases.len; i++) isolate_all(iso, &((SwitchCase *)n->cases.items[i])->stmts);
        return;
    case ND_REDUCE:
        if (n->lhs && n->lhs->method && !(n->lhs->method->mods & MOD_LOCAL))
            error_at(n->loc, "local method '%s' calls non-local '%s' (line %d)", iso->m->name, n->lhs->method->name,
                     n->loc.line);
        isolate(iso, n->rhs, false);
        return;
    case ND_CONNECT:
        error_at(n->loc, "local method '%s' runs a stream graph (line %d)", iso->m->name, n->loc.line);
        return;
    default:
        isolate(iso, n->lhs, false);
        isolate(iso, n->rhs, false);
        isolate(iso, n->cond, false);
        isolate(iso, n->then, false);
        isolate(iso, n->els, false);
        isolate(iso, n->body, false);
        isolate_all(iso, &n->args);
        isolate_all(iso, &n->stmts);
        isolate_all(iso, &n->update);
        return;
    }
}

void check_isolation(Program *prog, MethodDecl *m) {
    if (!(m->mods & MOD_LOCAL) || !m->body) return;
    Isolation iso = {.prog = prog, .m = m};
    isolate(&iso, m->body, false);
}
