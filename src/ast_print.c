/* ast_print.c: the syntax tree as text (--emit=ast).  Each node opens
 * with `(kind @line:col ...` and what the parser recorded (literal text and
 * value, names, operators, type nodes, modifiers, `paren`); its children
 * follow on their own lines, indented one level deeper; a `)` closes it.
 *
 * Requires: a tree as parser.c builds it; only the syntax is printed (no
 * types or resolutions of the checker), so it can run before the checker.
 * Guarantees: string literals are printed escaped (`"`, `\\`, control
 * characters as \xNN), so a literal never breaks a line. */
#include "front.h"

static const char *const node_names[ND_COUNT] = {
    [ND_LITERAL] = "literal", [ND_NAME] = "name", [ND_FIELD] = "field", [ND_CALL] = "call",
    [ND_NEW] = "new", [ND_NEW_ARRAY] = "new-array", [ND_ARRAY_INIT] = "array-init",
    [ND_INDEX] = "index", [ND_UNARY] = "unary", [ND_PREINC] = "preinc", [ND_PREDEC] = "predec",
    [ND_POSTINC] = "postinc", [ND_POSTDEC] = "postdec", [ND_BINARY] = "binary",
    [ND_ASSIGN] = "assign", [ND_COND] = "cond", [ND_CAST] = "cast", [ND_THIS] = "this",
    [ND_CONV] = "conv", [ND_BLOCK] = "block", [ND_VARDECL] = "vardecl",
    [ND_EXPR_STMT] = "expr-stmt", [ND_IF] = "if", [ND_WHILE] = "while", [ND_DO] = "do",
    [ND_FOR] = "for", [ND_FOREACH] = "foreach", [ND_BREAK] = "break",
    [ND_CONTINUE] = "continue", [ND_RETURN] = "return", [ND_SWITCH] = "switch",
    [ND_LABELED] = "labeled", [ND_EMPTY] = "empty", [ND_LOCAL_CLASS] = "local-class", [ND_ASSERT] = "assert",
    [ND_TYPE] = "type", [ND_MAP_ARG] = "map-arg", [ND_REDUCE] = "reduce", [ND_TASK] = "task",
    [ND_CONNECT] = "connect", [ND_NEW_VALUE_ARRAY] = "new-value-array", [ND_SUPER] = "super",
    [ND_INSTANCEOF] = "instanceof", [ND_CLASS_LIT] = "classlit", [ND_THROW] = "throw", [ND_TRY] = "try", [ND_LAMBDA] = "lambda",
    [ND_METHOD_REF] = "method-ref", [ND_SWITCH_EXPR] = "switch-expr", [ND_YIELD] = "yield",
    [ND_SYNCHRONIZED] = "synchronized",
};

static const char *const prim_names[] = {
    [TY_VOID] = "void", [TY_BOOLEAN] = "boolean", [TY_BYTE] = "byte", [TY_SHORT] = "short",
    [TY_CHAR] = "char", [TY_INT] = "int", [TY_LONG] = "long", [TY_FLOAT] = "float",
    [TY_DOUBLE] = "double", [TY_NULL] = "null", [TY_STRING] = "String", [TY_OBJECT] = "Object",
    [TY_CLASS] = "class", [TY_ARRAY] = "array", [TY_ERROR] = "error",
};

static void dump_indent(FILE *out, int ind) {
    for (int i = 0; i < ind; i++) fputs("  ", out);
}

/* Writes a type node inline: "int[][]", "Foo.Bar", "var". */
static void dump_type_inline(FILE *out, Node *t) {
    if (!t) {
        fputs("?", out);
        return;
    }
    if (t->is_var) {
        fputs("var", out);
        return;
    }
    if (t->prim == TY_CLASS) {
        for (int i = 0; i < t->qual.len; i++) fprintf(out, "%s%s", i ? "." : "", (char *)t->qual.items[i]);
    } else if ((unsigned)t->prim < sizeof prim_names / sizeof prim_names[0]) {
        fputs(prim_names[t->prim], out);
    }
    for (int i = 0; i < t->dims; i++) fputs("[]", out);
}

static void dump_escaped(FILE *out, const char *s, int len) {
    fputc('"', out);
    for (int i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20 || c == 0x7F) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

static void dump_node(FILE *out, Node *n, int ind);

static void dump_var(FILE *out, LocalVar *v, int ind) {
    dump_indent(out, ind);
    fprintf(out, "(%s %s @%d:%d%s : ", v->is_param ? "param" : "local", v->name, v->loc.line, v->loc.col,
            v->is_final ? " final" : "");
    dump_type_inline(out, v->type_node);
    if (v->init) {
        fputc('\n', out);
        dump_node(out, v->init, ind + 1);
        dump_indent(out, ind);
    }
    fputs(")\n", out);
}

static void dump_list(FILE *out, const char *label, Vec *v, int ind) {
    dump_indent(out, ind);
    fprintf(out, "(%s\n", label);
    for (int i = 0; i < v->len; i++) dump_node(out, v->items[i], ind + 1);
    dump_indent(out, ind);
    fputs(")\n", out);
}

static void dump_list_of(FILE *out, const char *label, Node *n, int ind) {
    dump_indent(out, ind);
    fprintf(out, "(%s\n", label);
    dump_node(out, n, ind + 1);
    dump_indent(out, ind);
    fputs(")\n", out);
}

static void dump_node(FILE *out, Node *n, int ind) {
    dump_indent(out, ind);
    if (!n) {
        fputs("(null)\n", out);
        return;
    }
    fprintf(out, "(%s @%d:%d", (unsigned)n->kind < ND_COUNT ? node_names[n->kind] : "?", n->loc.line,
            n->loc.col);
    switch (n->kind) {
    case ND_LITERAL: {
        Token *t = n->lit;
        fprintf(out, " %s ", token_kind_spelling(t->kind));
        if (t->kind == TK_STRING_LIT) dump_escaped(out, t->sval, t->slen);
        else fprintf(out, "%.*s", t->len, t->start);
        if (t->kind == TK_INT_LIT || t->kind == TK_LONG_LIT || t->kind == TK_CHAR_LIT)
            fprintf(out, " =%llu%s", (unsigned long long)t->ival, t->too_large ? " too-large" : "");
        if (t->kind == TK_FLOAT_LIT || t->kind == TK_DOUBLE_LIT) fprintf(out, " =%.17g", t->fval);
        if (n->negated_literal) fputs(" negated", out);
        break;
    }
    case ND_NAME: case ND_FIELD: case ND_CALL: case ND_LABELED: case ND_BREAK: case ND_CONTINUE: case ND_METHOD_REF:
        if (n->name) fprintf(out, " %s", n->name);
        break;
    case ND_UNARY: case ND_BINARY: case ND_ASSIGN:
        fprintf(out, " %s", token_kind_spelling(n->op));
        break;
    case ND_TYPE:
        fputc(' ', out);
        dump_type_inline(out, n);
        break;
    case ND_NEW: case ND_NEW_ARRAY: case ND_CAST: case ND_INSTANCEOF: case ND_CLASS_LIT:
        fputc(' ', out);
        dump_type_inline(out, n->type_node);
        if (n->kind == ND_NEW_ARRAY) fprintf(out, " extra-dims=%d", n->extra_dims);
        if (n->kind == ND_INSTANCEOF && n->pattern_var) fprintf(out, " %s", n->pattern_var->name);
        break;
    default:
        break;
    }
    if (n->parenthesized) fputs(" paren", out);
    fputc('\n', out);
    int in = ind + 1;
    switch (n->kind) {
    case ND_VARDECL: case ND_LAMBDA:
        for (int i = 0; i < n->vars.len; i++) dump_var(out, n->vars.items[i], in);
        break;
    case ND_FOREACH:
        dump_var(out, n->foreach_var, in);
        break;
    case ND_SWITCH: case ND_SWITCH_EXPR:
        dump_node(out, n->lhs, in);
        for (int i = 0; i < n->cases.len; i++) {
            SwitchCase *sc = n->cases.items[i];
            dump_indent(out, in);
            fprintf(out, "(%s @%d:%d\n", sc->is_default ? "default" : "case", sc->loc.line, sc->loc.col);
            for (int j = 0; j < sc->labels.len; j++) dump_node(out, sc->labels.items[j], in + 1);
            for (int j = 0; j < sc->stmts.len; j++) dump_node(out, sc->stmts.items[j], in + 1);
            dump_indent(out, in);
            fputs(")\n", out);
        }
        goto close;
    case ND_TRY:
        dump_node(out, n->body, in);
        for (int i = 0; i < n->catches.len; i++) {
            CatchClause *cc = n->catches.items[i];
            dump_indent(out, in);
            fprintf(out, "(catch @%d:%d\n", cc->loc.line, cc->loc.col);
            for (int j = 0; j < cc->types.len; j++) dump_node(out, cc->types.items[j], in + 1);
            dump_var(out, cc->var, in + 1);
            dump_node(out, cc->body, in + 1);
            dump_indent(out, in);
            fputs(")\n", out);
        }
        if (n->finally_blk) dump_list_of(out, "finally", n->finally_blk, in);
        goto close;
    default:
        break;
    }
    if (n->lhs && n->kind != ND_FOREACH) dump_node(out, n->lhs, in);
    if (n->kind == ND_FOREACH) dump_node(out, n->lhs, in);
    if (n->rhs) dump_node(out, n->rhs, in);
    if (n->cond) dump_node(out, n->cond, in);
    if (n->then) dump_node(out, n->then, in);
    if (n->els) dump_node(out, n->els, in);
    if (n->kind == ND_FOR) {
        dump_list(out, "init", &n->stmts, in);
        dump_list(out, "update", &n->update, in);
    } else {
        for (int i = 0; i < n->stmts.len; i++) dump_node(out, n->stmts.items[i], in);
    }
    for (int i = 0; i < n->args.len; i++) dump_node(out, n->args.items[i], in);
    if (n->body) dump_node(out, n->body, in);
close:
    dump_indent(out, ind);
    fputs(")\n", out);
}

static void dump_mods(FILE *out, int mods, bool is_value) {
    static const char *const names[] = {"public", "private", "protected", "static", "final",
                                        "abstract", "native", "synchronized", "transient",
                                        "volatile", "strictfp", "default", "local"};
    for (int i = 0; i < 13; i++)
        if (mods & (1 << i)) fprintf(out, " %s", names[i]);
    if (is_value) fputs(" value", out);
}

static void dump_class(FILE *out, ClassDecl *c, int ind) {
    dump_indent(out, ind);
    fprintf(out, "(class %s @%d:%d", c->qualname, c->loc.line, c->loc.col);
    dump_mods(out, c->mods, c->is_value);
    fputc('\n', out);
    int in = ind + 1;
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        dump_indent(out, in);
        fprintf(out, "(field %s @%d:%d", f->name, f->loc.line, f->loc.col);
        dump_mods(out, f->mods, false);
        fputs(" : ", out);
        dump_type_inline(out, f->type_node);
        fputc('\n', out);
        if (f->init) dump_node(out, f->init, in + 1);
        dump_indent(out, in);
        fputs(")\n", out);
    }
    for (int i = 0; i < c->static_inits.len; i++) {
        StaticInit *si = c->static_inits.items[i];
        dump_indent(out, in);
        if (si->field) {
            fprintf(out, "(static-init field %s)\n", si->field->name);
        } else {
            fputs("(static-init\n", out);
            dump_node(out, si->block, in + 1);
            dump_indent(out, in);
            fputs(")\n", out);
        }
    }
    for (int i = 0; i < c->instance_inits.len; i++) {
        dump_indent(out, in);
        fputs("(instance-init\n", out);
        dump_node(out, c->instance_inits.items[i], in + 1);
        dump_indent(out, in);
        fputs(")\n", out);
    }
    for (int k = 0; k < 2; k++) {
        Vec *v = k == 0 ? &c->ctors : &c->methods;
        for (int i = 0; i < v->len; i++) {
            MethodDecl *m = v->items[i];
            dump_indent(out, in);
            fprintf(out, "(%s %s @%d:%d", m->is_ctor ? "ctor" : "method", m->name, m->loc.line, m->loc.col);
            dump_mods(out, m->mods, false);
            if (m->ret_node) {
                fputs(" : ", out);
                dump_type_inline(out, m->ret_node);
            }
            fputc('\n', out);
            for (int j = 0; j < m->params.len; j++) dump_var(out, m->params.items[j], in + 1);
            if (m->body) dump_node(out, m->body, in + 1);
            dump_indent(out, in);
            fputs(")\n", out);
        }
    }
    for (int i = 0; i < c->nested.len; i++) dump_class(out, c->nested.items[i], in);
    dump_indent(out, ind);
    fputs(")\n", out);
}

void dump_ast(FILE *out, Program *prog) {
    for (int i = 0; i < prog->units.len; i++) {
        CompUnit *u = prog->units.items[i];
        if (u->package) fprintf(out, "(package %s)\n", u->package);
        for (int j = 0; j < u->imports.len; j++) {
            Import *im = u->imports.items[j];
            fprintf(out, "(import%s ", im->is_static ? " static" : "");
            for (int k = 0; k < im->parts.len; k++) fprintf(out, "%s%s", k ? "." : "", (char *)im->parts.items[k]);
            fprintf(out, "%s @%d:%d)\n", im->on_demand ? ".*" : "", im->loc.line, im->loc.col);
        }
    }
    for (int i = 0; i < prog->top_classes.len; i++)
        if (!((ClassDecl *)prog->top_classes.items[i])->is_library) dump_class(out, prog->top_classes.items[i], 0);
}
