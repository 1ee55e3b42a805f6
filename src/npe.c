/* Helpful NullPointerException messages (JEP 358), as the JVM prints them
 * for classes that javac compiled without -g (the default): what failed
 * ("Cannot invoke \"String.length()\"", "Cannot read field \"next\"",
 * "Cannot load from int array", ...) and, where the null value came from
 * something nameable, what it was ("because \"<local4>\" is null",
 * "because the return value of \"Node.get()\" is null").
 *
 * The JVM names locals by their bytecode slot, so this pass gives every
 * local the slot javac would (Gen.java's rules: `this` then the parameters,
 * long and double taking two; each declaration the next free slot, freed at
 * the end of its block; a constant variable (`final` with a constant
 * initialiser) none; the temporaries of javac's desugarings: three for a
 * for-each over an array, two for a switch on a String).  A lambda's body
 * is javac's synthetic method: its captured variables, in the order the
 * body first names them, are its first parameters.  Variables an
 * anonymous or local class captures are its fields val$x.
 *
 * It runs after check_program on the user's classes only (the library's
 * code is not the JDK's, so its messages could not match) and leaves each
 * message in Node.npe_msg of the node whose evaluation checks for null;
 * lower.c puts it on that IR_CHECK_NULL.  Where a program differs from
 * javac's bytecode in ways not modelled (try-with-resources' and finally's
 * temporaries, a switch expression spilling the operand stack), a local's
 * number may differ from the JVM's; docs/language.md says so. */
#include "front.h"

#include <string.h>

/* The JVM's description of a value stops after this many parts
 * ("n.n.n.n.s": five), as HotSpot's ExceptionMessageBuilder does. */
enum { MAX_DETAIL = 5 };

typedef struct Frame {
    ClassDecl *cls;        /* the class whose code this is (a lambda's: its lambda class) */
    bool lambda;           /* a lambda body: javac's synthetic method, captures first */
    bool named;            /* the library's code: locals by name, as the JDK's classes have them (-g) */
    int next_slot;         /* javac's code.nextreg */
} Frame;

static ClassDecl *object_decl;

/* ------------------------------------------------------------ names */

/* A class as HotSpot prints it in these messages: its binary name, but
 * String and Object without java.lang. */
static const char *class_name(ClassDecl *c) {
    const char *n = class_binary_name(c);
    if (!strcmp(n, "java.lang.String")) return "String";
    if (!strcmp(n, "java.lang.Object")) return "Object";
    return n;
}

static void put_type(StrBuf *sb, Type *t) {
    if (!t) {
        sb_puts(sb, "Object");
        return;
    }
    t = erase(t);
    switch (t->kind) {
    case TY_BOOLEAN: sb_puts(sb, "boolean"); return;
    case TY_BYTE: sb_puts(sb, "byte"); return;
    case TY_SHORT: sb_puts(sb, "short"); return;
    case TY_CHAR: sb_puts(sb, "char"); return;
    case TY_INT: case TY_BITS: sb_puts(sb, t->kind == TY_BITS && t->fixed_len > 32 ? "long" : "int"); return;
    case TY_LONG: sb_puts(sb, "long"); return;
    case TY_FLOAT: sb_puts(sb, "float"); return;
    case TY_DOUBLE: sb_puts(sb, "double"); return;
    case TY_STRING: sb_puts(sb, "String"); return;
    case TY_CLASS: sb_puts(sb, class_name(t->cls)); return;
    case TY_ARRAY: case TY_VALUE_ARRAY:
        put_type(sb, t->elem);
        sb_puts(sb, "[]");
        return;
    default: sb_puts(sb, "Object"); return;
    }
}

/* A builtin's parameter descriptor letters (builtins.c) as Java types. */
static void put_descriptor_params(StrBuf *sb, const char *d) {
    static const char *const names[128] = {['Z'] = "boolean", ['B'] = "byte", ['S'] = "short", ['C'] = "char",
                                           ['I'] = "int", ['J'] = "long", ['F'] = "float", ['D'] = "double",
                                           ['T'] = "String", ['O'] = "Object"};
    bool first = true;
    while (*d) {
        int dims = 0;
        for (; *d == '['; d++) dims++;
        if (!first) sb_puts(sb, ", ");
        first = false;
        unsigned char c = (unsigned char)*d;
        sb_puts(sb, c < 128 && names[c] ? names[c] : "Object");
        if (*d) d++;
        while (dims--) sb_puts(sb, "[]");
    }
}

/* The class javac names as a call's owner (Gen.binaryQualifier): a method
 * Object declares stays Object's; any other is qualified by the erasure of
 * the receiver's static type (the class named, for a static call). */
static const char *call_owner(Node *n) {
    MethodDecl *m = n->method;
    if (m && m->owner == object_decl) return "Object";
    if (n->lhs && n->lhs->cls) return class_name(n->lhs->cls);
    if (n->lhs && n->lhs->ty && !(m && (m->mods & MOD_STATIC))) {
        Type *t = erase(n->lhs->ty);
        if (t->kind == TY_STRING) return "String";
        if (t->kind == TY_CLASS) return class_name(t->cls);
    }
    if (m) return class_name(m->owner);
    return NULL;
}

/* "Owner.name(int, String)" of a call, or NULL (not one javac would name) */
static const char *call_signature(Node *n) {
    if (n->lime_op != LIME_OP_NONE) return NULL;   /* Lime's own operations: not Java calls */
    StrBuf sb = {0};
    if (n->builtin) {
        const Builtin *b = n->builtin;
        if (!strcmp(b->owner, "String")) sb_puts(&sb, "String");
        else if (strchr(b->owner, '.')) return NULL;   /* System.out and the like: never null */
        else sb_printf(&sb, "java.lang.%s", b->owner);
        sb_printf(&sb, ".%s(", b->name);
        put_descriptor_params(&sb, b->params);
    } else {
        const char *owner = call_owner(n);
        if (!owner || !n->method || n->method->is_ctor) return NULL;
        sb_printf(&sb, "%s.%s(", owner, n->method->name);
        for (int i = 0; i < n->method->params.len; i++) {
            LocalVar *p = n->method->params.items[i];
            if (i) sb_puts(&sb, ", ");
            put_type(&sb, p->ty);
        }
    }
    sb_putc(&sb, ')');
    return sb_str(&sb);
}

/* "String.m(params)" of a String member the checker made a static call
 * (Node.string_member): the parameters of the static member after the
 * receiver, but split's own for the split-on-one-character fast path */
static const char *string_member_signature(Node *n) {
    StrBuf sb = {0};
    sb_printf(&sb, "String.%s(", n->string_member);
    if (!strcmp(n->name, "splitOnChar")) sb_puts(&sb, n->string_member_args == 2 ? "String, int" : "String");
    else
        for (int i = 1; n->method && i < n->method->params.len; i++) {
            if (i > 1) sb_puts(&sb, ", ");
            put_type(&sb, ((LocalVar *)n->method->params.items[i])->ty);
        }
    sb_putc(&sb, ')');
    return sb_str(&sb);
}

/* ------------------------------------------------------------ slots */

static int slot_size(Type *t) { return t && (t->kind == TY_LONG || t->kind == TY_DOUBLE) ? 2 : 1; }

static void declare(Frame *f, LocalVar *v) {
    if (v->cval.ty && v->is_final) return;   /* a constant variable: javac gives it no slot */
    /* try-with-resources' primary exception (parser.c resources_block):
     * javac 17 keeps it in no slot before the body */
    if (!strncmp(v->name, "$primary", 8)) return;
    v->jslot = f->next_slot + 1;
    v->jparam = 0;
    f->next_slot += slot_size(v->ty);
}

static int temp_slot(Frame *f) { return f->next_slot++; }

/* ------------------------------------------------------------ descriptions */

static Node *strip(Node *n) {
    while (n && ((n->kind == ND_CONV && n->lhs && !(is_primitive(n->ty) && !is_primitive(n->lhs->ty))) ||
                 (n->kind == ND_CAST && n->lhs && is_reference(n->ty))))
        n = n->lhs;
    return n;
}

static const char *local_name(Frame *f, LocalVar *v) {
    if (f->named) return v->name[0] == '$' ? NULL : v->name;   /* ($: a variable the compiler made) */
    if (v->jparam) return xprintf("<parameter%d>", v->jparam);
    if (!v->jslot) return NULL;   /* (not declared where this pass looked) */
    return xprintf("<local%d>", v->jslot - 1);
}

/* The index of field f among the captures of lambda class c (1-based), or 0. */
static int capture_index(ClassDecl *c, FieldDecl *f) {
    for (int i = 0; i < c->captures.len; i++)
        if (((Capture *)c->captures.items[i])->field == f) return i + 1;
    return 0;
}

/* "this" followed by the outer instances javac's code goes through to
 * reach a member `hops` classes out (a lambda is a method of its host
 * class: no hop of its own). */
static const char *this_path(Frame *f, int hops) {
    StrBuf sb = {0};
    sb_puts(&sb, "this");
    ClassDecl *c = f->cls;
    for (int i = 0; i < hops && c; i++, c = c->outer)
        if (!c->is_lambda) sb_puts(&sb, ".this$0");
    return sb_str(&sb);
}

static const char *describe(Frame *f, Node *n, int depth);

/* An array index as HotSpot prints it: a constant, a described value, or "...". */
static const char *describe_index(Frame *f, Node *n, int depth) {
    n = strip(n);
    if (n->cval.ty && n->cval.ty->kind >= TY_BYTE && n->cval.ty->kind <= TY_INT) return xprintf("%lld", (long long)n->cval.i);
    const char *d = describe(f, n, depth);
    return d ? d : "...";
}

static const char *describe_field(Frame *f, Node *n, FieldDecl *fd, int depth) {
    if (fd->mods & MOD_STATIC) return xprintf("%s.%s", class_name(fd->owner), fd->name);
    if (n->kind == ND_NAME) {
        int k = f->lambda ? capture_index(f->cls, fd) : 0;
        if (k && f->named) return ((Capture *)f->cls->captures.items[k - 1])->var->name;
        if (k) return xprintf("<parameter%d>", k);
        return xprintf("%s.%s", this_path(f, n->outer_hops), fd->name);
    }
    const char *inner = describe(f, n->lhs, depth - 1);
    return inner ? xprintf("%s.%s", inner, fd->name) : fd->name;
}

/* What the JVM says a value was, or NULL when it names nothing (a
 * conditional, an assignment, ...). */
static const char *describe(Frame *f, Node *n, int depth) {
    n = strip(n);
    if (!n || depth <= 0) return NULL;
    switch (n->kind) {
    case ND_LITERAL: return n->ty == ty_null ? "null" : NULL;
    case ND_THIS: return n->outer_hops ? this_path(f, n->outer_hops) : "this";
    case ND_NAME:
        if (n->var) return local_name(f, n->var);
        if (n->field) return describe_field(f, n, n->field, depth);
        return NULL;
    case ND_FIELD:
        if (n->is_array_length || !n->field) return NULL;
        return describe_field(f, n, n->field, depth);
    case ND_CALL: return call_signature(n);
    case ND_INDEX: {
        if (n->then) return NULL;   /* a bit slice */
        const char *arr = describe(f, n->lhs, depth - 1);
        if (!arr) return NULL;
        return xprintf("%s[%s]", arr, describe_index(f, n->rhs, depth - 1));
    }
    case ND_NEW_ARRAY: return "<array>";
    default: return NULL;
    }
}

/* action + " because ..." (what the null value was), when it was something */
static const char *message(Frame *f, const char *action, Node *null_value) {
    Node *v = strip(null_value);
    const char *d = describe(f, v, MAX_DETAIL);
    if (!d) return action;
    if (v->kind == ND_CALL) return xprintf("%s because the return value of \"%s\" is null", action, d);
    return xprintf("%s because \"%s\" is null", action, d);
}

static const char *array_kind(Type *arr) {
    Type *e = arr && arr->elem ? arr->elem : NULL;
    switch (e ? e->kind : TY_CLASS) {
    case TY_BOOLEAN: case TY_BYTE: return "byte/boolean";
    case TY_CHAR: return "char";
    case TY_SHORT: return "short";
    case TY_INT: return "int";
    case TY_LONG: return "long";
    case TY_FLOAT: return "float";
    case TY_DOUBLE: return "double";
    case TY_BITS: return e->fixed_len > 32 ? "long" : "int";
    default: return "object";
    }
}

/* ------------------------------------------------------------ the walk */

static void walk_expr(Frame *f, Node *n, bool store);
static void walk_stmt(Frame *f, Node *n);

static void walk_exprs(Frame *f, Vec *v) {
    for (int i = 0; i < v->len; i++) walk_expr(f, v->items[i], false);
}

static void walk_stmts(Frame *f, Vec *v) {
    for (int i = 0; i < v->len; i++) walk_stmt(f, v->items[i]);
}

static bool has_receiver(Node *n) {
    if (n->builtin) return !(n->builtin->flags & BI_STATIC) && n->lhs;
    if (!n->lhs || !n->method || (n->method->mods & MOD_STATIC) || n->lhs->cls || n->lhs->lib_owner) return false;
    return n->lhs->kind != ND_THIS && n->lhs->kind != ND_SUPER;
}

/* An array class as the JVM names it: "[I", "[[Ljava.lang.String;" */
static void put_jvm_array_name(StrBuf *sb, Type *t) {
    static const char *const codes[] = {[TY_BOOLEAN] = "Z", [TY_BYTE] = "B", [TY_SHORT] = "S", [TY_CHAR] = "C",
                                        [TY_INT] = "I", [TY_LONG] = "J", [TY_FLOAT] = "F", [TY_DOUBLE] = "D"};
    t = erase(t);
    if (t->kind == TY_ARRAY) {
        sb_putc(sb, '[');
        put_jvm_array_name(sb, t->elem);
    } else if (t->kind >= TY_BOOLEAN && t->kind <= TY_DOUBLE) sb_puts(sb, codes[t->kind]);
    else if (t->kind == TY_CLASS) sb_printf(sb, "L%s;", class_binary_name(t->cls));
    else sb_printf(sb, "Ljava.lang.%s;", t->kind == TY_STRING ? "String" : "Object");
}

static void call_message(Frame *f, Node *n) {
    if (n->lime_op == LIME_OP_TO_ARRAY && n->lhs && n->lhs->ty->kind == TY_ARRAY) {
        StrBuf sb = {0};
        put_jvm_array_name(&sb, n->lhs->ty);
        n->npe_msg = message(f, xprintf("Cannot invoke \"%s.clone()\"", sb_str(&sb)), n->lhs);
        return;
    }
    if (n->string_member) {
        n->npe_msg = message(f, xprintf("Cannot invoke \"%s\"", string_member_signature(n)), n->args.items[0]);
        return;
    }
    if (n->monitor_check && !has_receiver(n)) { /* LimeMonitors.enter(lock): the lock */
        n->npe_msg = message(f, "Cannot enter synchronized block", n->args.items[0]);
        return;
    }
    if (!has_receiver(n)) return;
    const char *sig = call_signature(n);
    if (!sig) return;
    const char *action = n->monitor_check ? "Cannot enter synchronized block" : xprintf("Cannot invoke \"%s\"", sig);
    n->npe_msg = message(f, action, n->lhs);
}

/* A variable javac's Lower reads without a temporary (abstractRval): a
 * literal, or a local declared final. */
static bool reused_as_is(Node *n) {
    n = strip(n);
    return n->kind == ND_LITERAL || (n->kind == ND_NAME && n->var && n->var->is_final);
}

/* The variable a compound assignment or increment of a wrapper updates, as
 * javac's Lower rewrites it (abstractLval): an array, an index and an
 * object other than `this`, a literal or a final local are first copied
 * into temporaries, which the message names. */
static const char *describe_boxed_target(Frame *f, Node *t) {
    t = strip(t);
    if (t->kind == ND_INDEX) {
        const char *arr = reused_as_is(t->lhs) ? describe(f, t->lhs, MAX_DETAIL) : xprintf("<local%d>", temp_slot(f));
        const char *idx = reused_as_is(t->rhs) ? describe_index(f, t->rhs, MAX_DETAIL) : xprintf("<local%d>", temp_slot(f));
        return arr ? xprintf("%s[%s]", arr, idx) : NULL;
    }
    if (t->kind == ND_FIELD && t->field && !(t->field->mods & MOD_STATIC) && !t->lhs->cls) {
        Node *obj = strip(t->lhs);
        const char *o = obj->kind == ND_THIS || reused_as_is(obj) ? describe(f, obj, MAX_DETAIL) : xprintf("<local%d>", temp_slot(f));
        return o ? xprintf("%s.%s", o, t->field->name) : NULL;
    }
    return describe(f, t, MAX_DETAIL);
}

/* n unboxes n->lhs (a conversion, or a compound assignment or increment
 * of a wrapper variable) as `to`: javac calls the wrapper's xxxValue() */
static void unbox_message(Frame *f, Node *n, Type *to) {
    Type *from = n->lhs ? erase(n->lhs->ty) : NULL;
    if (!from || !is_reference(from) || !to || !is_primitive(to)) return;
    Type *prim = unbox_type(from) ? unbox_type(from) : to;
    MethodDecl *m = unbox_method(prim);
    Type *box = box_type(prim);
    if (!m || !box || box->kind != TY_CLASS) return;
    const char *action = xprintf("Cannot invoke \"%s.%s()\"", class_name(box->cls), m->name);
    if (n->kind == ND_CONV || n->kind == ND_CAST) {
        n->npe_msg = message(f, action, n->lhs);
        return;
    }
    const char *d = describe_boxed_target(f, n->lhs);
    n->npe_msg = d ? xprintf("%s because \"%s\" is null", action, d) : action;
}

static void walk_expr(Frame *f, Node *n, bool store) {
    if (!n) return;
    switch (n->kind) {
    case ND_CALL:
        walk_expr(f, n->lhs, false);
        walk_exprs(f, &n->args);
        call_message(f, n);
        return;
    case ND_FIELD:
        walk_expr(f, n->lhs, false);
        if (n->is_array_length) n->npe_msg = message(f, "Cannot read the array length", n->lhs);
        else if (n->field && !(n->field->mods & MOD_STATIC) && n->lhs && !n->lhs->cls)
            n->npe_msg = message(f, xprintf("Cannot %s field \"%s\"", store ? "assign" : "read", n->field->name), n->lhs);
        return;
    case ND_INDEX:
        walk_expr(f, n->lhs, false);
        walk_expr(f, n->rhs, false);
        walk_expr(f, n->then, false);
        n->npe_msg = message(f, xprintf(store ? "Cannot store to %s array" : "Cannot load from %s array", array_kind(n->lhs->ty)),
                             n->lhs);
        return;
    case ND_ASSIGN:
        walk_expr(f, n->lhs, n->op == TK_ASSIGN);
        walk_expr(f, n->rhs, false);
        if (n->op != TK_ASSIGN) unbox_message(f, n, n->op_type);
        return;
    case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
        walk_expr(f, n->lhs, false);
        unbox_message(f, n, n->op_type);
        return;
    case ND_CONV: case ND_CAST:
        walk_expr(f, n->lhs, false);
        unbox_message(f, n, n->ty);
        return;
    case ND_NEW:
        walk_expr(f, n->lhs, false);
        walk_exprs(f, &n->args);   /* an anonymous or lambda class's code is its own frame */
        return;
    case ND_SWITCH_EXPR: walk_stmt(f, n); return;
    default:
        walk_expr(f, n->lhs, false);
        walk_expr(f, n->rhs, false);
        walk_expr(f, n->cond, false);
        walk_expr(f, n->then, false);
        walk_expr(f, n->els, false);
        walk_exprs(f, &n->args);
        return;
    }
}

/* The variables `x instanceof T name` binds in a statement's own
 * expressions: javac declares them before the statement (TransPatterns). */
static void declare_bindings(Frame *f, Node *n) {
    if (!n || n->kind == ND_NEW || n->kind == ND_SWITCH_EXPR) return;
    if (n->kind == ND_INSTANCEOF && n->pattern_var) declare(f, n->pattern_var);
    declare_bindings(f, n->lhs);
    declare_bindings(f, n->rhs);
    declare_bindings(f, n->cond);
    declare_bindings(f, n->then);
    declare_bindings(f, n->els);
    for (int i = 0; i < n->args.len; i++) declare_bindings(f, n->args.items[i]);
}

/* ... of the expressions a statement itself has (not its sub-statements') */
static void declare_statement_bindings(Frame *f, Node *n) {
    switch (n->kind) {
    case ND_IF: case ND_WHILE: case ND_DO: case ND_FOR: declare_bindings(f, n->cond); return;
    case ND_ASSERT: declare_bindings(f, n->cond); declare_bindings(f, n->lhs); return;
    case ND_EXPR_STMT: case ND_RETURN: case ND_THROW: case ND_YIELD: case ND_SWITCH: declare_bindings(f, n->lhs); return;
    default: return;   /* a declaration's come before each variable (walk_stmt) */
    }
}

static void walk_switch(Frame *f, Node *n) {
    int saved = f->next_slot;
    walk_expr(f, n->lhs, false);
    Type *t = n->lhs->ty;
    if (t == ty_string) {
        /* { String s$ = e; int tmp$ = -1; switch (s$.hashCode()) ... } */
        int s = temp_slot(f);
        temp_slot(f);
        n->npe_msg = xprintf("Cannot invoke \"String.hashCode()\" because \"<local%d>\" is null", s);
    } else if (n->method) {
        n->npe_msg = message(f, xprintf("Cannot invoke \"%s.ordinal()\"", class_name(erase(t)->cls)), n->lhs);
    } else if (t && is_reference(t)) {
        Node conv = {.kind = ND_CONV, .lhs = n->lhs};
        unbox_message(f, &conv, unbox_type(erase(t)) ? unbox_type(erase(t)) : ty_int);
        n->npe_msg = conv.npe_msg;
    }
    for (int i = 0; i < n->cases.len; i++) {
        SwitchCase *c = n->cases.items[i];
        walk_exprs(f, &c->labels);
        walk_stmts(f, &c->stmts);
    }
    f->next_slot = saved;
}

static void walk_try(Frame *f, Node *n) {
    int saved = f->next_slot;
    walk_stmt(f, n->body);
    f->next_slot = saved;
    for (int i = 0; i < n->catches.len; i++) {
        CatchClause *c = n->catches.items[i];
        if (c->var) declare(f, c->var);
        walk_stmt(f, c->body);
        f->next_slot = saved;
    }
    walk_stmt(f, n->finally_blk);
    f->next_slot = saved;
}

static void walk_stmt(Frame *f, Node *n) {
    if (!n) return;
    int saved = f->next_slot;
    declare_statement_bindings(f, n);
    switch (n->kind) {
    case ND_BLOCK: walk_stmts(f, &n->stmts); break;
    case ND_VARDECL:
        for (int i = 0; i < n->vars.len; i++) {
            LocalVar *v = n->vars.items[i];
            declare_bindings(f, v->init);
            declare(f, v);
            walk_expr(f, v->init, false);
        }
        return;   /* its variables live to the end of the enclosing block */
    case ND_FOR:
        walk_stmts(f, &n->stmts);
        walk_expr(f, n->cond, false);
        walk_stmt(f, n->body);
        for (int i = 0; i < n->update.len; i++) walk_stmt(f, n->update.items[i]);
        break;
    case ND_FOREACH: {
        /* for (arr$ = e, len$ = arr$.length, i$ = 0; ...) { T x = arr$[i$]; body } */
        walk_expr(f, n->lhs, false);
        int arr = temp_slot(f);
        temp_slot(f);
        int index = temp_slot(f);
        n->npe_msg = xprintf("Cannot read the array length because \"<local%d>\" is null", arr);
        Type *elem = n->lhs->ty->elem;
        if (elem && unbox_type(erase(elem)) && is_primitive(n->foreach_var->ty))
            n->npe_elem_msg = xprintf("Cannot invoke \"%s.%s()\" because \"<local%d>[<local%d>]\" is null",
                                      class_name(erase(elem)->cls), unbox_method(unbox_type(erase(elem)))->name, arr, index);
        declare(f, n->foreach_var);
        walk_stmt(f, n->body);
        break;
    }
    case ND_SWITCH: case ND_SWITCH_EXPR: walk_switch(f, n); break;
    case ND_TRY: walk_try(f, n); break;
    case ND_THROW:
        walk_expr(f, n->lhs, false);
        n->npe_msg = message(f, "Cannot throw exception", n->lhs);
        break;
    case ND_LOCAL_CLASS: break;   /* its code is its own frame */
    case ND_EXPR_STMT: case ND_RETURN: case ND_YIELD: case ND_ASSERT:
        walk_expr(f, n->lhs, false);
        walk_expr(f, n->cond, false);
        break;
    default:
        walk_expr(f, n->cond, false);
        walk_expr(f, n->lhs, false);
        walk_stmt(f, n->then);
        walk_stmt(f, n->els);
        walk_stmt(f, n->body);
        break;
    }
    f->next_slot = saved;
}

/* ------------------------------------------------------------ frames */

/* Parameters javac adds before the declared ones: an inner class
 * constructor's outer instance.  (An enum constructor's name and ordinal
 * are already its first two parameters here: the parser made them.) */
static int synthetic_params(ClassDecl *c, MethodDecl *m) {
    if (!m->is_ctor) return 0;
    if (c->outer_this && !c->is_anonymous && !c->is_local && !c->is_lambda) return 1;
    return 0;
}

/* Whether a lambda's body uses its enclosing instance (javac then makes
 * its method an instance method: `this` in slot 0). */
static void find_this(Node *n, void *found) {
    bool *f = found;
    if (*f) return;
    if (n->kind == ND_THIS || n->kind == ND_SUPER) *f = true;
    else if (n->kind == ND_NAME && n->outer_hops > 0 && n->field && !(n->field->mods & MOD_STATIC)) *f = true;
    else if (n->kind == ND_CALL && n->outer_hops > 0 && n->method && !(n->method->mods & MOD_STATIC)) *f = true;
    else ast_each_child(n, find_this, found);
}

static bool uses_this(Node *n) {
    bool found = false;
    if (n) find_this(n, &found);
    return found;
}

static void walk_method(ClassDecl *c, MethodDecl *m) {
    /* (the library's unreached bodies are not checked: no types to describe) */
    Node *body = m->body || c->is_library ? m->body : m->unreached_body;
    if (!body) return;
    Frame f = {.cls = c, .lambda = c->is_lambda, .named = c->is_library};
    bool is_static = (m->mods & MOD_STATIC) != 0;
    int param = synthetic_params(c, m);
    if (c->is_lambda) {
        is_static = !uses_this(body);
        /* the captured variables are its first parameters (capture_index) */
        param += c->captures.len;
        for (int i = 0; i < c->captures.len; i++) f.next_slot += slot_size(((Capture *)c->captures.items[i])->var->ty);
    }
    if (!is_static) f.next_slot++;
    f.next_slot += synthetic_params(c, m);
    for (int i = 0; i < m->params.len; i++) {
        LocalVar *p = m->params.items[i];
        p->jslot = f.next_slot + 1;
        p->jparam = ++param;
        f.next_slot += slot_size(p->ty);
    }
    walk_stmt(&f, body);
}

void npe_messages(Program *prog) {
    object_decl = prog->object_class;
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        /* (a method reference's lambda class is not javac's: its code is the JDK's) */
        if ((c->is_library && !c->used) || (c->is_lambda && !c->lambda_method)) continue;
        for (int j = 0; j < c->methods.len; j++) walk_method(c, c->methods.items[j]);
        for (int j = 0; j < c->ctors.len; j++) walk_method(c, c->ctors.items[j]);
        for (int j = 0; j < c->static_inits.len; j++) {
            StaticInit *s = c->static_inits.items[j];
            Frame f = {.cls = c, .named = c->is_library};
            if (s->block) walk_stmt(&f, s->block);
            else if (s->field) walk_expr(&f, s->field->init, false);
        }
        ClassDecl *k = c;
        Frame f = {.cls = k, .next_slot = 1, .named = c->is_library};
        for (int j = 0; j < c->instance_inits.len; j++) walk_stmt(&f, c->instance_inits.items[j]);
        for (int j = 0; j < c->fields.len; j++) {
            FieldDecl *fd = c->fields.items[j];
            if (!(fd->mods & MOD_STATIC)) walk_expr(&f, fd->init, false);
        }
    }
}
