/* ast.h: the checked program as every stage sees it: tokens and their
 * kinds (lexer.c), the Type universe (types.c), the syntax tree with its
 * classes, methods, fields and stream graphs (parser.c builds it, check.c
 * resolves and types it), and the Java library table (builtins.c).
 *
 * The IR (ir.h) refers to this program's types, classes, fields and
 * library members by pointer; it never walks the syntax tree's nodes. */
#ifndef LIME_AST_H
#define LIME_AST_H

#include "base.h"

/* --------------------------------------------------------------- lexer.c */

/* Every token kind: X(NAME, spelling).  Keywords are the reserved words of
 * Java 17.  Lime's `value`, `local` and `task` are contextual: they lex as
 * identifiers so that Java programs using them as names stay valid; the
 * parser recognises them where they can start a Lime construct. */
#define TOKEN_KINDS(X)                                            \
    X(EOF, "end of file") X(IDENT, "identifier")                  \
    X(ERROR, "<error>")                                           \
    X(INT_LIT, "integer literal") X(LONG_LIT, "long literal")     \
    X(FLOAT_LIT, "float literal") X(DOUBLE_LIT, "double literal") \
    X(CHAR_LIT, "character literal") X(STRING_LIT, "string literal") \
    X(TEXT_BLOCK, "text block")                                   \
    X(KW_ABSTRACT, "abstract") X(KW_ASSERT, "assert")             \
    X(KW_BOOLEAN, "boolean") X(KW_BREAK, "break") X(KW_BYTE, "byte") \
    X(KW_CASE, "case") X(KW_CATCH, "catch") X(KW_CHAR, "char")    \
    X(KW_CLASS, "class") X(KW_CONST, "const") X(KW_CONTINUE, "continue") \
    X(KW_DEFAULT, "default") X(KW_DO, "do") X(KW_DOUBLE, "double") \
    X(KW_ELSE, "else") X(KW_ENUM, "enum") X(KW_EXTENDS, "extends") \
    X(KW_FINAL, "final") X(KW_FINALLY, "finally") X(KW_FLOAT, "float") \
    X(KW_FOR, "for") X(KW_GOTO, "goto") X(KW_IF, "if")            \
    X(KW_IMPLEMENTS, "implements") X(KW_IMPORT, "import")         \
    X(KW_INSTANCEOF, "instanceof") X(KW_INT, "int")               \
    X(KW_INTERFACE, "interface") X(KW_LONG, "long") X(KW_NATIVE, "native") \
    X(KW_NEW, "new") X(KW_PACKAGE, "package") X(KW_PRIVATE, "private") \
    X(KW_PROTECTED, "protected") X(KW_PUBLIC, "public")           \
    X(KW_RETURN, "return") X(KW_SHORT, "short") X(KW_STATIC, "static") \
    X(KW_STRICTFP, "strictfp") X(KW_SUPER, "super") X(KW_SWITCH, "switch") \
    X(KW_SYNCHRONIZED, "synchronized") X(KW_THIS, "this")         \
    X(KW_THROW, "throw") X(KW_THROWS, "throws") X(KW_TRANSIENT, "transient") \
    X(KW_TRY, "try") X(KW_VOID, "void") X(KW_VOLATILE, "volatile") \
    X(KW_WHILE, "while") X(KW_TRUE, "true") X(KW_FALSE, "false")  \
    X(KW_NULL, "null")                                            \
    X(LPAREN, "(") X(RPAREN, ")") X(LBRACE, "{") X(RBRACE, "}")   \
    X(LBRACKET, "[") X(RBRACKET, "]") X(LBRACKET2, "[[")          \
    X(SEMI, ";") X(COMMA, ",") X(DOT, ".") X(ELLIPSIS, "...")     \
    X(AT, "@") X(COLONCOLON, "::") X(ARROW, "->") X(FATARROW, "=>") \
    X(ASSIGN, "=") X(GT, ">") X(LT, "<") X(BANG, "!") X(TILDE, "~") \
    X(QUESTION, "?") X(COLON, ":") X(EQ, "==") X(LE, "<=") X(GE, ">=") \
    X(NE, "!=") X(ANDAND, "&&") X(OROR, "||") X(INC, "++") X(DEC, "--") \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(AMP, "&") \
    X(BAR, "|") X(CARET, "^") X(PERCENT, "%") X(SHL, "<<") X(SHR, ">>") \
    X(USHR, ">>>") X(PLUS_ASSIGN, "+=") X(MINUS_ASSIGN, "-=")     \
    X(STAR_ASSIGN, "*=") X(SLASH_ASSIGN, "/=") X(AMP_ASSIGN, "&=") \
    X(BAR_ASSIGN, "|=") X(CARET_ASSIGN, "^=") X(PERCENT_ASSIGN, "%=") \
    X(SHL_ASSIGN, "<<=") X(SHR_ASSIGN, ">>=") X(USHR_ASSIGN, ">>>=")

typedef enum TokenKind {
#define X(name, spelling) TK_##name,
    TOKEN_KINDS(X)
#undef X
    TK_COUNT
} TokenKind;

const char *token_kind_spelling(TokenKind k);

/* Note: "]]" is never one token (Java's a[b[i]] needs two); the parser
 * reads two adjacent "]" where Lime's value-array syntax needs "]]". */
typedef struct Token {
    TokenKind kind;
    Loc loc;
    const char *start;     /* points into the source text */
    int len;               /* length of the token's text */
    /* Literal payloads, filled by the lexer: */
    uint64_t ival;         /* INT_LIT/LONG_LIT/CHAR_LIT magnitude (no sign) */
    bool too_large;        /* the literal's magnitude does not fit 64 bits */
    bool is_decimal;       /* INT_LIT/LONG_LIT written in decimal (matters for range) */
    double fval;           /* FLOAT_LIT (already rounded to float) / DOUBLE_LIT */
    const char *sval;      /* STRING_LIT: decoded UTF-8 (NUL bytes allowed: use slen; lone surrogates as 3 bytes);
                            * ERROR: the lexical error's message (javac's wording), loc where it is
                            * reported, len 0; NULL for the erroneous text's own ERROR token */
    int slen;              /* STRING_LIT: length of sval in bytes */
    const char *ident;     /* IDENT: interned NUL-terminated name */
} Token;

/* Tokenises a whole file.  The array ends with one TK_EOF token.  A lexical
 * error does not stop it: the error becomes a TK_ERROR token carrying the
 * message (reported by the parser when it reaches it, or by
 * report_lex_errors), followed by a TK_ERROR token over the erroneous text,
 * and lexing goes on where javac's does.  Never returns NULL. */
Token *tokenize(SourceFile *file, int *count);
const char *intern(const char *s, int len);    /* same text -> same pointer */
/* Reports the lexical errors among toks[0..n); false if there was one. */
bool report_lex_errors(const Token *toks, int n);

/* ---------------------------------------------------------------- types.c */

typedef enum TypeKind {
    TY_VOID, TY_BOOLEAN, TY_BYTE, TY_SHORT, TY_CHAR, TY_INT, TY_LONG,
    TY_FLOAT, TY_DOUBLE,
    TY_NULL,        /* the type of `null` */
    TY_STRING,      /* java.lang.String */
    TY_OBJECT,      /* java.lang.Object (only as a library parameter type) */
    TY_CLASS,       /* a user class */
    TY_ARRAY,       /* T[] */
    TY_VALUE_ARRAY, /* T[[]] (fixed_len < 0) or T[[N]] */
    TY_GRAPH,       /* a stream graph (Lime 2.6); graph says what it is */
    TY_TYPEVAR,     /* a type variable T of a generic class or method: tparam; erased to bound */
    TY_WILDCARD,    /* a type argument `?`, `? extends B`, `? super B` (only inside C<...>) */
    TY_BITS,        /* Lime's bit (width 1) and bit[[N]] (width N, 1..64): fixed_len is the width;
                       erased to int (N <= 32) or long, its bits above N always zero (src/bits.c) */
    TY_ERROR,       /* after an error: compatible with everything, no cascades */
} TypeKind;

typedef struct ClassDecl ClassDecl;
typedef struct MethodDecl MethodDecl;
typedef struct Type Type;
typedef struct Graph Graph;
struct Type {
    TypeKind kind;
    Type *elem;            /* TY_ARRAY, TY_VALUE_ARRAY; TY_GRAPH: the item type it outputs */
    ClassDecl *cls;        /* TY_CLASS */
    int fixed_len;         /* TY_VALUE_ARRAY: N of T[[N]], or -1; TY_BITS: the width N */
    Graph *graph;          /* TY_GRAPH (not interned: one type per graph expression) */
    Type *array_of;        /* cache: the type T[] for this T (types are interned) */
    Type *value_arrays;    /* cache: chain of T[[]] / T[[N]] types of this T */
    Type *next_value_array;/* the chain's link */
    /* generics (erased before the IR: erase()) */
    Type **targs;          /* TY_CLASS C<A, B>: its type arguments (ntargs; 0: C itself, raw), a
                              wildcard one a TY_WILDCARD (members read it as wildcard_upper) */
    int ntargs;
    Type *parameterized;   /* on C's raw type: the chain of C<...> types made; on those: the link */
    struct TypeParam *tparam; /* TY_TYPEVAR */
    Type *bound;           /* TY_TYPEVAR: its first bound (ty_object when none); TY_WILDCARD: B, NULL for `?` */
    bool is_super;         /* TY_WILDCARD: `? super B` */
    Type *wildcards[2];    /* cache: `? extends T` and `? super T` of this T */
};

/* ty_lambda: the type of a lambda or method reference argument until
 * overload resolution gives it its parameter's type (check.c) */
extern Type *ty_lambda;
extern Type *ty_void, *ty_boolean, *ty_byte, *ty_short, *ty_char, *ty_int,
    *ty_long, *ty_float, *ty_double, *ty_null, *ty_string, *ty_object, *ty_error;
Type *array_of(Type *elem);            /* interned: same elem -> same pointer */
Type *class_type(ClassDecl *cls);      /* interned per class */
/* C<args>: interned per class and argument list (n 0: class_type(cls)) */
Type *class_type_args(ClassDecl *cls, Type **args, int n);
/* Whether a value of type `from`, already known convertible to `to` by
 * erasure (is_method_convertible), is convertible with its type arguments
 * (JLS 4.10.2, 4.5.1: each contained in to's, wildcards included); raw
 * types on either side are (unchecked conversion, 5.1.9). */
bool type_args_convertible(Type *from, Type *to);
Type *type_var(struct TypeParam *tp);  /* a new TY_TYPEVAR (bound set by the checker) */
/* `? extends bound` or `? super bound` (interned); bound NULL: `?` */
Type *wildcard(Type *bound, bool is_super);
/* A type argument as a value of it reads (JLS 5.1.10, simplified capture):
 * a wildcard's upper bound, declared (the type parameter's bound) for `?`
 * and `? super B`; other types as they are. */
Type *wildcard_upper(Type *arg, Type *declared);
/* The function type's parameterization of a functional interface type
 * (JLS 9.9): each `? extends B` and `? super B` by B, `?` by declared
 * bound of its type parameter. */
Type *non_wildcard(Type *t);
/* The type the JVM sees (JLS 4.6): type variables by their bounds'
 * erasure, C<A> by C, arrays of them accordingly. */
Type *erase(Type *t);
/* t with each type variable params[i] replaced by args[i] (n of them). */
Type *subst(Type *t, struct TypeParam **params, Type **args, int n);
Type *value_array_of(Type *elem, int fixed_len);  /* interned; fixed_len -1: T[[]] */
bool is_value_type(Type *t);           /* a value class or a value array */
/* ---- bit and bit[[N]] (LANGUAGE.md 2.8; src/bits.c) */
enum { BITS_MAX_WIDTH = 64 };
Type *bits_type(int width);            /* interned; width 1..BITS_MAX_WIDTH (1: `bit`) */
bool is_bits(Type *t);
int bits_width(Type *t);
Type *bits_container(Type *t);         /* the erased type holding it: int (N <= 32) or long */
uint64_t bits_mask(int width);         /* the low `width` bits set */
int integral_width(Type *t);           /* byte 8, short and char 16, int 32, long 64 */
bool is_any_array(Type *t);            /* T[] or T[[]] */
bool is_integral(Type *t);             /* byte short char int long */
bool is_numeric(Type *t);              /* integral, float, double */
bool is_primitive(Type *t);            /* numeric or boolean */
bool is_reference(Type *t);            /* null, String, Object, class, array */
const char *type_name(Type *t);        /* Java spelling: "int[][]", "String", "Outer.Inner" */
const char *type_user_name(Type *t);   /* as in javac's messages: "Inner" for Outer.Inner */
const char *class_full_name(ClassDecl *c); /* with its package: "p.Outer.Inner" (symbols, messages) */
/* A short code used in mangled names and the IR: "i32", "f64", "ref Foo"... */
const char *type_ir_name(Type *t);
Type *binary_promote(Type *a, Type *b);    /* JLS 5.6.2; NULL if not numeric */
Type *unary_promote(Type *a);              /* JLS 5.6.1 */
bool is_widening_primitive(Type *from, Type *to);  /* JLS 5.1.2 (identity excluded) */
/* Method invocation conversion (JLS 5.3 without boxing): identity, widening
 * primitive, widening reference (null to any reference, anything to Object). */
bool is_method_convertible(Type *from, Type *to);
/* java.lang.Comparable<...> or CharSequence: the interfaces String
 * implements (it has no class descriptor: the backend picks String's
 * member for a String receiver) */
bool is_string_interface(Type *t);
/* a is b, a subclass of b, or implements b (classes.c) */
bool class_is_subtype(ClassDecl *a, ClassDecl *b);
/* the program's classes, and the library's that it reaches (classes.c) */
bool class_is_compiled(ClassDecl *c);
/* The method objects of class c run for interface method im, or NULL. */
MethodDecl *class_implementation(ClassDecl *c, MethodDecl *im);
/* The one abstract method of functional interface c (JLS 9.8; Object's
 * public methods aside), or NULL when c is not one. */
MethodDecl *class_functional_method(ClassDecl *c, ClassDecl *object_class);

/* A compile-time constant value (JLS 15.29). */
typedef struct ConstVal {
    Type *ty;              /* NULL: not a constant */
    int64_t i;             /* boolean, byte, short, char, int, long */
    double f;              /* float (rounded), double */
    const char *s;         /* String: UTF-8 bytes */
    int slen;
} ConstVal;
/* An integral constant's own bits as a bit[[width]] (zero-extended or
 * truncated), and whether that loses none of them (src/bits.c). */
uint64_t bits_const_value(ConstVal c, int width);
bool bits_const_fits(ConstVal c, int width);

/* ---------------------------------------------------------------- AST */

typedef enum NodeKind {
    /* expressions */
    ND_LITERAL,     /* lit (tok kind), negated_literal: directly under unary '-' */
    ND_NAME,        /* name: a simple identifier, resolved by the checker */
    ND_FIELD,       /* lhs.name: field access, qualified name, a.length */
    ND_CALL,        /* [lhs.]name(args) */
    ND_NEW,         /* new TypeNode(args) */
    ND_NEW_ARRAY,   /* new T[d1][d2][]...: type_node=elem T, args=dims, extra_dims, or init */
    ND_ARRAY_INIT,  /* { a, b, c } (in a declaration or after new T[]) */
    ND_INDEX,       /* lhs[rhs]; on a bit[[N]]: one bit, or with `then` the slice lhs[rhs:then] */
    ND_UNARY,       /* op (TK_PLUS TK_MINUS TK_BANG TK_TILDE) lhs */
    ND_PREINC, ND_PREDEC, ND_POSTINC, ND_POSTDEC,   /* lhs */
    ND_BINARY,      /* lhs op rhs: arithmetic, bitwise, shifts, comparisons, && || */
    ND_ASSIGN,      /* lhs op rhs; op = TK_ASSIGN or a compound TK_*_ASSIGN */
    ND_COND,        /* cond ? then : els */
    ND_CAST,        /* (type_node) lhs; (type_node & args...) lhs: an intersection cast (the checker nests it) */
    ND_THIS,
    ND_SUPER,       /* `super` as the receiver of super.m(...) or super.f */
    ND_INSTANCEOF,  /* lhs instanceof type_node [pattern_var] */
    ND_CLASS_LIT,   /* type_node.class: the type's java.lang.Class (a class, interface, enum, String, Object) */
    ND_CONV,        /* inserted by the checker: implicit conversion of lhs to ty */
    /* Lime extensions */
    ND_MAP_ARG,     /* @ lhs: an argument mapped over (in a call's args) */
    ND_REDUCE,      /* op ! rhs (op a TokenKind) or lhs ! rhs (lhs names a method) */
    ND_TASK,        /* task lhs: lhs is C.m, m, or (new C(args)).m as ND_FIELD */
    ND_CONNECT,     /* lhs => rhs: rhs an ND_TASK */
    ND_NEW_VALUE_ARRAY, /* new T[[]](lhs): frozen copy of lhs; new T[[rhs]]: zeros */
    /* statements */
    ND_BLOCK,       /* { stmts } */
    ND_VARDECL,     /* vars (LocalVar*) with their inits (LocalVar.init) */
    ND_EXPR_STMT,   /* lhs; */
    ND_IF,          /* if (cond) then else els */
    ND_WHILE,       /* while (cond) body */
    ND_DO,          /* do body while (cond) */
    ND_FOR,         /* for (init; cond; update) body: init/update are stmt lists */
    ND_FOREACH,     /* for (var : lhs) body: foreach_var */
    ND_BREAK,       /* break [label]; target set by the checker */
    ND_CONTINUE,    /* continue [label]; target set by the checker */
    ND_RETURN,      /* return [lhs]; */
    ND_SWITCH,      /* switch (lhs) { cases } */
    ND_LABELED,     /* label: body */
    ND_EMPTY,       /* ; */
    ND_LOCAL_CLASS, /* a local class declaration: anon is the class */
    ND_THROW,       /* throw lhs; */
    ND_TRY,         /* try body catches [finally finally_blk] */
    ND_SWITCH_EXPR, /* a switch expression: as ND_SWITCH (lhs, cases), its value yielded */
    ND_LAMBDA,      /* vars (LocalVar* params, type_node NULL when inferred) -> lhs (expression) or body (block) */
    ND_METHOD_REF,  /* lhs :: name ("new" for a constructor), targs the explicit ones (C::<A>m) */
    ND_YIELD,       /* yield lhs; (target: its switch expression) */
    ND_ASSERT,      /* assert cond [: lhs]; lhs: the detail, made a String (String.valueOf) by the checker */
    ND_SYNCHRONIZED,/* synchronized (lhs) body: the checker makes it a block (no other stage sees it) */
    /* syntactic types */
    ND_TYPE,        /* prim (TypeKind) or qualified name; dims; resolved to ty */
    ND_COUNT
} NodeKind;

typedef struct Node Node;
typedef struct LocalVar LocalVar;

/* One array dimension of a syntactic type, innermost (first written) first. */
typedef struct DimSpec {
    bool is_value;         /* [[ ]] */
    Node *len;             /* [[N]]: the length expression, else NULL */
} DimSpec;
typedef struct FieldDecl FieldDecl;
typedef struct MethodDecl MethodDecl;
typedef struct Builtin Builtin;

/* One `case`/`default` group of a switch: labels then statements. */
/* One `catch (T1 | T2 var) body` of a try statement. */
typedef struct CatchClause {
    Loc loc;
    Vec types;             /* ND_TYPE nodes (several for a multi-catch) */
    LocalVar *var;
    Node *body;            /* ND_BLOCK */
} CatchClause;

typedef struct SwitchCase {
    Loc loc;
    Vec labels;            /* Node* expressions; empty with is_default */
    bool is_default;
    Vec stmts;             /* Node* */
    ConstVal *label_values;/* checker: one per label */
} SwitchCase;

struct Node {
    NodeKind kind;
    Loc loc;               /* of the token that best identifies the node */
    Type *ty;              /* checker: type of an expression, or resolved ND_TYPE */

    /* operands (meaning by kind, see NodeKind) */
    Node *lhs, *rhs;
    Node *cond, *then, *els, *body;
    Node *type_node;
    Vec args;              /* call arguments, array dims, array-init elements */
    Vec thrown;            /* ND_CALL, ND_NEW: the callee's throws clause (Type*) at this call, its type
                              variables replaced (checker; empty: the clause names none) */
    Vec stmts;             /* block statements; for init (Node*) */
    Vec update;            /* for update (Node*) */
    Vec vars;              /* ND_VARDECL: LocalVar* */
    Vec cases;             /* ND_SWITCH: SwitchCase* */
    Vec catches;           /* ND_TRY: CatchClause* */
    Node *finally_blk;     /* ND_TRY: the finally block, or NULL */
    LocalVar *pattern_var; /* ND_INSTANCEOF: `x instanceof T t` binds t */
    ClassDecl *anon;       /* ND_NEW: `new T(args) { body }`: the anonymous class; ND_LOCAL_CLASS: the class */
    ClassDecl *local_cls;  /* parser: the local class in scope that an ND_NAME or an ND_TYPE's first name
                              may denote (JLS 6.3; local classes are found by no other lookup) */
    int outer_hops;        /* checker: ND_NAME/ND_CALL/ND_THIS reaching an enclosing class's member:
                              how many outer instances (this$0) from `this` */
    TokenKind op;          /* operator for unary/binary/assign */
    const char *name;      /* ND_NAME, ND_FIELD, ND_CALL, ND_LABELED, break/continue label */
    Token *lit;            /* ND_LITERAL */
    bool negated_literal;  /* ND_LITERAL directly under unary minus */
    bool parenthesized;    /* written in parentheses (for "not a statement" etc.) */
    bool implicit;         /* made by the parser (the break ending a `case ->` rule): never "unreachable" */
    int extra_dims;        /* ND_NEW_ARRAY: trailing [] without size */
    LocalVar *foreach_var; /* ND_FOREACH */

    /* ND_TYPE */
    TypeKind prim;         /* a primitive or TY_VOID, or TY_CLASS for a name */
    Vec qual;              /* const char* parts of a (qualified) class name */
    int dims;              /* number of [] (or [[ ]]) after the element type */
    Vec vdims;             /* DimSpec*, one per dimension when any is a value array
                              (empty: every dimension is a mutable []) */
    bool is_var;           /* `var` */
    Vec targs;             /* type arguments of the last name part: ND_TYPE; ND_CALL: explicit ones (x.<A>m(), C.<T>m()) */
    bool diamond;          /* `<>` */
    int wildcard;          /* a type argument `?` (WILD_ANY), `? extends B`, `? super B` (bound: lhs) */

    /* filled by the checker */
    ConstVal cval;         /* cval.ty != NULL: the expression is a compile-time constant */
    LocalVar *var;         /* ND_NAME referring to a local or parameter */
    FieldDecl *field;      /* ND_NAME/ND_FIELD referring to a field */
    MethodDecl *method;    /* ND_CALL / ND_NEW: the chosen method or constructor */
    const Builtin *builtin;/* ND_CALL/ND_FIELD: a library member */
    ClassDecl *cls;        /* ND_NAME/ND_FIELD naming a class (not a value) */
    Node *target;          /* break/continue: the statement they leave or continue */
    bool is_array_length;  /* ND_FIELD: a.length */
    bool is_static_ref;    /* ND_CALL/ND_FIELD through a class name */
    Type *op_type;         /* ND_BINARY/ND_ASSIGN/inc/dec: the promoted operation type */
    const char *lib_owner; /* ND_NAME/ND_FIELD naming a library class: "Math", "System.out" */
    const char *pkg;       /* ND_NAME/ND_FIELD naming a package (a prefix of a qualified name): "java.lang" */
    bool is_map;           /* ND_CALL with @ arguments: a map task */
    int lime_op;           /* ND_CALL on a value array / graph / Lime: one of LIME_OP_* */
    Loc end_loc;           /* ND_BLOCK: the closing brace (for "missing return statement") */
    /* npe.c: the JVM's helpful NullPointerException message for the null
     * check this node's evaluation makes (NULL: none, the exception's
     * message is null); monitor_check: the check of a synchronized
     * statement's lock (the checker's ND_CALL of LimeMonitors.enter(lock),
     * or of lock.getClass() in a local method) */
    const char *npe_msg;
    const char *npe_elem_msg;  /* ND_FOREACH over an array of wrappers into a primitive: each element's unboxing */
    bool monitor_check;
    /* checker: a String instance member called as a static member of
     * LimeStrings or LimeRegex, the receiver its first argument: the
     * member's name and how many arguments it had (string_member NULL: not one) */
    const char *string_member;
    int string_member_args;
};

enum { WILD_NONE, WILD_ANY, WILD_EXTENDS, WILD_SUPER };

/* A type parameter <T extends B1 & B2> of a class or a method. */
typedef struct TypeParam {
    const char *name;
    Loc loc;
    Vec bounds;            /* ND_TYPE */
    struct Type *type;     /* checker: its TY_TYPEVAR */
} TypeParam;

/* A local variable of an enclosing method that an inner class's code uses:
 * a copy in a field of the object, set when the object is made from
 * `source` (the variable as the creating code sees it). */
typedef struct Capture {
    struct LocalVar *var;
    struct FieldDecl *field;
    struct Node *source;
    bool check_null;       /* the receiver of a method reference expr::m: NullPointerException when null */
} Capture;

/* A local variable or parameter. */
struct LocalVar {
    const char *name;
    Loc loc;
    Node *type_node;       /* ND_TYPE; for `var` one with is_var (ty comes from init) */
    Type *ty;
    Node *init;            /* declarator initialiser, or NULL */
    bool is_final;
    bool is_param;
    bool is_pattern;       /* bound by `x instanceof T name` */
    int index;             /* checker: index in the method's list of locals */
    ConstVal cval;         /* a final local with a constant initialiser */
    struct IrLocal *ir;    /* lower: its IR local in the function being lowered */
    /* npe.c: the JVM's name for it in a NullPointerException's message:
     * jparam N > 0 "<parameterN>", else jslot S > 0 "<local{S-1}>" (javac's
     * slot), else none */
    int jslot, jparam;
};

enum {
    MOD_PUBLIC = 1 << 0, MOD_PRIVATE = 1 << 1, MOD_PROTECTED = 1 << 2,
    MOD_STATIC = 1 << 3, MOD_FINAL = 1 << 4, MOD_ABSTRACT = 1 << 5,
    MOD_NATIVE = 1 << 6, MOD_SYNCHRONIZED = 1 << 7, MOD_TRANSIENT = 1 << 8,
    MOD_VOLATILE = 1 << 9, MOD_STRICTFP = 1 << 10, MOD_DEFAULT = 1 << 11,
    MOD_LOCAL = 1 << 12,   /* Lime: isolated method */
    MOD_SEALED = 1 << 13, MOD_NON_SEALED = 1 << 14, /* contextual: `sealed`, `non-sealed` (JLS 8.1.1.2) */
};

struct FieldDecl {
    const char *name;
    Loc loc;
    int mods;
    Node *type_node;
    Type *ty;
    Node *init;            /* or NULL */
    ClassDecl *owner;
    int index;             /* position among the owner's instance (or static) fields */
    ConstVal cval;         /* static final with constant initialiser (constant variable) */
    int const_state;       /* checker: 0 unvisited, 1 in progress, 2 done */
};

struct MethodDecl {
    const char *name;      /* "<init>" for constructors */
    Loc loc;
    int mods;
    bool is_ctor;
    Node *ret_node;        /* NULL for constructors */
    Type *ret;
    Vec params;            /* LocalVar* */
    Node *body;            /* ND_BLOCK, or NULL when declared without a body */
    ClassDecl *owner;
    Vec locals;            /* checker: every LocalVar of the body, params first */
    const char *sig;       /* checker: "f(int,String[])" for messages */
    const char *mangled;   /* checker: unique symbol, e.g. "Hello.square(int)", "p.Hello.square(int)" in package p */
    Loc override_loc;      /* of an @Override annotation (line 0: none) */
    struct IrFunc *ir;     /* lower: its IR function */
    Vec throws;            /* ND_TYPE of its throws clause */
    Vec type_params;       /* TypeParam* of a generic method */
    bool is_varargs;       /* its last parameter is T... (a T[]) */
    /* checker: a lambda's method whose return type is inferred from its
     * body (JLS 18.2.1): ret is NULL until then; its return statements */
    bool infers_ret;
    Vec ret_stmts;
    /* checker: dispatch.  vslot: its slot in the vtable of its class and of
     * every subclass (-1: static, private, a constructor, or an interface's
     * abstract method); iface_slot: an interface method's selector (-1: none);
     * overridden: some subclass (or implementing class) overrides it, so a
     * call must dispatch; overrides: the method it overrides, if any. */
    int vslot;
    int iface_slot;
    bool overridden;
    MethodDecl *overrides;
    /* a method of a value class's box (boxing.c), made by the checker: it
     * calls bridge_to, the value class's method, on the boxed value
     * (bridge_to NULL: the box's equals or hashCode, by value) */
    bool is_bridge;
    MethodDecl *bridge_to;
    /* a library method that makes a stream (check.c's on_call_only) is
     * checked and compiled only once a call reaches it (so Collection.stream()
     * brings java.util.stream only into programs that call it): until then
     * its body is here, and body is NULL (its IR function is abstract) */
    Node *unreached_body;
    bool reached;          /* checker: a call names it */
};

/* A static initialiser block `static { ... }` keeps its place among the
 * static field initialisers; both run in textual order before main. */
typedef struct StaticInit {
    FieldDecl *field;      /* either a field with an initialiser */
    Node *block;           /* or a static block */
} StaticInit;

typedef struct CompUnit CompUnit;

struct ClassDecl {
    const char *name;      /* simple name */
    const char *qualname;  /* "Outer.Inner": the name within its package */
    const char *package;   /* "a.b", or NULL: the unnamed package; the binary name is package.Outer$Inner */
    CompUnit *unit;        /* the file it is declared in (its imports) */
    Loc loc;
    int mods;
    bool is_value;         /* Lime `value class` */
    /* a value class's box (boxing.c): the class of its values converted to
     * a reference, objects holding one value, named as the value class;
     * boxed: the value class of a box */
    ClassDecl *box, *boxed;
    ClassDecl *outer;      /* enclosing class of a static nested class */
    Vec fields;            /* FieldDecl* (static and instance, in source order) */
    Vec methods;           /* MethodDecl* (not constructors) */
    NameMap methods_by_name; /* classes.c: methods' names -> Vec* of them, in order (the first
                                 methods_indexed of methods; appended to as methods grows) */
    int methods_indexed;
    Vec ctors;             /* MethodDecl* */
    Vec nested;            /* ClassDecl* */
    Vec static_inits;      /* StaticInit*, in textual order */
    Vec instance_inits;    /* Node* instance initialiser blocks `{ ... }` */
    Type *type;
    int ninstance_fields;  /* including the inherited ones (they come first) */
    /* inheritance (checker): super is NULL for java.lang.Object itself; every
     * other class has one (Object when there is no `extends`) */
    bool is_interface;
    bool is_enum;          /* an enum: its constants in enum_constants (FieldDecl*, by ordinal) */
    bool is_record;        /* a record: its members made by the parser */
    Node *compact_ctor;    /* a record's compact canonical constructor body, or NULL */
    Loc compact_loc;
    /* an inner class (JLS 8.1.3): a member class that is not static, or an
     * anonymous class; its objects have an outer instance (outer_this, a
     * field) when made in an instance context, and copies of the local
     * variables its code uses (captures: Capture*) */
    bool is_inner;
    bool is_anonymous;
    bool is_local;         /* a class declared in a method body (its code checked there) */
    bool is_lambda;        /* an anonymous class made of a lambda or method reference */
    bool is_enum_body;     /* an anonymous class that is an enum constant's class body (its outer: the enum) */
    MethodDecl *decl_method; /* a local, anonymous or lambda class: the method whose code declares it (its
                              type parameters are in scope), or NULL (an initialiser's code) */
    int anon_count;        /* anonymous classes this class's code makes, numbered so far (Outer$1, ...) */
    int lambda_count;      /* a top-level class: its lambdas numbered so far */
    /* a lambda (not a method reference): its body's frame as the JVM names
     * it, the synthetic method javac makes in lambda_host ("lambda$main$0":
     * the enclosing method, "new" or "static", and the host's count of
     * lambdas so far, inner ones numbered before the ones they are in) */
    const char *lambda_method;
    const char *lambda_in; /* the method part, known as the lambda is made */
    ClassDecl *lambda_host;
    int lambda_frames;     /* a host class: lambda bodies named so far */
    FieldDecl *outer_this; /* checker: this$0, or NULL (made in a static context) */
    Vec captures;
    bool bodies_checked;   /* checker: an anonymous class is checked where it is made */
    Vec type_params;       /* TypeParam* of a generic class or interface */
    Vec enum_constants;
    Vec permits_nodes;     /* ND_TYPE: the `permits` clause of a sealed class or interface */
    Vec permitted;         /* checker: a sealed class's permitted direct subclasses (ClassDecl*), those
                              permits names or, without it, those of its file that extend it */
    Node *super_node;      /* `extends T` of a class, or NULL */
    Vec iface_nodes;       /* ND_TYPE: `implements` of a class, `extends` of an interface */
    ClassDecl *super;
    Vec ifaces;            /* ClassDecl*: the direct superinterfaces */
    Type *super_type;      /* super as written, with its type arguments (NULL: Object) */
    Vec iface_types;       /* Type*: ifaces as written, with their type arguments */
    Vec vtable;            /* MethodDecl*: the virtual methods by vslot (inherited ones too) */
    int hier_state;        /* checker: 0 not laid out, 1 in progress, 2 done */
    /* the library written in Java (lib/; its package: `package`); used:
     * reachable from the program, so lowered and compiled */
    bool is_library;
    bool used;
    /* clinit.c: initialised when first used (JLS 12.4.1), not at startup;
     * lower.c: init_state (0 not begun, 1 begun, 2 done, -1 failed) and the function
     * that runs its static initialisers */
    bool lazy_init;
    FieldDecl *init_state;
    FieldDecl *init_failure;   /* what its initialisers threw, once state is -1 (failed) */
    struct IrFunc *clinit;
    struct IrFunc *initialise; /* JLS 12.4.2's procedure around clinit (lower.c) */
    struct IrFunc *default_ctor; /* lower: the implicit constructor of a class without one */
};

/* A stream graph (LANGUAGE.md 2.6): a source then filters; the last may be
 * a sink.  A filter pops `pop` items a firing (its parameter T[[pop]] over
 * a stream of T; else 1) and pushes `push` (its result R[[push]]; else 1).
 * Each `=>` makes a new Graph (the graph so far plus one filter). */
typedef enum TaskKind {
    TASK_MAP, TASK_REDUCE, TASK_FILTER, TASK_STATEFUL_FILTER, TASK_SINK,
    TASK_STREAM,           /* a graph's filters before its sink, as one task (a device may run it whole) */
} TaskKind;

typedef struct GraphFilter {
    TaskKind kind;         /* FILTER, STATEFUL_FILTER or SINK */
    MethodDecl *method;
    Node *task;            /* the ND_TASK (its location, and for a stateful filter the `new`) */
    Type *in, *out;        /* item types (T of T[[N]]); out is void for a sink */
    int state_index;       /* STATEFUL_FILTER: its object's slot in the graph value (1..) */
    int pop, push;         /* items a firing takes and gives (>= 1; push 0 for a sink) */
    bool pops_array;       /* its parameter is T[[pop]] (T[[1]] too: a multi-rate filter of rate one);
                            * always so when pop != 1 */
    bool pushes_array;     /* its result is R[[push]]; always so when a filter's push != 1 */
} GraphFilter;

struct Graph {
    int id;
    Loc loc;               /* of source() */
    Type *source_elem;
    Vec filters;           /* GraphFilter* */
    bool multirate;        /* some filter pops or pushes more than one item a firing, or its items as a
                            * value array (T[[1]]) */
    long long *reps;       /* per filter: its firings in a steady-state period, the smallest
                            * with reps[i]*push[i] == reps[i+1]*pop[i+1] (all 1: rate one) */
    int nstateful;
    bool ends_in_sink;
    Type *type;            /* the TY_GRAPH type of this graph */
    Vec runs;              /* lower: IrTask* maps, one per maximal run of neighbouring stateless
                            * filters, in graph order (graph_pos: its first filter, nchain: how many) */
    struct IrTask *stream; /* lower: its filters before the sink as one TASK_STREAM (NULL: none) */
};

/* import [static] a.b.C[.m|.*];  resolved by the checker (check.c, with
 * the library's classes from builtins.c). */
typedef struct Import {
    Loc loc;               /* of `import` */
    Loc name_loc;          /* of the first identifier */
    Vec parts;             /* const char*: the identifiers, without `.*` */
    Vec dot_locs;          /* Loc*: of the '.' before each part (parts[0]: its own location) */
    bool is_static;
    bool on_demand;        /* ends in `.*` */
    /* checker: what it names */
    ClassDecl *cls;        /* a user class (single-type, or the class of a static import) */
    const char *lib;       /* a library class ("Math"; "System" ...), or NULL */
    ClassDecl *wrapper;    /* lib's class in lib/ (Integer.java), whose static methods the table lacks, or NULL */
    const char *pkg;       /* on-demand: the package ("a.b") */
    const char *jdk_only;  /* single-type: a class of the JDK that Lime's library lacks ("java.awt.Color"), accepted
                            * as javac accepts it; a use of its simple name is the error (ok stays false) */
    bool ok;               /* resolved without error */
} Import;

/* A compilation unit: one source file's package and imports. */
struct CompUnit {
    SourceFile *file;
    const char *package;   /* "a.b", or NULL */
    Vec imports;           /* Import* */
};

/* The whole program: every file given on the command line. */
enum { LIME_OP_NONE, LIME_OP_RANGE, LIME_OP_TO_ARRAY, LIME_OP_SOURCE, LIME_OP_COLLECT, LIME_OP_FINISH,
       LIME_OP_ROTL, LIME_OP_ROTR, LIME_OP_CONCAT,  /* these three: on a bit[[N]] receiver */
       LIME_OP_RANGE2 };  /* Lime.range2(w, h): only as a map operand, where it is two (x then y) */

typedef struct Program {
    Vec files;             /* SourceFile* */
    Vec graphs;            /* Graph* made by the checker */
    Vec top_classes;       /* ClassDecl* top-level, in order */
    Vec classes;           /* every ClassDecl, nested ones after their outer class */
    Vec units;             /* CompUnit*, one per file */
    const char *main_choice; /* --main: the class whose main runs (qualified or simple name), or NULL */
    MethodDecl *main;      /* checker: public static void main(String[]) */
    bool parsing_library;  /* parser: the files being parsed are the library's (lib/) */
    ClassDecl *object_class;   /* checker: java.lang.Object (the library's) */
    int niface_slots;      /* checker: interface method selectors handed out */
    bool has_catch;        /* checker: some try statement catches (the runtime's exceptions become objects) */
    bool exports_to_c;     /* driver: --emit=lib, whose C functions catch every exception as a try does */
} Program;

/* ------------------------------------------------------------- builtins.c */

/* A library member of LANGUAGE.md 1.7.  Descriptor letters for types:
 *   V void, Z boolean, B byte, S short, C char, I int, J long, F float,
 *   D double, T String, O Object, [X array of X. */
enum {
    BI_STATIC = 1 << 0,    /* a static method or field (else instance: receiver first) */
    BI_FIELD = 1 << 1,     /* a (constant) field, not a method */
    BI_PURE = 1 << 2,      /* no side effects, no I/O: callable from `local` code */
    BI_VARARGS = 1 << 3,   /* variable arity: the last parameter is T... (an array) */
};
struct Builtin {
    const char *owner;     /* "Math", "Integer", "String", "System.out", ... */
    const char *name;
    const char *ret;       /* descriptor */
    const char *params;    /* concatenated descriptors, e.g. "DD" */
    const char *symbol;    /* runtime symbol, e.g. "lime_math_sqrt" */
    int flags;
    ConstVal cval;         /* BI_FIELD constants: value (ty set by builtins_init) */
};
void builtins_init(void);
bool builtin_owner_exists(const char *owner);         /* "Math", "System.out" ... */
/* All builtins with this owner and name (methods or fields), for overload resolution. */
int builtin_lookup(const char *owner, const char *name, const Builtin **out, int max);
Type *builtin_ret_type(const Builtin *b);
int builtin_param_types(const Builtin *b, Type **out, int max);
/* Math.sqrt on float, F -> F: what (float) Math.sqrt(f) of a float f lowers to. */
const Builtin *builtin_float_sqrt(void);
/* assert (JLS 14.10): whether assertions are enabled (LIME_ASSERT=1), and
 * the throw of AssertionError with a message (T) or none (""). */
const Builtin *builtin_assert_enabled(void);
const Builtin *builtin_assert_fail(bool with_message);

/* The Java library's classes and packages that Lime provides (one table in
 * builtins.c, for imports and qualified names): a class is provided when
 * the table lists it; a package when it lists a class of it.  Returns the
 * name the checker uses for the class (the simple name: "Math"), or NULL. */
const char *library_class(const char *package, const char *name);
const char *builtin_owner_of_class(const char *name);   /* StrictMath: Math */
bool library_package(const char *package, bool prefix);   /* prefix: or a prefix of one ("java") */
/* A class of the JDK's package that Lime knows of and does not provide. */
/* The package of a library class by simple name ("java.lang"), or NULL. */
const char *library_class_package(const char *name);

#endif
