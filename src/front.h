/* front.h: the front end of the Lime compiler (limec): source text to
 * verified IR.
 *
 *   lexer.c     text -> tokens
 *   parser.c    tokens -> AST (recursive descent; grammar rule above each function)
 *   library.c   the library written in Java (lib/), parsed with every program
 *   ast_print.c the AST as text (--emit=ast)
 *   types.c     the Type universe (primitives, arrays, classes, String)
 *   builtins.c  the Java library members of LANGUAGE.md 1.7 (one table)
 *   check.c     names, types, conversions, control-flow rules
 *   classes.c   the class hierarchy: inheritance, overriding, dispatch slots
 *   fold.c      constant values and their folding (for check.c)
 *   overload.c  overload resolution (for check.c)
 *   isolation.c the isolation rule of `local` methods
 *   flow.c      reachability and definite assignment (JLS 14.22, 16)
 *   checked.c   checked exceptions caught or declared (JLS 11.2)
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

/* -------------------------------------------------------------- library.c */

/* Parses the library written in Java (lib/) into prog: after the
 * program's files, before checking. */
bool parse_library(Program *prog);

/* ------------------------------------------------------------ ast_print.c */

void dump_ast(FILE *out, Program *prog);      /* --emit=ast */

/* ---------------------------------------------------------------- check.c */

/* Resolves names and types, inserts ND_CONV, folds constants, checks the
 * rules of LANGUAGE.md section 1 (and 2 as it grows).  Returns false after
 * reporting errors.  Guarantees on success: every expression has ty, every
 * name is resolved, every implicit conversion is an ND_CONV. */
bool check_program(Program *prog);
/* javac 17's error for pattern matching in switch (JEP 406, a preview feature) */
#define PATTERN_SWITCH_PREVIEW "patterns in switch statements are a preview feature and are disabled by default.\n" \
                               "  (use --enable-preview to enable patterns in switch statements)"
/* The operator of a compound assignment: TK_PLUS for TK_PLUS_ASSIGN ...; TK_EOF for others. */
TokenKind compound_base_op(TokenKind op);
/* Whether a method overrides or implements one of a supertype (@Override). */
bool method_overrides(MethodDecl *m);
/* Sets prog->main to the main method that runs (the only one, or the one
 * of the class prog->main_choice names); reports and returns false when
 * that is not one method.  No main at all: prog->main stays NULL. */
bool choose_main(Program *prog);

/* -------------------------------------------------------------- classes.c */

/* c's binary name (JLS 13.1), what getClass().getName() gives: "p.Outer$Inner". */
const char *class_binary_name(ClassDecl *c);
/* A field c declares or inherits (JLS 8.3), or NULL. */
FieldDecl *class_find_field(ClassDecl *c, const char *name);
/* A field that is a member of c (JLS 8.3): c's own, or one it inherits
 * (a superclass's private field is not), or NULL: what a simple name
 * finds in c's body before the enclosing scopes. */
FieldDecl *class_member_field(ClassDecl *c, const char *name);
/* Every method named name that c declares or inherits (an interface: and
 * Object's), one per signature, the most derived first (MethodDecl*). */
Vec class_methods_named(ClassDecl *c, const char *name, ClassDecl *object_class);
/* The rules of sealed classes and interfaces (JLS 8.1.1.2, 8.1.6, 9.1.1.4)
 * over every class of the program, their supertypes and permits clauses
 * resolved; sets each sealed class's `permitted` where permits is omitted. */
void class_check_sealed(Program *prog);
/* Sets the dispatch slots of c's methods and builds c->vtable; checks
 * overriding and that a concrete class implements every abstract method.
 * Requires c's superclass and interfaces laid out first. */
void class_layout_methods(Program *prog, ClassDecl *c);
/* Generics: the supertype owner of type t with its type arguments (NULL:
 * not a supertype); the type of owner's member `declared` seen through a
 * value of type recv (owner's type variables replaced by recv's arguments,
 * erased for a raw or NULL recv); `this` of class c (C<T1..Tn>). */
Type *class_as_super(Type *t, ClassDecl *owner);
Type *class_member_type(Type *recv, ClassDecl *owner, Type *declared);
Type *class_this_type(ClassDecl *c);
/* A method of some class of prog that overrides (or implements) m and is
 * not `local`, or NULL. */
MethodDecl *class_nonlocal_override(Program *prog, MethodDecl *m);
/* m overrides or implements a method of a supertype (@Override, JLS 9.6.4.4). */
bool class_method_overrides(MethodDecl *m, ClassDecl *object_class);
/* The interface methods c inherits (MethodDecl*, each once by signature). */
void class_interface_methods(ClassDecl *c, Vec *out);

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
    Type **params;   /* nparams of them, the candidate's own (specialise rewrites them) */
    int nparams;
    bool clash;      /* its type arguments' inferred bounds contradict each other (JLS 18.3): not applicable */
} Candidate;
void candidate_of_method(Candidate *c, MethodDecl *m);
void candidate_of_builtin(Candidate *c, const Builtin *b);
/* Picks the most specific applicable candidate for the checked args (JLS
 * 15.12.2), or reports.  Returns the index or -1. */
int resolve_overload(Candidate *cands, int n, Vec *args, const char *name, Loc loc);
/* javalib.c: the package of a Java library class by its simple name
 * ("java.util" for "ArrayList"), NULL when it is none of the well-known
 * ones; whether Java's class for a library owner ("String", "System.out")
 * has a member `name` taking nargs arguments (-1: a field). */
const char *java_class_package(const char *name);
/* whether the JDK exports the package to every program (javalib_packages.h),
 * and whether it has a public top-level class of that simple name */
bool java_package_exists(const char *package);
bool java_package_has_class(const char *package, const char *name);
bool java_has_member(const char *owner, const char *name, int nargs);

/* Whether c applies to args by its fixed arity (no report). */
bool overload_applicable(Candidate *c, Vec *args);
bool overload_arg_fits(Node *a, Type *param);   /* one argument (a lambda too) fits a parameter */
/* The argument types as javac lists them in messages: "int,String". */
const char *arg_types_text(Vec *args);

/* ------------------------------------------------------------ isolation.c */

/* Reports the violations of the isolation rule in m if m is a `local`
 * method with a body (LANGUAGE.md 2.3).  Requires a checked body. */
void check_isolation(Program *prog, MethodDecl *m);
/* "in", "out" or "err" when n is System.in, System.out or System.err as a
 * value (the checker makes them calls of the library's lime$stdin,
 * lime$stdout, lime$stderr), else NULL. */
const char *std_stream_of(const Node *n);

/* -------------------------------------------------------------- checked.c */

/* Reports the checked exceptions method m (a checked body) may throw that
 * are neither caught nor declared, and catches of checked exceptions its
 * try blocks cannot throw.  implicit_super: the constructor an implicit
 * super() calls, or NULL. */
void check_checked_exceptions(Program *prog, MethodDecl *m, MethodDecl *implicit_super);

/* ----------------------------------------------------------------- flow.c */

/* Reachability (JLS 14.22) and definite assignment (JLS 16) for one method.
 * Requires a checked body.  Reports errors; returns false if any. */
bool check_flow(MethodDecl *m);

/* ---------------------------------------------------------------- boxing.c */

/* The wrapper classes (lib/java/lang/Integer.java ...) of prog: found once
 * before checking. */
void boxing_init(Program *prog);
ClassDecl *box_class(Type *prim);            /* Integer for int ...; NULL: not a primitive */
Type *box_type(Type *prim);                  /* its class type, or NULL */
Type *unbox_type(Type *t);                   /* int for Integer ...; NULL: not a wrapper */
Type *unboxed_or_self(Type *t);
/* Method invocation conversion in a loose context (JLS 5.3): with boxing
 * and unboxing. */
bool is_loose_convertible(Type *from, Type *to);
MethodDecl *box_method(Type *prim);          /* Integer.valueOf(int) ... */
/* Value classes (box_class, box_type and unbox_type take them too): V's
 * box; V for V's box type, else NULL; after
 * every class's superinterfaces are resolved; after checking, the used
 * boxes completed (field, bridges) and added to prog->classes; the
 * box's bridge for interface method im, or NULL; the box's one field. */
ClassDecl *value_box(ClassDecl *v);
Type *box_value_type(Type *t);
void boxing_supers_resolved(Program *prog);
void boxing_complete(Program *prog);
MethodDecl *box_bridge_for(ClassDecl *box, MethodDecl *im);
FieldDecl *box_field(ClassDecl *box);
MethodDecl *unbox_method(Type *prim);        /* Integer.intValue() ... */
/* The owner in the library table (builtins.c) of library class c's static
 * members that c does not declare: c's simple name, or NULL. */
const char *builtin_owner_of(ClassDecl *c);

/* ----------------------------------------------------------------- lower.c */

/* ast_walk.c: visit(child, ctx) for each of n's sub-nodes (operands,
 * statements, declarators' initialisers, switch cases' statements, catch
 * bodies), in that order; NULL ones skipped */
void ast_each_child(Node *n, void (*visit)(Node *child, void *ctx), void *ctx);

/* clinit.c: sets ClassDecl.lazy_init of the classes initialised when
 * first used (JLS 12.4.1); requires the program's own classes checked
 * (check_program calls it, before the library's bodies are reached) */
void clinit_plan(Program *prog);

/* npe.c: the JVM's helpful NullPointerException messages (Node.npe_msg)
 * of the user's code; requires a checked program, before lower_program */
void npe_messages(Program *prog);

IrProgram *lower_program(Program *prog);   /* requires a checked program */
#endif
