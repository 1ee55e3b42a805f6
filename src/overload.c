/* overload.c: overload resolution (JLS 15.12.2, without varargs), shared by calls of user methods, constructors and the library
 * members of builtins.c.
 *
 * Requires: arguments already checked (each has ty) and candidates' types
 * resolved.  Guarantees: resolve_overload() returns the one applicable
 * candidate (by strict or loose invocation, JLS 15.12.2.2, else with
 * boxing and unboxing, 15.12.2.3) that is more specific than
 * every other applicable one, else reports javac's message ("cannot find
 * symbol", "no suitable method found", "reference to ... is ambiguous")
 * and returns -1; it reports nothing when an argument is already an error.
 * A method's candidate has its own array of parameter types, however many;
 * a builtin has at most 16. */
#include "front.h"

#include <string.h>

void candidate_of_method(Candidate *c, MethodDecl *m) {
    memset(c, 0, sizeof *c);
    c->m = m;
    c->nparams = m->params.len;
    c->params = xalloc(sizeof(Type *) * (size_t)(m->params.len + 1));
    for (int i = 0; i < m->params.len; i++) {
        LocalVar *p = m->params.items[i];
        c->params[i] = p->ty ? p->ty : ty_error;
    }
}

void candidate_of_builtin(Candidate *c, const Builtin *b) {
    memset(c, 0, sizeof *c);
    c->b = b;
    c->params = xalloc(sizeof(Type *) * 16);
    c->nparams = builtin_param_types(b, c->params, 16);
}

/* A lambda fits a parameter of a functional interface type with as many
 * parameters; a method reference any functional interface; either one a
 * type variable of the generic method, open until the target binds it
 * (JLS 15.12.2.1). */
static bool lambda_fits(Node *a, Type *param) {
    if (param->kind == TY_TYPEVAR) return true;   /* a generic method's own, left open (Map.of("k", () -> 1)) */
    if (param->kind != TY_CLASS || !param->cls->is_interface) return false;
    MethodDecl *sam = class_functional_method(param->cls, NULL);
    if (!sam) return false;
    return a->kind != ND_LAMBDA || a->vars.len == sam->params.len;
}
/* phase 1: without boxing; phase 2: with boxing and unboxing */
static int phase;

static bool applicable(Candidate *c, Vec *args) {
    if (c->nparams != args->len || c->clash) return false;
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        Type *from = a->ty;
        if (from == ty_lambda) {
            if (!lambda_fits(a, c->params[i])) return false;
        } else if (phase == 2 ? !is_loose_convertible(from, c->params[i]) : !is_method_convertible(from, c->params[i]))
            return false;
    }
    return true;
}

bool overload_applicable(Candidate *c, Vec *args) { return applicable(c, args); }

bool overload_arg_fits(Node *a, Type *param) {
    return a->ty == ty_lambda ? lambda_fits(a, param) : is_method_convertible(a->ty, param);
}

static bool any_applicable(Candidate *cands, int n, Vec *args) {
    for (int i = 0; i < n; i++)
        if (applicable(&cands[i], args)) return true;
    return false;
}

static bool more_specific(Candidate *a, Candidate *b) {
    for (int i = 0; i < a->nparams; i++)
        if (!is_method_convertible(a->params[i], b->params[i])) return false;
    return true;
}

/* By the declared parameter types, erased: where two generic methods'
 * instantiated types are the same (of(T) and of(T...) for a String[]),
 * JLS 15.12.2.5 compares the declared ones, so of(T...) is more specific. */
static bool declared_more_specific(Candidate *a, Candidate *b) {
    if (!a->m || !b->m || a->m->params.len != a->nparams || b->m->params.len != b->nparams) return false;
    for (int i = 0; i < a->nparams; i++) {
        Type *pa = ((LocalVar *)a->m->params.items[i])->ty, *pb = ((LocalVar *)b->m->params.items[i])->ty;
        if (!pa || !pb || !is_method_convertible(erase(pa), erase(pb))) return false;
    }
    return true;
}

static bool strictly_more_specific(Candidate *a, Candidate *b) {
    if (!more_specific(a, b)) return false;
    if (!more_specific(b, a)) return true;
    return declared_more_specific(a, b) && !declared_more_specific(b, a);
}

/* The argument types of a call as messages show them; a lambda or a
 * method reference has none before a target types it. */
const char *arg_types_text(Vec *args) {
    StrBuf sb = {0};
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        const char *text = a->kind == ND_LAMBDA ? "<lambda>" : a->kind == ND_METHOD_REF ? "<method reference>" : type_user_name(a->ty);
        sb_printf(&sb, "%s%s", i ? "," : "", text);
    }
    return xstrdup(sb_str(&sb));
}

/* A map `f(@ a)` over T items of a method taking T[[N]]: a filter's
 * parameter (N items a firing), which means nothing to a map; reports it
 * and returns true. */
static bool map_of_rate_param(Candidate *cands, int n, Vec *args, const char *name, Loc loc) {
    for (int c = 0; c < n; c++) {
        if (cands[c].nparams != args->len) continue;
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            Type *p = cands[c].params[i];
            if (a->kind != ND_MAP_ARG || p->kind != TY_VALUE_ARRAY || p->fixed_len < 0 || p->elem != a->ty) continue;
            error_at(a->loc,
                     "'%s' takes %s: %d items a firing as a filter of a stream graph (a.source() => task ...); "
                     "a map calls it once per element, with one %s",
                     name, type_user_name(p), p->fixed_len, type_user_name(a->ty));
            return true;
        }
    }
    return false;
}

/* Picks the most specific applicable candidate (JLS 15.12.2), or reports.
 * Returns the index or -1. */
int resolve_overload(Candidate *cands, int n, Vec *args, const char *name, Loc loc) {
    for (int i = 0; i < args->len; i++)
        if (((Node *)args->items[i])->ty == ty_error) return -1;
    phase = 1;
    if (!any_applicable(cands, n, args)) phase = 2;
    int best = -1;
    bool ambiguous = false;
    for (int i = 0; i < n; i++) {
        if (!applicable(&cands[i], args)) continue;
        if (best < 0 || strictly_more_specific(&cands[i], &cands[best])) {
            best = i;
            ambiguous = false;
        } else if (!more_specific(&cands[best], &cands[i])) {
            ambiguous = true;
        }
    }
    if (best >= 0 && !ambiguous) {
        /* best must be more specific than every other applicable one */
        for (int i = 0; i < n; i++)
            if (i != best && applicable(&cands[i], args) && !more_specific(&cands[best], &cands[i])) ambiguous = true;
    }
    if (best < 0) {
        if (map_of_rate_param(cands, n, args, name, loc)) return -1;
        if (n == 0) error_at(loc, "cannot find symbol: method '%s(%s)'", name, arg_types_text(args));
        else error_at(loc, "no suitable method found for '%s(%s)'", name, arg_types_text(args));
        return -1;
    }
    if (ambiguous) {
        error_at(loc, "reference to '%s' is ambiguous", name);
        return -1;
    }
    return best;
}
