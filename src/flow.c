/* flow.c: reachability (JLS 14.22) and definite assignment (JLS 16).
 *
 * Requires a checked method body (break/continue targets resolved, locals
 * numbered).  Reports "unreachable statement", "missing return statement"
 * and "variable 'x' might not have been initialized".
 *
 * A set of definitely assigned locals is a bit vector over the method's
 * locals.  The set after a statement that cannot complete normally is the
 * full set (vacuously everything is assigned there), which makes the
 * intersections at join points come out right. */
#include "front.h"

#include <string.h>

typedef uint64_t *Bits;

/* A break or continue seen while reachable: where it goes and what was
 * assigned when it went. */
typedef struct Jump {
    Node *target;
    bool is_continue;
    Bits da;
} Jump;

typedef struct Flow {
    MethodDecl *m;
    int nwords;
    Vec jumps;             /* Jump* */
} Flow;

static Bits bits_new(Flow *fl, bool full) {
    Bits b = xalloc(sizeof(uint64_t) * (size_t)fl->nwords);
    if (full) memset(b, 0xff, sizeof(uint64_t) * (size_t)fl->nwords);
    return b;
}

static Bits bits_copy(Flow *fl, Bits a) {
    Bits b = bits_new(fl, false);
    memcpy(b, a, sizeof(uint64_t) * (size_t)fl->nwords);
    return b;
}

static void bits_and(Flow *fl, Bits into, Bits a) {
    for (int i = 0; i < fl->nwords; i++) into[i] &= a[i];
}

static void bits_set(Bits b, int i) { b[i / 64] |= (uint64_t)1 << (i % 64); }
static void bits_clear(Bits b, int i) { b[i / 64] &= ~((uint64_t)1 << (i % 64)); }
static bool bits_has(Bits b, int i) { return (b[i / 64] >> (i % 64)) & 1; }

/* Intersects into `da` the sets of every jump to target of the given kind;
 * returns whether there was one. */
static bool join_jumps(Flow *fl, Node *target, bool is_continue, Bits da) {
    bool any = false;
    for (int i = 0; i < fl->jumps.len; i++) {
        Jump *j = fl->jumps.items[i];
        if (j->target != target || j->is_continue != is_continue) continue;
        bits_and(fl, da, j->da);
        any = true;
    }
    return any;
}

static bool is_const_bool(Node *n, bool v) {
    return n->cval.ty == ty_boolean && (n->cval.i != 0) == v;
}

static void expr(Flow *fl, Node *n, Bits da);
static bool stmts(Flow *fl, Vec *v, bool reachable, Bits da);

/* A boolean expression: da_true/da_false receive the sets after it when
 * it is true / false (JLS 16.1.1 - 16.1.7). */
static void cond(Flow *fl, Node *n, Bits da, Bits da_true, Bits da_false) {
    size_t size = sizeof(uint64_t) * (size_t)fl->nwords;
    if (is_const_bool(n, true)) {
        memcpy(da_true, da, size);
        memset(da_false, 0xff, size);
        return;
    }
    if (is_const_bool(n, false)) {
        memset(da_true, 0xff, size);
        memcpy(da_false, da, size);
        return;
    }
    if (n->kind == ND_BINARY && (n->op == TK_ANDAND || n->op == TK_OROR)) {
        Bits lt = bits_new(fl, false), lf = bits_new(fl, false);
        cond(fl, n->lhs, da, lt, lf);
        Bits rt = bits_new(fl, false), rf = bits_new(fl, false);
        if (n->op == TK_ANDAND) {
            cond(fl, n->rhs, lt, rt, rf);
            memcpy(da_true, rt, size);
            memcpy(da_false, lf, size);
            bits_and(fl, da_false, rf);
        } else {
            cond(fl, n->rhs, lf, rt, rf);
            memcpy(da_true, lt, size);
            bits_and(fl, da_true, rt);
            memcpy(da_false, rf, size);
        }
        return;
    }
    if (n->kind == ND_UNARY && n->op == TK_BANG) {
        cond(fl, n->lhs, da, da_false, da_true);
        return;
    }
    Bits d = bits_copy(fl, da);
    expr(fl, n, d);
    memcpy(da_true, d, size);
    memcpy(da_false, d, size);
}

static void use_var(Flow *fl, Node *n, Bits da) {
    LocalVar *v = n->var;
    if (v && !v->is_param && !bits_has(da, v->index)) {
        error_at(n->loc, "variable '%s' might not have been initialized", v->name);
        bits_set(da, v->index); /* report once */
    }
}

static void exprs(Flow *fl, Vec *v, Bits da) {
    for (int i = 0; i < v->len; i++) expr(fl, v->items[i], da);
}

/* Evaluates an assignment target's subexpressions (not the variable). */
static void target(Flow *fl, Node *t, Bits da, bool reads) {
    if (t->kind == ND_NAME) {
        if (reads) use_var(fl, t, da);
        return;
    }
    if (t->kind == ND_FIELD) {
        if (t->lhs) expr(fl, t->lhs, da);
        return;
    }
    expr(fl, t, da);
}

static void assigned(Node *t, Bits da) {
    if (t->kind == ND_NAME && t->var) bits_set(da, t->var->index);
}

static void expr(Flow *fl, Node *n, Bits da) {
    if (!n) return;
    switch (n->kind) {
    case ND_NAME: use_var(fl, n, da); return;
    case ND_ASSIGN:
        target(fl, n->lhs, da, n->op != TK_ASSIGN);
        expr(fl, n->rhs, da);
        assigned(n->lhs, da);
        return;
    case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
        target(fl, n->lhs, da, true);
        return;
    case ND_BINARY:
        if (n->op == TK_ANDAND || n->op == TK_OROR) {
            Bits t = bits_new(fl, false), f = bits_new(fl, false);
            cond(fl, n, da, t, f);
            bits_and(fl, t, f);
            memcpy(da, t, sizeof(uint64_t) * (size_t)fl->nwords);
            return;
        }
        expr(fl, n->lhs, da);
        expr(fl, n->rhs, da);
        return;
    case ND_UNARY:
        if (n->op == TK_BANG) {
            Bits t = bits_new(fl, false), f = bits_new(fl, false);
            cond(fl, n, da, t, f);
            bits_and(fl, t, f);
            memcpy(da, t, sizeof(uint64_t) * (size_t)fl->nwords);
            return;
        }
        expr(fl, n->lhs, da);
        return;
    case ND_COND: {
        Bits t = bits_new(fl, false), f = bits_new(fl, false);
        cond(fl, n->cond, da, t, f);
        expr(fl, n->then, t);
        expr(fl, n->els, f);
        bits_and(fl, t, f);
        memcpy(da, t, sizeof(uint64_t) * (size_t)fl->nwords);
        return;
    }
    case ND_CALL: case ND_NEW:
        expr(fl, n->lhs, da);
        exprs(fl, &n->args, da);
        return;
    case ND_NEW_ARRAY:
        exprs(fl, &n->args, da);
        expr(fl, n->rhs, da);
        return;
    case ND_ARRAY_INIT: exprs(fl, &n->args, da); return;
    case ND_INDEX:
        expr(fl, n->lhs, da);
        expr(fl, n->rhs, da);
        return;
    case ND_FIELD: case ND_CAST: case ND_CONV: case ND_MAP_ARG:
        expr(fl, n->lhs, da);
        return;
    case ND_REDUCE: case ND_NEW_VALUE_ARRAY:
        expr(fl, n->lhs && n->kind == ND_NEW_VALUE_ARRAY ? n->lhs : NULL, da);
        expr(fl, n->rhs, da);
        return;
    case ND_CONNECT:
        expr(fl, n->lhs, da);
        if (n->rhs->lhs && n->rhs->lhs->kind == ND_FIELD) expr(fl, n->rhs->lhs->lhs, da);
        return;
    case ND_SWITCH_EXPR: {
        /* its arms as statements (each ends in a yield or a throw) */
        expr(fl, n->lhs, da);
        for (int i = 0; i < n->cases.len; i++) {
            Bits d = bits_copy(fl, da);
            stmts(fl, &((SwitchCase *)n->cases.items[i])->stmts, true, d);
        }
        return;
    }
        case ND_INSTANCEOF:
        /* the checker lets a pattern variable be used only where it matched */
        expr(fl, n->lhs, da);
        if (n->pattern_var) bits_set(da, n->pattern_var->index);
        return;
    default: return;
    }
}

static bool stmt(Flow *fl, Node *n, bool reachable, Bits da);

/* Where a statement starts, for messages about the whole statement: an
 * expression statement's node sits at its operator (javac's caret for
 * expression errors), its start is the leftmost operand. */
static Loc stmt_start(Node *n) {
    Node *e = n->kind == ND_EXPR_STMT ? n->lhs : NULL;
    while (e && !e->parenthesized && e->lhs &&
           (e->kind == ND_BINARY || e->kind == ND_ASSIGN || e->kind == ND_INDEX || e->kind == ND_FIELD ||
            e->kind == ND_CALL || e->kind == ND_POSTINC || e->kind == ND_POSTDEC || e->kind == ND_COND))
        e = e->kind == ND_COND ? e->cond : e->lhs;
    if (e && e->kind == ND_CALL && !e->lhs) return e->loc;
    return e ? e->loc : n->loc;
}

/* Statements in sequence; the first unreachable one is an error (once:
 * what follows it is not reported again). */
static bool stmts(Flow *fl, Vec *v, bool reachable, Bits da) {
    bool reported = false;
    for (int i = 0; i < v->len; i++) {
        Node *s = v->items[i];
        if (!reachable && !reported && !s->implicit) {
            error_at(stmt_start(s), "unreachable statement");
            reported = true;
        }
        reachable = stmt(fl, s, true, da) && reachable;
    }
    return reachable;
}

static void set_full(Flow *fl, Bits da) { memset(da, 0xff, sizeof(uint64_t) * (size_t)fl->nwords); }

static void jump(Flow *fl, Node *n, bool reachable, Bits da) {
    if (!reachable || !n->target) return;
    Jump *j = xalloc(sizeof *j);
    j->target = n->target;
    j->is_continue = n->kind == ND_CONTINUE;
    j->da = bits_copy(fl, da);
    vec_push(&fl->jumps, j);
}

/* Analyses one statement: updates da to the set after normal completion
 * and returns whether it can complete normally. */
static bool stmt(Flow *fl, Node *n, bool reachable, Bits da) {
    size_t size = sizeof(uint64_t) * (size_t)fl->nwords;
    switch (n->kind) {
    case ND_BLOCK: return stmts(fl, &n->stmts, reachable, da);
    case ND_VARDECL:
        for (int i = 0; i < n->vars.len; i++) {
            LocalVar *v = n->vars.items[i];
            if (v->init) {
                expr(fl, v->init, da);
                bits_set(da, v->index);
            } else bits_clear(da, v->index);
        }
        return reachable;
    case ND_EXPR_STMT: expr(fl, n->lhs, da); return reachable;
    case ND_EMPTY: return reachable;
    case ND_ASSERT: {
        /* JLS 16.2.8: what is assigned after is what was before (the
         * statement may not run); the detail runs when cond is false */
        Bits t = bits_new(fl, false), f = bits_new(fl, false);
        cond(fl, n->cond, da, t, f);
        if (n->lhs) expr(fl, n->lhs, f);
        return reachable;
    }
    case ND_IF: {
        Bits t = bits_new(fl, false), f = bits_new(fl, false);
        cond(fl, n->cond, da, t, f);
        bool c1 = stmt(fl, n->then, reachable, t);
        bool c2 = n->els ? stmt(fl, n->els, reachable, f) : reachable;
        if (!c1) set_full(fl, t);
        if (!c2) set_full(fl, f);
        bits_and(fl, t, f);
        memcpy(da, t, size);
        return c1 || c2;
    }
    case ND_WHILE: case ND_FOR: {
        if (n->kind == ND_FOR)
            for (int i = 0; i < n->stmts.len; i++) stmt(fl, n->stmts.items[i], reachable, da);
        Bits t = bits_new(fl, false), f = bits_new(fl, false);
        bool forever = !n->cond || is_const_bool(n->cond, true);
        if (n->cond) cond(fl, n->cond, da, t, f);
        else {
            memcpy(t, da, size);
            set_full(fl, f);
        }
        bool body_reachable = reachable && !(n->cond && is_const_bool(n->cond, false));
        if (!body_reachable && reachable) error_at(n->body->loc, "unreachable statement");
        bool body_completes = stmt(fl, n->body, true, t);
        if (n->kind == ND_FOR) {
            if (!body_completes) set_full(fl, t);
            join_jumps(fl, n, true, t);
            for (int i = 0; i < n->update.len; i++) stmt(fl, n->update.items[i], true, t);
        }
        bool broken = join_jumps(fl, n, false, f);
        memcpy(da, f, size);
        return (reachable && !forever) || broken;
    }
    case ND_DO: {
        Bits body_da = bits_copy(fl, da);
        bool body_completes = stmt(fl, n->body, reachable, body_da);
        if (!body_completes) set_full(fl, body_da);
        bool continued = join_jumps(fl, n, true, body_da);
        Bits t = bits_new(fl, false), f = bits_new(fl, false);
        cond(fl, n->cond, body_da, t, f);
        bool broken = join_jumps(fl, n, false, f);
        memcpy(da, f, size);
        return ((body_completes || continued) && !is_const_bool(n->cond, true)) || broken;
    }
    case ND_FOREACH: {
        expr(fl, n->lhs, da);
        Bits body_da = bits_copy(fl, da);
        bits_set(body_da, n->foreach_var->index);
        stmt(fl, n->body, reachable, body_da);
        join_jumps(fl, n, false, da);
        return reachable;
    }
    case ND_LABELED: {
        bool c = stmt(fl, n->body, reachable, da);
        if (!c) set_full(fl, da);
        bool broken = join_jumps(fl, n, false, da);
        return c || broken;
    }
    case ND_SWITCH: {
        expr(fl, n->lhs, da);
        Bits sel = bits_copy(fl, da);
        Bits cur = bits_new(fl, true);
        bool completes = true, has_default = false;
        for (int i = 0; i < n->cases.len; i++) {
            SwitchCase *c = n->cases.items[i];
            if (c->is_default) has_default = true;
            bits_and(fl, cur, sel); /* entered by a label, or fallen into */
            completes = stmts(fl, &c->stmts, reachable, cur);
            if (!completes) set_full(fl, cur);
        }
        if (!completes) set_full(fl, cur);
        if (!has_default) bits_and(fl, cur, sel);
        bool broken = join_jumps(fl, n, false, cur);
        memcpy(da, cur, size);
        return completes || !has_default || broken || n->cases.len == 0;
    }
    case ND_BREAK: case ND_CONTINUE:
        jump(fl, n, reachable, da);
        set_full(fl, da);
        return false;
    case ND_RETURN: case ND_THROW: case ND_YIELD:
        expr(fl, n->lhs, da);
        set_full(fl, da);
        return false;
    case ND_TRY: {
        /* a catch may run after any part of the try block: it starts from
         * what was assigned before it; the finally block from the same */
        Bits before = bits_copy(fl, da), after = bits_new(fl, true);
        bool completes = stmt(fl, n->body, reachable, da);
        if (completes) bits_and(fl, after, da);
        for (int i = 0; i < n->catches.len; i++) {
            CatchClause *c = n->catches.items[i];
            Bits d = bits_copy(fl, before);
            bits_set(d, c->var->index);
            if (stmt(fl, c->body, reachable, d)) {
                completes = true;
                bits_and(fl, after, d);
            }
        }
        if (n->finally_blk) {
            Bits d = bits_copy(fl, before);
            if (!stmt(fl, n->finally_blk, reachable, d)) {
                set_full(fl, da);
                return false;
            }
            for (int w = 0; w < fl->nwords; w++) after[w] |= d[w];
        }
        memcpy(da, after, size);
        return completes;
    }
    default: return reachable;
    }
}

bool check_flow(MethodDecl *m) {
    if (!m->body) return true;
    int errors = error_count;
    Flow fl = {.m = m};
    fl.nwords = (m->locals.len + 63) / 64 + 1;
    Bits da = bits_new(&fl, false);
    for (int i = 0; i < m->locals.len; i++)
        if (((LocalVar *)m->locals.items[i])->is_param) bits_set(da, i);
    bool completes = stmt(&fl, m->body, true, da);
    bool returns_value = !m->is_ctor && m->ret && m->ret != ty_void && m->name[0] != '<';
    if (completes && returns_value) error_at(m->body->end_loc, "missing return statement");
    return error_count == errors;
}
