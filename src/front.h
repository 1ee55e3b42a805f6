/* front.h: the front end of the Lime compiler (limec): source text to
 * verified IR.
 *
 *   lexer.c     text -> tokens
 *   parser.c    tokens -> AST (recursive descent; grammar rule above each function)
 *   ast_print.c the AST as text (--emit=ast)
 *   types.c     the Type universe (primitives, arrays, classes, String)
 *   builtins.c  the Java library members of LANGUAGE.md 1.7 (one table)
 *   check.c     names, types, conversions, control-flow rules
 *   fold.c      constant values and their folding (for check.c)
 *   overload.c  overload resolution (for check.c)
 *   isolation.c the isolation rule of `local` methods
 *   flow.c      reachability and definite assignment (JLS 14.22, 16)
 *   lower.c     typed AST -> IR (every conversion and runtime check explicit)
 *
 * The shared declarations are in base.h (utilities, diagnostics), ast.h
 * (tokens, types, the syntax tree) and ir.h (the IR and its passes). */
#ifndef LIME_FRONT_H
#define LIME_FRONT_H

#include "ir.h"

/* --------------------------------------------------------------- parser.c */

/* Parses one file's tokens, appending its classes to prog.  Reports the
 * first syntax error and returns false. */
bool parse_file(Program *prog, SourceFile *file, Token *toks, int count);
Node *new_node(NodeKind kind, Loc loc);

/* ------------------------------------------------------------ ast_print.c */

void dump_ast(FILE *out, Program *prog);      /* --emit=ast */

/* ---------------------------------------------------------------- check.c */

/* Resolves names and types, inserts ND_CONV, folds constants, checks the
 * rules of LANGUAGE.md section 1 (and 2 as it grows).  Returns false after
 * reporting errors.  Guarantees on success: every expression has ty, every
 * name is resolved, every implicit conversion is an ND_CONV. */
bool check_program(Program *prog);
/* The operator of a compound assignment: TK_PLUS for TK_PLUS_ASSIGN ...; TK_EOF for others. */
TokenKind compound_base_op(TokenKind op);
/* Whether a method overrides or implements one of a supertype (@Override). */
bool method_overrides(MethodDecl *m);
/* Sets prog->main to the main method that runs (the only one, or the one
 * of the class prog->main_choice names); reports and returns false when
 * that is not one method.  No main at all: prog->main stays NULL. */
bool choose_main(Program *prog);

/* ----------------------------------------------------------------- fold.c */

/* Constant values (Node.cval) as JLS 15.29 computes them. */
bool has_const(Node *n);                      /* n->cval.ty != NULL */
ConstVal cv_int(Type *t, int64_t v);          /* wrapped to t's range */
ConstVal cv_fp(Type *t, double v);            /* rounded to float for ty_float */
ConstVal cv_none(void);                       /* not a constant */
/* Casting conversion of a constant between primitive types (JLS 5.1.3);
 * no constant to or from String and boolean unless the type is the same. */
ConstVal const_convert(ConstVal c, Type *to);
/* Whether an int-ish constant fits byte, short or char (JLS 5.2). */
bool const_fits(ConstVal c, Type *to);
/* The text String concatenation gives a constant (length in *len), or NULL
 * where the compiler does not fold (float and double). */
const char *const_text(ConstVal c, int *len);
/* a op b for constants already converted to the operation type t; no
 * constant where Java would throw (integer division by zero). */
ConstVal fold_binary(TokenKind op, Type *t, ConstVal a, ConstVal b);

/* ------------------------------------------------------------- overload.c */

/* A candidate for overload resolution: a user method or a library member. */
typedef struct Candidate {
    MethodDecl *m;
    const Builtin *b;
    Type *params[16];
    int nparams;
} Candidate;
void candidate_of_method(Candidate *c, MethodDecl *m);
void candidate_of_builtin(Candidate *c, const Builtin *b);
/* Picks the most specific applicable candidate for the checked args (JLS
 * 15.12.2), or reports.  Returns the index or -1. */
int resolve_overload(Candidate *cands, int n, Vec *args, const char *name, Loc loc);
/* The argument types as javac lists them in messages: "int,String". */
const char *arg_types_text(Vec *args);

/* ------------------------------------------------------------ isolation.c */

/* Reports the violations of the isolation rule in m if m is a `local`
 * method with a body (LANGUAGE.md 2.3).  Requires a checked body. */
void check_isolation(MethodDecl *m);

/* ----------------------------------------------------------------- flow.c */

/* Reachability (JLS 14.22) and definite assignment (JLS 16) for one method.
 * Requires a checked body.  Reports errors; returns false if any. */
bool check_flow(MethodDecl *m);

/* ----------------------------------------------------------------- lower.c */

IrProgram *lower_program(Program *prog);   /* requires a checked program */
#endif
