/* front.h: the front end of the Lime compiler (limec): source text to
 * verified IR.
 *
 *   lexer.c     text -> tokens
 *   parser.c    tokens -> AST (recursive descent; grammar rule above each function)
 *   types.c     the Type universe (primitives, arrays, classes, String)
 *   builtins.c  the Java library members of LANGUAGE.md 1.7 (one table)
 *   check.c     names, types, conversions, constants, control-flow rules
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
void dump_ast(FILE *out, Program *prog);      /* --emit=ast */

/* ---------------------------------------------------------------- check.c */

/* Resolves names and types, inserts ND_CONV, folds constants, checks the
 * rules of LANGUAGE.md section 1 (and 2 as it grows).  Returns false after
 * reporting errors.  Guarantees on success: every expression has ty, every
 * name is resolved, every implicit conversion is an ND_CONV. */
bool check_program(Program *prog);
/* The operator of a compound assignment: TK_PLUS for TK_PLUS_ASSIGN ...; TK_EOF for others. */
TokenKind compound_base_op(TokenKind op);

/* ----------------------------------------------------------------- flow.c */

/* Reachability (JLS 14.22) and definite assignment (JLS 16) for one method.
 * Requires a checked body.  Reports errors; returns false if any. */
bool check_flow(MethodDecl *m);

/* ----------------------------------------------------------------- lower.c */

IrProgram *lower_program(Program *prog);   /* requires a checked program */
#endif
