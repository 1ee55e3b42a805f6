/* ir.c: IR construction helpers and the text printer (--emit=ir).
 *
 * The text form is meant to be read by people and compared as golden text
 * by tests, so it is stable: no addresses, constants printed exactly, one
 * instruction per line, a trailing "; line:col" comment from column 48.
 *
 *   ; Lime IR
 *   static int Hello.count
 *   main Hello.main([T)
 *
 *   func Hello.square(I) static (x.0: int) -> int      ; hello.lime:3:16
 *     local s.1: int
 *   {
 *     %0: int = load x.0                           ; 3:37
 *     %1: int = checkdiv %0                        ; 3:37
 *     if %5 {
 *       ...
 *     } else {
 *       ...
 *     }
 *     return %2                                    ; 3:30
 *   }
 *
 * Temps are %n, locals name.id, labels Ln, fields and builtins Owner.name,
 * callees by mangled name.  An instruction lists its payload (local, field,
 * callee, constant) and then its operands, all separated by ", ".
 * The printer tolerates broken IR (NULL pointers print as "?") so that it
 * can show what the verifier complains about. */
#include "ir.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ construction */

static const char *const op_names[IR_OP_COUNT] = {
#define X(name, spelling) spelling,
    IR_OPS(X)
#undef X
};

const char *ir_op_name(IrOp op) {
    if ((int)op < 0 || op >= IR_OP_COUNT) return "?op";
    return op_names[op];
}

IrBlock *ir_new_block(void) { return xalloc(sizeof(IrBlock)); }

void ir_block_push(IrBlock *b, IrInst *inst) {
    if (b->len == b->cap) {
        int ncap = b->cap ? b->cap * 2 : 8;
        b->insts = xrealloc_arr(b->insts, (size_t)b->cap, (size_t)ncap, sizeof(IrInst *));
        b->cap = ncap;
    }
    b->insts[b->len++] = inst;
}

bool ir_func_is_library(IrFunc *f) {
    ClassDecl *c = f->owner;
    while (c && c->outer) c = c->outer;
    return c && c->is_library;
}

void ir_walk(IrBlock *b, void (*visit)(IrInst *in, void *ctx), void *ctx) {
    for (int i = 0; b && i < b->len; i++) {
        IrInst *in = b->insts[i];
        visit(in, ctx);
        ir_walk(in->then_blk, visit, ctx);
        ir_walk(in->else_blk, visit, ctx);
        ir_walk(in->body_blk, visit, ctx);
        ir_walk(in->cont_blk, visit, ctx);
        for (int k = 0; k < in->narms; k++) ir_walk(in->arms[k].body, visit, ctx);
    }
}

/* A zeroed instruction with no result (dst = -1).  A NULL ty means ty_void,
 * for instructions that produce no value. */
IrInst *ir_new_inst(IrOp op, Loc loc, Type *ty) {
    IrInst *in = xalloc(sizeof *in);
    in->op = op;
    in->loc = loc;
    in->ty = ty ? ty : ty_void;
    in->dst = -1;
    return in;
}

/* ----------------------------------------------------------------- printer */

enum { COMMENT_COLUMN = 48, MAX_PRINT_DEPTH = 200 };

static const char *ty_str(Type *t) { return t ? type_name(t) : "?"; }

static void put_local(StrBuf *sb, IrLocal *l) {
    if (!l) {
        sb_puts(sb, "?local");
        return;
    }
    sb_printf(sb, "%s.%d", l->name ? l->name : "tmp", l->id);
}

static void put_field(StrBuf *sb, FieldDecl *f) {
    if (!f) {
        sb_puts(sb, "?field");
        return;
    }
    const char *owner = f->owner ? (f->owner->qualname ? f->owner->qualname : f->owner->name) : "?";
    sb_printf(sb, "%s.%s", owner ? owner : "?", f->name ? f->name : "?");
}

static void put_class(StrBuf *sb, ClassDecl *c) {
    sb_puts(sb, c ? (c->qualname ? c->qualname : c->name ? c->name : "?") : "?class");
}

/* The shortest decimal that reads back as the same value (exact, stable),
 * with a type suffix: 0.1f, 100.0d, 1e+300d; NaN, Infinity, -Infinity. */
static void put_fp(StrBuf *sb, double v, bool is_float) {
    if (isnan(v)) {
        sb_puts(sb, "NaN");
        return;
    }
    if (isinf(v)) {
        sb_puts(sb, v < 0 ? "-Infinity" : "Infinity");
        return;
    }
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (is_float ? strtof(buf, NULL) == (float)v : strtod(buf, NULL) == v) break;
    }
    /* 100 rather than 1e+02: plain digits while the exponent is small */
    char *e = strchr(buf, 'e');
    int exp10 = e ? atoi(e + 1) : 0;
    if (e && exp10 > 0 && exp10 < 17) snprintf(buf, sizeof buf, "%.*g", exp10 + 1, v);
    sb_puts(sb, buf);
    if (!strpbrk(buf, ".e")) sb_puts(sb, ".0");
    sb_putc(sb, is_float ? 'f' : 'd');
}

/* A string constant in double quotes with C escapes; other bytes as \xHH. */
static void put_quoted(StrBuf *sb, const char *s, int len) {
    sb_putc(sb, '"');
    for (int i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': sb_puts(sb, "\\\""); break;
        case '\\': sb_puts(sb, "\\\\"); break;
        case '\n': sb_puts(sb, "\\n"); break;
        case '\t': sb_puts(sb, "\\t"); break;
        case '\r': sb_puts(sb, "\\r"); break;
        default:
            if (c >= 0x20 && c < 0x7f) sb_putc(sb, (char)c);
            else sb_printf(sb, "\\x%02x", c);
        }
    }
    sb_putc(sb, '"');
}

static void put_const(StrBuf *sb, IrInst *in) {
    TypeKind k = in->ty ? in->ty->kind : TY_ERROR;
    switch (k) {
    case TY_BOOLEAN: sb_puts(sb, in->ival ? "true" : "false"); break;
    case TY_BYTE: case TY_SHORT: case TY_CHAR: case TY_INT:
        sb_printf(sb, "%lld", (long long)in->ival);
        break;
    case TY_LONG: sb_printf(sb, "%lldL", (long long)in->ival); break;
    case TY_FLOAT: put_fp(sb, in->fval, true); break;
    case TY_DOUBLE: put_fp(sb, in->fval, false); break;
    case TY_STRING:
        if (in->str) {
            int len = in->slen ? in->slen : (int)strlen(in->str);
            put_quoted(sb, in->str, len);
        } else {
            sb_puts(sb, "null");
        }
        break;
    default: sb_puts(sb, "null"); break;
    }
}

/* Writes ", " before every item but the first of an instruction. */
typedef struct Items {
    StrBuf *sb;
    int n;
} Items;

static void item_sep(Items *it) {
    sb_puts(it->sb, it->n++ ? ", " : " ");
}

static void put_operands(Items *it, IrInst *in) {
    for (int i = 0; i < in->nargs; i++) {
        item_sep(it);
        if (in->args) sb_printf(it->sb, "%%%d", in->args[i]);
        else sb_puts(it->sb, "%?");
    }
}

/* ARRAY_DATA's elements: {1, 2, 3} */
static void put_array_data(StrBuf *sb, IrInst *in) {
    sb_putc(sb, '{');
    for (int i = 0; i < in->ndata; i++) {
        IrInst one = {.op = IR_CONST, .ty = in->ty->elem, .ival = in->data[i].i, .fval = in->data[i].f};
        if (i) sb_puts(sb, ", ");
        put_const(sb, &one);
    }
    sb_putc(sb, '}');
}

/* The payload of an instruction, before its operands. */
static void put_payload(Items *it, IrInst *in) {
    StrBuf *sb = it->sb;
    switch (in->op) {
    case IR_CONST: item_sep(it); put_const(sb, in); break;
    case IR_LOAD_LOCAL: case IR_STORE_LOCAL: item_sep(it); put_local(sb, in->local); break;
    case IR_LOAD_STATIC: case IR_STORE_STATIC: case IR_LOAD_FIELD: case IR_STORE_FIELD:
        item_sep(it);
        put_field(sb, in->field);
        break;
    case IR_NEW_OBJECT: item_sep(it); put_class(sb, in->cls); break;
    case IR_ARRAY_DATA:
        item_sep(it);
        put_array_data(sb, in);
        break;
    case IR_CALL: case IR_CALL_VIRTUAL:
        item_sep(it);
        sb_puts(sb, in->callee && in->callee->name ? in->callee->name : "?func");
        break;
    case IR_INSTANCEOF: case IR_CLASS_OBJECT: item_sep(it); sb_puts(sb, in->type_arg ? type_name(in->type_arg) : "?type"); break;
    case IR_CALL_BUILTIN:
        item_sep(it);
        if (in->builtin) sb_printf(sb, "%s.%s", in->builtin->owner, in->builtin->name);
        else sb_puts(sb, "?builtin");
        break;
    case IR_BREAK: case IR_CONTINUE: item_sep(it); sb_printf(sb, "L%d", in->label); break;
    case IR_MAP: case IR_REDUCE:
        item_sep(it);
        if (in->task) sb_printf(sb, "task%d", in->task->id);
        else sb_puts(sb, "?task");
        break;
    case IR_GRAPH_NEW: case IR_GRAPH_RUN:
        item_sep(it);
        if (in->graph) sb_printf(sb, "graph%d", in->graph->id);
        else sb_puts(sb, "?graph");
        break;
    case IR_WITH_FIELD: item_sep(it); put_field(sb, in->field); break;
    case IR_RANGE2: item_sep(it); sb_puts(sb, in->ival ? "y" : "x"); break;
    default: break;
    }
}

const char *task_kind_name(TaskKind k) {
    switch (k) {
    case TASK_MAP: return "map";
    case TASK_REDUCE: return "reduce";
    case TASK_FILTER: return "filter";
    case TASK_STATEFUL_FILTER: return "stateful-filter";
    case TASK_SINK: return "sink";
    case TASK_STREAM: return "stream";
    }
    return "?";
}

const char *ir_filter_rate(Graph *g, int pos) {
    GraphFilter *f = g->filters.items[pos];
    bool pops = f->pops_array, pushes = f->pushes_array;   /* (every rate but one fires arrays) */
    const char *pl = f->push == 1 ? "" : "s";
    if (pops && pushes) return xprintf("pops %d and pushes %d item%s a firing", f->pop, f->push, pl);
    if (pops) return xprintf("pops %d item%s a firing", f->pop, f->pop == 1 ? "" : "s");
    if (pushes) return xprintf("pushes %d item%s a firing", f->push, pl);
    return NULL;
}

const char *ir_graph_rate_why(Graph *g) {
    for (int pos = 0; g->multirate && pos < g->filters.len; pos++) {
        GraphFilter *f = g->filters.items[pos];
        const char *rate = ir_filter_rate(g, pos);
        if (rate) return xprintf("'%s.%s' %s", f->method->owner->name, f->method->name, rate);
    }
    return NULL;
}

const char *ir_graph_schedule(Graph *g) {
    StrBuf sb = {0};
    GraphFilter *first = g->filters.items[0];
    long long in = g->reps[0] * first->pop;
    sb_printf(&sb, "a period of %lld item%s:", in, in == 1 ? "" : "s");
    for (int pos = 0; pos < g->filters.len; pos++) {
        GraphFilter *f = g->filters.items[pos];
        sb_printf(&sb, "%s %s.%s %lldx", pos ? "," : "", f->method->owner->name, f->method->name, g->reps[pos]);
        bool pops = f->pops_array, pushes = f->pushes_array;   /* (every rate but one fires arrays) */
        if (pops && pushes) sb_printf(&sb, " (pops %d, pushes %d)", f->pop, f->push);
        else if (pops) sb_printf(&sb, " (pops %d)", f->pop);
        else if (pushes) sb_printf(&sb, " (pushes %d)", f->push);
    }
    return xstrdup(sb_str(&sb));
}

GraphPeriod ir_graph_period(Graph *g, long long max) {
    int m = g->filters.len - (g->ends_in_sink ? 1 : 0);
    GraphFilter *first = g->filters.items[0], *last = g->filters.items[m - 1];
    GraphPeriod p = {g->reps[0] * first->pop, g->reps[m - 1] * last->push, 0};
    long long steps = g->reps[0] > max || first->pop > max ? max + 1 : p.items;
    for (int k = 0; k < m && steps <= max; k++) {
        GraphFilter *flt = g->filters.items[k];
        /* (each term within max before it is added: no overflow) */
        steps = g->reps[k] > max || flt->push > max ? max + 1 : steps + g->reps[k] * (1 + flt->push);
    }
    p.steps = steps <= max ? steps : 0;
    return p;
}

/* task3 map Saxpy.saxpy@14 (float, float, float) -> float ; saxpy.lime:14:23 */
static void print_task(FILE *out, IrTask *t) {
    StrBuf sb = {0};
    sb_printf(&sb, "task%d %s %s", t->id, task_kind_name(t->kind), t->name);
    if (t->func) sb_printf(&sb, " body %s", t->func->name);
    else if (t->builtin) sb_printf(&sb, " body %s.%s", t->builtin->owner, t->builtin->name);
    else if (t->op != TK_EOF) sb_printf(&sb, " op '%s'", token_kind_spelling(t->op));
    if (t->kind == TASK_MAP) {
        sb_puts(&sb, " (");
        for (int i = 0; i < t->nargs; i++)
            sb_printf(&sb, "%s%s%s", i ? ", " : "", t->mapped[i] ? "@" : "", ty_str(t->param[i]));
        sb_printf(&sb, ") -> %s", ty_str(t->out));
    } else sb_printf(&sb, " %s -> %s", t->in ? ty_str(t->in) : "?", t->out ? ty_str(t->out) : "?");
    if (t->graph) sb_printf(&sb, " in graph%d at %d", t->graph->id, t->graph_pos);
    fprintf(out, "%s", sb_str(&sb));
    if (t->loc.file) fprintf(out, " ; %s:%d:%d", t->loc.file->name, t->loc.line, t->loc.col);
    fputc('\n', out);
}

static void print_indent(FILE *out, int depth) {
    for (int i = 0; i < depth; i++) fputs("  ", out);
}

/* Prints sb as one line at depth, with "; line:col" from COMMENT_COLUMN. */
static void print_line(FILE *out, int depth, StrBuf *sb, Loc loc) {
    print_indent(out, depth);
    fputs(sb_str(sb), out);
    if (loc.line > 0) {
        int col = depth * 2 + (int)sb->len;
        fprintf(out, "%*s; %d:%d", col < COMMENT_COLUMN ? COMMENT_COLUMN - col : 1, "", loc.line,
                loc.col);
    }
    fputc('\n', out);
}

static void print_block(FILE *out, IrBlock *b, int depth);

/* A plain instruction: "[%d: type = ]op payload, operands". */
static void print_simple(FILE *out, IrInst *in, int depth) {
    StrBuf sb = {0};
    if (in->dst >= 0) sb_printf(&sb, "%%%d: %s = ", in->dst, ty_str(in->ty));
    sb_puts(&sb, ir_op_name(in->op));
    if (in->op == IR_CHECK_BOUNDS && in->in_range) sb_puts(&sb, " in-range");
    else if (in->op == IR_CHECK_BOUNDS && in->version_loop) sb_printf(&sb, " in-range-if-L%d", in->version_loop->label);
    Items it = {&sb, 0};
    put_payload(&it, in);
    put_operands(&it, in);
    print_line(out, depth, &sb, in->loc);
}

/* if %c { ... } else { ... } (the else part only when not empty) */
static void print_if(FILE *out, IrInst *in, int depth) {
    StrBuf sb = {0};
    sb_puts(&sb, "if");
    Items it = {&sb, 0};
    put_operands(&it, in);
    sb_puts(&sb, " {");
    print_line(out, depth, &sb, in->loc);
    print_block(out, in->then_blk, depth + 1);
    if (in->else_blk && in->else_blk->len > 0) {
        print_indent(out, depth);
        fputs("} else {\n", out);
        print_block(out, in->else_blk, depth + 1);
    }
    print_indent(out, depth);
    fputs("}\n", out);
}

/* loop Ln { body } continue { cont }  and  block Ln { body } */
static void print_loop_or_block(FILE *out, IrInst *in, int depth) {
    StrBuf sb = {0};
    sb_printf(&sb, "%s L%d%s {", ir_op_name(in->op), in->label, in->version_cond ? " versioned" : "");
    print_line(out, depth, &sb, in->loc);
    print_block(out, in->body_blk, depth + 1);
    if (in->op == IR_LOOP && in->cont_blk && in->cont_blk->len > 0) {
        print_indent(out, depth);
        fputs("} continue {\n", out);
        print_block(out, in->cont_blk, depth + 1);
    }
    print_indent(out, depth);
    fputs("}\n", out);
}

/* switch Ln %k { case 1, 2: ... default: ... } */
static void print_switch(FILE *out, IrInst *in, int depth) {
    StrBuf sb = {0};
    sb_printf(&sb, "switch L%d", in->label);
    Items it = {&sb, 0};
    put_operands(&it, in);
    sb_puts(&sb, " {");
    print_line(out, depth, &sb, in->loc);
    for (int i = 0; i < in->narms && in->arms; i++) {
        IrSwitchArm *arm = &in->arms[i];
        if (arm->nvalues > 0) {
            print_indent(out, depth + 1);
            fputs("case ", out);
            for (int j = 0; j < arm->nvalues && arm->values; j++)
                fprintf(out, "%s%lld", j ? ", " : "", (long long)arm->values[j]);
            fputs(":\n", out);
        }
        if (arm->is_default || arm->nvalues == 0) {
            print_indent(out, depth + 1);
            fputs(arm->is_default ? "default:\n" : "case:\n", out);
        }
        print_block(out, arm->body, depth + 2);
    }
    print_indent(out, depth);
    fputs("}\n", out);
}

static void print_block(FILE *out, IrBlock *b, int depth);

/* try { body } catch local { handler } */
static void print_try(FILE *out, IrInst *in, int depth) {
    StrBuf sb = {0};
    sb_puts(&sb, "try {");
    print_line(out, depth, &sb, in->loc);
    print_block(out, in->body_blk, depth + 1);
    print_indent(out, depth);
    StrBuf c = {0};
    sb_puts(&c, "} catch ");
    put_local(&c, in->local);
    fprintf(out, "%s {\n", sb_str(&c));
    print_block(out, in->else_blk, depth + 1);
    print_indent(out, depth);
    fputs("}\n", out);
}

static void print_inst(FILE *out, IrInst *in, int depth) {
    if (!in) {
        print_indent(out, depth);
        fputs("?inst\n", out);
        return;
    }
    switch (in->op) {
    case IR_IF: print_if(out, in, depth); break;
    case IR_LOOP: case IR_BLOCK: print_loop_or_block(out, in, depth); break;
    case IR_SWITCH: print_switch(out, in, depth); break;
    case IR_TRY: print_try(out, in, depth); break;
    default: print_simple(out, in, depth); break;
    }
}

static void print_block(FILE *out, IrBlock *b, int depth) {
    if (!b) return;
    if (depth > MAX_PRINT_DEPTH) {     /* only broken (cyclic) IR nests this deep */
        print_indent(out, depth);
        fputs("...\n", out);
        return;
    }
    for (int i = 0; i < b->len; i++) print_inst(out, b->insts[i], depth);
}

static IrLocal *func_local(IrFunc *f, int i) { return (IrLocal *)VEC_AT(f->locals, i); }

/* func Name [static] (p.0: T, ...) -> R   ; file:line:col
 *   local l.3: T
 * { body } */
static void print_func(FILE *out, IrFunc *f) {
    StrBuf sb = {0};
    sb_printf(&sb, "func %s%s (", f->name ? f->name : "?", f->is_static ? " static" : "");
    for (int i = 0; i < f->nparams && i < f->locals.len; i++) {
        IrLocal *l = func_local(f, i);
        if (i) sb_puts(&sb, ", ");
        put_local(&sb, l);
        sb_printf(&sb, ": %s", l ? ty_str(l->ty) : "?");
    }
    sb_printf(&sb, ") -> %s", ty_str(f->ret));
    fputs(sb_str(&sb), out);
    if (f->loc.line > 0) {
        int col = (int)sb.len;
        fprintf(out, "%*s; ", col < COMMENT_COLUMN ? COMMENT_COLUMN - col : 1, "");
        if (f->loc.file) fprintf(out, "%s:", f->loc.file->name);
        fprintf(out, "%d:%d", f->loc.line, f->loc.col);
    }
    fputc('\n', out);
    for (int i = f->nparams; i < f->locals.len; i++) {
        IrLocal *l = func_local(f, i);
        StrBuf lb = {0};
        sb_puts(&lb, "local ");
        put_local(&lb, l);
        sb_printf(&lb, ": %s", l ? ty_str(l->ty) : "?");
        print_line(out, 1, &lb, (Loc){0});
    }
    fputs("{\n", out);
    print_block(out, f->body, 1);
    fputs("}\n", out);
}

/* Statics first, then the entry point, the static initialiser and each
 * function in order, separated by blank lines. */
void ir_print_program(FILE *out, IrProgram *p) {
    fputs("; Lime IR\n", out);
    for (int i = 0; i < p->statics.len; i++) {
        FieldDecl *fd = VEC_AT(p->statics, i);
        StrBuf sb = {0};
        sb_printf(&sb, "static %s ", fd ? ty_str(fd->ty) : "?");
        put_field(&sb, fd);
        fprintf(out, "%s\n", sb_str(&sb));
    }
    if (p->main) fprintf(out, "main %s\n", p->main->name ? p->main->name : "?");
    for (int i = 0; i < p->tasks.len; i++) print_task(out, VEC_AT(p->tasks, i));
    if (p->clinit) {
        fputc('\n', out);
        print_func(out, p->clinit);
    }
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = VEC_AT(p->funcs, i);
        if (!f || f == p->clinit || ir_func_is_library(f)) continue;
        fputc('\n', out);
        print_func(out, f);
    }
}
