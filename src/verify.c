/* verify.c: the IR verifier, run after lowering (and after any IR pass).
 *
 * It checks, for every function, the invariants that the back ends rely on
 * and reports each broken one on stderr as
 *
 *   limec: IR verifier: <func>: <line>:<col>: <op>: <what>
 *
 * It never aborts and never crashes on bad IR: it is how a bad pass is
 * caught.  The invariants:
 *
 * Temps.  Every temp is defined once per function by the dst of one
 * instruction, is < ntemps, and is used only after its definition in the
 * same block or in a block nested inside it.  Blocks scope temps: a temp
 * defined in an IF arm, a LOOP body or continue block, a BLOCK body or a
 * SWITCH arm is not visible after that block.  An instruction has dst >= 0
 * iff its op produces a value, and then ty is its (non-void) type; an
 * instruction without a value has ty_void.
 *
 * Types.  Arithmetic (add..rem, neg) on int/long/float/double only, with
 * operands of the result type (byte, short and char are promoted by conv
 * first); shifts: value of the result type int/long, count int or long;
 * and/or/xor on int, long or boolean; compl on int/long; not on boolean;
 * comparisons give boolean from two operands of one type (lt..ge numeric;
 * eq/ne numeric, boolean, or two references); conv between numeric types;
 * concat String x String -> String; tostring -> String; checks return the
 * type of their (checked) operand.  Loads, stores, calls and returns agree
 * with the types of locals, fields, array elements, parameters and results
 * (builtin arguments by method invocation conversion).  Where a reference
 * is expected, the null type is accepted too.  A builtin that is not
 * BI_STATIC takes its receiver as operand 0, unless its owner names an
 * object rather than a class ("System.out"): then there is no receiver.
 *
 * Runtime checks.  The operands that can fail at run time come from the
 * instruction that checks them:
 *   integer div/rem: the divisor from checkdiv;
 *   aload/astore: the index from checkbounds on that same array temp, and
 *     the array known non-null;
 *   getfield/putfield/arraylength and the receiver of an instance call:
 *     the object known non-null;
 *   newarray: every dimension from checksize.
 * "Known non-null" means defined by checknull, new, newarray, or a load of
 * `this` (local 0 of an instance function, which is never stored to).
 *
 * Control.  Labels are unique per function and < nlabels; break names an
 * enclosing loop, block or switch; continue an enclosing loop (not from its
 * own continue block); no instruction follows break, continue or return in
 * the same block; switch keys are int, case values distinct, at most one
 * default; return has a value iff the function's result is not void.
 *
 * Bounds marks (bounds.c; absent right after lowering).  in_range only on
 * checkbounds.  version_cond only on a loop, and a well-formed RangeExpr
 * of type boolean: known ops; const, temp and local leaves with no
 * operands, len with one, the others with two; a constant in int range; a
 * temp defined before the loop and visible there, of type int or an
 * array; a local of this function, of type int or an array, that nothing
 * inside the loop (body or continue block, nested ones too) stores; len of
 * an array; add/sub/mul of ints; ladd/lsub/lmul, lt and le of ints or
 * longs; and/or of booleans.  version_loop only on checkbounds, naming an
 * enclosing loop that has a version_cond, with the check in its body (not
 * its continue block, where the index may already be past the bound). */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

/* At most this many messages per function: the first ones matter. */
enum { MAX_REPORTS = 20, MAX_DEPTH = 1000, MAX_BUILTIN_PARAMS = 16 };

/* An enclosing LOOP/BLOCK/SWITCH, a target for break and continue. */
typedef struct Target {
    int label;
    IrOp op;
    bool in_cont;          /* LOOP: inside its continue block */
    IrInst *inst;          /* the LOOP/BLOCK/SWITCH itself */
} Target;

typedef struct Verifier {
    IrFunc *fn;
    const char *fname;
    int nreports;
    IrInst **def;          /* [ntemps] defining instruction */
    bool *visible;         /* [ntemps] defined and in scope here */
    bool *label_used;      /* [nlabels] */
    Target *targets;       /* enclosing targets, innermost last */
    int ntargets, cap_targets;
} Verifier;

static void report(Verifier *v, IrInst *in, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void report(Verifier *v, IrInst *in, const char *fmt, ...) {
    v->nreports++;
    if (v->nreports > MAX_REPORTS) return;
    Loc loc = in ? in->loc : v->fn->loc;
    fprintf(stderr, "limec: IR verifier: %s: %d:%d: ", v->fname, loc.line, loc.col);
    if (in) fprintf(stderr, "%s: ", ir_op_name(in->op));
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* ------------------------------------------------------------ type helpers */

static const char *tn(Type *t) { return t ? type_name(t) : "(no type)"; }

static bool is_kind(Type *t, TypeKind k) { return t && t->kind == k; }

/* The types arithmetic works on after promotion: int long float double. */
static bool is_arith(Type *t) {
    return t && (t->kind == TY_INT || t->kind == TY_LONG || t->kind == TY_FLOAT ||
                 t->kind == TY_DOUBLE);
}

static bool is_int_or_long(Type *t) { return is_kind(t, TY_INT) || is_kind(t, TY_LONG); }

static bool is_num(Type *t) { return t && t->kind >= TY_BYTE && t->kind <= TY_DOUBLE; }

/* Types held as pointers: references, value arrays (a null pointer is the
 * empty value array) and stream graphs.  Value classes are not: a value is
 * its fields. */
static bool is_ref(Type *t) {
    return t && (t->kind == TY_NULL || t->kind == TY_STRING || t->kind == TY_OBJECT ||
                 t->kind == TY_CLASS || t->kind == TY_ARRAY || t->kind == TY_VALUE_ARRAY ||
                 t->kind == TY_GRAPH);
}

static bool is_array(Type *t) { return t && (t->kind == TY_ARRAY || t->kind == TY_VALUE_ARRAY); }

static bool is_value_class(Type *t) { return t && t->kind == TY_CLASS && t->cls->is_value; }

/* Types the IR does not tell apart: a value array's fixed length is part
 * of the source language's type only (T[[4]] and T[[]] hold the same). */
static bool same_type(Type *a, Type *b) {
    if (a == b) return true;
    return a && b && a->kind == TY_VALUE_ARRAY && b->kind == TY_VALUE_ARRAY && same_type(a->elem, b->elem);
}

/* A value of type from may be stored where type to is expected: the same
 * type, null into a reference, or any reference into Object (JLS 5.1.5:
 * a widening reference conversion changes no bits). */
static bool assignable(Type *from, Type *to) {
    return same_type(from, to) || (is_kind(from, TY_NULL) && is_ref(to)) || (is_kind(to, TY_OBJECT) && is_ref(from)) ||
           (is_kind(from, TY_CLASS) && is_kind(to, TY_CLASS) && class_is_subtype(from->cls, to->cls)) ||
           (is_kind(from, TY_STRING) && is_method_convertible(from, to)) || /* String as a Comparable */
           /* an array of references where one of a supertype is expected (erased generic arrays) */
           (is_kind(from, TY_ARRAY) && is_kind(to, TY_ARRAY) && is_ref(from->elem) && is_ref(to->elem) &&
            assignable(from->elem, to->elem));
}

static int array_depth(Type *t) {
    int n = 0;
    for (; is_array(t); t = t->elem) n++;
    return n;
}

/* ---------------------------------------------------------- operand helpers */

/* Operand i's defining instruction, or NULL if it is not a valid, visible
 * temp (already reported by check_operands). */
static IrInst *arg_def(Verifier *v, IrInst *in, int i) {
    if (!in->args || i >= in->nargs) return NULL;
    int t = in->args[i];
    if (t < 0 || t >= v->fn->ntemps || !v->visible[t]) return NULL;
    return v->def[t];
}

static Type *arg_ty(Verifier *v, IrInst *in, int i) {
    IrInst *d = arg_def(v, in, i);
    return d ? d->ty : NULL;
}

/* Reports operand i of in when its type is not want (skipped when unknown). */
static void want_arg(Verifier *v, IrInst *in, int i, Type *want, const char *what) {
    Type *t = arg_ty(v, in, i);
    if (t && want && !assignable(t, want))
        report(v, in, "%s %%%d has type %s, expected %s", what, in->args[i], tn(t), tn(want));
}

static bool is_this_local(Verifier *v, IrLocal *l) {
    return !v->fn->is_static && v->fn->locals.len > 0 && VEC_AT(v->fn->locals, 0) == l;
}

static bool known_nonnull(Verifier *v, IrInst *d) {
    switch (d->op) {
    case IR_CHECK_NULL: case IR_NEW_OBJECT: case IR_NEW_ARRAY: case IR_ARRAY_DATA: case IR_CLASS_OBJECT: return true;
    case IR_LOAD_LOCAL: return is_this_local(v, d->local) || is_value_class(d->ty);
    default: return is_value_class(d->ty);   /* a value is never null */
    }
}

/* Operand i must be known non-null. */
static void want_nonnull(Verifier *v, IrInst *in, int i, const char *what) {
    IrInst *d = arg_def(v, in, i);
    if (d && !known_nonnull(v, d))
        report(v, in, "%s %%%d is not from checknull", what, in->args[i]);
}

/* Operand i must be defined by a check instruction of op check. */
static void want_checked(Verifier *v, IrInst *in, int i, IrOp check, const char *what) {
    IrInst *d = arg_def(v, in, i);
    if (d && d->op != check)
        report(v, in, "%s %%%d is not from %s", what, in->args[i], ir_op_name(check));
}

/* ------------------------------------------------------------ the checks */

/* Does op produce a value?  CALL/CALL_BUILTIN: iff the callee's result is
 * not void (-1: unknown, callee missing). */
static int produces_value(IrInst *in) {
    switch (in->op) {
    case IR_STORE_LOCAL: case IR_STORE_STATIC: case IR_STORE_FIELD: case IR_ARRAY_STORE:
    case IR_IF: case IR_LOOP: case IR_BLOCK: case IR_SWITCH: case IR_BREAK:
    case IR_CONTINUE: case IR_RETURN: case IR_THROW: case IR_TRY:
        return 0;
    case IR_CALL: case IR_CALL_VIRTUAL: return in->callee ? !is_kind(in->callee->ret, TY_VOID) : -1;
    case IR_CALL_BUILTIN:
        return in->builtin ? !is_kind(builtin_ret_type(in->builtin), TY_VOID) : -1;
    case IR_GRAPH_RUN: return !is_kind(in->ty, TY_VOID);
    default: return 1;
    }
}

/* The fixed operand count of op, or -1 when it varies. */
static int fixed_arity(IrOp op) {
    switch (op) {
    case IR_CONST: case IR_LOAD_LOCAL: case IR_LOAD_STATIC: case IR_NEW_OBJECT: case IR_CLASS_OBJECT: case IR_LOOP:
    case IR_ARRAY_DATA:
    case IR_BLOCK: case IR_BREAK: case IR_CONTINUE:
        return 0;
    case IR_STORE_LOCAL: case IR_STORE_STATIC: case IR_LOAD_FIELD: case IR_ARRAY_LEN:
    case IR_CHECK_NULL: case IR_CHECK_DIV: case IR_CHECK_SIZE: case IR_NEG: case IR_NOT:
    case IR_COMPL: case IR_CONV: case IR_TO_STRING: case IR_IF: case IR_SWITCH:
    case IR_INSTANCEOF: case IR_CHECK_CAST: case IR_THROW:
        return 1;
    case IR_TRY: return 0;
    case IR_STORE_FIELD: case IR_ARRAY_LOAD: case IR_CHECK_BOUNDS: case IR_ADD: case IR_SUB:
    case IR_MUL: case IR_DIV: case IR_REM: case IR_SHL: case IR_SHR: case IR_USHR: case IR_AND:
    case IR_OR: case IR_XOR: case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT:
    case IR_GE: case IR_CONCAT:
        return 2;
    case IR_ARRAY_STORE: return 3;
    case IR_REDUCE: case IR_RANGE: case IR_ARRAY_COPY: case IR_GRAPH_RUN: return 1;
    case IR_WITH_FIELD: case IR_RANGE2: return 2;
    default: return -1;    /* NEW_ARRAY, CALL, CALL_BUILTIN, RETURN, MAP, GRAPH_NEW */
    }
}

/* Operands: valid, defined before, visible here.  Then dst and ty. */
static void check_temps(Verifier *v, IrInst *in) {
    if (in->nargs < 0 || (in->nargs > 0 && !in->args))
        report(v, in, "bad operand list (nargs %d)", in->nargs);
    for (int i = 0; i < in->nargs && in->args; i++) {
        int t = in->args[i];
        if (t < 0 || t >= v->fn->ntemps)
            report(v, in, "operand %%%d out of range (ntemps %d)", t, v->fn->ntemps);
        else if (!v->def[t]) report(v, in, "operand %%%d used before its definition", t);
        else if (!v->visible[t])
            report(v, in, "operand %%%d is not visible here (defined in an inner block)", t);
    }
    int arity = fixed_arity(in->op);
    if (arity >= 0 && in->nargs != arity)
        report(v, in, "has %d operands, expected %d", in->nargs, arity);
    if (!in->ty) report(v, in, "has no type");
    else if (in->ty->kind == TY_ERROR) report(v, in, "has the error type");
    int value = produces_value(in);
    if (value == 1) {
        if (in->dst < 0) report(v, in, "produces a value but has no dst");
        if (is_kind(in->ty, TY_VOID)) report(v, in, "produces a value but has type void");
    } else if (value == 0) {
        if (in->dst >= 0) report(v, in, "produces no value but has dst %%%d", in->dst);
        if (in->ty && !is_kind(in->ty, TY_VOID))
            report(v, in, "produces no value but has type %s", tn(in->ty));
    }
}

/* Records in's dst as defined and visible. */
static void define(Verifier *v, IrInst *in) {
    int t = in->dst;
    if (t < 0) return;
    if (t >= v->fn->ntemps) {
        report(v, in, "dst %%%d out of range (ntemps %d)", t, v->fn->ntemps);
        return;
    }
    if (v->def[t]) {
        report(v, in, "temp %%%d defined twice (first at %d:%d)", t, v->def[t]->loc.line,
               v->def[t]->loc.col);
        return;
    }
    v->def[t] = in;
    v->visible[t] = true;
}

static void check_const(Verifier *v, IrInst *in) {
    Type *t = in->ty;
    if (!t) return;
    int64_t x = in->ival;
    switch (t->kind) {
    case TY_BOOLEAN:
        if (x != 0 && x != 1) report(v, in, "boolean constant %lld", (long long)x);
        break;
    case TY_BYTE:
        if (x < -128 || x > 127) report(v, in, "byte constant %lld out of range", (long long)x);
        break;
    case TY_SHORT:
        if (x < -32768 || x > 32767)
            report(v, in, "short constant %lld out of range", (long long)x);
        break;
    case TY_CHAR:
        if (x < 0 || x > 65535) report(v, in, "char constant %lld out of range", (long long)x);
        break;
    case TY_INT:
        if (x < INT32_MIN || x > INT32_MAX)
            report(v, in, "int constant %lld out of range", (long long)x);
        break;
    case TY_FLOAT:
        if (in->fval == in->fval && (double)(float)in->fval != in->fval)
            report(v, in, "float constant %.17g is not a float value", in->fval);
        break;
    case TY_LONG: case TY_DOUBLE: case TY_STRING: case TY_NULL: break;
    case TY_OBJECT: case TY_CLASS: case TY_ARRAY:
        if (in->str) report(v, in, "constant of type %s with a string payload", tn(t));
        break;
    default: report(v, in, "constant of type %s", tn(t)); break;
    }
}

/* ------------------------------------------------------------ bounds marks */

/* What a RangeExpr computes: an int (wrapping), a long (exact), a boolean,
 * or an array (the operand of RX_LEN). */
typedef enum RxKind { RXK_BAD, RXK_INT, RXK_LONG, RXK_BOOL, RXK_ARRAY } RxKind;

/* The last RangeOp (ir.h). */
enum { RX_LAST = RX_OR, MAX_RX_NODES = 100000 };

static bool rx_op_ok(RangeOp op) { return (int)op >= 0 && (int)op <= (int)RX_LAST; }

static const char *rx_op_name(RangeOp op) {
    static const char *const names[RX_LAST + 1] = {
        [RX_CONST] = "const", [RX_TEMP] = "temp", [RX_LOCAL] = "local", [RX_LEN] = "len",
        [RX_ADD] = "add", [RX_SUB] = "sub", [RX_MUL] = "mul", [RX_LADD] = "ladd",
        [RX_LSUB] = "lsub", [RX_LMUL] = "lmul", [RX_LT] = "lt", [RX_LE] = "le",
        [RX_AND] = "and", [RX_OR] = "or",
    };
    return rx_op_ok(op) ? names[op] : "?";
}

static const char *rx_kind_name(RxKind k) {
    static const char *const names[] = {"?", "int", "long", "boolean", "array"};
    return names[k];
}

static RxKind rx_kind_of_type(Type *t) {
    return is_kind(t, TY_INT) ? RXK_INT : is_array(t) ? RXK_ARRAY : RXK_BAD;
}

/* A walk of one version_cond: the LOOP it belongs to (where reports go),
 * and how many nodes are left to visit (a tree shares subtrees; a cycle or
 * a huge one is reported, not followed). */
typedef struct RxWalk {
    Verifier *v;
    IrInst *loop;
    int budget;
} RxWalk;

static bool rx_enter(RxWalk *w, int depth) {
    if (w->budget <= 0) return false;
    if (--w->budget == 0 || depth > MAX_DEPTH) {
        report(w->v, w->loop, "version_cond is too large or deep (a cycle?)");
        w->budget = 0;
        return false;
    }
    return true;
}

/* Checks r, a part of loop's version_cond; returns what it computes
 * (RXK_BAD after reporting). */
static RxKind check_rx(RxWalk *w, RangeExpr *r, int depth) {
    Verifier *v = w->v;
    IrInst *loop = w->loop;
    if (!r) {
        report(v, loop, "version_cond: a missing operand");
        return RXK_BAD;
    }
    if (!rx_enter(w, depth)) return RXK_BAD;
    if (!rx_op_ok(r->op)) {
        report(v, loop, "version_cond: unknown range op %d", (int)r->op);
        return RXK_BAD;
    }
    const char *op = rx_op_name(r->op);
    switch (r->op) {
    case RX_CONST: case RX_TEMP: case RX_LOCAL:
        if (r->a || r->b) report(v, loop, "version_cond: %s with operands", op);
        break;
    case RX_LEN:
        if (r->b) report(v, loop, "version_cond: len with a second operand");
        break;
    default: break;
    }
    switch (r->op) {
    case RX_CONST:
        if (r->ival < INT32_MIN || r->ival > INT32_MAX) {
            report(v, loop, "version_cond: constant %lld out of int range", (long long)r->ival);
            return RXK_BAD;
        }
        return RXK_INT;
    case RX_TEMP: {
        int t = r->temp;
        if (t < 0 || t >= v->fn->ntemps) {
            report(v, loop, "version_cond: temp %%%d out of range (ntemps %d)", t, v->fn->ntemps);
            return RXK_BAD;
        }
        if (!v->def[t] || !v->visible[t]) {
            report(v, loop, "version_cond: temp %%%d is not defined before the loop", t);
            return RXK_BAD;
        }
        RxKind k = rx_kind_of_type(v->def[t]->ty);
        if (k == RXK_BAD)
            report(v, loop, "version_cond: temp %%%d has type %s", t, tn(v->def[t]->ty));
        return k;
    }
    case RX_LOCAL: {
        IrLocal *l = r->local;
        if (!l) {
            report(v, loop, "version_cond: local with no local");
            return RXK_BAD;
        }
        if (l->id < 0 || l->id >= v->fn->locals.len || VEC_AT(v->fn->locals, l->id) != l) {
            report(v, loop, "version_cond: local %s.%d does not belong to this function",
                   l->name ? l->name : "?", l->id);
            return RXK_BAD;
        }
        RxKind k = rx_kind_of_type(l->ty);
        if (k == RXK_BAD)
            report(v, loop, "version_cond: local %s.%d has type %s", l->name ? l->name : "?", l->id,
                   tn(l->ty));
        return k;
    }
    case RX_LEN: {
        RxKind a = check_rx(w, r->a, depth + 1);
        if (a != RXK_BAD && a != RXK_ARRAY) {
            report(v, loop, "version_cond: len of %s, expected an array", rx_kind_name(a));
            return RXK_BAD;
        }
        return a == RXK_BAD ? RXK_BAD : RXK_INT;
    }
    default: break;
    }
    /* binary */
    RxKind a = check_rx(w, r->a, depth + 1);
    RxKind b = check_rx(w, r->b, depth + 1);
    if (a == RXK_BAD || b == RXK_BAD) return RXK_BAD;
    bool ok;
    RxKind res;
    switch (r->op) {
    case RX_ADD: case RX_SUB: case RX_MUL:
        ok = a == RXK_INT && b == RXK_INT;
        res = RXK_INT;
        break;
    case RX_LADD: case RX_LSUB: case RX_LMUL:
        ok = (a == RXK_INT || a == RXK_LONG) && (b == RXK_INT || b == RXK_LONG);
        res = RXK_LONG;
        break;
    case RX_LT: case RX_LE:
        ok = (a == RXK_INT || a == RXK_LONG) && (b == RXK_INT || b == RXK_LONG);
        res = RXK_BOOL;
        break;
    default: /* RX_AND, RX_OR */
        ok = a == RXK_BOOL && b == RXK_BOOL;
        res = RXK_BOOL;
        break;
    }
    if (!ok) {
        report(v, loop, "version_cond: %s of %s and %s", op, rx_kind_name(a), rx_kind_name(b));
        return RXK_BAD;
    }
    return res;
}

/* Whether r reads local l (within the walk's budget). */
static bool rx_reads_local(RxWalk *w, RangeExpr *r, IrLocal *l, int depth) {
    if (!r || !rx_op_ok(r->op) || w->budget <= 0 || depth > MAX_DEPTH) return false;
    w->budget--;
    if (r->op == RX_LOCAL) return r->local == l;
    if (r->op == RX_CONST || r->op == RX_TEMP) return false;
    return rx_reads_local(w, r->a, l, depth + 1) || rx_reads_local(w, r->b, l, depth + 1);
}

/* A STORE_LOCAL: no enclosing versioned loop may read the local in its
 * version_cond, which is computed once before the loop. */
static void check_store_in_versioned(Verifier *v, IrInst *in) {
    for (int i = v->ntargets - 1; i >= 0; i--) {
        IrInst *loop = v->targets[i].inst;
        if (v->targets[i].op != IR_LOOP || !loop->version_cond) continue;
        RxWalk w = {v, loop, MAX_RX_NODES};
        if (rx_reads_local(&w, loop->version_cond, in->local, 0))
            report(v, in, "stores local %s.%d, which the version_cond of L%d reads",
                   in->local->name ? in->local->name : "?", in->local->id, loop->label);
    }
}

/* What bounds.c sets: in_range only on CHECK_BOUNDS; version_cond only on
 * a LOOP, a well-formed boolean RangeExpr over values defined before it;
 * version_loop only on CHECK_BOUNDS, naming an enclosing versioned LOOP
 * whose body (not its continue block) holds the check. */
static void check_bounds_marks(Verifier *v, IrInst *in) {
    if (in->in_range && in->op != IR_CHECK_BOUNDS)
        report(v, in, "in-range on an instruction that is not checkbounds");
    if (in->version_cond) {
        if (in->op != IR_LOOP) report(v, in, "version_cond on an instruction that is not a loop");
        else {
            RxWalk w = {v, in, MAX_RX_NODES};
            RxKind k = check_rx(&w, in->version_cond, 0);
            if (k != RXK_BAD && k != RXK_BOOL)
                report(v, in, "version_cond is %s, expected boolean", rx_kind_name(k));
        }
    }
    IrInst *loop = in->version_loop;
    if (!loop) return;
    if (in->op != IR_CHECK_BOUNDS) {
        report(v, in, "version_loop on an instruction that is not checkbounds");
        return;
    }
    for (int i = v->ntargets - 1; i >= 0; i--) {
        if (v->targets[i].inst != loop) continue;
        if (loop->op != IR_LOOP)
            report(v, in, "version_loop L%d is a %s, not a loop", loop->label, ir_op_name(loop->op));
        else if (!loop->version_cond)
            report(v, in, "version_loop L%d has no version_cond", loop->label);
        else if (v->targets[i].in_cont)
            report(v, in, "in the continue block of its version_loop L%d", loop->label);
        return;
    }
    report(v, in, "version_loop L%d does not enclose it", loop->label);
}

static bool local_ok(Verifier *v, IrInst *in) {
    IrLocal *l = in->local;
    if (!l) {
        report(v, in, "no local");
        return false;
    }
    if (l->id < 0 || l->id >= v->fn->locals.len || VEC_AT(v->fn->locals, l->id) != l) {
        report(v, in, "local %s.%d does not belong to this function", l->name ? l->name : "?",
               l->id);
        return false;
    }
    return true;
}

static void check_local(Verifier *v, IrInst *in) {
    if (!local_ok(v, in)) return;
    IrLocal *l = in->local;
    if (in->op == IR_LOAD_LOCAL) {
        if (!same_type(in->ty, l->ty))
            report(v, in, "type %s, but local %s.%d is %s", tn(in->ty), l->name, l->id, tn(l->ty));
    } else {
        if (is_this_local(v, l)) report(v, in, "store to this");
        want_arg(v, in, 0, l->ty, "value");
        check_store_in_versioned(v, in);
    }
}

/* LOAD/STORE_STATIC/FIELD: the field, its kind, object and value. */
static void check_field(Verifier *v, IrInst *in) {
    FieldDecl *f = in->field;
    if (!f) {
        report(v, in, "no field");
        return;
    }
    bool want_static = in->op == IR_LOAD_STATIC || in->op == IR_STORE_STATIC;
    if (want_static != ((f->mods & MOD_STATIC) != 0))
        report(v, in, "field %s is %s", f->name, want_static ? "not static" : "static");
    if (in->op == IR_LOAD_STATIC || in->op == IR_LOAD_FIELD) {
        if (!same_type(in->ty, f->ty))
            report(v, in, "type %s, but field %s is %s", tn(in->ty), f->name, tn(f->ty));
    }
    if (in->op == IR_STORE_STATIC) want_arg(v, in, 0, f->ty, "value");
    if (in->op == IR_LOAD_FIELD || in->op == IR_STORE_FIELD) {
        Type *obj = arg_ty(v, in, 0);
        if (obj && f->owner && f->owner->type && !assignable(obj, f->owner->type))
            report(v, in, "object %%%d has type %s, field %s belongs to %s", in->args[0], tn(obj),
                   f->name, tn(f->owner->type));
        want_nonnull(v, in, 0, "object");
        if (in->op == IR_STORE_FIELD) want_arg(v, in, 1, f->ty, "value");
    }
}

static void check_new(Verifier *v, IrInst *in) {
    if (in->op == IR_NEW_OBJECT) {
        if (!in->cls) report(v, in, "no class");
        else if (!(is_kind(in->ty, TY_CLASS) && in->ty->cls == in->cls) && !(is_kind(in->ty, TY_OBJECT) && in->cls->type == in->ty))
            report(v, in, "type %s is not the class %s", tn(in->ty), in->cls->name);
        return;
    }
    if (!is_array(in->ty)) report(v, in, "type %s is not an array type", tn(in->ty));
    if (in->nargs < 1) report(v, in, "no dimensions");
    else if (in->nargs > array_depth(in->ty))
        report(v, in, "%d dimensions for type %s", in->nargs, tn(in->ty));
    for (int i = 0; i < in->nargs; i++) {
        want_arg(v, in, i, ty_int, "dimension");
        want_checked(v, in, i, IR_CHECK_SIZE, "dimension");
    }
}

/* ARRAY_DATA: a one-dimensional array of a primitive type, each element a
 * constant of that type. */
static void check_array_data(Verifier *v, IrInst *in) {
    if (!is_kind(in->ty, TY_ARRAY) || !is_primitive(in->ty->elem)) {
        report(v, in, "type %s is not an array of a primitive type", tn(in->ty));
        return;
    }
    if (in->ndata < 0 || (in->ndata > 0 && !in->data)) report(v, in, "no elements");
    for (int i = 0; i < in->ndata && in->data; i++)
        if (in->data[i].ty != in->ty->elem) {
            report(v, in, "element %d has type %s", i, tn(in->data[i].ty));
            return;
        }
}

/* ARRAY_LEN, ARRAY_LOAD, ARRAY_STORE. */
static void check_array(Verifier *v, IrInst *in) {
    Type *arr = arg_ty(v, in, 0);
    if (arr && !is_array(arr)) {
        report(v, in, "array %%%d has type %s", in->args[0], tn(arr));
        arr = NULL;
    }
    want_nonnull(v, in, 0, "array");
    if (in->op == IR_ARRAY_LEN) {
        if (!is_kind(in->ty, TY_INT)) report(v, in, "type %s, expected int", tn(in->ty));
        return;
    }
    want_arg(v, in, 1, ty_int, "index");
    IrInst *idx = arg_def(v, in, 1);
    if (idx && idx->op != IR_CHECK_BOUNDS)
        report(v, in, "index %%%d is not from checkbounds", in->args[1]);
    else if (idx && (idx->nargs < 1 || !idx->args || idx->args[0] != in->args[0]))
        report(v, in, "index %%%d is checked against another array than %%%d", in->args[1],
               in->args[0]);
    if (!arr) return;
    if (in->op == IR_ARRAY_LOAD && !same_type(in->ty, arr->elem))
        report(v, in, "type %s, but the element type is %s", tn(in->ty), tn(arr->elem));
    if (in->op == IR_ARRAY_STORE) want_arg(v, in, 2, arr->elem, "value");
}

/* The Lime instructions: MAP, REDUCE, RANGE, ARRAY_COPY, WITH_FIELD,
 * GRAPH_NEW, GRAPH_RUN. */
static void check_lime(Verifier *v, IrInst *in) {
    switch (in->op) {
    case IR_MAP: {
        IrTask *t = in->task;
        if (!t || t->kind != TASK_MAP || (!t->func && !t->builtin)) {
            report(v, in, "no map task");
            return;
        }
        if (in->nargs != t->nargs) report(v, in, "%d operands for a task of %d", in->nargs, t->nargs);
        if (!is_kind(in->ty, TY_VALUE_ARRAY) || !same_type(in->ty->elem, t->out))
            report(v, in, "type %s, expected %s[[]]", tn(in->ty), tn(t->out));
        bool any = false;
        for (int i = 0; i < in->nargs && i < t->nargs; i++) {
            Type *a = arg_ty(v, in, i);
            if (!t->mapped[i]) continue;
            any = true;
            if (a && !is_array(a)) report(v, in, "mapped operand %%%d has type %s", in->args[i], tn(a));
            want_nonnull(v, in, i, "mapped array");
        }
        if (!any) report(v, in, "a map with no mapped operand");
        return;
    }
    case IR_REDUCE: {
        IrTask *t = in->task;
        Type *a = arg_ty(v, in, 0);
        if (!t || t->kind != TASK_REDUCE) report(v, in, "no reduce task");
        if (a && (!is_array(a) || !same_type(a->elem, in->ty))) report(v, in, "reduces %s to %s", tn(a), tn(in->ty));
        want_nonnull(v, in, 0, "array");
        return;
    }
    case IR_RANGE:
        want_arg(v, in, 0, ty_int, "length");
        if (!is_kind(in->ty, TY_VALUE_ARRAY) || in->ty->elem != ty_int) report(v, in, "type %s", tn(in->ty));
        return;
    case IR_RANGE2:
        want_arg(v, in, 0, ty_int, "width");
        want_arg(v, in, 1, ty_int, "height");
        if (in->ival != 0 && in->ival != 1) report(v, in, "axis %lld", (long long)in->ival);
        if (!is_kind(in->ty, TY_VALUE_ARRAY) || in->ty->elem != ty_int) report(v, in, "type %s", tn(in->ty));
        return;
    case IR_ARRAY_COPY: {
        Type *a = arg_ty(v, in, 0);
        if (a && (!is_array(a) || !is_array(in->ty) || !same_type(a->elem, in->ty->elem)))
            report(v, in, "copies %s to %s", tn(a), tn(in->ty));
        want_nonnull(v, in, 0, "array");
        return;
    }
    case IR_WITH_FIELD:
        if (!in->field || !is_value_class(in->ty) || in->field->owner != in->ty->cls) {
            report(v, in, "withfield needs a field of the value class %s", tn(in->ty));
            return;
        }
        want_arg(v, in, 0, in->ty, "value");
        want_arg(v, in, 1, in->field->ty, "field value");
        return;
    case IR_GRAPH_NEW:
        if (!in->graph || !is_kind(in->ty, TY_GRAPH)) report(v, in, "no graph");
        else if (in->nargs != 1 + in->graph->nstateful)
            report(v, in, "%d operands for a graph with %d stateful filters", in->nargs, in->graph->nstateful);
        return;
    case IR_GRAPH_RUN: {
        Type *g = arg_ty(v, in, 0);
        if (!in->graph || (g && !is_kind(g, TY_GRAPH))) report(v, in, "runs %s", tn(g));
        return;
    }
    default: return;
    }
}

static void check_check(Verifier *v, IrInst *in) {
    Type *a = arg_ty(v, in, 0);
    switch (in->op) {
    case IR_CHECK_NULL:
        if (a && !is_ref(a)) report(v, in, "operand of type %s is not a reference", tn(a));
        break;
    case IR_CHECK_BOUNDS:
        if (a && !is_array(a)) report(v, in, "array operand has type %s", tn(a));
        want_arg(v, in, 1, ty_int, "index");
        a = ty_int;
        break;
    case IR_CHECK_DIV:
        if (a && !is_int_or_long(a)) report(v, in, "divisor of type %s", tn(a));
        break;
    case IR_CHECK_SIZE:
        if (a && !is_kind(a, TY_INT)) report(v, in, "length of type %s", tn(a));
        break;
    default: break;
    }
    /* a null check may see its operand as a supertype (an upcast) */
    if (a && in->ty && !same_type(in->ty, a) && !(in->op == IR_CHECK_NULL && assignable(a, in->ty)))
        report(v, in, "type %s differs from its operand's %s", tn(in->ty), tn(a));
}

/* ADD..XOR, NEG, NOT, COMPL. */
static void check_arith(Verifier *v, IrInst *in) {
    Type *t = in->ty;
    if (!t) return;
    bool ok;
    switch (in->op) {
    case IR_SHL: case IR_SHR: case IR_USHR: case IR_COMPL: ok = is_int_or_long(t); break;
    case IR_AND: case IR_OR: case IR_XOR: ok = is_int_or_long(t) || is_kind(t, TY_BOOLEAN); break;
    case IR_NOT: ok = is_kind(t, TY_BOOLEAN); break;
    default: ok = is_arith(t); break;
    }
    if (!ok) {
        report(v, in, "not defined on type %s", tn(t));
        return;
    }
    bool shift = in->op == IR_SHL || in->op == IR_SHR || in->op == IR_USHR;
    for (int i = 0; i < in->nargs; i++) {
        Type *a = arg_ty(v, in, i);
        if (!a) continue;
        if (shift && i == 1) {
            if (!is_int_or_long(a))
                report(v, in, "shift count %%%d has type %s", in->args[i], tn(a));
        } else if (a != t) {
            report(v, in, "operand %%%d has type %s, expected %s", in->args[i], tn(a), tn(t));
        }
    }
    if ((in->op == IR_DIV || in->op == IR_REM) && is_int_or_long(t))
        want_checked(v, in, 1, IR_CHECK_DIV, "divisor");
}

static void check_compare(Verifier *v, IrInst *in) {
    if (in->ty && !is_kind(in->ty, TY_BOOLEAN))
        report(v, in, "type %s, expected boolean", tn(in->ty));
    Type *a = arg_ty(v, in, 0), *b = arg_ty(v, in, 1);
    if (!a || !b) return;
    bool eq = in->op == IR_EQ || in->op == IR_NE;
    if (eq && is_ref(a) && is_ref(b)) return;
    if (a != b) report(v, in, "operands of types %s and %s", tn(a), tn(b));
    else if (!is_arith(a) && !(eq && is_kind(a, TY_BOOLEAN)))
        report(v, in, "not defined on type %s", tn(a));
}

/* CONV, TO_STRING, CONCAT. */
static void check_convert(Verifier *v, IrInst *in) {
    Type *a = arg_ty(v, in, 0);
    if (in->op == IR_CONV) {
        if (in->ty && !is_num(in->ty)) report(v, in, "to type %s", tn(in->ty));
        if (a && !is_num(a)) report(v, in, "from type %s", tn(a));
        return;
    }
    if (in->ty && !is_kind(in->ty, TY_STRING))
        report(v, in, "type %s, expected String", tn(in->ty));
    if (in->op == IR_TO_STRING) {
        if (a && (is_kind(a, TY_VOID) || is_kind(a, TY_ERROR)))
            report(v, in, "from type %s", tn(a));
        return;
    }
    for (int i = 0; i < 2; i++) want_arg(v, in, i, ty_string, "operand");
}

static void check_call(Verifier *v, IrInst *in) {
    IrFunc *c = in->callee;
    if (!c) {
        report(v, in, "no callee");
        return;
    }
    if (c->nparams < 0 || c->nparams > c->locals.len) {
        report(v, in, "callee %s has a bad parameter list", c->name);
        return;
    }
    if (in->nargs != c->nparams) {
        report(v, in, "%d arguments to %s, expected %d", in->nargs, c->name, c->nparams);
        return;
    }
    for (int i = 0; i < in->nargs; i++) {
        IrLocal *p = VEC_AT(c->locals, i);
        if (p) want_arg(v, in, i, p->ty, i == 0 && !c->is_static ? "receiver" : "argument");
    }
    if (!c->is_static && in->nargs > 0) want_nonnull(v, in, 0, "receiver");
    if (!same_type(in->ty, c->ret) && !(in->dst < 0 && is_kind(c->ret, TY_VOID)))
        report(v, in, "type %s, but %s returns %s", tn(in->ty), c->name, tn(c->ret));
}

/* An instance builtin takes its receiver as operand 0, except members of
 * a fixed object ("System.out.println"): their owner names the object. */
static bool builtin_has_receiver(const Builtin *b) {
    return !(b->flags & BI_STATIC) && !strchr(b->owner, '.');
}

static void check_call_builtin(Verifier *v, IrInst *in) {
    const Builtin *b = in->builtin;
    if (!b) {
        report(v, in, "no builtin");
        return;
    }
    if (b->flags & BI_FIELD) {
        report(v, in, "%s.%s is a field, not a method", b->owner, b->name);
        return;
    }
    Type *params[MAX_BUILTIN_PARAMS];
    int n = builtin_param_types(b, params, MAX_BUILTIN_PARAMS);
    int recv = builtin_has_receiver(b) ? 1 : 0;
    if (in->nargs != n + recv) {
        report(v, in, "%d operands to %s.%s, expected %d", in->nargs, b->owner, b->name, n + recv);
        return;
    }
    if (recv) {
        Type *r = arg_ty(v, in, 0);
        bool want_string = !strcmp(b->owner, "String");
        if (r && (want_string ? !assignable(r, ty_string) : !is_ref(r)))
            report(v, in, "receiver %%%d has type %s", in->args[0], tn(r));
    }
    for (int i = 0; i < n && i < MAX_BUILTIN_PARAMS; i++) {
        Type *a = arg_ty(v, in, recv + i);
        /* a reference array passed as a variable-arity Object[] (check.c) */
        bool as_objects = a && (b->flags & BI_VARARGS) && i == n - 1 && is_kind(a, TY_ARRAY) && !is_primitive(a->elem) &&
                          params[i]->elem == ty_object;
        if (a && params[i] && !as_objects && !is_method_convertible(a, params[i]))
            report(v, in, "argument %%%d has type %s, expected %s", in->args[recv + i], tn(a),
                   tn(params[i]));
    }
    Type *ret = builtin_ret_type(b);
    if (!same_type(in->ty, ret) && !(in->dst < 0 && is_kind(ret, TY_VOID)))
        report(v, in, "type %s, but %s.%s returns %s", tn(in->ty), b->owner, b->name, tn(ret));
}

static void check_return(Verifier *v, IrInst *in) {
    bool is_void = is_kind(v->fn->ret, TY_VOID);
    if (in->nargs != (is_void ? 0 : 1)) {
        report(v, in, "%d operands in a function returning %s", in->nargs, tn(v->fn->ret));
        return;
    }
    if (!is_void) want_arg(v, in, 0, v->fn->ret, "value");
}

/* ------------------------------------------------------------ control */

static void check_block(Verifier *v, IrBlock *b, int depth);

/* Claims a new label for a LOOP/BLOCK/SWITCH. */
static void claim_label(Verifier *v, IrInst *in) {
    if (in->label < 0 || in->label >= v->fn->nlabels) {
        report(v, in, "label L%d out of range (nlabels %d)", in->label, v->fn->nlabels);
        return;
    }
    if (v->label_used[in->label]) report(v, in, "label L%d used twice", in->label);
    v->label_used[in->label] = true;
}

static void push_target(Verifier *v, IrInst *in) {
    if (v->ntargets == v->cap_targets) {
        int ncap = v->cap_targets ? v->cap_targets * 2 : 16;
        v->targets = xrealloc_arr(v->targets, (size_t)v->cap_targets, (size_t)ncap, sizeof(Target));
        v->cap_targets = ncap;
    }
    v->targets[v->ntargets++] = (Target){in->label, in->op, false, in};
}

/* BREAK/CONTINUE: the label of an enclosing target. */
static void check_jump(Verifier *v, IrInst *in) {
    for (int i = v->ntargets - 1; i >= 0; i--) {
        Target *t = &v->targets[i];
        if (t->label != in->label) continue;
        if (in->op == IR_CONTINUE && t->op != IR_LOOP)
            report(v, in, "L%d is a %s, not a loop", in->label, ir_op_name(t->op));
        else if (in->op == IR_CONTINUE && t->in_cont)
            report(v, in, "continue L%d inside its own continue block", in->label);
        return;
    }
    report(v, in, "L%d is not an enclosing %s", in->label,
           in->op == IR_CONTINUE ? "loop" : "loop, block or switch");
}

/* A nested block, with its own scope of temps.  NULL counts as empty when
 * may_be_null, else it is reported. */
static void check_sub(Verifier *v, IrInst *in, IrBlock *b, bool may_be_null, const char *what,
                      int depth) {
    if (!b) {
        if (!may_be_null) report(v, in, "no %s block", what);
        return;
    }
    check_block(v, b, depth + 1);
}

static int compare_keys(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static void check_switch(Verifier *v, IrInst *in, int depth) {
    Type *k = arg_ty(v, in, 0);
    if (k && !is_kind(k, TY_INT))
        report(v, in, "key %%%d has type %s, expected int", in->args[0], tn(k));
    if (in->narms < 0 || (in->narms > 0 && !in->arms)) {
        report(v, in, "bad arm list (narms %d)", in->narms);
        return;
    }
    int ndefault = 0, nkeys = 0, maxkeys = 0;
    for (int i = 0; i < in->narms; i++)
        if (in->arms[i].nvalues > 0) maxkeys += in->arms[i].nvalues;
    int64_t *keys = xalloc(sizeof(int64_t) * (size_t)(maxkeys + 1));
    for (int i = 0; i < in->narms; i++) {
        IrSwitchArm *arm = &in->arms[i];
        if (arm->is_default && ++ndefault == 2) report(v, in, "more than one default");
        if (arm->nvalues < 0 || (arm->nvalues > 0 && !arm->values)) {
            report(v, in, "arm %d has a bad value list", i);
            continue;
        }
        if (arm->nvalues == 0 && !arm->is_default)
            report(v, in, "arm %d has no case values and is not default", i);
        for (int j = 0; j < arm->nvalues; j++) {
            int64_t x = arm->values[j];
            if (x < INT32_MIN || x > INT32_MAX)
                report(v, in, "case %lld out of int range", (long long)x);
            keys[nkeys++] = x;
        }
    }
    /* duplicates: adjacent once sorted (a switch may have 100,000 arms) */
    qsort(keys, (size_t)nkeys, sizeof *keys, compare_keys);
    for (int i = 1; i < nkeys; i++)
        if (keys[i] == keys[i - 1] && (i == 1 || keys[i - 2] != keys[i]))
            report(v, in, "duplicate case %lld", (long long)keys[i]);
    push_target(v, in);
    for (int i = 0; i < in->narms; i++) check_sub(v, in, in->arms[i].body, false, "arm", depth);
    v->ntargets--;
}

/* IF, LOOP, BLOCK, SWITCH. */
static void check_structured(Verifier *v, IrInst *in, int depth) {
    switch (in->op) {
    case IR_IF:
        want_arg(v, in, 0, ty_boolean, "condition");
        check_sub(v, in, in->then_blk, false, "then", depth);
        check_sub(v, in, in->else_blk, true, "else", depth);
        break;
    case IR_LOOP:
        claim_label(v, in);
        push_target(v, in);
        check_sub(v, in, in->body_blk, false, "body", depth);
        v->targets[v->ntargets - 1].in_cont = true;
        check_sub(v, in, in->cont_blk, true, "continue", depth);
        v->ntargets--;
        break;
    case IR_BLOCK:
        claim_label(v, in);
        push_target(v, in);
        check_sub(v, in, in->body_blk, false, "body", depth);
        v->ntargets--;
        break;
    case IR_SWITCH:
        claim_label(v, in);
        check_switch(v, in, depth);
        break;
    default: LIME_UNREACHABLE();
    }
}

static void check_inst(Verifier *v, IrInst *in, int depth) {
    if ((int)in->op < 0 || in->op >= IR_OP_COUNT) {
        report(v, in, "unknown opcode %d", (int)in->op);
        return;
    }
    check_temps(v, in);
    check_bounds_marks(v, in);
    switch (in->op) {
    case IR_CONST: check_const(v, in); break;
    case IR_LOAD_LOCAL: case IR_STORE_LOCAL: check_local(v, in); break;
    case IR_LOAD_STATIC: case IR_STORE_STATIC: case IR_LOAD_FIELD: case IR_STORE_FIELD:
        check_field(v, in);
        break;
    case IR_NEW_OBJECT: case IR_NEW_ARRAY: check_new(v, in); break;
    case IR_ARRAY_DATA: check_array_data(v, in); break;
    case IR_ARRAY_LEN: case IR_ARRAY_LOAD: case IR_ARRAY_STORE: check_array(v, in); break;
    case IR_CHECK_NULL: case IR_CHECK_BOUNDS: case IR_CHECK_DIV: case IR_CHECK_SIZE:
        check_check(v, in);
        break;
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_REM: case IR_SHL: case IR_SHR:
    case IR_USHR: case IR_AND: case IR_OR: case IR_XOR: case IR_NEG: case IR_NOT: case IR_COMPL:
        check_arith(v, in);
        break;
    case IR_EQ:
    case IR_NE:
    case IR_LT:
    case IR_LE:
    case IR_GT:
    case IR_GE: check_compare(v, in); break;
    case IR_CONV: case IR_TO_STRING: case IR_CONCAT: check_convert(v, in); break;
    case IR_CALL: check_call(v, in); break;
    case IR_CALL_VIRTUAL:
        check_call(v, in);
        if (!in->method || in->method->ir != in->callee || (in->method->vslot < 0 && in->method->iface_slot < 0))
            report(v, in, "callvirt of a method with no dispatch slot");
        break;
    case IR_INSTANCEOF:
        if (!in->type_arg || !is_ref(in->type_arg)) report(v, in, "instanceof of a type that is not a reference type");
        if (!is_kind(in->ty, TY_BOOLEAN)) report(v, in, "type %s, expected boolean", tn(in->ty));
        if (arg_ty(v, in, 0) && !is_ref(arg_ty(v, in, 0))) report(v, in, "instanceof of a value that is not a reference");
        break;
    case IR_CLASS_OBJECT:
        if (!in->type_arg || !(is_kind(in->type_arg, TY_CLASS) || is_kind(in->type_arg, TY_OBJECT) ||
                               is_kind(in->type_arg, TY_STRING) || is_kind(in->type_arg, TY_ARRAY)))
            report(v, in, "classof of a type that is not a class, Object, String or an array");
        else if (is_kind(in->type_arg, TY_CLASS) && in->type_arg->cls->is_value) report(v, in, "classof of a value class");
        if (!is_kind(in->ty, TY_CLASS) || strcmp(in->ty->cls->name, "Class") != 0) report(v, in, "classof of type %s, expected Class", tn(in->ty));
        break;
    case IR_CHECK_CAST:
        if (!is_ref(in->ty) || (arg_ty(v, in, 0) && !is_ref(arg_ty(v, in, 0))))
            report(v, in, "checkcast between types that are not references");
        break;
    case IR_THROW:
        want_nonnull(v, in, 0, "exception");
        if (arg_ty(v, in, 0) && !is_kind(arg_ty(v, in, 0), TY_CLASS)) report(v, in, "throw of a value that is not an object");
        break;
    case IR_TRY:
        if (!in->local || !is_kind(in->local->ty, TY_CLASS)) report(v, in, "try without a Throwable local");
        check_sub(v, in, in->body_blk, false, "body", depth);
        check_sub(v, in, in->else_blk, false, "handler", depth);
        break;
    case IR_CALL_BUILTIN: check_call_builtin(v, in); break;
    case IR_IF: case IR_LOOP: case IR_BLOCK: case IR_SWITCH: check_structured(v, in, depth); break;
    case IR_BREAK: case IR_CONTINUE: check_jump(v, in); break;
    case IR_RETURN: check_return(v, in); break;
    case IR_MAP: case IR_REDUCE: case IR_RANGE: case IR_RANGE2: case IR_ARRAY_COPY: case IR_WITH_FIELD:
    case IR_GRAPH_NEW: case IR_GRAPH_RUN: check_lime(v, in); break;
    case IR_OP_COUNT: break;
    }
    define(v, in);
}

static bool is_terminator(IrOp op) {
    return op == IR_BREAK || op == IR_CONTINUE || op == IR_RETURN;
}

/* A block: its instructions in order, then its temps go out of scope. */
static void check_block(Verifier *v, IrBlock *b, int depth) {
    if (depth > MAX_DEPTH) {
        report(v, NULL, "blocks nested too deeply (a cycle?)");
        return;
    }
    if (b->len < 0 || (b->len > 0 && !b->insts)) {
        report(v, NULL, "bad block (len %d)", b->len);
        return;
    }
    for (int i = 0; i < b->len; i++) {
        IrInst *in = b->insts[i];
        if (!in) {
            report(v, NULL, "NULL instruction in a block");
            continue;
        }
        if (i > 0 && b->insts[i - 1] && is_terminator(b->insts[i - 1]->op))
            report(v, in, "unreachable: follows %s in the same block",
                   ir_op_name(b->insts[i - 1]->op));
        check_inst(v, in, depth);
    }
    for (int i = 0; i < b->len; i++) {
        IrInst *in = b->insts[i];
        if (in && in->dst >= 0 && in->dst < v->fn->ntemps && v->def[in->dst] == in)
            v->visible[in->dst] = false;
    }
}

/* The function's own shape: name, locals, parameters, `this`. */
static bool check_signature(Verifier *v, IrFunc *f) {
    bool ok = true;
    if (!f->ret) {
        report(v, NULL, "no result type");
        ok = false;
    }
    if (f->ntemps < 0 || f->nlabels < 0) {
        report(v, NULL, "negative ntemps or nlabels");
        return false;
    }
    if (f->nparams < 0 || f->nparams > f->locals.len) {
        report(v, NULL, "nparams %d but %d locals", f->nparams, f->locals.len);
        return false;
    }
    for (int i = 0; i < f->locals.len; i++) {
        IrLocal *l = VEC_AT(f->locals, i);
        if (!l) {
            report(v, NULL, "local %d is NULL", i);
            ok = false;
            continue;
        }
        if (l->id != i)
            report(v, NULL, "local %s has id %d at index %d", l->name ? l->name : "?", l->id, i);
        if (l->is_param != (i < f->nparams))
            report(v, NULL, "local %s.%d: is_param is wrong", l->name ? l->name : "?", i);
        if (!l->ty || is_kind(l->ty, TY_VOID) || is_kind(l->ty, TY_ERROR))
            report(v, NULL, "local %s.%d has type %s", l->name ? l->name : "?", i, tn(l->ty));
    }
    if (!f->is_static) {
        IrLocal *self = f->nparams > 0 ? VEC_AT(f->locals, 0) : NULL;
        if (!self) report(v, NULL, "instance function without a `this` parameter");
        else if (f->owner && f->owner->type && self->ty != f->owner->type)
            report(v, NULL, "`this` has type %s, expected %s", tn(self->ty), tn(f->owner->type));
    }
    if (!f->body) {
        report(v, NULL, "no body");
        ok = false;
    }
    return ok;
}

static bool verify_func(IrFunc *f) {
    Verifier v = {.fn = f, .fname = f->name ? f->name : "?"};
    if (!check_signature(&v, f)) return false;
    v.def = xalloc(sizeof(IrInst *) * (size_t)(f->ntemps + 1));
    v.visible = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    v.label_used = xalloc(sizeof(bool) * (size_t)(f->nlabels + 1));
    check_block(&v, f->body, 0);
    if (v.nreports > MAX_REPORTS)
        fprintf(stderr, "limec: IR verifier: %s: %d more problems not shown\n", v.fname,
                v.nreports - MAX_REPORTS);
    return v.nreports == 0;
}

bool ir_verify(IrProgram *p) {
    bool ok = true;
    if (p->clinit && !p->clinit->is_static) {
        fprintf(stderr, "limec: IR verifier: %s: the static initialiser is not static\n",
                p->clinit->name ? p->clinit->name : "?");
        ok = false;
    }
    bool clinit_listed = false;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = VEC_AT(p->funcs, i);
        if (!f) {
            fputs("limec: IR verifier: NULL function in the program\n", stderr);
            ok = false;
            continue;
        }
        if (f == p->clinit) clinit_listed = true;
        if (f->is_abstract || f->native_symbol) continue; /* no body */
        if (!verify_func(f)) ok = false;
    }
    if (p->clinit && !clinit_listed && !verify_func(p->clinit)) ok = false;
    return ok;
}
