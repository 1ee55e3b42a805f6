/* kernel.c: OpenCL C 1.2 for an accepted task.
 *
 * One program per task: the task's body and every function it calls, as
 * OpenCL functions (one per IR function, one C statement per instruction),
 * and the kernel `lime_task_<id>` in the convention runtime/opencl.c runs:
 *   map:    (__global R *out, operands..., const int n, __global int *lime_err)
 *           (a windowed stateful filter's map form: its items, the k values
 *           before the stream's start and the other fields it reads, as
 *           operands taken whole: window_kernel; a graph's stream task as
 *           one kernel: the source's items, then each windowed filter's
 *           start values and other fields: chain_source)
 *   reduce: (__global const T *in, __global T *out, const int n,
 *            __local T *scratch, __global int *lime_err)
 * Java semantics are kept on the device: integer arithmetic wraps (done in
 * unsigned types, where OpenCL C defines overflow), shift counts are
 * masked, MIN / -1 wraps, float-to-int conversions saturate with NaN to 0
 * (convert_int_sat_rtz), narrowing integer conversions truncate, no
 * contraction into fused multiply-adds (FP_CONTRACT OFF), and division and
 * sqrt are correctly rounded (the runtime builds with
 * -cl-fp32-correctly-rounded-divide-sqrt).  A division by zero sets the
 * error flag, which the runtime turns into Java's ArithmeticException;
 * lime_err[3] keeps the lowest failing work-item, which the runtime runs
 * again alone to report that element's exception. */
#include "gpu.h"

#include <math.h>
#include <string.h>

/* A class's struct: V_ and its qualified name (Outer_Inner: two nested
 * classes of one simple name stay apart). */
static const char *struct_name(ClassDecl *c) {
    StrBuf sb = {0};
    sb_puts(&sb, "V_");
    for (const char *q = c->qualname ? c->qualname : c->name; *q; q++) sb_putc(&sb, *q == '.' || *q == '$' ? '_' : *q);
    return xstrdup(sb_str(&sb));
}

/* A field's member of its struct: f_ and its name (Java names such as
 * `half` or `float2` are OpenCL C types). */
static const char *field_name(FieldDecl *f) { return xprintf("f_%s", f->name); }

/* The OpenCL type of a value (in registers) and in a buffer. */
static const char *cl_type(Type *t) {
    switch (t->kind) {
    case TY_VOID: return "void";
    case TY_BOOLEAN: return "bool";
    case TY_BYTE: return "char";
    case TY_SHORT: return "short";
    case TY_CHAR: return "ushort";
    case TY_INT: return "int";
    case TY_LONG: return "long";
    case TY_FLOAT: return "float";
    case TY_DOUBLE: return "double";
    case TY_CLASS: return struct_name(t->cls); /* a value class, or objects gpu_object_class_ok allows */
    case TY_VALUE_ARRAY: case TY_ARRAY: /* read-only in a kernel, as a value array (accept.c) */
        return xprintf("A_%s", t->elem == ty_boolean ? "uchar" : cl_type(t->elem));
    default: LIME_UNREACHABLE();
    }
}

static const char *cl_mem_type(Type *t) { return t == ty_boolean ? "uchar" : cl_type(t); }

static bool is_value_class(Type *t) { return t->kind == TY_CLASS && t->cls->is_value; }

/* A value class or a class whose objects a kernel holds as structs. */
static bool is_struct_class(Type *t) {
    return t->kind == TY_CLASS && (t->cls->is_value || gpu_object_class_ok(t->cls));
}

static bool is_fp(Type *t) { return t == ty_float || t == ty_double; }

/* The unsigned type arithmetic on t is done in. */
static const char *cl_utype(Type *t) { return t == ty_long ? "ulong" : "uint"; }

static const char *fn_name(IrProgram *p, IrFunc *f) {
    int idx = 0;
    for (int i = 0; i < p->funcs.len; i++)
        if (p->funcs.items[i] == f) idx = i;
    StrBuf sb = {0};
    sb_printf(&sb, "f%d_", idx);
    for (const char *c = f->decl ? f->decl->name : "fn"; *c; c++) sb_putc(&sb, (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ? *c : '_');
    return xstrdup(sb_str(&sb));
}

typedef struct Emitter {
    IrProgram *p;
    StrBuf out;
    Type **temp_types;
    int depth;
    IrInst *fast;          /* the loop whose copy without its versioned checks is being printed */
    int *fast_label;       /* labels inside that copy: the copy's number, printed as a suffix */
    IrInst *plain;         /* the versioned loop whose plain copy (every check) is being printed */
    int ncopies;           /* versioned copies printed so far in the function */
    /* a windowed filter's method (win_f) being printed as its map form:
     * its window (win, win->k items back at most) over items of win_item;
     * win_len[t]: 1 + the length of the window array temp t names (0: none) */
    IrFunc *win_f;
    const FilterWindow *win;
    Type *win_item;
    int *win_len;
    Vec win_reads;         /* the filter's other fields it reads (ir_window_other_reads): lime_f<i> */
    /* a stream task printed as one kernel (chain_source): the graph, and
     * the position of the windowed filter whose map form is being printed
     * (its names lime_pre<pos>, lime_f<pos>_<i>; its input at item j is
     * lime_src[j] or lime_item<pos-1>(..., j)) */
    Graph *chain;
    int win_stage;
    /* printing the chain's version for items at or past the graph's
     * lookback (chain_source): no window read reaches before the start, and
     * win_proven (ir_window_bounds) marks the checks that are in range */
    bool past_lookback;
    bool *win_proven;
    IrInst **def;          /* temp -> its defining instruction, in the function being printed */
    bool *self;            /* temps that are a constructor's `this`: a pointer to the object being made */
    Vec statics;           /* the static fields a map's body reads (ir_task_static_reads): lime_s<i>,
                              a parameter of every function and of the kernel */
    PrivateArrays arrays;  /* the function's own arrays (arrays.c): P_T, buffers lime_buf<temp> */
    /* a multi-rate graph printed as one kernel over whole periods
     * (multirate_source), and in the function being printed the length of
     * the result it copies into lime_ret (a filter's R[[M]]: M; else 0) */
    Graph *rate_graph;
    int ret_len;
} Emitter;

/* A private array's OpenCL type (arrays.c): its elements through a pointer
 * into the work-item's private memory. */
static const char *private_type(Type *t) {
    return xprintf("P_%s", t->elem == ty_boolean ? "uchar" : cl_type(t->elem));
}

/* ", lime_s0, lime_s1": the static values every function passes on. */
static const char *static_args(Emitter *e) {
    StrBuf sb = {0};
    for (int k = 0; k < e->statics.len; k++) sb_printf(&sb, ", lime_s%d", k);
    return xstrdup(sb_str(&sb));
}

static void indent(Emitter *e) {
    for (int i = 0; i < e->depth; i++) sb_puts(&e->out, "    ");
}

static void line(Emitter *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void line(Emitter *e, const char *fmt, ...) {
    indent(e);
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    sb_puts(&e->out, buf);
    sb_putc(&e->out, '\n');
}

static const char *tmp(int t) { return xprintf("t%d", t); }

/* A label's name: L<n>, or L<n>_v<copy> inside a versioned loop's fast copy. */
static const char *lbl(Emitter *e, int label) {
    if (e->fast_label && e->fast_label[label]) return xprintf("L%d_v%d", label, e->fast_label[label]);
    return xprintf("L%d", label);
}
#define A(i) tmp(in->args[i])

static const char *fp_literal(double v, bool is_float) {
    if (isnan(v)) return is_float ? "NAN" : "(double)NAN";
    if (isinf(v)) return v > 0 ? (is_float ? "INFINITY" : "(double)INFINITY") : (is_float ? "(-INFINITY)" : "(-(double)INFINITY)");
    return xprintf("%a%s", v, is_float ? "f" : "");    /* hexadecimal: exact */
}

static const char *constant(IrInst *in) {
    Type *t = in->ty;
    switch (t->kind) {
    case TY_BOOLEAN: return in->ival ? "true" : "false";
    case TY_FLOAT: return fp_literal(in->fval, true);
    case TY_DOUBLE: return fp_literal(in->fval, false);
    case TY_LONG:
        if (in->ival == INT64_MIN) return "((long)(-9223372036854775807L - 1))";
        return xprintf("((long)%lldL)", (long long)in->ival);
    case TY_INT:
        if (in->ival == INT32_MIN) return "((int)(-2147483647 - 1))";
        return xprintf("((int)%lld)", (long long)in->ival);
    case TY_CLASS: return "{0}"; /* the all-zero value */
    default: return xprintf("((%s)%lld)", cl_type(t), (long long)in->ival);
    }
}

/* Java's conversion of a (of type from) to type to. */
static const char *conversion(const char *a, Type *from, Type *to) {
    if (from == to) return a;
    if (is_fp(to)) return xprintf("((%s)%s)", cl_type(to), a);
    if (is_fp(from)) {
        if (to == ty_long) return xprintf("convert_long_sat_rtz(%s)", a);
        const char *i = xprintf("convert_int_sat_rtz(%s)", a);
        return conversion(i, ty_int, to);
    }
    switch (to->kind) {
    case TY_BYTE: return xprintf("as_char((uchar)(ulong)(%s))", a);
    case TY_SHORT: return xprintf("as_short((ushort)(ulong)(%s))", a);
    case TY_CHAR: return xprintf("((ushort)(ulong)(%s))", a);
    case TY_INT: return from == ty_long ? xprintf("as_int((uint)(ulong)(%s))", a) : xprintf("((int)(%s))", a);
    case TY_LONG: return xprintf("((long)(%s))", a);
    default: LIME_UNREACHABLE();
    }
}

static const char *arith(IrOp op, Type *t, const char *a, const char *b) {
    const char *ty = cl_type(t);
    if (is_fp(t) || t == ty_boolean) {
        const char *sym = op == IR_ADD ? "+" : op == IR_SUB ? "-" : op == IR_MUL ? "*" : op == IR_DIV ? "/"
                        : op == IR_AND ? "&" : op == IR_OR ? "|" : op == IR_XOR ? "^" : NULL;
        if (op == IR_REM) return xprintf("fmod(%s, %s)", a, b);
        if (t == ty_boolean) return xprintf("((bool)(%s %s %s))", a, sym, b);
        return xprintf("(%s %s %s)", a, sym, b);
    }
    const char *u = cl_utype(t);
    const char *mask = t == ty_long ? "63" : "31";
    switch (op) {
    case IR_ADD: return xprintf("((%s)((%s)%s + (%s)%s))", ty, u, a, u, b);
    case IR_SUB: return xprintf("((%s)((%s)%s - (%s)%s))", ty, u, a, u, b);
    case IR_MUL: return xprintf("((%s)((%s)%s * (%s)%s))", ty, u, a, u, b);
    case IR_AND: return xprintf("(%s & %s)", a, b);
    case IR_OR: return xprintf("(%s | %s)", a, b);
    case IR_XOR: return xprintf("(%s ^ %s)", a, b);
    case IR_SHL: return xprintf("((%s)((%s)%s << ((int)(%s) & %s)))", ty, u, a, b, mask);
    case IR_SHR: return xprintf("(%s >> ((int)(%s) & %s))", a, b, mask);
    case IR_USHR: return xprintf("((%s)((%s)%s >> ((int)(%s) & %s)))", ty, u, a, b, mask);
    default: LIME_UNREACHABLE();
    }
}

static void block(Emitter *e, IrFunc *f, IrBlock *b);

/* Java's integer a / b and a % b, b != 0 (CHECK_DIV made it so): x / -1
 * wraps (MIN / -1 == MIN) and x % -1 == 0.  The C operator gets the
 * divisor d = b, or 1 when b == -1, so that it is defined for every a, and
 * runs unconditionally: a % d is the remainder (x % 1 == 0), and a / d,
 * negated when b == -1, the quotient.  Written as a selected divisor
 * rather than a branch around the division, the compiler can evaluate a
 * / d and a % d of the same operands with one division instruction. */
static void int_divrem(Emitter *e, IrInst *in) {
    const char *ty = cl_type(in->ty), *u = cl_utype(in->ty), *d = tmp(in->dst);
    line(e, "const %s %s_d = %s == -1 ? (%s)1 : %s;", ty, d, A(1), ty, A(1));
    if (in->op == IR_REM) {
        line(e, "const %s %s = %s %% %s_d;", ty, d, A(0), d);
        return;
    }
    line(e, "const %s %s_q = %s / %s_d;", ty, d, A(0), d);
    line(e, "const %s %s = %s == -1 ? (%s)((%s)0 - (%s)%s) : %s_q;", ty, d, A(1), ty, u, u, A(0), d);
}

/* A RangeExpr (bounds.c) as C (a window array's length: its constant). */
static const char *range_expr(Emitter *e, RangeExpr *r) {
    static const char *const sym[] = {[RX_ADD] = "+", [RX_SUB] = "-", [RX_MUL] = "*", [RX_LADD] = "+",
                                      [RX_LSUB] = "-", [RX_LMUL] = "*", [RX_LT] = "<", [RX_LE] = "<=",
                                      [RX_AND] = "&&", [RX_OR] = "||"};
    switch (r->op) {
    case RX_CONST: return xprintf("%lldL", (long long)r->ival);
    case RX_TEMP: return tmp(r->temp);
    case RX_LOCAL: return xprintf("l%d", r->local->id);
    case RX_LEN:
        if (r->a->op == RX_TEMP && e->win_len && e->win_len[r->a->temp]) return xprintf("%d", e->win_len[r->a->temp] - 1);
        return xprintf("%s.n", range_expr(e, r->a));
    case RX_ADD: case RX_SUB: case RX_MUL:
        return xprintf("((int)((uint)%s %s (uint)%s))", range_expr(e, r->a), sym[r->op], range_expr(e, r->b));
    case RX_LADD: case RX_LSUB: case RX_LMUL: case RX_LT: case RX_LE:
        return xprintf("((long)%s %s (long)%s)", range_expr(e, r->a), sym[r->op], range_expr(e, r->b));
    case RX_AND: case RX_OR: return xprintf("(%s %s %s)", range_expr(e, r->a), sym[r->op], range_expr(e, r->b));
    }
    LIME_UNREACHABLE();
}

typedef struct CopyLabels {
    int *labels;
    int copy;
} CopyLabels;

static void note_label(IrInst *in, void *ctx) {
    CopyLabels *c = ctx;
    if (in->op == IR_LOOP || in->op == IR_BLOCK || in->op == IR_SWITCH) c->labels[in->label] = c->copy;
}

static void inst(Emitter *e, IrFunc *f, IrInst *in);
static int header_guard(Emitter *e, IrFunc *f, IrInst *loop, const char **test);
static int peel_count(IrInst *loop, int guard);

/* if (version_cond) { the loop without its versioned checks } else { the
 * loop }: the first copy's labels get a suffix. */
static void versioned_loop(Emitter *e, IrFunc *f, IrInst *loop) {
    indent(e); /* not line(): the condition may be longer than its buffer */
    sb_printf(&e->out, "if (%s) { /* bounds.c: every versioned index below is in range */\n",
              range_expr(e, loop->version_cond));
    e->depth++;
    e->fast = loop;
    CopyLabels c = {xalloc(sizeof(int) * (size_t)(f->nlabels + 1)), ++e->ncopies};
    c.labels[loop->label] = c.copy;
    ir_walk(loop->body_blk, note_label, &c);
    ir_walk(loop->cont_blk, note_label, &c);
    e->fast_label = c.labels;
    inst(e, f, loop);
    e->fast = NULL;
    e->fast_label = NULL;
    e->depth--;
    line(e, "} else {");
    e->depth++;
    IrInst *outer_plain = e->plain;
    e->plain = loop; /* print the plain loop (the IR is read, never changed) */
    inst(e, f, loop);
    e->plain = outer_plain;
    e->depth--;
    line(e, "}");
}

/* The OpenCL type of another field a windowed filter reads: a primitive,
 * or an array field's elements as a value array's {p, n}. */
static const char *win_read_type(Type *t) {
    return t->kind == TY_ARRAY ? cl_type(value_array_of(t->elem, -1)) : cl_type(t);
}

/* The names of a windowed filter's values before the stream's start and
 * of its other field k, and its input at item j (>= 0), an expression. */
static const char *pre_name(Emitter *e) { return e->chain ? xprintf("lime_pre%d", e->win_stage) : "lime_pre"; }
static const char *read_name(Emitter *e, int k) {
    return e->chain ? xprintf("lime_f%d_%d", e->win_stage, k) : xprintf("lime_f%d", k);
}
static const char *past(Emitter *e) { return e->past_lookback ? "_past" : ""; }
/* The private ring a chain's general version keeps of the last outputs of
 * the filter before a windowed one whose window is k deep (chain_item): at
 * least k + 1 items (the window reads its input 0 to k items back), a
 * power of two, item j in slot j & (size - 1).  (The `_past` version
 * passes the filter's outputs as an array from item lime_base on:
 * chain_stages.) */
static int ring_size(int k) {
    int r = 1;
    while (r < k + 1) r *= 2;
    return r;
}
static const char *window_input(Emitter *e, const char *j) {
    if (!e->chain) return xprintf("lime_win[%s]", j);
    if (e->win_stage == 0) return xprintf("lime_src[%s]", j);
    if (e->past_lookback) return xprintf("lime_ring[(%s) - lime_base]", j);
    return xprintf("lime_ring[(%s) & %d]", j, ring_size(e->win->k) - 1);
}

/* An instruction of a windowed filter's method in its map form (src/window.c,
 * FilterWindow.uses): a window load reads the item d back, lime_win[lime_at
 * - d], or before the stream's start lime_pre[k - d] (the values the host
 * passes: lime_pre[k - 1 - j] is what every slot of depth j held); a store
 * into the window is gone, a window array's length is its constant; `this`
 * and the window arrays themselves are no values here (accept.c:
 * window_plumbing).  Whether it printed (or dropped) the instruction. */
static bool window_inst(Emitter *e, IrInst *in) {
    const char *d = in->dst >= 0 ? tmp(in->dst) : NULL;
    const WindowUse *u = ir_window_use(e->win, in);
    if (!u) {
        switch (in->op) {
        case IR_LOAD_LOCAL: return in->local->id == 0;
        case IR_LOAD_FIELD:
            if (in->field->owner->is_value) return false;
            for (int a = 0; a < e->win->narrays; a++)
                if (e->win->arrays[a] == in->field) e->win_len[in->dst] = e->win->array_len[a] + 1;
            for (int k = 0; k < e->win_reads.len; k++) /* another field: its kernel argument */
                if (e->win_reads.items[k] == in->field) line(e, "const %s %s = %s%s;", win_read_type(in->ty), d,
                                                             in->ty == ty_boolean ? "(bool)" : "", read_name(e, k));
            return true;
        case IR_CHECK_NULL:
            if (in->ty->kind != TY_ARRAY && !(in->ty->kind == TY_CLASS && !in->ty->cls->is_value)) return false;
            e->win_len[in->dst] = e->win_len[in->args[0]];
            if (in->ty->kind == TY_ARRAY && !e->win_len[in->dst]) /* another array field (there: the host checked) */
                line(e, "const %s %s = %s;", win_read_type(in->ty), d, A(0));
            return true;
        default: return false;
        }
    }
    switch (u->kind) {
    case WA_SKIP: line(e, "/* a store into the window: the input holds it */"); return true;
    case WA_UNUSED: line(e, "const %s %s = {0}; /* only stored into the window */", cl_type(in->ty), d); return true;
    case WA_HISTORY: {
        const char *back = u->dir ? xprintf(" + (%d) * %s", u->dir, A(1)) : "";
        line(e, "const int %s_j = lime_at + (%d)%s;", d, u->offset, back);
        const char *j = xprintf("%s_j", d);
        /* past the lookback, j >= 0: lime_at is at least the lookback of
         * the filters up to this one, and j >= lime_at - k (window.c: its
         * index is in range, checked or proven, so the offset is in [-k, 0]) */
        const char *v = e->past_lookback ? window_input(e, j)
                        : xprintf("(%s >= 0 ? %s : %s[max(%d + %s, 0)])", j, window_input(e, j), pre_name(e), e->win->k, j);
        if (e->win_item == ty_boolean) v = xprintf("((bool)%s)", v);
        line(e, "const %s %s = %s;", cl_type(in->ty), d, conversion(v, e->win_item, in->ty));
        return true;
    }
    case WA_LENGTH:
        if (in->op == IR_ARRAY_LEN) line(e, "const int %s = %d;", d, u->len);
        else if (in->in_range || (in->version_loop && in->version_loop == e->fast))
            line(e, "const int %s = %s; /* in range (bounds.c) */", d, A(1));
        else if (e->past_lookback && e->win_proven[in->dst])
            line(e, "const int %s = %s; /* in range (ir_window_bounds) */", d, A(1));
        else line(e, "const int %s = lime_check_index(lime_err, %s, %d);", d, A(1), u->len);
        return true;
    }
    LIME_UNREACHABLE();
}

static void inst(Emitter *e, IrFunc *f, IrInst *in) {
    const char *d = in->dst >= 0 ? tmp(in->dst) : NULL;
    if (in->dst >= 0) e->temp_types[in->dst] = in->ty;
    if (f == e->win_f && window_inst(e, in)) return;
    const char *ty = in->ty == ty_void ? NULL : in->dst >= 0 && e->arrays.temp[in->dst] ? private_type(in->ty) : cl_type(in->ty);
    Type *at = in->nargs > 0 ? e->temp_types[in->args[0]] : NULL;
    switch (in->op) {
    case IR_CHECK_SIZE: line(e, "const int %s = %s; /* a constant >= 0 (arrays.c) */", d, A(0)); return;
    case IR_NEW_ARRAY: /* a fresh array in the site's buffer */
        line(e, "for (int z = 0; z < %d; z++) lime_buf%d[z] = 0;", e->arrays.len[in->dst], in->dst);
        line(e, "const %s %s = {lime_buf%d, %d};", ty, d, in->dst, e->arrays.len[in->dst]);
        return;
    case IR_ARRAY_STORE:
        line(e, "%s.p[%s] = %s;", A(0), A(1), e->temp_types[in->args[2]] == ty_boolean ? xprintf("(uchar)%s", A(2)) : A(2));
        return;
    case IR_CONST: line(e, "const %s %s = %s;", ty, d, constant(in)); return;
    case IR_CHECK_NULL:
        if (e->self[in->args[0]]) {
            e->self[in->dst] = true;
            line(e, "%s *const %s = %s;", ty, d, A(0));
        } else line(e, "const %s %s = %s; /* never null in a kernel */", ty, d, A(0));
        return;
    case IR_ARRAY_LEN: line(e, "const int %s = %s.n;", d, A(0)); return;
    case IR_CHECK_BOUNDS:
        if (in->in_range) line(e, "const int %s = %s; /* in range (bounds.c) */", d, A(1));
        else if (in->version_loop && in->version_loop == e->fast)
            line(e, "const int %s = %s; /* in range in this copy (bounds.c) */", d, A(1));
        else line(e, "const int %s = lime_check_index(lime_err, %s, %s.n);", d, A(1), A(0));
        return;
    case IR_ARRAY_LOAD:
        /* the index is in range, or 0 after an error; the runtime gives
         * every array at least one element */
        if (in->ty == ty_boolean) line(e, "const bool %s = (bool)%s.p[%s];", d, A(0), A(1));
        else line(e, "const %s %s = %s.p[%s];", ty, d, A(0), A(1));
        return;
    case IR_LOAD_FIELD: {
        const char *dot = e->self[in->args[0]] ? "->" : ".";
        if (in->ty == ty_boolean) line(e, "const bool %s = (bool)%s%s%s;", d, A(0), dot, field_name(in->field));
        else line(e, "const %s %s = %s%s%s;", ty, d, A(0), dot, field_name(in->field));
        return;
    }
    case IR_STORE_FIELD: /* a constructor's, into its object (accept.c) */
        line(e, "%s->%s = %s;", A(0), field_name(in->field), in->field->ty == ty_boolean ? xprintf("(uchar)%s", A(1)) : A(1));
        return;
    case IR_NEW_OBJECT: /* its fields zero; the constructor call after it sets them */
        line(e, "%s %s = {0};", ty, d);
        return;
    case IR_WITH_FIELD:
        line(e, "%s %s = %s;", ty, d, A(0));
        line(e, "%s.%s = %s;", d, field_name(in->field), in->field->ty == ty_boolean ? xprintf("(uchar)%s", A(1)) : A(1));
        return;
    case IR_LOAD_LOCAL:
        if (gpu_is_ctor(f) && in->local->id == 0) {
            e->self[in->dst] = true;
            line(e, "%s *const %s = l0;", ty, d);
        } else line(e, "const %s %s = l%d;", ty, d, in->local->id);
        return;
    case IR_STORE_LOCAL: line(e, "l%d = %s;", in->local->id, A(0)); return;
    case IR_CHECK_DIV:
        /* the failure is a statement apart from the value, so that the
         * checked divisor is a pure function of the divisor: two checks of
         * one divisor (p % w, p / w) are the same value to the OpenCL
         * compiler, and int_divrem's a % d and a / d one division */
        line(e, "if (%s == 0) lime_fail(lime_err, 2, 0, 0);", A(0));
        line(e, "const %s %s = %s == 0 ? (%s)1 : %s;", ty, d, A(0), ty, A(0));
        return;
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_REM: case IR_AND: case IR_OR: case IR_XOR:
    case IR_SHL: case IR_SHR: case IR_USHR:
        if ((in->op == IR_DIV || in->op == IR_REM) && !is_fp(in->ty)) {
            int_divrem(e, in);
            return;
        }
        line(e, "const %s %s = %s;", ty, d, arith(in->op, in->ty, A(0), A(1)));
        return;
    case IR_NEG:
        if (is_fp(in->ty)) line(e, "const %s %s = -%s;", ty, d, A(0));
        else line(e, "const %s %s = (%s)((%s)0 - (%s)%s);", ty, d, ty, cl_utype(in->ty), cl_utype(in->ty), A(0));
        return;
    case IR_NOT: line(e, "const bool %s = !%s;", d, A(0)); return;
    case IR_COMPL: line(e, "const %s %s = ~%s;", ty, d, A(0)); return;
    case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE: {
        const char *sym = in->op == IR_EQ ? "==" : in->op == IR_NE ? "!=" : in->op == IR_LT ? "<"
                        : in->op == IR_LE ? "<=" : in->op == IR_GT ? ">" : ">=";
        line(e, "const bool %s = %s %s %s;", d, A(0), sym, A(1));
        return;
    }
    case IR_CONV: line(e, "const %s %s = %s;", ty, d, conversion(A(0), at, in->ty)); return;
    case IR_LOAD_STATIC: /* its value at the call (src/statics.c) */
        for (int k = 0; k < e->statics.len; k++)
            if (e->statics.items[k] == in->field)
                line(e, "const %s %s = %slime_s%d;", ty, d, in->ty == ty_boolean ? "(bool)" : "", k);
        return;
    case IR_CALL: {
        if (ir_is_initialise(in->callee)) {
            line(e, "/* class %s: initialised before the call (the host checked) */", in->callee->owner->name);
            return;
        }
        StrBuf sb = {0};
        sb_printf(&sb, "%s(lime_err", fn_name(e->p, in->callee));
        for (int i = 0; i < in->nargs; i++) {
            /* a constructor gets the object it makes by address, every other function a copy */
            const char *ref = i == 0 && gpu_is_ctor(in->callee) ? (e->self[in->args[0]] ? "" : "&") : e->self[in->args[i]] ? "*" : "";
            sb_printf(&sb, ", %s%s", ref, A(i));
        }
        sb_puts(&sb, static_args(e));
        sb_putc(&sb, ')');
        if (d) line(e, "const %s %s = %s;", ty, d, sb_str(&sb));
        else line(e, "%s;", sb_str(&sb));
        return;
    }
    case IR_CALL_BUILTIN: {
        const char *args[4];
        for (int i = 0; i < in->nargs && i < 4; i++) args[i] = A(i);
        line(e, "const %s %s = %s;", ty, d, gpu_member_call(in->builtin, args, in->ty));
        return;
    }
    case IR_IF:
        line(e, "if (%s) {", A(0));
        e->depth++;
        block(e, f, in->then_blk);
        e->depth--;
        if (in->else_blk && in->else_blk->len) {
            line(e, "} else {");
            e->depth++;
            block(e, f, in->else_blk);
            e->depth--;
        }
        line(e, "}");
        return;
    case IR_LOOP:
        if (in->version_cond && !e->fast && in != e->plain) {
            versioned_loop(e, f, in);
            return;
        }
        const char *test = NULL;
        int guard = e->past_lookback ? header_guard(e, f, in, &test) : -1;
        int peel = guard >= 0 ? peel_count(in, guard) : 0;
        for (int k = 0; k < peel; k++) { /* the first iterations, each `if (test) { body cont ...`, as peel_count says */
            indent(e);
            sb_printf(&e->out, "if (%s) {\n", test);
            e->depth++;
            line(e, "{");
            e->depth++;
            for (int i = 0; i < in->body_blk->len; i++)
                if (i != guard) inst(e, f, in->body_blk->insts[i]);
            e->depth--;
            line(e, "}");
            line(e, "{");
            e->depth++;
            block(e, f, in->cont_blk);
            e->depth--;
            line(e, "}");
        }
        for (int k = 0; k < peel; k++) {
            e->depth--;
            line(e, "}");
        }
        indent(e); /* not line(): the test may be longer than its buffer */
        sb_printf(&e->out, "for (;%s%s;) {\n", test ? " " : "", test ? test : "");
        e->depth++;
        line(e, "{");
        e->depth++;
        for (int i = 0; in->body_blk && i < in->body_blk->len; i++)
            if (i != guard) inst(e, f, in->body_blk->insts[i]);
        e->depth--;
        line(e, "}");
        line(e, "%s_cont: ;", lbl(e, in->label));
        line(e, "{");
        e->depth++;
        block(e, f, in->cont_blk);
        e->depth--;
        line(e, "}");
        e->depth--;
        line(e, "}");
        line(e, "%s_brk: ;", lbl(e, in->label));
        return;
    case IR_BLOCK:
        line(e, "{");
        e->depth++;
        block(e, f, in->body_blk);
        e->depth--;
        line(e, "}");
        line(e, "%s_brk: ;", lbl(e, in->label));
        return;
    case IR_SWITCH:
        line(e, "switch (%s) {", A(0));
        for (int k = 0; k < in->narms; k++) {
            IrSwitchArm *arm = &in->arms[k];
            for (int j = 0; j < arm->nvalues; j++) line(e, "case %lld:", (long long)arm->values[j]);
            if (arm->is_default) line(e, "default:");
            line(e, "{");
            e->depth++;
            block(e, f, arm->body);
            e->depth--;
            line(e, "}");
        }
        line(e, "}");
        line(e, "%s_brk: ;", lbl(e, in->label));
        return;
    case IR_BREAK: line(e, "goto %s_brk;", lbl(e, in->label)); return;
    case IR_CONTINUE: line(e, "goto %s_cont;", lbl(e, in->label)); return;
    case IR_RETURN:
        if (in->nargs && e->ret_len) { /* a multi-rate filter's result: into the caller's buffer, and its length */
            line(e, "for (int z = 0; z < %d && z < %s.n; z++) lime_ret[z] = %s.p[z];", e->ret_len, A(0), A(0));
            line(e, "return %s.n;", A(0));
        } else if (in->nargs) line(e, "return %s;", A(0));
        else line(e, "return;");
        return;
    default: LIME_UNREACHABLE(); /* gpu_accepts allows nothing else */
    }
}

static void block(Emitter *e, IrFunc *f, IrBlock *b) {
    for (int i = 0; b && i < b->len; i++) inst(e, f, b->insts[i]);
}

static void note_def(IrInst *in, void *def) {
    if (in->dst >= 0) ((IrInst **)def)[in->dst] = in;
}

/* Whether in, before a loop's guard, neither fails nor writes (so the
 * guard may run before it): a constant, a load, a window array's length,
 * or an operator that cannot fail. */
static bool pure_inst(Emitter *e, IrFunc *f, IrInst *in) {
    if (f == e->win_f) { /* a window access other than a length reads items (a call that may fail) */
        const WindowUse *u = ir_window_use(e->win, in);
        if (u && u->kind != WA_LENGTH) return false;
    }
    switch (in->op) {
    case IR_CONST: case IR_LOAD_LOCAL: case IR_LOAD_FIELD: case IR_CHECK_NULL: case IR_ARRAY_LEN: case IR_NOT:
    case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_ADD: case IR_SUB: case IR_MUL:
    case IR_AND: case IR_OR: case IR_XOR: case IR_SHL: case IR_SHR: case IR_USHR: case IR_CONV:
        return true;
    default: return false;
    }
}

/* Temp t as one C expression, the instructions before the guard (mine[t])
 * written out, others by name; NULL when one is no operator on scalars. */
static const char *guard_expr(Emitter *e, IrFunc *f, const bool *mine, int t, int depth) {
    IrInst *in = e->def[t];
    if (!mine[t]) return tmp(t);
    bool scalar = in->ty->kind != TY_CLASS && in->ty->kind != TY_ARRAY && in->ty->kind != TY_VALUE_ARRAY;
    if (depth > 8 || !scalar) return NULL;
    switch (in->op) {
    case IR_CONST: return constant(in);
    case IR_LOAD_LOCAL: return f == e->win_f && in->local->id == 0 ? NULL : xprintf("l%d", in->local->id);
    case IR_ARRAY_LEN: { /* a window's array: its constant length (not the array, no value here) */
        const WindowUse *u = f == e->win_f ? ir_window_use(e->win, in) : NULL;
        return u && u->kind == WA_LENGTH ? xprintf("%d", u->len) : NULL;
    }
    default: break;
    }
    const char *a = in->nargs > 0 ? guard_expr(e, f, mine, in->args[0], depth + 1) : NULL;
    const char *b = in->nargs > 1 ? guard_expr(e, f, mine, in->args[1], depth + 1) : NULL;
    if ((in->nargs > 0 && !a) || (in->nargs > 1 && !b)) return NULL;
    switch (in->op) {
    case IR_NOT: return xprintf("(!%s)", a);
    case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE: {
        const char *sym = in->op == IR_EQ ? "==" : in->op == IR_NE ? "!=" : in->op == IR_LT ? "<"
                        : in->op == IR_LE ? "<=" : in->op == IR_GT ? ">" : ">=";
        return xprintf("(%s %s %s)", a, sym, b);
    }
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_AND: case IR_OR: case IR_XOR: case IR_SHL: case IR_SHR: case IR_USHR:
        return arith(in->op, in->ty, a, b);
    case IR_CONV: return conversion(a, e->def[in->args[0]] ? e->def[in->args[0]]->ty : in->ty, in->ty);
    default: return NULL;
    }
}

/* A loop whose body starts with instructions that neither fail nor write
 * and then `if (c) { break L }`: the index of that if, and *test, !c as
 * one expression for the loop's header (PoCL unrolls and vectorises such a
 * loop where it does not the one with the exit inside its body); else -1.
 * The instructions before the if still run in the body, after the test: the
 * same values, since nothing between writes. */
static int header_guard(Emitter *e, IrFunc *f, IrInst *loop, const char **test) {
    IrBlock *body = loop->body_blk;
    bool *mine = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    for (int i = 0; body && i < body->len; i++) {
        IrInst *in = body->insts[i];
        if (in->op == IR_IF) {
            if (!in->then_blk || in->then_blk->len != 1 || (in->else_blk && in->else_blk->len)) return -1;
            IrInst *brk = in->then_blk->insts[0];
            if (brk->op != IR_BREAK || brk->label != loop->label) return -1;
            const char *c = guard_expr(e, f, mine, in->args[0], 0);
            if (!c) return -1;
            *test = xprintf("!%s", c);
            return i;
        }
        if (!pure_inst(e, f, in)) return -1;
        if (in->dst >= 0) mine[in->dst] = true;
    }
    return -1;
}

/* How many iterations of a loop whose test header_guard moved into its
 * header to print before it, each as `if (test) { body; cont` (nested, the
 * loop itself after the last): GPU_PEEL_ITERS for a small body with no
 * control flow of its own (no loop, block, switch, break, continue or
 * return: nothing that prints a label or leaves the iteration), else 0.
 * The same iterations in the same order whatever the loop's count; with a
 * constant count (the FIR's taps, `for (k = 0; k < c.length; k++)` over a
 * window's array of constant length) PoCL folds the tests and keeps
 * straight-line code, where it kept the loop (a horizontal sum of 8
 * products per item, with #pragma unroll too) instead of vectorising the
 * chain's stage loop over items: bench/gpu's stream kernel 10 ms of CPU
 * against 17.5 (bench/results/gpu-rows-first.md). */
#ifndef GPU_PEEL_ITERS
#define GPU_PEEL_ITERS 8
#endif
#define GPU_PEEL_MAX_INSTS 64

typedef struct PeelScan {
    const IrInst *guard, *guard_break;   /* header_guard's test, printed as each if's condition */
    int insts;
    bool control;
} PeelScan;

static void peel_scan(IrInst *in, void *ctx) {
    PeelScan *ps = ctx;
    if (in == ps->guard || in == ps->guard_break) return;
    ps->insts++;
    switch (in->op) {
    case IR_LOOP: case IR_BLOCK: case IR_SWITCH: case IR_BREAK: case IR_CONTINUE: case IR_RETURN:
        ps->control = true;
        break;
    default: break;
    }
}

/* guard: header_guard's index of the test in the loop's body (an if
 * whose one instruction breaks the loop), which is not control of the body's own */
static int peel_count(IrInst *loop, int guard) {
    IrInst *test = loop->body_blk->insts[guard];
    PeelScan ps = {test, test->then_blk->insts[0], 0, false};
    ir_walk(loop->body_blk, peel_scan, &ps);
    ir_walk(loop->cont_blk, peel_scan, &ps);
    return ps.control || ps.insts > GPU_PEEL_MAX_INSTS ? 0 : GPU_PEEL_ITERS;
}

/* A windowed filter's map form in a chain: one function per position (two
 * filters of one method are two functions). */
static const char *window_fn_name(Emitter *e, IrFunc *f) { return xprintf("%s_w%d%s", fn_name(e->p, f), e->win_stage, past(e)); }

/* Whether f is a filter of multi-rate graph g (before the sink) taking
 * a T[[N]] (*param) or returning an R[[M]] (*result): then it runs as
 * gpu_rate_arrays says (accept.c, multirate_ok, asked the same). */
static void rate_of(Graph *g, IrFunc *f, bool *param, bool *result) {
    int m = g->filters.len - (g->ends_in_sink ? 1 : 0);
    for (int pos = 0; pos < m; pos++) {
        GraphFilter *flt = g->filters.items[pos];
        if (flt->method->ir != f) continue;
        *param = flt->pops_array;
        *result = flt->pushes_array;
    }
}

static void function(Emitter *e, IrFunc *f) {
    e->ncopies = 0;
    e->def = xalloc(sizeof(IrInst *) * (size_t)(f->ntemps + 1));
    ir_walk(f->body, note_def, e->def);
    e->temp_types = xalloc(sizeof(Type *) * (size_t)(f->ntemps + 1));
    e->self = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    Reason ignored;
    bool rparam = false, rresult = false;
    if (e->rate_graph) rate_of(e->rate_graph, f, &rparam, &rresult);
    bool arrays_ok = rparam || rresult ? gpu_rate_arrays(f, &e->arrays, &ignored, rparam, rresult)
                                       : gpu_private_arrays(f, &e->arrays, &ignored);
    LIME_ASSERT(arrays_ok); /* accept.c asked the same */
    e->ret_len = rresult ? (int)f->ret->fixed_len : 0;
    StrBuf sig = {0};
    bool win = f == e->win_f;
    sb_printf(&sig, "%s %s(__global int *lime_err", rresult ? "int" : cl_type(f->ret),
              win && e->chain ? window_fn_name(e, f) : fn_name(e->p, f));
    if (win && e->chain) { /* in place of `this`: the chain's operands (chain_source), the ring of the filter
                              before it (none for the first: it reads lime_src), which item it is at */
        sb_puts(&sig, ", LIME_CHAIN_PARAMS");
        if (e->win_stage > 0)
            sb_printf(&sig, ", __private const %s *restrict lime_ring%s", cl_mem_type(e->win_item),
                      e->past_lookback ? ", const int lime_base" : "");
        sb_puts(&sig, ", const int lime_at");
        e->win_len = xalloc(sizeof(int) * (size_t)(f->ntemps + 1));
    } else if (win) { /* in place of `this`: the filter's items, which one it is at, the values before the start */
        const char *it = cl_mem_type(e->win_item);
        sb_printf(&sig, ", __global const %s *restrict lime_win, const int lime_at, __global const %s *restrict lime_pre", it, it);
        for (int k = 0; k < e->win_reads.len; k++) {
            FieldDecl *fd = e->win_reads.items[k];
            sb_printf(&sig, ", const %s lime_f%d", fd->ty == ty_boolean ? "uchar" : win_read_type(fd->ty), k);
        }
        e->win_len = xalloc(sizeof(int) * (size_t)(f->ntemps + 1));
    }
    for (int i = win ? 1 : 0; i < f->nparams; i++) {
        IrLocal *l = f->locals.items[i];
        const char *pt = i == 0 && rparam ? private_type(l->ty) : cl_type(l->ty);
        sb_printf(&sig, ", %s%s l%d", pt, i == 0 && gpu_is_ctor(f) ? " *" : "", l->id);
    }
    if (rresult) sb_printf(&sig, ", %s *lime_ret", cl_mem_type(f->ret->elem));
    for (int k = 0; k < e->statics.len; k++)
        sb_printf(&sig, ", const %s lime_s%d", cl_mem_type(((FieldDecl *)e->statics.items[k])->ty), k);
    sb_putc(&sig, ')');
    sb_printf(&e->out, "/* %s */\n%s;\n", f->name, sb_str(&sig));
    line(e, "%s {", sb_str(&sig));
    e->depth++;
    for (int i = f->nparams; i < f->locals.len; i++) {
        IrLocal *l = f->locals.items[i];
        line(e, "%s l%d = {0}; /* %s */", e->arrays.local[i] ? private_type(l->ty) : cl_type(l->ty), l->id, l->name);
    }
    for (int t = 0; t < f->ntemps; t++) /* each allocation site's buffer (arrays.c) */
        if (e->arrays.len[t] >= 0)
            line(e, "%s lime_buf%d[%d];", cl_mem_type(e->arrays.site_ty[t]->elem), t, e->arrays.len[t] ? e->arrays.len[t] : 1);
    block(e, f, f->body);
    e->depth--;
    line(e, "}");
    sb_putc(&e->out, '\n');
}

static void collect(IrFunc *f, Vec *order);

static void collect_callee(IrInst *in, void *order) {
    if (in->op == IR_CALL && !ir_is_initialise(in->callee)) collect(in->callee, order);
}

/* Every function reachable from f, callees before callers (accept.c has
 * ruled out recursion). */
static void collect(IrFunc *f, Vec *order) {
    for (int i = 0; i < order->len; i++)
        if (order->items[i] == f) return;
    ir_walk(f->body, collect_callee, order);
    vec_push(order, f);
}

/* Whether a type is or holds a double (cl_khr_fp64 then). */
static bool has_double(Type *t) {
    if (t == ty_double) return true;
    if (!is_struct_class(t)) return false;
    for (int i = 0; i < t->cls->fields.len; i++) {
        FieldDecl *f = t->cls->fields.items[i];
        if (!(f->mods & MOD_STATIC) && has_double(f->ty)) return true;
    }
    return false;
}

static void note_double(IrInst *in, void *found) {
    if (has_double(in->ty)) *(bool *)found = true;
}

/* Does the task or any function it runs use double? */
static bool uses_double(IrTask *t, Vec *funcs) {
    bool found = has_double(t->out);
    for (int i = 0; i < t->nargs; i++) found = found || has_double(t->param[i]);
    for (int i = 0; i < funcs->len; i++) {
        IrFunc *f = funcs->items[i];
        found = found || has_double(f->ret);
        for (int k = 0; k < f->locals.len; k++) found = found || has_double(((IrLocal *)f->locals.items[k])->ty);
        ir_walk(f->body, note_double, &found);
    }
    return found;
}

/* The body applied to operands a (and b): a call, a library member or an operator. */
static const char *apply(Emitter *e, IrTask *t, const char **args, int n) {
    if (t->nchain) {
        const char *x = args[0];
        for (int i = 0; i < t->nchain; i++) x = xprintf("%s(lime_err, %s)", fn_name(e->p, t->chain[i]), x);
        return x;
    }
    if (t->func) {
        StrBuf sb = {0};
        sb_printf(&sb, "%s(lime_err", fn_name(e->p, t->func));
        for (int i = 0; i < n; i++) sb_printf(&sb, ", %s", args[i]);
        sb_puts(&sb, static_args(e));
        sb_putc(&sb, ')');
        return xstrdup(sb_str(&sb));
    }
    if (t->builtin) return gpu_member_call(t->builtin, args, t->out);
    IrOp op = t->op == TK_PLUS ? IR_ADD : t->op == TK_STAR ? IR_MUL : (t->op == TK_AMP || t->op == TK_ANDAND) ? IR_AND
            : (t->op == TK_BAR || t->op == TK_OROR) ? IR_OR : IR_XOR;
    if (t->out == ty_boolean) /* booleans are uchar 0/1 in buffers */
        return xprintf("(uchar)(%s %s %s)", args[0], op == IR_AND ? "&" : op == IR_OR ? "|" : "^", args[1]);
    return arith(op, t->out, args[0], args[1]);
}

/* The order in which a map's body first reads its parameters: order[k] is
 * the k-th parameter read, those never read last.  The OpenCL compilers
 * keep the element loads in the order the kernel states them (PoCL does),
 * and on a memory-bound map that order matters: a hand-written kernel
 * loads each operand where it is first needed, and so does ours. */
typedef struct FirstUse {
    int nargs, count;
    int *order;
    bool *seen;
} FirstUse;

static void note_first_use(IrInst *in, void *ctx) {
    FirstUse *u = ctx;
    if (in->op != IR_LOAD_LOCAL || !in->local->is_param) return;
    int k = in->local->id;
    if (k < u->nargs && !u->seen[k]) {
        u->seen[k] = true;
        u->order[u->count++] = k;
    }
}

static int *first_use_order(IrTask *t) {
    FirstUse u = {t->nargs, 0, xalloc(sizeof(int) * (size_t)(t->nargs + 1)), xalloc(sizeof(bool) * (size_t)(t->nargs + 1))};
    if (t->func && !t->nchain && t->func->nparams == t->nargs) ir_walk(t->func->body, note_first_use, &u);
    for (int k = 0; k < t->nargs; k++)
        if (!u.seen[k]) u.order[u.count++] = k;
    return u.order;
}

/* The buffers are restrict: runtime/opencl.c makes a separate buffer for
 * the output and for each operand of every launch, so none aliases
 * another (and only out and lime_err are written). */
static void map_kernel(Emitter *e, IrTask *t) {
    StrBuf sig = {0};
    sb_printf(&sig, "__kernel void lime_task_%d(__global %s *restrict out", t->id, cl_mem_type(t->out));
    for (int i = 0; i < t->nargs; i++) {
        Type *elem = t->param[i];
        if (t->mapped[i])
            sb_printf(&sig, ", __global const %s *restrict a%d", cl_mem_type(t->mapped_elem ? t->mapped_elem[i] : elem), i);
        else if (elem->kind == TY_VALUE_ARRAY || elem->kind == TY_ARRAY)
            sb_printf(&sig, ", __global const %s *restrict a%d, const int a%d_len", cl_mem_type(elem->elem), i, i);
        else sb_printf(&sig, ", const %s a%d", cl_mem_type(elem), i);
    }
    for (int k = 0; k < e->statics.len; k++) /* after the operands, as the host passes them */
        sb_printf(&sig, ", const %s lime_s%d", cl_mem_type(((FieldDecl *)e->statics.items[k])->ty), k);
    sb_puts(&sig, ", const int n, __global int *lime_err)");
    line(e, "%s {", sb_str(&sig));
    e->depth++;
    line(e, "const int i = get_global_id(0);");
    line(e, "if (i >= n) return;");
    const char **args = xalloc(sizeof(char *) * (size_t)(t->nargs + 1));
    const int *order = first_use_order(t);
    for (int k = 0; k < t->nargs; k++) {
        int i = order[k];
        Type *pt = t->param[i];
        Type *et = t->mapped[i] && t->mapped_elem ? t->mapped_elem[i] : pt;
        if (!t->mapped[i] && (pt->kind == TY_VALUE_ARRAY || pt->kind == TY_ARRAY)) {
            line(e, "%s v%d; v%d.p = a%d; v%d.n = a%d_len;", cl_type(pt), i, i, i, i, i);
            args[i] = xprintf("v%d", i);
            continue;
        }
        const char *v = t->mapped[i] ? xprintf("a%d[i]", i) : xprintf("a%d", i);
        if (et == ty_boolean) v = xprintf("((bool)%s)", v);
        args[i] = conversion(v, et, pt);
        if (t->mapped[i] && t->nargs > 1) { /* its load, in first-use order */
            line(e, "const %s p%d = %s;", cl_type(pt), i, args[i]);
            args[i] = xprintf("p%d", i);
        }
    }
    const char *r = apply(e, t, args, t->nargs);
    if (is_value_class(t->out)) line(e, "out[i] = %s;", r);
    else line(e, "out[i] = (%s)(%s);", cl_mem_type(t->out), r);
    e->depth--;
    line(e, "}");
}

/* A windowed filter's map over its items (a0, n of them): item i through
 * the filter's map form, the k values before the start in a1. */
static void window_kernel(Emitter *e, IrTask *t) {
    const char *it = cl_mem_type(t->in);
    StrBuf sig = {0}, call = {0};
    sb_printf(&sig, "__kernel void lime_task_%d(__global %s *restrict out, __global const %s *restrict a0, "
                    "__global const %s *restrict a1, const int a1_len", t->id, cl_mem_type(t->out), it, it);
    sb_printf(&call, "%s(lime_err, a0, i, a1", fn_name(e->p, t->func));
    for (int k = 0; k < e->win_reads.len; k++) {
        Type *ft = ((FieldDecl *)e->win_reads.items[k])->ty;
        if (ft->kind == TY_ARRAY)
            sb_printf(&sig, ", __global const %s *restrict a%d, const int a%d_len", cl_mem_type(ft->elem), k + 2, k + 2);
        else sb_printf(&sig, ", const %s a%d", cl_mem_type(ft), k + 2);
        sb_printf(&call, ", v%d", k + 2);
    }
    line(e, "%s, const int n, __global int *lime_err) {", sb_str(&sig));
    e->depth++;
    line(e, "const int i = get_global_id(0);");
    line(e, "if (i >= n) return;");
    for (int k = 0; k < e->win_reads.len; k++) {
        Type *ft = ((FieldDecl *)e->win_reads.items[k])->ty;
        if (ft->kind == TY_ARRAY) line(e, "%s v%d; v%d.p = a%d; v%d.n = a%d_len;", win_read_type(ft), k + 2, k + 2, k + 2, k + 2, k + 2);
        else line(e, "const %s v%d = a%d;", cl_mem_type(ft), k + 2, k + 2);
    }
    const char *x = t->in == ty_boolean ? "((bool)a0[i])" : "a0[i]";
    const char *r = xprintf("%s, %s)", sb_str(&call), x);
    if (is_value_class(t->out)) line(e, "out[i] = %s;", r);
    else line(e, "out[i] = (%s)(%s);", cl_mem_type(t->out), r);
    e->depth--;
    line(e, "}");
}

/* The canonical tree on one block of 2L elements (LANGUAGE.md 2.5): pairs
 * (2l, 2l+1) level by level, an unpaired last value passes up. */
static void reduce_kernel(Emitter *e, IrTask *t) {
    const char *T = cl_mem_type(t->out);
    const char *V = t->out == ty_boolean ? "uchar" : cl_type(t->out);
    line(e, "__kernel void lime_task_%d(__global const %s *in, __global %s *out, const int n, __local %s *scratch, "
            "__global int *lime_err) {", t->id, T, T, T);
    e->depth++;
    line(e, "const int l = get_local_id(0), L = get_local_size(0), g = get_group_id(0);");
    line(e, "const int base = g * 2 * L;");
    line(e, "const int c = min(2 * L, n - base);");
    line(e, "%s v = {0};", V);
    const char *ab[2] = {"in[base + 2 * l]", "in[base + 2 * l + 1]"};
    line(e, "if (2 * l + 1 < c) v = %s;", apply(e, t, ab, 2));
    line(e, "else if (2 * l < c) v = in[base + 2 * l];");
    line(e, "int count = (c + 1) / 2;");
    line(e, "if (l < count) scratch[l] = v;");
    line(e, "barrier(CLK_LOCAL_MEM_FENCE);");
    line(e, "while (count > 1) {");
    e->depth++;
    line(e, "const int npairs = count / 2;");
    line(e, "const bool odd = (count & 1) != 0;");
    line(e, "%s a = {0}, b = {0};", V);
    line(e, "if (l < npairs) { a = scratch[2 * l]; b = scratch[2 * l + 1]; }");
    line(e, "else if (odd && l == npairs) a = scratch[2 * l];");
    line(e, "barrier(CLK_LOCAL_MEM_FENCE);");
    const char *xy[2] = {"a", "b"};
    line(e, "if (l < npairs) scratch[l] = %s;", apply(e, t, xy, 2));
    line(e, "else if (odd && l == npairs) scratch[l] = a;");
    line(e, "barrier(CLK_LOCAL_MEM_FENCE);");
    line(e, "count = (count + 1) / 2;");
    e->depth--;
    line(e, "}");
    line(e, "if (l == 0) out[g] = scratch[0];");
    e->depth--;
    line(e, "}");
}

/* typedef struct { fields } V_Name; for every value class and object class (gpu_object_class_ok) in use,
 * inner ones first; fields in declaration order, as the CPU lays them out. */
static void value_structs(Emitter *e, Type *t, Vec *done) {
    if (t->kind == TY_VALUE_ARRAY || t->kind == TY_ARRAY) {
        Type *canon = value_array_of(t->elem, -1); /* T[[N]] and T[[]] are one OpenCL type */
        for (int i = 0; i < done->len; i++)
            if (done->items[i] == canon) return;
        value_structs(e, t->elem, done);
        vec_push(done, canon);
        sb_printf(&e->out, "typedef struct { __global const %s *p; int n; } %s;\n", cl_mem_type(t->elem), cl_type(t));
        /* and the same elements in private memory (arrays.c) */
        sb_printf(&e->out, "typedef struct { %s *p; int n; } %s;\n", cl_mem_type(t->elem), private_type(t));
        return;
    }
    if (!is_struct_class(t)) return;
    for (int i = 0; i < done->len; i++)
        if (done->items[i] == t) return;
    vec_push(done, t);
    ClassDecl *c = t->cls;
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (!(f->mods & MOD_STATIC)) value_structs(e, f->ty, done);
    }
    sb_printf(&e->out, "typedef struct {");
    int members = 0;
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (!(f->mods & MOD_STATIC)) sb_printf(&e->out, " %s %s;", cl_mem_type(f->ty), field_name(f)), members++;
    }
    /* an object without fields (never in a buffer): C has no empty struct */
    if (!members && !c->is_value) sb_puts(&e->out, " char lime_empty;");
    sb_printf(&e->out, " } %s;\n", struct_name(c));
}

typedef struct StructWalk {
    Emitter *e;
    Vec *done;
} StructWalk;

static void struct_of_inst(IrInst *in, void *ctx) {
    StructWalk *w = ctx;
    value_structs(w->e, in->ty, w->done);
}

static void structs_of_func(Emitter *e, IrFunc *f, Vec *done) {
    value_structs(e, f->ret, done);
    for (int i = 0; i < f->locals.len; i++) value_structs(e, ((IrLocal *)f->locals.items[i])->ty, done);
    StructWalk w = {e, done};
    ir_walk(f->body, struct_of_inst, &w);
}

static void note_math_member(IrInst *in, void *members) {
    if (in->op != IR_CALL_BUILTIN || !gpu_math_member(in->builtin)) return;
    Vec *v = members;
    for (int i = 0; i < v->len; i++)
        if (v->items[i] == in->builtin) return;
    vec_push(v, (void *)in->builtin);
}

/* The transcendental Math members the task calls (Builtin *, once each). */
static Vec math_members_of(IrTask *t, Vec *funcs) {
    Vec members = {0};
    if (t->builtin && gpu_math_member(t->builtin)) vec_push(&members, (void *)t->builtin);
    for (int i = 0; i < funcs->len; i++) ir_walk(((IrFunc *)funcs->items[i])->body, note_math_member, &members);
    return members;
}

/* The start of a stream task's program (chain_source, multirate_source):
 * the prelude, the Math members funcs call, the structs of its items. */
static void stream_program_start(Emitter *e, IrTask *t, Vec *funcs, Vec *done) {
    gpu_prelude(&e->out, uses_double(t, funcs) || has_double(t->in));
    Vec members = math_members_of(t, funcs);
    gpu_math_source(&e->out, &members);
    value_structs(e, t->out, done);
    value_structs(e, t->in, done);
}

/* The windowed filter at position pos of a chain's graph (its map form's
 * task), or NULL for a stateless one; and a stateless one's function. */
static IrTask *chain_window(IrProgram *p, Graph *g, int pos) {
    return ((GraphFilter *)g->filters.items[pos])->kind == TASK_STATEFUL_FILTER ? ir_graph_filter_task(p, g, pos) : NULL;
}
static IrFunc *chain_stateless(Graph *g, int pos) {
    IrTask *run = graph_run_at(g, pos);
    return run->chain[pos - run->graph_pos];
}

/* Filter pos of a chain's graph, windowed or not: its function. */
static IrFunc *chain_func(IrProgram *p, Graph *g, int pos) {
    IrTask *w = chain_window(p, g, pos);
    return w ? w->func : chain_stateless(g, pos);
}

/* The items a windowed filter's map form reads back (FilterWindow.k); 0
 * for a stateless filter. */
static int chain_k(IrProgram *p, Graph *g, int pos) {
    IrTask *w = chain_window(p, g, pos);
    return w ? ir_filter_window(p, w)->k : 0;
}

/* How far before a work-item's first item filter pos's outputs are read:
 * the sum of the windows' k after it (before the sink, m filters). */
static int chain_reach(IrProgram *p, Graph *g, int m, int pos) {
    int b = 0;
    for (int q = pos + 1; q < m; q++) b += chain_k(p, g, q);
    return b;
}

/* Windowed filter pos's map form, in the version e->past_lookback says
 * (`_past`: for work-items whose first item is at least the graph's
 * lookback, so that no window read reaches before the stream's start;
 * ir_window_bounds's checks left out). */
static void chain_window_form(Emitter *e, int pos) {
    IrTask *w = chain_window(e->p, e->chain, pos);
    if (!w) return;
    e->win_f = w->func;
    e->win = ir_filter_window(e->p, w);
    e->win_item = w->in;
    e->win_reads = ir_window_other_reads(e->p, w);
    e->win_stage = pos;
    e->win_proven = ir_window_bounds(w->func, e->win);
    function(e, w->func);
    e->win_f = NULL;
}

/* One item j through the chain's m filters, in a work-item's loop: filter
 * q's output lime_v<q> is its call on lime_v<q-1> (filter 0's on
 * lime_src[j]), a windowed filter's at item j (it reads its input d items
 * back in the ring lime_r<q-1>, or filter 0 in lime_src); an output that a
 * windowed filter reads next goes into that ring too.  warm: an item
 * before the work-item's first (lime_s), where filter q runs only from
 * lime_s - chain_reach(q) on and one no later window reads (reach 0) not
 * at all; else the last output is stored in out[j]. */
static void chain_item(Emitter *e, IrTask *t, int m, bool warm) {
    Graph *g = e->chain;
    int opened = 0;
    for (int q = 0; q < m; q++) {
        int reach = chain_reach(e->p, g, m, q);
        if (warm && reach == 0) break;
        if (warm && q > 0 && reach < chain_reach(e->p, g, m, q - 1)) {
            line(e, "if (j >= lime_s - %d) {", reach);
            e->depth++;
            opened++;
        }
        IrFunc *f = chain_func(e->p, g, q);
        const char *x = q > 0 ? xprintf("lime_v%d", q - 1) : t->in == ty_boolean ? "((bool)lime_src[j])" : "lime_src[j]";
        const char *call;
        if (chain_window(e->p, g, q)) {
            e->win_stage = q;
            call = xprintf("%s(lime_err, LIME_CHAIN_ARGS%s, j, %s)", window_fn_name(e, f), q > 0 ? xprintf(", lime_r%d", q - 1) : "",
                           x);
        } else call = xprintf("%s(lime_err, %s)", fn_name(e->p, f), x);
        line(e, "const %s lime_v%d = %s;", cl_type(f->ret), q, call);
        IrTask *next = q + 1 < m ? chain_window(e->p, g, q + 1) : NULL;
        if (next) {
            const char *v = xprintf("lime_v%d", q);
            if (!is_value_class(next->in)) v = xprintf("(%s)%s", cl_mem_type(next->in), v);
            line(e, "lime_r%d[j & %d] = %s;", q, ring_size(chain_k(e->p, g, q + 1)) - 1, v);
        }
    }
    if (!warm) {
        const char *r = xprintf("lime_v%d", m - 1);
        if (is_value_class(t->out)) line(e, "out[j] = %s;", r);
        else line(e, "out[j] = (%s)(%s);", cl_mem_type(t->out), r);
    }
    for (; opened > 0; opened--) {
        e->depth--;
        line(e, "}");
    }
}

/* The linear filters at the start of chain (ir_filter_linear), their
 * count: at least one of them windowed, all of the chain's item type (int
 * or long), else 0.  Their composition is one filter whose taps are the
 * convolution of theirs (in the integers modulo 2^32 or 2^64, a ring, so
 * exact in Java's wrapping arithmetic), reading the chain's input up to
 * the sum of their windows' k back: *taps, *ntaps. */
static int chain_linear_taps(IrProgram *p, Graph *g, IrTask *t, int m, int64_t **taps, int *ntaps) {
    if (t->in->kind != TY_INT && t->in->kind != TY_LONG) return 0;
    int n = 0, windowed = 0;
    int64_t *acc = NULL;
    int nacc = 0;
    for (int q = 0; q < m; q++) {
        IrTask *ft = ir_graph_filter_task(p, g, q);
        if (!ft || ft->in != t->in || !ir_filter_linear(p, ft)) break;
        const FilterWindow *w = ir_filter_window(p, ft);
        if (ft->kind == TASK_STATEFUL_FILTER) windowed++;
        if (!acc) {
            acc = w->taps;
            nacc = w->ntaps;
        } else {
            int nn = nacc + w->ntaps - 1;
            int64_t *c = xalloc(sizeof(int64_t) * (size_t)(nn + 1));
            for (int i = 0; i < nacc; i++)
                for (int j = 0; j < w->ntaps; j++) c[i + j] = (int64_t)((uint64_t)c[i + j] + (uint64_t)acc[i] * (uint64_t)w->taps[j]);
            if (t->in->kind == TY_INT)
                for (int i = 0; i < nn; i++) c[i] = (int32_t)c[i];
            acc = c;
            nacc = nn;
        }
        n++;
    }
    if (!windowed) return 0;
    while (nacc > 1 && acc[nacc - 1] == 0) nacc--;
    *taps = acc;
    *ntaps = nacc;
    return n;
}

/* taps as text: "-1 4 4 5 0 -5 -4 -4 1" */
static const char *taps_text(const int64_t *taps, int n) {
    StrBuf sb = {0};
    for (int i = 0; i < n; i++) sb_printf(&sb, "%s%lld", i ? " " : "", (long long)taps[i]);
    return xstrdup(sb_str(&sb));
}

/* What the composition of the chain's first linear filters is, for people
 * (the kernel's comment, --explain): NULL when there is none. */
const char *gpu_chain_linear_text(IrProgram *p, IrTask *t) {
    Graph *g = t->graph;
    if (!g || g->multirate || ir_graph_lookback(p, g) == 0) return NULL;
    int m = g->filters.len - (g->ends_in_sink ? 1 : 0), ntaps = 0;
    int64_t *taps = NULL;
    int lin = chain_linear_taps(p, g, t, m, &taps, &ntaps);
    if (!lin) return NULL;
    StrBuf sb = {0};
    for (int q = 0; q < lin; q++) {
        IrTask *ft = ir_graph_filter_task(p, g, q);
        const FilterWindow *w = ir_filter_window(p, ft);
        sb_printf(&sb, "%s%s.%s (taps %s)", q ? " then " : "", ft->func->owner->name, ft->func->decl ? ft->func->decl->name : ft->func->name,
                  taps_text(w->taps, w->ntaps));
    }
    sb_printf(&sb, "%s: taps %s on the input d = 0..%d items back", lin > 1 ? " composed" : " with its constants folded",
              taps_text(taps, ntaps), ntaps - 1);
    return xstrdup(sb_str(&sb));
}

/* The chain's first linear filters (chain_linear_taps) as one loop of a
 * whole work-item past the lookback: filter lin - 1's outputs over the
 * items chain_stages would compute, each ONE expression over lime_src with
 * the composed constant taps (those of equal magnitude grouped, 0 left
 * out) in unsigned arithmetic (Java's wrapping).  Its items j are at least
 * the lookback less the later filters' reach, so j - d >= 0 for every tap
 * d: each is the stream's own input, and (the window invariant) the value
 * is exactly the filters' one after the other; the stateless filters
 * right after them run in the same loop.  Returns the filters it ran (0:
 * none, nothing emitted). */
static int chain_linear(Emitter *e, IrTask *t, int m) {
    int64_t *taps = NULL;
    int ntaps = 0;
    int lin = chain_linear_taps(e->p, e->chain, t, m, &taps, &ntaps);
    if (!lin) return 0;
    bool is_long = t->in->kind == TY_LONG;
    const char *u = is_long ? "ulong" : "uint", *sx = is_long ? "ul" : "u", *it = is_long ? "long" : "int";
    int q = lin - 1, reach = chain_reach(e->p, e->chain, m, q);
    /* the stateless filters right after it run in the same loop (same items) */
    int end = lin;
    while (end < m && !chain_window(e->p, e->chain, end)) end++;
    q = end - 1;
    IrFunc *last = chain_func(e->p, e->chain, q);
    line(e, "/* linear: %s */", gpu_chain_linear_text(e->p, t));
    if (q + 1 < m) line(e, "%s lime_b%d[%d];", cl_mem_type(last->ret), q, reach + GPU_CHAIN_ITEMS);
    line(e, "for (int c = 0; c < %d; c++) {", reach + GPU_CHAIN_ITEMS);
    e->depth++;
    line(e, "const int j = lime_s - %d + c;", reach);
    /* group the taps by magnitude: a * (sum of those +a - sum of those -a) */
    StrBuf expr = {0};
    bool *done = xalloc(sizeof(bool) * (size_t)(ntaps + 1));
    uint64_t mask = is_long ? ~(uint64_t)0 : 0xffffffffu;
    for (int d = 0; d < ntaps; d++) {
        if (done[d] || taps[d] == 0) continue;
        uint64_t v = (uint64_t)taps[d] & mask, nv = (0 - (uint64_t)taps[d]) & mask;
        uint64_t mag = taps[d] > 0 ? v : nv; /* the most negative: itself */
        StrBuf grp = {0};
        int terms = 0;
        for (int k = d; k < ntaps; k++) {
            if (done[k] || taps[k] == 0) continue;
            uint64_t tk = (uint64_t)taps[k] & mask;
            bool plus = tk == mag, minus = !plus && ((0 - tk) & mask) == mag;
            if (!plus && !minus) continue;
            done[k] = true;
            const char *x = xprintf("(%s)lime_src[j - %d]", u, k);
            if (!terms) sb_printf(&grp, "%s%s", minus ? "0" : "", minus ? xprintf(" - %s", x) : x);
            else sb_printf(&grp, " %s %s", plus ? "+" : "-", x);
            terms++;
        }
        const char *g = sb_str(&grp);
        const char *term = mag == 1 ? xprintf("(%s)", g) : xprintf("%llu%s * (%s)", (unsigned long long)mag, sx, g);
        sb_printf(&expr, "%s%s", expr.len ? " + " : "", term);
    }
    if (!expr.len) sb_printf(&expr, "0%s", sx);
    line(e, "const %s lime_l%d = (%s)(%s);", it, lin - 1, it, sb_str(&expr));
    for (int k = lin; k < end; k++) {
        IrFunc *f = chain_func(e->p, e->chain, k);
        line(e, "const %s lime_l%d = %s(lime_err, lime_l%d);", cl_type(f->ret), k, fn_name(e->p, f), k - 1);
    }
    Type *to = q + 1 < m ? last->ret : t->out;
    const char *v = is_value_class(to) ? xprintf("lime_l%d", q) : xprintf("(%s)lime_l%d", cl_mem_type(to), q);
    if (q + 1 < m) line(e, "lime_b%d[c] = %s;", q, v);
    else line(e, "out[j] = %s;", v);
    e->depth--;
    line(e, "}");
    return end;
}

/* A whole work-item past the lookback (`_past` versions), filter by
 * filter: filter q over the items lime_s - chain_reach(q) to lime_s +
 * GPU_CHAIN_ITEMS - 1, its outputs in the private array lime_b<q> (a
 * windowed filter after it reads them there, from lime_base, the item of
 * lime_b<q>[0]), the last's stored in out.  Each loop has a constant count
 * and no dependence between its items (bench/results/gpu-stream-ab.md:
 * faster on PoCL than walking the items one by one with rings). */
static void chain_stages(Emitter *e, IrTask *t, int m) {
    Graph *g = e->chain;
    int lin = chain_linear(e, t, m);
    for (int q = lin; q < m; q++) {
        IrFunc *f = chain_func(e->p, g, q);
        int reach = chain_reach(e->p, g, m, q), prev = q > 0 ? chain_reach(e->p, g, m, q - 1) : 0;
        if (q + 1 < m) line(e, "%s lime_b%d[%d];", cl_mem_type(f->ret), q, reach + GPU_CHAIN_ITEMS);
        line(e, "for (int c = 0; c < %d; c++) {", reach + GPU_CHAIN_ITEMS);
        e->depth++;
        line(e, "const int j = lime_s - %d + c;", reach);
        const char *x = q == 0 ? (t->in == ty_boolean ? "((bool)lime_src[j])" : "lime_src[j]")
                               : xprintf("lime_b%d[c + %d]", q - 1, prev - reach);
        const char *call;
        if (chain_window(e->p, g, q)) {
            e->win_stage = q;
            call = xprintf("%s(lime_err, LIME_CHAIN_ARGS%s, j, %s)", window_fn_name(e, f),
                           q > 0 ? xprintf(", lime_b%d, lime_s - %d", q - 1, prev) : "", x);
        } else call = xprintf("%s(lime_err, %s)", fn_name(e->p, f), x);
        line(e, "const %s lime_v = %s;", cl_type(f->ret), call);
        const char *v = "lime_v";
        Type *to = q + 1 < m ? f->ret : t->out;
        if (!is_value_class(to)) v = xprintf("(%s)lime_v", cl_mem_type(to));
        if (q + 1 < m) line(e, "lime_b%d[c] = %s;", q, v);
        else line(e, "out[j] = %s;", v);
        e->depth--;
        line(e, "}");
    }
}

/* A work-item's items lime_s to lime_e - 1 through the chain: the `_past`
 * version (a whole work-item, lime_s at least the graph's lookback) filter
 * by filter (chain_stages); the general one item by item (chain_item),
 * after a warm-up from lime_s - chain_reach(0), from item 0 at the
 * earliest, to lime_e (the last work-item's rest). */
static void chain_loops(Emitter *e, IrTask *t, int m) {
    int reach = chain_reach(e->p, e->chain, m, 0);
    if (e->past_lookback) {
        chain_stages(e, t, m);
        return;
    }
    if (reach > 0) {
        line(e, "for (int j = max(lime_s - %d, 0); j < lime_s; j++) {", reach);
        e->depth++;
        chain_item(e, t, m, true);
        e->depth--;
        line(e, "}");
    }
    line(e, "for (int j = lime_s; j < lime_e; j++) {");
    e->depth++;
    chain_item(e, t, m, false);
    e->depth--;
    line(e, "}");
}

/* Stream task t as one kernel (accept.c, chain_ok).  Work-item w takes
 * GPU_CHAIN_ITEMS consecutive items, lime_s to lime_e - 1 (the last one
 * the rest), each filter running once per item plus a warm-up over the
 * chain_reach(q) items before lime_s whose outputs the later windows read.
 * A whole work-item past the lookback runs filter by filter, each over its
 * items into a private array that the next filter reads (chain_stages);
 * the others walk their items in order through every filter (chain_item),
 * a windowed filter's map form reading its input d items back in the
 * private ring the filter before it fills (lime_r<q-1>; filter 0 reads
 * lime_src), or before the stream's start its lime_pre<q>.  Every window
 * function takes the kernel's operands, LIME_CHAIN_PARAMS: the source's
 * items, then for each windowed filter in graph order its values before the
 * start and its other fields (as the host passes them:
 * backends/cpu/blocks.c, cg_offer_chain).  Each filter call is one the one
 * loop makes on the same values. */
static const char *chain_source(IrProgram *p, IrTask *t) {
    Graph *g = t->graph;
    int m = g->filters.len - (g->ends_in_sink ? 1 : 0);
    Emitter e = {.p = p, .chain = g, .win_stage = -1};
    Vec funcs = {0}, all = {0};
    for (int pos = 0; pos < m; pos++) {
        IrTask *w = chain_window(p, g, pos);
        if (w) ir_walk(w->func->body, collect_callee, &funcs);
        else collect(chain_stateless(g, pos), &funcs);
    }
    for (int i = 0; i < funcs.len; i++) vec_push(&all, funcs.items[i]);
    for (int pos = 0; pos < m; pos++)
        if (chain_window(p, g, pos)) vec_push(&all, chain_window(p, g, pos)->func);
    Vec done = {0};
    stream_program_start(&e, t, &all, &done);
    StrBuf params = {0}, args = {0}, sig = {0}, arrays = {0};
    sb_printf(&params, "__global const %s *restrict lime_src", cl_mem_type(t->in));
    sb_puts(&args, "lime_src");
    sb_printf(&sig, "__kernel void lime_task_%d(__global %s *restrict out, __global const %s *restrict lime_src", t->id,
              cl_mem_type(t->out), cl_mem_type(t->in));
    for (int pos = 0; pos < m; pos++) {
        IrTask *w = chain_window(p, g, pos);
        if (!w) continue;
        const char *it = cl_mem_type(w->in);
        sb_printf(&params, ", __global const %s *restrict lime_pre%d", it, pos);
        sb_printf(&args, ", lime_pre%d", pos);
        sb_printf(&sig, ", __global const %s *restrict lime_pre%d, const int lime_pre%d_len", it, pos, pos);
        Vec reads = ir_window_other_reads(p, w);
        for (int k = 0; k < reads.len; k++) {
            Type *ft = ((FieldDecl *)reads.items[k])->ty;
            sb_printf(&params, ", const %s lime_f%d_%d", ft == ty_boolean ? "uchar" : win_read_type(ft), pos, k);
            sb_printf(&args, ", lime_f%d_%d", pos, k);
            if (ft->kind != TY_ARRAY) {
                sb_printf(&sig, ", const %s lime_f%d_%d", cl_mem_type(ft), pos, k);
                continue;
            }
            value_structs(&e, value_array_of(ft->elem, -1), &done);
            sb_printf(&sig, ", __global const %s *restrict lime_a%d_%d, const int lime_a%d_%d_len", cl_mem_type(ft->elem), pos, k,
                      pos, k);
            sb_printf(&arrays, "    %s lime_f%d_%d; lime_f%d_%d.p = lime_a%d_%d; lime_f%d_%d.n = lime_a%d_%d_len;\n",
                      win_read_type(ft), pos, k, pos, k, pos, k, pos, k, pos, k);
        }
    }
    for (int i = 0; i < all.len; i++) structs_of_func(&e, all.items[i], &done);
    if (done.len) sb_putc(&e.out, '\n');
    sb_printf(&e.out, "#define LIME_CHAIN_PARAMS %s\n#define LIME_CHAIN_ARGS %s\n\n", sb_str(&params), sb_str(&args));
    for (int i = 0; i < funcs.len; i++) function(&e, funcs.items[i]);
    int back = ir_graph_lookback(p, g);
    for (int version = 0; version < (back > 0 ? 2 : 1); version++) {
        e.past_lookback = version == 1;
        for (int pos = 0; pos < m; pos++) chain_window_form(&e, pos);
    }
    line(&e, "%s, const int n, __global int *lime_err) {", sb_str(&sig));
    e.depth++;
    /* work-item w takes items w * C to w * C + C - 1 (the last one the rest;
     * the runtime launches ceil(n / C) work-items: the manifest's
     * items_per_work_item) */
    line(&e, "if (get_global_id(0) >= ((size_t)n + %d) / %d) return;", GPU_CHAIN_ITEMS - 1, GPU_CHAIN_ITEMS);
    line(&e, "const int lime_s = (int)get_global_id(0) * %d;", GPU_CHAIN_ITEMS);
    line(&e, "const int lime_e = lime_s + min(n - lime_s, %d);", GPU_CHAIN_ITEMS);
    sb_puts(&e.out, sb_str(&arrays));
    for (int q = 0; q + 1 < m; q++) {
        IrTask *next = chain_window(p, g, q + 1);
        if (next) line(&e, "%s lime_r%d[%d];", cl_mem_type(next->in), q, ring_size(chain_k(p, g, q + 1)));
    }
    if (back > 0) { /* whole work-items whose warm-up starts at or past item 0 (most): the version without the start's
                       tests */
        line(&e, "if (lime_s >= %d && lime_e - lime_s == %d) {", back, GPU_CHAIN_ITEMS);
        e.depth++;
        e.past_lookback = true;
        chain_loops(&e, t, m);
        e.past_lookback = false;
        e.depth--;
        line(&e, "} else {");
        e.depth++;
        chain_loops(&e, t, m);
        e.depth--;
        line(&e, "}");
    } else chain_loops(&e, t, m);
    e.depth--;
    line(&e, "}");
    return xstrdup(sb_str(&e.out));
}

/* ------------------------------------------------ multi-rate graphs
 *
 * A multi-rate graph's stream task (accept.c, multirate_ok) as one kernel
 * over whole periods: work-item p takes source items lime_src[p*P ..
 * p*P+P-1] through one period of firings in straight-line code, in the
 * order the sequential loop of docs/language.md makes them from empty
 * buffers (backends/cpu/multirate.c, periods_fn: the same walk), and
 * writes its Q outputs to out[p*Q ..].  A firing of a filter popping N
 * gets a fresh private buffer of its N items (a P_T over it), one pushing
 * M a private buffer its function copies its result into, returning the
 * result's length: another than M is the CPU's IllegalStateException
 * (lime_throw_filter_rate), here a failure (code 3) that leaves the graph
 * to the CPU, which throws it.  The host launches n = periods*Q
 * work-items, so that the output buffer is the periods' outputs (the
 * runtime's n elements); the first n/Q compute.  The source is an operand
 * taken whole (lime_src, lime_src_len), not a mapped one: the runtime
 * takes a mapped operand only with at least n items. */
typedef struct RateGen {
    Emitter *e;
    Graph *g;
    int m;
    const char ***items;   /* per filter popping an array: the items of its next firing */
    int *fill;
    int nv;                /* names made so far */
    int at;                /* the next output's index in the period */
} RateGen;

static void rate_push(RateGen *s, int k, const char *x) {
    Emitter *e = s->e;
    if (k == s->m) {
        Type *t = ((GraphFilter *)s->g->filters.items[k - 1])->out;
        if (is_value_class(t)) line(e, "out[lime_o + %d] = %s;", s->at++, x);
        else line(e, "out[lime_o + %d] = (%s)(%s);", s->at++, cl_mem_type(t), x);
        return;
    }
    GraphFilter *flt = s->g->filters.items[k];
    IrFunc *f = flt->method->ir;
    const char *arg = x;
    if (flt->pops_array) {
        s->items[k][s->fill[k]++] = x;
        if (s->fill[k] < flt->pop) return;
        s->fill[k] = 0;
        int id = s->nv++;
        StrBuf init = {0};
        for (int j = 0; j < flt->pop; j++)
            sb_printf(&init, "%s%s%s", j ? ", " : "", flt->in == ty_boolean ? "(uchar)" : "", s->items[k][j]);
        indent(e); /* not line(): the items may be longer than its buffer */
        sb_printf(&e->out, "%s lime_b%d[%d] = {%s};\n", cl_mem_type(flt->in), id, flt->pop, sb_str(&init));
        line(e, "const %s lime_a%d = {lime_b%d, %d};", private_type(value_array_of(flt->in, -1)), id, id, flt->pop);
        arg = xprintf("lime_a%d", id);
    }
    int id = s->nv++;
    if (flt->pushes_array) {
        line(e, "%s lime_r%d[%d];", cl_mem_type(flt->out), id, flt->push);
        line(e, "if (%s(lime_err, %s, lime_r%d) != %d) { lime_fail(lime_err, 3, 0, 0); return; }", fn_name(e->p, f), arg,
             id, flt->push);
        for (int j = 0; j < flt->push; j++)
            rate_push(s, k + 1, xprintf("%slime_r%d[%d]", flt->out == ty_boolean ? "(bool)" : "", id, j));
        return;
    }
    line(e, "const %s lime_v%d = %s(lime_err, %s);", cl_type(flt->out), id, fn_name(e->p, f), arg);
    rate_push(s, k + 1, xprintf("lime_v%d", id));
}

static const char *multirate_source(IrProgram *p, IrTask *t) {
    Graph *g = t->graph;
    int m = g->filters.len - (g->ends_in_sink ? 1 : 0);
    GraphPeriod period = ir_graph_period(g, GPU_PERIOD_MAX_STEPS);
    long long P = period.items, Q = period.outputs;
    Emitter e = {.p = p, .rate_graph = g};
    Vec funcs = {0};
    for (int pos = 0; pos < m; pos++) collect(((GraphFilter *)g->filters.items[pos])->method->ir, &funcs);
    Vec done = {0};
    stream_program_start(&e, t, &funcs, &done);
    for (int pos = 0; pos < m; pos++) {
        GraphFilter *flt = g->filters.items[pos];
        value_structs(&e, flt->in, &done);
        value_structs(&e, flt->out, &done);
        if (flt->pops_array) value_structs(&e, value_array_of(flt->in, -1), &done);
    }
    for (int i = 0; i < funcs.len; i++) structs_of_func(&e, funcs.items[i], &done);
    if (done.len) sb_putc(&e.out, '\n');
    for (int i = 0; i < funcs.len; i++) function(&e, funcs.items[i]);
    e.ret_len = 0;
    sb_printf(&e.out, "/* %s */\n", ir_graph_schedule(g)); /* (not line(): it may be longer than its buffer) */
    line(&e, "__kernel void lime_task_%d(__global %s *restrict out, __global const %s *restrict lime_src, "
             "const int lime_src_len, const int n, __global int *lime_err) {", t->id, cl_mem_type(t->out), cl_mem_type(t->in));
    e.depth++;
    line(&e, "const int p = get_global_id(0);");
    line(&e, "if (p >= n / %lld) return; /* n: the periods' outputs */", Q);
    line(&e, "const int lime_i = p * %lld, lime_o = p * %lld;", P, Q);
    RateGen s = {&e, g, m, xalloc(sizeof(char **) * (size_t)(m + 1)), xalloc(sizeof(int) * (size_t)(m + 1)), 0, 0};
    for (int k = 0; k < m; k++) s.items[k] = xalloc(sizeof(char *) * (size_t)(((GraphFilter *)g->filters.items[k])->pop + 1));
    for (long long i = 0; i < P; i++) {
        const char *x = xprintf("lime_src[lime_i + %lld]", i);
        if (t->in == ty_boolean) x = xprintf("((bool)%s)", x);
        rate_push(&s, 0, x);
    }
    for (int k = 0; k < m; k++) LIME_ASSERT(s.fill[k] == 0); /* a period leaves every buffer empty */
    LIME_ASSERT(s.at == Q);
    e.depth--;
    line(&e, "}");
    return xstrdup(sb_str(&e.out));
}

/* Items a work-item of task t's kernel takes: a stream graph's one kernel
 * (chain_source) GPU_CHAIN_ITEMS; a multi-rate graph's kernel
 * (multirate_source) and every other kernel one. */
int gpu_items_per_work_item(IrTask *t) {
    return t->kind == TASK_STREAM && !t->graph->multirate ? GPU_CHAIN_ITEMS : 1;
}

const char *gpu_task_source(IrProgram *p, IrTask *t) {
    if (t->kind == TASK_STREAM && t->graph->multirate) return multirate_source(p, t);
    if (t->kind == TASK_STREAM) return chain_source(p, t);
    Emitter e = {.p = p, .statics = ir_task_static_reads(t)};
    if (t->kind == TASK_STATEFUL_FILTER) {
        e.win_f = t->func;
        e.win = ir_filter_window(p, t);
        e.win_item = t->in;
        e.win_reads = ir_window_other_reads(p, t);
    }
    Vec funcs = {0};
    if (t->func) collect(t->func, &funcs);
    for (int i = 0; i < t->nchain; i++) collect(t->chain[i], &funcs);
    bool dbl = uses_double(t, &funcs);
    gpu_prelude(&e.out, dbl);
    Vec members = math_members_of(t, &funcs);
    gpu_math_source(&e.out, &members);
    Vec done = {0};
    value_structs(&e, t->out, &done);
    for (int i = 0; i < t->nargs; i++) value_structs(&e, t->param[i], &done);
    for (int k = 0; k < e.win_reads.len; k++) { /* an array field: a value array's {p, n} */
        Type *ft = ((FieldDecl *)e.win_reads.items[k])->ty;
        if (ft->kind == TY_ARRAY) value_structs(&e, value_array_of(ft->elem, -1), &done);
    }
    for (int i = 0; i < funcs.len; i++) structs_of_func(&e, funcs.items[i], &done);
    if (done.len) sb_putc(&e.out, '\n');
    for (int i = 0; i < funcs.len; i++) function(&e, funcs.items[i]);
    if (t->kind == TASK_MAP) map_kernel(&e, t);
    else if (t->kind == TASK_STATEFUL_FILTER) window_kernel(&e, t);
    else reduce_kernel(&e, t);
    return xstrdup(sb_str(&e.out));
}
