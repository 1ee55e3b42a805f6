/* lower.c: typed AST -> IR.
 *
 * Requires a program that check_program accepted.  Produces one IrFunc per
 * method and constructor (plus an implicit constructor for a class without
 * one, and one <clinit> for all static initialisers in textual order).
 * Guarantees (checked by verify.c): every operand is a temp; every
 * conversion is a CONV; every runtime check is an explicit CHECK_* placed
 * where Java performs it (JLS 15.10.4, 15.13, 15.17.2, 15.26); evaluation
 * is left to right; && || ?: become IF with a result local. */
#include "front.h"

#include <string.h>

typedef struct Target {
    Node *node;            /* loop, switch or labelled statement */
    int label;
} Target;

/* A try statement with a finally block being lowered: a jump out of it
 * (break, continue, return) sets jump_kind and leaves through the block
 * labelled exit_label, so that the finally block runs first; after it,
 * a switch on jump_kind makes the jump (jumps, one per kind, from 1). */
typedef struct FinallyFrame {
    Node *try_node;
    int ntargets;          /* L->targets.len at the try: targets below are outside it */
    int exit_label;
    IrLocal *jump_kind;
    IrLocal *ret_val;      /* the value a return in it returns (NULL: none yet) */
    Vec jumps;             /* PendingJump* */
} FinallyFrame;

typedef struct PendingJump {
    IrOp op;               /* BREAK, CONTINUE or RETURN */
    Node *target;          /* BREAK/CONTINUE: the statement */
    Loc loc;
} PendingJump;

typedef struct Lower {
    IrProgram *p;
    IrFunc *fn;
    IrBlock *blk;          /* where instructions are appended */
    Vec targets;           /* Target* of the function being lowered */
    IrLocal *this_local;   /* `this`: parameter 0, or the value being built in a value constructor */
    bool value_ctor;       /* lowering a value class constructor: it returns `this` */
    Vec finally_frames;    /* FinallyFrame*, innermost last */
    Vec switch_results;    /* SwitchResult*: the switch expressions being lowered */
    const char *unbox_msg; /* the NullPointerException message of the unboxing being lowered (npe.c; set by convert_msg only) */
    /* a call or field read whose value is widened at once to
     * widened_to (an argument, an assignment): javac casts its generic
     * result to that type, not to the substituted one (as_type) */
    Node *widened;
    Type *widened_to;
} Lower;

/* A switch expression's result: its yields store it, then leave the switch. */
typedef struct SwitchResult {
    Node *sw;
    IrLocal *value;
} SwitchResult;

static int rval(Lower *L, Node *n);
static void stmt(Lower *L, Node *n);
static Type *throwable_type(Lower *L);
static void switch_stmt(Lower *L, Node *n, Node *labeled);
static bool ends_in_jump(IrBlock *b);
static void return_this(Lower *L, Loc loc);
static int value_equals(Lower *L, Loc loc, int a, int b, Type *t, bool bits);
static void emit_jump(Lower *L, IrOp op, Loc loc, int label);

/* ------------------------------------------------------------ helpers */

static int emit(Lower *L, IrInst *in) {
    if (in->ty != ty_void) in->dst = L->fn->ntemps++;
    ir_block_push(L->blk, in);
    return in->dst;
}

/* Every type the IR holds is erased (generics: JLS 4.6). */
static IrInst *inst(IrOp op, Loc loc, Type *ty, int nargs) {
    IrInst *in = ir_new_inst(op, loc, ty ? erase(ty) : ty_void);
    in->nargs = nargs;
    in->args = nargs ? xalloc(sizeof(int) * (size_t)nargs) : NULL;
    return in;
}

static int op1(Lower *L, IrOp op, Loc loc, Type *ty, int a) {
    IrInst *in = inst(op, loc, ty, 1);
    in->args[0] = a;
    return emit(L, in);
}

static int op2(Lower *L, IrOp op, Loc loc, Type *ty, int a, int b) {
    IrInst *in = inst(op, loc, ty, 2);
    in->args[0] = a;
    in->args[1] = b;
    return emit(L, in);
}

static int const_int(Lower *L, Loc loc, Type *ty, int64_t v) {
    IrInst *in = inst(IR_CONST, loc, ty, 0);
    in->ival = v;
    return emit(L, in);
}

static int const_null(Lower *L, Loc loc, Type *ty) {
    return emit(L, inst(IR_CONST, loc, ty, 0));
}

static int const_of(Lower *L, Loc loc, ConstVal c) {
    IrInst *in = inst(IR_CONST, loc, c.ty, 0);
    in->ival = c.i;
    in->fval = c.f;
    in->str = c.s;
    in->slen = c.slen;
    return emit(L, in);
}

static IrLocal *new_local(Lower *L, const char *name, Type *ty, bool is_param) {
    IrLocal *l = xalloc(sizeof *l);
    l->name = name;
    l->ty = erase(ty);
    l->is_param = is_param;
    l->id = L->fn->locals.len;
    vec_push(&L->fn->locals, l);
    return l;
}

static int load_local(Lower *L, Loc loc, IrLocal *l) {
    IrInst *in = inst(IR_LOAD_LOCAL, loc, l->ty, 0);
    in->local = l;
    return emit(L, in);
}

static void store_local(Lower *L, Loc loc, IrLocal *l, int v) {
    IrInst *in = inst(IR_STORE_LOCAL, loc, NULL, 1);
    in->local = l;
    in->args[0] = v;
    emit(L, in);
}

static int load_this(Lower *L, Loc loc) {
    LIME_ASSERT(L->this_local);
    return load_local(L, loc, L->this_local);
}

/* `this`, then hops outer instances out (this$0 of each inner class). */
static int outer_instance(Lower *L, Loc loc, int hops) {
    int v = load_this(L, loc);
    ClassDecl *k = L->fn->owner;
    for (int i = 0; i < hops; i++) {
        LIME_ASSERT(k->outer_this);
        IrInst *in = inst(IR_LOAD_FIELD, loc, k->outer_this->ty, 1);
        in->field = k->outer_this;
        in->args[0] = v;
        v = emit(L, in);
        v = op1(L, IR_CHECK_NULL, loc, k->outer_this->ty, v); /* made in an instance context: never null */
        k = k->outer;
    }
    return v;
}

static bool is_value_class(Type *t) { return t->kind == TY_CLASS && t->cls->is_value; }

/* Lowers a sub-block: instructions emitted by fn go into a fresh block. */
static IrBlock *enter_block(Lower *L, IrBlock **saved) {
    *saved = L->blk;
    L->blk = ir_new_block();
    return L->blk;
}

static void leave_block(Lower *L, IrBlock *saved) { L->blk = saved; }

static int new_label(Lower *L) { return L->fn->nlabels++; }

static void push_target(Lower *L, Node *n, int label) {
    Target *t = xalloc(sizeof *t);
    t->node = n;
    t->label = label;
    vec_push(&L->targets, t);
}

static int label_of(Lower *L, Node *n) {
    for (int i = L->targets.len - 1; i >= 0; i--) {
        Target *t = L->targets.items[i];
        if (t->node == n) return t->label;
    }
    LIME_UNREACHABLE();
}

static int box_convert(Lower *L, Loc loc, int v, Type *from, Type *to);
static int value_box_convert(Lower *L, Loc loc, int v, Type *from, Type *to);

/* Converts temp v of type from to type to (primitives; or a primitive and
 * a wrapper, a value and a reference: boxing and unboxing). */
static int bits_convert(Lower *L, Loc loc, int v, Type *from, Type *to);

static int convert(Lower *L, Loc loc, int v, Type *from, Type *to) {
    if (from == to) return v;
    if (is_bits(from) || is_bits(to)) return bits_convert(L, loc, v, from, to);
    if (is_value_class(from) != is_value_class(to)) return value_box_convert(L, loc, v, from, to);
    if (!is_primitive(from) && !is_primitive(to)) return v;
    if (!is_primitive(from) || !is_primitive(to)) return box_convert(L, loc, v, from, to);
    return op1(L, IR_CONV, loc, to, v);
}

/* convert, an unboxing's NullPointerException carrying msg (npe.c) */
static int convert_msg(Lower *L, Loc loc, int v, Type *from, Type *to, const char *msg) {
    L->unbox_msg = msg;
    int r = convert(L, loc, v, from, to);
    L->unbox_msg = NULL;
    return r;
}

/* ------------------------------------------------------------ expressions */

/* The value of e as type ty: null literals take the reference type they
 * are used as, so that IR operand types match exactly. */
static int rval_as(Lower *L, Node *e, Type *ty) {
    if (e->ty == ty_null && ty != ty_null) {
        if (e->kind == ND_LITERAL || (e->kind == ND_CONV && e->lhs->ty == ty_null)) return const_null(L, e->loc, ty);
    }
    return rval(L, e);
}

/* v, or a NullPointerException with message msg (npe.c; NULL: none) when it is null */
static int check_null_msg(Lower *L, Loc loc, Type *ty, int v, const char *msg) {
    IrInst *in = inst(IR_CHECK_NULL, loc, ty, 1);
    in->args[0] = v;
    in->str = msg;
    return emit(L, in);
}

static int check_null(Lower *L, Loc loc, Type *ty, int v) { return check_null_msg(L, loc, ty, v, NULL); }

/* ------------------------------------------------------------ class initialisation */

/* Whether the code being lowered runs only once c's initialisation has
 * begun: c's own code, its subclasses' (each initialises its superclass
 * first), and that of the anonymous, local and lambda classes made in
 * them.  (The library's code never names the program's classes.) */
static bool initialisation_begun(Lower *L, ClassDecl *c) {
    for (ClassDecl *k = L->fn->owner; k; k = k->is_anonymous || k->is_local || k->is_lambda ? k->outer : NULL)
        if (k->is_library || class_is_subtype(k, c)) return true;
    return false;
}

static int load_static(Lower *L, Loc loc, FieldDecl *f) {
    IrInst *in = inst(IR_LOAD_STATIC, loc, f->ty, 0);
    in->field = f;
    return emit(L, in);
}

/* if (c.init_state <= 0) c.<clinit>(): state 1 (begun, by this thread:
 * one thread runs the program's code outside tasks) goes on, as JLS
 * 12.4.2 says for a recursive request; state -1 (failed) throws there */
static void initialise(Lower *L, Loc loc, ClassDecl *c) {
    int fresh = op2(L, IR_LE, loc, ty_boolean, load_static(L, loc, c->init_state), const_int(L, loc, ty_int, 0));
    IrInst *branch = inst(IR_IF, loc, NULL, 1);
    branch->args[0] = fresh;
    IrBlock *saved;
    branch->then_blk = enter_block(L, &saved);
    IrInst *call = inst(IR_CALL, loc, ty_void, 0);
    call->callee = c->initialise;
    emit(L, call);
    leave_block(L, saved);
    branch->else_blk = ir_new_block();
    emit(L, branch);
}

/* Where JLS 12.4.1 says c is first used (an instance made, a static
 * method called, a static field read or written). */
static void ensure_initialised(Lower *L, Loc loc, ClassDecl *c) {
    if (c && c->lazy_init && !initialisation_begun(L, c)) initialise(L, loc, c);
}

static IrOp arith_op(TokenKind op) {
    switch (op) {
    case TK_PLUS: return IR_ADD;
    case TK_MINUS: return IR_SUB;
    case TK_STAR: return IR_MUL;
    case TK_SLASH: return IR_DIV;
    case TK_PERCENT: return IR_REM;
    case TK_SHL: return IR_SHL;
    case TK_SHR: return IR_SHR;
    case TK_USHR: return IR_USHR;
    case TK_AMP: return IR_AND;
    case TK_BAR: return IR_OR;
    case TK_CARET: return IR_XOR;
    case TK_EQ: return IR_EQ;
    case TK_NE: return IR_NE;
    case TK_LT: return IR_LT;
    case TK_LE: return IR_LE;
    case TK_GT: return IR_GT;
    case TK_GE: return IR_GE;
    default: LIME_UNREACHABLE();
    }
}


/* ------------------------------------------------------------ bit[[N]]
 * A bit[[N]] is its container (int for N <= 32, long above) with the bits
 * above N zero (src/bits.c): each operation here that could set them
 * masks them off, the others (& | ^ >>> ==) keep the invariant as they are. */

static int bits_const(Lower *L, Loc loc, Type *container, uint64_t v) {
    return const_int(L, loc, container, container == ty_int ? (int64_t)(int32_t)(uint32_t)v : (int64_t)v);
}

/* Read of a `static final` word field initialised with an integral
 * constant converted to it (`static final bit[[32]] POLY = 0xEDB88320`,
 * or a cast of one): read as that constant, as Java reads its constant
 * variables (so a device task may use it).  The constant, else NULL. */
static Node *bits_constant_field(Node *read) {
    FieldDecl *f = read->field;
    if (!f || !is_bits(read->ty) || (f->mods & (MOD_STATIC | MOD_FINAL)) != (MOD_STATIC | MOD_FINAL) || !f->init) return NULL;
    Node *init = f->init;
    bool converted = init->kind == ND_CAST || init->kind == ND_CONV;
    return converted && has_const(init->lhs) && is_integral(init->lhs->cval.ty) ? init->lhs : NULL;
}

/* v (in container c) with only its low `width` bits kept; no operation
 * when the container has no bits above width. */
static int bits_keep(Lower *L, Loc loc, Type *c, int v, int width) {
    if (width >= integral_width(c)) return v;
    return op2(L, IR_AND, loc, c, v, bits_const(L, loc, c, bits_mask(width)));
}

/* v of type from (a word or an integral type) as type to (the same): its
 * two's complement bits zero-extended or truncated, as LANGUAGE.md says
 * for bit[[N]]; between integral types of one container it is Java's. */
static int bits_convert(Lower *L, Loc loc, int v, Type *from, Type *to) {
    Type *cf = erase(from), *ct = erase(to);
    int wf = is_bits(from) ? bits_width(from) : integral_width(from);
    if (cf != ct) v = op1(L, IR_CONV, loc, ct, v);   /* (a signed widening sign-extends: masked below) */
    if (is_bits(to) && is_bits(from) && wf < integral_width(cf) && wf <= bits_width(to)) return v;  /* >= 0: as it was */
    if (is_bits(to)) return bits_keep(L, loc, ct, v, wf < bits_width(to) ? wf : bits_width(to));
    /* to an integral type: a word's zero-extension needs a mask only where
     * the conversion sign-extended a full container (bit[[32]] to long) */
    if (integral_width(ct) > integral_width(cf) && wf == integral_width(cf)) return bits_keep(L, loc, ct, v, wf);
    return v;
}

/* -1 (all ones) in container c when 0 <= k < n, else 0: k an int. */
static int bits_in_range_mask(Lower *L, Loc loc, Type *c, int k, int n) {
    int kl = op1(L, IR_CONV, loc, ty_long, k);
    int below = op2(L, IR_SUB, loc, ty_long, kl, const_int(L, loc, ty_long, n));   /* < 0 iff k < n */
    int both = op2(L, IR_AND, loc, ty_long, below, op1(L, IR_COMPL, loc, ty_long, kl));   /* and k >= 0 */
    int m = op2(L, IR_SHR, loc, ty_long, both, const_int(L, loc, ty_int, 63));
    return c == ty_long ? m : op1(L, IR_CONV, loc, c, m);
}

/* x << k, x >>> k (and >>, the same for an unsigned word) of word type t:
 * a count outside 0..N-1 shifts every bit out (0). */
static int bits_shift(Lower *L, Loc loc, TokenKind op, Type *t, int x, int k, const ConstVal *kc) {
    Type *c = erase(t);
    int n = bits_width(t);
    if (kc && (kc->i < 0 || kc->i >= n)) return bits_const(L, loc, c, 0);
    int r = op2(L, op == TK_SHL ? IR_SHL : IR_USHR, loc, c, x, k);
    if (op == TK_SHL) r = bits_keep(L, loc, c, r, n);
    if (kc) return r;
    return op2(L, IR_AND, loc, c, r, bits_in_range_mask(L, loc, c, k, n));
}

/* a op b for a word type t (op_type of a binary or compound assignment). */
static int bits_arith(Lower *L, Loc loc, TokenKind op, Type *t, int a, int b, Type *result, const ConstVal *bc) {
    if (op == TK_SHL || op == TK_SHR || op == TK_USHR) return bits_shift(L, loc, op, t, a, b, bc);
    return op2(L, arith_op(op), loc, result, a, b);
}

static int bits_compl(Lower *L, Loc loc, Type *t, int v) {
    Type *c = erase(t);
    return bits_keep(L, loc, c, op1(L, IR_COMPL, loc, c, v), bits_width(t));
}

/* floorMod(k, n) for a rotation distance; n a power of two: k & (n-1). */
static int bits_distance(Lower *L, Loc loc, int k, int n) {
    if ((n & (n - 1)) == 0) return op2(L, IR_AND, loc, ty_int, k, const_int(L, loc, ty_int, n - 1));
    int d = op1(L, IR_CHECK_DIV, loc, ty_int, const_int(L, loc, ty_int, n));
    int r = op2(L, IR_REM, loc, ty_int, k, d);
    int neg = op2(L, IR_SHR, loc, ty_int, r, const_int(L, loc, ty_int, 31));   /* -1 when r < 0 */
    return op2(L, IR_ADD, loc, ty_int, r, op2(L, IR_AND, loc, ty_int, neg, const_int(L, loc, ty_int, n)));
}

/* w.rotl(k) / w.rotr(k): with d = floorMod(k, N), (x << d | x >>> (N-d))
 * kept to N bits (d = 0: x >>> N is 0 below the container's width, and x
 * itself at it, as Java masks the count). */
static int bits_rotate(Lower *L, Node *n) {
    Type *t = n->ty, *c = erase(t);
    int w = bits_width(t);
    int x = rval(L, n->lhs);
    Node *kn = n->args.items[0];
    int d;
    if (has_const(kn)) d = const_int(L, kn->loc, ty_int, ((kn->cval.i % w) + w) % w);
    else d = bits_distance(L, n->loc, rval(L, kn), w);
    int back = op2(L, IR_SUB, n->loc, ty_int, const_int(L, n->loc, ty_int, w), d);
    bool left = n->lime_op == LIME_OP_ROTL;
    int hi = op2(L, IR_SHL, n->loc, c, x, left ? d : back);
    int lo = op2(L, IR_USHR, n->loc, c, x, left ? back : d);
    return bits_keep(L, n->loc, c, op2(L, IR_OR, n->loc, c, hi, lo), w);
}

/* hi.concat(lo): hi's bits above lo's. */
static int bits_concat(Lower *L, Node *n) {
    Type *c = erase(n->ty), *lo_t = ((Node *)n->args.items[0])->ty;
    int hi = bits_convert(L, n->loc, rval(L, n->lhs), n->lhs->ty, n->ty);
    int lo = bits_convert(L, n->loc, rval(L, n->args.items[0]), lo_t, n->ty);
    int up = op2(L, IR_SHL, n->loc, c, hi, const_int(L, n->loc, ty_int, bits_width(lo_t)));
    return op2(L, IR_OR, n->loc, c, up, lo);
}

/* w[i] (a bit) and w[hi:lo] (checked constants). */
static int bits_index(Lower *L, Node *n) {
    Type *t = n->lhs->ty, *c = erase(t);
    int x = rval(L, n->lhs);
    if (!n->then) {
        Node *i = n->rhs;
        int r = bits_shift(L, n->loc, TK_USHR, t, x, rval(L, i), has_const(i) ? &i->cval : NULL);
        if (c != ty_int) r = op1(L, IR_CONV, n->loc, ty_int, r);
        return bits_keep(L, n->loc, ty_int, r, 1);
    }
    int lo = (int)n->then->cval.i;
    int r = lo ? op2(L, IR_USHR, n->loc, c, x, const_int(L, n->loc, ty_int, lo)) : x;
    if (erase(n->ty) != c) r = op1(L, IR_CONV, n->loc, erase(n->ty), r);
    return bits_keep(L, n->loc, erase(n->ty), r, bits_width(n->ty));
}

/* a op b in type t, with the division check where Java makes one. */
static int arith(Lower *L, Loc loc, TokenKind op, Type *t, int a, int b, Type *result) {
    if (is_bits(t)) return bits_arith(L, loc, op, t, a, b, result, NULL);
    IrOp iop = arith_op(op);
    if ((iop == IR_DIV || iop == IR_REM) && is_integral(t)) b = op1(L, IR_CHECK_DIV, loc, t, b);
    return op2(L, iop, loc, result, a, b);
}

static int to_string(Lower *L, Loc loc, int v, Type *t) {
    if (t == ty_string) return v;
    return op1(L, IR_TO_STRING, loc, ty_string, v);
}

static int concat(Lower *L, Loc loc, int a, Type *ta, int b, Type *tb) {
    a = to_string(L, loc, a, ta);
    b = to_string(L, loc, b, tb);
    return op2(L, IR_CONCAT, loc, ty_string, a, b);
}

/* && and ||: the right operand runs only when needed. */
static int short_circuit(Lower *L, Node *n) {
    IrLocal *r = new_local(L, n->op == TK_ANDAND ? "$and" : "$or", ty_boolean, false);
    int a = rval(L, n->lhs);
    IrInst *in = inst(IR_IF, n->loc, NULL, 1);
    in->args[0] = a;
    IrBlock *saved;
    IrBlock *eval_blk = enter_block(L, &saved);
    store_local(L, n->rhs->loc, r, rval(L, n->rhs));
    leave_block(L, saved);
    IrBlock *const_blk = enter_block(L, &saved);
    store_local(L, n->loc, r, const_int(L, n->loc, ty_boolean, n->op == TK_OROR));
    leave_block(L, saved);
    in->then_blk = n->op == TK_ANDAND ? eval_blk : const_blk;
    in->else_blk = n->op == TK_ANDAND ? const_blk : eval_blk;
    emit(L, in);
    return load_local(L, n->loc, r);
}

static int conditional(Lower *L, Node *n) {
    IrLocal *r = new_local(L, "$cond", n->ty, false);
    int c = rval(L, n->cond);
    IrInst *in = inst(IR_IF, n->loc, NULL, 1);
    in->args[0] = c;
    IrBlock *saved;
    in->then_blk = enter_block(L, &saved);
    store_local(L, n->then->loc, r, rval_as(L, n->then, n->ty));
    leave_block(L, saved);
    in->else_blk = enter_block(L, &saved);
    store_local(L, n->els->loc, r, rval_as(L, n->els, n->ty));
    leave_block(L, saved);
    emit(L, in);
    return load_local(L, n->loc, r);
}

static int binary(Lower *L, Node *n) {
    if (n->op == TK_ANDAND || n->op == TK_OROR) return short_circuit(L, n);
    if (n->ty == ty_string) {
        int a = rval(L, n->lhs);
        int b = rval(L, n->rhs);
        return concat(L, n->loc, a, n->lhs->ty, b, n->rhs->ty);
    }
    Type *t = n->op_type;
    int a = rval_as(L, n->lhs, t);
    int b = rval_as(L, n->rhs, t);
    if (is_bits(t)) return bits_arith(L, n->loc, n->op, t, a, b, n->ty, has_const(n->rhs) ? &n->rhs->cval : NULL);
    if (is_value_type(t)) {
        int eq = value_equals(L, n->loc, a, b, t, false);
        return n->op == TK_EQ ? eq : op1(L, IR_NOT, n->loc, ty_boolean, eq);
    }
    return arith(L, n->loc, n->op, t, a, b, n->ty);
}

static int unary(Lower *L, Node *n) {
    int v = rval(L, n->lhs);
    switch (n->op) {
    case TK_PLUS: return v;
    case TK_MINUS: return op1(L, IR_NEG, n->loc, n->ty, v);
    case TK_TILDE: return is_bits(n->ty) ? bits_compl(L, n->loc, n->ty, v) : op1(L, IR_COMPL, n->loc, n->ty, v);
    case TK_BANG: return op1(L, IR_NOT, n->loc, n->ty, v);
    default: LIME_UNREACHABLE();
    }
}

/* A variable to read and write: a local, a static field, a field of an
 * object, or an array element; its operands are evaluated once. */
typedef struct Place {
    enum { PL_LOCAL, PL_STATIC, PL_FIELD, PL_ELEMENT } kind;
    IrLocal *local;
    FieldDecl *field;
    int obj, index;        /* object or array temp (checked when `checked`), index temp */
    bool checked;          /* null and bounds checks done */
    Type *ty;
    Loc loc;
} Place;

/* Evaluates the operands of a variable expression (JLS 15.26.1: the
 * object or array and index first; their checks come later, see
 * check_place). */
static Place place_of(Lower *L, Node *t) {
    Place p = {.ty = t->ty, .loc = t->loc};
    if (t->kind == ND_NAME && t->var) {
        p.kind = PL_LOCAL;
        p.local = t->var->ir;
        LIME_ASSERT(p.local);
        return p;
    }
    if (t->kind == ND_NAME || t->kind == ND_FIELD) {
        FieldDecl *f = t->field;
        p.field = f;
        if (f->mods & MOD_STATIC) {
            if (t->kind == ND_FIELD && !t->is_static_ref) rval(L, t->lhs); /* evaluated, value unused */
            p.kind = PL_STATIC;
            return p;
        }
        p.kind = PL_FIELD;
        if (t->kind == ND_NAME) {
            p.obj = outer_instance(L, t->loc, t->outer_hops);
            p.checked = true;
        } else {
            p.obj = rval(L, t->lhs);
            p.checked = t->lhs->kind == ND_THIS || t->lhs->kind == ND_SUPER || is_value_class(t->lhs->ty);
        }
        return p;
    }
    LIME_ASSERT(t->kind == ND_INDEX);
    p.kind = PL_ELEMENT;
    p.obj = rval(L, t->lhs);
    p.index = rval(L, t->rhs);
    return p;
}

static void check_place(Lower *L, Place *p, Node *t) {
    if (p->checked || p->kind == PL_LOCAL || p->kind == PL_STATIC) return;
    Type *objty = t->lhs->ty;
    p->obj = check_null_msg(L, p->loc, objty, p->obj, t->npe_msg);
    if (p->kind == PL_ELEMENT) p->index = op2(L, IR_CHECK_BOUNDS, p->loc, ty_int, p->obj, p->index);
    p->checked = true;
}

/* A value of declared (erased) type `declared` used as type `used`: a
 * member of a generic type read through a parameterized one gets the
 * cast javac inserts (List<String>.get(i) is a String).  javac casts to
 * the type the context needs (TransTypes.retype): a value of node n
 * widened at once (L->widened) is cast to that type only, so that
 * `(E[]) new Object[n]` returned as a String[] and passed on as an
 * Object[] is no ClassCastException. */
static int as_type_in(Lower *L, Node *n, Loc loc, int v, Type *declared, Type *used) {
    if (n && n == L->widened) used = L->widened_to;
    if (v < 0 || !used || erase(used) == erase(declared) || !is_reference(erase(used)) || erase(used) == ty_object ||
        is_method_convertible(erase(declared), erase(used)))
        return v;
    return op1(L, IR_CHECK_CAST, loc, erase(used), v);
}

static int as_type(Lower *L, Loc loc, int v, Type *declared, Type *used) { return as_type_in(L, NULL, loc, v, declared, used); }

static int load_place(Lower *L, Place *p) {
    IrInst *in;
    switch (p->kind) {
    case PL_LOCAL: return load_local(L, p->loc, p->local);
    case PL_STATIC:
        ensure_initialised(L, p->loc, p->field->owner);
        in = inst(IR_LOAD_STATIC, p->loc, p->ty, 0);
        in->field = p->field;
        return emit(L, in);
    case PL_FIELD:
        in = inst(IR_LOAD_FIELD, p->loc, p->field->ty, 1);
        in->field = p->field;
        in->args[0] = p->obj;
        return as_type(L, p->loc, emit(L, in), p->field->ty, p->ty);
    case PL_ELEMENT: return op2(L, IR_ARRAY_LOAD, p->loc, p->ty, p->obj, p->index);
    }
    LIME_UNREACHABLE();
}

static void store_place(Lower *L, Place *p, int v) {
    IrInst *in;
    switch (p->kind) {
    case PL_LOCAL: store_local(L, p->loc, p->local, v); return;
    case PL_STATIC:
        ensure_initialised(L, p->loc, p->field->owner);
        in = inst(IR_STORE_STATIC, p->loc, NULL, 1);
        in->field = p->field;
        in->args[0] = v;
        emit(L, in);
        return;
    case PL_FIELD:
        if (p->field->owner->is_value) {
            /* in a value constructor: this = this with the field replaced */
            in = inst(IR_WITH_FIELD, p->loc, class_type(p->field->owner), 2);
            in->field = p->field;
            in->args[0] = load_this(L, p->loc);
            in->args[1] = v;
            store_local(L, p->loc, L->this_local, emit(L, in));
            return;
        }
        in = inst(IR_STORE_FIELD, p->loc, NULL, 2);
        in->field = p->field;
        in->args[0] = p->obj;
        in->args[1] = v;
        emit(L, in);
        return;
    case PL_ELEMENT:
        in = inst(IR_ARRAY_STORE, p->loc, NULL, 3);
        in->args[0] = p->obj;
        in->args[1] = p->index;
        in->args[2] = v;
        emit(L, in);
        return;
    }
}

/* x = v: operands, then the value, then the checks (JLS 15.26.1). */
static int assign(Lower *L, Node *n) {
    Place p = place_of(L, n->lhs);
    if (n->op == TK_ASSIGN) {
        int v = rval_as(L, n->rhs, p.ty);
        check_place(L, &p, n->lhs);
        store_place(L, &p, v);
        return v;
    }
    /* compound: checks before the right operand (JLS 15.26.2) */
    check_place(L, &p, n->lhs);
    int old = load_place(L, &p);
    int result;
    if (n->op_type == ty_string) {
        int r = rval(L, n->rhs);
        result = concat(L, n->loc, old, ty_string, r, n->rhs->ty);
    } else {
        TokenKind base = compound_base_op(n->op);
        LIME_ASSERT(base != TK_EOF);
        Type *t = n->op_type;
        int a = convert_msg(L, n->loc, old, p.ty, t, n->npe_msg);
        int b = rval(L, n->rhs);
        int r = arith(L, n->loc, base, t, a, b, t);
        result = convert(L, n->loc, r, t, p.ty);
    }
    store_place(L, &p, result);
    return result;
}

static int incdec(Lower *L, Node *n) {
    Place p = place_of(L, n->lhs);
    check_place(L, &p, n->lhs);
    int old = load_place(L, &p);
    Type *t = n->op_type;
    int a = convert_msg(L, n->loc, old, p.ty, t, n->npe_msg);
    IrInst *one = inst(IR_CONST, n->loc, t, 0);
    one->ival = 1;
    one->fval = 1.0;
    int b = emit(L, one);
    bool inc = n->kind == ND_PREINC || n->kind == ND_POSTINC;
    int r = op2(L, inc ? IR_ADD : IR_SUB, n->loc, t, a, b);
    int result = convert(L, n->loc, r, t, p.ty);
    store_place(L, &p, result);
    return (n->kind == ND_PREINC || n->kind == ND_PREDEC) ? result : old;
}

static int field_load(Lower *L, Node *n) {
    if (n->is_array_length) {
        int a = check_null_msg(L, n->loc, n->lhs->ty, rval(L, n->lhs), n->npe_msg);
        return op1(L, IR_ARRAY_LEN, n->loc, ty_int, a);
    }
    Place p = place_of(L, n);
    check_place(L, &p, n);
    return load_place(L, &p);
}

static int *lower_args(Lower *L, Vec *args, int first, int total) {
    int *v = xalloc(sizeof(int) * (size_t)(total ? total : 1));
    for (int i = 0; i < args->len; i++) v[first + i] = rval(L, args->items[i]);
    return v;
}

static bool dispatched(MethodDecl *m, Type *recv_ty);
static void super_ctor_call(Lower *L, Loc loc, ClassDecl *super, MethodDecl *m);

static int call(Lower *L, Node *n) {
    if (n->builtin) {
        const Builtin *b = n->builtin;
        bool has_recv = !(b->flags & BI_STATIC);
        int total = n->args.len + has_recv;
        int recv = has_recv ? rval(L, n->lhs) : -1;
        int *args = lower_args(L, &n->args, has_recv, total);
        if (has_recv) args[0] = check_null_msg(L, n->loc, n->lhs->ty, recv, n->npe_msg);
        IrInst *in = inst(IR_CALL_BUILTIN, n->loc, n->ty, 0);
        in->builtin = b;
        in->args = args;
        in->nargs = total;
        return emit(L, in);
    }
    MethodDecl *m = n->method;
    if (!m) {
        /* super() of a class whose superclass has the implicit constructor */
        LIME_ASSERT(!n->lhs && !strcmp(n->name, "super"));
        super_ctor_call(L, n->loc, L->fn->owner->super, NULL);
        return -1;
    }
    bool is_static = (m->mods & MOD_STATIC) != 0;
    int recv = -1;
    bool this_call = !n->lhs && (!strcmp(n->name, "this") || !strcmp(n->name, "super"));
    if (n->lhs && !n->lhs->cls && !n->lhs->lib_owner) recv = rval(L, n->lhs);
    else if (!n->lhs && !is_static) recv = outer_instance(L, n->loc, this_call ? 0 : n->outer_hops);
    int total = n->args.len + !is_static;
    int *args = lower_args(L, &n->args, !is_static, total);
    if (is_static && !this_call) ensure_initialised(L, n->loc, m->owner);
    if (n->string_member) /* the String the member was called on, as the JVM checks it */
        args[0] = check_null_msg(L, n->loc, ty_string, args[0], n->npe_msg);
    if (this_call && m->owner->is_value) {
        /* this(...) in a value constructor: this = the other constructor's value */
        int *vargs = lower_args(L, &n->args, 0, n->args.len);
        IrInst *in = inst(IR_CALL, n->loc, class_type(m->owner), 0);
        in->callee = m->ir;
        in->args = vargs;
        in->nargs = n->args.len;
        store_local(L, n->loc, L->this_local, emit(L, in));
        return -1;
    }
    if (!is_static) {
        bool known = !n->lhs || n->lhs->kind == ND_THIS || n->lhs->kind == ND_SUPER || is_value_class(n->lhs->ty);
        args[0] = known ? recv : check_null_msg(L, n->loc, n->lhs->ty, recv, n->npe_msg);
    }
    bool super_call = n->lhs && n->lhs->kind == ND_SUPER;
    Type *recv_ty = is_static ? NULL : n->lhs ? n->lhs->ty : class_type(L->fn->owner);
    IrInst *in = inst(!super_call && !this_call && dispatched(m, recv_ty) ? IR_CALL_VIRTUAL : IR_CALL, n->loc,
                      this_call ? ty_void : m->ir->ret, 0);
    in->callee = m->ir;
    in->method = m;
    in->args = args;
    in->nargs = total;
    int r = emit(L, in);
    return this_call ? r : as_type_in(L, n, n->loc, r, m->ir->ret, n->ty);
}

/* Whether a call of m on a receiver of static type recv_ty must look the
 * method up in the object's class (closed world: only where some class
 * overrides m, or m has no body of its own). */
static bool dispatched(MethodDecl *m, Type *recv_ty) {
    recv_ty = erase(recv_ty);
    if (!recv_ty || (m->mods & (MOD_STATIC | MOD_PRIVATE)) || m->is_ctor) return false;
    if (recv_ty->kind == TY_OBJECT || (recv_ty->kind == TY_CLASS && recv_ty->cls->is_interface)) return true;
    if (m->iface_slot >= 0 || (m->mods & MOD_ABSTRACT)) return true;
    if (recv_ty->kind == TY_CLASS && recv_ty->cls->is_value) return false;
    if (recv_ty->kind == TY_CLASS && recv_ty->cls->boxed) return true;  /* a box: Object's methods, bridged */
    if ((m->mods & MOD_FINAL) || (recv_ty->kind == TY_CLASS && (recv_ty->cls->mods & MOD_FINAL))) return false;
    return m->overridden;
}

/* this.<init>(args) of class super: the constructor m, or the implicit one. */
static void super_ctor_call(Lower *L, Loc loc, ClassDecl *super, MethodDecl *m) {
    if (!super || super == L->p->src->object_class) return;
    IrInst *in = inst(IR_CALL, loc, ty_void, 1);
    in->callee = m ? m->ir : super->default_ctor;
    in->method = m;
    in->args[0] = load_this(L, loc);
    LIME_ASSERT(in->callee);
    emit(L, in);
}

static int new_object(Lower *L, Node *n) {
    if (n->ty->kind == TY_OBJECT) {
        /* new Object(): Object's constructor does nothing */
        IrInst *in = inst(IR_NEW_OBJECT, n->loc, ty_object, 0);
        in->cls = L->p->src->object_class;
        return emit(L, in);
    }
    ClassDecl *c = n->ty->cls;
    if (c->is_value) {
        /* a value: its constructor returns it */
        IrInst *in = inst(IR_CALL, n->loc, n->ty, 0);
        in->callee = n->method ? n->method->ir : c->default_ctor;
        in->args = lower_args(L, &n->args, 0, n->args.len);
        in->nargs = n->args.len;
        return emit(L, in);
    }
    ensure_initialised(L, n->loc, c);
    IrInst *in = inst(IR_NEW_OBJECT, n->loc, n->ty, 0);
    in->cls = c;
    int obj = emit(L, in);
    /* an inner class's outer instance and copies of captured variables
     * are set before any constructor runs (as javac does) */
    if (c->outer_this) {
        int outer = n->lhs ? check_null(L, n->lhs->loc, n->lhs->ty, rval(L, n->lhs)) : outer_instance(L, n->loc, n->outer_hops);
        /* a superclass that is an inner class of the same class shares the
         * outer instance (what javac passes to its constructor) */
        for (ClassDecl *k = c; k; k = k->super) {
            if (!k->outer_this || (k != c && k->outer != c->outer)) continue;
            IrInst *st = inst(IR_STORE_FIELD, n->loc, NULL, 2);
            st->field = k->outer_this;
            st->args[0] = obj;
            st->args[1] = outer;
            emit(L, st);
        }
    }
    for (int i = 0; i < c->captures.len; i++) {
        Capture *cap = c->captures.items[i];
        int v;
        if (L->fn->owner == c && !L->fn->is_static) {
            /* a local class making one of its own: its copy, as javac passes it */
            IrInst *ld = inst(IR_LOAD_FIELD, n->loc, cap->field->ty, 1);
            ld->field = cap->field;
            ld->args[0] = load_this(L, n->loc);
            v = emit(L, ld);
        } else v = rval(L, cap->source);
        if (cap->check_null) v = check_null(L, n->loc, cap->field->ty, v);
        IrInst *st = inst(IR_STORE_FIELD, n->loc, NULL, 2);
        st->field = cap->field;
        st->args[0] = obj;
        st->args[1] = v;
        emit(L, st);
    }
    if (c->is_anonymous) {
        /* the superclass's constructor with the arguments, then the
         * anonymous class's initialisers (its implicit constructor) */
        if (n->method) {
            int total = n->args.len + 1;
            int *args = lower_args(L, &n->args, 1, total);
            args[0] = obj;
            IrInst *sc = inst(IR_CALL, n->loc, NULL, 0);
            sc->callee = n->method->ir;
            sc->args = args;
            sc->nargs = total;
            emit(L, sc);
        } else if (c->super && c->super != L->p->src->object_class) {
            IrInst *sc = inst(IR_CALL, n->loc, NULL, 1);
            sc->callee = c->super->default_ctor;
            sc->args[0] = obj;
            emit(L, sc);
        }
        IrInst *init = inst(IR_CALL, n->loc, NULL, 1);
        init->callee = c->default_ctor;
        init->args[0] = obj;
        emit(L, init);
        return obj;
    }
    IrFunc *ctor = n->method ? n->method->ir : c->default_ctor;
    int total = n->args.len + 1;
    int *args = lower_args(L, &n->args, 1, total);
    args[0] = obj;
    IrInst *callin = inst(IR_CALL, n->loc, NULL, 0);
    callin->callee = ctor;
    callin->args = args;
    callin->nargs = total;
    emit(L, callin);
    return obj;
}

/* An initialiser this long or longer whose elements are all constants of a
 * primitive type becomes one ARRAY_DATA (the backends copy the data in one
 * piece; compile time stays linear); shorter ones stay element stores,
 * which the backends already fold (bounds.c proves their indexes). */
enum { ARRAY_DATA_FROM = 16 };

/* Whether initialiser n of array type t is such a constant table. */
static bool is_constant_table(Node *n, Type *t) {
    if (t->kind != TY_ARRAY || !is_primitive(t->elem) || n->args.len < ARRAY_DATA_FROM) return false;
    for (int i = 0; i < n->args.len; i++) {
        Node *e = n->args.items[i];
        if (e->kind == ND_ARRAY_INIT || e->cval.ty != t->elem) return false;
    }
    return true;
}

static int array_data(Lower *L, Node *n, Type *t) {
    IrInst *in = inst(IR_ARRAY_DATA, n->loc, t, 0);
    in->ndata = n->args.len;
    in->data = xalloc(sizeof(ConstVal) * (size_t)(in->ndata + 1));
    for (int i = 0; i < n->args.len; i++) in->data[i] = ((Node *)n->args.items[i])->cval;
    return emit(L, in);
}

/* { e1, e2, ... } of array type t: a new array filled in order. */
static int array_init(Lower *L, Node *n, Type *t) {
    if (is_constant_table(n, t)) return array_data(L, n, t);
    int len = const_int(L, n->loc, ty_int, n->args.len);
    len = op1(L, IR_CHECK_SIZE, n->loc, ty_int, len);
    int arr = op1(L, IR_NEW_ARRAY, n->loc, t, len);
    for (int i = 0; i < n->args.len; i++) {
        Node *e = n->args.items[i];
        int v = e->kind == ND_ARRAY_INIT ? array_init(L, e, t->elem) : rval_as(L, e, t->elem);
        int idx = const_int(L, e->loc, ty_int, i);
        idx = op2(L, IR_CHECK_BOUNDS, e->loc, ty_int, arr, idx);
        IrInst *st = inst(IR_ARRAY_STORE, e->loc, NULL, 3);
        st->args[0] = arr;
        st->args[1] = idx;
        st->args[2] = v;
        emit(L, st);
    }
    return arr;
}

static int new_array(Lower *L, Node *n) {
    if (n->rhs) return array_init(L, n->rhs, n->ty);
    int *dims = lower_args(L, &n->args, 0, n->args.len);
    for (int i = 0; i < n->args.len; i++)
        dims[i] = op1(L, IR_CHECK_SIZE, ((Node *)n->args.items[i])->loc, ty_int, dims[i]);
    IrInst *in = inst(IR_NEW_ARRAY, n->loc, n->ty, 0);
    in->args = dims;
    in->nargs = n->args.len;
    return emit(L, in);
}

/* (float) Math.sqrt(f) with f a float: the float square root of f, the same
 * bits (see builtin_float_sqrt); NULL when n is not that. */
static Node *float_sqrt_operand(Node *n) {
    Node *c = n->lhs;
    if (n->ty != ty_float || c->kind != ND_CALL || !c->builtin || (c->builtin->flags & BI_FIELD) ||
        strcmp(c->builtin->owner, "Math") || strcmp(c->builtin->name, "sqrt") || c->args.len != 1)
        return NULL;
    Node *a = c->args.items[0];
    return a->kind == ND_CONV && a->ty == ty_double && a->lhs->ty == ty_float ? a->lhs : NULL;
}

static int conversion(Lower *L, Node *n) {
    Type *from = n->lhs->ty, *to = n->ty;
    if (from == ty_null) return const_null(L, n->loc, to);
    if (is_bits(to) && has_const(n->lhs)) return bits_const(L, n->loc, erase(to), bits_const_value(n->lhs->cval, bits_width(to)));
    if (is_bits(from) || is_bits(to)) return convert(L, n->loc, rval(L, n->lhs), from, to);
    Node *f = float_sqrt_operand(n);
    if (f) {
        IrInst *in = inst(IR_CALL_BUILTIN, n->lhs->loc, ty_float, 1);
        in->builtin = builtin_float_sqrt();
        in->args[0] = rval(L, f);
        return emit(L, in);
    }
    Node *outer_widened = L->widened;
    Type *outer_widened_to = L->widened_to;
    if (n->kind == ND_CONV && is_reference(from) && is_reference(to) && !is_value_class(from) && !is_value_class(to)) {
        L->widened = n->lhs;
        L->widened_to = to;
    }
    int v = rval(L, n->lhs);
    L->widened = outer_widened;
    L->widened_to = outer_widened_to;
    if (is_primitive(from) || is_primitive(to) || is_value_class(from) != is_value_class(to))
        return convert_msg(L, n->loc, v, from, to, n->npe_msg);
    if (n->kind == ND_CAST && !is_method_convertible(from, to)) return op1(L, IR_CHECK_CAST, n->loc, to, v);
    return v; /* reference widening: the same reference */
}

/* Boxing (JLS 5.1.7): v of primitive type from to reference type to (its
 * wrapper or a supertype of it; a constant narrowed first, Byte b = 10)
 * is a call of the wrapper's valueOf.  Unboxing (5.1.8): v of reference
 * type from to primitive type to is a null check and a call of the
 * wrapper's xxxValue(), then a widening; from a supertype of the wrapper
 * ((int) anObject) a checked cast to the wrapper first. */
static int box_convert(Lower *L, Loc loc, int v, Type *from, Type *to) {
    if (is_primitive(from)) {
        Type *prim = unbox_type(to) ? unbox_type(to) : from;
        v = convert(L, loc, v, from, prim);
        MethodDecl *m = box_method(prim);
        IrInst *in = inst(IR_CALL, loc, m->ir->ret, 1);
        in->callee = m->ir;
        in->method = m;
        in->args[0] = v;
        return emit(L, in);
    }
    LIME_ASSERT(is_reference(from) && is_primitive(to));
    Type *prim = unbox_type(from);
    if (!prim) {
        prim = to;
        v = op1(L, IR_CHECK_CAST, loc, box_type(to), v);
        from = box_type(to);
    }
    MethodDecl *m = unbox_method(prim);
    IrInst *in = inst(IR_CALL, loc, prim, 1);
    in->callee = m->ir;
    in->method = m;
    in->args[0] = check_null_msg(L, loc, from, v, L->unbox_msg);
    return convert(L, loc, emit(L, in), prim, to);
}

/* A value of value class from (boxing.c) as reference type to: a new box
 * holding it; a reference of type from as value class to: a checked cast
 * to to's box (unless it has that type), a null check (unboxing null is a
 * NullPointerException, as for Integer) and the box's value. */
static int value_box_convert(Lower *L, Loc loc, int v, Type *from, Type *to) {
    if (is_value_class(from)) {
        ClassDecl *box = from->cls->box;
        IrInst *in = inst(IR_NEW_OBJECT, loc, class_type(box), 0);
        in->cls = box;
        int obj = emit(L, in);
        IrInst *st = inst(IR_STORE_FIELD, loc, NULL, 2);
        st->field = box_field(box);
        st->args[0] = obj;
        st->args[1] = v;
        emit(L, st);
        return obj;
    }
    LIME_ASSERT(is_reference(from) && is_value_class(to));
    Type *bt = class_type(to->cls->box);
    if (erase(from) != bt) v = op1(L, IR_CHECK_CAST, loc, bt, v);
    IrInst *in = inst(IR_LOAD_FIELD, loc, to, 1);
    in->field = box_field(to->cls->box);
    in->args[0] = check_null(L, loc, bt, v);
    return emit(L, in);
}

/* T.class: the Class object getClass() returns for T's objects. */
static int class_literal(Lower *L, Node *n) {
    /* an enum's Class knows its constants (getEnumConstants: EnumSet,
     * EnumMap, Enum.valueOf) once the enum is initialised, which the JVM
     * does when they are asked for: here, when its Class is named */
    Type *t = n->type_node->ty;
    if (t && t->kind == TY_CLASS && t->cls->is_enum) ensure_initialised(L, n->loc, t->cls);
    IrInst *in = inst(IR_CLASS_OBJECT, n->loc, erase(n->ty), 0);
    in->type_arg = n->type_node->ty;
    return emit(L, in);
}

/* e instanceof T [t]: a pattern variable gets e as T where it matched (a
 * value class: a test of its box, the variable the box's value). */
static int instance_of(Lower *L, Node *n) {
    int v = rval(L, n->lhs);
    IrInst *in = inst(IR_INSTANCEOF, n->loc, ty_boolean, 1);
    in->args[0] = v;
    in->type_arg = is_value_class(n->type_node->ty) ? class_type(n->type_node->ty->cls->box) : n->type_node->ty;
    int r = emit(L, in);
    if (n->pattern_var) {
        LocalVar *pv = n->pattern_var;
        if (!pv->ir) pv->ir = new_local(L, pv->name, pv->ty, false);
        IrInst *branch = inst(IR_IF, n->loc, NULL, 1);
        branch->args[0] = r;
        IrBlock *saved;
        branch->then_blk = enter_block(L, &saved);
        int as_t = is_value_class(pv->ty) ? convert(L, n->loc, v, n->lhs->ty, pv->ty) : op1(L, IR_CHECK_CAST, n->loc, pv->ty, v);
        store_local(L, n->loc, pv->ir, as_t);
        leave_block(L, saved);
        branch->else_blk = ir_new_block();
        emit(L, branch);
    }
    return r;
}

/* ------------------------------------------------------------ Lime extensions */

static IrTask *new_task(Lower *L, TaskKind kind, const char *what, Loc loc) {
    IrTask *t = xalloc(sizeof *t);
    t->id = L->p->tasks.len;
    t->kind = kind;
    t->name = xprintf("%s@%d", what, loc.line);
    t->loc = loc;
    t->op = TK_EOF;
    vec_push(&L->p->tasks, t);
    return t;
}

/* An array operand of a task: a mutable array may be null. */
static int array_operand(Lower *L, Node *e) {
    int v = rval(L, e);
    return check_null(L, e->loc, e->ty, v);
}

/* @ Lime.range2(w, h) is two operands, x then y (check.c), both this node:
 * w and h evaluated once, then each axis's array */
static int range2_operand(Lower *L, Node *r, int *w, int *h, bool y) {
    if (!y) {
        *w = rval(L, r->args.items[0]);
        *h = rval(L, r->args.items[1]);
    }
    IrInst *in = inst(IR_RANGE2, r->loc, r->ty, 2);
    in->args[0] = *w;
    in->args[1] = *h;
    in->ival = y;
    return check_null(L, r->loc, r->ty, emit(L, in));
}

/* f(@ a, @ b, c): one MAP instruction over the arrays, c broadcast. */
static int map_call(Lower *L, Node *n) {
    const char *what = n->method ? n->method->name : n->builtin->name;
    IrTask *t = new_task(L, TASK_MAP, what, n->loc);
    t->func = n->method ? n->method->ir : NULL;
    t->builtin = n->builtin;
    t->out = n->ty->elem;
    t->nargs = n->args.len;
    t->mapped = xalloc(sizeof(bool) * (size_t)(n->args.len + 1));
    t->param = xalloc(sizeof(Type *) * (size_t)(n->args.len + 1));
    t->mapped_elem = xalloc(sizeof(Type *) * (size_t)(n->args.len + 1));
    IrInst *in = inst(IR_MAP, n->loc, n->ty, n->args.len);
    in->task = t;
    Node *range2 = NULL;
    int w = -1, h = -1;
    for (int i = 0; i < n->args.len; i++) {
        Node *a = n->args.items[i];
        t->param[i] = a->ty;
        Node *m = a;
        while (m->kind == ND_CONV) m = m->lhs;
        if (m->kind == ND_MAP_ARG) {
            t->mapped[i] = true;
            t->mapped_elem[i] = m->ty;
            if (!t->in) t->in = m->ty;
            if (m->lhs->lime_op == LIME_OP_RANGE2) {
                in->args[i] = range2_operand(L, m->lhs, &w, &h, range2 == m->lhs);
                range2 = m->lhs;
            } else in->args[i] = array_operand(L, m->lhs);
        } else in->args[i] = rval(L, a);
    }
    return emit(L, in);
}

static int reduce(Lower *L, Node *n) {
    Node *m = n->lhs;
    const char *what = !m ? xprintf("'%s'", token_kind_spelling(n->op)) : m->method ? m->method->name : m->name;
    int array = array_operand(L, n->rhs);
    IrTask *t = new_task(L, TASK_REDUCE, what, n->loc);
    t->in = t->out = n->ty;
    if (!m) t->op = n->op;
    else if (m->builtin) t->builtin = m->builtin;
    else t->func = m->method->ir;
    IrInst *in = inst(IR_REDUCE, n->loc, n->ty, 1);
    in->task = t;
    in->args[0] = array;
    int r = emit(L, in);
    /* & ! of no words: its container's identity (all ones) kept to N bits */
    return is_bits(n->ty) && n->op == TK_AMP && !m ? bits_keep(L, n->loc, erase(n->ty), r, bits_width(n->ty)) : r;
}

static int array_copy(Lower *L, Loc loc, Node *src, Type *to) {
    return op1(L, IR_ARRAY_COPY, loc, to, array_operand(L, src));
}

static int new_value_array(Lower *L, Node *n) {
    if (n->lhs) return array_copy(L, n->loc, n->lhs, n->ty);
    int len = op1(L, IR_CHECK_SIZE, n->rhs->loc, ty_int, rval(L, n->rhs));
    return op1(L, IR_NEW_ARRAY, n->loc, n->ty, len);
}

/* The operands a graph value holds, in evaluation order: the source
 * array, then the object of each stateful filter. */
static void graph_operands(Lower *L, Node *n, Vec *ops) {
    if (n->kind == ND_CONNECT) {
        graph_operands(L, n->lhs, ops);
        Node *ref = n->rhs->lhs;
        if (ref->kind == ND_FIELD && ref->lhs->kind == ND_NEW) vec_push(ops, (void *)(intptr_t)rval(L, ref->lhs));
        return;
    }
    if (n->kind == ND_CALL && n->lime_op == LIME_OP_SOURCE) {
        vec_push(ops, (void *)(intptr_t)array_operand(L, n->lhs));
        return;
    }
    /* a graph held in a variable: not decomposable here */
    LIME_UNREACHABLE();
}

/* The graph's filters before its sink (all of them for collect) as one
 * task: what a device backend may build as one pipeline (e.g. the FPGA). */
static void stream_task(Lower *L, Graph *g) {
    int n = g->filters.len - (g->ends_in_sink ? 1 : 0);
    if (n <= 0) return;
    GraphFilter *first = g->filters.items[0], *last = g->filters.items[n - 1];
    StrBuf name = {0};
    sb_puts(&name, "stream(");
    for (int i = 0; i < n; i++) sb_printf(&name, "%s%s", i ? "," : "", ((GraphFilter *)g->filters.items[i])->method->name);
    sb_puts(&name, ")");
    IrTask *t = new_task(L, TASK_STREAM, sb_str(&name), first->task->loc);
    t->nchain = n;
    t->in = g->source_elem;
    t->out = last->out;
    t->graph = g;
    t->filters = xalloc(sizeof(IrStreamFilter) * (size_t)n);
    for (int i = 0; i < n; i++) {
        GraphFilter *f = g->filters.items[i];
        IrStreamFilter *sf = &t->filters[i];
        sf->loc = f->task->loc;
        Node *nw = f->task->lhs ? f->task->lhs->lhs : NULL;
        if (!nw || nw->kind != ND_NEW) continue;
        sf->ctor = nw->method ? nw->method->ir : f->method->owner->default_ctor;
        sf->nctor_args = nw->args.len;
        sf->ctor_args = xalloc(sizeof(IrCtorArg) * (size_t)(nw->args.len + 1));
        for (int k = 0; k < nw->args.len; k++) {
            Node *a = nw->args.items[k];
            sf->ctor_args[k] = (IrCtorArg){a->cval, a->loc};
        }
    }
    g->stream = t;
}

/* The run of stateless filters first..first+len-1 as one map task:
 * out[i] = fk(...f1(in[i])) over the items the graph has there. */
static void run_task(Lower *L, Graph *g, int first_pos, int len) {
    StrBuf name = {0};
    sb_puts(&name, "fused(");
    GraphFilter *first = g->filters.items[first_pos], *last = g->filters.items[first_pos + len - 1];
    IrTask *t = new_task(L, TASK_MAP, "", first->task->loc);
    t->nchain = len;
    t->chain = xalloc(sizeof(IrFunc *) * (size_t)t->nchain);
    for (int i = 0; i < len; i++) {
        GraphFilter *f = g->filters.items[first_pos + i];
        t->chain[i] = f->method->ir;
        sb_printf(&name, "%s%s", i ? "," : "", f->method->name);
    }
    sb_printf(&name, ")@%d", first->task->loc.line);
    t->name = xstrdup(sb_str(&name));
    t->in = first->in;
    t->out = last->out;
    t->nargs = 1;
    t->mapped = xalloc(sizeof(bool));
    t->mapped[0] = true;
    t->param = xalloc(sizeof(Type *));
    t->param[0] = first->in;
    t->mapped_elem = xalloc(sizeof(Type *));
    t->mapped_elem[0] = first->in;
    t->graph = g;
    t->graph_pos = first_pos;
    vec_push(&g->runs, t);
}

static void graph_tasks(Lower *L, Graph *g) {
    for (int i = 0; i < L->p->graphs.len; i++)
        if (L->p->graphs.items[i] == g) return;
    vec_push(&L->p->graphs, g);
    for (int i = 0; i < g->filters.len; i++) {
        GraphFilter *f = g->filters.items[i];
        IrTask *t = new_task(L, f->kind, f->method->name, f->task->loc);
        t->in = f->in;
        t->out = f->out;
        t->func = f->method->ir;
        t->graph = g;
        t->graph_pos = i;
    }
    stream_task(L, g);
    /* each maximal run of neighbouring stateless filters is one map; the
     * graph runs as segments: these maps, and the other filters item by
     * item on the CPU (backends/cpu/graph.c).  A multi-rate graph has none:
     * it runs firing by firing on the CPU. */
    for (int i = 0; i < g->filters.len && !g->multirate;) {
        int len = 0;
        while (i + len < g->filters.len && ((GraphFilter *)g->filters.items[i + len])->kind == TASK_FILTER) len++;
        if (len) run_task(L, g, i, len);
        i += len ? len : 1;
    }
}

IrTask *graph_run_at(Graph *g, int pos) {
    for (int i = 0; i < g->runs.len; i++) {
        IrTask *r = g->runs.items[i];
        if (pos >= r->graph_pos && pos < r->graph_pos + r->nchain) return r;
    }
    return NULL;
}

static int graph_new(Lower *L, Node *n) {
    Vec ops = {0};
    graph_operands(L, n, &ops);
    IrInst *in = inst(IR_GRAPH_NEW, n->loc, n->ty, ops.len);
    in->graph = n->ty->graph;
    for (int i = 0; i < ops.len; i++) in->args[i] = (int)(intptr_t)ops.items[i];
    return emit(L, in);
}

static int lime_member(Lower *L, Node *n) {
    switch (n->lime_op) {
    case LIME_OP_RANGE: return op1(L, IR_RANGE, n->loc, n->ty, rval(L, n->args.items[0]));
    case LIME_OP_TO_ARRAY:
        if (n->npe_msg) /* Java's clone() of an array */
            return op1(L, IR_ARRAY_COPY, n->loc, n->ty, check_null_msg(L, n->lhs->loc, n->lhs->ty, rval(L, n->lhs), n->npe_msg));
        return array_copy(L, n->loc, n->lhs, n->ty);
    case LIME_OP_SOURCE: return graph_new(L, n);
    case LIME_OP_ROTL: case LIME_OP_ROTR: return bits_rotate(L, n);
    case LIME_OP_CONCAT: return bits_concat(L, n);
    case LIME_OP_COLLECT: case LIME_OP_FINISH: {
        Graph *g = n->lhs->ty->graph;
        graph_tasks(L, g);
        IrInst *in = inst(IR_GRAPH_RUN, n->loc, n->ty, 1);
        in->graph = g;
        in->args[0] = rval(L, n->lhs);
        return emit(L, in);
    }
    default: LIME_UNREACHABLE();
    }
}

/* for (i = 0; [go &&] i < len; i++) step(i): a counted loop over the
 * indexes of arrays of length len (go: a boolean local that ends it early). */
typedef void (*ElemStep)(Lower *L, Loc loc, int i, void *ctx);

static void index_loop(Lower *L, Loc loc, int len, IrLocal *go, ElemStep step, void *ctx) {
    IrLocal *idx = new_local(L, "$i", ty_int, false);
    store_local(L, loc, idx, const_int(L, loc, ty_int, 0));
    IrInst *loop = inst(IR_LOOP, loc, NULL, 0);
    loop->label = new_label(L);
    IrBlock *saved;
    loop->body_blk = enter_block(L, &saved);
    int i = load_local(L, loc, idx);
    int more = op2(L, IR_LT, loc, ty_boolean, i, len);
    if (go) more = op2(L, IR_AND, loc, ty_boolean, load_local(L, loc, go), more);
    IrInst *test = inst(IR_IF, loc, NULL, 1);
    test->args[0] = op1(L, IR_NOT, loc, ty_boolean, more);
    IrBlock *saved2;
    test->then_blk = enter_block(L, &saved2);
    emit_jump(L, IR_BREAK, loc, loop->label);
    leave_block(L, saved2);
    test->else_blk = ir_new_block();
    emit(L, test);
    step(L, loc, i, ctx);
    store_local(L, loc, idx, op2(L, IR_ADD, loc, ty_int, i, const_int(L, loc, ty_int, 1)));
    leave_block(L, saved);
    loop->cont_blk = ir_new_block();
    emit(L, loop);
}

/* Float.floatToIntBits(v) or Double.doubleToLongBits(v), t float or double */
static int float_bits(Lower *L, Loc loc, int v, Type *t) {
    const Builtin *b;
    int n = builtin_lookup(t == ty_float ? "Float" : "Double", t == ty_float ? "floatToIntBits" : "doubleToLongBits", &b, 1);
    LIME_ASSERT(n == 1);
    IrInst *in = inst(IR_CALL_BUILTIN, loc, t == ty_float ? ty_int : ty_long, 1);
    in->builtin = b;
    in->args[0] = v;
    return emit(L, in);
}

typedef struct ElemsEqual {
    int a, b;              /* the two arrays, checked */
    Type *t;               /* their type */
    IrLocal *r;            /* all equal so far */
    bool bits;
} ElemsEqual;

static void element_equals(Lower *L, Loc loc, int i, void *ctx) {
    ElemsEqual *e = ctx;
    int ia = op2(L, IR_CHECK_BOUNDS, loc, ty_int, e->a, i), ib = op2(L, IR_CHECK_BOUNDS, loc, ty_int, e->b, i);
    int ea = op2(L, IR_ARRAY_LOAD, loc, e->t->elem, e->a, ia), eb = op2(L, IR_ARRAY_LOAD, loc, e->t->elem, e->b, ib);
    store_local(L, loc, e->r, value_equals(L, loc, ea, eb, e->t->elem, e->bits));
}

/* a == b on values: field by field, element by element (LANGUAGE.md 2.1,
 * 2.2), each with the primitive == of its type; with bits, float and
 * double fields compare as their wrappers' equals does (by
 * floatToIntBits, doubleToLongBits: what a record's equals does). */
static int value_equals(Lower *L, Loc loc, int a, int b, Type *t, bool bits) {
    if (bits && (t == ty_float || t == ty_double)) {
        a = float_bits(L, loc, a, t);
        b = float_bits(L, loc, b, t);
        t = t == ty_float ? ty_int : ty_long;
    }
    if (!is_value_type(t)) {
        Type *p = is_numeric(t) ? unary_promote(t) : t;  /* == on byte/short/char compares ints */
        return op2(L, IR_EQ, loc, ty_boolean, convert(L, loc, a, t, p), convert(L, loc, b, t, p));
    }
    if (t->kind == TY_CLASS) {
        int all = const_int(L, loc, ty_boolean, 1);
        for (int i = 0; i < t->cls->fields.len; i++) {
            FieldDecl *f = t->cls->fields.items[i];
            if (f->mods & MOD_STATIC) continue;
            IrInst *fa = inst(IR_LOAD_FIELD, loc, f->ty, 1), *fb = inst(IR_LOAD_FIELD, loc, f->ty, 1);
            fa->field = fb->field = f;
            fa->args[0] = a;
            fb->args[0] = b;
            int va = emit(L, fa), vb = emit(L, fb);
            all = op2(L, IR_AND, loc, ty_boolean, all, value_equals(L, loc, va, vb, f->ty, bits));
        }
        return all;
    }
    /* value arrays: equal lengths, then every element */
    ElemsEqual e = {.t = t, .bits = bits};
    e.a = check_null(L, loc, t, a);
    e.b = check_null(L, loc, t, b);
    e.r = new_local(L, "$eq", ty_boolean, false);
    int la = op1(L, IR_ARRAY_LEN, loc, ty_int, e.a), lb = op1(L, IR_ARRAY_LEN, loc, ty_int, e.b);
    store_local(L, loc, e.r, op2(L, IR_EQ, loc, ty_boolean, la, lb));
    index_loop(L, loc, la, e.r, element_equals, &e);
    return load_local(L, loc, e.r);
}

/* h = 31 * h + x */
static int hash_step(Lower *L, Loc loc, int h, int x) {
    return op2(L, IR_ADD, loc, ty_int, op2(L, IR_MUL, loc, ty_int, const_int(L, loc, ty_int, 31), h), x);
}

static int value_hash(Lower *L, Loc loc, int v, Type *t);

typedef struct ElemsHash {
    int arr;
    Type *t;
    IrLocal *h;
} ElemsHash;

static void element_hash(Lower *L, Loc loc, int i, void *ctx) {
    ElemsHash *e = ctx;
    int x = op2(L, IR_ARRAY_LOAD, loc, e->t->elem, e->arr, op2(L, IR_CHECK_BOUNDS, loc, ty_int, e->arr, i));
    store_local(L, loc, e->h, hash_step(L, loc, load_local(L, loc, e->h), value_hash(L, loc, x, e->t->elem)));
}

/* The hash of value v of type t, consistent with value_equals with bits:
 * a primitive's as its wrapper's hashCode, a value's fields combined as a
 * record's hashCode does (h = 31 * h + field, from 0), a value array's
 * elements as Arrays.hashCode does (from 1). */
static int value_hash(Lower *L, Loc loc, int v, Type *t) {
    if (t == ty_boolean) {
        IrLocal *r = new_local(L, "$hash", ty_int, false);
        IrInst *test = inst(IR_IF, loc, NULL, 1);
        test->args[0] = v;
        IrBlock *saved;
        test->then_blk = enter_block(L, &saved);
        store_local(L, loc, r, const_int(L, loc, ty_int, 1231));
        test->else_blk = ir_new_block();
        L->blk = test->else_blk;
        store_local(L, loc, r, const_int(L, loc, ty_int, 1237));
        leave_block(L, saved);
        emit(L, test);
        return load_local(L, loc, r);
    }
    if (t == ty_float) return float_bits(L, loc, v, t);
    if (t == ty_double || t == ty_long) {
        if (t == ty_double) v = float_bits(L, loc, v, t);
        int hi = op2(L, IR_USHR, loc, ty_long, v, const_int(L, loc, ty_int, 32));
        return op1(L, IR_CONV, loc, ty_int, op2(L, IR_XOR, loc, ty_long, v, hi));
    }
    if (is_primitive(t)) return convert(L, loc, v, t, ty_int);
    if (t->kind == TY_CLASS) {
        int h = const_int(L, loc, ty_int, 0);
        for (int i = 0; i < t->cls->fields.len; i++) {
            FieldDecl *f = t->cls->fields.items[i];
            if (f->mods & MOD_STATIC) continue;
            IrInst *ld = inst(IR_LOAD_FIELD, loc, f->ty, 1);
            ld->field = f;
            ld->args[0] = v;
            h = hash_step(L, loc, h, value_hash(L, loc, emit(L, ld), f->ty));
        }
        return h;
    }
    ElemsHash e = {.t = t};
    e.arr = check_null(L, loc, t, v);
    e.h = new_local(L, "$hash", ty_int, false);
    store_local(L, loc, e.h, const_int(L, loc, ty_int, 1));
    index_loop(L, loc, op1(L, IR_ARRAY_LEN, loc, ty_int, e.arr), NULL, element_hash, &e);
    return load_local(L, loc, e.h);
}

/* Lowers an expression and returns the temp holding its value (or -1 for
 * a void call). */
static int rval(Lower *L, Node *n) {
    if (n->cval.ty && (is_primitive(n->cval.ty) || n->cval.ty == ty_string) && n->kind != ND_ASSIGN)
        return const_of(L, n->loc, n->cval);
    Node *k = n->kind == ND_NAME || n->kind == ND_FIELD ? bits_constant_field(n) : NULL;
    if (k) return bits_const(L, n->loc, erase(n->ty), bits_const_value(k->cval, bits_width(n->ty)));
    switch (n->kind) {
    case ND_LITERAL:
        LIME_ASSERT(n->ty == ty_null);
        return const_null(L, n->loc, ty_null);
    case ND_NAME:
        if (n->var) return load_local(L, n->loc, n->var->ir);
        return field_load(L, n);
    case ND_FIELD: return field_load(L, n);
    case ND_CALL:
        if (n->is_map) return map_call(L, n);
        if (n->lime_op) return lime_member(L, n);
        return call(L, n);
    case ND_REDUCE: return reduce(L, n);
    case ND_NEW_VALUE_ARRAY: return new_value_array(L, n);
    case ND_CONNECT: return graph_new(L, n);
    case ND_NEW: return new_object(L, n);
    case ND_NEW_ARRAY: return new_array(L, n);
    case ND_INDEX: {
        if (is_bits(n->lhs->ty)) return bits_index(L, n);
        Place p = place_of(L, n);
        check_place(L, &p, n);
        return load_place(L, &p);
    }
    case ND_UNARY: return unary(L, n);
    case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC: return incdec(L, n);
    case ND_BINARY: return binary(L, n);
    case ND_ASSIGN: return assign(L, n);
    case ND_COND: return conditional(L, n);
    case ND_CAST: case ND_CONV: return conversion(L, n);
    case ND_THIS: return outer_instance(L, n->loc, n->outer_hops);
    case ND_SUPER: return outer_instance(L, n->loc, n->outer_hops); /* (a lambda body's: the enclosing instance) */
    case ND_INSTANCEOF: return instance_of(L, n);
    case ND_CLASS_LIT: return class_literal(L, n);
    case ND_SWITCH_EXPR: {
        SwitchResult *r = xalloc(sizeof *r);
        r->sw = n;
        r->value = new_local(L, "$switch", n->ty, false);
        vec_push(&L->switch_results, r);
        switch_stmt(L, n, NULL);
        L->switch_results.len--;
        return load_local(L, n->loc, r->value);
    }
    default: LIME_UNREACHABLE();
    }
}

/* ------------------------------------------------------------ statements */

static void lower_block_into(Lower *L, IrBlock *blk, Vec *stmts) {
    IrBlock *saved = L->blk;
    L->blk = blk;
    for (int i = 0; i < stmts->len; i++) stmt(L, stmts->items[i]);
    L->blk = saved;
}

static IrBlock *stmt_block(Lower *L, Node *s) {
    IrBlock *saved;
    IrBlock *b = enter_block(L, &saved);
    if (s) stmt(L, s);
    leave_block(L, saved);
    return b;
}

static void emit_jump(Lower *L, IrOp op, Loc loc, int label) {
    IrInst *in = inst(op, loc, NULL, 0);
    in->label = label;
    emit(L, in);
}

/* if (!cond) break label; */
static void exit_unless(Lower *L, Node *cond, int label) {
    if (!cond || (cond->cval.ty == ty_boolean && cond->cval.i)) return;
    int c = rval(L, cond);
    int nc = op1(L, IR_NOT, cond->loc, ty_boolean, c);
    IrInst *in = inst(IR_IF, cond->loc, NULL, 1);
    in->args[0] = nc;
    IrBlock *saved;
    in->then_blk = enter_block(L, &saved);
    emit_jump(L, IR_BREAK, cond->loc, label);
    leave_block(L, saved);
    in->else_blk = ir_new_block();
    emit(L, in);
}

static int loop_label(Lower *L, Node *n, Node *labeled) {
    int label = new_label(L);
    push_target(L, n, label);
    if (labeled) push_target(L, labeled, label);
    return label;
}

static void loop_stmt(Lower *L, Node *n, Node *labeled) {
    for (int i = 0; n->kind == ND_FOR && i < n->stmts.len; i++) stmt(L, n->stmts.items[i]);
    IrInst *in = inst(IR_LOOP, n->loc, NULL, 0);
    in->label = loop_label(L, n, labeled);
    IrBlock *saved;
    in->body_blk = enter_block(L, &saved);
    if (n->kind != ND_DO) exit_unless(L, n->cond, in->label);
    stmt(L, n->body);
    leave_block(L, saved);
    in->cont_blk = enter_block(L, &saved);
    if (n->kind == ND_DO) exit_unless(L, n->cond, in->label);
    for (int i = 0; n->kind == ND_FOR && i < n->update.len; i++) stmt(L, n->update.items[i]);
    leave_block(L, saved);
    emit(L, in);
}

/* for (T x : a) body  =>  a' = checknull a; n = length a'; i = 0;
 * loop { if !(i < n) break; x = a'[i]; body } continue { i = i + 1 } */
static void foreach_stmt(Lower *L, Node *n, Node *labeled) {
    Loc loc = n->loc;
    int arr = check_null_msg(L, n->lhs->loc, n->lhs->ty, rval(L, n->lhs), n->npe_msg);
    int len = op1(L, IR_ARRAY_LEN, loc, ty_int, arr);
    IrLocal *idx = new_local(L, "$i", ty_int, false);
    store_local(L, loc, idx, const_int(L, loc, ty_int, 0));
    LocalVar *v = n->foreach_var;
    v->ir = new_local(L, v->name, v->ty, false);
    IrInst *in = inst(IR_LOOP, loc, NULL, 0);
    in->label = loop_label(L, n, labeled);
    IrBlock *saved;
    in->body_blk = enter_block(L, &saved);
    int i = load_local(L, loc, idx);
    int more = op2(L, IR_LT, loc, ty_boolean, i, len);
    int done = op1(L, IR_NOT, loc, ty_boolean, more);
    IrInst *test = inst(IR_IF, loc, NULL, 1);
    test->args[0] = done;
    IrBlock *saved2;
    test->then_blk = enter_block(L, &saved2);
    emit_jump(L, IR_BREAK, loc, in->label);
    leave_block(L, saved2);
    test->else_blk = ir_new_block();
    emit(L, test);
    int ci = op2(L, IR_CHECK_BOUNDS, loc, ty_int, arr, i);
    int elem = op2(L, IR_ARRAY_LOAD, loc, n->lhs->ty->elem, arr, ci);
    store_local(L, loc, v->ir, convert_msg(L, loc, elem, n->lhs->ty->elem, v->ty, n->npe_elem_msg));
    stmt(L, n->body);
    leave_block(L, saved);
    in->cont_blk = enter_block(L, &saved);
    int i2 = load_local(L, loc, idx);
    store_local(L, loc, idx, op2(L, IR_ADD, loc, ty_int, i2, const_int(L, loc, ty_int, 1)));
    leave_block(L, saved);
    emit(L, in);
}

/* A switch on a String becomes an int switch on the index of the matching
 * label, found by String.equals in label order (null: NullPointerException). */
static int string_switch_key(Lower *L, Node *n, int64_t **indices) {
    int s = check_null_msg(L, n->lhs->loc, ty_string, rval(L, n->lhs), n->npe_msg);
    IrLocal *k = new_local(L, "$key", ty_int, false);
    store_local(L, n->loc, k, const_int(L, n->loc, ty_int, -1));
    const Builtin *eq;
    builtin_lookup("String", "equals", &eq, 1);
    int counter = 0;
    for (int i = 0; i < n->cases.len; i++) {
        SwitchCase *c = n->cases.items[i];
        indices[i] = xalloc(sizeof(int64_t) * (size_t)(c->labels.len + 1));
        for (int j = 0; j < c->labels.len; j++) {
            int idx = counter++;
            indices[i][j] = idx;
            int lit = const_of(L, c->loc, c->label_values[j]);
            IrInst *call = inst(IR_CALL_BUILTIN, c->loc, ty_boolean, 2);
            call->builtin = eq;
            call->args[0] = s;
            call->args[1] = lit;
            int same = emit(L, call);
            IrInst *in = inst(IR_IF, c->loc, NULL, 1);
            in->args[0] = same;
            IrBlock *saved;
            in->then_blk = enter_block(L, &saved);
            store_local(L, c->loc, k, const_int(L, c->loc, ty_int, idx));
            leave_block(L, saved);
            in->else_blk = ir_new_block();
            emit(L, in);
        }
    }
    return load_local(L, n->loc, k);
}

static void switch_stmt(Lower *L, Node *n, Node *labeled) {
    int64_t **indices = xalloc(sizeof(int64_t *) * (size_t)(n->cases.len + 1));
    int key;
    if (n->lhs->ty == ty_string) key = string_switch_key(L, n, indices);
    else if (n->method) {
        /* an enum: its ordinal() (NullPointerException for null) */
        IrInst *in = inst(IR_CALL, n->lhs->loc, ty_int, 1);
        in->callee = n->method->ir;
        in->args[0] = check_null_msg(L, n->lhs->loc, n->lhs->ty, rval(L, n->lhs), n->npe_msg);
        key = emit(L, in);
    } else {
        key = convert_msg(L, n->lhs->loc, rval(L, n->lhs), n->lhs->ty, ty_int, n->npe_msg);
    }
    IrInst *in = inst(IR_SWITCH, n->loc, NULL, 1);
    in->args[0] = key;
    in->label = loop_label(L, n, labeled);
    in->narms = n->cases.len;
    in->arms = xalloc(sizeof(IrSwitchArm) * (size_t)(n->cases.len + 1));
    for (int i = 0; i < n->cases.len; i++) {
        SwitchCase *c = n->cases.items[i];
        IrSwitchArm *arm = &in->arms[i];
        arm->is_default = c->is_default;
        arm->nvalues = c->labels.len;
        arm->values = xalloc(sizeof(int64_t) * (size_t)(c->labels.len + 1));
        for (int j = 0; j < c->labels.len; j++)
            arm->values[j] = n->lhs->ty == ty_string ? indices[i][j] : c->label_values[j].i;
        arm->body = ir_new_block();
        lower_block_into(L, arm->body, &c->stmts);
    }
    emit(L, in);
}

static void local_decl(Lower *L, Node *n) {
    for (int i = 0; i < n->vars.len; i++) {
        LocalVar *v = n->vars.items[i];
        v->ir = new_local(L, v->name, v->ty, false);
        if (!v->init) continue;
        int val = v->init->kind == ND_ARRAY_INIT ? array_init(L, v->init, v->ty) : rval_as(L, v->init, v->ty);
        store_local(L, v->loc, v->ir, val);
    }
}

/* The innermost finally frame a jump to target (NULL: a return) leaves, or NULL. */
static FinallyFrame *frame_left(Lower *L, Node *target) {
    if (!L->finally_frames.len) return NULL;
    FinallyFrame *f = L->finally_frames.items[L->finally_frames.len - 1];
    if (!target) return f;
    for (int i = 0; i < f->ntargets; i++)
        if (((Target *)L->targets.items[i])->node == target) return f;
    return NULL;
}

/* break, continue, return: straight there, or first through the finally
 * blocks they leave (the innermost one's exit; it jumps on from there). */
static void jump_stmt(Lower *L, Node *n) {
    Node *target = n->kind == ND_RETURN ? NULL : n->target;
    FinallyFrame *f = frame_left(L, target);
    if (!f) {
        if (n->kind == ND_BREAK) emit_jump(L, IR_BREAK, n->loc, label_of(L, target));
        else if (n->kind == ND_CONTINUE) emit_jump(L, IR_CONTINUE, n->loc, label_of(L, target));
        else if (L->value_ctor) return_this(L, n->loc);
        else {
            IrInst *in = inst(IR_RETURN, n->loc, NULL, n->lhs ? 1 : 0);
            if (n->lhs) in->args[0] = rval_as(L, n->lhs, L->fn->ret);
            emit(L, in);
        }
        return;
    }
    IrOp op = n->kind == ND_BREAK ? IR_BREAK : n->kind == ND_CONTINUE ? IR_CONTINUE : IR_RETURN;
    if (op == IR_RETURN && n->lhs) {
        if (!f->ret_val) f->ret_val = new_local(L, "$ret", L->fn->ret, false);
        store_local(L, n->loc, f->ret_val, rval_as(L, n->lhs, L->fn->ret));
    }
    int kind = 0;
    for (int i = 0; i < f->jumps.len && !kind; i++) {
        PendingJump *j = f->jumps.items[i];
        if (j->op == op && j->target == target) kind = i + 1;
    }
    if (!kind) {
        PendingJump *j = xalloc(sizeof *j);
        j->op = op;
        j->target = target;
        j->loc = n->loc;
        vec_push(&f->jumps, j);
        kind = f->jumps.len;
    }
    store_local(L, n->loc, f->jump_kind, const_int(L, n->loc, ty_int, kind));
    emit_jump(L, IR_BREAK, n->loc, f->exit_label);
}

/* Whether b's last instruction leaves it (what follows would be unreachable). */
static bool ends_in_jump(IrBlock *b) {
    if (!b->len) return false;
    IrOp op = b->insts[b->len - 1]->op;
    return op == IR_RETURN || op == IR_BREAK || op == IR_CONTINUE || op == IR_THROW;
}

/* TRY body_blk, handler: exc = the exception; else_blk run with it. */
static IrInst *try_inst(Lower *L, Loc loc, IrLocal *exc) {
    IrInst *in = inst(IR_TRY, loc, NULL, 0);
    in->local = exc;
    return in;
}

/* The catch clauses as a handler: the first whose type the exception
 * has runs, with its parameter set; none: the exception goes on. */
static void catch_chain(Lower *L, Node *n, IrLocal *exc, int i) {
    if (i == n->catches.len) {
        IrInst *in = inst(IR_THROW, n->loc, NULL, 1);
        in->args[0] = check_null(L, n->loc, exc->ty, load_local(L, n->loc, exc));
        emit(L, in);
        return;
    }
    CatchClause *c = n->catches.items[i];
    int test = -1;
    for (int j = 0; j < c->types.len; j++) {
        IrInst *in = inst(IR_INSTANCEOF, c->loc, ty_boolean, 1);
        in->args[0] = load_local(L, c->loc, exc);
        in->type_arg = ((Node *)c->types.items[j])->ty;
        int t = emit(L, in);
        test = test < 0 ? t : op2(L, IR_OR, c->loc, ty_boolean, test, t);
    }
    IrInst *branch = inst(IR_IF, c->loc, NULL, 1);
    branch->args[0] = test;
    IrBlock *saved;
    branch->then_blk = enter_block(L, &saved);
    c->var->ir = new_local(L, c->var->name, c->var->ty, false);
    store_local(L, c->loc, c->var->ir, op1(L, IR_CHECK_CAST, c->loc, c->var->ty, load_local(L, c->loc, exc)));
    stmt(L, c->body);
    leave_block(L, saved);
    branch->else_blk = enter_block(L, &saved);
    catch_chain(L, n, exc, i + 1);
    leave_block(L, saved);
    emit(L, branch);
}

/* The library's top-level class named name (it is always there) */
static ClassDecl *library_top_class(Lower *L, const char *name) {
    Program *prog = L->p->src;
    for (int i = 0; i < prog->top_classes.len; i++) {
        ClassDecl *c = prog->top_classes.items[i];
        if (c->is_library && !strcmp(c->name, name)) return c;
    }
    LIME_UNREACHABLE();
}

static Type *throwable_type(Lower *L) { return class_type(library_top_class(L, "Throwable")); }

/* try { B } catch ... : TRY B, handler: the catch chain.  With finally F:
 *   BLOCK exit { TRY { [try B catch ...] } handler t: { F; throw t } }
 *   F; switch (jump_kind) { the jumps that left through exit }
 * (JLS 14.20.2: F runs however the try statement completes). */
static void try_stmt(Lower *L, Node *n) {
    FinallyFrame *f = NULL;
    IrBlock *saved_outer = NULL;
    IrInst *exit_block = NULL;
    if (n->finally_blk) {
        f = xalloc(sizeof *f);
        f->try_node = n;
        f->ntargets = L->targets.len;
        f->exit_label = new_label(L);
        f->jump_kind = new_local(L, "$jump", ty_int, false);
        store_local(L, n->loc, f->jump_kind, const_int(L, n->loc, ty_int, 0));
        exit_block = inst(IR_BLOCK, n->loc, NULL, 0);
        exit_block->label = f->exit_label;
        exit_block->body_blk = enter_block(L, &saved_outer);
        vec_push(&L->finally_frames, f);
    }
    IrInst *outer = NULL;
    IrBlock *saved_try = NULL;
    IrLocal *thrown = NULL;
    if (f) {
        thrown = new_local(L, "$thrown", throwable_type(L), false);
        outer = try_inst(L, n->loc, thrown);
        outer->body_blk = enter_block(L, &saved_try);
    }
    if (n->catches.len) {
        IrLocal *exc = new_local(L, "$exc", throwable_type(L), false);
        IrInst *t = try_inst(L, n->loc, exc);
        t->body_blk = stmt_block(L, n->body);
        IrBlock *saved;
        t->else_blk = enter_block(L, &saved);
        catch_chain(L, n, exc, 0);
        leave_block(L, saved);
        emit(L, t);
    } else {
        stmt(L, n->body);
    }
    if (!f) return;
    leave_block(L, saved_try);
    L->finally_frames.len--;
    /* the handler: F, then the exception goes on */
    IrBlock *saved;
    outer->else_blk = enter_block(L, &saved);
    stmt(L, n->finally_blk);
    if (!ends_in_jump(L->blk)) {
        IrInst *rethrow = inst(IR_THROW, n->loc, NULL, 1);
        rethrow->args[0] = check_null(L, n->loc, thrown->ty, load_local(L, n->loc, thrown));
        emit(L, rethrow);
    }
    leave_block(L, saved);
    emit(L, outer);
    leave_block(L, saved_outer);
    emit(L, exit_block);
    stmt(L, n->finally_blk);
    if (!f->jumps.len || ends_in_jump(L->blk)) return;
    /* the jumps that left through the finally block go on (through the
     * enclosing ones) */
    IrInst *sw = inst(IR_SWITCH, n->loc, NULL, 1);
    sw->label = new_label(L);
    sw->args[0] = load_local(L, n->loc, f->jump_kind);
    sw->narms = f->jumps.len;
    sw->arms = xalloc(sizeof(IrSwitchArm) * (size_t)f->jumps.len);
    for (int i = 0; i < f->jumps.len; i++) {
        PendingJump *j = f->jumps.items[i];
        IrSwitchArm *arm = &sw->arms[i];
        arm->values = xalloc(sizeof(int64_t));
        arm->values[0] = i + 1;
        arm->nvalues = 1;
        arm->body = enter_block(L, &saved);
        Node jn = {.kind = j->op == IR_BREAK ? ND_BREAK : j->op == IR_CONTINUE ? ND_CONTINUE : ND_RETURN,
                   .loc = j->loc, .target = j->target};
        if (j->op == IR_RETURN && f->ret_val) {
            IrInst *in = inst(IR_RETURN, j->loc, NULL, 1);
            FinallyFrame *outer_f = frame_left(L, NULL);
            if (!outer_f) {
                in->args[0] = load_local(L, j->loc, f->ret_val);
                emit(L, in);
            } else {
                /* the value goes on to the enclosing finally frame's return */
                if (!outer_f->ret_val) outer_f->ret_val = new_local(L, "$ret", L->fn->ret, false);
                store_local(L, j->loc, outer_f->ret_val, load_local(L, j->loc, f->ret_val));
                jump_stmt(L, &jn);
            }
        } else {
            jump_stmt(L, &jn);
        }
        leave_block(L, saved);
    }
    emit(L, sw);
}

static int call_hidden_builtin(Lower *L, Loc loc, const Builtin *b, int *args, int nargs) {
    IrInst *in = inst(IR_CALL_BUILTIN, loc, builtin_ret_type(b), 0);
    in->builtin = b;
    in->args = args;
    in->nargs = nargs;
    return emit(L, in);
}

/* assert cond : detail;  =>  if (enabled) { if (cond) {} else { throw AssertionError(detail) } }
 * (the condition and the detail run only when assertions are enabled) */
static void assert_stmt(Lower *L, Node *n) {
    int enabled = call_hidden_builtin(L, n->loc, builtin_assert_enabled(), NULL, 0);
    IrInst *outer = inst(IR_IF, n->loc, NULL, 1);
    outer->args[0] = enabled;
    IrBlock *saved;
    outer->then_blk = enter_block(L, &saved);
    IrInst *test = inst(IR_IF, n->cond->loc, NULL, 1);
    test->args[0] = rval(L, n->cond);
    IrBlock *inner_saved;
    test->then_blk = enter_block(L, &inner_saved);
    leave_block(L, inner_saved);
    test->else_blk = enter_block(L, &inner_saved);
    if (n->lhs) {
        int *msg = xalloc(sizeof(int));
        msg[0] = rval(L, n->lhs);
        call_hidden_builtin(L, n->loc, builtin_assert_fail(true), msg, 1);
    } else {
        call_hidden_builtin(L, n->loc, builtin_assert_fail(false), NULL, 0);
    }
    leave_block(L, inner_saved);
    emit(L, test);
    leave_block(L, saved);
    outer->else_blk = enter_block(L, &saved);
    leave_block(L, saved);
    emit(L, outer);
}

static void stmt(Lower *L, Node *n) {
    switch (n->kind) {
    case ND_BLOCK: lower_block_into(L, L->blk, &n->stmts); return;
    case ND_VARDECL: local_decl(L, n); return;
    case ND_EXPR_STMT: rval(L, n->lhs); return;
    case ND_EMPTY: return;
    case ND_ASSERT: assert_stmt(L, n); return;
    case ND_IF: {
        int c = rval(L, n->cond);
        IrInst *in = inst(IR_IF, n->loc, NULL, 1);
        in->args[0] = c;
        in->then_blk = stmt_block(L, n->then);
        in->else_blk = stmt_block(L, n->els);
        emit(L, in);
        return;
    }
    case ND_WHILE: case ND_DO: case ND_FOR: loop_stmt(L, n, NULL); return;
    case ND_FOREACH: foreach_stmt(L, n, NULL); return;
    case ND_SWITCH: switch_stmt(L, n, NULL); return;
    case ND_LABELED: {
        Node *b = n->body;
        if (b->kind == ND_WHILE || b->kind == ND_DO || b->kind == ND_FOR) loop_stmt(L, b, n);
        else if (b->kind == ND_FOREACH) foreach_stmt(L, b, n);
        else if (b->kind == ND_SWITCH) switch_stmt(L, b, n);
        else {
            IrInst *in = inst(IR_BLOCK, n->loc, NULL, 0);
            in->label = new_label(L);
            push_target(L, n, in->label);
            in->body_blk = stmt_block(L, b);
            emit(L, in);
        }
        return;
    }
    case ND_BREAK: case ND_CONTINUE: case ND_RETURN:
        if (n->implicit && ends_in_jump(L->blk)) return; /* a `case ->` rule's end after a yield or a throw */
        jump_stmt(L, n);
        return;
    case ND_THROW: {
        Type *t = n->lhs->ty == ty_null ? throwable_type(L) : n->lhs->ty;
        int e = check_null_msg(L, n->loc, t, rval_as(L, n->lhs, t), n->npe_msg);
        IrInst *in = inst(IR_THROW, n->loc, NULL, 1);
        in->args[0] = e;
        emit(L, in);
        return;
    }
    case ND_TRY: try_stmt(L, n); return;
    case ND_LOCAL_CLASS: return; /* its code is its class's */
    case ND_YIELD: {
        SwitchResult *r = NULL;
        for (int i = 0; i < L->switch_results.len; i++)
            if (((SwitchResult *)L->switch_results.items[i])->sw == n->target) r = L->switch_results.items[i];
        LIME_ASSERT(r);
        store_local(L, n->loc, r->value, rval_as(L, n->lhs, r->sw->ty));
        emit_jump(L, IR_BREAK, n->loc, label_of(L, r->sw));
        return;
    }
    default: LIME_UNREACHABLE();
    }
}

/* ------------------------------------------------------------ functions */

static IrFunc *new_func(IrProgram *p, const char *name, ClassDecl *owner, MethodDecl *decl, bool is_static,
                        Type *ret, Loc loc) {
    IrFunc *f = xalloc(sizeof *f);
    f->name = name;
    f->owner = owner;
    f->decl = decl;
    f->is_static = is_static;
    f->ret = erase(ret);
    f->loc = loc;
    f->body = ir_new_block();
    vec_push(&p->funcs, f);
    return f;
}

static bool is_value_ctor(IrFunc *f) { return f->owner && f->owner->is_value && (!f->decl || f->decl->is_ctor); }

static void begin_func(Lower *L, IrFunc *f) {
    L->fn = f;
    L->blk = f->body;
    L->targets.len = 0;
    L->this_local = NULL;
    L->value_ctor = is_value_ctor(f);
    if (!f->is_static) L->this_local = new_local(L, "this", class_type(f->owner), true);
    if (f->decl)
        for (int i = 0; i < f->decl->params.len; i++) {
            LocalVar *v = f->decl->params.items[i];
            v->ir = new_local(L, v->name, v->ty, true);
        }
    f->nparams = f->locals.len;
    if (L->value_ctor) {
        /* a value constructor starts from the all-zero value and returns it */
        L->this_local = new_local(L, "this", class_type(f->owner), false);
        store_local(L, f->loc, L->this_local, const_null(L, f->loc, class_type(f->owner)));
    }
}

static void return_this(Lower *L, Loc loc) {
    IrInst *in = inst(IR_RETURN, loc, NULL, 1);
    in->args[0] = load_this(L, loc);
    emit(L, in);
}

static bool ends_with_jump(IrBlock *b) {
    if (b->len == 0) return false;
    IrOp op = b->insts[b->len - 1]->op;
    return op == IR_RETURN || op == IR_BREAK || op == IR_CONTINUE;
}

static void end_func(Lower *L) {
    if (ends_with_jump(L->fn->body)) return;
    if (L->value_ctor) return_this(L, L->fn->loc);
    else if (L->fn->ret == ty_void) emit(L, inst(IR_RETURN, L->fn->loc, NULL, 0));
}

static int loc_cmp(Loc a, Loc b) { return a.line != b.line ? a.line - b.line : a.col - b.col; }

/* Instance field initialisers and initialiser blocks, in textual order:
 * the start of every constructor that does not begin with this(...). */
static void instance_initialisers(Lower *L, ClassDecl *c) {
    int fi = 0, bi = 0;
    for (;;) {
        FieldDecl *f = NULL;
        while (fi < c->fields.len) {
            FieldDecl *cand = c->fields.items[fi];
            if (!(cand->mods & MOD_STATIC) && cand->init) {
                f = cand;
                break;
            }
            fi++;
        }
        Node *blk = bi < c->instance_inits.len ? c->instance_inits.items[bi] : NULL;
        if (!f && !blk) return;
        if (f && (!blk || loc_cmp(f->loc, blk->loc) < 0)) {
            int obj = load_this(L, f->loc);
            int v = f->init->kind == ND_ARRAY_INIT ? array_init(L, f->init, f->ty) : rval_as(L, f->init, f->ty);
            IrInst *in = inst(IR_STORE_FIELD, f->loc, NULL, 2);
            in->field = f;
            in->args[0] = obj;
            in->args[1] = v;
            emit(L, in);
            fi++;
        } else {
            stmt(L, blk);
            bi++;
        }
    }
}

/* "this" or "super" when m's body starts with this(...) or super(...), else NULL. */
static const char *ctor_call_kind(MethodDecl *m) {
    if (!m->body->stmts.len) return NULL;
    Node *s = m->body->stmts.items[0];
    if (s->kind == ND_EXPR_STMT && s->lhs->kind == ND_CALL && !s->lhs->lhs &&
        (!strcmp(s->lhs->name, "this") || !strcmp(s->lhs->name, "super")))
        return s->lhs->name;
    return NULL;
}

/* The superclass's constructor without arguments, or NULL for the implicit one. */
static MethodDecl *no_arg_ctor(ClassDecl *c) {
    for (int i = 0; c && i < c->ctors.len; i++) {
        MethodDecl *k = c->ctors.items[i];
        if (k->params.len == 0) return k;
    }
    return NULL;
}

/* A constructor: this(...) alone, or the superclass's constructor (its
 * explicit super(...) or the implicit one), then the instance
 * initialisers, then the rest of the body (JLS 12.5). */
static void lower_method(Lower *L, MethodDecl *m) {
    begin_func(L, m->ir);
    if (!m->is_ctor) {
        stmt(L, m->body);
        end_func(L);
        return;
    }
    const char *first = ctor_call_kind(m);
    int from = 0;
    if (!first || first[0] == 's') {
        if (first) stmt(L, m->body->stmts.items[from++]);
        else if (!m->owner->is_value) super_ctor_call(L, m->loc, m->owner->super, no_arg_ctor(m->owner->super));
        instance_initialisers(L, m->owner);
    }
    for (int i = from; i < m->body->stmts.len; i++) stmt(L, m->body->stmts.items[i]);
    end_func(L);
}

/* The box's equals(Object o) by value (boxing.c): o is a box of the same
 * value class holding an equal value (value_equals with bits). */
static int box_equals(Lower *L, Loc loc, MethodDecl *m, int value) {
    Type *bt = class_type(m->owner);
    int o = load_local(L, loc, ((LocalVar *)m->params.items[0])->ir);
    IrLocal *r = new_local(L, "$eq", ty_boolean, false);
    store_local(L, loc, r, const_int(L, loc, ty_boolean, 0));
    IrInst *is = inst(IR_INSTANCEOF, loc, ty_boolean, 1);
    is->args[0] = o;
    is->type_arg = bt;
    IrInst *test = inst(IR_IF, loc, NULL, 1);
    test->args[0] = emit(L, is);
    IrBlock *saved;
    test->then_blk = enter_block(L, &saved);
    int other = convert(L, loc, o, ty_object, class_type(m->owner->boxed));
    store_local(L, loc, r, value_equals(L, loc, value, other, class_type(m->owner->boxed), true));
    leave_block(L, saved);
    test->else_blk = ir_new_block();
    emit(L, test);
    return load_local(L, loc, r);
}

/* A bridge of a value class's box (boxing.c): the value class's method
 * bridge_to called on the boxed value, each argument converted from the
 * bridge's erased parameter type to the method's (unboxed, or cast as
 * javac's bridges cast), the result to the bridge's (boxed); or the box's
 * equals or hashCode by value. */
static void lower_bridge(Lower *L, MethodDecl *m) {
    begin_func(L, m->ir);
    Loc loc = m->loc;
    Type *vt = class_type(m->owner->boxed);
    IrInst *ld = inst(IR_LOAD_FIELD, loc, vt, 1);
    ld->field = box_field(m->owner);
    ld->args[0] = load_this(L, loc);
    int value = emit(L, ld);
    MethodDecl *to = m->bridge_to;
    int r;
    if (!to) {
        r = !strcmp(m->name, "equals") ? box_equals(L, loc, m, value) : value_hash(L, loc, value, vt);
    } else {
        IrInst *call = inst(IR_CALL, loc, to->ir->ret, to->params.len + 1);
        call->callee = to->ir;
        call->method = to;
        call->args[0] = value;
        for (int i = 0; i < to->params.len; i++) {
            LocalVar *p = m->params.items[i];
            Type *want = erase(((LocalVar *)to->params.items[i])->ty);
            int a = load_local(L, loc, p->ir);
            call->args[i + 1] = is_value_class(want) ? convert(L, loc, a, p->ty, want) : as_type(L, loc, a, p->ty, want);
        }
        r = emit(L, call);
        if (r >= 0) r = convert(L, loc, r, to->ir->ret, m->ret);
    }
    IrInst *ret = inst(IR_RETURN, loc, NULL, r >= 0 ? 1 : 0);
    if (r >= 0) ret->args[0] = r;
    emit(L, ret);
}

/* c's static initialisers, in textual order */
static void static_initialisers(Lower *L, ClassDecl *c) {
    for (int j = 0; j < c->static_inits.len; j++) {
        StaticInit *si = c->static_inits.items[j];
        if (si->block) {
            stmt(L, si->block);
            continue;
        }
        FieldDecl *fd = si->field;
        int v = fd->init->kind == ND_ARRAY_INIT ? array_init(L, fd->init, fd->ty) : rval_as(L, fd->init, fd->ty);
        IrInst *in = inst(IR_STORE_STATIC, fd->loc, NULL, 1);
        in->field = fd;
        in->args[0] = v;
        emit(L, in);
    }
}

static void store_init_state(Lower *L, ClassDecl *c, int state) {
    IrInst *in = inst(IR_STORE_STATIC, c->loc, NULL, 1);
    in->field = c->init_state;
    in->args[0] = const_int(L, c->loc, ty_int, state);
    emit(L, in);
}

static FieldDecl *hidden_static_field(ClassDecl *c, const char *name, Type *ty) {
    FieldDecl *f = xalloc(sizeof *f);
    f->name = name;
    f->loc = c->loc;
    f->mods = MOD_STATIC | MOD_PRIVATE;
    f->owner = c;
    f->ty = ty;
    f->const_state = 2;
    return f;
}

/* The state, failure and <clinit> of each lazily initialised class (clinit.c) */
static void declare_class_inits(Lower *L, Program *prog) {
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!c->lazy_init) continue;
        c->init_state = hidden_static_field(c, "$init_state", ty_int);
        c->init_failure = hidden_static_field(c, "$init_failure", throwable_type(L));
        c->clinit = new_func(L->p, xprintf("%s.<clinit>", class_full_name(c)), c, NULL, true, ty_void, c->loc);
        c->initialise = new_func(L->p, xprintf("%s.<initialise>", class_full_name(c)), c, NULL, true, ty_void, c->loc);
    }
}

/* A static method of the library's LimeExceptions (lib/java/lang), which
 * the checker compiles in every program with a lazily initialised class */
static IrFunc *lime_exceptions_method(Lower *L, const char *name) {
    ClassDecl *c = library_top_class(L, "LimeExceptions");
    for (int j = 0; j < c->methods.len; j++) {
        MethodDecl *m = c->methods.items[j];
        if (!strcmp(m->name, name) && m->ir) return m->ir;
    }
    LIME_UNREACHABLE();
}

/* throw LimeExceptions.name(a) or name(a, b) (b >= 0) */
static void throw_made_by(Lower *L, Loc loc, const char *name, int a, int b) {
    IrFunc *maker = lime_exceptions_method(L, name);
    IrInst *call = inst(IR_CALL, loc, maker->ret, b >= 0 ? 2 : 1);
    call->callee = maker;
    call->args[0] = a;
    if (b >= 0) call->args[1] = b;
    IrInst *in = inst(IR_THROW, loc, NULL, 1);
    in->args[0] = check_null(L, loc, maker->ret, emit(L, call));
    emit(L, in);
}

static int class_name_const(Lower *L, Loc loc, ClassDecl *c) {
    const char *name = class_binary_name(c);
    return const_of(L, loc, (ConstVal){.ty = ty_string, .s = name, .slen = (int)strlen(name)});
}

/* JLS 12.4.2 for one thread, in c's <initialise> (a frame stack traces
 * do not show, as the JVM's own code): a failed class throws
 * NoClassDefFoundError (step 5); else begun, the superclass, <clinit>
 * (the initialisers), done; what they throw marks the class failed and
 * leaves as itself (an Error) or inside an ExceptionInInitializerError
 * (steps 7, 10, 11). */
static void lower_class_init(Lower *L, ClassDecl *c) {
    Loc loc = c->loc;
    begin_func(L, c->clinit);
    static_initialisers(L, c);
    end_func(L);

    begin_func(L, c->initialise);
    IrInst *failed = inst(IR_IF, loc, NULL, 1);
    failed->args[0] = op2(L, IR_LT, loc, ty_boolean, load_static(L, loc, c->init_state), const_int(L, loc, ty_int, 0));
    IrBlock *saved;
    failed->then_blk = enter_block(L, &saved);
    int name = class_name_const(L, loc, c);
    throw_made_by(L, loc, "couldNotInitialize", name, load_static(L, loc, c->init_failure));
    leave_block(L, saved);
    failed->else_blk = ir_new_block();
    emit(L, failed);

    store_init_state(L, c, 1);
    IrLocal *thrown = new_local(L, "$thrown", throwable_type(L), false);
    IrInst *t = try_inst(L, loc, thrown);
    t->body_blk = enter_block(L, &saved);
    if (c->super && c->super->lazy_init) initialise(L, loc, c->super);
    IrInst *call = inst(IR_CALL, loc, ty_void, 0);
    call->callee = c->clinit;
    emit(L, call);
    leave_block(L, saved);
    t->else_blk = enter_block(L, &saved);
    store_init_state(L, c, -1);
    IrInst *keep = inst(IR_STORE_STATIC, loc, NULL, 1);
    keep->field = c->init_failure;
    keep->args[0] = load_local(L, loc, thrown);
    emit(L, keep);
    throw_made_by(L, loc, "initializerFailed", load_local(L, loc, thrown), -1);
    leave_block(L, saved);
    emit(L, t);
    store_init_state(L, c, 2);
    end_func(L);
}

/* <clinit>: what runs before main: the static initialisers of the
 * library's classes, then of the program's classes that are not
 * initialised lazily (clinit.c), then the main class's initialisation */
static void lower_clinit(Lower *L, Program *prog) {
    IrFunc *f = new_func(L->p, "<clinit>", NULL, NULL, true, ty_void, (Loc){0});
    L->p->clinit = f;
    begin_func(L, f);
    /* the library's classes first: the program may use them (Boolean.TRUE,
     * Integer's cache) in its own static initialisers */
    for (int k = 0; k < 2 * prog->classes.len; k++) {
        ClassDecl *c = prog->classes.items[k % prog->classes.len];
        ClassDecl *top = c;
        while (top->outer) top = top->outer;
        if (!class_is_compiled(c) || top->is_library != (k < prog->classes.len) || c->lazy_init) continue;
        static_initialisers(L, c);
    }
    if (prog->main && prog->main->owner->lazy_init) initialise(L, prog->main->loc, prog->main->owner);
    end_func(L);
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (c->lazy_init) lower_class_init(L, c);
    }
}

/* The runtime function of a native library method: lime_native_ then its
 * package, class and name with '_' for '.', e.g. lime_native_java_lang_Object_hashCode. */
static const char *native_symbol(MethodDecl *m) {
    StrBuf sb = {0};
    sb_printf(&sb, "lime_native_%s.%s_%s", m->owner->package ? m->owner->package : "", m->owner->qualname, m->name);
    char *s = xstrdup(sb_str(&sb));
    for (char *q = s; *q; q++)
        if (*q == '.') *q = '_';
    return s;
}

/* Backends see the types of tasks and graphs erased, as the IR's (a
 * bit[[N]] as its int or long); lowering read them as written. */
static void erase_task_types(IrProgram *p, Program *prog) {
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        t->in = erase(t->in);
        t->out = erase(t->out);
        for (int k = 0; k < t->nargs; k++) {
            if (t->param) t->param[k] = erase(t->param[k]);
            if (t->mapped_elem) t->mapped_elem[k] = erase(t->mapped_elem[k]);
        }
    }
    for (int i = 0; i < prog->graphs.len; i++) {
        Graph *g = prog->graphs.items[i];
        g->source_elem = erase(g->source_elem);
        if (g->type) g->type->elem = erase(g->type->elem);
        for (int k = 0; k < g->filters.len; k++) {
            GraphFilter *f = g->filters.items[k];
            f->in = erase(f->in);
            f->out = erase(f->out);
        }
    }
}

IrProgram *lower_program(Program *prog) {
    npe_messages(prog);
    /* the IR sees fields by their erasure */
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        for (int j = 0; j < c->fields.len; j++) {
            FieldDecl *f = c->fields.items[j];
            f->ty = erase(f->ty);
        }
    }
    IrProgram *p = xalloc(sizeof *p);
    p->src = prog;
    Lower L = {.p = p};
    /* create every function first so that calls can name them */
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!class_is_compiled(c)) continue;
        for (int j = 0; j < c->fields.len; j++) {
            FieldDecl *f = c->fields.items[j];
            if (f->mods & MOD_STATIC) vec_push(&p->statics, f);
        }
        /* a value class's constructors are functions returning the value */
        Type *ctor_ret = c->is_value ? class_type(c) : ty_void;
        for (int j = 0; j < c->ctors.len; j++) {
            MethodDecl *m = c->ctors.items[j];
            m->ir = new_func(p, m->mangled, c, m, c->is_value, ctor_ret, m->loc);
        }
        if (c->ctors.len == 0 && !c->boxed)  /* a box is made by new and putfield */
            c->default_ctor = new_func(p, xprintf("%s.<init>()", class_full_name(c)), c, NULL, c->is_value, ctor_ret, c->loc);
        for (int j = 0; j < c->methods.len; j++) {
            MethodDecl *m = c->methods.items[j];
            m->ir = new_func(p, m->mangled, c, m, (m->mods & MOD_STATIC) != 0, m->ret, m->loc);
            m->ir->is_abstract = (m->mods & MOD_ABSTRACT) != 0 || m->unreached_body; /* (not called: no code) */
            if (m->mods & MOD_NATIVE) m->ir->native_symbol = native_symbol(m);
            if (!m->body && !m->is_bridge) begin_func(&L, m->ir); /* its parameters: all a caller needs */
        }
    }
    declare_class_inits(&L, prog);
    lower_clinit(&L, prog);
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!class_is_compiled(c)) continue;
        for (int j = 0; j < c->ctors.len; j++) lower_method(&L, c->ctors.items[j]);
        if (c->default_ctor) {
            begin_func(&L, c->default_ctor);
            if (!c->is_value && !c->is_anonymous) super_ctor_call(&L, c->loc, c->super, no_arg_ctor(c->super));
            instance_initialisers(&L, c);
            end_func(&L);
        }
        for (int j = 0; j < c->methods.len; j++) {
            MethodDecl *m = c->methods.items[j];
            if (m->body) lower_method(&L, m);
            else if (m->is_bridge) lower_bridge(&L, m);
        }
    }
    if (prog->main) p->main = prog->main->ir;
    erase_task_types(p, prog);
    return p;
}
