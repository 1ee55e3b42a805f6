/* dfg.c: a task's body as a dataflow graph, by symbolic evaluation.
 *
 * The IR of the task's function(s) is interpreted with DFG nodes as
 * values.  Invariants of the evaluation:
 *   - `alive` is a boolean node: the item reaches the current instruction.
 *     Every effect (a local, a state field, the return value, the
 *     exception flag) is guarded by it, so both arms of an `if` on data are
 *     evaluated one after the other without merging environments: a store
 *     under `alive` becomes `alive ? new : old` (if-conversion).
 *   - Control that depends on data may only choose values: a continue
 *     or switch on data is a rejection, but for one loop a task whose exit
 *     depends on the data (a break or continue on data that targets it):
 *     that loop is evaluated again as the loop engine's, one pass from
 *     DN_CARRY nodes, and the evaluation goes on from DN_EXIT nodes
 *     (engine_loop; loop.c cuts the DFG there).  Loops with constant bounds
 *     fold their conditions to constants and unroll completely (up to
 *     MAX_NODES nodes in all).
 *   - Constant operands are folded with Java's semantics, so unrolled
 *     index arithmetic and constant conditions cost no hardware.
 * Nodes are numbered in creation order: arguments always precede users.
 *
 * Requires the task's IR (for a stream task, IrTask.filters: where each
 * filter stands and its constructor's constant arguments) and nothing of
 * the store.  Guarantees: fpga_dfg_build gives a DFG (the result, the
 * exception flag, each state variable's value after the item, the operand
 * and state layout), or NULL with the construct that stops it and its
 * line; it does not say whether the store has a module for each operator
 * (accept.c checks); fpga_dfg_firing gives the DFG of one firing of a
 * multi-rate filter, whose value arrays of constant length (its parameter,
 * the arrays it makes and returns) are their elements' nodes.  Keeps
 * nothing between calls. */
#include "fpga.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <string.h>

enum { MAX_NODES = 20000, MAX_CALL_DEPTH = 32 };

typedef enum { FLOW_NEXT, FLOW_BREAK, FLOW_CONTINUE, FLOW_RETURN } Flow;

typedef struct Frame {
    IrFunc *f;
    int *temps;            /* temp -> node */
    int *locals;           /* local -> node (-1: unset) */
    int ret;               /* the return value so far (-1: none) */
    int label;             /* FLOW_BREAK / FLOW_CONTINUE: its label */
    int *label_depth;      /* per label: Eval.data_depth when its construct was entered */
    int *fresh;            /* per local: the `alive` under which it got its first value (from unset),
                              -1 none; a later store under the same `alive` needs no multiplexer: the
                              items not alive there never had a value (a loop counter declared inside
                              an if on the data) */
} Frame;

/* An array of fixed length: made by a filter's constructor (its elements'
 * values there), then bound to an array field of the filter's object. */
typedef struct SymArray {
    Type *elem;
    int len;
    int *elems;            /* constructor: each element's node */
    FieldDecl *field;      /* bound to this field of filter `filter`'s object (NULL: not yet) */
    int filter;
    int first_state;       /* filter evaluation: element 0's StateVar */
    bool local;            /* a firing's value array (its input, or one it makes): elems are its
                              elements' values, no state */
    int mem;               /* a map's broadcast array operand: its memory (Dfg.mems) + 1; 0 otherwise */
    int len_node;          /* mem: its length (a DN_PARAM) */
    Vec reads;             /* mem: its aload nodes so far, one per distinct index node */
} SymArray;

/* A value of a value class whose fields are primitives: each instance
 * field's node, by FieldDecl.index (a DN_VALUE node names it). */
typedef struct SymValue {
    ClassDecl *cls;
    int *fields;
} SymValue;

typedef struct Eval {
    IrProgram *p;
    bool ctor_mode;        /* evaluating a filter's constructor: only arrays matter */
    bool firing;           /* one firing of a multi-rate filter: value arrays of constant length
                              are local arrays (SymArray.local) */
    Vec arrays;            /* SymArray* */
    Vec values;            /* SymValue* */
    Vec const_keys;        /* "filter:field:elem" of elements to treat as constants */
    Dfg *d;
    Reason *why;
    jmp_buf fail;
    int alive;
    int data_depth;        /* how many `if`s on data enclose the instruction */
    int false_node, true_node;
    Vec stack;             /* IrFunc* being inlined (recursion check) */
    /* The innermost loop being unrolled: a break or continue on the data
     * that targets it makes it the loop engine's (longjmp to retry). */
    jmp_buf *retry;
    Frame *retry_fr;
    int retry_label;
    /* While the loop engine's body is evaluated: its frame and label, and
     * the items that took a `continue` this pass. */
    Frame *eng_fr;
    int eng_label, cont_mask;
    /* The pass evaluated again for the values only items that go round
     * need (loop_values): breaks to the engine's loop leave `alive` as it
     * is, and an operator already made since node cse_from is reused
     * (-1: no reuse). */
    bool shadow;
    int cse_from;
} Eval;

const char *fpga_wire_type_name(WireKind w) {
    switch (w) {
    case W_BOOL: return "boolean";
    case W_INT: return "int";
    case W_LONG: return "long";
    case W_FLOAT: return "float";
    case W_DOUBLE: return "double";
    }
    return "?";
}

_Noreturn static void reject(Eval *e, Loc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    e->why->loc = loc;
    vsnprintf(e->why->text, sizeof e->why->text, fmt, ap);
    va_end(ap);
    longjmp(e->fail, 1);
}

static DNode *node(Eval *e, int id) { return e->d->nodes.items[id]; }

static int dfg_node(Eval *e, DNodeKind kind, WireKind w, Loc loc) {
    if (e->d->nodes.len >= MAX_NODES)
        reject(e, loc, "the body unrolls to more than %d operations", MAX_NODES);
    DNode *n = xalloc(sizeof *n);
    n->id = e->d->nodes.len;
    n->kind = kind;
    n->w = w;
    n->loc = loc;
    n->slot = -1;
    vec_push(&e->d->nodes, n);
    return n->id;
}

static uint64_t mask_of(WireKind w) {
    return w == W_BOOL ? 1 : w == W_LONG || w == W_DOUBLE ? ~0ull : 0xffffffffull;
}

static int const_node(Eval *e, WireKind w, uint64_t bits, Loc loc) {
    int id = dfg_node(e, DN_CONST, w, loc);
    node(e, id)->bits = bits & mask_of(w);
    return id;
}

static bool is_const(Eval *e, int id) { return node(e, id)->kind == DN_CONST; }
static uint64_t cbits(Eval *e, int id) { return node(e, id)->bits; }

static float as_float(uint64_t b) {
    uint32_t u = (uint32_t)b;
    float f;
    memcpy(&f, &u, 4);
    return f;
}
static uint64_t float_bits(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}
static int32_t as_int(uint64_t b) { return (int32_t)(uint32_t)b; }
static double as_double(uint64_t b) {
    double d;
    memcpy(&d, &b, 8);
    return d;
}
static uint64_t double_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

/* Folds a double operation (operands of kind W_DOUBLE) with Java's
 * semantics (the host's IEEE double arithmetic); false when it cannot. */
static bool fold_double(const char *op, uint64_t x, uint64_t y, uint64_t *out) {
    double dx = as_double(x), dy = as_double(y);
    if (!strcmp(op, "+")) *out = double_bits(dx + dy);
    else if (!strcmp(op, "-")) *out = double_bits(dx - dy);
    else if (!strcmp(op, "*")) *out = double_bits(dx * dy);
    else if (!strcmp(op, "/")) *out = double_bits(dx / dy);
    else if (!strcmp(op, "-x")) *out = x ^ 0x8000000000000000ull;
    else if (!strcmp(op, "sqrt")) *out = double_bits(sqrt(dx));
    else if (!strcmp(op, "==")) *out = dx == dy;
    else if (!strcmp(op, "!=")) *out = dx != dy;
    else if (!strcmp(op, "<")) *out = dx < dy;
    else if (!strcmp(op, "<=")) *out = dx <= dy;
    else if (!strcmp(op, ">")) *out = dx > dy;
    else if (!strcmp(op, ">=")) *out = dx >= dy;
    else if (!strcmp(op, "d2f")) *out = float_bits((float)dx);
    else if (!strcmp(op, "d2i") || !strcmp(op, "d2l")) {
        bool l = op[2] == 'l';
        double lim = l ? 9223372036854775808.0 : 2147483648.0;
        int64_t r = dx != dx ? 0 : dx >= lim ? (l ? INT64_MAX : INT32_MAX)
                  : dx <= -lim ? (l ? INT64_MIN : INT32_MIN) : (int64_t)dx;
        *out = (uint64_t)r;
    } else if (!strcmp(op, "bits")) *out = x;
    else return false;
    return true;
}

/* Java's (int) / (long) of a float: NaN 0, saturating. */
static int64_t java_f2l(float f, bool to_long) {
    if (f != f) return 0;
    double lo = to_long ? -9223372036854775808.0 : -2147483648.0;
    double hi = to_long ? 9223372036854775807.0 : 2147483647.0;
    if (f <= lo) return to_long ? INT64_MIN : INT32_MIN;
    if (f >= hi) return to_long ? INT64_MAX : INT32_MAX;
    return (int64_t)f;
}

/* Folds op on constant operands with Java's semantics; false when it
 * cannot (it then becomes hardware). */
static bool fold(Eval *e, const char *op, WireKind opw, int *a, int na, uint64_t *out) {
    for (int i = 0; i < na; i++)
        if (!is_const(e, a[i])) return false;
    uint64_t x = na > 0 ? cbits(e, a[0]) : 0, y = na > 1 ? cbits(e, a[1]) : 0;
    if (opw == W_DOUBLE && strcmp(op, "?:") != 0) return fold_double(op, x, y, out);
    bool isf = opw == W_FLOAT, isl = opw == W_LONG;
    int64_t sx = isl ? (int64_t)x : as_int(x), sy = isl ? (int64_t)y : as_int(y);
    float fx = as_float(x), fy = as_float(y);
    int sh = (int)(y & (isl ? 63 : 31));
#define CMP(o) (isf ? (fx o fy) : (sx o sy))
    if (!strcmp(op, "?:")) *out = x ? cbits(e, a[1]) : cbits(e, a[2]);
    else if (!strcmp(op, "+")) *out = isf ? float_bits(fx + fy) : x + y;
    else if (!strcmp(op, "-")) *out = isf ? float_bits(fx - fy) : x - y;
    else if (!strcmp(op, "*")) *out = isf ? float_bits(fx * fy) : x * y;
    else if (!strcmp(op, "/") || !strcmp(op, "%")) {
        if (isf) *out = float_bits(op[0] == '/' ? fx / fy : fmodf(fx, fy));
        else if (sy == 0) return false;     /* throws: the check raises it */
        else if (sy == -1) *out = op[0] == '/' ? (uint64_t)(0 - (uint64_t)sx) : 0;
        else *out = (uint64_t)(op[0] == '/' ? sx / sy : sx % sy);
    } else if (!strcmp(op, "&")) *out = x & y;
    else if (!strcmp(op, "|")) *out = x | y;
    else if (!strcmp(op, "^")) *out = x ^ y;
    else if (!strcmp(op, "<<")) *out = x << sh;
    else if (!strcmp(op, ">>")) *out = (uint64_t)(sx >> sh);
    else if (!strcmp(op, ">>>")) *out = (x & mask_of(opw)) >> sh;
    else if (!strcmp(op, "-x")) *out = isf ? x ^ 0x80000000u : 0 - x;
    else if (!strcmp(op, "~")) *out = ~x;
    else if (!strcmp(op, "!")) *out = !x;
    else if (!strcmp(op, "==")) *out = CMP(==);
    else if (!strcmp(op, "!=")) *out = CMP(!=);
    else if (!strcmp(op, "<")) *out = CMP(<);
    else if (!strcmp(op, "<=")) *out = CMP(<=);
    else if (!strcmp(op, ">")) *out = CMP(>);
    else if (!strcmp(op, ">=")) *out = CMP(>=);
    else if (!strcmp(op, "i2b")) *out = (uint64_t)(int64_t)(int8_t)x;
    else if (!strcmp(op, "i2s")) *out = (uint64_t)(int64_t)(int16_t)x;
    else if (!strcmp(op, "i2c")) *out = (uint16_t)x;
    else if (!strcmp(op, "i2l")) *out = (uint64_t)(int64_t)as_int(x);
    else if (!strcmp(op, "l2i")) *out = (uint32_t)x;
    else if (!strcmp(op, "i2f")) *out = float_bits((float)as_int(x));
    else if (!strcmp(op, "l2f")) *out = float_bits((float)(int64_t)x);
    else if (!strcmp(op, "i2d")) *out = double_bits((double)as_int(x));
    else if (!strcmp(op, "l2d")) *out = double_bits((double)(int64_t)x);
    else if (!strcmp(op, "f2d")) *out = double_bits((double)fx);
    else if (!strcmp(op, "f2i")) *out = (uint64_t)java_f2l(fx, false);
    else if (!strcmp(op, "f2l")) *out = (uint64_t)java_f2l(fx, true);
    else if (!strcmp(op, "bits")) *out = x;
    else return false;
#undef CMP
    return true;
}

static WireKind result_kind(const char *op, WireKind opw) {
    static const char *const bool_ops[] = {"==", "!=", "<", "<=", ">", ">=", "!"};
    for (size_t i = 0; i < sizeof bool_ops / sizeof *bool_ops; i++)
        if (!strcmp(op, bool_ops[i])) return W_BOOL;
    if (!strcmp(op, "i2l")) return W_LONG;
    if (!strcmp(op, "l2i") || !strcmp(op, "f2i") || !strcmp(op, "d2i") || !strcmp(op, "i2b") || !strcmp(op, "i2s") || !strcmp(op, "i2c"))
        return W_INT;
    if (!strcmp(op, "i2f") || !strcmp(op, "l2f") || !strcmp(op, "d2f")) return W_FLOAT;
    if (!strcmp(op, "f2l") || !strcmp(op, "d2l")) return W_LONG;
    if (!strcmp(op, "f2d") || !strcmp(op, "i2d") || !strcmp(op, "l2d")) return W_DOUBLE;
    return opw;
}

static int op_node(Eval *e, const char *op, WireKind opw, int *args, int nargs, Loc loc);
static int op2n(Eval *e, const char *op, WireKind opw, int a, int b, Loc loc);

static bool is_op(Eval *e, int id, const char *op) {
    DNode *n = node(e, id);
    return n->kind == DN_OP && !strcmp(n->op, op);
}

static int64_t signed_value(Eval *e, int id) {
    DNode *n = node(e, id);
    return n->w == W_LONG ? (int64_t)n->bits : (int64_t)as_int(n->bits);
}

/* x * c for a constant c of at most three nonzero digits in canonical
 * signed-digit form: shifts (wiring) and two adders at most, as an expert
 * writes constant multiplies; -1 when c needs more (a multiplier then). */
static int const_multiply(Eval *e, WireKind w, int x, int64_t c, Loc loc) {
    if (c == INT64_MIN || c > ((int64_t)1 << 61) || c < -((int64_t)1 << 61)) return -1;
    int shift[64], sign[64], n = 0;
    int64_t c0 = c;
    for (int i = 0; c != 0 && n < 4; i++, c /= 2) {
        if (c % 2 == 0) continue;
        int digit = (c % 4 == 1 || c % 4 == -3) ? 1 : -1;   /* non-adjacent form */
        shift[n] = i;
        sign[n++] = digit;
        c -= digit;
    }
    /* as many plain binary digits (3: x + (x << 1), not (x << 2) - x): those,
     * all added (no subtraction's inverted operand: 55 fewer LUTs on iCE40
     * for a 3x) */
    if (c0 > 0 && __builtin_popcountll((unsigned long long)c0) <= n) {
        n = 0;
        for (int i = 0; i < 62; i++)
            if ((c0 >> i) & 1) { shift[n] = i; sign[n++] = 1; }
    }
    if (n == 0 || n > 3) return n == 0 ? const_node(e, w, 0, loc) : -1;
    int acc = -1;
    for (int pass = 0; pass < 2; pass++)   /* the positive terms first: no negation */
        for (int k = 0; k < n; k++) {
            if ((sign[k] > 0) != (pass == 0)) continue;
            int term = op2n(e, "<<", w, x, const_node(e, w, (uint64_t)shift[k], loc), loc);
            if (acc < 0) acc = sign[k] > 0 ? term : op_node(e, "-x", w, &term, 1, loc);
            else acc = op2n(e, sign[k] > 0 ? "+" : "-", w, acc, term, loc);
        }
    return acc;
}

/* The node x % y of these operand nodes already made, or -1; never one
 * of a loop engine's pass once the pass is done (after the loop only its
 * carried values may be read). */
static int made_remainder(Eval *e, WireKind opw, int x, int y) {
    LoopEngine *g = e->d->engine;
    for (int i = 0; i < e->d->nodes.len; i++) {
        DNode *n = node(e, i);
        if (g && g->b1 && i >= g->b0 && i < g->b1) continue;
        if (n->kind == DN_OP && !strcmp(n->op, "%") && n->opw == opw && n->args[0] == x && n->args[1] == y) return i;
    }
    return -1;
}

/* (x / y) * y as x - x % y, where x % y is already made (the divider gives
 * both: no multiplier); Java's identity (x / y) * y + x % y == x holds for
 * every x and y != 0, overflow included (JLS 15.17.3); y == 0 threw.  -1
 * when a is not that product. */
static int quotient_times_divisor(Eval *e, WireKind opw, const int *a, Loc loc) {
    for (int k = 0; k < 2; k++) {
        if (!is_op(e, a[k], "/") || node(e, a[k])->args[1] != a[1 - k]) continue;
        int x = node(e, a[k])->args[0], rem = made_remainder(e, opw, x, a[1 - k]);
        if (rem >= 0) return op2n(e, "-", opw, x, rem, loc);
    }
    return -1;
}

/* Identities on integers that need no hardware (never on floats: -0.0 and
 * NaN make x + 0 differ from x), and constant multiplies. */
static int simplify(Eval *e, const char *op, WireKind opw, int *a, int nargs) {
    if (nargs != 2 || (opw != W_INT && opw != W_LONG)) return -1;
    bool c0 = is_const(e, a[0]), c1 = is_const(e, a[1]);
    int64_t v0 = c0 ? signed_value(e, a[0]) : 1, v1 = c1 ? signed_value(e, a[1]) : 1;
    Loc loc = node(e, a[0])->loc;
    if (!strcmp(op, "+")) {
        if (c0 && v0 == 0) return a[1];
        if (c1 && v1 == 0) return a[0];
        if (is_op(e, a[1], "-x")) return op2n(e, "-", opw, a[0], node(e, a[1])->args[0], loc);
        if (is_op(e, a[0], "-x")) return op2n(e, "-", opw, a[1], node(e, a[0])->args[0], loc);
    } else if (!strcmp(op, "-")) {
        if (c1 && v1 == 0) return a[0];
        if (is_op(e, a[1], "-x")) return op2n(e, "+", opw, a[0], node(e, a[1])->args[0], loc);
    } else if (!strcmp(op, "*")) {
        if (c0 || c1) {
            int x = c0 ? a[1] : a[0];
            int64_t c = c0 ? v0 : v1;
            if (c == 1) return x;
            if (c == -1) return op_node(e, "-x", opw, &x, 1, loc);
            return const_multiply(e, opw, x, c, loc);
        }
        return quotient_times_divisor(e, opw, a, loc);
    } else if (!strcmp(op, "<<") || !strcmp(op, ">>") || !strcmp(op, ">>>")) {
        if (c1 && (v1 & (opw == W_LONG ? 63 : 31)) == 0) return a[0];
    } else if (!strcmp(op, "|") || !strcmp(op, "^")) {
        if (c0 && v0 == 0) return a[1];
        if (c1 && v1 == 0) return a[0];
    } else if (!strcmp(op, "&")) {
        if (c0 && v0 == -1) return a[1];
        if (c1 && v1 == -1) return a[0];
    }
    return -1;
}

/* op over args, folded when constant; opw is the operands' kind. */
/* The same value: one node, or two constants with the same bits. */
static bool same_value(Eval *e, int a, int b) {
    DNode *x = node(e, a), *y = node(e, b);
    return a == b || (x->kind == DN_CONST && y->kind == DN_CONST && x->w == y->w && x->bits == y->bits);
}

/* An operator made since cse_from with the same op and operands, or -1. */
static int same_op(Eval *e, const char *op, WireKind opw, int *args, int nargs) {
    for (int i = e->d->nodes.len - 1; i >= e->cse_from; i--) {
        DNode *n = node(e, i);
        if (n->kind != DN_OP || n->nargs != nargs || n->opw != opw || strcmp(n->op, op)) continue;
        bool same = true;
        for (int k = 0; k < nargs && same; k++) same = same_value(e, n->args[k], args[k]);
        if (same) return i;
    }
    return -1;
}

static int op_node(Eval *e, const char *op, WireKind opw, int *args, int nargs, Loc loc) {
    WireKind w = result_kind(op, opw);
    uint64_t v;
    if (fold(e, op, opw, args, nargs, &v)) return const_node(e, w, v, loc);
    int simpler = simplify(e, op, opw, args, nargs);
    if (simpler >= 0) return simpler;
    if (!strcmp(op, "?:")) {
        if (args[1] == args[2]) return args[1];
    }
    if (w == W_BOOL && (!strcmp(op, "&") || !strcmp(op, "|")) && nargs == 2) {
        for (int k = 0; k < 2; k++) {
            if (!is_const(e, args[k])) continue;
            bool c = cbits(e, args[k]);
            if (op[0] == '&') return c ? args[1 - k] : args[k];
            return c ? args[k] : args[1 - k];
        }
    }
    int same = e->cse_from >= 0 ? same_op(e, op, opw, args, nargs) : -1;
    if (same >= 0) return same;
    int id = dfg_node(e, DN_OP, w, loc);
    DNode *n = node(e, id);
    n->op = op;
    n->opw = opw;
    n->nargs = nargs;
    for (int i = 0; i < nargs; i++) n->args[i] = args[i];
    return id;
}

static int op2n(Eval *e, const char *op, WireKind opw, int a, int b, Loc loc) {
    int args[2] = {a, b};
    return op_node(e, op, opw, args, 2, loc);
}

static int mux(Eval *e, int sel, int then_v, int else_v, Loc loc) {
    int args[3] = {sel, then_v, else_v};
    return op_node(e, "?:", node(e, then_v)->w, args, 3, loc);
}

static int not_node(Eval *e, int a, Loc loc) { return op2n(e, "^", W_BOOL, a, e->true_node, loc); }

static int guarded_value(Eval *e, int v, int old, Loc loc);

/* `old` replaced by `v` where the item is alive. */
static int guarded(Eval *e, int v, int old, Loc loc) {
    if (old < 0 || (is_const(e, e->alive) && cbits(e, e->alive))) return v;
    if (node(e, v)->kind == DN_VALUE) return guarded_value(e, v, old, loc);
    if (node(e, v)->kind == DN_ARRAY || node(e, old)->kind == DN_ARRAY)
        reject(e, loc, "an array chosen under a condition on the data");
    return mux(e, e->alive, v, old, loc);
}

static WireKind kind_of(Eval *e, Type *t, Loc loc, const char *what) {
    switch (t->kind) {
    case TY_BOOLEAN: return W_BOOL;
    case TY_BYTE: case TY_SHORT: case TY_CHAR: case TY_INT: return W_INT;
    case TY_LONG: return W_LONG;
    case TY_FLOAT: return W_FLOAT;
    case TY_DOUBLE: return W_DOUBLE;
    case TY_CLASS:
        if (t->cls->is_value)
            reject(e, loc, "value class '%s' %s: the FPGA backend takes value classes as a map's operands and results and within the "
                           "body only", t->cls->name, what);
        reject(e, loc, "objects of class '%s' %s", t->cls->name, what);
    case TY_ARRAY: case TY_VALUE_ARRAY:
        reject(e, loc, "arrays %s: the FPGA backend keeps scalars in registers only", what);
    case TY_STRING: reject(e, loc, "strings %s", what);
    default: reject(e, loc, "%s %s", type_name(t), what);
    }
}

static char letter_of(Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: return 'Z';
    case TY_BYTE: return 'B';
    case TY_SHORT: return 'S';
    case TY_CHAR: return 'C';
    case TY_INT: return 'I';
    case TY_LONG: return 'J';
    case TY_FLOAT: return 'F';
    case TY_DOUBLE: return 'D';
    default: return '?';
    }
}

static int words_of(WireKind w) { return w == W_LONG || w == W_DOUBLE ? 2 : 1; }

/* A conversion of a (of kind from) to Java type `to` (JLS 5.1.2, 5.1.3). */
static int convert(Eval *e, int a, Type *to, Loc loc) {
    WireKind from = node(e, a)->w;
    WireKind tw = kind_of(e, to, loc, "conversion");
    int args[1] = {a};
    if (from == W_BOOL || tw == W_BOOL || (from == W_DOUBLE && tw == W_DOUBLE)) return a;
    if (tw == W_DOUBLE)       /* i2d l2d f2d (byte, short, char come as int) */
        return op_node(e, from == W_FLOAT ? "f2d" : from == W_LONG ? "l2d" : "i2d", from, args, 1, loc);
    if (from == W_DOUBLE) {
        DNode *n = node(e, a);
        if (tw == W_FLOAT) {
            /* (float) (double) f is f; (float) Math.sqrt(f) is the float
             * square root (double rounding is innocuous: JLS-exact) */
            if (n->kind == DN_OP && !strcmp(n->op, "f2d")) return n->args[0];
            if (n->kind == DN_OP && !strcmp(n->op, "sqrt") && node(e, n->args[0])->kind == DN_OP &&
                !strcmp(node(e, n->args[0])->op, "f2d")) {
                args[0] = node(e, n->args[0])->args[0];
                return op_node(e, "sqrt", W_FLOAT, args, 1, loc);
            }
            return op_node(e, "d2f", W_DOUBLE, args, 1, loc);
        }
        args[0] = op_node(e, tw == W_LONG ? "d2l" : "d2i", W_DOUBLE, args, 1, loc);
        if (tw == W_LONG) return args[0];
        from = W_INT;
    }
    if (from == W_LONG && tw != W_LONG) {
        args[0] = op_node(e, tw == W_FLOAT ? "l2f" : "l2i", W_LONG, args, 1, loc);
        if (tw == W_FLOAT) return args[0];
        from = W_INT;
    }
    if (from == W_FLOAT && tw != W_FLOAT) {
        args[0] = op_node(e, tw == W_LONG ? "f2l" : "f2i", W_FLOAT, args, 1, loc);
        if (tw == W_LONG) return args[0];
        from = W_INT;
    }
    if (from == W_INT) {
        switch (to->kind) {
        case TY_BYTE: return op_node(e, "i2b", W_INT, args, 1, loc);
        case TY_SHORT: return op_node(e, "i2s", W_INT, args, 1, loc);
        case TY_CHAR: return op_node(e, "i2c", W_INT, args, 1, loc);
        case TY_LONG: return op_node(e, "i2l", W_INT, args, 1, loc);
        case TY_FLOAT: return op_node(e, "i2f", W_INT, args, 1, loc);
        default: return args[0];
        }
    }
    return args[0];
}

/* ------------------------------------------------------------ evaluation */

static int call_func(Eval *e, IrFunc *f, int *args, int nargs, Loc loc);
static Flow eval_block(Eval *e, Frame *fr, IrBlock *b);

static int arg(Frame *fr, IrInst *in, int i) { return fr->temps[in->args[i]]; }

static StateVar *state_var(Eval *e, int obj, FieldDecl *f, Loc loc) {
    DNode *o = node(e, obj);
    if (o->kind != DN_OBJ) reject(e, loc, "field '%s' of an object other than the filter's own", f->name);
    for (int i = 0; i < e->d->nstate; i++)
        if (e->d->state[i].field == f && e->d->state[i].filter == o->slot) return &e->d->state[i];
    reject(e, loc, "field '%s' of a class the filter does not keep", f->name);
}

static SymArray *bound_array(Eval *e, int filter, FieldDecl *f) {
    for (int i = 0; i < e->arrays.len; i++) {
        SymArray *a = e->arrays.items[i];
        if (a->field == f && a->filter == filter) return a;
    }
    return NULL;
}

static int array_node(Eval *e, SymArray *a, Loc loc) {
    int id = dfg_node(e, DN_ARRAY, W_INT, loc);
    for (int i = 0; i < e->arrays.len; i++)
        if (e->arrays.items[i] == a) node(e, id)->slot = i;
    return id;
}

static SymArray *array_of_node(Eval *e, int id, Loc loc) {
    DNode *n = node(e, id);
    if (n->kind != DN_ARRAY) reject(e, loc, "arrays other than fixed-length fields of a stateful filter");
    return e->arrays.items[n->slot];
}

/* The element index: a constant within the array, or a rejection. */
static int const_index(Eval *e, SymArray *a, int idx, Loc loc) {
    if (!is_const(e, idx)) reject(e, loc, "array index computed from the data: the FPGA backend needs constant indices");
    int32_t i = as_int(cbits(e, idx));
    if (i < 0 || i >= a->len) reject(e, loc, "array index %d out of bounds for length %d", (int)i, a->len);
    return i;
}

static int new_array(Eval *e, IrInst *in, int len) {
    bool local = e->firing && in->ty->kind == TY_VALUE_ARRAY;
    if (!e->ctor_mode && !local) reject(e, in->loc, "array allocation");
    if (in->nargs != 1 || !is_primitive(in->ty->elem)) reject(e, in->loc, "arrays other than one-dimensional arrays of primitives");
    if (!is_const(e, len)) reject(e, in->loc, "an array whose length is not a compile-time constant");
    int32_t n = as_int(cbits(e, len));
    if (n < 0 || n > 4096) reject(e, in->loc, "an array of %d elements (the FPGA backend keeps up to 4096 in registers)", (int)n);
    SymArray *a = xalloc(sizeof *a);
    a->elem = in->ty->elem;
    a->len = n;
    a->elems = xalloc(sizeof(int) * (size_t)(n + 1));
    WireKind w = kind_of(e, a->elem, in->loc, "array elements");
    for (int i = 0; i < n; i++) a->elems[i] = const_node(e, w, 0, in->loc);
    a->local = local;
    vec_push(&e->arrays, a);
    return array_node(e, a, in->loc);
}

/* ARRAY_DATA (a constructor's constant table): a new array holding the
 * constants. */
static int array_data(Eval *e, IrInst *in) {
    if (!e->ctor_mode) reject(e, in->loc, "array allocation");
    if (in->ndata > 4096)
        reject(e, in->loc, "an array of %d elements (the FPGA backend keeps up to 4096 in registers)", in->ndata);
    SymArray *a = xalloc(sizeof *a);
    a->elem = in->ty->elem;
    a->len = in->ndata;
    a->elems = xalloc(sizeof(int) * (size_t)(a->len + 1));
    WireKind w = kind_of(e, a->elem, in->loc, "array elements");
    for (int i = 0; i < a->len; i++) {
        ConstVal c = in->data[i];
        a->elems[i] = const_node(e, w, w == W_FLOAT ? float_bits((float)c.f) : w == W_DOUBLE ? double_bits(c.f)
                                                                            : (uint64_t)c.i, in->loc);
    }
    vec_push(&e->arrays, a);
    return array_node(e, a, in->loc);
}

/* ------------------------------------------------------------ broadcast arrays */

/* A map's broadcast array operand of type t: memory k of the model
 * (memory.c), its length the next param word, param_types "[<letter>". */
static int mem_operand(Eval *e, Type *t, Loc loc) {
    Dfg *d = e->d;
    if (!is_primitive(t->elem))
        reject(e, loc, "an array of %s as a task operand: the FPGA holds arrays of primitives", type_name(t->elem));
    size_t len = strlen(d->param_types);
    if (len + 2 >= sizeof d->param_types) reject(e, loc, "more operands than the FPGA model takes");
    SymArray *a = xalloc(sizeof *a);
    a->elem = t->elem;
    a->len = -1;
    a->len_node = dfg_node(e, DN_PARAM, W_INT, loc);
    node(e, a->len_node)->slot = d->param_words++;
    d->param_types[len] = '[';
    d->param_types[len + 1] = letter_of(t->elem);
    d->mems = xrealloc_arr(d->mems, (size_t)d->nmems, (size_t)d->nmems + 1, sizeof *d->mems);
    d->mems[d->nmems] = (MemArray){kind_of(e, t->elem, loc, "array elements"), letter_of(t->elem),
                                   node(e, a->len_node)->slot, loc};
    a->mem = ++d->nmems;
    vec_push(&e->arrays, a);
    return array_node(e, a, loc);
}

/* The item's index-out-of-bounds flag gets `alive && (i < 0 || i >=
 * length)`: the runtime runs a failing call again on the CPU, which throws
 * Java's exception for the lowest failing element. */
static void mem_check_bounds(Eval *e, SymArray *a, int i, Loc loc) {
    int neg = op2n(e, "<", W_INT, i, const_node(e, W_INT, 0, loc), loc);
    int high = op2n(e, ">=", W_INT, i, a->len_node, loc);
    int now = op2n(e, "&", W_BOOL, e->alive, op2n(e, "|", W_BOOL, neg, high, loc), loc);
    if (is_const(e, now) && !cbits(e, now)) return;
    Dfg *d = e->d;
    int *flag = e->eng_fr ? &d->exc : &d->exc_index;   /* in a loop engine's pass: the flag that stops the item */
    *flag = *flag < 0 ? now : op2n(e, "|", W_BOOL, *flag, now, loc);
}

/* A loop engine carries one exception flag (the division's) and puts out
 * code 2 when it is set: an index out of bounds before its loop joins it
 * there (the item then makes no pass), one after it at the end (build).
 * Either code makes the runtime run the call on the CPU, which throws the
 * right exception. */
static void index_flag_to_exc(Eval *e, Loc loc) {
    Dfg *d = e->d;
    if (d->exc_index < 0) return;
    d->exc = d->exc < 0 ? d->exc_index : op2n(e, "|", W_BOOL, d->exc, d->exc_index, loc);
    d->exc_index = -1;
}

/* Element i of memory array a: one read node per distinct index node (a
 * clocked read, latency 1; each its own copy of the memory).  A read made
 * by an unrolling that was dropped (eval_loop's retry) is no node now, or
 * another: only one that is still that read is shared. */
static int mem_read(Eval *e, SymArray *a, int i, Loc loc) {
    for (int k = 0; k < a->reads.len; k++) {
        int r = (int)(intptr_t)a->reads.items[k];
        DNode *n = r < e->d->nodes.len ? node(e, r) : NULL;
        if (n && n->kind == DN_OP && !strcmp(n->op, "aload") && n->slot == a->mem - 1 && n->args[0] == i) return r;
    }
    MemArray *m = &e->d->mems[a->mem - 1];
    int r = dfg_node(e, DN_OP, m->w, loc);
    DNode *n = node(e, r);
    n->op = "aload";
    n->opw = m->w;
    n->nargs = 1;
    n->args[0] = i;
    n->slot = a->mem - 1;
    vec_push(&a->reads, (void *)(intptr_t)r);
    return r;
}

/* ------------------------------------------------------------ value classes */

static bool is_value_class(Type *t) { return t->kind == TY_CLASS && t->cls->is_value; }

/* The fields of value class c, each a primitive (else a rejection), by
 * index: fields[i] is the instance field of index i. */
static FieldDecl **value_fields(Eval *e, ClassDecl *c, Loc loc) {
    int n = c->ninstance_fields;
    if (n < 1 || n > 15)
        reject(e, loc, "value class '%s' of %d fields (the FPGA backend takes 1 to 15)", c->name, n);
    FieldDecl **fs = xalloc(sizeof(FieldDecl *) * (size_t)n);
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (f->mods & MOD_STATIC) continue;
        if (!is_primitive(f->ty))
            reject(e, loc, "value class '%s' with field '%s' of type %s: the FPGA backend takes value classes of "
                           "primitive fields", c->name, f->name, type_name(f->ty));
        fs[f->index] = f;
    }
    return fs;
}

/* A DN_VALUE node for a value of class c with these fields' nodes. */
static int value_node(Eval *e, ClassDecl *c, const int *fields, Loc loc) {
    SymValue *v = xalloc(sizeof *v);
    v->cls = c;
    v->fields = xalloc(sizeof(int) * (size_t)c->ninstance_fields);
    memcpy(v->fields, fields, sizeof(int) * (size_t)c->ninstance_fields);
    int id = dfg_node(e, DN_VALUE, W_INT, loc);
    node(e, id)->slot = e->values.len;
    vec_push(&e->values, v);
    return id;
}

static SymValue *value_of(Eval *e, int id, Loc loc) {
    if (node(e, id)->kind != DN_VALUE) reject(e, loc, "object references");
    return e->values.items[node(e, id)->slot];
}

/* The all-zero value of value class t (a value constructor starts from it). */
static int zero_value(Eval *e, Type *t, Loc loc) {
    FieldDecl **fs = value_fields(e, t->cls, loc);
    int n = t->cls->ninstance_fields, *zeros = xalloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) zeros[i] = const_node(e, kind_of(e, fs[i]->ty, loc, "field"), 0, loc);
    return value_node(e, t->cls, zeros, loc);
}

/* Value v with field f replaced by x (IR_WITH_FIELD). */
static int with_field(Eval *e, int v, FieldDecl *f, int x, Loc loc) {
    SymValue *old = value_of(e, v, loc);
    int id = value_node(e, old->cls, old->fields, loc);
    value_of(e, id, loc)->fields[f->index] = x;
    return id;
}

/* guarded() field by field: a value is its fields' wires. */
static int guarded_value(Eval *e, int v, int old, Loc loc) {
    SymValue *a = value_of(e, v, loc), *b = value_of(e, old, loc);
    int id = value_node(e, a->cls, a->fields, loc);
    SymValue *r = value_of(e, id, loc);
    for (int i = 0; i < a->cls->ninstance_fields; i++) r->fields[i] = guarded(e, a->fields[i], b->fields[i], loc);
    return id;
}

/* A map's value-class result: its fields are the output item's words, in
 * order (lime_fpga.h), each as its own type's words. */
static void value_result(Eval *e, int x, Type *t, Loc loc) {
    Dfg *d = e->d;
    FieldDecl **fs = value_fields(e, t->cls, loc);
    SymValue *v = value_of(e, x, loc);
    int n = t->cls->ninstance_fields;
    d->results = xalloc(sizeof(int) * (size_t)n);
    d->nresults = n;
    d->out_words = 0;
    for (int i = 0; i < n; i++) {
        d->results[i] = v->fields[i];
        d->out_fields[i] = letter_of(fs[i]->ty);
        d->out_words += words_of(kind_of(e, fs[i]->ty, loc, "fields"));
    }
    d->result = d->results[0];
    d->out_type = d->out_fields[0];
}

static bool java_is_arith(IrOp op) {
    switch (op) {
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_REM: case IR_SHL: case IR_SHR: case IR_USHR:
    case IR_AND: case IR_OR: case IR_XOR: case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE:
        return true;
    default: return false;
    }
}

static const char *op_spelling(IrOp op) {
    switch (op) {
    case IR_ADD: return "+";
    case IR_SUB: return "-";
    case IR_MUL: return "*";
    case IR_DIV: return "/";
    case IR_REM: return "%";
    case IR_SHL: return "<<";
    case IR_SHR: return ">>";
    case IR_USHR: return ">>>";
    case IR_AND: return "&";
    case IR_OR: return "|";
    case IR_XOR: return "^";
    case IR_EQ: return "==";
    case IR_NE: return "!=";
    case IR_LT: return "<";
    case IR_LE: return "<=";
    case IR_GT: return ">";
    case IR_GE: return ">=";
    default: return "?";
    }
}

static int binary(Eval *e, IrInst *in, int a, int b) {
    WireKind wa = node(e, a)->w, wb = node(e, b)->w;
    const char *op = op_spelling(in->op);
    if (in->op == IR_SHL || in->op == IR_SHR || in->op == IR_USHR) {
        if (wb != wa) b = op_node(e, wa == W_LONG ? "i2l" : "l2i", wb, (int[]){b}, 1, in->loc);
    }
    if (wa == W_FLOAT && in->op == IR_REM) reject(e, in->loc, "float %%: the store has no artifact for it");
    if (wa == W_DOUBLE && in->op == IR_REM) reject(e, in->loc, "double %%: the store has no artifact for it");
    if (wa == W_BOOL && (in->op == IR_EQ || in->op == IR_NE)) {
        int x = op2n(e, "^", W_BOOL, a, b, in->loc);
        return in->op == IR_EQ ? not_node(e, x, in->loc) : x;
    }
    return op2n(e, op, wa, a, b, in->loc);
}

/* id's bits as a wire of kind w (a "bits" wire: no hardware). */
static int rebits(Eval *e, int id, WireKind w, Loc loc) {
    int r = op_node(e, "bits", node(e, id)->w, &id, 1, loc);
    node(e, r)->w = w;
    return r;
}

/* Math.abs/min/max of doubles (Java's rules: abs clears the sign bit, so
 * abs(-0.0) is 0.0; min and max are NaN when either operand is, and order
 * -0.0 below 0.0), or -1 for another method. */
static int double_math(Eval *e, const char *name, int *a, Loc loc) {
    if (!strcmp(name, "abs")) {
        int m = op2n(e, "&", W_LONG, rebits(e, a[0], W_LONG, loc), const_node(e, W_LONG, 0x7fffffffffffffffull, loc), loc);
        return rebits(e, m, W_DOUBLE, loc);
    }
    bool min = !strcmp(name, "min");
    if (!min && strcmp(name, "max") != 0) return -1;
    /* equal operands (numerically): the same bits, or zeros of both signs,
     * where min takes the sign bit of either (|) and max of both (&) */
    int eq = rebits(e, op2n(e, min ? "|" : "&", W_LONG, rebits(e, a[0], W_LONG, loc), rebits(e, a[1], W_LONG, loc), loc),
                    W_DOUBLE, loc);
    int r = mux(e, op2n(e, min ? ">" : "<", W_DOUBLE, a[0], a[1], loc), a[1], eq, loc);
    r = mux(e, op2n(e, min ? "<" : ">", W_DOUBLE, a[0], a[1], loc), a[0], r, loc);
    r = mux(e, op2n(e, "!=", W_DOUBLE, a[1], a[1], loc), a[1], r, loc);
    return mux(e, op2n(e, "!=", W_DOUBLE, a[0], a[0], loc), a[0], r, loc);
}

/* Math.exp and Math.log of doubles, built from the store's binary64 and
 * integer units as the CPU computes them (runtime/fdlibm_common.h,
 * lime_math_exp_D and lime_math_log_D): the same operations on the same
 * operands in the same order, each rounded on its own, every branch
 * computed and chosen by multiplexers, so the result is the CPU's bit for
 * bit, NaNs included: a NaN argument comes back quieted (nan_sum, the
 * CPU's x + x), log of a negative number is the canonical NaN (the CPU's
 * lm_nan()).
 * Values computed once and read by several branches are one node. */
typedef struct MathBuild {
    Eval *e;
    Loc loc;
} MathBuild;

static int dconst(MathBuild *m, double v) { return const_node(m->e, W_DOUBLE, double_bits(v), m->loc); }
static int iconst(MathBuild *m, int64_t v, WireKind w) { return const_node(m->e, w, (uint64_t)v, m->loc); }
static int dop(MathBuild *m, const char *op, int a, int b) { return op2n(m->e, op, W_DOUBLE, a, b, m->loc); }
static int iop(MathBuild *m, const char *op, int a, int b) { return op2n(m->e, op, node(m->e, a)->w, a, b, m->loc); }
static int unary(MathBuild *m, const char *op, int a) { return op_node(m->e, op, node(m->e, a)->w, &a, 1, m->loc); }
static int pick(MathBuild *m, int sel, int a, int b) { return mux(m->e, sel, a, b, m->loc); }
static int canonical_nan(MathBuild *m) { return const_node(m->e, W_DOUBLE, 0x7ff8000000000000ull, m->loc); }
/* The CPU's x + x of a NaN x (fdlibm's NaN argument returned): x with its
 * quiet bit set, its payload and sign kept, as x86's addsd gives it (the
 * store's adder would give the canonical NaN instead). */
static int nan_sum(MathBuild *m, int x) {
    int bits = iop(m, "|", rebits(m->e, x, W_LONG, m->loc), iconst(m, 0x0008000000000000LL, W_LONG));
    return rebits(m->e, bits, W_DOUBLE, m->loc);
}

/* exp_tab[2 * j + odd] for a long j in [0, 128): a read of the store's
 * fp64_exp_table (the table in block RAM, latency 1), or the entry itself
 * when j is a constant. */
static int exp_table(MathBuild *m, int j, int odd) {
    if (is_const(m->e, j)) return const_node(m->e, W_DOUBLE, fpga_exp_table_bits(2 * (int)(cbits(m->e, j) & 127) + odd), m->loc);
    int r = op_node(m->e, odd ? "exp_tab_lo" : "exp_tab_hi", W_LONG, &j, 1, m->loc);
    node(m->e, r)->w = W_DOUBLE;
    return r;
}

/* lime_math_exp_D's exp_scaled: T[j] * 2^k * (1 + tmp), its three scalings
 * sharing one s + s * tmp (s = T[j] with k, k - 1000 or k + 1022 added to
 * its exponent field). */
static int exp_scaled(MathBuild *m, int k, int j, int tmp) {
    int tbits = rebits(m->e, exp_table(m, j, 0), W_LONG, m->loc);
    int big = iop(m, ">", k, iconst(m, 1000, W_LONG)), normal = iop(m, ">=", k, iconst(m, -1021, W_LONG));
    int shift = pick(m, big, iop(m, "-", k, iconst(m, 1000, W_LONG)),
                     pick(m, normal, k, iop(m, "+", k, iconst(m, 1022, W_LONG))));
    int s = rebits(m->e, iop(m, "+", tbits, iop(m, "<<", shift, iconst(m, 52, W_LONG))), W_DOUBLE, m->loc);
    int st = dop(m, "*", s, tmp);
    int y = dop(m, "+", s, st);
    int one = dconst(m, 1.0);
    /* subnormal: y rounded at the result's precision by adding it to 1 */
    int lo = dop(m, "+", dop(m, "-", s, y), st);
    int hi = dop(m, "+", one, y);
    lo = dop(m, "+", dop(m, "+", dop(m, "-", one, hi), y), lo);
    int rounded = dop(m, "-", dop(m, "+", hi, lo), one);
    rounded = pick(m, dop(m, "==", rounded, dconst(m, 0.0)), dconst(m, 0.0), rounded);
    int tiny = dop(m, "*", pick(m, dop(m, "<", y, one), rounded, y), dconst(m, 0x1p-1022));
    return pick(m, big, dop(m, "*", y, dconst(m, 0x1p1000)), pick(m, normal, y, tiny));
}

static int math_exp(Eval *e, int x, Loc loc) {
    MathBuild mb = {e, loc}, *m = &mb;
    int kd = dop(m, "-", dop(m, "+", dop(m, "*", x, dconst(m, 0x1.71547652b82fep+7)), dconst(m, 0x1.8p52)),
                 dconst(m, 0x1.8p52));
    int r = dop(m, "-", dop(m, "-", x, dop(m, "*", kd, dconst(m, 0x1.62e42fef80000p-8))),
                dop(m, "*", kd, dconst(m, 0x1.1cf79abc9e3b4p-43)));
    int i = unary(m, "d2l", kd);
    int j = iop(m, "&", i, iconst(m, FPGA_EXP_TABLE - 1, W_LONG));
    int r2 = dop(m, "*", r, r);
    int tmp = dop(m, "+", dop(m, "+", exp_table(m, j, 1), r),
                  dop(m, "*", r2, dop(m, "+", dconst(m, 0.5), dop(m, "*", r, dconst(m, 0x1.5555555555555p-3)))));
    tmp = dop(m, "+", tmp, dop(m, "*", dop(m, "*", r2, r2),
                               dop(m, "+", dconst(m, 0x1.5555555555555p-5), dop(m, "*", r, dconst(m, 0x1.1111111111111p-7)))));
    int result = exp_scaled(m, iop(m, ">>", i, iconst(m, 7, W_LONG)), j, tmp);
    int magnitude = double_math(e, "abs", &x, loc);
    result = pick(m, dop(m, "<", magnitude, dconst(m, 0x1p-54)), dop(m, "+", dconst(m, 1.0), x), result);
    result = pick(m, dop(m, "<", x, dconst(m, -0x1.74910d52d3051p9)), dconst(m, 0.0), result);
    result = pick(m, dop(m, ">", x, dconst(m, 0x1.62e42fefa39efp9)), dconst(m, INFINITY), result);
    return pick(m, dop(m, "!=", x, x), nan_sum(m, x), result);
}

/* A double's high 32-bit word, as fdlibm's hi_word (an int). */
static int high_word(MathBuild *m, int x) {
    return unary(m, "l2i", iop(m, ">>", rebits(m->e, x, W_LONG, m->loc), iconst(m, 32, W_LONG)));
}

static int math_log(Eval *e, int x, Loc loc) {
    MathBuild mb = {e, loc}, *m = &mb;
    const double ln2_hi = 0x1.62e42feep-1, ln2_lo = 0x1.a39ef35793c76p-33;
    int hx0 = high_word(m, x), lx = unary(m, "l2i", rebits(e, x, W_LONG, loc));
    /* below 2^-1022 (zeros, negatives, subnormals): a subnormal scaled up */
    int small = iop(m, "<", hx0, iconst(m, 0x00100000, W_INT));
    int zero = iop(m, "==", iop(m, "|", iop(m, "&", hx0, iconst(m, 0x7fffffff, W_INT)), lx), iconst(m, 0, W_INT));
    int negative = iop(m, "<", hx0, iconst(m, 0, W_INT));
    int scaled = dop(m, "*", x, dconst(m, 0x1p54));
    int x1 = pick(m, small, scaled, x);
    int hx1 = pick(m, small, high_word(m, scaled), hx0);
    int k = iop(m, "+", pick(m, small, iconst(m, -54, W_INT), iconst(m, 0, W_INT)),
                iop(m, "-", iop(m, ">>", hx1, iconst(m, 20, W_INT)), iconst(m, 1023, W_INT)));
    int hx = iop(m, "&", hx1, iconst(m, 0x000fffff, W_INT));
    int half = iop(m, "&", iop(m, "+", hx, iconst(m, 0x95f64, W_INT)), iconst(m, 0x100000, W_INT));
    /* x or x/2 into [sqrt(2)/2, sqrt(2)): its high word replaced */
    int new_hi = unary(m, "i2l", iop(m, "|", hx, iop(m, "^", half, iconst(m, 0x3ff00000, W_INT))));
    int low = iop(m, "&", rebits(e, x1, W_LONG, loc), iconst(m, 0xffffffffLL, W_LONG));
    int x2 = rebits(e, iop(m, "|", low, iop(m, "<<", new_hi, iconst(m, 32, W_LONG))), W_DOUBLE, loc);
    k = iop(m, "+", k, iop(m, ">>", half, iconst(m, 20, W_INT)));
    int f = dop(m, "-", x2, dconst(m, 1.0));
    int dk = unary(m, "i2d", k);
    int k_zero = iop(m, "==", k, iconst(m, 0, W_INT));
    int dk_hi = dop(m, "*", dk, dconst(m, ln2_hi)), dk_lo = dop(m, "*", dk, dconst(m, ln2_lo));
    /* |f| < 2^-20 */
    int near_one = iop(m, "<", iop(m, "&", iconst(m, 0x000fffff, W_INT), iop(m, "+", iconst(m, 2, W_INT), hx)),
                       iconst(m, 3, W_INT));
    int at_one = pick(m, k_zero, dconst(m, 0.0), dop(m, "+", dk_hi, dk_lo));
    int r_small = dop(m, "*", dop(m, "*", f, f), dop(m, "-", dconst(m, 0.5), dop(m, "*", dconst(m, 0.33333333333333333), f)));
    int near_result = pick(m, k_zero, dop(m, "-", f, r_small),
                           dop(m, "-", dk_hi, dop(m, "-", dop(m, "-", r_small, dk_lo), f)));
    near_result = pick(m, dop(m, "==", f, dconst(m, 0.0)), at_one, near_result);
    /* log(1 + f) = 2s + s*R, s = f / (2 + f) */
    int s = dop(m, "/", f, dop(m, "+", dconst(m, 2.0), f));
    int z = dop(m, "*", s, s);
    int w = dop(m, "*", z, z);
    int t1 = dop(m, "*", w, dop(m, "+", dconst(m, 0x1.999999997fa04p-2),
                                dop(m, "*", w, dop(m, "+", dconst(m, 0x1.c71c51d8e78afp-3),
                                                   dop(m, "*", w, dconst(m, 0x1.39a09d078c69fp-3))))));
    int t2 = dop(m, "*", z, dop(m, "+", dconst(m, 0x1.5555555555593p-1),
                                dop(m, "*", w, dop(m, "+", dconst(m, 0x1.2492494229359p-2),
                                                   dop(m, "*", w, dop(m, "+", dconst(m, 0x1.7466496cb03dep-3),
                                                                      dop(m, "*", w, dconst(m, 0x1.2f112df3e5244p-3))))))));
    int big_r = dop(m, "+", t2, t1);
    int hfsq = dop(m, "*", dop(m, "*", dconst(m, 0.5), f), f);
    int s_sum = dop(m, "*", s, dop(m, "+", hfsq, big_r));
    int with_hfsq = pick(m, k_zero, dop(m, "-", f, dop(m, "-", hfsq, s_sum)),
                         dop(m, "-", dk_hi, dop(m, "-", dop(m, "-", hfsq, dop(m, "+", s_sum, dk_lo)), f)));
    int s_diff = dop(m, "*", s, dop(m, "-", f, big_r));
    int without = pick(m, k_zero, dop(m, "-", f, s_diff), dop(m, "-", dk_hi, dop(m, "-", dop(m, "-", s_diff, dk_lo), f)));
    int near = iop(m, "|", iop(m, "-", hx, iconst(m, 0x6147a, W_INT)), iop(m, "-", iconst(m, 0x6b851, W_INT), hx));
    int result = pick(m, iop(m, ">", near, iconst(m, 0, W_INT)), with_hfsq, without);
    result = pick(m, near_one, near_result, result);
    /* +inf and NaN: x + x */
    result = pick(m, iop(m, ">=", hx1, iconst(m, 0x7ff00000, W_INT)), pick(m, dop(m, "!=", x, x), nan_sum(m, x), x),
                  result);
    result = pick(m, iop(m, "&", small, negative), canonical_nan(m), result);
    return pick(m, iop(m, "&", small, zero), dconst(m, -INFINITY), result);
}

/* Math.max(lo, Math.min(hi, g)) or Math.min(hi, Math.max(lo, g)) (either
 * operand order in each) with constants lo <= hi: the clamp
 * g > hi ? hi : (g < lo ? lo : g), whose two compares both read g rather
 * than one reading the other's mux (a clip of 3x on iCE40: 55 fewer LUTs);
 * -1 when the operands are not that.  outer_max: the call is Math.max. */
static int clamp(Eval *e, bool outer_max, int x, int y, WireKind w, Loc loc) {
    int k = is_const(e, x) ? x : is_const(e, y) ? y : -1, t = k == x ? y : x;
    if (k < 0 || is_const(e, t) || !is_op(e, t, "?:")) return -1;
    DNode *m = node(e, t);
    if (!is_op(e, m->args[0], outer_max ? "<=" : ">=")) return -1;
    DNode *sel = node(e, m->args[0]);
    int p = sel->args[0], q = sel->args[1];
    if (m->args[1] != p || m->args[2] != q) return -1;   /* not Math.min(p, q) (max) as built below */
    int inner = is_const(e, p) ? p : is_const(e, q) ? q : -1, g = inner == p ? q : p;
    if (inner < 0 || is_const(e, g)) return -1;
    int lo = outer_max ? k : inner, hi = outer_max ? inner : k;
    if (signed_value(e, lo) > signed_value(e, hi)) return -1;
    int below = mux(e, op2n(e, "<", w, g, lo, loc), lo, g, loc);
    return mux(e, op2n(e, ">", w, g, hi, loc), hi, below, loc);
}

/* A call of library member bi on a (a reducer's Math.min too): Math.abs/min/max
 * on int, long and double, Float's and Double's bit conversions, the float
 * square root (Math.sqrt of a float widened to double, narrowed back:
 * convert) and the double one. */
static int builtin_call(Eval *e, const Builtin *bi, int *a, Loc loc) {
    const char *name = bi->name;
    if (!strcmp(bi->owner, "Math")) {
        if (!strcmp(name, "sqrt") && node(e, a[0])->w == W_DOUBLE) return op_node(e, "sqrt", W_DOUBLE, a, 1, loc);
        if (!strcmp(name, "sqrt") && node(e, a[0])->w == W_FLOAT) /* builtin_float_sqrt */
            return op_node(e, "sqrt", W_FLOAT, a, 1, loc);
        WireKind w = node(e, a[0])->w;
        if (w == W_DOUBLE) {
            int r = double_math(e, name, a, loc);
            if (r >= 0) return r;
            if (!strcmp(name, "exp")) return math_exp(e, a[0], loc);
            if (!strcmp(name, "log")) return math_log(e, a[0], loc);
        }
        if (w == W_INT || w == W_LONG) {
            if (!strcmp(name, "abs")) {
                int zero = const_node(e, w, 0, loc);
                return mux(e, op2n(e, "<", w, a[0], zero, loc), op_node(e, "-x", w, a, 1, loc), a[0], loc);
            }
            if (!strcmp(name, "min") || !strcmp(name, "max")) {
                int c = clamp(e, name[1] == 'a', a[0], a[1], w, loc);
                if (c >= 0) return c;
            }
            if (!strcmp(name, "min")) return mux(e, op2n(e, "<=", w, a[0], a[1], loc), a[0], a[1], loc);
            if (!strcmp(name, "max")) return mux(e, op2n(e, ">=", w, a[0], a[1], loc), a[0], a[1], loc);
        }
        if (w == W_FLOAT && (!strcmp(name, "min") || !strcmp(name, "max")))
            reject(e, loc, "Math.%s of floats: the store has no module for it (its NaN and -0.0 rules)", name);
    }
    bool isf = !strcmp(bi->owner, "Float");
    if (isf || !strcmp(bi->owner, "Double")) {   /* bit conversions (wires) and isNaN */
        WireKind fw = isf ? W_FLOAT : W_DOUBLE, iw = isf ? W_INT : W_LONG;
        if (!strcmp(name, isf ? "floatToRawIntBits" : "doubleToRawLongBits")) return rebits(e, a[0], iw, loc);
        if (!strcmp(name, isf ? "intBitsToFloat" : "longBitsToDouble")) return rebits(e, a[0], fw, loc);
        int nan = op2n(e, "!=", fw, a[0], a[0], loc);
        if (!strcmp(name, "isNaN")) return nan;
        if (!strcmp(name, isf ? "floatToIntBits" : "doubleToLongBits"))   /* every NaN is Java's canonical one */
            return mux(e, nan, const_node(e, iw, isf ? 0x7fc00000u : 0x7ff8000000000000ull, loc), rebits(e, a[0], iw, loc),
                       loc);
    }
    reject(e, loc, "%s.%s has no FPGA artifact", bi->owner, name);
}

static int builtin(Eval *e, IrInst *in, int *a) { return builtin_call(e, in->builtin, a, in->loc); }

static Flow eval_loop(Eval *e, Frame *fr, IrInst *in);

static Flow eval_inst(Eval *e, Frame *fr, IrInst *in) {
    int a[8] = {0};
    if (in->op != IR_IF && in->op != IR_LOOP && in->op != IR_BLOCK && in->op != IR_SWITCH) {
        if (in->nargs > 8) reject(e, in->loc, "a call with more than 8 arguments");
        for (int i = 0; i < in->nargs; i++) a[i] = arg(fr, in, i);
    }
    int r = -1;
    Loc loc = in->loc;
    switch (in->op) {
    case IR_CONST:
        if (in->ty->kind == TY_FLOAT) r = const_node(e, W_FLOAT, float_bits((float)in->fval), loc);
        else if (in->ty->kind == TY_DOUBLE) r = const_node(e, W_DOUBLE, double_bits(in->fval), loc);
        else if (in->ty->kind == TY_STRING) reject(e, loc, "strings");
        else if (in->ty->kind == TY_NULL) reject(e, loc, "object references");
        else if (is_value_class(in->ty)) r = zero_value(e, in->ty, loc);
        else r = const_node(e, kind_of(e, in->ty, loc, "constant"), (uint64_t)in->ival, loc);
        break;
    case IR_LOAD_LOCAL:
        r = fr->locals[in->local->id];
        if (r < 0 && is_value_class(in->local->ty)) r = zero_value(e, in->local->ty, loc);
        else if (r < 0) r = const_node(e, kind_of(e, in->local->ty, loc, "local"), 0, loc);
        break;
    case IR_STORE_LOCAL: {
        int id = in->local->id, old = fr->locals[id];
        if (old >= 0 && fr->fresh[id] == e->alive) {
            fr->locals[id] = a[0];
        } else {
            fr->locals[id] = guarded(e, a[0], old, loc);
            fr->fresh[id] = old < 0 ? e->alive : -1;
        }
        break;
    }
    case IR_LOAD_FIELD: {
        if (node(e, a[0])->kind == DN_VALUE) {
            r = value_of(e, a[0], loc)->fields[in->field->index];
            break;
        }
        if (node(e, a[0])->kind != DN_OBJ) reject(e, loc, "field '%s' of an object other than the filter's own", in->field->name);
        if (in->field->ty->kind == TY_ARRAY) {
            SymArray *arr = bound_array(e, node(e, a[0])->slot, in->field);
            if (!arr) reject(e, loc, "array field '%s' not set to an array of constant length by the constructor", in->field->name);
            r = array_node(e, arr, loc);
        } else if (e->ctor_mode) {
            r = dfg_node(e, DN_UNKNOWN, W_INT, loc);
        } else {
            r = state_var(e, a[0], in->field, loc)->next;
        }
        break;
    }
    case IR_STORE_FIELD: {
        if (node(e, a[0])->kind != DN_OBJ) reject(e, loc, "field '%s' of an object other than the filter's own", in->field->name);
        if (in->field->ty->kind == TY_ARRAY) {
            if (!e->ctor_mode) reject(e, loc, "assigns array field '%s' (it must keep one array)", in->field->name);
            SymArray *arr = array_of_node(e, a[1], loc);
            if (!(is_const(e, e->alive) && cbits(e, e->alive)))
                reject(e, loc, "array field '%s' set under a condition", in->field->name);
            arr->field = in->field;
            arr->filter = node(e, a[0])->slot;
        } else if (!e->ctor_mode) {
            StateVar *sv = state_var(e, a[0], in->field, loc);
            sv->next = guarded(e, a[1], sv->next, loc);
        }
        break;
    }
    case IR_LOAD_STATIC: case IR_STORE_STATIC:
        reject(e, loc, "static field '%s'", in->field->name);
    case IR_NEW_OBJECT: reject(e, loc, "object allocation");
    case IR_NEW_ARRAY: r = new_array(e, in, a[0]); break;
    case IR_ARRAY_DATA: r = array_data(e, in); break;
    case IR_CHECK_SIZE:
        if (!e->ctor_mode && !e->firing) reject(e, loc, "array allocation");
        r = a[0];
        break;
    case IR_ARRAY_LEN: {
        SymArray *arr = array_of_node(e, a[0], loc);
        r = arr->mem ? arr->len_node : const_node(e, W_INT, (uint64_t)arr->len, loc);
        break;
    }
    case IR_CHECK_BOUNDS:
        if (array_of_node(e, a[0], loc)->mem) mem_check_bounds(e, array_of_node(e, a[0], loc), a[1], loc);
        else const_index(e, array_of_node(e, a[0], loc), a[1], loc);
        r = a[1];
        break;
    case IR_ARRAY_LOAD: {
        SymArray *arr = array_of_node(e, a[0], loc);
        if (arr->mem) {
            r = mem_read(e, arr, a[1], loc);
            break;
        }
        int i = const_index(e, arr, a[1], loc);
        r = e->ctor_mode || arr->local ? arr->elems[i] : e->d->state[arr->first_state + i].next;
        break;
    }
    case IR_ARRAY_STORE: {
        SymArray *arr = array_of_node(e, a[0], loc);
        if (arr->mem) reject(e, loc, "a store into a broadcast array (the FPGA holds it in a read-only memory)");
        int i = const_index(e, arr, a[1], loc);
        int *slot = e->ctor_mode || arr->local ? &arr->elems[i] : &e->d->state[arr->first_state + i].next;
        *slot = guarded(e, a[2], *slot, loc);
        break;
    }
    case IR_CHECK_NULL: {
        DNodeKind k = node(e, a[0])->kind;
        if (k != DN_OBJ && k != DN_ARRAY && k != DN_VALUE) reject(e, loc, "object references");
        r = a[0];
        break;
    }
    case IR_CHECK_DIV: {
        WireKind w = node(e, a[0])->w;
        int zero = op2n(e, "==", w, a[0], const_node(e, w, 0, loc), loc);
        int now = op2n(e, "&", W_BOOL, e->alive, zero, loc);
        if (!(is_const(e, now) && !cbits(e, now))) {
            e->d->exc = e->d->exc < 0 ? now : op2n(e, "|", W_BOOL, e->d->exc, now, loc);
        }
        r = a[0];
        break;
    }
    case IR_NEG: r = op_node(e, "-x", node(e, a[0])->w, a, 1, loc); break;
    case IR_COMPL: r = op_node(e, "~", node(e, a[0])->w, a, 1, loc); break;
    case IR_NOT: r = not_node(e, a[0], loc); break;
    case IR_CONV: r = convert(e, a[0], in->ty, loc); break;
    case IR_TO_STRING: case IR_CONCAT: reject(e, loc, "strings");
    case IR_CALL: r = call_func(e, in->callee, a, in->nargs, loc); break;
    case IR_CALL_BUILTIN: r = builtin(e, in, a); break;
    case IR_IF: {
        int c = fr->temps[in->args[0]];
        if (is_const(e, c)) {
            Flow fl = eval_block(e, fr, cbits(e, c) ? in->then_blk : in->else_blk);
            if (fl != FLOW_NEXT) return fl;
            break;
        }
        int outer = e->alive;
        e->data_depth++;
        int enter_then = e->alive = op2n(e, "&", W_BOOL, outer, c, loc);
        Flow f1 = eval_block(e, fr, in->then_blk);
        int alive_then = f1 == FLOW_RETURN ? e->false_node : e->alive;
        int enter_else = e->alive = op2n(e, "&", W_BOOL, outer, not_node(e, c, loc), loc);
        Flow f2 = eval_block(e, fr, in->else_blk);
        e->data_depth--;
        int alive_else = f2 == FLOW_RETURN ? e->false_node : e->alive;
        /* no return in either arm: every item that came in goes on */
        if (alive_then == enter_then && alive_else == enter_else) e->alive = outer;
        else e->alive = op2n(e, "|", W_BOOL, alive_then, alive_else, loc);
        if (f1 == FLOW_RETURN && f2 == FLOW_RETURN) return FLOW_RETURN;
        break;
    }
    case IR_LOOP: {
        Flow fl = eval_loop(e, fr, in);
        if (fl != FLOW_NEXT) return fl;
        break;
    }
    case IR_BLOCK: {
        fr->label_depth[in->label] = e->data_depth;
        Flow fl = eval_block(e, fr, in->body_blk);
        if (fl == FLOW_BREAK && fr->label == in->label) break;
        if (fl != FLOW_NEXT) return fl;
        break;
    }
    case IR_SWITCH: {
        int key = fr->temps[in->args[0]];
        if (!is_const(e, key)) reject(e, loc, "switch on a value computed from the data");
        fr->label_depth[in->label] = e->data_depth;
        int64_t k = as_int(cbits(e, key));
        int start = -1;
        for (int i = 0; i < in->narms && start < 0; i++)
            for (int j = 0; j < in->arms[i].nvalues; j++)
                if (in->arms[i].values[j] == k) start = i;
        for (int i = 0; i < in->narms && start < 0; i++)
            if (in->arms[i].is_default) start = i;
        for (int i = start < 0 ? in->narms : start; i < in->narms; i++) {
            Flow fl = eval_block(e, fr, in->arms[i].body);
            if (fl == FLOW_BREAK && fr->label == in->label) break;
            if (fl != FLOW_NEXT) return fl;
        }
        break;
    }
    case IR_BREAK: case IR_CONTINUE:
        if (e->eng_fr == fr && in->label == e->eng_label) {
            /* the engine's loop: the items here leave this pass (a continue
             * rejoins it at the loop's continue block); evaluated for the
             * items that go round, a break changes nothing */
            if (e->shadow && in->op == IR_BREAK) return FLOW_NEXT;
            if (in->op == IR_CONTINUE) e->cont_mask = op2n(e, "|", W_BOOL, e->cont_mask, e->alive, loc);
            e->alive = e->false_node;
            return FLOW_RETURN;
        }
        /* unconditional within its construct: every item that gets here leaves */
        if (e->data_depth != fr->label_depth[in->label]) {
            if (e->retry && e->retry_fr == fr && e->retry_label == in->label) longjmp(*e->retry, 1);
            reject(e, loc, "%s inside an if on the data (a loop whose exit depends on the data)",
                   in->op == IR_BREAK ? "break" : "continue");
        }
        fr->label = in->label;
        return in->op == IR_BREAK ? FLOW_BREAK : FLOW_CONTINUE;
    case IR_RETURN:
        if (e->eng_fr == fr) reject(e, loc, "a return inside a loop whose exit depends on the data (the FPGA's loop "
                                            "engine takes break)");
        if (in->nargs) fr->ret = guarded(e, a[0], fr->ret, loc);
        return FLOW_RETURN;
    case IR_MAP: case IR_REDUCE: case IR_RANGE: case IR_RANGE2: case IR_GRAPH_NEW: case IR_GRAPH_RUN:
        reject(e, loc, "a task inside a task");
    case IR_ARRAY_COPY: reject(e, loc, "array copies");
    case IR_WITH_FIELD: r = with_field(e, a[0], in->field, a[1], loc); break;
    default:
        if (java_is_arith(in->op)) {
            r = binary(e, in, a[0], a[1]);
            break;
        }
        reject(e, loc, "'%s' has no FPGA artifact", ir_op_name(in->op));
    }
    if (in->dst >= 0) {
        if (r < 0) reject(e, loc, "'%s' without a value", ir_op_name(in->op));
        fr->temps[in->dst] = r;
    }
    return FLOW_NEXT;
}

/* Instructions [from, to) of block b. */
static Flow eval_insts(Eval *e, Frame *fr, IrBlock *b, int from, int to) {
    for (int i = from; b && i < to; i++) {
        Flow fl = eval_inst(e, fr, b->insts[i]);
        if (fl != FLOW_NEXT) return fl;
        if (is_const(e, e->alive) && !cbits(e, e->alive)) return FLOW_RETURN;
    }
    return FLOW_NEXT;
}

static Flow eval_block(Eval *e, Frame *fr, IrBlock *b) { return eval_insts(e, fr, b, 0, b ? b->len : 0); }

/* ------------------------------------------------- loops exiting on data */

/* Instructions that neither store, nor throw, nor read memory: over
 * locals, constants and (an array's length) params. */
static bool is_pure_inst(IrOp op) {
    switch (op) {
    case IR_CONST: case IR_LOAD_LOCAL: case IR_ADD: case IR_SUB: case IR_MUL: case IR_SHL: case IR_SHR:
    case IR_USHR: case IR_AND: case IR_OR: case IR_XOR: case IR_NEG: case IR_NOT: case IR_COMPL: case IR_EQ:
    case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_CONV:
    /* `j < a.length`: here a null check passes its array on (a broadcast
     * operand is never null; anything else is rejected) and a length is a
     * param word or a constant (eval_inst) */
    case IR_CHECK_NULL: case IR_ARRAY_LEN:
        return true;
    default:
        return false;
    }
}

/* The index of the loop's head test in its body (pure instructions, then
 * `if (c) break` to the loop with nothing else in the if), or -1. */
static int head_test(IrInst *loop) {
    IrBlock *b = loop->body_blk;
    for (int i = 0; b && i < b->len; i++) {
        IrInst *in = b->insts[i];
        if (in->op == IR_IF) {
            IrBlock *t = in->then_blk;
            bool only_break = t && t->len == 1 && t->insts[0]->op == IR_BREAK && t->insts[0]->label == loop->label &&
                              (!in->else_blk || in->else_blk->len == 0);
            return only_break ? i : -1;
        }
        if (!is_pure_inst(in->op)) return -1;
    }
    return -1;
}

/* One pass of the engine's loop body; g->head: `alive` after its head test. */
static Flow eval_pass(Eval *e, Frame *fr, IrInst *loop, LoopEngine *g) {
    IrBlock *b = loop->body_blk;
    int h = head_test(loop);
    g->head = -1;
    if (h < 0) return eval_block(e, fr, b);
    Flow fl = eval_insts(e, fr, b, 0, h + 1);
    if (fl != FLOW_NEXT) return fl;
    g->head = e->alive;
    return eval_insts(e, fr, b, h + 1, b->len);
}

/* A constant-bound loop unrolls: its condition folds to a constant. */
static Flow unroll_loop(Eval *e, Frame *fr, IrInst *in) {
    fr->label_depth[in->label] = e->data_depth;
    for (int iter = 0;; iter++) {
        Flow fl = eval_block(e, fr, in->body_blk);
        if (fl == FLOW_RETURN) return fl;
        if ((fl == FLOW_BREAK || fl == FLOW_CONTINUE) && fr->label != in->label) return fl;
        if (fl == FLOW_BREAK) return FLOW_NEXT;
        fl = eval_block(e, fr, in->cont_blk);
        if (fl != FLOW_NEXT) return fl;
        if (iter > MAX_NODES) reject(e, in->loc, "a loop that does not end after %d iterations", MAX_NODES);
    }
}

/* What unrolling may change, to start the loop again as the engine's. */
typedef struct Snapshot {
    int nodes, alive, exc, ret, depth, stack, exc_index;
    LoopEngine *engine;
    int *locals, *temps, *label_depth, *fresh;
} Snapshot;

static int *copy_ints(const int *a, int n) {
    int *c = xalloc(sizeof(int) * (size_t)(n + 1));
    memcpy(c, a, sizeof(int) * (size_t)n);
    return c;
}

static Snapshot snapshot(Eval *e, Frame *fr) {
    IrFunc *f = fr->f;
    return (Snapshot){e->d->nodes.len, e->alive, e->d->exc, fr->ret, e->data_depth, e->stack.len, e->d->exc_index,
                      e->d->engine,
                      copy_ints(fr->locals, f->locals.len), copy_ints(fr->temps, f->ntemps),
                      copy_ints(fr->label_depth, f->nlabels), copy_ints(fr->fresh, f->locals.len)};
}

/* Nodes made after the snapshot are dropped (nothing before refers to
 * them: ids only grow). */
static void restore(Eval *e, Frame *fr, const Snapshot *s) {
    IrFunc *f = fr->f;
    e->d->nodes.len = s->nodes;
    e->alive = s->alive;
    e->d->exc = s->exc;
    e->d->exc_index = s->exc_index;
    fr->ret = s->ret;
    e->data_depth = s->depth;
    e->stack.len = s->stack;
    e->d->engine = s->engine;
    memcpy(fr->locals, s->locals, sizeof(int) * (size_t)f->locals.len);
    memcpy(fr->temps, s->temps, sizeof(int) * (size_t)f->ntemps);
    memcpy(fr->label_depth, s->label_depth, sizeof(int) * (size_t)f->nlabels);
    memcpy(fr->fresh, s->fresh, sizeof(int) * (size_t)f->locals.len);
}

/* Per local of the loop's function: stored in the loop; read in a pass
 * before the pass sets it on every path to the read (the loop's continue
 * block: before anything of the pass); read outside the loop. */
enum { L_STORED = 1, L_EXPOSED = 2, L_READ_OUTSIDE = 4 };

static void outside_block(IrBlock *b, IrInst *loop, char *use, bool inside);
static void outside_inst(IrInst *in, IrInst *loop, char *use, bool inside) {
    if (in->local && in->op == IR_LOAD_LOCAL && !inside) use[in->local->id] |= L_READ_OUTSIDE;
    if (in->local && in->op == IR_STORE_LOCAL && inside) use[in->local->id] |= L_STORED;
    inside = inside || in == loop;
    outside_block(in->then_blk, loop, use, inside);
    outside_block(in->else_blk, loop, use, inside);
    outside_block(in->body_blk, loop, use, inside);
    outside_block(in->cont_blk, loop, use, inside);
    for (int i = 0; i < in->narms; i++) outside_block(in->arms[i].body, loop, use, inside);
}
static void outside_block(IrBlock *b, IrInst *loop, char *use, bool inside) {
    for (int i = 0; b && i < b->len; i++) outside_inst(b->insts[i], loop, use, inside);
}

/* Reads of locals not in `def` (those set on every path so far) are
 * exposed; def gains what b sets on every path through it (an if: what
 * both arms set; a nested loop, block or switch: nothing, conservatively). */
static void defs_block(IrBlock *b, char *def, char *use, int n);
static void defs_inst(IrInst *in, char *def, char *use, int n) {
    if (in->local && in->op == IR_LOAD_LOCAL && !def[in->local->id]) use[in->local->id] |= L_EXPOSED;
    if (in->local && in->op == IR_STORE_LOCAL) def[in->local->id] = 1;
    if (in->op == IR_IF) {
        char *d1 = xalloc((size_t)n + 1), *d2 = xalloc((size_t)n + 1);
        memcpy(d1, def, (size_t)n);
        memcpy(d2, def, (size_t)n);
        defs_block(in->then_blk, d1, use, n);
        defs_block(in->else_blk, d2, use, n);
        for (int i = 0; i < n; i++) def[i] = def[i] || (d1[i] && d2[i]);
        return;
    }
    char *inner = xalloc((size_t)n + 1);
    memcpy(inner, def, (size_t)n);
    defs_block(in->then_blk, inner, use, n);
    defs_block(in->else_blk, inner, use, n);
    defs_block(in->body_blk, inner, use, n);
    defs_block(in->cont_blk, inner, use, n);
    for (int i = 0; i < in->narms; i++) defs_block(in->arms[i].body, inner, use, n);
}
static void defs_block(IrBlock *b, char *def, char *use, int n) {
    for (int i = 0; b && i < b->len; i++) defs_inst(b->insts[i], def, use, n);
}

/* The locals whose value must go round the loop: stored in it, and read
 * in a pass before the pass sets them or read outside the loop.  A local
 * each pass sets before it reads it and nobody reads elsewhere (`float xx
 * = x * x` in the body, the temporary of a `?:`) is the pass's own wire. */
static char *loop_locals(IrFunc *f, IrInst *loop) {
    int n = f->locals.len;
    char *use = xalloc((size_t)n + 1), *def = xalloc((size_t)n + 1);
    outside_block(f->body, loop, use, false);
    defs_block(loop->body_blk, def, use, n);
    memset(def, 0, (size_t)n);
    defs_block(loop->cont_blk, def, use, n);
    return use;
}

static void add_carried(LoopEngine *g, int *n, int entry) {
    g->entry = xrealloc_arr(g->entry, (size_t)*n, (size_t)*n + 1, sizeof(int));
    g->entry[(*n)++] = entry;
}

/* The carried locals set to nodes (one per carried value), the loop's
 * other stored locals unset. */
static void set_carried_locals(Frame *fr, const char *use, const int *local_of, const int *nodes, int n) {
    for (int i = 0; i < fr->f->locals.len; i++)
        if (use[i] & L_STORED) fr->locals[i] = -1, fr->fresh[i] = -1;
    for (int k = 0; k < n; k++)
        if (local_of[k] >= 0) fr->locals[local_of[k]] = nodes[k];
}

/* The pass evaluated again for the carried locals nobody reads after the
 * loop (Mandelbrot's x and y): their values matter only to items that go
 * round, which took no break, so a break changes nothing there and the
 * multiplexers that keep a leaving item's old values are not made (nor the
 * delay lines that bring the old values to them).  Operators of the first
 * evaluation are reused. */
static void loop_values(Eval *e, Frame *fr, IrInst *in, LoopEngine *g, const char *use, const int *local_of, int n,
                        int alive_slot, int exc_slot) {
    bool any = false;
    for (int k = 0; k < n; k++) any |= local_of[k] >= 0 && !(use[local_of[k]] & L_READ_OUTSIDE);
    if (!any) return;
    int exc = e->d->exc;
    set_carried_locals(fr, use, local_of, g->carry, n);
    e->alive = alive_slot >= 0 ? g->carry[alive_slot] : e->true_node;
    e->d->exc = g->carry[exc_slot];
    e->eng_fr = fr;
    e->cont_mask = e->false_node;
    e->shadow = true;
    e->cse_from = g->b0;
    Flow fl = eval_block(e, fr, in->body_blk);
    e->alive = op2n(e, "|", W_BOOL, fl == FLOW_RETURN ? e->false_node : e->alive, e->cont_mask, in->loc);
    e->eng_fr = NULL;
    eval_block(e, fr, in->cont_blk);
    for (int k = 0; k < n; k++)
        if (local_of[k] >= 0 && !(use[local_of[k]] & L_READ_OUTSIDE)) g->next[k] = fr->locals[local_of[k]];
    e->shadow = false;
    e->cse_from = -1;
    e->d->exc = exc;
}

/* The n carried values' nodes of `kind` (DN_CARRY, DN_EXIT; slot k), made
 * the values of the carried locals; the loop's other stored locals unset. */
static int *context_nodes(Eval *e, Frame *fr, LoopEngine *g, DNodeKind kind, int n, const char *use,
                          const int *local_of, Loc loc) {
    int *nodes = xalloc(sizeof(int) * (size_t)(n + 1));
    for (int k = 0; k < n; k++) {
        nodes[k] = dfg_node(e, kind, node(e, g->entry[k])->w, loc);
        node(e, nodes[k])->slot = k;
    }
    set_carried_locals(fr, use, local_of, nodes, n);
    return nodes;
}

/* The loop engine's loop (docs/fpga.md "Loops that exit on data"): the
 * body is evaluated once, as one pass of an item round the engine, from
 * DN_CARRY nodes (the carried values at the start of the pass) to their
 * values at its end; `again` is whether the item goes round once more (it
 * neither took a break nor threw).  After the loop the carried values are
 * DN_EXIT nodes.  loop.c cuts the DFG there. */
static Flow engine_loop(Eval *e, Frame *fr, IrInst *in) {
    Loc loc = in->loc;
    Dfg *d = e->d;
    if (e->eng_fr) reject(e, loc, "a loop whose exit depends on the data, inside another (the FPGA's loop engine takes one)");
    if (d->engine)
        reject(e, loc, "a second loop whose exit depends on the data (the FPGA's loop engine takes one a task; the "
                       "first is line %d)", d->engine->loc.line);
    if (d->task->kind != TASK_MAP || e->ctor_mode || e->firing)
        reject(e, loc, "a loop whose exit depends on the data, in a %s (the FPGA's loop engine takes maps)",
               e->firing ? "multi-rate filter" : d->task->kind == TASK_REDUCE ? "reducer" : "filter");
    LoopEngine *g = xalloc(sizeof *g);
    g->loc = loc;
    d->engine = g;
    IrFunc *f = fr->f;
    char *use = loop_locals(f, in);
    int *local_of = xalloc(sizeof(int) * (size_t)(f->locals.len + 3)), n = 0;
    for (int i = 0; i < f->locals.len; i++) {
        if (!(use[i] & L_STORED) || !(use[i] & (L_EXPOSED | L_READ_OUTSIDE))) continue;
        IrLocal *l = f->locals.items[i];
        int v = fr->locals[i] >= 0 ? fr->locals[i] : const_node(e, kind_of(e, l->ty, loc, "local"), 0, loc);
        local_of[n] = i;
        add_carried(g, &n, v);
    }
    index_flag_to_exc(e, loc);
    int entry_exc = d->exc, entry_alive = e->alive, exc_slot = n;
    local_of[n] = -1;
    add_carried(g, &n, entry_exc >= 0 ? entry_exc : e->false_node);
    int alive_slot = -1;
    if (!(is_const(e, entry_alive) && cbits(e, entry_alive))) {
        alive_slot = n;
        local_of[n] = -1;
        add_carried(g, &n, entry_alive);
    }
    /* one pass */
    g->b0 = d->nodes.len;
    g->carry = context_nodes(e, fr, g, DN_CARRY, n, use, local_of, loc);
    e->alive = alive_slot >= 0 ? g->carry[alive_slot] : e->true_node;
    d->exc = g->carry[exc_slot];
    e->eng_fr = fr;
    e->eng_label = in->label;
    e->cont_mask = e->false_node;
    fr->label_depth[in->label] = e->data_depth;
    Flow fl = eval_pass(e, fr, in, g);
    if (fl == FLOW_BREAK || fl == FLOW_CONTINUE)
        reject(e, loc, "a break or continue out of a loop whose exit depends on the data, to an outer statement");
    int alive_end = fl == FLOW_RETURN ? e->false_node : e->alive;
    e->alive = op2n(e, "|", W_BOOL, alive_end, e->cont_mask, loc);
    e->eng_fr = NULL;
    fl = eval_block(e, fr, in->cont_blk);
    int again = fl == FLOW_RETURN ? e->false_node : e->alive;
    g->next = xalloc(sizeof(int) * (size_t)(n + 1));
    for (int k = 0; k < n; k++) g->next[k] = local_of[k] >= 0 ? fr->locals[local_of[k]] : g->carry[k];
    g->next[exc_slot] = d->exc;
    loop_values(e, fr, in, g, use, local_of, n, alive_slot, exc_slot);
    if (d->exc == g->carry[exc_slot] && entry_exc < 0) {
        /* nothing throws: no flag goes round */
        for (int k = exc_slot; k + 1 < n; k++) {
            g->entry[k] = g->entry[k + 1], g->carry[k] = g->carry[k + 1], g->next[k] = g->next[k + 1];
            local_of[k] = local_of[k + 1];
            node(e, g->carry[k])->slot = k;
        }
        n--;
        exc_slot = -1;
    }
    g->loop_exit = again;
    if (exc_slot >= 0) again = op2n(e, "&", W_BOOL, again, not_node(e, d->exc, loc), loc);
    g->again = again;
    g->ncarried = n;
    /* after the loop */
    g->b1 = d->nodes.len;
    g->exit = context_nodes(e, fr, g, DN_EXIT, n, use, local_of, loc);
    d->exc = exc_slot >= 0 ? g->exit[exc_slot] : entry_exc;
    e->alive = entry_alive;
    return FLOW_NEXT;
}

/* A loop: unrolled while its exit folds to constants; when a break or
 * continue on the data targets it, evaluated again from where it started,
 * as the loop engine's. */
static Flow eval_loop(Eval *e, Frame *fr, IrInst *in) {
    Snapshot s = snapshot(e, fr);
    jmp_buf here, *outer = e->retry;
    Frame *outer_fr = e->retry_fr;
    int outer_label = e->retry_label;
    if (setjmp(here)) {
        restore(e, fr, &s);
        e->retry = outer, e->retry_fr = outer_fr, e->retry_label = outer_label;
        return engine_loop(e, fr, in);
    }
    e->retry = &here, e->retry_fr = fr, e->retry_label = in->label;
    Flow fl = unroll_loop(e, fr, in);
    e->retry = outer, e->retry_fr = outer_fr, e->retry_label = outer_label;
    return fl;
}

/* Inlines f: the value it returns where the item is alive. */
static int call_func(Eval *e, IrFunc *f, int *args, int nargs, Loc loc) {
    for (int i = 0; i < e->stack.len; i++)
        if (e->stack.items[i] == f)
            reject(e, loc, "recursion: '%s' calls itself", f->decl ? f->decl->name : f->name);
    if (e->stack.len >= MAX_CALL_DEPTH) reject(e, loc, "calls nested more than %d deep", MAX_CALL_DEPTH);
    if (is_value_class(f->ret)) value_fields(e, f->ret->cls, f->loc);
    else if (f->ret != ty_void && f->ret->kind != TY_DOUBLE && !(e->firing && f->ret->kind == TY_VALUE_ARRAY))
        kind_of(e, f->ret, f->loc, "results");
    Frame fr = {.f = f, .ret = -1};
    fr.temps = xalloc(sizeof(int) * (size_t)(f->ntemps + 1));
    fr.locals = xalloc(sizeof(int) * (size_t)(f->locals.len + 1));
    fr.label_depth = xalloc(sizeof(int) * (size_t)(f->nlabels + 1));
    fr.fresh = xalloc(sizeof(int) * (size_t)(f->locals.len + 1));
    for (int i = 0; i < f->locals.len; i++) fr.fresh[i] = -1;
    for (int i = 0; i < f->locals.len; i++) fr.locals[i] = -1;
    for (int i = 0; i < nargs && i < f->nparams; i++) fr.locals[i] = args[i];
    int outer = e->alive, outer_depth = e->data_depth;
    vec_push(&e->stack, f);
    e->data_depth = 0;   /* labels are per function */
    eval_block(e, &fr, f->body);
    e->stack.len--;
    e->alive = outer;
    e->data_depth = outer_depth;
    if (f->ret == ty_void) return e->false_node;
    if (fr.ret < 0) reject(e, loc, "'%s' returns no value", f->name);
    return fr.ret;
}

/* ------------------------------------------------------------ the tasks */

static bool is_const_key(Eval *e, int filter, FieldDecl *f, int elem) {
    const char *key = xprintf("%d:%p:%d", filter, (void *)f, elem);
    for (int i = 0; i < e->const_keys.len; i++)
        if (!strcmp(e->const_keys.items[i], key)) return true;
    return false;
}

static StateVar *new_state(Eval *e, FieldDecl *f, int pos, int elem, WireKind w, int init) {
    Dfg *d = e->d;
    d->state = xrealloc_arr(d->state, (size_t)d->nstate, (size_t)d->nstate + 1, sizeof(StateVar));
    StateVar *sv = &d->state[d->nstate++];
    sv->field = f;
    sv->filter = pos;
    sv->elem = elem;
    sv->w = w;
    sv->word = d->state_words;
    d->state_words += words_of(w);
    sv->init_known = init >= 0 && is_const(e, init);
    sv->init = sv->init_known ? cbits(e, init) : 0;
    sv->constant = sv->init_known && is_const_key(e, pos, f, elem);
    if (sv->constant) {
        sv->next = init;
    } else {
        sv->next = dfg_node(e, DN_STATE, w, f->loc);
        node(e, sv->next)->slot = d->nstate - 1;
    }
    return sv;
}

/* The filter's constructor, evaluated for its arrays: which array fields
 * it sets to arrays of constant length, and what it puts in them.
 * Arguments that are compile-time constants at `new C(args)` count
 * (IrStreamFilter: lower.c records them). */
static void eval_constructor(Eval *e, int pos, int obj) {
    const IrStreamFilter *sf = &e->d->task->filters[pos];
    IrFunc *ctor = sf->ctor;
    if (!ctor) return;
    int args[8];
    int nargs = 0;
    args[nargs++] = obj;
    for (int i = 0; i < sf->nctor_args && nargs < 8; i++) {
        const IrCtorArg *a = &sf->ctor_args[i];
        if (a->val.ty && is_primitive(a->val.ty)) {
            WireKind w = kind_of(e, a->val.ty, a->loc, "constructor argument");
            uint64_t bits = w == W_FLOAT ? float_bits((float)a->val.f) : w == W_DOUBLE ? double_bits(a->val.f)
                                                                        : (uint64_t)a->val.i;
            args[nargs++] = const_node(e, w, bits, a->loc);
        } else {
            args[nargs++] = dfg_node(e, DN_UNKNOWN, W_INT, a->loc);
        }
    }
    e->ctor_mode = true;
    call_func(e, ctor, args, nargs, sf->loc);
    e->ctor_mode = false;
    e->alive = e->true_node;
}

/* The state of a stateful filter: every instance field in declaration
 * order, an array field as its elements. */
static void add_state(Eval *e, GraphFilter *flt, int pos, int obj) {
    ClassDecl *cls = flt->method->owner;
    eval_constructor(e, pos, obj);
    for (int i = 0; i < cls->fields.len; i++) {
        FieldDecl *f = cls->fields.items[i];
        if (f->mods & MOD_STATIC) continue;
        Dfg *d = e->d;
        d->state_lens = xrealloc_arr(d->state_lens, (size_t)d->nstate_fields, (size_t)d->nstate_fields + 1, sizeof(int));
        d->state_zero = xrealloc_arr(d->state_zero, (size_t)d->nstate_fields, (size_t)d->nstate_fields + 1, sizeof(bool));
        if (f->ty->kind != TY_ARRAY) {
            new_state(e, f, pos, -1, kind_of(e, f->ty, f->loc, "field"), -1);
            d->state_lens[d->nstate_fields++] = -1;
            continue;
        }
        SymArray *arr = bound_array(e, pos, f);
        if (!arr) reject(e, f->loc, "array field '%s' not set to an array of constant length by the constructor", f->name);
        WireKind w = kind_of(e, arr->elem, f->loc, "array elements");
        arr->first_state = d->nstate;
        for (int k = 0; k < arr->len; k++) new_state(e, f, pos, k, w, arr->elems[k]);
        d->state_lens[d->nstate_fields++] = arr->len;
    }
}

static int input_node(Eval *e, DNodeKind kind, Type *t, Loc loc, const char *what);

/* A value-class operand of a map (mapped or broadcast): its fields' words
 * in order, the type "(FFF)" in in_types or param_types. */
static int value_input(Eval *e, DNodeKind kind, Type *t, Loc loc, const char *what) {
    char *types = kind == DN_INPUT ? e->d->in_types : e->d->param_types;
    int n = t->cls->ninstance_fields, *fields = xalloc(sizeof(int) * (size_t)n);
    FieldDecl **fs = value_fields(e, t->cls, loc);
    if (strlen(types) + (size_t)n + 3 >= sizeof e->d->in_types) reject(e, loc, "more operands than the FPGA model takes");
    strcat(types, "(");
    for (int i = 0; i < n; i++) fields[i] = input_node(e, kind, fs[i]->ty, loc, what);
    strcat(types, ")");
    return value_node(e, t->cls, fields, loc);
}

static int input_node(Eval *e, DNodeKind kind, Type *t, Loc loc, const char *what) {
    Dfg *d = e->d;
    if (is_value_class(t) && e->d->task->kind == TASK_MAP) return value_input(e, kind, t, loc, what);
    WireKind w = kind_of(e, t, loc, what);
    int id = dfg_node(e, kind, w, loc);
    char *types = kind == DN_INPUT ? d->in_types : d->param_types;
    int *words = kind == DN_INPUT ? &d->in_words : &d->param_words;
    size_t len = strlen(types);
    if (len + 1 >= sizeof d->in_types) reject(e, loc, "more than %d operands", (int)sizeof d->in_types - 1);
    types[len] = letter_of(t);
    node(e, id)->slot = *words;
    *words += words_of(w);
    return id;
}

/* The store's spelling of reduce operator op (&& and || are & and | on
 * booleans: both operands are values already). */
static const char *reduce_op(TokenKind op) {
    switch (op) {
    case TK_PLUS: return "+";
    case TK_STAR: return "*";
    case TK_AMP: case TK_ANDAND: return "&";
    case TK_BAR: case TK_OROR: return "|";
    case TK_CARET: return "^";
    default: return NULL;
    }
}

/* A reduce task: the DFG of one combination `left op right`, the operands
 * the two halves of a DFG input item (left first).  The model's item is
 * an element and a last flag (in_types "<T>Z"): verilog.c wraps the
 * combiner in the store's stream_reduce_tree. */
static int reducer(Eval *e, IrTask *t) {
    Dfg *d = e->d;
    int ab[2];
    for (int k = 0; k < 2; k++) ab[k] = input_node(e, DN_INPUT, t->out, t->loc, "as reduced elements");
    WireKind w = node(e, ab[0])->w;
    int x;
    if (t->func) x = call_func(e, t->func, ab, 2, t->loc);
    else if (t->builtin) x = builtin_call(e, t->builtin, ab, t->loc);
    else if (reduce_op(t->op)) x = op2n(e, reduce_op(t->op), w, ab[0], ab[1], t->loc);
    else reject(e, t->loc, "a reduce without an operator or method");
    if (d->exc >= 0)
        reject(e, node(e, d->exc)->loc, "a division that may throw in a reducer (which combination throws first is "
                                        "the CPU's to find)");
    d->item_words = words_of(w);
    d->in_words = d->item_words + 1;
    snprintf(d->in_types, sizeof d->in_types, "%cZ", letter_of(t->out));
    return x;
}

static void build(Eval *e, IrTask *t) {
    Dfg *d = e->d;
    e->false_node = const_node(e, W_BOOL, 0, t->loc);
    e->true_node = const_node(e, W_BOOL, 1, t->loc);
    e->alive = e->true_node;
    int x;
    if (t->kind == TASK_MAP) {
        if (t->builtin) reject(e, t->loc, "%s.%s mapped: the FPGA backend maps user methods", t->builtin->owner, t->builtin->name);
        if (!t->func && !t->nchain) reject(e, t->loc, "a map without a method");
        int args[8];
        if (t->nargs > 8) reject(e, t->loc, "more than 8 operands");
        for (int i = 0; i < t->nargs; i++) {
            if (t->mapped[i]) {
                args[i] = input_node(e, DN_INPUT, t->mapped_elem[i], t->loc, "as mapped elements");
                if (!is_value_class(t->param[i])) args[i] = convert(e, args[i], t->param[i], t->loc);
            } else if (t->param[i]->kind == TY_VALUE_ARRAY || t->param[i]->kind == TY_ARRAY) {
                args[i] = mem_operand(e, t->param[i], t->loc);
            } else {
                args[i] = input_node(e, DN_PARAM, t->param[i], t->loc, "as a task operand");
            }
        }
        if (t->func) x = call_func(e, t->func, args, t->nargs, t->loc);
        else {
            x = args[0];
            for (int i = 0; i < t->nchain; i++) x = call_func(e, t->chain[i], &x, 1, t->loc);
            /* the rest of the graph must see the items in order */
            if (d->exc >= 0 && t->graph_pos + t->nchain < t->graph->filters.len)
                reject(e, node(e, d->exc)->loc, "a division that may throw, ahead of a stateful filter or sink");
        }
    } else if (t->kind == TASK_STREAM) {
        Graph *g = t->graph;
        x = input_node(e, DN_INPUT, g->source_elem, t->loc, "as stream items");
        d->filter_in = xalloc(sizeof(int) * (size_t)(t->nchain + 1));
        d->filter_out = xalloc(sizeof(int) * (size_t)(t->nchain + 1));
        for (int i = 0; i < t->nchain; i++) {
            GraphFilter *flt = g->filters.items[i];
            Loc loc = t->filters[i].loc;
            d->filter_in[i] = x;
            if (flt->kind == TASK_STATEFUL_FILTER || !(flt->method->mods & MOD_STATIC)) {
                int obj = dfg_node(e, DN_OBJ, W_INT, loc);
                node(e, obj)->slot = i;
                add_state(e, flt, i, obj);
                int args[2] = {obj, x};
                x = call_func(e, flt->method->ir, args, 2, loc);
            } else {
                x = call_func(e, flt->method->ir, &x, 1, loc);
            }
            d->filter_out[i] = x;
        }
        if (d->exc >= 0 && g->ends_in_sink)
            reject(e, node(e, d->exc)->loc, "a division that may throw, ahead of a sink");
    } else if (t->kind == TASK_REDUCE) {
        x = reducer(e, t);
    } else {
        reject(e, t->loc, "internal: not an FPGA task kind");
    }
    if (d->engine) index_flag_to_exc(e, t->loc);
    if (t->kind == TASK_MAP && is_value_class(t->out)) {
        value_result(e, x, t->out, t->loc);
        return;
    }
    d->result = x;
    d->out_type = letter_of(t->out);
    d->out_words = words_of(kind_of(e, t->out, t->loc, "as task results"));
}

/* One firing of filter k of stream t's graph: the items it pops are the
 * input nodes (a local value array of them when its parameter is a value
 * array, T[[N]], even T[[1]]), the items it pushes the results (the
 * elements of the local value array it returns, which must have push
 * elements, when its result is R[[M]]).  Stream items that are value
 * arrays themselves are rejected (kind_of). */
static void build_firing(Eval *e, IrTask *t, int k) {
    Dfg *d = e->d;
    Graph *g = t->graph;
    GraphFilter *flt = g->filters.items[k];
    Loc loc = t->filters[k].loc;
    e->false_node = const_node(e, W_BOOL, 0, loc);
    e->true_node = const_node(e, W_BOOL, 1, loc);
    e->alive = e->true_node;
    e->firing = true;
    IrFunc *fn = flt->method->ir;
    bool takes_array = ((IrLocal *)fn->locals.items[0])->ty->kind == TY_VALUE_ARRAY;
    bool gives_array = fn->ret->kind == TY_VALUE_ARRAY;
    int x;
    if (!takes_array) {
        x = input_node(e, DN_INPUT, flt->in, loc, "as stream items");
    } else {
        SymArray *a = xalloc(sizeof *a);
        a->elem = flt->in;
        a->len = flt->pop;
        a->local = true;
        a->elems = xalloc(sizeof(int) * (size_t)(a->len + 1));
        for (int i = 0; i < a->len; i++) {
            d->in_types[0] = 0;   /* the model's item is one stream item: in_types names it once */
            a->elems[i] = input_node(e, DN_INPUT, flt->in, loc, "as stream items");
        }
        vec_push(&e->arrays, a);
        x = array_node(e, a, loc);
    }
    x = call_func(e, flt->method->ir, &x, 1, loc);
    WireKind w = kind_of(e, flt->out, loc, "as stream items");
    if (!gives_array) {
        d->result = x;
    } else {
        SymArray *r = array_of_node(e, x, loc);
        if (!r->local) reject(e, loc, "a filter that returns an array it did not make");
        if (r->len != flt->push)
            reject(e, loc, "'%s' returns %d items where it pushes %d (the CPU throws IllegalStateException)",
                   flt->method->name, r->len, flt->push);
        d->results = xalloc(sizeof(int) * (size_t)(r->len + 1));
        for (int i = 0; i < r->len; i++) d->results[i] = r->elems[i];
        d->nresults = r->len;
        d->result = r->elems[0];
    }
    d->out_type = letter_of(flt->out);
    d->out_words = words_of(w) * flt->push;
}

Dfg *fpga_dfg_firing(IrProgram *p, IrTask *t, int k, Reason *why) {
    Eval *e = xalloc(sizeof *e);
    e->p = p;
    e->cse_from = -1;
    e->why = why;
    Dfg *d = xalloc(sizeof *d);
    d->task = t;
    d->exc = -1;
    d->exc_index = -1;
    e->d = d;
    if (setjmp(e->fail)) return NULL;
    build_firing(e, t, k);
    return d;
}

Dfg *fpga_dfg_build(IrProgram *p, IrTask *t, Vec *const_keys, Reason *why) {
    Eval *e = xalloc(sizeof *e);
    e->p = p;
    e->cse_from = -1;
    e->why = why;
    e->const_keys = *const_keys;
    Dfg *d = xalloc(sizeof *d);
    d->task = t;
    d->exc = -1;
    d->exc_index = -1;
    e->d = d;
    if (setjmp(e->fail)) return NULL;
    build(e, t);
    if (d->engine && !fpga_loop_split(d, why)) return NULL;
    return d;
}

void fpga_dfg_constant_elems(Dfg *d, Vec *keys) {
    for (int i = 0; i < d->nstate; i++) {
        StateVar *sv = &d->state[i];
        DNode *n = d->nodes.items[sv->next];
        if (sv->elem >= 0 && sv->init_known && n->kind == DN_STATE && n->slot == i)
            vec_push(keys, xprintf("%d:%p:%d", sv->filter, (void *)sv->field, sv->elem));
    }
}

/* ------------------------------------------------------------ queries */

static void mark_live(Dfg *d, bool *live, int id) {
    if (id < 0 || live[id]) return;
    live[id] = true;
    DNode *n = d->nodes.items[id];
    for (int i = 0; i < n->nargs; i++) mark_live(d, live, n->args[i]);
}

bool *fpga_live_nodes(Dfg *d) {
    bool *live = xalloc(sizeof(bool) * (size_t)(d->nodes.len + 1));
    mark_live(d, live, d->result);
    for (int i = 0; i < d->nresults; i++) mark_live(d, live, d->results[i]);
    mark_live(d, live, d->exc);
    mark_live(d, live, d->exc_index);
    for (int i = 0; i < d->nstate; i++)
        if (!d->state[i].from_source) mark_live(d, live, d->state[i].next);
    return live;
}

int fpga_state_node(Dfg *d, int sv) {
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = d->nodes.items[i];
        if (n->kind == DN_STATE && n->slot == sv) return i;
    }
    return -1;
}
