/* parser.c: tokens -> AST, by recursive descent.
 *
 * The grammar rule a function parses is written above it.  A syntax
 * error is reported by syntax_error() (javac's wording, javac's position),
 * which longjmps back to the statement being parsed (the rest of it is
 * skipped and parsing goes on with the next statement:
 * parse_statement_recovering) or, outside statements, to the class member
 * (parse_member_recovering), so each statement's first error is reported;
 * parse_file() then returns false.  An error outside any member (package,
 * imports, a class header) longjmps to parse_file(), which stops there.
 * Lexical errors are TK_ERROR tokens (see tokenize): each one's message is
 * reported when the parser reaches its token (report_lex_errors_to, as
 * javac's scanner reports when it reads the token), nothing accepts a
 * TK_ERROR token, and a syntax error at or before the last lexical error
 * is not reported (javac's rule: it is one of its consequences); the
 * statement is then skipped as javac does (skip_after_lex_error).
 * Since nothing is ever freed, abandoning a half-built tree is harmless.  Every loop either consumes a token or stops, and
 * recursion is bounded by MAX_DEPTH, so no input can hang the parser or
 * overflow the stack.  Token look-ahead never goes past the final TK_EOF.
 *
 * Conventions of the tree (see ast.h):
 *  - `var x = e` gives x a type_node that is an ND_TYPE with is_var set
 *    (so that its location is kept); its prim is TY_ERROR until the
 *    checker infers it.
 *  - Every declarator gets its own ND_TYPE node; C-style dims after the
 *    declarator name (`int a[]`) are added to that node's dims.
 *  - A binary, assignment or conditional node is located at its operator
 *    (as javac reports), a qualified call or field access at its '.'.
 *  - A nested `value class` is implicitly static.
 */
#include "front.h"

#include <setjmp.h>
#include <string.h>

/* Nesting limit, in units: a statement, an expression, a unary operator,
 * an array initialiser, a class, each link of an operator or postfix
 * chain (a parenthesised expression costs two). */
enum { MAX_DEPTH = 1000 };

typedef struct Parser {
    Program *prog;
    SourceFile *file;
    Token *toks;
    int count;             /* number of tokens, the last one TK_EOF */
    int pos;
    int depth;
    bool no_lambda;        /* parsing a case label: `X ->` is a switch rule */
    ClassDecl *cls;        /* the class whose body is being parsed */
    MethodDecl *method;    /* the method or constructor whose body is being parsed, or NULL */
    /* local classes (JLS 14.3, 6.3): those in scope here, innermost last
     * (a block ends the scope of those it declares); local_base: the first
     * one declared in the current class body's code; declaring_local: the
     * class declaration being parsed is a local one */
    Vec local_classes;
    int local_base;
    bool declaring_local;
    CompUnit *unit;        /* the file being parsed */
    /* parse_modifiers: where the annotations javac checks were among them (line 0: none) */
    Loc override_loc, safevarargs_loc, functional_loc;
    bool had_error;        /* a syntax error was reported and parsing recovered from it */
    /* the error being recovered from is a ';' missing at the end of a
     * line: the statement ended there, and parsing resumes at the next
     * line's token (as javac does), not after the next ';' */
    bool semicolon_missing_at_line_end;
    int lex_reported;      /* the lexical errors of tokens before this index are reported */
    Loc lex_error_loc;     /* where the last one reported was (line 0: none) */
    Vec error_locs;        /* Loc *: where errors were reported; javac reports one error per position */
    jmp_buf fail;
} Parser;

/* ------------------------------------------------------------ helpers */

/* What parsing a class body changes, restored when it ends. */
typedef struct ClassCtx {
    ClassDecl *cls;
    MethodDecl *method;
    int local_base;
} ClassCtx;

static ClassCtx enter_class(Parser *P, ClassDecl *c) {
    ClassCtx saved = {P->cls, P->method, P->local_base};
    P->cls = c;
    P->method = NULL;
    P->local_base = P->local_classes.len;
    return saved;
}

static void leave_class(Parser *P, ClassCtx saved) {
    P->cls = saved.cls;
    P->method = saved.method;
    P->local_base = saved.local_base;
}

/* The local class named name in scope here, or NULL. */
static ClassDecl *local_class_named(Parser *P, const char *name) {
    for (int i = P->local_classes.len - 1; i >= 0; i--) {
        ClassDecl *c = P->local_classes.items[i];
        if (c->name == name) return c;
    }
    return NULL;
}

Node *new_node(NodeKind kind, Loc loc) {
    Node *n = xalloc(sizeof *n);
    n->kind = kind;
    n->loc = loc;
    return n;
}

static Token *tok_at(Parser *P, int i) {
    if (i < 0) i = 0;
    if (i >= P->count) i = P->count - 1;
    return &P->toks[i];
}

/* Reports msg at loc unless an error was reported there (javac's rule:
 * a lexical error is met twice when an unclosed text block is lexed
 * again from its second line, and an error has consequences there). */
static void report_once(Parser *P, Loc loc, const char *msg) {
    for (int i = 0; i < P->error_locs.len; i++) {
        Loc *l = P->error_locs.items[i];
        if (l->file == loc.file && l->line == loc.line && l->col == loc.col) return;
    }
    Loc *l = xalloc(sizeof *l);
    *l = loc;
    vec_push(&P->error_locs, l);
    error_at(loc, "%s", msg);
}

/* Reports the lexical errors of the tokens up to index i. */
static void report_lex_errors_to(Parser *P, int i) {
    for (; P->lex_reported <= i && P->lex_reported < P->count; P->lex_reported++) {
        Token *t = &P->toks[P->lex_reported];
        if (t->kind != TK_ERROR || !t->sval) continue;
        report_once(P, t->loc, t->sval);
        P->lex_error_loc = t->loc;
        P->had_error = true;
    }
}

static Token *peek(Parser *P) { return tok_at(P, P->pos); }
static Token *peek_n(Parser *P, int n) { return tok_at(P, P->pos + n); }
static TokenKind kind_at(Parser *P, int i) { return tok_at(P, i)->kind; }
static bool at(Parser *P, TokenKind k) { return peek(P)->kind == k; }

static Token *advance(Parser *P) {
    Token *t = peek(P);
    if (P->pos < P->count - 1) P->pos++;
    report_lex_errors_to(P, P->pos);
    return t;
}

static bool accept(Parser *P, TokenKind k) {
    if (!at(P, k)) return false;
    advance(P);
    return true;
}

static bool at_ident(Parser *P, int i, const char *name) {
    Token *t = tok_at(P, i);
    return t->kind == TK_IDENT && strcmp(t->ident, name) == 0;
}

/* The position just past the previous token (javac's position for
 * "X expected"). */
static Loc prev_end(Parser *P) {
    if (P->pos == 0) return peek(P)->loc;
    Token *t = tok_at(P, P->pos - 1);
    if (t->kind == TK_ERROR && at(P, TK_EOF)) return peek(P)->loc;   /* (an unclosed comment: its text has no end on its line) */
    Loc loc = t->loc;
    loc.col += t->len;
    return loc;
}

/* An error at loc; a syntax error (!always) is not reported at or before
 * the last lexical error reported (javac's rule). */
static _Noreturn void fail_report(Parser *P, Loc loc, const char *msg, bool always) {
    report_lex_errors_to(P, P->pos);
    Loc last = P->lex_error_loc;
    if (always || !(last.line && loc.file == last.file && (loc.line < last.line || (loc.line == last.line && loc.col <= last.col))))
        report_once(P, loc, msg);
    longjmp(P->fail, 1);
}

static _Noreturn void fail_at(Parser *P, Loc loc, const char *msg) { fail_report(P, loc, msg, false); }

/* An error at the current token; at the end of the file it becomes
 * "reached end of file while parsing" just past the last token. */
static _Noreturn void syntax_error(Parser *P, const char *msg) {
    if (at(P, TK_EOF)) fail_at(P, prev_end(P), "reached end of file while parsing");
    fail_at(P, peek(P)->loc, msg);
}

/* "X expected", just past the previous token. */
static _Noreturn void expected(Parser *P, const char *what) {
    if (at(P, TK_EOF)) fail_at(P, prev_end(P), "reached end of file while parsing");
    fail_at(P, prev_end(P), xprintf("%s expected", what));
}

static Token *expect(Parser *P, TokenKind k) {
    if (!at(P, k)) {
        if (k == TK_IDENT) expected(P, "<identifier>");
        P->semicolon_missing_at_line_end = k == TK_SEMI && P->pos > 0 && peek(P)->loc.line > tok_at(P, P->pos - 1)->loc.line;
        expected(P, xprintf("'%s'", token_kind_spelling(k)));
    }
    return advance(P);
}

static void enter(Parser *P) {
    if (++P->depth > MAX_DEPTH) fail_at(P, peek(P)->loc, "too deeply nested");
}
static void leave(Parser *P) { P->depth--; }

/* A left-deep chain (a + b + c ..., a.b.c ...) is built by a loop, but
 * later stages recurse over it: its length counts as nesting too. */
static void chain_limit(Parser *P, int chain) {
    if (P->depth + chain > MAX_DEPTH) fail_at(P, peek(P)->loc, "too deeply nested");
}

/* Rejects tokens that start constructs Lime does not support, wherever
 * they may appear inside an expression or type. */
static void reject_unsupported(Parser *P) {
    Token *t = peek(P);
    switch (t->kind) {
    case TK_LBRACKET2: fail_at(P, t->loc, "value arrays '[[ ]]' are not supported yet");
    case TK_FATARROW: fail_at(P, t->loc, "stream connection '=>' is not supported yet");
    default: break;
    }
}

static bool is_primitive_kw(TokenKind k) {
    switch (k) {
    case TK_KW_BOOLEAN: case TK_KW_BYTE: case TK_KW_SHORT: case TK_KW_CHAR:
    case TK_KW_INT: case TK_KW_LONG: case TK_KW_FLOAT: case TK_KW_DOUBLE:
        return true;
    default:
        return false;
    }
}

static TypeKind prim_of(TokenKind k) {
    switch (k) {
    case TK_KW_BOOLEAN: return TY_BOOLEAN;
    case TK_KW_BYTE: return TY_BYTE;
    case TK_KW_SHORT: return TY_SHORT;
    case TK_KW_CHAR: return TY_CHAR;
    case TK_KW_INT: return TY_INT;
    case TK_KW_LONG: return TY_LONG;
    case TK_KW_FLOAT: return TY_FLOAT;
    case TK_KW_DOUBLE: return TY_DOUBLE;
    case TK_KW_VOID: return TY_VOID;
    default: LIME_UNREACHABLE();
    }
}

/* -------------------------------------------- speculative look-ahead */

/* Skips type arguments `< ... >` starting at i (a '<'); returns the index
 * after the matching '>', or -1 if the tokens cannot be type arguments. */
static int skip_type_args(Parser *P, int i) {
    int level = 0;
    for (int steps = 0; steps < 10000; steps++, i++) {
        switch (kind_at(P, i)) {
        case TK_LT: level++; break;
        case TK_GT: level -= 1; break;
        case TK_SHR: level -= 2; break;
        case TK_USHR: level -= 3; break;
        case TK_IDENT: case TK_DOT: case TK_COMMA: case TK_QUESTION: case TK_LBRACKET:
        case TK_RBRACKET: case TK_KW_EXTENDS: case TK_KW_SUPER: case TK_AMP:
            break;
        default:
            if (is_primitive_kw(kind_at(P, i))) break;
            return -1;
        }
        if (level < 0) return -1;
        if (level == 0) return i + 1;
    }
    return -1;
}

/* Scans `Type` at token i without consuming:
 *   Type = (primitive | Name {"." Name} [TypeArgs]) {"[" "]"}
 * Returns the index after it, or -1.  *generic is set if type arguments
 * were seen, *value_array if a "[[" follows (the caller reports it). */
static int scan_type(Parser *P, int i, bool *generic) {
    if (is_primitive_kw(kind_at(P, i))) {
        i++;
    } else if (kind_at(P, i) == TK_IDENT) {
        i++;
        for (;;) {
            if (kind_at(P, i) == TK_LT) {
                int j = skip_type_args(P, i);
                if (j < 0) return -1;
                if (generic) *generic = true;
                i = j;
            }
            if (kind_at(P, i) == TK_DOT && kind_at(P, i + 1) == TK_IDENT) i += 2;
            else break;
        }
    } else {
        return -1;
    }
    for (;;) {
        if (kind_at(P, i) == TK_LBRACKET && kind_at(P, i + 1) == TK_RBRACKET) {
            i += 2;
        } else if (kind_at(P, i) == TK_LBRACKET2) {
            /* [[ ]] or [[ N ]]: skip to the two closing brackets */
            int j = i + 1;
            while (j < P->count && !(kind_at(P, j) == TK_RBRACKET && kind_at(P, j + 1) == TK_RBRACKET)) {
                TokenKind k = kind_at(P, j);
                if (k == TK_EOF || k == TK_SEMI || k == TK_LBRACE) return -1;
                j++;
            }
            i = j + 2;
        } else break;
    }
    return i;
}

/* Does a local variable declaration start at token i?
 *   primitive ... | "final" | "var" IDENT | Type IDENT | Type "[["  */
static bool is_local_decl_start(Parser *P, int i) {
    TokenKind k = kind_at(P, i);
    if (is_primitive_kw(k) || k == TK_KW_FINAL || k == TK_AT) return true;
    if (k != TK_IDENT) return false;
    if (at_ident(P, i, "var") && kind_at(P, i + 1) == TK_IDENT) return true;
    bool generic = false;
    int j = scan_type(P, i, &generic);
    if (j < 0) return false;
    return kind_at(P, j) == TK_IDENT || kind_at(P, j) == TK_LBRACKET2;
}

/* ------------------------------------------------------ annotations */

/* The annotations javac checks; any other is accepted and ignored. */
typedef enum AnnKind { ANN_OTHER, ANN_OVERRIDE, ANN_SAFEVARARGS, ANN_FUNCTIONAL } AnnKind;

/* annotation = "@" IDENT {"." IDENT} ["(" balanced tokens ")"] */
static AnnKind skip_annotation(Parser *P) {
    expect(P, TK_AT);
    if (at(P, TK_KW_INTERFACE)) syntax_error(P, "<identifier> expected");
    StrBuf name = {0};
    for (;;) {
        Token *id = expect(P, TK_IDENT);
        sb_printf(&name, "%s%s", name.len ? "." : "", id->ident);
        if (!at(P, TK_DOT) || peek_n(P, 1)->kind != TK_IDENT) break;
        advance(P);
    }
    const char *nm = sb_str(&name);
    if (!strncmp(nm, "java.lang.", 10)) nm += 10;
    AnnKind kind = !strcmp(nm, "Override") ? ANN_OVERRIDE
                   : !strcmp(nm, "SafeVarargs") ? ANN_SAFEVARARGS
                   : !strcmp(nm, "FunctionalInterface") ? ANN_FUNCTIONAL : ANN_OTHER;
    if (!at(P, TK_LPAREN)) return kind;
    int depth = 0;
    do {
        if (at(P, TK_EOF)) syntax_error(P, "");
        if (at(P, TK_LPAREN)) depth++;
        else if (at(P, TK_RPAREN)) depth--;
        advance(P);
    } while (depth > 0);
    return kind;
}

static _Noreturn void not_applicable(Parser *P, Loc loc) {
    fail_at(P, loc, "annotation type not applicable to this kind of declaration");
}

/* An annotation of a parameter or local: none of the checked ones applies. */
static void skip_non_method_annotation(Parser *P) {
    Loc loc = peek(P)->loc;
    if (skip_annotation(P) != ANN_OTHER) not_applicable(P, loc);
}

/* The checked annotations of the modifiers just parsed, for what they
 * precede: a class, a method or constructor, or anything else. */
enum { DECL_CLASS, DECL_INTERFACE, DECL_METHOD, DECL_OTHER };
static void check_annotation_targets(Parser *P, int decl, const char *class_name) {
    if (P->override_loc.line && decl != DECL_METHOD) not_applicable(P, P->override_loc);
    if (P->safevarargs_loc.line && decl != DECL_METHOD) not_applicable(P, P->safevarargs_loc);
    if (P->functional_loc.line && decl != DECL_CLASS && decl != DECL_INTERFACE) not_applicable(P, P->functional_loc);
    if (P->functional_loc.line && decl == DECL_CLASS && class_name)
        fail_at(P, P->functional_loc, xprintf("Unexpected @FunctionalInterface annotation (%s is not a functional interface)", class_name));
}

/* The parameter types as javac's messages list them: "int[],String". */
static const char *param_types_text(MethodDecl *m) {
    StrBuf sb = {0};
    for (int i = 0; i < m->params.len; i++) {
        Node *t = ((LocalVar *)m->params.items[i])->type_node;
        if (i) sb_putc(&sb, ',');
        static const char *const prims[] = {[TY_BOOLEAN] = "boolean", [TY_BYTE] = "byte", [TY_SHORT] = "short",
                                            [TY_CHAR] = "char", [TY_INT] = "int", [TY_LONG] = "long",
                                            [TY_FLOAT] = "float", [TY_DOUBLE] = "double"};
        if (t->prim == TY_CLASS) sb_puts(&sb, t->qual.items[t->qual.len - 1]);
        else if (t->prim <= TY_DOUBLE && prims[t->prim]) sb_puts(&sb, prims[t->prim]);
        for (int d = 0; d < t->dims; d++) sb_puts(&sb, "[]");
    }
    return sb_str(&sb);
}

/* @SafeVarargs on a method that parsed: Lime has no varargs, so it is
 * never a varargs method (javac's message). */
static void check_safevarargs(Parser *P, Loc loc, MethodDecl *m) {
    if (!loc.line || m->is_varargs) return;
    fail_at(P, loc, xprintf("Invalid SafeVarargs annotation. Method %s(%s) is not a varargs method.",
                            m->is_ctor ? m->owner->name : m->name, param_types_text(m)));
}

static bool at_annotation(Parser *P) { return at(P, TK_AT) && peek_n(P, 1)->kind != TK_KW_INTERFACE; }

/* annotation_decl = "@" "interface" IDENT "{" balanced tokens "}": an
 * annotation interface, accepted and ignored (the modifiers are parsed). */
static void skip_annotation_decl(Parser *P) {
    expect(P, TK_AT);
    expect(P, TK_KW_INTERFACE);
    expect(P, TK_IDENT);
    expect(P, TK_LBRACE);
    int depth = 1;
    while (depth > 0) {
        if (at(P, TK_EOF)) syntax_error(P, "");
        if (at(P, TK_LBRACE)) depth++;
        else if (at(P, TK_RBRACE)) depth--;
        advance(P);
    }
}

/* ----------------------------------------------------------- types */

static Node *clone_type(Node *t) {
    Node *c = new_node(ND_TYPE, t->loc);
    c->prim = t->prim;
    c->dims = t->dims;
    for (int i = 0; i < t->vdims.len; i++) vec_push(&c->vdims, t->vdims.items[i]);
    c->is_var = t->is_var;
    for (int i = 0; i < t->qual.len; i++) vec_push(&c->qual, t->qual.items[i]);
    for (int i = 0; i < t->targs.len; i++) vec_push(&c->targs, t->targs.items[i]);
    c->diamond = t->diamond;
    c->wildcard = t->wildcard;
    c->lhs = t->lhs;
    c->local_cls = t->local_cls;
    return c;
}

static Node *parse_ternary(Parser *P);

/* Records one more dimension of t; value dimensions switch t to vdims. */
static void add_dim(Node *t, bool is_value, Node *len) {
    if (is_value && t->vdims.len < t->dims) {
        for (int i = t->vdims.len; i < t->dims; i++) vec_push(&t->vdims, xalloc(sizeof(DimSpec)));
    }
    if (is_value || t->vdims.len) {
        DimSpec *d = xalloc(sizeof *d);
        d->is_value = is_value;
        d->len = len;
        vec_push(&t->vdims, d);
    }
    t->dims++;
}

/* dims = { "[" "]" | "[[" [ternary] "]" "]" }   (adds to t's dimensions) */
static void parse_dims(Parser *P, Node *t) {
    for (;;) {
        if (at(P, TK_LBRACKET2)) {
            advance(P);
            Node *len = at(P, TK_RBRACKET) ? NULL : parse_ternary(P);
            expect(P, TK_RBRACKET);
            expect(P, TK_RBRACKET);
            add_dim(t, true, len);
            continue;
        }
        if (!at(P, TK_LBRACKET) || peek_n(P, 1)->kind != TK_RBRACKET) break;
        P->pos += 2;
        add_dim(t, false, NULL);
    }
}

static void parse_type_args(Parser *P, Node *n);
static Node *parse_type(Parser *P, bool allow_void);

/* type_name = primitive | "void" | IDENT {"." IDENT}   (no dims) */
static Node *parse_type_name(Parser *P, bool allow_void) {
    Token *t = peek(P);
    if (is_primitive_kw(t->kind) || (allow_void && t->kind == TK_KW_VOID)) {
        advance(P);
        Node *n = new_node(ND_TYPE, t->loc);
        n->prim = prim_of(t->kind);
        return n;
    }
    if (t->kind == TK_KW_VOID) syntax_error(P, "illegal start of type");
    if (t->kind != TK_IDENT) {
        if (t->kind == TK_AT) fail_at(P, t->loc, "type annotations are not supported");
        if (t->kind == TK_EOF) syntax_error(P, "");
        expected(P, "<identifier>");
    }
    Node *n = new_node(ND_TYPE, t->loc);
    n->prim = TY_CLASS;
    n->local_cls = local_class_named(P, t->ident);
    for (;;) {
        Token *id = expect(P, TK_IDENT);
        vec_push(&n->qual, (void *)id->ident);
        if (at(P, TK_LT)) {
            n->targs.len = 0; /* Outer<A>.Inner<B>: the last part's arguments */
            parse_type_args(P, n);
        }
        if (at(P, TK_DOT) && peek_n(P, 1)->kind == TK_IDENT) {
            advance(P);
            n->targs.len = 0; /* Outer<A>.Inner: A is not Inner's (Lime does not keep it) */
            n->diamond = false;
        } else break;
    }
    return n;
}

/* Consumes one '>' closing type arguments; a '>>' or '>>>' token is
 * split (the rest stays for the enclosing argument lists). */
static void close_angle(Parser *P) {
    Token *t = peek(P);
    TokenKind rest = t->kind == TK_SHR ? TK_GT : t->kind == TK_USHR ? TK_SHR : t->kind == TK_GE ? TK_ASSIGN
                   : t->kind == TK_SHR_ASSIGN ? TK_GE : t->kind == TK_USHR_ASSIGN ? TK_SHR_ASSIGN : TK_EOF;
    if (t->kind == TK_GT) {
        advance(P);
        return;
    }
    if (rest == TK_EOF) expected(P, "'>'");
    t->kind = rest;
    t->start++;
    t->len--;
    t->loc.col++;
}

/* type_args = "<" [type_arg {"," type_arg}] ">"    (empty: the diamond)
 * type_arg  = type | "?" [("extends" | "super") type] */
static void parse_type_args(Parser *P, Node *n) {
    expect(P, TK_LT);
    if (at(P, TK_GT)) {
        advance(P);
        n->diamond = true;
        return;
    }
    for (;;) {
        Token *t = peek(P);
        Node *a;
        if (t->kind == TK_QUESTION) {
            advance(P);
            a = new_node(ND_TYPE, t->loc);
            a->prim = TY_CLASS;
            a->wildcard = WILD_ANY;
            if (accept(P, TK_KW_EXTENDS)) {
                a->wildcard = WILD_EXTENDS;
                a->lhs = parse_type(P, false);
            } else if (accept(P, TK_KW_SUPER)) {
                a->wildcard = WILD_SUPER;
                a->lhs = parse_type(P, false);
            }
        } else {
            a = parse_type(P, false);
        }
        vec_push(&n->targs, a);
        if (!accept(P, TK_COMMA)) break;
    }
    close_angle(P);
}

/* type_params = "<" IDENT ["extends" type {"&" type}] {"," ...} ">" */
static void parse_type_params(Parser *P, Vec *out) {
    expect(P, TK_LT);
    for (;;) {
        if (at(P, TK_AT)) fail_at(P, peek(P)->loc, "annotations are not supported");
        Token *id = expect(P, TK_IDENT);
        TypeParam *tp = xalloc(sizeof *tp);
        tp->name = id->ident;
        tp->loc = id->loc;
        if (accept(P, TK_KW_EXTENDS)) {
            do vec_push(&tp->bounds, parse_type(P, false));
            while (accept(P, TK_AMP));
        }
        vec_push(out, tp);
        if (!accept(P, TK_COMMA)) break;
    }
    close_angle(P);
}

/* type = type_name dims */
static Node *parse_type(Parser *P, bool allow_void) {
    Node *n = parse_type_name(P, allow_void);
    parse_dims(P, n);
    if (n->prim == TY_VOID && n->dims > 0) fail_at(P, n->loc, "'void' type not allowed here");
    if (at(P, TK_ELLIPSIS)) fail_at(P, peek(P)->loc, "varargs are not supported");
    return n;
}

/* ------------------------------------------------------ expressions */

static Node *parse_expr(Parser *P);
static Node *parse_ternary(Parser *P);
static Node *parse_unary(Parser *P);
static Node *parse_array_init(Parser *P);
static Node *parse_statement(Parser *P);
static Node *parse_block(Parser *P);
static Node *parse_try(Parser *P);
static Node *parse_switch(Parser *P);
static void parse_class(Parser *P, int mods, bool is_value, Loc mods_loc, ClassDecl *outer);
static void parse_enum(Parser *P, int mods, ClassDecl *outer);
static void parse_record(Parser *P, int mods, ClassDecl *outer);
static void parse_type_params(Parser *P, Vec *out);

/* args = "(" [arg {"," arg}] ")"
 * arg  = ["@"] expr        ("@": Lime's map over this argument) */
static void parse_args(Parser *P, Vec *args) {
    expect(P, TK_LPAREN);
    if (accept(P, TK_RPAREN)) return;
    for (;;) {
        if (at(P, TK_AT)) {
            Token *at_tok = advance(P);
            Node *m = new_node(ND_MAP_ARG, at_tok->loc);
            m->lhs = parse_expr(P);
            vec_push(args, m);
        } else vec_push(args, parse_expr(P));
        if (accept(P, TK_COMMA)) continue;
        if (at(P, TK_FATARROW)) reject_unsupported(P);
        expect(P, TK_RPAREN);
        return;
    }
}

/* Is the token at i one that can start a UnaryExpressionNotPlusMinus?
 * (decides `(Name) x` casts, JLS 15.16) */
static bool starts_unary_not_pm(Parser *P, int i) {
    switch (kind_at(P, i)) {
    case TK_IDENT: case TK_INT_LIT: case TK_LONG_LIT: case TK_FLOAT_LIT: case TK_DOUBLE_LIT:
    case TK_CHAR_LIT: case TK_STRING_LIT: case TK_KW_TRUE: case TK_KW_FALSE: case TK_KW_NULL:
    case TK_LPAREN: case TK_BANG: case TK_TILDE: case TK_KW_THIS: case TK_KW_NEW:
    case TK_KW_SUPER: case TK_KW_SWITCH:
        return true;
    default:
        return is_primitive_kw(kind_at(P, i));
    }
}

/* The index of the ')' matching the '(' at i, or -1. */
static int matching_paren(Parser *P, int i) {
    int level = 0;
    for (; i < P->count; i++) {
        TokenKind k = kind_at(P, i);
        if (k == TK_LPAREN) level++;
        else if (k == TK_RPAREN && --level == 0) return i;
        else if (k == TK_EOF || k == TK_LBRACE || k == TK_SEMI) return -1;
    }
    return -1;
}

/* creator = type_name ( args ["{" -> error]
 *                     | "[" expr "]" {"[" expr "]"} {"[" "]"}
 *                     | "[" "]" {"[" "]"} array_init ) */
static void parse_member(Parser *P, ClassDecl *cls);
static void parse_class_body(Parser *P, ClassDecl *c);
static int modifier_bit(TokenKind k);
static int parse_modifiers(Parser *P, bool *is_value);
static bool sealed_modifier_at(Parser *P, int i);
static LocalVar *made_param(Loc loc, const char *name, Node *type);
static Token *made_token(TokenKind kind, Loc loc, const char *text);
static Node *made_type(Loc loc, TypeKind prim, const char *name);
static Node *made_name(Loc loc, const char *name);

/* The body of `new T(args) { members }`: a class named by its number in
 * the class whose code makes it (Outer$1, Outer$Inner$1, Outer$1$1, ... as
 * javac names them) that extends or implements T (the checker decides
 * which). */
static ClassDecl *parse_anonymous_class(Parser *P, Node *type) {
    ClassDecl *outer = P->cls;
    int number = ++outer->anon_count;
    ClassDecl *c = xalloc(sizeof *c);
    c->name = intern(xprintf("%d", number), (int)strlen(xprintf("%d", number)));
    c->qualname = intern(xprintf("%s.%d", outer->qualname, number), (int)strlen(xprintf("%s.%d", outer->qualname, number)));
    c->loc = peek(P)->loc;
    c->mods = MOD_FINAL;
    c->outer = outer;
    c->decl_method = P->method;
    c->is_anonymous = true;
    c->unit = outer->unit;
    c->package = outer->package;
    c->is_inner = true;
    c->is_library = P->prog->parsing_library;
    c->super_node = type;
    vec_push(&outer->nested, c);
    vec_push(&P->prog->classes, c);
    parse_class_body(P, c);
    if (c->ctors.len) error_at(((MethodDecl *)c->ctors.items[0])->loc, "anonymous classes cannot have constructors");
    return c;
}

/* lambda = (IDENT | "(" [lparam {"," lparam}] ")") "->" (expr | block)
 * lparam = IDENT | {"final"} type IDENT */
static Node *parse_lambda(Parser *P) {
    Token *start = peek(P);
    Node *n = new_node(ND_LAMBDA, start->loc);
    if (start->kind == TK_IDENT) {
        advance(P);
        LocalVar *v = made_param(start->loc, start->ident, NULL);
        v->is_final = false;
        vec_push(&n->vars, v);
    } else {
        expect(P, TK_LPAREN);
        while (!at(P, TK_RPAREN)) {
            while (accept(P, TK_KW_FINAL)) {}
            Node *type = NULL;
            if (!(at(P, TK_IDENT) && (peek_n(P, 1)->kind == TK_COMMA || peek_n(P, 1)->kind == TK_RPAREN))) {
                if (at_ident(P, P->pos, "var")) advance(P);
                else type = parse_type(P, false);
            }
            Token *id = expect(P, TK_IDENT);
            LocalVar *v = made_param(id->loc, id->ident, type);
            v->is_final = false;
            vec_push(&n->vars, v);
            if (!accept(P, TK_COMMA)) break;
        }
        expect(P, TK_RPAREN);
    }
    n->loc = expect(P, TK_ARROW)->loc;
    if (at(P, TK_LBRACE)) n->body = parse_block(P);
    else n->lhs = parse_expr(P);
    return n;
}

static Node *parse_new_array(Parser *P, Token *new_tok, Node *type);

/* the type `bit` (Lime), written without dimensions */
static bool is_bit_name(Node *type) {
    return type->prim == TY_CLASS && type->qual.len == 1 && !strcmp(type->qual.items[0], "bit") && !type->targs.len &&
           !type->dims;
}

/* The index after the `]]` closing the `[[` at token i, or -1. */
static int skip_value_dim(Parser *P, int i) {
    for (int j = i + 1; j < P->count; j++) {
        TokenKind k = kind_at(P, j);
        if (k == TK_EOF || k == TK_SEMI || k == TK_LBRACE) return -1;
        if (k == TK_RBRACKET && kind_at(P, j + 1) == TK_RBRACKET) return j + 2;
    }
    return -1;
}

static Node *parse_creator(Parser *P, Token *new_tok) {
    Node *type = parse_type_name(P, false);
    int after = is_bit_name(type) && at(P, TK_LBRACKET2) ? skip_value_dim(P, P->pos) : -1;
    if (after >= 0 && (kind_at(P, after) == TK_LBRACKET || kind_at(P, after) == TK_LBRACKET2)) {
        /* new bit[[N]][n], new bit[[N]][[]](a): arrays of bit[[N]] words */
        advance(P);
        Node *width = parse_ternary(P);
        expect(P, TK_RBRACKET);
        expect(P, TK_RBRACKET);
        add_dim(type, true, width);
    }
    if (at(P, TK_LPAREN)) {
        if (type->prim != TY_CLASS) expected(P, "'['");
        Node *n = new_node(ND_NEW, new_tok->loc);
        n->type_node = type;
        parse_args(P, &n->args);
        if (at(P, TK_LBRACE)) n->anon = parse_anonymous_class(P, type);
        return n;
    }
    if (at(P, TK_LBRACKET2)) {
        /* new T[[]](array): a frozen copy; new T[[n]]: n zero values */
        Node *n = new_node(ND_NEW_VALUE_ARRAY, new_tok->loc);
        n->type_node = type;
        advance(P);
        if (at(P, TK_RBRACKET)) {
            expect(P, TK_RBRACKET);
            expect(P, TK_RBRACKET);
            expect(P, TK_LPAREN);
            n->lhs = parse_expr(P);
            expect(P, TK_RPAREN);
        } else {
            n->rhs = parse_expr(P);
            expect(P, TK_RBRACKET);
            expect(P, TK_RBRACKET);
        }
        return n;
    }
    if (!at(P, TK_LBRACKET)) {
        if (type->prim == TY_CLASS) expected(P, "'(' or '['");
        expected(P, "'['");
    }
    return parse_new_array(P, new_tok, type);
}

/* new T[d1][d2][]... or new T[]...{init}, T parsed, at the first '[' */
static Node *parse_new_array(Parser *P, Token *new_tok, Node *type) {
    Node *n = new_node(ND_NEW_ARRAY, new_tok->loc);
    n->type_node = type;
    if (peek_n(P, 1)->kind == TK_RBRACKET) {
        while (at(P, TK_LBRACKET) && peek_n(P, 1)->kind == TK_RBRACKET) {
            P->pos += 2;
            n->extra_dims++;
        }
        if (at(P, TK_LBRACKET2)) reject_unsupported(P);
        if (!at(P, TK_LBRACE)) expected(P, "'{'");
        n->rhs = parse_array_init(P);
        return n;
    }
    while (at(P, TK_LBRACKET) && peek_n(P, 1)->kind != TK_RBRACKET) {
        advance(P);
        vec_push(&n->args, parse_expr(P));
        expect(P, TK_RBRACKET);
    }
    while (at(P, TK_LBRACKET) && peek_n(P, 1)->kind == TK_RBRACKET) {
        P->pos += 2;
        n->extra_dims++;
    }
    if (at(P, TK_LBRACKET2)) reject_unsupported(P);
    if (at(P, TK_LBRACE))
        fail_at(P, peek(P)->loc, "array creation with both dimension expression and initialization is illegal");
    return n;
}

/* task = "task" ( Name {"." Name} | "new" creator "." IDENT ) */
static Node *parse_task(Parser *P) {
    Token *t = advance(P);
    Node *n = new_node(ND_TASK, t->loc);
    Node *e;
    if (at(P, TK_KW_NEW)) {
        Token *nt = advance(P);
        e = parse_creator(P, nt);
        if (e->kind != ND_NEW) fail_at(P, e->loc, "a task is made from a method of a new object: task new C(...).m");
        Token *dot = expect(P, TK_DOT);
        Token *id = expect(P, TK_IDENT);
        Node *f = new_node(ND_FIELD, dot->loc);
        f->lhs = e;
        f->name = id->ident;
        e = f;
    } else {
        Token *id = expect(P, TK_IDENT);
        e = new_node(ND_NAME, id->loc);
        e->name = id->ident;
        while (at(P, TK_DOT)) {
            Token *dot = advance(P);
            Token *m = expect(P, TK_IDENT);
            Node *f = new_node(ND_FIELD, dot->loc);
            f->lhs = e;
            f->name = m->ident;
            e = f;
        }
    }
    n->lhs = e;
    return n;
}

/* Whether `[]...[] . class` starts n tokens ahead (an array type's class
 * literal). */
/* Are tokens n.. dims `[]` then first and second (`.class`, `::new`)? */
static bool array_type_then(Parser *P, int n, TokenKind first, TokenKind second) {
    if (peek_n(P, n)->kind != TK_LBRACKET || peek_n(P, n + 1)->kind != TK_RBRACKET) return false;
    while (peek_n(P, n)->kind == TK_LBRACKET && peek_n(P, n + 1)->kind == TK_RBRACKET) n += 2;
    return peek_n(P, n)->kind == first && peek_n(P, n + 1)->kind == second;
}

static bool array_class_literal_at(Parser *P, int n) { return array_type_then(P, n, TK_DOT, TK_KW_CLASS); }
static bool array_ctor_ref_at(Parser *P, int n) { return array_type_then(P, n, TK_COLONCOLON, TK_KW_NEW); }

/* T[]::new after array type `type` (JLS 15.13): a method reference named
 * "new" with the array type and no expression */
static Node *array_ctor_ref(Parser *P, Node *type) {
    Token *cc = expect(P, TK_COLONCOLON);
    expect(P, TK_KW_NEW);
    Node *n = new_node(ND_METHOD_REF, cc->loc);
    n->type_node = type;
    n->name = intern("new", 3);
    return n;
}

/* primary = literal | "this" [args] | IDENT [args] | "(" expr ")" | "new" creator | task */
static Node *parse_primary(Parser *P) {
    Token *t = peek(P);
    switch (t->kind) {
    case TK_INT_LIT: case TK_LONG_LIT: case TK_FLOAT_LIT: case TK_DOUBLE_LIT:
    case TK_CHAR_LIT: case TK_STRING_LIT: case TK_KW_TRUE: case TK_KW_FALSE: case TK_KW_NULL: {
        advance(P);
        Node *n = new_node(ND_LITERAL, t->loc);
        n->lit = t;
        return n;
    }
    case TK_KW_THIS: {
        advance(P);
        if (at(P, TK_LPAREN)) {
            Node *n = new_node(ND_CALL, t->loc);
            n->name = intern("this", 4);
            parse_args(P, &n->args);
            return n;
        }
        return new_node(ND_THIS, t->loc);
    }
    case TK_IDENT: {
        if (peek_n(P, 1)->kind == TK_ARROW && !P->no_lambda) return parse_lambda(P);
        if (strcmp(t->ident, "task") == 0 &&
            (peek_n(P, 1)->kind == TK_IDENT || peek_n(P, 1)->kind == TK_KW_NEW))
            return parse_task(P);
        advance(P);
        if (at(P, TK_LPAREN)) {
            Node *n = new_node(ND_CALL, t->loc);
            n->name = t->ident;
            parse_args(P, &n->args);
            return n;
        }
        Node *n = new_node(ND_NAME, t->loc);
        n->name = t->ident;
        n->local_cls = local_class_named(P, t->ident);
        return n;
    }
    case TK_LPAREN: {
        int close = matching_paren(P, P->pos);
        if (close >= 0 && kind_at(P, close + 1) == TK_ARROW) return parse_lambda(P);
        advance(P);
        Node *e = parse_expr(P);
        expect(P, TK_RPAREN);
        e->parenthesized = true;
        return e;
    }
    case TK_KW_NEW:
        advance(P);
        if (at(P, TK_LT)) fail_at(P, peek(P)->loc, "generic types are not supported");
        return parse_creator(P, t);
    case TK_KW_SUPER: {
        /* super = "super" args | "super" "." IDENT [args] */
        advance(P);
        if (at(P, TK_LPAREN)) {
            Node *n = new_node(ND_CALL, t->loc);
            n->name = intern("super", 5);
            parse_args(P, &n->args);
            return n;
        }
        if (!at(P, TK_DOT) && !at(P, TK_COLONCOLON)) expected(P, "'.'");  /* super.m(), super::m */
        return new_node(ND_SUPER, t->loc);
    }
    case TK_KW_SWITCH: {
        Node *n = parse_switch(P);
        n->kind = ND_SWITCH_EXPR;
        return n;
    }
    case TK_AT: fail_at(P, t->loc, "annotations are not supported");
    case TK_LBRACKET2: reject_unsupported(P); break;
    case TK_KW_BOOLEAN: case TK_KW_BYTE: case TK_KW_SHORT: case TK_KW_CHAR:
    case TK_KW_INT: case TK_KW_LONG: case TK_KW_FLOAT: case TK_KW_DOUBLE: case TK_KW_VOID: {
        Token *next = peek_n(P, 1);
        if (next->kind == TK_DOT && peek_n(P, 2)->kind == TK_KW_CLASS)
            fail_at(P, t->loc, "class literals of primitive types are not supported");
        if (array_ctor_ref_at(P, 1)) return array_ctor_ref(P, parse_type(P, false)); /* int[]::new */
        if (array_class_literal_at(P, 1)) {  /* int[].class */
            Node *n = new_node(ND_CLASS_LIT, t->loc);
            n->type_node = parse_type(P, false);
            n->loc = peek(P)->loc;
            expect(P, TK_DOT);
            expect(P, TK_KW_CLASS);
            return n;
        }
        break;
    }
    case TK_KW_GOTO: case TK_KW_CONST:
        fail_at(P, t->loc, xprintf("'%s' is a reserved word", token_kind_spelling(t->kind)));
    default:
        break;
    }
    syntax_error(P, "illegal start of expression");
}

static Node *name_type(Parser *P, Node *e, int dims, Token *kw);

/* name.class (JLS 15.8.2) of a class or interface name e (a simple or
 * qualified name) with dims `[]` after it; dot: the '.', kw: `class`.
 * Primitive types have no literal here (parse_primary rejects int.class,
 * and parses int[].class). */
static Node *class_literal(Parser *P, Node *e, int dims, Token *dot, Token *kw) {
    Node *n = new_node(ND_CLASS_LIT, dot->loc);
    n->type_node = name_type(P, e, dims, kw);
    return n;
}

/* The type that class or interface name e (a simple or qualified name)
 * with dims `[]` names; kw: the token after it, for the error. */
static Node *name_type(Parser *P, Node *e, int dims, Token *kw) {
    Vec parts = {0};
    Node *k = e;
    for (; k->kind == ND_FIELD && !k->parenthesized; k = k->lhs) vec_push(&parts, (void *)k->name);
    if (k->kind != ND_NAME || k->parenthesized) fail_at(P, kw->loc, "<identifier> expected");
    vec_push(&parts, (void *)k->name);
    Node *type = new_node(ND_TYPE, k->loc);
    type->prim = TY_CLASS;
    type->local_cls = local_class_named(P, k->name);
    for (int i = parts.len - 1; i >= 0; i--) vec_push(&type->qual, parts.items[i]);
    type->dims = dims;
    return type;
}

/* postfix = primary { "." IDENT [args] | "[" expr "]" | "++" | "--" } */
static Node *parse_postfix(Parser *P) {
    Node *e = parse_primary(P);
    for (int chain = 1;; chain++) {
        chain_limit(P, chain);
        Token *t = peek(P);
        if (t->kind == TK_DOT) {
            advance(P);
            Token *id = peek(P);
            Node scratch = {0};    /* explicit type arguments of a generic method call (x.<A>m(), C.<T>m()) */
            if (id->kind == TK_LT) {
                parse_type_args(P, &scratch);
                if (scratch.diamond) fail_at(P, id->loc, "illegal start of type");
                id = peek(P);
                if (id->kind != TK_IDENT || peek_n(P, 1)->kind != TK_LPAREN) expected(P, "<identifier>");
            }
            if (id->kind == TK_KW_CLASS) {
                advance(P);
                e = class_literal(P, e, 0, t, id);
                continue;
            }
            if (id->kind == TK_KW_SUPER) {
                /* Interface.super.m(...): a default method of a direct superinterface */
                advance(P);
                if (!at(P, TK_DOT)) expected(P, "'.'");
                Node *n = new_node(ND_SUPER, id->loc);
                n->lhs = e;
                e = n;
                continue;
            }
            if (id->kind == TK_KW_NEW) {
                /* outer.new Inner(args): an inner class's object with that outer instance */
                Token *nw = advance(P);
                Node *n = parse_creator(P, nw);
                if (n->kind != ND_NEW) fail_at(P, nw->loc, "'(' expected");
                n->lhs = e;
                e = n;
                continue;
            }
            if (id->kind == TK_KW_THIS) {
                /* Outer.this */
                advance(P);
                Node *n = new_node(ND_THIS, id->loc);
                n->lhs = e;
                e = n;
                continue;
            }
            expect(P, TK_IDENT);
            if (at(P, TK_LPAREN)) {
                Node *n = new_node(ND_CALL, t->loc);
                n->lhs = e;
                n->name = id->ident;
                n->targs = scratch.targs;
                parse_args(P, &n->args);
                e = n;
            } else {
                Node *n = new_node(ND_FIELD, t->loc);
                n->lhs = e;
                n->name = id->ident;
                e = n;
            }
        } else if (t->kind == TK_LBRACKET) {
            if (array_ctor_ref_at(P, 0)) {  /* Name[]::new */
                int dims = 0;
                for (; peek(P)->kind == TK_LBRACKET; dims++) advance(P), advance(P);
                e = array_ctor_ref(P, name_type(P, e, dims, peek(P)));
                continue;
            }
            if (array_class_literal_at(P, 0)) {  /* Name[].class */
                int dims = 0;
                for (; peek(P)->kind == TK_LBRACKET; dims++) advance(P), advance(P);
                Token *dot = advance(P);
                e = class_literal(P, e, dims, dot, advance(P));
                continue;
            }
            advance(P);
            Node *n = new_node(ND_INDEX, t->loc);
            n->lhs = e;
            n->rhs = parse_expr(P);
            if (accept(P, TK_COLON)) n->then = parse_expr(P);   /* w[hi:lo], a slice of a bit[[N]] */
            expect(P, TK_RBRACKET);
            e = n;
        } else if (t->kind == TK_INC || t->kind == TK_DEC) {
            advance(P);
            Node *n = new_node(t->kind == TK_INC ? ND_POSTINC : ND_POSTDEC, t->loc);
            n->lhs = e;
            e = n;
        } else if (t->kind == TK_COLONCOLON) {
            /* method reference: e::name or e::new */
            advance(P);
            Node *n = new_node(ND_METHOD_REF, t->loc);
            n->lhs = e;
            if (at(P, TK_LT)) {   /* e::<A>m: the generic method's type arguments (JLS 15.13) */
                Token *lt = peek(P);
                parse_type_args(P, n);
                if (n->diamond) fail_at(P, lt->loc, "illegal start of type");
            }
            if (accept(P, TK_KW_NEW)) n->name = intern("new", 3);
            else n->name = expect(P, TK_IDENT)->ident;
            e = n;
        } else {
            if (t->kind == TK_LBRACKET2) reject_unsupported(P);
            return e;
        }
    }
}

/* Is there a cast at the '(' under the cursor?  Returns the index of the
 * closing ')' or -1.
 *   cast = "(" primitive dims ")" unary
 *        | "(" Name {"." Name} dims {"&" type} ")" unary_not_plus_minus */
/* `bit` then `[[`: Lime's bit[[N]] (no expression has `[[` after a name) */
static bool bit_word_at(Parser *P, int i) {
    return kind_at(P, i) == TK_IDENT && !strcmp(tok_at(P, i)->ident, "bit") && kind_at(P, i + 1) == TK_LBRACKET2;
}

static int cast_end(Parser *P) {
    int i = P->pos + 1;
    bool generic = false;
    if (is_primitive_kw(kind_at(P, i)) || bit_word_at(P, i)) {   /* (bit[[8]]) -1 casts as (int) -1 does */
        int j = scan_type(P, i, &generic);
        return j >= 0 && kind_at(P, j) == TK_RPAREN ? j : -1;
    }
    if (kind_at(P, i) != TK_IDENT) return -1;
    int j = scan_type(P, i, &generic);
    while (j >= 0 && kind_at(P, j) == TK_AMP && kind_at(P, j + 1) == TK_IDENT) j = scan_type(P, j + 1, &generic);
    if (j < 0 || kind_at(P, j) != TK_RPAREN) return -1;
    if (!starts_unary_not_pm(P, j + 1)) return -1;
    return j;
}

static bool is_reduce_op(TokenKind k) {
    return k == TK_PLUS || k == TK_STAR || k == TK_AMP || k == TK_BAR || k == TK_CARET || k == TK_ANDAND ||
           k == TK_OROR;
}

/* unary  = reduce | ("+" | "-" | "!" | "~" | "++" | "--") unary | cast | postfix ["!" unary]
 * reduce = ("+" | "*" | "&" | "|" | "^" | "&&" | "||") "!" unary
 * postfix "!" unary is a reduce by the method the postfix names (Math.max ! a). */
static Node *parse_unary(Parser *P) {
    enter(P);
    Token *t = peek(P);
    Node *n;
    if (is_reduce_op(t->kind) && peek_n(P, 1)->kind == TK_BANG) {
        advance(P);
        advance(P);
        n = new_node(ND_REDUCE, t->loc);
        n->op = t->kind;
        n->rhs = parse_unary(P);
        leave(P);
        return n;
    }
    switch (t->kind) {
    case TK_PLUS: case TK_MINUS: case TK_BANG: case TK_TILDE: {
        advance(P);
        n = new_node(ND_UNARY, t->loc);
        n->op = t->kind;
        n->lhs = parse_unary(P);
        if (t->kind == TK_MINUS && n->lhs->kind == ND_LITERAL && !n->lhs->parenthesized)
            n->lhs->negated_literal = true;
        break;
    }
    case TK_INC: case TK_DEC:
        advance(P);
        n = new_node(t->kind == TK_INC ? ND_PREINC : ND_PREDEC, t->loc);
        n->lhs = parse_unary(P);
        break;
    case TK_LPAREN: {
        int close = cast_end(P);
        if (close < 0) {
            n = parse_postfix(P);
            break;
        }
        advance(P);
        Node *type = parse_type(P, false);
        n = new_node(ND_CAST, t->loc);
        n->type_node = type;
        /* an intersection cast (A & B) e: the further bounds in args */
        while (accept(P, TK_AMP)) vec_push(&n->args, parse_type(P, false));
        expect(P, TK_RPAREN);
        n->lhs = parse_unary(P);
        break;
    }
    default:
        n = parse_postfix(P);
        if (at(P, TK_BANG) && !n->parenthesized && (n->kind == ND_NAME || n->kind == ND_FIELD)) {
            Token *bang = advance(P);
            Node *r = new_node(ND_REDUCE, bang->loc);
            r->lhs = n;
            r->rhs = parse_unary(P);
            n = r;
        }
        break;
    }
    leave(P);
    return n;
}

/* Binary operator precedence (higher binds tighter); 0: not binary. */
static int binary_prec(TokenKind k) {
    switch (k) {
    case TK_OROR: return 1;
    case TK_ANDAND: return 2;
    case TK_BAR: return 3;
    case TK_CARET: return 4;
    case TK_AMP: return 5;
    case TK_EQ: case TK_NE: return 6;
    case TK_LT: case TK_GT: case TK_LE: case TK_GE: case TK_KW_INSTANCEOF: return 7;
    case TK_SHL: case TK_SHR: case TK_USHR: return 8;
    case TK_PLUS: case TK_MINUS: return 9;
    case TK_STAR: case TK_SLASH: case TK_PERCENT: return 10;
    default: return 0;
    }
}

/* binary(p) = unary { op binary(prec(op)+1) }  for ops with prec >= p
 *   ||  <  &&  <  |  <  ^  <  &  <  == !=  <  < > <= >=  <  << >> >>>
 *   <  + -  <  * / %     (all left-associative) */
static Node *parse_binary(Parser *P, int min_prec) {
    Node *lhs = parse_unary(P);
    for (int chain = 1;; chain++) {
        Token *t = peek(P);
        if (t->kind == TK_BANG) fail_at(P, t->loc, "reduce '!' is not supported yet");
        int prec = binary_prec(t->kind);
        if (prec == 0 || prec < min_prec) return lhs;
        chain_limit(P, chain);
        advance(P);
        if (t->kind == TK_KW_INSTANCEOF) {
            /* instanceof = shift "instanceof" ["final"] type [IDENT] */
            Node *n = new_node(ND_INSTANCEOF, t->loc);
            n->lhs = lhs;
            bool is_final = accept(P, TK_KW_FINAL);
            n->type_node = parse_type(P, false);
            if (at(P, TK_IDENT)) {
                Token *id = advance(P);
                LocalVar *v = xalloc(sizeof *v);
                v->name = id->ident;
                v->loc = id->loc;
                v->is_final = is_final;
                v->type_node = n->type_node;
                n->pattern_var = v;
            }
            lhs = n;
            continue;
        }
        Node *rhs = parse_binary(P, prec + 1);
        Node *n = new_node(ND_BINARY, t->loc);
        n->op = t->kind;
        n->lhs = lhs;
        n->rhs = rhs;
        lhs = n;
    }
}

/* ternary = binary ["?" expr ":" ternary] */
static Node *parse_ternary(Parser *P) {
    Node *c = parse_binary(P, 1);
    if (at(P, TK_QUESTION)) {
        Token *q = advance(P);
        Node *n = new_node(ND_COND, q->loc);
        n->cond = c;
        n->then = parse_expr(P);
        expect(P, TK_COLON);
        enter(P);
        n->els = parse_ternary(P);
        leave(P);
        c = n;
    }
    return c;
}

static bool is_assign_op(TokenKind k) {
    switch (k) {
    case TK_ASSIGN: case TK_PLUS_ASSIGN: case TK_MINUS_ASSIGN: case TK_STAR_ASSIGN:
    case TK_SLASH_ASSIGN: case TK_PERCENT_ASSIGN: case TK_AMP_ASSIGN: case TK_BAR_ASSIGN:
    case TK_CARET_ASSIGN: case TK_SHL_ASSIGN: case TK_SHR_ASSIGN: case TK_USHR_ASSIGN:
        return true;
    default:
        return false;
    }
}

/* expr = connect [assign_op expr]      (right-associative)
 * connect = ternary {"=>" ternary}       (Lime's stream connection) */
static Node *parse_expr(Parser *P) {
    enter(P);
    Node *lhs = parse_ternary(P);
    for (int chain = 1; at(P, TK_FATARROW); chain++) {
        chain_limit(P, chain);
        Token *arrow = advance(P);
        Node *c = new_node(ND_CONNECT, arrow->loc);
        c->lhs = lhs;
        c->rhs = parse_ternary(P);
        lhs = c;
    }
    Token *t = peek(P);
    if (is_assign_op(t->kind)) {
        advance(P);
        Node *n = new_node(ND_ASSIGN, t->loc);
        n->op = t->kind;
        n->lhs = lhs;
        n->rhs = parse_expr(P);
        lhs = n;
    } else {
        reject_unsupported(P);
    }
    leave(P);
    return lhs;
}

/* array_init = "{" [var_init {"," var_init}] [","] "}"
 * var_init   = array_init | expr */
static Node *parse_array_init(Parser *P) {
    enter(P);
    Token *lb = expect(P, TK_LBRACE);
    Node *n = new_node(ND_ARRAY_INIT, lb->loc);
    while (!at(P, TK_RBRACE)) {
        vec_push(&n->args, at(P, TK_LBRACE) ? parse_array_init(P) : parse_expr(P));
        if (!accept(P, TK_COMMA)) break;
    }
    if (!at(P, TK_RBRACE)) {
        if (at(P, TK_EOF)) syntax_error(P, "");
        expected(P, "'}'");
    }
    advance(P);
    leave(P);
    return n;
}

static Node *parse_var_init(Parser *P) {
    return at(P, TK_LBRACE) ? parse_array_init(P) : parse_expr(P);
}

/* ------------------------------------------------------- statements */

/* Reports javac-style errors for statement-level uses of unsupported
 * or misplaced keywords; returns only if the token is fine. */
static void reject_statement_keyword(Parser *P) {
    Token *t = peek(P);
    switch (t->kind) {
    case TK_KW_TRY:
        break;
    case TK_KW_CATCH: fail_at(P, t->loc, "'catch' without 'try'");
    case TK_KW_FINALLY: fail_at(P, t->loc, "'finally' without 'try'");
    case TK_KW_ELSE: fail_at(P, t->loc, "'else' without 'if'");
    case TK_KW_CASE: case TK_KW_DEFAULT: fail_at(P, t->loc, "orphaned case");
    case TK_KW_STATIC:
        fail_at(P, t->loc, "modifier static not allowed here");
    case TK_AT:
        if (peek_n(P, 1)->kind == TK_KW_INTERFACE) fail_at(P, t->loc, "local annotation interfaces are not supported");
        break;
    case TK_KW_GOTO: case TK_KW_CONST:
        fail_at(P, t->loc, xprintf("'%s' is a reserved word", token_kind_spelling(t->kind)));
    default:
        break;
    }
}

/* Does a local class, interface, enum or record declaration start at
 * the current token (after modifiers and annotations)? */
static bool local_class_start(Parser *P) {
    int i = P->pos;
    for (int steps = 0; steps < 100; steps++) {
        TokenKind k = kind_at(P, i);
        if (k == TK_KW_CLASS || k == TK_KW_INTERFACE || k == TK_KW_ENUM) return true;
        if (at_ident(P, i, "record")) return kind_at(P, i + 1) == TK_IDENT && (kind_at(P, i + 2) == TK_LPAREN || kind_at(P, i + 2) == TK_LT);
        if (k == TK_KW_ABSTRACT || k == TK_KW_FINAL || k == TK_KW_STRICTFP) i++;
        else if (sealed_modifier_at(P, i)) i += at_ident(P, i, "non") ? 3 : 1;
        else if (k == TK_AT && kind_at(P, i + 1) == TK_IDENT) {
            for (i += 2; kind_at(P, i) == TK_DOT && kind_at(P, i + 1) == TK_IDENT;) i += 2;
            if (kind_at(P, i) == TK_LPAREN) {
                i = matching_paren(P, i);
                if (i < 0) return false;
                i++;
            }
        } else return false;
    }
    return false;
}

/* local_class = modifiers (class_decl | enum_decl | record_decl)   (JLS 14.3)
 * A member of the enclosing class named as javac names it (new_class),
 * checked where it is declared; a local enum, record or interface is
 * implicitly static: its code cannot use the enclosing code's variables
 * or instance (check.c). */
static Node *parse_local_class(Parser *P) {
    Token *t = peek(P);
    int first = P->pos;
    bool is_value;
    int mods = parse_modifiers(P, &is_value);
    if (mods & (MOD_SEALED | MOD_NON_SEALED)) fail_at(P, t->loc, "sealed or non-sealed local classes are not allowed");
    for (int i = first; i < P->pos; i++)
        if (modifier_bit(kind_at(P, i)) & ~(MOD_ABSTRACT | MOD_FINAL | MOD_STRICTFP))
            fail_at(P, tok_at(P, i)->loc, xprintf("modifier %s not allowed here", token_kind_spelling(kind_at(P, i))));
    ClassDecl *outer = P->cls;
    int before = outer->nested.len;
    P->declaring_local = true;
    Token *kw = peek(P);
    if (at(P, TK_KW_ENUM)) {
        parse_enum(P, mods, outer);
    } else if (at_ident(P, P->pos, "record")) {
        parse_record(P, mods, outer);
    } else if (at(P, TK_KW_CLASS) || at(P, TK_KW_INTERFACE)) {
        if (at(P, TK_KW_INTERFACE) && (mods & MOD_FINAL)) fail_at(P, t->loc, "illegal combination of modifiers: interface and final");
        parse_class(P, mods, is_value, t->loc, outer);
    } else {
        expected(P, "'class'");
    }
    LIME_ASSERT(!P->declaring_local && outer->nested.len > before);
    Node *n = new_node(ND_LOCAL_CLASS, kw->loc);
    n->anon = outer->nested.items[before];
    return n;
}

/* declarator = IDENT dims ["=" var_init]; the variable's type is a copy of
 * the base type with the extra dims. */
static LocalVar *parse_local_declarator(Parser *P, Node *base, bool is_final) {
    Token *id = expect(P, TK_IDENT);
    LocalVar *v = xalloc(sizeof *v);
    v->name = id->ident;
    v->loc = id->loc;
    v->is_final = is_final;
    v->type_node = clone_type(base);
    parse_dims(P, v->type_node);
    if (base->is_var && v->type_node->dims > 0)
        fail_at(P, id->loc, "'var' is not allowed as an element type of an array");
    if (accept(P, TK_ASSIGN)) v->init = parse_var_init(P);
    return v;
}

/* local_var_type = {"final"} ("var" | type) */
static Node *parse_local_type(Parser *P, bool *is_final) {
    *is_final = false;
    for (;;) {
        if (at_annotation(P)) {
            skip_non_method_annotation(P);
            continue;
        }
        if (!at(P, TK_KW_FINAL)) break;
        if (*is_final) fail_at(P, peek(P)->loc, "repeated modifier");
        *is_final = true;
        advance(P);
    }
    if (at_ident(P, P->pos, "var") && peek_n(P, 1)->kind == TK_IDENT) {
        Token *t = advance(P);
        Node *n = new_node(ND_TYPE, t->loc);
        n->prim = TY_ERROR;
        n->is_var = true;
        return n;
    }
    if (at(P, TK_KW_CLASS) || at(P, TK_KW_ABSTRACT) || at(P, TK_KW_STATIC))
        fail_at(P, peek(P)->loc, "local classes are not supported");
    return parse_type(P, false);
}

/* local_var_decl = local_var_type declarator {"," declarator}   (no ';') */
static Node *parse_local_decl(Parser *P) {
    Loc loc = peek(P)->loc;
    bool is_final;
    Node *base = parse_local_type(P, &is_final);
    Node *n = new_node(ND_VARDECL, loc);
    vec_push(&n->vars, parse_local_declarator(P, base, is_final));
    while (at(P, TK_COMMA)) {
        if (base->is_var) fail_at(P, peek(P)->loc, "'var' is not allowed in a compound declaration");
        advance(P);
        vec_push(&n->vars, parse_local_declarator(P, base, is_final));
    }
    return n;
}

/* Only assignments, ++/--, calls and `new C()` may stand as statements. */
static void check_statement_expr(Parser *P, Node *e) {
    switch (e->kind) {
    case ND_ASSIGN: case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
    case ND_CALL: case ND_NEW:
        if (!e->parenthesized) return;
        break;
    default:
        break;
    }
    fail_report(P, e->loc, "not a statement", true);   /* (javac reports it whatever the lexer found) */
}

static Node *expr_stmt(Node *e) {
    Node *s = new_node(ND_EXPR_STMT, e->loc);
    s->lhs = e;
    return s;
}

/* stmt_expr_list = expr {"," expr}   (each a statement expression) */
static void parse_stmt_expr_list(Parser *P, Vec *out) {
    for (;;) {
        Node *e = parse_expr(P);
        check_statement_expr(P, e);
        vec_push(out, expr_stmt(e));
        if (!accept(P, TK_COMMA)) return;
    }
}

/* paren_expr = "(" expr ")" */
static Node *parse_paren_expr(Parser *P) {
    expect(P, TK_LPAREN);
    Node *e = parse_expr(P);
    expect(P, TK_RPAREN);
    return e;
}

/* for = "for" "(" local_var_type IDENT ":" expr ")" statement
 *     | "for" "(" [local_var_decl | stmt_expr_list] ";" [expr] ";"
 *                 [stmt_expr_list] ")" statement */
static Node *parse_for(Parser *P) {
    Token *kw = advance(P);
    expect(P, TK_LPAREN);
    if (is_local_decl_start(P, P->pos)) {
        int save = P->pos;
        bool is_final;
        Node *base = parse_local_type(P, &is_final);
        if (at(P, TK_IDENT) && peek_n(P, 1)->kind == TK_COLON) {
            Token *id = advance(P);
            advance(P);
            Node *n = new_node(ND_FOREACH, kw->loc);
            LocalVar *v = xalloc(sizeof *v);
            v->name = id->ident;
            v->loc = id->loc;
            v->is_final = is_final;
            v->type_node = base;
            n->foreach_var = v;
            n->lhs = parse_expr(P);
            expect(P, TK_RPAREN);
            n->body = parse_statement(P);
            return n;
        }
        P->pos = save;
    }
    Node *n = new_node(ND_FOR, kw->loc);
    if (!at(P, TK_SEMI)) {
        if (is_local_decl_start(P, P->pos)) {
            vec_push(&n->stmts, parse_local_decl(P));
            if (at(P, TK_COLON)) fail_at(P, peek(P)->loc, "';' expected");
        } else {
            parse_stmt_expr_list(P, &n->stmts);
        }
    }
    expect(P, TK_SEMI);
    if (!at(P, TK_SEMI)) n->cond = parse_expr(P);
    expect(P, TK_SEMI);
    if (!at(P, TK_RPAREN)) parse_stmt_expr_list(P, &n->update);
    expect(P, TK_RPAREN);
    n->body = parse_statement(P);
    return n;
}

/* switch = "switch" paren_expr "{" {switch_group} "}"
 * switch_group = ("case" ternary {"," ternary} | "default") ":" {block_stmt}
 * Each `case`/`default` keyword starts a new SwitchCase. */
static Node *parse_switch(Parser *P) {
    Token *kw = advance(P);
    Node *n = new_node(ND_SWITCH, kw->loc);
    n->lhs = parse_paren_expr(P);
    expect(P, TK_LBRACE);
    int scope = P->local_classes.len; /* the switch block is one scope */
    bool rules = false;
    while (!at(P, TK_RBRACE)) {
        Token *t = peek(P);
        SwitchCase *sc = xalloc(sizeof *sc);
        sc->loc = t->loc;
        if (accept(P, TK_KW_DEFAULT)) {
            sc->is_default = true;
        } else if (accept(P, TK_KW_CASE)) {
            bool saved = P->no_lambda;
            P->no_lambda = true;
            for (;;) {
                /* `case null` and `case T t` are patterns: a preview feature in Java 17 */
                Token *l = peek(P);
                if (l->kind == TK_KW_NULL) fail_at(P, l->loc, PATTERN_SWITCH_PREVIEW);
                vec_push(&sc->labels, parse_ternary(P));
                if (at(P, TK_IDENT) || at(P, TK_LPAREN) || at_ident(P, P->pos, "when")) fail_at(P, l->loc, PATTERN_SWITCH_PREVIEW);
                if (!accept(P, TK_COMMA)) break;
            }
            P->no_lambda = saved;
        } else {
            if (at(P, TK_EOF)) syntax_error(P, "");
            expected(P, "'case', 'default', or '}'");
        }
        if (at(P, TK_ARROW)) {
            /* a rule (JLS 14.11.1): `-> expression;`, `-> block` or `-> throw`,
             * then out of the switch (no fall-through).  An expression is
             * the value of a switch expression (a yield) or a statement. */
            Token *arrow = advance(P);
            if (n->cases.len && !rules) fail_at(P, arrow->loc, "different case kinds used in the switch");
            rules = true;
            if (at(P, TK_LBRACE)) {
                vec_push(&sc->stmts, parse_block(P));
            } else if (at(P, TK_KW_THROW)) {
                vec_push(&sc->stmts, parse_statement(P));
            } else {
                Node *e = parse_expr(P);
                expect(P, TK_SEMI);
                Node *st = new_node(ND_EXPR_STMT, e->loc);
                st->lhs = e;
                st->implicit = true; /* a switch expression makes it `yield e;` */
                vec_push(&sc->stmts, st);
            }
            Node *brk = new_node(ND_BREAK, arrow->loc);
            brk->implicit = true;
            vec_push(&sc->stmts, brk);
            vec_push(&n->cases, sc);
            continue;
        }
        if (rules) fail_at(P, peek(P)->loc, "different case kinds used in the switch");
        if (!at(P, TK_COLON)) expected(P, sc->is_default ? "':'" : "':' or '->'");
        advance(P);
        while (!at(P, TK_KW_CASE) && !at(P, TK_KW_DEFAULT) && !at(P, TK_RBRACE)) {
            if (at(P, TK_EOF)) syntax_error(P, "");
            vec_push(&sc->stmts, parse_statement(P));
        }
        vec_push(&n->cases, sc);
    }
    P->local_classes.len = scope;
    advance(P);
    return n;
}

/* statement = block | ";" | if | while | do | for | switch | return
 *           | "assert" expr [":" expr] ";"
 *           | break | continue | IDENT ":" statement
 *           | local_var_decl ";" | stmt_expr ";" */
static Node *parse_statement(Parser *P) {
    enter(P);
    Token *t = peek(P);
    Node *n;
    reject_statement_keyword(P);
    switch (t->kind) {
    case TK_LBRACE:
        n = parse_block(P);
        break;
    case TK_SEMI:
        advance(P);
        n = new_node(ND_EMPTY, t->loc);
        break;
    case TK_KW_IF:
        advance(P);
        n = new_node(ND_IF, t->loc);
        n->cond = parse_paren_expr(P);
        n->then = parse_statement(P);
        if (accept(P, TK_KW_ELSE)) n->els = parse_statement(P);
        break;
    case TK_KW_WHILE:
        advance(P);
        n = new_node(ND_WHILE, t->loc);
        n->cond = parse_paren_expr(P);
        n->body = parse_statement(P);
        break;
    case TK_KW_DO:
        advance(P);
        n = new_node(ND_DO, t->loc);
        n->body = parse_statement(P);
        if (!at(P, TK_KW_WHILE)) expected(P, "'while'");
        advance(P);
        n->cond = parse_paren_expr(P);
        expect(P, TK_SEMI);
        break;
    case TK_KW_FOR:
        n = parse_for(P);
        break;
    case TK_KW_SWITCH:
        n = parse_switch(P);
        break;
    case TK_KW_RETURN:
        advance(P);
        n = new_node(ND_RETURN, t->loc);
        if (!at(P, TK_SEMI)) n->lhs = parse_expr(P);
        expect(P, TK_SEMI);
        break;
    case TK_IDENT:
        if (strcmp(t->ident, "yield") == 0 && !is_assign_op(peek_n(P, 1)->kind) && peek_n(P, 1)->kind != TK_DOT &&
            peek_n(P, 1)->kind != TK_LBRACKET && peek_n(P, 1)->kind != TK_INC && peek_n(P, 1)->kind != TK_DEC &&
            peek_n(P, 1)->kind != TK_COLON && peek_n(P, 1)->kind != TK_LPAREN) {
            /* yield expr; (JLS 14.21) */
            advance(P);
            n = new_node(ND_YIELD, t->loc);
            n->lhs = parse_expr(P);
            expect(P, TK_SEMI);
            break;
        }
        goto other;
    case TK_KW_CLASS: case TK_KW_INTERFACE: case TK_KW_ENUM: case TK_KW_ABSTRACT: case TK_KW_STRICTFP:
        n = parse_local_class(P);
        break;
    case TK_KW_THROW:
        advance(P);
        n = new_node(ND_THROW, t->loc);
        n->lhs = parse_expr(P);
        expect(P, TK_SEMI);
        break;
    case TK_KW_TRY:
        n = parse_try(P);
        break;
    case TK_KW_SYNCHRONIZED:
        /* synchronized (expr) block (JLS 14.19) */
        advance(P);
        n = new_node(ND_SYNCHRONIZED, t->loc);
        n->lhs = parse_paren_expr(P);
        n->body = parse_block(P);
        break;
    case TK_KW_ASSERT:
        advance(P);
        n = new_node(ND_ASSERT, t->loc);
        n->cond = parse_expr(P);
        if (accept(P, TK_COLON)) n->lhs = parse_expr(P);
        expect(P, TK_SEMI);
        break;
    case TK_KW_BREAK:
    case TK_KW_CONTINUE:
        advance(P);
        n = new_node(t->kind == TK_KW_BREAK ? ND_BREAK : ND_CONTINUE, t->loc);
        if (at(P, TK_IDENT)) n->name = advance(P)->ident;
        expect(P, TK_SEMI);
        break;
    default:
    other:
        if (local_class_start(P)) {
            n = parse_local_class(P);
            break;
        }
        if (t->kind == TK_IDENT && peek_n(P, 1)->kind == TK_COLON) {
            advance(P);
            advance(P);
            n = new_node(ND_LABELED, t->loc);
            n->name = t->ident;
            n->body = parse_statement(P);
            break;
        }
        if (is_local_decl_start(P, P->pos)) {
            n = parse_local_decl(P);
            expect(P, TK_SEMI);
            break;
        }
        Node *e = parse_expr(P);
        check_statement_expr(P, e);
        n = expr_stmt(e);
        expect(P, TK_SEMI);
        break;
    }
    leave(P);
    return n;
}

/* try   = "try" block {catch} ["finally" block]   (at least one of them)
 * catch = "catch" "(" {"final"} type {"|" type} IDENT ")" block */
/* Pieces of desugared code (try-with-resources). */
static Node *made_call(Loc loc, Node *recv, const char *name, Node *arg) {
    Node *n = new_node(ND_CALL, loc);
    n->lhs = recv;
    n->name = intern(name, (int)strlen(name));
    if (arg) vec_push(&n->args, arg);
    return n;
}
static Node *made_stmt(Node *e) {
    Node *s = new_node(ND_EXPR_STMT, e->loc);
    s->lhs = e;
    return s;
}
static Node *made_block1(Loc loc, Node *a, Node *b) {
    Node *blk = new_node(ND_BLOCK, loc);
    if (a) vec_push(&blk->stmts, a);
    if (b) vec_push(&blk->stmts, b);
    blk->end_loc = loc;
    return blk;
}
static Node *made_binary(Loc loc, TokenKind op, Node *a, Node *b) {
    Node *n = new_node(ND_BINARY, loc);
    n->op = op;
    n->lhs = a;
    n->rhs = b;
    return n;
}
static Node *made_null(Loc loc) {
    Node *n = new_node(ND_LITERAL, loc);
    n->lit = made_token(TK_KW_NULL, loc, "null");
    return n;
}
static Node *made_if(Loc loc, Node *cond, Node *then, Node *els) {
    Node *n = new_node(ND_IF, loc);
    n->cond = cond;
    n->then = then;
    n->els = els;
    return n;
}
static CatchClause *made_catch_throwable(Loc loc, const char *var, Node *body) {
    CatchClause *c = xalloc(sizeof *c);
    c->loc = loc;
    vec_push(&c->types, made_type(loc, TY_CLASS, "Throwable"));
    LocalVar *v = xalloc(sizeof *v);
    v->name = intern(var, (int)strlen(var));
    v->loc = loc;
    v->is_final = true;
    v->type_node = c->types.items[0];
    c->var = v;
    c->body = body;
    return c;
}

/* try (R r = e; ...) B as JLS 14.20.3.1 spells it out:
 *   { final R r = e; Throwable #p = null;
 *     try { [the other resources] B } catch (Throwable #t) { #p = #t; throw #t; }
 *     finally { if (r != null) { if (#p != null) { try { r.close(); }
 *               catch (Throwable #s) { #p.addSuppressed(#s); } } else r.close(); } } } */
static Node *resources_block(Parser *P, Vec *res, int i, Node *body) {
    if (i == res->len) return body;
    LocalVar *r = res->items[i];
    Loc loc = r->loc;
    int k = P->pos;
    const char *p = intern(xprintf("$primary%d", k * 16 + i), (int)strlen(xprintf("$primary%d", k * 16 + i)));
    const char *t = intern(xprintf("$t%d", k * 16 + i), (int)strlen(xprintf("$t%d", k * 16 + i)));
    const char *sup = intern(xprintf("$s%d", k * 16 + i), (int)strlen(xprintf("$s%d", k * 16 + i)));
    Node *outer = new_node(ND_BLOCK, loc);
    outer->end_loc = loc;
    if (r->init) {
        Node *decl = new_node(ND_VARDECL, loc);
        vec_push(&decl->vars, r);
        vec_push(&outer->stmts, decl);
    }
    LocalVar *pv = made_param(loc, p, made_type(loc, TY_CLASS, "Throwable"));
    pv->is_param = false;
    pv->is_final = false;
    pv->init = made_null(loc);
    Node *pdecl = new_node(ND_VARDECL, loc);
    vec_push(&pdecl->vars, pv);
    vec_push(&outer->stmts, pdecl);
    Node *tr = new_node(ND_TRY, loc);
    tr->body = made_block1(loc, resources_block(P, res, i + 1, body), NULL);
    Node *assign = new_node(ND_ASSIGN, loc);
    assign->op = TK_ASSIGN;
    assign->lhs = made_name(loc, p);
    assign->rhs = made_name(loc, t);
    Node *rethrow = new_node(ND_THROW, loc);
    rethrow->lhs = made_name(loc, t);
    vec_push(&tr->catches, made_catch_throwable(loc, t, made_block1(loc, made_stmt(assign), rethrow)));
    Node *close1 = made_stmt(made_call(loc, made_name(loc, r->name), "close", NULL));
    Node *close2 = made_stmt(made_call(loc, made_name(loc, r->name), "close", NULL));
    Node *inner = new_node(ND_TRY, loc);
    inner->body = made_block1(loc, close1, NULL);
    vec_push(&inner->catches, made_catch_throwable(loc, sup, made_block1(loc, made_stmt(made_call(loc, made_name(loc, p), "addSuppressed", made_name(loc, sup))), NULL)));
    Node *choose = made_if(loc, made_binary(loc, TK_NE, made_name(loc, p), made_null(loc)), made_block1(loc, inner, NULL),
                           made_block1(loc, close2, NULL));
    tr->finally_blk = made_block1(loc, made_if(loc, made_binary(loc, TK_NE, made_name(loc, r->name), made_null(loc)),
                                               made_block1(loc, choose, NULL), NULL), NULL);
    vec_push(&outer->stmts, tr);
    return outer;
}

static Node *parse_try(Parser *P) {
    Token *kw = advance(P);
    Node *n = new_node(ND_TRY, kw->loc);
    if (accept(P, TK_LPAREN)) {
        /* resources: declarations (R r = e, var r = e) or final variables */
        Vec res = {0};
        while (!at(P, TK_RPAREN)) {
            bool is_final = false;
            while (accept(P, TK_KW_FINAL)) is_final = true;
            if (at(P, TK_IDENT) && (peek_n(P, 1)->kind == TK_SEMI || peek_n(P, 1)->kind == TK_RPAREN)) {
                Token *id = advance(P);
                LocalVar *v = made_param(id->loc, id->ident, NULL);
                v->is_param = false;
                vec_push(&res, v);
            } else {
                Node *type;
                if (at_ident(P, P->pos, "var") && peek_n(P, 1)->kind == TK_IDENT) {
                    type = new_node(ND_TYPE, advance(P)->loc);
                    type->is_var = true;
                } else type = parse_type(P, false);
                Token *id = expect(P, TK_IDENT);
                expect(P, TK_ASSIGN);
                LocalVar *v = made_param(id->loc, id->ident, type);
                v->is_param = false;
                v->is_final = true;
                (void)is_final;
                v->init = parse_expr(P);
                vec_push(&res, v);
            }
            if (!accept(P, TK_SEMI)) break;
        }
        expect(P, TK_RPAREN);
        Node *body = parse_block(P);
        Node *desugared = resources_block(P, &res, 0, body);
        if (!at(P, TK_KW_CATCH) && !at(P, TK_KW_FINALLY)) return desugared;
        n->body = made_block1(kw->loc, desugared, NULL);
    } else {
        n->body = parse_block(P);
    }
    while (at(P, TK_KW_CATCH)) {
        CatchClause *c = xalloc(sizeof *c);
        c->loc = advance(P)->loc;
        expect(P, TK_LPAREN);
        bool is_final = false;
        while (accept(P, TK_KW_FINAL)) is_final = true;
        for (;;) {
            vec_push(&c->types, parse_type(P, false));
            if (!accept(P, TK_BAR)) break;
        }
        Token *id = expect(P, TK_IDENT);
        expect(P, TK_RPAREN);
        LocalVar *v = xalloc(sizeof *v);
        v->name = id->ident;
        v->loc = id->loc;
        v->is_final = is_final || c->types.len > 1; /* a multi-catch parameter is implicitly final */
        v->type_node = c->types.items[0];
        c->var = v;
        c->body = parse_block(P);
        vec_push(&n->catches, c);
    }
    if (accept(P, TK_KW_FINALLY)) n->finally_blk = parse_block(P);
    if (!n->catches.len && !n->finally_blk) fail_at(P, kw->loc, "'try' without 'catch' or 'finally'");
    return n;
}

/* After a syntax error: the parser's context as it was before the
 * statement or member in which it was found. */
static void recovered(Parser *P, const Parser *before) {
    P->depth = before->depth;
    P->no_lambda = before->no_lambda;
    P->cls = before->cls;
    P->method = before->method;
    P->local_classes.len = before->local_classes.len;
    P->local_base = before->local_base;
    P->declaring_local = before->declaring_local;
    P->had_error = true;
}

/* Does the `{` at token i open an array initialiser (after `=`, `,`,
 * another initialiser's `{`, or `new T[]`), not a body? */
static bool opens_initializer(Parser *P, int i) {
    if (i == 0) return false;
    TokenKind before = tok_at(P, i - 1)->kind;
    return before == TK_ASSIGN || before == TK_COMMA || before == TK_LBRACE || before == TK_RBRACKET;
}

/* Past the statement that starts at token `first` and in which a syntax
 * error was found at token `error`: to just after the first `;` outside
 * the statement's parentheses and braces, or inside an array initialiser
 * (which cannot hold one: it was left open), parentheses still open at
 * the error not counting (an unclosed `(` is a common error); or to the
 * `}` that closes the enclosing block (left for it); or to the end of the
 * file.  Always moves past `first`. */
static void skip_statement(Parser *P, int first, int error) {
    enum { MAX_TRACKED = 64 };
    bool initializer[MAX_TRACKED];   /* per open brace (the first MAX_TRACKED): an array initialiser's */
    int braces = 0, parens = 0;
    P->pos = first;
    for (;;) {
        TokenKind k = peek(P)->kind;
        if (P->pos == error) parens = 0;
        if (k == TK_EOF) return;
        if (k == TK_RBRACE && braces == 0) {
            if (P->pos == first) advance(P);   /* (a stray `}`: the block's end comes later) */
            return;
        }
        if (k == TK_LBRACE && braces < MAX_TRACKED) initializer[braces] = opens_initializer(P, P->pos);
        advance(P);
        if (k == TK_LBRACE) braces++;
        else if (k == TK_RBRACE && --braces == 0 && parens == 0 && P->pos > error) return;   /* a block statement's end */
        else if (k == TK_LPAREN) parens++;
        else if (k == TK_RPAREN && parens > 0) parens--;
        else if (k == TK_SEMI && ((braces == 0 && parens == 0) || (braces <= MAX_TRACKED && braces > 0 && initializer[braces - 1])))
            return;
    }
}

/* Past the statement or member in which parsing met a TK_ERROR token,
 * javac's way (its skip()): from the token at which the error was found to
 * just after a `;`, or to a token that can start a member (a modifier, a
 * primitive type, a brace, ...) or, in a block, a statement (an
 * identifier, a keyword that starts one), or to the end.  Always moves
 * past `first`. */
static void skip_after_lex_error(Parser *P, int first, int error, bool in_block) {
    P->pos = error;
    for (;; advance(P)) {
        switch (peek(P)->kind) {
        case TK_SEMI: advance(P); return;
        case TK_EOF: return;
        case TK_KW_PUBLIC: case TK_KW_FINAL: case TK_KW_ABSTRACT: case TK_AT: case TK_KW_CLASS:
        case TK_KW_INTERFACE: case TK_KW_ENUM: case TK_LBRACE: case TK_RBRACE: case TK_KW_PRIVATE:
        case TK_KW_PROTECTED: case TK_KW_STATIC: case TK_KW_TRANSIENT: case TK_KW_NATIVE: case TK_KW_VOLATILE:
        case TK_KW_SYNCHRONIZED: case TK_KW_STRICTFP: case TK_LT: case TK_KW_BYTE: case TK_KW_SHORT:
        case TK_KW_CHAR: case TK_KW_INT: case TK_KW_LONG: case TK_KW_FLOAT: case TK_KW_DOUBLE:
        case TK_KW_BOOLEAN: case TK_KW_VOID:
            if (P->pos > first) return;
            break;
        case TK_IDENT: case TK_KW_CASE: case TK_KW_DEFAULT:
        case TK_KW_IF: case TK_KW_FOR: case TK_KW_WHILE: case TK_KW_DO: case TK_KW_TRY: case TK_KW_SWITCH:
        case TK_KW_RETURN: case TK_KW_THROW: case TK_KW_BREAK: case TK_KW_CONTINUE: case TK_KW_ELSE:
        case TK_KW_FINALLY: case TK_KW_CATCH: case TK_KW_THIS: case TK_KW_SUPER: case TK_KW_NEW:
        case TK_KW_ASSERT:
            if (in_block && P->pos > first) return;
            break;
        default: break;
        }
    }
}

/* Does a TK_ERROR token lie among tokens first..last? */
static bool lex_error_among(Parser *P, int first, int last) {
    for (int i = first; i <= last && i < P->count; i++)
        if (P->toks[i].kind == TK_ERROR) return true;
    return false;
}

/* One statement of a block.  A syntax error in it is reported and the
 * rest of the statement skipped (skip_statement), or, for a `;` missing
 * at the end of a line, nothing (the next line starts the next
 * statement), and parsing goes on with the next statement, so that a
 * block's errors in different statements are all reported.  The parser's
 * context is restored to what it was before the statement. */
static Node *parse_statement_recovering(Parser *P) {
    jmp_buf outer;
    memcpy(outer, P->fail, sizeof outer);
    Parser before = *P;
    int first = P->pos;
    Node *n;
    if (setjmp(P->fail) == 0) {
        P->semicolon_missing_at_line_end = false;
        n = parse_statement(P);
    } else {
        int error = P->pos;
        recovered(P, &before);
        if (lex_error_among(P, first, error)) skip_after_lex_error(P, first, error, true);
        else if (!P->semicolon_missing_at_line_end || error <= first) skip_statement(P, first, error);
        n = new_node(ND_EMPTY, tok_at(P, first)->loc);
    }
    memcpy(P->fail, outer, sizeof outer);
    return n;
}

/* block = "{" {statement} "}" */
static Node *parse_block(Parser *P) {
    Token *lb = expect(P, TK_LBRACE);
    Node *n = new_node(ND_BLOCK, lb->loc);
    int scope = P->local_classes.len;
    while (!at(P, TK_RBRACE)) {
        if (at(P, TK_EOF)) syntax_error(P, "");
        vec_push(&n->stmts, parse_statement_recovering(P));
    }
    P->local_classes.len = scope;
    n->end_loc = advance(P)->loc;
    return n;
}

/* ----------------------------------------------------- declarations */

static int modifier_bit(TokenKind k) {
    switch (k) {
    case TK_KW_PUBLIC: return MOD_PUBLIC;
    case TK_KW_PRIVATE: return MOD_PRIVATE;
    case TK_KW_PROTECTED: return MOD_PROTECTED;
    case TK_KW_STATIC: return MOD_STATIC;
    case TK_KW_FINAL: return MOD_FINAL;
    case TK_KW_ABSTRACT: return MOD_ABSTRACT;
    case TK_KW_NATIVE: return MOD_NATIVE;
    case TK_KW_SYNCHRONIZED: return MOD_SYNCHRONIZED;
    case TK_KW_TRANSIENT: return MOD_TRANSIENT;
    case TK_KW_VOLATILE: return MOD_VOLATILE;
    case TK_KW_STRICTFP: return MOD_STRICTFP;
    case TK_KW_DEFAULT: return MOD_DEFAULT;
    default: return 0;
    }
}

/* Is the contextual `local` at token i a modifier?  It is when a modifier,
 * `void`, or `Type IDENT` follows (else it is a type named local). */
static bool local_is_modifier(Parser *P, int i) {
    TokenKind k = kind_at(P, i + 1);
    if (modifier_bit(k) || k == TK_KW_VOID || is_primitive_kw(k)) return true;
    int j = scan_type(P, i + 1, NULL);
    return j >= 0 && kind_at(P, j) == TK_IDENT;
}

/* modifiers = { modifier | annotation | "local" | "value" (before class) } */
static int parse_modifiers(Parser *P, bool *is_value) {
    int mods = 0;
    *is_value = false;
    P->override_loc = P->safevarargs_loc = P->functional_loc = (Loc){0};
    for (;;) {
        Token *t = peek(P);
        int bit = modifier_bit(t->kind);
        if (at_annotation(P)) {
            switch (skip_annotation(P)) {
            case ANN_OVERRIDE: P->override_loc = t->loc; break;
            case ANN_SAFEVARARGS: P->safevarargs_loc = t->loc; break;
            case ANN_FUNCTIONAL: P->functional_loc = t->loc; break;
            case ANN_OTHER: break;
            }
            continue;
        }
        if (t->kind == TK_KW_DEFAULT) /* a modifier only in interfaces */
            bit = P->cls && P->cls->is_interface && peek_n(P, 1)->kind != TK_COLON ? MOD_DEFAULT : 0;
        if (!bit && t->kind == TK_IDENT) {
            if (strcmp(t->ident, "local") == 0 && local_is_modifier(P, P->pos)) bit = MOD_LOCAL;
            else if (strcmp(t->ident, "value") == 0 &&
                     (peek_n(P, 1)->kind == TK_KW_CLASS || modifier_bit(peek_n(P, 1)->kind))) {
                if (*is_value) fail_at(P, t->loc, "repeated modifier");
                *is_value = true;
                advance(P);
                continue;
            } else if (sealed_modifier_at(P, P->pos)) {
                bit = t->ident[0] == 's' ? MOD_SEALED : MOD_NON_SEALED;
                if (bit == MOD_NON_SEALED) P->pos += 2; /* non - (sealed below) */
            }
        }
        if (!bit) return mods;
        if (mods & bit) fail_at(P, t->loc, "repeated modifier");
        mods |= bit;
        if ((mods & MOD_SEALED) && (mods & (MOD_FINAL | MOD_NON_SEALED)))
            fail_at(P, t->loc, xprintf("illegal combination of modifiers: %s and %s", (mods & MOD_FINAL) ? "final" : "sealed",
                                       (mods & MOD_FINAL) ? "sealed" : "non-sealed"));
        if ((mods & MOD_NON_SEALED) && (mods & MOD_FINAL))
            fail_at(P, t->loc, "illegal combination of modifiers: final and non-sealed");
        advance(P);
    }
}

/* `sealed` and `non-sealed` modify only classes and interfaces (the
 * modifiers from token `first` on, before the declaration at the current
 * token). */
static void reject_sealed(Parser *P, int first, int mods) {
    if (!(mods & (MOD_SEALED | MOD_NON_SEALED)) || at(P, TK_KW_CLASS) || at(P, TK_KW_INTERFACE)) return;
    int i = first;
    while (i < P->pos && !sealed_modifier_at(P, i)) i++;
    fail_at(P, tok_at(P, i)->loc, xprintf("modifier %s not allowed here", at_ident(P, i, "non") ? "non-sealed" : "sealed"));
}

/* Is the contextual `sealed` or `non-sealed` (written without spaces) at
 * token i a modifier (JLS 3.9)?  It is when a declaration's modifier or
 * keyword follows; elsewhere these are identifiers. */
static bool sealed_modifier_at(Parser *P, int i) {
    int next = i + 1;
    if (at_ident(P, i, "non")) {
        Token *n = tok_at(P, i), *m = tok_at(P, i + 1), *s = tok_at(P, i + 2);
        if (m->kind != TK_MINUS || !at_ident(P, i + 2, "sealed") || m->loc.line != n->loc.line ||
            m->loc.col != n->loc.col + 3 || s->loc.line != m->loc.line || s->loc.col != m->loc.col + 1)
            return false;
        next = i + 3;
    } else if (!at_ident(P, i, "sealed")) {
        return false;
    }
    TokenKind k = kind_at(P, next);
    return k == TK_KW_CLASS || k == TK_KW_INTERFACE || k == TK_KW_ENUM || k == TK_AT || modifier_bit(k) ||
           at_ident(P, next, "sealed") || at_ident(P, next, "non") || at_ident(P, next, "record") || at_ident(P, next, "value");
}

/* params = "(" [param {"," param}] ")"
 * param  = {"final"} type IDENT dims */
static void parse_params(Parser *P, MethodDecl *m) {
    expect(P, TK_LPAREN);
    if (accept(P, TK_RPAREN)) return;
    for (;;) {
        bool is_final = false;
        for (;;) {
            if (at_annotation(P)) {
                skip_non_method_annotation(P);
                continue;
            }
            if (!at(P, TK_KW_FINAL)) break;
            if (is_final) fail_at(P, peek(P)->loc, "repeated modifier");
            is_final = true;
            advance(P);
        }
        if (at_ident(P, P->pos, "var") && peek_n(P, 1)->kind == TK_IDENT)
            fail_at(P, peek(P)->loc, "'var' is not allowed here");
        Node *type = parse_type_name(P, false);
        parse_dims(P, type);
        bool variadic = false;
        if (at(P, TK_ELLIPSIS)) {
            /* T... name: a T[] parameter, the last one (JLS 8.4.1) */
            advance(P);
            add_dim(type, false, NULL);
            variadic = true;
        }
        if (at(P, TK_KW_THIS)) fail_at(P, peek(P)->loc, "receiver parameters are not supported");
        Token *id = expect(P, TK_IDENT);
        LocalVar *v = xalloc(sizeof *v);
        v->name = id->ident;
        v->loc = id->loc;
        v->is_final = is_final;
        v->is_param = true;
        v->type_node = type;
        parse_dims(P, type);
        if (at(P, TK_ELLIPSIS)) fail_at(P, peek(P)->loc, "')' expected");
        vec_push(&m->params, v);
        if (variadic) {
            m->is_varargs = true;
            if (!at(P, TK_RPAREN)) expected(P, "')'");
        }
        if (accept(P, TK_COMMA)) continue;
        expect(P, TK_RPAREN);
        return;
    }
}

/* method_rest = params dims ["throws" -> error] (block | ";") */
static MethodDecl *parse_method_rest(Parser *P, ClassDecl *cls, int mods, Node *ret, Token *name) {
    MethodDecl *m = xalloc(sizeof *m);
    m->name = ret ? name->ident : intern("<init>", 6);
    m->loc = name->loc;
    m->mods = mods;
    m->is_ctor = ret == NULL;
    m->ret_node = ret;
    m->owner = cls;
    parse_params(P, m);
    if (ret) parse_dims(P, ret);
    if (accept(P, TK_KW_THROWS)) {
        do vec_push(&m->throws, parse_type(P, false));
        while (accept(P, TK_COMMA));
    }
    if (at(P, TK_LBRACE)) {
        MethodDecl *saved = P->method;
        P->method = m;
        m->body = parse_block(P);
        P->method = saved;
    } else if (!accept(P, TK_SEMI)) {
        expected(P, "'{' or ';'");
    }
    return m;
}

/* field_rest = declarator {"," declarator} ";"   (first IDENT consumed) */
static void parse_field_rest(Parser *P, ClassDecl *cls, int mods, Node *base, Token *first) {
    Token *id = first;
    for (;;) {
        FieldDecl *f = xalloc(sizeof *f);
        f->name = id->ident;
        f->loc = id->loc;
        f->mods = mods;
        f->owner = cls;
        f->type_node = clone_type(base);
        parse_dims(P, f->type_node);
        if (accept(P, TK_ASSIGN)) f->init = parse_var_init(P);
        vec_push(&cls->fields, f);
        if (f->init && (mods & MOD_STATIC)) {
            StaticInit *si = xalloc(sizeof *si);
            si->field = f;
            vec_push(&cls->static_inits, si);
        }
        if (!accept(P, TK_COMMA)) break;
        id = expect(P, TK_IDENT);
    }
    expect(P, TK_SEMI);
}

/* member = ";" | ["static"] block | modifiers class_decl
 *        | modifiers IDENT params ...                 (constructor)
 *        | modifiers (type | "void") IDENT (method_rest | field_rest) */
static void parse_member_rest(Parser *P, ClassDecl *cls, int mods, Token *t, Loc override_loc, Loc safevarargs_loc);

static void parse_member(Parser *P, ClassDecl *cls) {
    if (accept(P, TK_SEMI)) return;
    if (at(P, TK_LBRACE)) {
        vec_push(&cls->instance_inits, parse_block(P));
        return;
    }
    if (at(P, TK_KW_STATIC) && peek_n(P, 1)->kind == TK_LBRACE) {
        advance(P);
        StaticInit *si = xalloc(sizeof *si);
        si->block = parse_block(P);
        vec_push(&cls->static_inits, si);
        return;
    }
    Loc mods_loc = peek(P)->loc;
    int first = P->pos;
    bool is_value;
    int mods = parse_modifiers(P, &is_value);
    reject_sealed(P, first, mods);
    Loc override_loc = P->override_loc, safevarargs_loc = P->safevarargs_loc;
    Token *t = peek(P);
    int after_type = t->kind == TK_KW_VOID ? P->pos + 1 : scan_type(P, P->pos, NULL);
    bool is_method = after_type >= 0 && kind_at(P, after_type) == TK_IDENT && kind_at(P, after_type + 1) == TK_LPAREN;
    bool is_ctor = t->kind == TK_IDENT && peek_n(P, 1)->kind == TK_LPAREN;
    if (t->kind != TK_LT) {
        if (is_ctor) P->override_loc = (Loc){0};   /* (@Override on a constructor: below) */
        check_annotation_targets(P, t->kind == TK_KW_CLASS ? DECL_CLASS : t->kind == TK_KW_INTERFACE ? DECL_INTERFACE
                                    : is_method || is_ctor ? DECL_METHOD : DECL_OTHER,
                                 t->kind == TK_KW_CLASS ? peek_n(P, 1)->ident : NULL);
    }
    if (is_ctor && override_loc.line) not_applicable(P, override_loc);
    if (t->kind == TK_KW_CLASS || t->kind == TK_KW_INTERFACE) {
        parse_class(P, mods, is_value, mods_loc, cls);
        return;
    }
    if (t->kind == TK_AT) {
        if (is_value) expected(P, "'class'");
        skip_annotation_decl(P);
        return;
    }
    if (is_value) expected(P, "'class'");
    Vec type_params = {0};
    if (at(P, TK_LT)) {
        /* a generic method or constructor */
        parse_type_params(P, &type_params);
        t = peek(P);
    }
    int nmethods = cls->methods.len, nctors = cls->ctors.len;
    parse_member_rest(P, cls, mods, t, override_loc, safevarargs_loc);
    if (type_params.len) {
        MethodDecl *m = cls->methods.len > nmethods ? cls->methods.items[cls->methods.len - 1]
                      : cls->ctors.len > nctors   ? cls->ctors.items[cls->ctors.len - 1]
                                                  : NULL;
        if (!m) fail_at(P, ((TypeParam *)type_params.items[0])->loc, "<identifier> expected");
        m->type_params = type_params;
    }
}

static void parse_member_rest(Parser *P, ClassDecl *cls, int mods, Token *t, Loc override_loc, Loc safevarargs_loc) {
    if (cls->is_interface) {
        /* interface members: methods public (abstract unless default, static
         * or private), fields public static final */
        if (at(P, TK_LPAREN) || (t->kind == TK_IDENT && peek_n(P, 1)->kind == TK_LPAREN && t->ident == cls->name))
            fail_at(P, t->loc, "interfaces cannot have constructors");
    }
    switch (t->kind) {
    case TK_KW_ENUM: parse_enum(P, mods, cls); return;
    case TK_LBRACE:
        fail_at(P, t->loc, "illegal start of type");
    default: break;
    }
    if (at_ident(P, P->pos, "record") && peek_n(P, 1)->kind == TK_IDENT &&
        (peek_n(P, 2)->kind == TK_LPAREN || peek_n(P, 2)->kind == TK_LT)) {
        parse_record(P, mods, cls);
        return;
    }
    if (cls->is_record && t->kind == TK_IDENT && t->ident == cls->name && peek_n(P, 1)->kind == TK_LBRACE) {
        /* the compact canonical constructor: its body runs before the fields are set */
        advance(P);
        cls->compact_ctor = parse_block(P);
        cls->compact_loc = t->loc;
        return;
    }
    if (t->kind == TK_IDENT && peek_n(P, 1)->kind == TK_LPAREN) {
        advance(P);
        if (t->ident != cls->name) fail_at(P, t->loc, "invalid method declaration; return type required");
        MethodDecl *m = parse_method_rest(P, cls, mods, NULL, t);
        check_safevarargs(P, safevarargs_loc, m);
        vec_push(&cls->ctors, m);
        return;
    }
    if (t->kind != TK_IDENT && t->kind != TK_KW_VOID && !is_primitive_kw(t->kind)) {
        if (t->kind == TK_EOF) syntax_error(P, "");
        if (t->kind == TK_RBRACE || t->kind == TK_SEMI) syntax_error(P, "illegal start of type");
        expected(P, "<identifier>");
    }
    Node *type = parse_type(P, true);
    if (at(P, TK_LPAREN) && type->prim == TY_CLASS)
        fail_at(P, type->loc, "invalid method declaration; return type required");
    Token *name = expect(P, TK_IDENT);
    if (at(P, TK_LPAREN)) {
        MethodDecl *m = parse_method_rest(P, cls, mods, type, name);
        if (cls->is_interface) {
            if (!(m->mods & MOD_PRIVATE)) m->mods |= MOD_PUBLIC;
            if (!m->body && !(m->mods & (MOD_STATIC | MOD_PRIVATE))) m->mods |= MOD_ABSTRACT;
        }
        m->override_loc = override_loc;
        check_safevarargs(P, safevarargs_loc, m);
        vec_push(&cls->methods, m);
        return;
    }
    if (type->prim == TY_VOID) expected(P, "'('");
    if (cls->is_interface) mods |= MOD_PUBLIC | MOD_STATIC | MOD_FINAL;
    parse_field_rest(P, cls, mods, type, name);
}

/* The code being parsed, as javac's messages name it. */
static const char *method_context(Parser *P) {
    MethodDecl *m = P->method;
    if (!m) return xprintf("class '%s'", P->cls->qualname);
    return xprintf("%s '%s(%s)'", m->is_ctor ? "constructor" : "method", m->is_ctor ? P->cls->name : m->name,
                   param_types_text(m));
}

/* A class declared as name in outer (NULL: top level), in the file's
 * package.  A local class (P->declaring_local) is named as javac names
 * it, by its enclosing class, the least number that no earlier local class
 * of that name in that class has, and its name (Outer.1Local, whose binary
 * name is Outer$1Local); it is in scope from here to the end of its block. */
static ClassDecl *new_class(Parser *P, Token *name, int mods, ClassDecl *outer) {
    ClassDecl *c = xalloc(sizeof *c);
    c->name = name->ident;
    const char *number = "";
    if (P->declaring_local) {
        P->declaring_local = false;
        for (int i = P->local_base; i < P->local_classes.len; i++)
            if (((ClassDecl *)P->local_classes.items[i])->name == c->name)
                fail_at(P, name->loc, xprintf("class '%s' is already defined in %s", c->name, method_context(P)));
        int k = 1;
        for (int i = 0; i < outer->nested.len; i++) {
            ClassDecl *o = outer->nested.items[i];
            if (o->is_local && o->name == c->name) k++;
        }
        number = xprintf("%d", k);
        c->is_local = true;
        c->decl_method = P->method;
        vec_push(&P->local_classes, c);
    }
    if (outer) {
        const char *q = xprintf("%s.%s%s", outer->qualname, number, c->name);
        c->qualname = intern(q, (int)strlen(q));
    } else {
        c->qualname = c->name;
    }
    c->loc = name->loc;
    c->mods = mods;
    c->outer = outer;
    c->unit = P->unit;
    c->package = P->unit ? P->unit->package : NULL;
    c->is_library = P->prog->parsing_library;
    return c;
}

/* class_decl = modifiers ("class" | "interface") IDENT ["<" -> error]
 *              ["extends" type {"," type}] ["implements" type {"," type}]
 *              "{" {member} "}"      (the modifiers are already parsed;
 *              a class extends one type, an interface any number) */
static void parse_class(Parser *P, int mods, bool is_value, Loc mods_loc, ClassDecl *outer) {
    enter(P);
    bool is_interface = advance(P)->kind == TK_KW_INTERFACE;
    Token *name = expect(P, TK_IDENT);
    ClassDecl *c = new_class(P, name, mods, outer);
    c->is_value = is_value;
    c->is_interface = is_interface;
    if (is_interface) c->mods |= MOD_ABSTRACT | (outer ? MOD_STATIC : 0);
    if (outer && outer->is_interface) c->mods |= MOD_STATIC | MOD_PUBLIC;
    if (outer && !(c->mods & MOD_STATIC) && !is_value && !is_interface) c->is_inner = true;
    if (at(P, TK_LT)) parse_type_params(P, &c->type_params);
    if (accept(P, TK_KW_EXTENDS)) {
        if (is_interface) {
            do vec_push(&c->iface_nodes, parse_type(P, false));
            while (accept(P, TK_COMMA));
        } else {
            c->super_node = parse_type(P, false);
        }
    }
    if (at(P, TK_KW_IMPLEMENTS)) {
        if (is_interface) fail_at(P, peek(P)->loc, "'{' expected");
        advance(P);
        do vec_push(&c->iface_nodes, parse_type(P, false));
        while (accept(P, TK_COMMA));
    }
    if (at_ident(P, P->pos, "permits")) {
        /* permits names classes, without type arguments */
        advance(P);
        do {
            Node *t = new_node(ND_TYPE, peek(P)->loc);
            t->prim = TY_CLASS;
            t->local_cls = local_class_named(P, peek(P)->ident ? peek(P)->ident : "");
            do vec_push(&t->qual, (void *)expect(P, TK_IDENT)->ident);
            while (accept(P, TK_DOT));
            vec_push(&c->permits_nodes, t);
        } while (accept(P, TK_COMMA));
        if (!at(P, TK_LBRACE)) expected(P, "'{'");
    }
    if (outer) vec_push(&outer->nested, c);
    else vec_push(&P->prog->top_classes, c);
    vec_push(&P->prog->classes, c);
    parse_class_body(P, c);
    leave(P);
}

/* class_body = "{" {member} "}" */

/* Past the member that starts at token `first`, counting braces from
 * there (only braces: an unclosed `(` is a common error, and a member's
 * own `;` outside braces is never inside parentheses): to just after a
 * `;` outside braces or inside an array initialiser (which cannot hold
 * one: the initialiser was left open), or after the `}` that closes a body
 * (unless `;` or `,` follows: a field's array initialiser), or to the `}`
 * that closes the class (left for the class body to take), or to the end
 * of the file.  Always moves past `first`. */
static void skip_member(Parser *P, int first) {
    enum { MAX_TRACKED = 64 };
    bool initializer[MAX_TRACKED];   /* per open brace (the first MAX_TRACKED): an array initialiser's */
    int depth = 0;
    P->pos = first;
    for (;;) {
        TokenKind k = peek(P)->kind;
        if (k == TK_EOF) return;
        if (k == TK_RBRACE && depth == 0) {
            if (P->pos == first) advance(P);   /* (a stray `}` as the member: the class's end comes later) */
            return;
        }
        if (k == TK_LBRACE && depth < MAX_TRACKED) initializer[depth] = opens_initializer(P, P->pos);
        advance(P);
        if (k == TK_LBRACE) depth++;
        else if (k == TK_RBRACE && --depth == 0 && !at(P, TK_SEMI) && !at(P, TK_COMMA)) return;
        else if (k == TK_SEMI && (depth == 0 || (depth <= MAX_TRACKED && initializer[depth - 1]))) return;
    }
}

/* One member of a class body.  A syntax error in it is reported and the
 * rest of the member skipped (skip_member), and parsing goes on with the
 * next member, so that a file's errors in different members are all
 * reported (P->had_error then makes parse_file fail).  The parser's
 * context is restored to what it was before the member. */
static void parse_member_recovering(Parser *P, ClassDecl *c) {
    jmp_buf outer;
    memcpy(outer, P->fail, sizeof outer);
    Parser before = *P;
    int first = P->pos;
    if (setjmp(P->fail) == 0) {
        parse_member(P, c);
    } else {
        int error = P->pos;
        recovered(P, &before);
        if (lex_error_among(P, first, error)) skip_after_lex_error(P, first, error, false);
        else skip_member(P, first);
    }
    memcpy(P->fail, outer, sizeof outer);
}

static void parse_class_body(Parser *P, ClassDecl *c) {
    expect(P, TK_LBRACE);
    ClassCtx saved = enter_class(P, c);
    while (!at(P, TK_RBRACE)) {
        if (at(P, TK_EOF)) syntax_error(P, "");
        parse_member_recovering(P, c);
    }
    advance(P);
    leave_class(P, saved);
}

/* ------------------------------------------------------------- enums */

/* A token made by the parser for a desugared construct, at loc. */
static Token *made_token(TokenKind kind, Loc loc, const char *text) {
    Token *t = xalloc(sizeof *t);
    t->kind = kind;
    t->loc = loc;
    t->start = text;
    t->len = (int)strlen(text);
    return t;
}

static Node *made_string(Loc loc, const char *s) {
    Node *n = new_node(ND_LITERAL, loc);
    n->lit = made_token(TK_STRING_LIT, loc, xprintf("\"%s\"", s));
    n->lit->sval = s;
    n->lit->slen = (int)strlen(s);
    return n;
}

static Node *made_int(Loc loc, int v) {
    Node *n = new_node(ND_LITERAL, loc);
    n->lit = made_token(TK_INT_LIT, loc, xprintf("%d", v));
    n->lit->ival = (uint64_t)v;
    n->lit->is_decimal = true;
    return n;
}

static Node *made_type(Loc loc, TypeKind prim, const char *name) {
    Node *n = new_node(ND_TYPE, loc);
    n->prim = prim;
    if (name) vec_push(&n->qual, (void *)intern(name, (int)strlen(name)));
    return n;
}

static Node *made_name(Loc loc, const char *name) {
    Node *n = new_node(ND_NAME, loc);
    n->name = intern(name, (int)strlen(name));
    return n;
}

static LocalVar *made_param(Loc loc, const char *name, Node *type) {
    LocalVar *v = xalloc(sizeof *v);
    v->name = intern(name, (int)strlen(name));
    v->loc = loc;
    v->is_param = true;
    v->is_final = true;
    v->type_node = type;
    return v;
}

/* Every constructor of enum c takes the constant's name and ordinal first
 * and passes them to Enum(String, int), or on to this(...). */
static void enum_constructor(ClassDecl *c, MethodDecl *m) {
    Vec params = {0};
    vec_push(&params, made_param(m->loc, "$name", made_type(m->loc, TY_CLASS, "String")));
    vec_push(&params, made_param(m->loc, "$ordinal", made_type(m->loc, TY_INT, NULL)));
    for (int i = 0; i < m->params.len; i++) vec_push(&params, m->params.items[i]);
    m->params = params;
    Node *first = m->body->stmts.len ? m->body->stmts.items[0] : NULL;
    Node *call = first && first->kind == ND_EXPR_STMT && first->lhs->kind == ND_CALL && !first->lhs->lhs ? first->lhs : NULL;
    if (call && !strcmp(call->name, "this")) {
        Vec args = {0};
        vec_push(&args, made_name(call->loc, "$name"));
        vec_push(&args, made_name(call->loc, "$ordinal"));
        for (int i = 0; i < call->args.len; i++) vec_push(&args, call->args.items[i]);
        call->args = args;
        return;
    }
    if (call && !strcmp(call->name, "super")) error_at(call->loc, "call to super not allowed in enum constructor");
    Node *sup = new_node(ND_CALL, m->loc);
    sup->name = intern("super", 5);
    vec_push(&sup->args, made_name(m->loc, "$name"));
    vec_push(&sup->args, made_name(m->loc, "$ordinal"));
    Node *st = new_node(ND_EXPR_STMT, m->loc);
    st->lhs = sup;
    Vec stmts = {0};
    vec_push(&stmts, st);
    for (int i = 0; i < m->body->stmts.len; i++) vec_push(&stmts, m->body->stmts.items[i]);
    m->body->stmts = stmts;
}

/* Members written as Java text (values(), valueOf): parsed into c. */
static void parse_members_text(Parser *outer, ClassDecl *c, const char *text) {
    SourceFile *f = xalloc(sizeof *f);
    f->name = outer->file->name;
    f->text = text;
    f->len = strlen(text);
    int count;
    Token *toks = tokenize(f, &count);
    LIME_ASSERT(toks);
    Parser sub = {.prog = outer->prog, .file = f, .toks = toks, .count = count, .cls = c,
                  .local_classes = outer->local_classes, .local_base = outer->local_classes.len};
    Parser *P = &sub;
    if (setjmp(P->fail)) LIME_UNREACHABLE();
    while (!at(P, TK_EOF)) parse_member(P, c);
}

/* A type node as Java text (for members the parser writes). */
static const char *type_text(Node *t) {
    static const char *prims[] = {[TY_VOID] = "void", [TY_BOOLEAN] = "boolean", [TY_BYTE] = "byte",
                                  [TY_SHORT] = "short", [TY_CHAR] = "char", [TY_INT] = "int", [TY_LONG] = "long",
                                  [TY_FLOAT] = "float", [TY_DOUBLE] = "double"};
    StrBuf sb = {0};
    if (t->wildcard) {
        sb_puts(&sb, "?");
        if (t->lhs) sb_printf(&sb, " %s %s", t->wildcard == WILD_EXTENDS ? "extends" : "super", type_text(t->lhs));
        return xstrdup(sb_str(&sb));
    }
    if (t->prim != TY_CLASS) sb_puts(&sb, prims[t->prim]);
    else
        for (int i = 0; i < t->qual.len; i++) sb_printf(&sb, "%s%s", i ? "." : "", (char *)t->qual.items[i]);
    if (t->targs.len) {
        sb_putc(&sb, '<');
        for (int i = 0; i < t->targs.len; i++) sb_printf(&sb, "%s%s", i ? ", " : "", type_text(t->targs.items[i]));
        sb_putc(&sb, '>');
    }
    for (int i = 0; i < t->dims; i++) sb_puts(&sb, "[]");
    return xstrdup(sb_str(&sb));
}

/* A component's part of a record's hashCode (as java.lang.runtime.ObjectMethods
 * computes it) and of its equals, as Java text. */
static const char *record_hash(Node *type, const char *f) {
    if (type->dims) return xprintf("(%s == null ? 0 : ((Object) %s).hashCode())", f, f); /* (an array's identity hash) */
    if (type->prim == TY_CLASS) return xprintf("(%s == null ? 0 : %s.hashCode())", f, f);
    switch (type->prim) {
    case TY_BOOLEAN: return xprintf("(%s ? 1231 : 1237)", f);
    case TY_LONG: return xprintf("(int) (%s ^ (%s >>> 32))", f, f);
    case TY_FLOAT: return xprintf("Float.floatToIntBits(%s)", f);
    case TY_DOUBLE: return xprintf("(int) (Double.doubleToLongBits(%s) ^ (Double.doubleToLongBits(%s) >>> 32))", f, f);
    default: return xprintf("(int) %s", f);
    }
}

static const char *record_equal(Node *type, const char *f) {
    if (type->dims) return xprintf("%s == other.%s", f, f);
    if (type->prim == TY_CLASS) return xprintf("(%s == null ? other.%s == null : %s.equals(other.%s))", f, f, f, f);
    if (type->prim == TY_FLOAT) return xprintf("Float.compare(%s, other.%s) == 0", f, f);
    if (type->prim == TY_DOUBLE) return xprintf("Double.compare(%s, other.%s) == 0", f, f);
    return xprintf("%s == other.%s", f, f);
}

static bool declares_method(ClassDecl *c, const char *name, int nparams) {
    for (int i = 0; i < c->methods.len; i++) {
        MethodDecl *m = c->methods.items[i];
        if (!strcmp(m->name, name) && m->params.len == nparams) return true;
    }
    return false;
}

/* The class an enum or a record declares: final, static when nested
 * (a local one too: JLS 14.3), in the file's package. */
/* An enum or a record: final, static as a member, public as a member of
 * an interface (JLS 9.5) */
static ClassDecl *implicit_final_class(Parser *P, Token *name, int mods, ClassDecl *outer) {
    int implied = MOD_FINAL | (outer ? MOD_STATIC : 0) | (outer && outer->is_interface ? MOD_PUBLIC : 0);
    return new_class(P, name, mods | implied, outer);
}

/* The members made of a record's components (comps: their parameters)
 * have the components' own type nodes, so that a type is resolved once and
 * an error in it is reported once, where it is written: the fields, the
 * accessors made from methods[first_method..], the canonical constructor
 * made (or NULL). */
static void share_component_types(ClassDecl *c, MethodDecl *comps, int first_method, MethodDecl *canonical) {
    for (int i = 0; i < comps->params.len; i++) {
        LocalVar *v = comps->params.items[i];
        for (int j = 0; j < c->fields.len; j++) {
            FieldDecl *f = c->fields.items[j];
            if (f->name == v->name && !(f->mods & MOD_STATIC)) f->type_node = v->type_node;
        }
        for (int j = first_method; j < c->methods.len; j++) {
            MethodDecl *m = c->methods.items[j];
            if (m->name == v->name && !m->params.len) m->ret_node = v->type_node;
        }
        if (canonical) ((LocalVar *)canonical->params.items[i])->type_node = v->type_node;
    }
}

/* record_decl = "record" IDENT [type_params] "(" [component {"," component}] ")"
 *               ["implements" type {"," type}] "{" {member | compact_ctor} "}"
 * A record (JLS 8.10) is a final class with a private final field and an
 * accessor per component, the canonical constructor (or the compact one,
 * whose body runs before the fields are set), and equals, hashCode and
 * toString over the components, each unless the record declares it. */
static void parse_record(Parser *P, int mods, ClassDecl *outer) {
    enter(P);
    Token *kw = advance(P); /* record */
    if (mods & MOD_ABSTRACT) fail_at(P, kw->loc, "modifier abstract not allowed here");
    Token *name = expect(P, TK_IDENT);
    ClassDecl *c = implicit_final_class(P, name, mods, outer);
    c->is_record = true;
    if (at(P, TK_LT)) parse_type_params(P, &c->type_params);
    MethodDecl comps = {0};
    comps.owner = c;
    parse_params(P, &comps);
    if (accept(P, TK_KW_IMPLEMENTS)) {
        do vec_push(&c->iface_nodes, parse_type(P, false));
        while (accept(P, TK_COMMA));
    }
    if (outer) vec_push(&outer->nested, c);
    else vec_push(&P->prog->top_classes, c);
    vec_push(&P->prog->classes, c);
    parse_class_body(P, c);
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (!(f->mods & MOD_STATIC)) error_at(f->loc, "field declaration must be static\n    (consider replacing field with record component)");
    }
    /* the members, as Java text */
    StrBuf sb = {0};
    for (int i = 0; i < comps.params.len; i++) {
        LocalVar *v = comps.params.items[i];
        const char *t = type_text(v->type_node);
        sb_printf(&sb, "private final %s %s;\n", t, v->name);
        if (!declares_method(c, v->name, 0)) sb_printf(&sb, "public %s %s() { return %s; }\n", t, v->name, v->name);
    }
    bool has_canonical = false;
    for (int i = 0; i < c->ctors.len; i++)
        has_canonical |= ((MethodDecl *)c->ctors.items[i])->params.len == comps.params.len && comps.params.len > 0;
    if (!has_canonical) {
        sb_printf(&sb, "public %s(", c->name);
        for (int i = 0; i < comps.params.len; i++) {
            LocalVar *v = comps.params.items[i];
            const char *t = type_text(v->type_node);
            if (comps.is_varargs && i == comps.params.len - 1) /* record R(int... xs): R(int... xs) */
                t = xprintf("%.*s...", (int)strlen(t) - 2, t);
            sb_printf(&sb, "%s%s %s", i ? ", " : "", t, v->name);
        }
        sb_printf(&sb, ") {\n$COMPACT$");
        for (int i = 0; i < comps.params.len; i++) {
            LocalVar *v = comps.params.items[i];
            sb_printf(&sb, "this.%s = %s;\n", v->name, v->name);
        }
        sb_printf(&sb, "}\n");
    }
    if (!declares_method(c, "toString", 0)) {
        sb_printf(&sb, "public String toString() { return \"%s[\"", c->name);
        for (int i = 0; i < comps.params.len; i++) {
            LocalVar *v = comps.params.items[i];
            sb_printf(&sb, " + \"%s%s=\" + %s", i ? ", " : "", v->name, v->name);
        }
        sb_printf(&sb, " + \"]\"; }\n");
    }
    if (!declares_method(c, "hashCode", 0)) {
        sb_printf(&sb, "public int hashCode() { int h = 0;\n");
        for (int i = 0; i < comps.params.len; i++) {
            LocalVar *v = comps.params.items[i];
            sb_printf(&sb, "h = 31 * h + %s;\n", record_hash(v->type_node, v->name));
        }
        sb_printf(&sb, "return h; }\n");
    }
    if (!declares_method(c, "equals", 1)) {
        sb_printf(&sb, "public boolean equals(Object o) { if (this == o) return true;\n"
                       "if (!(o instanceof %s)) return false;\n%s other = (%s) o;\nreturn true", c->name, c->name, c->name);
        for (int i = 0; i < comps.params.len; i++) {
            LocalVar *v = comps.params.items[i];
            sb_printf(&sb, " && %s", record_equal(v->type_node, v->name));
        }
        sb_printf(&sb, "; }\n");
    }
    const char *text = sb_str(&sb);
    const char *hole = strstr(text, "$COMPACT$");
    int first_ctor = c->ctors.len;
    if (hole) {
        /* the compact constructor's statements go where $COMPACT$ is: parsed
         * apart (they are tokens of the source), spliced in below */
        text = xprintf("%.*s%s", (int)(hole - text), text, hole + 9);
    } else if (c->compact_ctor) {
        error_at(c->compact_loc, "canonical constructor and compact constructor both declared");
    }
    int first_method = c->methods.len;
    parse_members_text(P, c, text);
    share_component_types(c, &comps, first_method, hole ? c->ctors.items[first_ctor] : NULL);
    if (hole && c->compact_ctor) {
        MethodDecl *ctor = c->ctors.items[first_ctor];
        Vec stmts = {0};
        for (int i = 0; i < c->compact_ctor->stmts.len; i++) vec_push(&stmts, c->compact_ctor->stmts.items[i]);
        for (int i = 0; i < ctor->body->stmts.len; i++) vec_push(&stmts, ctor->body->stmts.items[i]);
        ctor->body->stmts = stmts;
    }
    leave(P);
}

/* A class's canonical name (JLS 6.7) as Class.getCanonicalName() gives it:
 * "p.Outer.Inner", "null" for a local or anonymous class and its members. */
static const char *canonical_name(ClassDecl *c) {
    for (ClassDecl *k = c; k; k = k->outer)
        if (k->is_local || k->is_anonymous) return "null";
    return c->package ? xprintf("%s.%s", c->package, c->qualname) : c->qualname;
}

/* enum_decl = "enum" IDENT ["implements" type {"," type}]
 *             "{" [constant {"," constant}] [","] [";" {member}] "}"
 * constant  = IDENT [args]
 * An enum is a final class extending java.lang.Enum with one public
 * static final field per constant (made in order, before the other
 * static initialisers), values() and valueOf(String). */
static void parse_enum(Parser *P, int mods, ClassDecl *outer) {
    enter(P);
    Token *kw = advance(P);
    if (mods & (MOD_ABSTRACT | MOD_FINAL)) fail_at(P, kw->loc, xprintf("modifier %s not allowed here", (mods & MOD_FINAL) ? "final" : "abstract"));
    Token *name = expect(P, TK_IDENT);
    ClassDecl *c = implicit_final_class(P, name, mods, outer);
    c->is_enum = true;
    /* Enum<C>: so C is a Comparable<C> (Enum<E extends Enum<E>> implements Comparable<E>) */
    c->super_node = made_type(name->loc, TY_CLASS, "Enum");
    vec_push(&c->super_node->targs, made_type(name->loc, TY_CLASS, c->name));
    if (at(P, TK_LT)) fail_at(P, peek(P)->loc, "generic types are not supported");
    if (accept(P, TK_KW_IMPLEMENTS)) {
        do vec_push(&c->iface_nodes, parse_type(P, false));
        while (accept(P, TK_COMMA));
    }
    if (outer) vec_push(&outer->nested, c);
    else vec_push(&P->prog->top_classes, c);
    vec_push(&P->prog->classes, c);
    expect(P, TK_LBRACE);
    ClassCtx saved = enter_class(P, c);
    Vec constants = {0};
    while (at(P, TK_IDENT) || at(P, TK_AT)) {
        while (at(P, TK_AT)) fail_at(P, peek(P)->loc, "annotations are not supported");
        Token *id = advance(P);
        FieldDecl *f = xalloc(sizeof *f);
        f->name = id->ident;
        f->loc = id->loc;
        f->mods = MOD_PUBLIC | MOD_STATIC | MOD_FINAL;
        f->owner = c;
        f->type_node = made_type(id->loc, TY_CLASS, c->name);
        Node *nw = new_node(ND_NEW, id->loc);
        nw->implicit = true; /* (the one `new` of an enum a program has) */
        nw->type_node = made_type(id->loc, TY_CLASS, c->name);
        vec_push(&nw->args, made_string(id->loc, id->ident));
        vec_push(&nw->args, made_int(id->loc, constants.len));
        if (at(P, TK_LPAREN)) {
            Vec args = {0};
            parse_args(P, &args);
            for (int i = 0; i < args.len; i++) vec_push(&nw->args, args.items[i]);
        }
        if (at(P, TK_LBRACE)) {
            /* a class body (JLS 8.9.1): the constant is the one object of an
             * anonymous subclass of the enum (Op$1), which therefore is not final */
            nw->anon = parse_anonymous_class(P, made_type(id->loc, TY_CLASS, c->name));
            nw->anon->loc = id->loc;
            nw->anon->is_enum_body = true;
            c->mods &= ~MOD_FINAL;
        }
        f->init = nw;
        vec_push(&constants, f);
        if (!accept(P, TK_COMMA)) break;
    }
    if (accept(P, TK_SEMI)) {
        while (!at(P, TK_RBRACE)) {
            if (at(P, TK_EOF)) syntax_error(P, "");
            parse_member(P, c);
        }
    } else if (!at(P, TK_RBRACE)) {
        expected(P, "',', '}', or ';'");
    }
    advance(P);
    /* the constants come first, in order */
    Vec fields = {0}, inits = {0};
    for (int i = 0; i < constants.len; i++) {
        vec_push(&fields, constants.items[i]);
        StaticInit *si = xalloc(sizeof *si);
        si->field = constants.items[i];
        vec_push(&inits, si);
    }
    for (int i = 0; i < c->fields.len; i++) vec_push(&fields, c->fields.items[i]);
    for (int i = 0; i < c->static_inits.len; i++) vec_push(&inits, c->static_inits.items[i]);
    c->fields = fields;
    c->static_inits = inits;
    c->enum_constants = constants;
    /* with constant bodies, an enum that declares an abstract method is
     * abstract, as javac makes it (the bodies implement the method; a
     * constant without one cannot be made); classes.c does the same for an
     * interface method the enum leaves unimplemented */
    for (int i = 0; i < c->methods.len && !(c->mods & MOD_FINAL); i++)
        if (((MethodDecl *)c->methods.items[i])->mods & MOD_ABSTRACT) c->mods |= MOD_ABSTRACT;
    for (int i = 0; i < c->ctors.len; i++) {
        MethodDecl *m = c->ctors.items[i];
        if (m->mods & (MOD_PUBLIC | MOD_PROTECTED)) error_at(m->loc, "modifier %s not allowed here", (m->mods & MOD_PUBLIC) ? "public" : "protected");
        enum_constructor(c, m);
    }
    StrBuf sb = {0};
    if (!c->ctors.len) sb_printf(&sb, "private %s() { }\n", c->name);
    sb_printf(&sb, "public static %s[] values() { return new %s[] {", c->name, c->name);
    for (int i = 0; i < constants.len; i++) sb_printf(&sb, "%s%s", i ? ", " : " ", ((FieldDecl *)constants.items[i])->name);
    sb_printf(&sb, " }; }\n");
    sb_printf(&sb, "public static %s valueOf(String name) {\n"
                   "  for (%s v : values()) if (v.name().equals(name)) return v;\n"
                   "  if (name == null) throw new NullPointerException(\"Name is null\");\n"
                   "  throw new IllegalArgumentException(\"No enum constant %s.\" + name);\n}\n",
               c->name, c->name, canonical_name(c));
    int first_ctor = c->ctors.len;
    parse_members_text(P, c, sb_str(&sb));
    for (int i = first_ctor; i < c->ctors.len; i++) enum_constructor(c, c->ctors.items[i]);
    leave_class(P, saved);
    leave(P);
}

/* qualified_name = IDENT {"." IDENT}: "a.b.c" */
static const char *parse_qualified_name(Parser *P) {
    StrBuf sb = {0};
    for (;;) {
        Token *id = expect(P, TK_IDENT);
        sb_printf(&sb, "%s%s", sb.len ? "." : "", id->ident);
        if (!at(P, TK_DOT)) break;
        advance(P);
    }
    return intern(sb_str(&sb), (int)strlen(sb_str(&sb)));
}

/* import = "import" ["static"] IDENT "." IDENT {"." IDENT} ["." "*"] ";"
 * (a single-type import names at least a package and a class) */
static Import *parse_import(Parser *P) {
    Import *im = xalloc(sizeof *im);
    im->loc = advance(P)->loc;
    im->is_static = accept(P, TK_KW_STATIC);
    im->name_loc = peek(P)->loc;
    Loc *dot = xalloc(sizeof *dot);
    *dot = peek(P)->loc;
    for (;;) {
        Token *id = expect(P, TK_IDENT);
        vec_push(&im->parts, (void *)id->ident);
        vec_push(&im->dot_locs, dot);
        if (!at(P, TK_DOT)) break;
        dot = xalloc(sizeof *dot);
        *dot = advance(P)->loc;
        if (accept(P, TK_STAR)) {
            im->on_demand = true;
            break;
        }
    }
    if (im->parts.len < 2 && !(im->on_demand && !im->is_static)) {
        if (at(P, TK_SEMI)) expected(P, "'.'");
    }
    expect(P, TK_SEMI);
    return im;
}

/* compilation_unit = ["package" qualified_name ";"] {import | ";"}
 *                    {";" | modifiers (class_decl | annotation_decl)} EOF */
bool parse_file(Program *prog, SourceFile *file, Token *toks, int count) {
    Parser parser = {0};
    Parser *P = &parser;
    P->prog = prog;
    P->file = file;
    P->toks = toks;
    P->count = count;
    LIME_ASSERT(count > 0 && toks[count - 1].kind == TK_EOF);
    if (setjmp(P->fail)) {
        report_lex_errors_to(P, P->count - 1);   /* (javac's scanner reads the whole file) */
        return false;
    }
    CompUnit *unit = xalloc(sizeof *unit);
    unit->file = file;
    vec_push(&prog->units, unit);
    P->unit = unit;
    int start = P->pos;
    while (at_annotation(P)) skip_annotation(P);   /* (package annotations: package-info.java) */
    if (at(P, TK_KW_PACKAGE)) {
        advance(P);
        unit->package = parse_qualified_name(P);
        expect(P, TK_SEMI);
    } else {
        P->pos = start;
    }
    for (;;) {
        if (accept(P, TK_SEMI)) continue;
        if (!at(P, TK_KW_IMPORT)) break;
        vec_push(&unit->imports, parse_import(P));
    }
    while (!at(P, TK_EOF)) {
        if (accept(P, TK_SEMI)) continue;
        Token *t = peek(P);
        if (t->kind == TK_KW_PACKAGE) fail_at(P, t->loc, "class, interface, enum, or record expected");
        if (t->kind == TK_KW_IMPORT) fail_at(P, t->loc, "class, interface, enum, or record expected");
        Loc mods_loc = t->loc;
        int first = P->pos;
        bool is_value;
        int mods = parse_modifiers(P, &is_value);
        reject_sealed(P, first, mods);
        t = peek(P);
        check_annotation_targets(P, t->kind == TK_KW_CLASS ? DECL_CLASS : t->kind == TK_KW_INTERFACE ? DECL_INTERFACE : DECL_OTHER,
                                 t->kind == TK_KW_CLASS ? peek_n(P, 1)->ident : NULL);
        switch (t->kind) {
        case TK_KW_CLASS: case TK_KW_INTERFACE: parse_class(P, mods, is_value, mods_loc, NULL); continue;
        case TK_KW_ENUM: parse_enum(P, mods, NULL); continue;
        case TK_AT:
            if (is_value) expected(P, "'class'");
            skip_annotation_decl(P);
            continue;
        default: break;
        }
        if (at_ident(P, P->pos, "record") && peek_n(P, 1)->kind == TK_IDENT) {
            parse_record(P, mods, NULL);
            continue;
        }
        if (t->kind == TK_EOF) syntax_error(P, "");
        fail_at(P, t->loc, "class, interface, enum, or record expected");
    }
    report_lex_errors_to(P, P->count - 1);
    return !P->had_error;
}
