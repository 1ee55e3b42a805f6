/* verilog.c: schedule a task's DFG and print its top-level Verilog module.
 *
 * Schedule (as soon as possible): inputs, broadcast operands, constants
 * and the state registers are ready at stage 0; an operator is ready
 * `latency` stages after its latest operand (combinational store modules
 * have latency 0).  An operand ready earlier than its user needs it goes
 * through a delay line (the store's stream_delay, clock-enabled), one
 * chain per value tapped at every depth some user needs.  The result and
 * the exception flag land in the output register, stage L.
 *
 * Control: every pipelined instance and delay line shares one clock enable
 * `ce = !out_valid || out_ready`: the whole pipeline advances together
 * and stalls when the consumer does not take the output.  A filter state
 * register is written when the item at the stage of its new value moves
 * on; the next item may enter only after that (ii = that stage + 1), which
 * is 1 whenever the state's update is combinational.
 *
 * A multi-rate stream (emit_multirate) is one such pipeline per filter, of
 * one firing (module lime_task<N>_f<k>), joined by valid/ready through the
 * store's rate adapters (stream_deser, stream_ser) in the top module.
 *
 * A reduce's DFG is one combination: it becomes module lime_task<N>_comb
 * (the same schedule, its result at its last stage, no output register),
 * and the top module instantiates the store's stream_reduce_tree with one
 * combiner per level (emit_reduce).
 *
 * Requires an accepted task (accept.c: fpga_dfg gives its DFG, and every
 * live operator has a store module).  Guarantees: fpga_design makes the
 * task's design once (kept in its FpgaTask) and never rejects an accepted
 * task; nothing is written to a file here (build.c writes the .v). */
#include "fpga.h"

#include <ctype.h>
#include <string.h>

typedef struct Taps {
    int *depths;           /* sorted, distinct */
    int n;
} Taps;

typedef struct Sched {
    Dfg *d;
    bool *live;
    Taps *taps;            /* per node */
    const char **state_names;
    StrBuf v;
    Vec files;
    int nstage;            /* L: the output register's stage */
    int ii;
    /* emit_op's names while it prints the output's logic again over the
     * state registers (out_from_state): per node, the signal in place of
     * sig()'s, and the prefix of its wire and instance */
    const char **rename;
    const char *prefix;
    /* a folded design (Dfg.fold): per node, the shared unit its operation
     * runs on (-1: none), and the units (SharedUnit*) */
    int *unit;
    Vec units;
    /* its shared units' wrappers (emit_units): one module per store module
     * and parameters, synthesised once on its own (FpgaDesign.parts) */
    const char *top;       /* the top module's name */
    Vec parts;             /* const char*: the wrappers' names */
    Vec part_body;         /* const char*: each one's ports and body, to find it again */
    StrBuf part_v;         /* their Verilog, after the top module */
    /* a folded design's registers that hold values across periods
     * (emit_taps): one module, <top>_registers, another part */
    StrBuf reg_ports, reg_conns, reg_body;
    /* an engine body (emit_pipe): each context value's bits of in_data are
     * read at the first stage that needs them, and each output is on
     * out_data at its own stage (late_inputs) */
    bool staggered;
    /* units that stall the part (StoreImpl.stalls): their busy wires, "busy7, busy9" */
    StrBuf busy;
} Sched;

/* One instance of a store unit that several operations share: each runs
 * on it at the phase (its start stage mod ii) where op_at names it. */
static int fold_register(Sched *s, int depth);

typedef struct SharedUnit {
    const StoreImpl *im;
    int *op_at;            /* per phase: the node that starts there, or -1 */
} SharedUnit;

static DNode *nd(Dfg *d, int id) { return d->nodes.items[id]; }

static int width_of(WireKind w) { return w == W_BOOL ? 1 : w == W_LONG || w == W_DOUBLE ? 64 : 32; }

static bool is_stage0(DNode *n) { return n->kind != DN_OP; }

/* The bits of a counter of 0 .. n-1: at least one. */
static int bits_for(long long n) {
    int bits = 1;
    while ((1LL << bits) < n) bits++;
    return bits;
}

/* A folded design's phase counter: the bits that count 0 .. ii-1, so that
 * each decoder of a phase reads only those. */
static int phase_bits(Sched *s) { return bits_for(s->ii); }

/* the literal of phase p, at the counter's width ("5'd3") */
static const char *phase_lit(Sched *s, int p) { return xprintf("%d'd%d", phase_bits(s), p); }

static void want_tap(Sched *s, int id, int at) {
    DNode *n = nd(s->d, id);
    if (n->kind == DN_CONST || n->kind == DN_PARAM || at <= n->time) return;
    Taps *t = &s->taps[id];
    int depth = at - n->time;
    int i = 0;
    while (i < t->n && t->depths[i] < depth) i++;
    if (i < t->n && t->depths[i] == depth) return;
    t->depths = xrealloc_arr(t->depths, (size_t)t->n, (size_t)t->n + 1, sizeof(int));
    memmove(t->depths + i + 1, t->depths + i, sizeof(int) * (size_t)(t->n - i));
    t->depths[i] = depth;
    t->n++;
}

/* The signal that carries node id's value at stage `at`. */
static const char *sig(Sched *s, int id, int at) {
    if (s->rename && s->rename[id]) return s->rename[id];
    DNode *n = nd(s->d, id);
    if (n->kind == DN_CONST) return xprintf("%d'h%llx", width_of(n->w), (unsigned long long)n->bits);
    if (n->kind == DN_STATE && at <= n->time) return s->state_names[n->slot];
    if (n->kind == DN_PARAM || at <= n->time) return xprintf("n%d", id);
    if (s->unit) return xprintf("n%d_r%d", id, fold_register(s, at - n->time));
    return xprintf("n%d_d%d", id, at - n->time);
}

/* The stage at which n's operands must all be ready. */
static int input_time(Dfg *d, DNode *n) {
    int t = 0;
    for (int k = 0; k < n->nargs; k++)
        if (nd(d, n->args[k])->time > t) t = nd(d, n->args[k])->time;
    return t;
}

/* ------------------------------------------------------ folded designs */

static bool same_unit(const StoreImpl *a, const StoreImpl *b) {
    return !strcmp(a->module, b->module) && !strcmp(a->params, b->params);
}

/* A folded design's units: per kind of pipelined store unit (module and
 * parameters) with c operations, ceil(c / ii) instances, ii the smallest
 * that keeps the instances within fpga_fold_units() (or one per kind).
 * Tables (StoreImpl.table: constants in block RAM, no logic to save by
 * sharing) are not counted in that budget; they get ceil(c / ii)
 * instances of the ii the others set. */
static void plan_fold(Sched *s) {
    Dfg *d = s->d;
    const StoreImpl **kinds = xalloc(sizeof(StoreImpl *) * (size_t)(d->nodes.len + 1));
    int *count = xalloc(sizeof(int) * (size_t)(d->nodes.len + 1)), nkinds = 0, ntables = 0;
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = nd(d, i);
        const char *why;
        if (!s->live[i] || n->kind != DN_OP || fpga_op_is_wiring(n->op)) continue;
        const StoreImpl *im = fpga_op_impl(d, n, &why);
        if (!im->latency) continue;
        int k = 0;
        while (k < nkinds && !same_unit(kinds[k], im)) k++;
        if (k == nkinds) {
            kinds[nkinds++] = im;
            ntables += im->table;
        }
        count[k]++;
    }
    int budgeted = nkinds - ntables;
    int budget = budgeted > fpga_fold_units() ? budgeted : fpga_fold_units(), total;
    s->ii = 0;
    do {
        s->ii++;
        total = 0;
        for (int k = 0; k < nkinds; k++)
            if (!kinds[k]->table) total += (count[k] + s->ii - 1) / s->ii;
    } while (total > budget);
    for (int k = 0; k < nkinds; k++)
        for (int j = 0; j < (count[k] + s->ii - 1) / s->ii; j++) {
            SharedUnit *u = xalloc(sizeof *u);
            u->im = kinds[k];
            u->op_at = xalloc(sizeof(int) * (size_t)s->ii);
            for (int p = 0; p < s->ii; p++) u->op_at[p] = -1;
            vec_push(&s->units, u);
        }
    s->unit = xalloc(sizeof(int) * (size_t)(d->nodes.len + 1));
    for (int i = 0; i < d->nodes.len; i++) s->unit[i] = -1;
}

/* The stage, from `earliest` on, at which node id starts on a unit of its
 * kind free at that phase (there is one within ii stages: the kind has
 * ii slots per instance for at most that many operations). */
static int reserve_unit(Sched *s, int id, const StoreImpl *im, int earliest) {
    for (int at = earliest;; at++)
        for (int u = 0; u < s->units.len; u++) {
            SharedUnit *su = s->units.items[u];
            if (!same_unit(su->im, im) || su->op_at[at % s->ii] >= 0) continue;
            su->op_at[at % s->ii] = id;
            s->unit[id] = u;
            return at;
        }
}

/* A folded design's value of node id tapped `depth` stages after it is
 * made: registers written once a period, at the phase it is made, so the
 * item's value is in register floor((depth - 1) / ii) + 1. */
static int fold_register(Sched *s, int depth) { return (depth - 1) / s->ii + 1; }

/* An engine body's context value is read at the first stage that needs
 * it (later uses get delay lines from there), so that the engine brings it
 * round from the stage that makes it to the stage that reads it, not to
 * stage 0 (engine.c).  Every input node of one context value (its bit
 * offset, `slot`) gets the same stage; one that nothing reads stays at 0. */
static void late_inputs(Sched *s, const int *first_use) {
    Dfg *d = s->d;
    int bits = 32 * d->in_words + 1, *stage = xalloc(sizeof(int) * (size_t)bits);
    for (int b = 0; b < bits; b++) stage[b] = -1;
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = nd(d, i);
        if (n->kind != DN_INPUT || !s->live[i] || first_use[i] < 0) continue;
        if (stage[n->slot] < 0 || first_use[i] < stage[n->slot]) stage[n->slot] = first_use[i];
    }
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = nd(d, i);
        if (n->kind == DN_INPUT && stage[n->slot] > 0) n->time = stage[n->slot];
    }
}

static void schedule(Sched *s) {
    Dfg *d = s->d;
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = nd(d, i);
        n->time = 0;
        if (!s->live[i] || is_stage0(n)) continue;
        const char *why;
        const StoreImpl *im = fpga_op_is_wiring(n->op) ? NULL : fpga_op_impl(d, n, &why);
        int start = input_time(d, n);
        if (d->fold && im && im->latency) start = reserve_unit(s, i, im, start);
        n->time = start + (im ? im->latency : 0);
    }
    /* A state register is read at the first stage that needs it (later
     * uses get delay lines from there), so that the next item may read it
     * as soon as it is written: ii = write stage - read stage + 1. */
    int *first_use = xalloc(sizeof(int) * (size_t)(d->nodes.len + 1));
    for (int i = 0; i < d->nodes.len; i++) first_use[i] = -1;
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = nd(d, i);
        if (!s->live[i] || is_stage0(n)) continue;
        int t = input_time(d, n);
        for (int k = 0; k < n->nargs; k++)
            if (first_use[n->args[k]] < 0 || t < first_use[n->args[k]]) first_use[n->args[k]] = t;
    }
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = nd(d, i);
        if (n->kind != DN_STATE || first_use[i] <= 0) continue;
        /* never after the item's own write: it must read the old value */
        int write = nd(d, d->state[n->slot].next)->time;
        n->time = first_use[i] < write ? first_use[i] : write;
    }
    if (s->staggered) late_inputs(s, first_use);
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = nd(d, i);
        if (!s->live[i] || is_stage0(n)) continue;
        /* (a folded design's shared operation may start after its operands are ready) */
        int t = s->unit && s->unit[i] >= 0 ? n->time - fpga_op_impl(d, n, &(const char *){0})->latency : input_time(d, n);
        for (int k = 0; k < n->nargs; k++) want_tap(s, n->args[k], t);
    }
    int last = 0;
    if (d->result >= 0 && nd(d, d->result)->time > last) last = nd(d, d->result)->time;
    for (int i = 0; i < d->nresults; i++)
        if (nd(d, d->results[i])->time > last) last = nd(d, d->results[i])->time;
    if (d->exc >= 0 && nd(d, d->exc)->time > last) last = nd(d, d->exc)->time;
    if (d->exc_index >= 0 && nd(d, d->exc_index)->time > last) last = nd(d, d->exc_index)->time;
    if (!d->fold) s->ii = 1;
    for (int i = 0; i < d->nstate; i++) {
        if (d->state[i].constant || d->state[i].from_source) continue;
        int t = nd(d, d->state[i].next)->time, reg = fpga_state_node(d, i), read = reg >= 0 ? nd(d, reg)->time : 0;
        if (t - read + 1 > s->ii) s->ii = t - read + 1;
    }
    s->nstage = last + 1;
    if (s->staggered) return;   /* each output at its own stage */
    if (d->result >= 0) want_tap(s, d->result, last);
    for (int i = 0; i < d->nresults; i++) want_tap(s, d->results[i], last);
    if (d->exc >= 0) want_tap(s, d->exc, last);
    if (d->exc_index >= 0) want_tap(s, d->exc_index, last);
}

void fpga_add_file(Vec *files, const char *file) {
    for (int i = 0; i < files->len; i++)
        if (!strcmp(files->items[i], file)) return;
    vec_push(files, (void *)file);
}

static void add_file(Sched *s, const char *file) { fpga_add_file(&s->files, file); }

void fpga_emit_delay_chain(StrBuf *v, Vec *files, const char *name, const char *inst, int width, const char *in,
                           const char *ce, const char *valid, const int *depths, int n) {
    int *at = xalloc(sizeof(int) * (size_t)(n + 1));
    memcpy(at, depths, sizeof(int) * (size_t)n);
    for (int i = 1; i < n; i++)   /* sort: n is small */
        for (int j = i; j > 0 && at[j] < at[j - 1]; j--) {
            int x = at[j];
            at[j] = at[j - 1];
            at[j - 1] = x;
        }
    fpga_add_file(files, fpga_store_module("stream_delay")->file);
    const char *prev = in, *prev_v = valid ? valid : "1'b1";
    for (int i = 0, last = 0; i < n; i++) {
        if (at[i] == last) continue;
        const char *out = xprintf("%s_d%d", name, at[i]), *out_v = valid ? xprintf("%s_v%d", name, at[i]) : NULL;
        sb_printf(v, "    wire [%d:0] %s;\n", width - 1, out);
        if (out_v) sb_printf(v, "    wire %s;\n", out_v);
        sb_printf(v, "    stream_delay #(.WIDTH(%d), .DEPTH(%d)) %s_d%d (.clk(clk), .rst(rst), .ce(%s), .in_valid(%s), "
                     ".in_data(%s), .out_valid(%s), .out_data(%s));\n", width, at[i] - last, inst, at[i], ce, prev_v,
                  prev, out_v ? out_v : "", out);
        prev = out;
        prev_v = out_v ? out_v : "1'b1";
        last = at[i];
    }
}

static const char *const verilog_keywords[] = {
    "always", "and", "assign", "automatic", "begin", "buf", "bufif0", "bufif1", "case", "casex", "casez", "cell",
    "cmos", "config", "deassign", "default", "defparam", "design", "disable", "edge", "else", "end", "endcase",
    "endconfig", "endfunction", "endgenerate", "endmodule", "endprimitive", "endspecify", "endtable", "endtask",
    "event", "for", "force", "forever", "fork", "function", "generate", "genvar", "highz0", "highz1", "if",
    "ifnone", "incdir", "include", "initial", "inout", "input", "instance", "integer", "join", "large", "liblist",
    "library", "localparam", "macromodule", "medium", "module", "nand", "negedge", "nmos", "nor",
    "noshowcancelled", "not", "notif0", "notif1", "or", "output", "parameter", "pmos", "posedge", "primitive",
    "pull0", "pull1", "pulldown", "pullup", "pulsestyle_onevent", "pulsestyle_ondetect", "rcmos", "real",
    "realtime", "reg", "release", "repeat", "rnmos", "rpmos", "rtran", "rtranif0", "rtranif1", "scalared",
    "showcancelled", "signed", "small", "specify", "specparam", "strong0", "strong1", "supply0", "supply1",
    "table", "task", "time", "tran", "tranif0", "tranif1", "tri", "tri0", "tri1", "triand", "trior", "trireg",
    "unsigned", "use", "uwire", "vectored", "wait", "wand", "weak0", "weak1", "while", "wire", "wor", "xnor",
    "xor", "bit", "byte", "int", "logic", "shortint", "longint", "void", "static", "const", "string", "class",
};

/* Names this file generates itself: n<digits>..., u<digits>..., ports. */
static bool is_generated_name(const char *s) {
    static const char *const ports[] = {"clk", "rst", "load", "params", "state_in", "state_out", "in_valid",
                                        "in_ready", "in_data", "out_valid", "out_ready", "out_data", "out_exc",
                                        "ce", "cool", "accept"};
    for (size_t i = 0; i < sizeof ports / sizeof *ports; i++)
        if (!strcmp(s, ports[i])) return true;
    if (s[0] == 'u' && s[1] == 'o') s++;   /* uo<digits>: out_from_state's instances */
    return (s[0] == 'n' || s[0] == 'u' || s[0] == 'v' || s[0] == 'o') && s[1] >= '0' && s[1] <= '9';
}

/* A Verilog simple identifier for a Java name: `$` kept except first,
 * keywords and generated names get a trailing `_`. */
static const char *verilog_escape(const char *java_name) {
    StrBuf b = {0};
    for (const char *p = java_name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                  (p != java_name && ((c >= '0' && c <= '9') || c == '$'));
        if (ok) sb_printf(&b, "%c", c);
        else sb_printf(&b, "_%02x", c);
    }
    const char *s = sb_str(&b);
    bool clash = is_generated_name(s);
    for (size_t i = 0; !clash && i < sizeof verilog_keywords / sizeof *verilog_keywords; i++)
        if (!strcmp(s, verilog_keywords[i])) clash = true;
    return clash ? xprintf("%s_", s) : xstrdup(s);
}

static void name_state(Sched *s) {
    Dfg *d = s->d;
    s->state_names = xalloc(sizeof(char *) * (size_t)(d->nstate + 1));
    for (int i = 0; i < d->nstate; i++) {
        const char *name = verilog_escape(d->state[i].field->name);
        if (d->state[i].elem >= 0) name = xprintf("%s_%d", name, d->state[i].elem);
        for (int j = 0; j < i; j++)
            if (!strcmp(s->state_names[j], name)) name = xprintf("%s_f%d", name, d->state[i].filter);
        s->state_names[i] = name;
    }
}

static void emit_ports(Sched *s, int id) {
    Dfg *d = s->d;
    DNode *n = nd(d, id);
    int w = width_of(n->w);
    const char *range = w == 1 ? "" : xprintf("[%d:0] ", w - 1);
    if (n->kind == DN_INPUT && d->bit_inputs) {   /* an engine part's context value at bit `slot` */
        sb_printf(&s->v, "    wire %sn%d = in_data[%d:%d];\n", range, id, n->slot + w - 1, n->slot);
    } else if (n->kind == DN_INPUT || n->kind == DN_PARAM) {
        const char *port = n->kind == DN_INPUT ? "in_data" : "params";
        sb_printf(&s->v, "    wire %sn%d = %s[%d:%d];\n", range, id, port, 32 * n->slot + w - 1, 32 * n->slot);
    }
}

/* The live `%` of the same operands as `/` node id (or the `/` of a `%`),
 * when one store module gives both (int_div's q and r): one instance for
 * both, as an expert writes p / w and p % w; -1 when there is none. */
static int division_twin(Sched *s, int id) {
    Dfg *d = s->d;
    DNode *n = nd(d, id);
    if (s->prefix || n->nargs != 2 || (strcmp(n->op, "/") && strcmp(n->op, "%"))) return -1;
    const char *other = n->op[0] == '/' ? "%" : "/", *why;
    const StoreImpl *im = fpga_op_impl(d, n, &why);
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *m = nd(d, i);
        if (!s->live[i] || m->kind != DN_OP || strcmp(m->op, other) || m->opw != n->opw || m->args[0] != n->args[0] ||
            m->args[1] != n->args[1])
            continue;
        const StoreImpl *mi = fpga_op_impl(d, m, &why);
        if (mi && im && !strcmp(mi->module, im->module) && !strcmp(mi->params, im->params) &&
            strcmp(mi->output, im->output))
            return i;
    }
    return -1;
}

/* The signal for port k of n's store module im at stage at (a
 * multiplexer's d0 is its else value, n's third operand). */
static const char *operand(Sched *s, DNode *n, const StoreImpl *im, int k, int at) {
    Dfg *d = s->d;
    int a = n->args[k];
    if (im->ninputs == 3 && !strcmp(im->inputs[0], "sel") && k > 0) a = n->args[k == 1 ? 2 : 1];
    if (nd(d, a)->w != n->opw && nd(d, a)->kind == DN_CONST)
        return xprintf("%d'h%llx", width_of(n->opw), (unsigned long long)nd(d, a)->bits);
    return sig(s, a, at);
}

/* The distinct output ports of shared unit u that its operations read (a
 * divider: q, r or both) and their widths, into port[] and width[] (room
 * for UNIT_OUTPUTS); returns how many. */
enum { UNIT_OUTPUTS = 8 };
static int unit_output_ports(Sched *s, int u, const char **port, int *width) {
    SharedUnit *su = s->units.items[u];
    int n = 0;
    for (int p = 0; p < s->ii; p++) {
        int op = su->op_at[p], k = 0;
        const char *why;
        if (op < 0) continue;
        const char *out = fpga_op_impl(s->d, nd(s->d, op), &why)->output;
        while (k < n && strcmp(port[k], out)) k++;
        if (k < n) continue;
        LIME_ASSERT(n < UNIT_OUTPUTS);
        port[n] = out;
        width[n++] = width_of(nd(s->d, op)->w);
    }
    return n;
}

/* The output ports of shared unit u the operations read, as ", .q(su3_q)"
 * connections; with decl, their wires are declared into s->v too. */
static const char *unit_outputs(Sched *s, int u, bool decl) {
    const char *port[UNIT_OUTPUTS];
    int width[UNIT_OUTPUTS], n = unit_output_ports(s, u, port, width);
    StrBuf outs = {0};
    for (int k = 0; k < n; k++) {
        if (decl) sb_printf(&s->v, "    wire [%d:0] su%d_%s;\n", width[k] - 1, u, port[k]);
        sb_printf(&outs, ", .%s(su%d_%s)", port[k], u, port[k]);
    }
    return xstrdup(sb_str(&outs));
}

/* The module shared unit u instantiates (any: one of its operations): a
 * wrapper of its store module with in_valid tied high and the outputs the
 * operations read, named after the module and its parameters and made once
 * per design for every unit alike.  Its operands are never constants (they
 * come from a multiplexer over the phase), so synthesising it on its own
 * loses nothing flattening would have folded; build.c synthesises each
 * wrapper once, beside the rest of the design (`parts`). */
static const char *unit_wrapper(Sched *s, int u, int any) {
    const StoreImpl *im = ((SharedUnit *)s->units.items[u])->im;
    StrBuf ports = {0}, conns = {0};
    for (int k = 0; k < im->ninputs; k++) {
        int w = !strcmp(im->inputs[k], "sel") ? 1 : width_of(nd(s->d, any)->opw);
        sb_printf(&ports, ",\n    input  wire [%d:0] %s", w - 1, im->inputs[k]);
        sb_printf(&conns, ", .%s(%s)", im->inputs[k], im->inputs[k]);
    }
    const char *port[UNIT_OUTPUTS];
    int width[UNIT_OUTPUTS], nout = unit_output_ports(s, u, port, width);
    for (int k = 0; k < nout; k++) {
        sb_printf(&ports, ",\n    output wire [%d:0] %s", width[k] - 1, port[k]);
        sb_printf(&conns, ", .%s(%s)", port[k], port[k]);
    }
    StrBuf name = {0};
    sb_printf(&name, "%s_%s_", s->top, im->module);
    for (const char *c = im->params; *c; c++)   /* "#(.SUB(1)) " -> "_SUB_1" */
        if (isalnum((unsigned char)*c))
            sb_printf(&name, "%c", *c);
        else if (sb_str(&name)[name.len - 1] != '_')
            sb_printf(&name, "_");
    while (sb_str(&name)[name.len - 1] == '_') name.buf[--name.len] = 0;
    const char *body = xprintf("(\n    input  wire clk,\n    input  wire rst,\n    input  wire ce%s\n);\n"
                               "    %s %su (.clk(clk), .rst(rst), .ce(ce), .in_valid(1'b1)%s);\nendmodule\n",
                               sb_str(&ports), im->module, im->params, sb_str(&conns));
    const char *base = xstrdup(sb_str(&name));
    for (int i = 0; i < s->parts.len; i++) {
        if (strcmp(s->part_body.items[i], body) == 0) return s->parts.items[i];
        if (strcmp(s->parts.items[i], sb_str(&name)) == 0)   /* the same module, other outputs read */
            name = (StrBuf){0}, sb_printf(&name, "%s_%d", base, i + 1);
    }
    const char *wrapper = xstrdup(sb_str(&name));
    vec_push(&s->parts, (void *)wrapper);
    vec_push(&s->part_body, (void *)body);
    sb_printf(&s->part_v, "\n// shared units of %s%s: synthesised once on their own\nmodule %s %s", im->module,
              im->params[0] ? xprintf(" %.*s", (int)strlen(im->params) - 1, im->params) : "", wrapper, body);
    return wrapper;
}

/* A folded design's shared units, after every node's signals (Verilog
 * wants a name declared before it is read): each input a multiplexer over
 * the phase, to the operands of the operation that starts at that phase;
 * the outputs (declared before the nodes, unit_outputs) are the
 * operations' values (emit_op). */
static void emit_units(Sched *s) {
    Dfg *d = s->d;
    for (int u = 0; u < s->units.len; u++) {
        SharedUnit *su = s->units.items[u];
        const StoreImpl *im = su->im;
        int any = -1;
        for (int p = 0; p < s->ii; p++)
            if (su->op_at[p] >= 0) any = su->op_at[p];
        if (any < 0) continue;   /* (a kind's last instance may have no operation) */
        add_file(s, im->file);
        sb_printf(&s->v, "    // shared unit %d: %s%s\n", u, im->module, im->params);
        for (int k = 0; k < im->ninputs; k++) {
            DNode *last = nd(d, any);
            int w = !strcmp(im->inputs[k], "sel") ? 1 : width_of(last->opw);
            /* a case over the phase, not a chain of ?: (a priority chain
             * of ii comparisons a bit): on Black-Scholes' price Yosys took
             * 36 s instead of 54 s over the design less its units, and
             * made 20,000 LUTs of it instead of 27,000 */
            sb_printf(&s->v, "    reg [%d:0] su%d_%s;\n    always @* case (phase)", w - 1, u, im->inputs[k]);
            for (int p = 0; p < s->ii; p++) {
                int op = su->op_at[p];
                if (op < 0 || op == any) continue;
                DNode *n = nd(d, op);
                sb_printf(&s->v, "\n        %s: su%d_%s = %s;", phase_lit(s, p), u, im->inputs[k],
                          operand(s, n, im, k, n->time - im->latency));
            }
            sb_printf(&s->v, "\n        default: su%d_%s = %s;\n    endcase\n", u, im->inputs[k],
                      operand(s, last, im, k, last->time - im->latency));
        }
        sb_printf(&s->v, "    %s us%d (.clk(clk), .rst(rst), .ce(ce)", unit_wrapper(s, u, any), u);
        for (int k = 0; k < im->ninputs; k++) sb_printf(&s->v, ", .%s(su%d_%s)", im->inputs[k], u, im->inputs[k]);
        sb_printf(&s->v, "%s);\n", unit_outputs(s, u, false));
    }
}

/* A folded design's registers across periods (emit_taps) as a module of
 * their own, after every node's signals: a part that build.c synthesises
 * beside the rest (on Black-Scholes' price 18,700 flip-flops; the rest took
 * Yosys 33 s without them, 40 s with them).  Only registers: what flattening
 * could fold across its boundary is a flip-flop whose input is a constant,
 * and price had 129 of those. */
static void emit_registers(Sched *s) {
    const char *name = xprintf("%s_registers", s->top);
    sb_printf(&s->v, "    %s registers (.clk(clk), .ce(ce), .phase(phase)%s);\n", name, sb_str(&s->reg_conns));
    sb_printf(&s->part_v, "\n// the values held across periods: synthesised on their own\n");
    sb_printf(&s->part_v, "module %s (\n    input  wire clk,\n    input  wire ce,\n    input  wire [%d:0] phase%s\n);\n%s"
              "endmodule\n", name, phase_bits(s) - 1, sb_str(&s->reg_ports), sb_str(&s->reg_body));
    vec_push(&s->parts, (void *)name);
}

/* A store module's parameters for node n: the implementation's, and for a
 * signed comparison with the literal 0 as its right operand, ZERO_B (a sign
 * test: Yosys keeps a carry chain for `a > 0` and peels it one opt pass at a
 * time, 31 passes over a whole design); for a divider whose divisor does not
 * change during a run, STABLE_B (the divisor is not pipelined). */
static const char *op_params(Dfg *d, DNode *n, const StoreImpl *im) {
    DNode *b = n->nargs > 1 ? nd(d, n->args[1]) : NULL;
    const char *extra = NULL;
    if (!strcmp(im->module, "int_cmp") && b && b->kind == DN_CONST && !b->bits) extra = ".ZERO_B(1)";
    /* a divisor that is a broadcast operand or a constant holds its value
     * while the task runs (ops on shared units never get here) */
    if ((!strcmp(im->module, "int_div") || !strcmp(im->module, "int_div_seq")) && b &&
        (b->kind == DN_CONST || b->kind == DN_PARAM))
        extra = ".STABLE_B(1)";
    if (!extra || !im->params[0]) return im->params;
    const char *close = strrchr(im->params, ')');   /* "#(.WIDTH(32), .OP(\"gt\")) " */
    return xprintf("%.*s, %s%s", (int)(close - im->params), im->params, extra, close);
}

static void emit_op(Sched *s, int id) {
    Dfg *d = s->d;
    DNode *n = nd(d, id);
    int w = width_of(n->w);
    const char *range = w == 1 ? "" : xprintf("[%d:0] ", w - 1);
    int at = n->time;
    const char *pre = s->prefix ? s->prefix : "n";
    if (s->unit && s->unit[id] >= 0) {   /* a folded design: its value is its shared unit's output at stage at */
        const char *why;
        const StoreImpl *im = fpga_op_impl(d, n, &why);
        sb_printf(&s->v, "    wire %s%s%d = su%d_%s;  // %s %s, line %d: shared unit %d, phase %d\n", range, pre, id,
                  s->unit[id], im->output, n->op, fpga_wire_type_name(n->opw), n->loc.line, s->unit[id],
                  (at - im->latency) % s->ii);
        return;
    }
    if (fpga_op_is_wiring(n->op)) {
        sb_printf(&s->v, "    wire %s%s%d = %s;\n", range, pre, id, sig(s, n->args[0], at));
        return;
    }
    if (!strcmp(n->op, "aload")) {   /* memory.c: a clocked read of a broadcast array */
        fpga_mem_read(&s->v, d, id, sig(s, n->args[0], at - 1));
        return;
    }
    const char *why;
    const StoreImpl *im = fpga_op_impl(d, n, &why);
    add_file(s, im->file);
    if (!strcmp(n->op, "solution")) {   /* a stream module: takes the item when it moves on */
        Solution *sol = d->solutions.items[n->slot];
        int in_at = at - im->latency;
        sb_printf(&s->v, "    wire [31:0] n%d;  // filter %d: %s, the store's %s\n", id, sol->filter, sol->what, sol->module);
        sb_printf(&s->v, "    %s %su%d (.clk(clk), .rst(rst), .in_valid(ce && v[%d]), .in_ready(), .in_data(%s), "
                         ".out_valid(), .out_ready(1'b1), .out_data(n%d));\n",
                  im->module, im->params, id, in_at, sig(s, n->args[0], in_at), id);
        return;
    }
    int in_at = im->latency ? at - im->latency : at;
    int twin = division_twin(s, id);
    if (twin >= 0 && twin < id) return;   /* the twin's instance gives this output too */
    sb_printf(&s->v, "    wire %s%s%d;  // %s %s, line %d\n", range, pre, id, n->op, fpga_wire_type_name(n->opw),
              n->loc.line);
    const StoreImpl *twin_im = NULL;
    if (twin >= 0) {
        twin_im = fpga_op_impl(d, nd(d, twin), &why);
        sb_printf(&s->v, "    wire %s%s%d;  // %s %s, line %d: the same divider\n", range, pre, twin, nd(d, twin)->op,
                  fpga_wire_type_name(n->opw), nd(d, twin)->loc.line);
    }
    sb_printf(&s->v, "    %s %su%s%d (", im->module, op_params(d, n, im), s->prefix ? s->prefix : "", id);
    if (im->stalls) {   /* starts on its stage's item; the part stalls while it works (emit_pipe's busy) */
        sb_printf(&s->v, ".clk(clk), .rst(rst), .ce(ce), .in_valid(stage_valid[%d]), .busy(busy%d), ", in_at, id);
        sb_printf(&s->busy, "%sbusy%d", s->busy.len ? ", " : "", id);
    } else if (im->latency) {
        sb_printf(&s->v, ".clk(clk), .rst(rst), .ce(ce), .in_valid(1'b1), ");
    }
    for (int k = 0; k < im->ninputs && k < n->nargs; k++) sb_printf(&s->v, ".%s(%s), ", im->inputs[k], operand(s, n, im, k, in_at));
    if (twin_im) sb_printf(&s->v, ".%s(%s%d), ", twin_im->output, pre, twin);
    sb_printf(&s->v, ".%s(%s%d));\n", im->output, pre, id);
}

static void emit_taps(Sched *s, int id) {
    Taps *t = &s->taps[id];
    DNode *n = nd(s->d, id);
    int w = width_of(n->w);
    if (!t->n) return;
    if (s->unit) {   /* a folded design: registers written once a period (fold_register), in <top>_registers */
        int regs = fold_register(s, t->depths[t->n - 1]);
        const char *in = xprintf("i%d", id);
        sb_printf(&s->v, "    wire [%d:0] n%d_r1", w - 1, id);
        for (int r = 2; r <= regs; r++) sb_printf(&s->v, ", n%d_r%d", id, r);
        sb_printf(&s->v, ";  // its value %s stages after stage %d (%s_registers)\n",
                  regs == 1 ? "for up to ii" : "every ii", n->time, s->top);
        sb_printf(&s->reg_ports, ",\n    input  wire [%d:0] %s", w - 1, in);
        sb_printf(&s->reg_conns, ",\n        .%s(%s)", in, sig(s, id, n->time));
        for (int r = 1; r <= regs; r++) {
            sb_printf(&s->reg_ports, ",\n    output reg  [%d:0] n%d_r%d", w - 1, id, r);
            sb_printf(&s->reg_conns, ", .n%d_r%d(n%d_r%d)", id, r, id, r);
        }
        sb_printf(&s->reg_body, "    always @(posedge clk) if (ce && phase == %s) begin n%d_r1 <= %s;",
                  phase_lit(s, n->time % s->ii), id, in);
        for (int r = 2; r <= regs; r++) sb_printf(&s->reg_body, " n%d_r%d <= n%d_r%d;", id, r, id, r - 1);
        sb_printf(&s->reg_body, " end\n");
        return;
    }
    fpga_emit_delay_chain(&s->v, &s->files, xprintf("n%d", id), xprintf("u%d", id), w, sig(s, id, n->time), "ce", NULL,
                          t->depths, t->n);
}

/* Every live node's wires, instances and delay lines. */
static void emit_nodes(Sched *s) {
    Dfg *d = s->d;
    for (int i = 0; i < d->nodes.len; i++) {
        if (!s->live[i]) continue;
        DNode *n = nd(d, i);
        if (n->kind == DN_INPUT || n->kind == DN_PARAM) emit_ports(s, i);
        else if (n->kind == DN_OP) emit_op(s, i);
        emit_taps(s, i);
    }
}

static const char *port_range(int words) { return xprintf("[%d:0]", 32 * (words ? words : 1) - 1); }

size_t fpga_emit_task_ports(StrBuf *v, const char *name, const TaskPorts *p) {
    const char *out = p->registered ? "reg " : "wire";
    sb_printf(v, "module %s (\n", name);
    sb_printf(v, "    input  wire clk,\n    input  wire rst,\n");
    sb_printf(v, "    /* verilator lint_off UNUSEDSIGNAL */\n");
    sb_printf(v, "    input  wire load,\n");
    sb_printf(v, "    input  wire %s params,\n", port_range(p->params));
    sb_printf(v, "    input  wire %s state_in,\n", port_range(p->state));
    sb_printf(v, "    input  wire %s in_data,%s\n", port_range(p->in), p->in_note ? p->in_note : "");
    if (p->mems) fpga_mem_ports(v, p->mems);
    sb_printf(v, "    /* verilator lint_on UNUSEDSIGNAL */\n");
    sb_printf(v, "    output wire %s state_out,\n", port_range(p->state));
    sb_printf(v, "    input  wire in_valid,\n    output wire in_ready,\n");
    sb_printf(v, "    output %s out_valid,\n    input  wire out_ready,\n", out);
    size_t out_data = v->len;
    sb_printf(v, "    output %s %s out_data,\n", out, port_range(p->out));
    sb_printf(v, "    output %s [3:0] out_exc\n);\n", out);
    return out_data;
}

/* The output word at the last stage: the result, or a firing's results
 * or a value's fields (the first in the low words), each zero-extended to
 * its words (a firing's results are all of one kind: out_words / n each). */
static const char *out_expr(Sched *s, int last) {
    Dfg *d = s->d;
    int n = d->nresults ? d->nresults : 1;
    StrBuf b = {0};
    sb_puts(&b, "{");
    for (int i = n - 1; i >= 0; i--) {
        int r = d->nresults ? d->results[i] : d->result, rw = width_of(nd(d, r)->w);
        int iw = d->nresults ? (rw > 32 ? 64 : 32) : 32 * d->out_words;
        if (rw < iw) sb_printf(&b, "%d'b0, ", iw - rw);
        sb_printf(&b, "%s%s", sig(s, r, last), i ? ", " : "}");
    }
    return xstrdup(sb_str(&b));
}

/* Whether node id is computed from `names`'s leaves by combinational
 * operators alone (memo: 0 not known, 1 yes, -1 no): the leaves are the
 * new values of state registers written at the last stage, constants and
 * parameters. */
static bool from_state(Sched *s, int id, signed char *memo) {
    if (memo[id]) return memo[id] > 0;
    Dfg *d = s->d;
    DNode *n = nd(d, id);
    bool ok = n->kind == DN_CONST || n->kind == DN_PARAM || s->rename[id];
    if (!ok && n->kind == DN_OP && strcmp(n->op, "solution")) {
        const char *why;
        ok = fpga_op_is_wiring(n->op) || fpga_op_impl(d, n, &why)->latency == 0;
        for (int k = 0; ok && k < n->nargs; k++) ok = from_state(s, n->args[k], memo);
    }
    memo[id] = ok ? 1 : -1;
    return ok;
}

/* The output read from the state registers.  A filter whose result is
 * a combinational function of its state's new value (a CRC returning
 * ~state, a running sum returning the sum) needs no output register: the
 * clock edge that moves its item to the output also writes the state
 * (both at stage L, both under ce), and neither changes again until the
 * output is taken (ce is low while out_valid && !out_ready), so the
 * function over the registers holds the output register's bits whenever
 * out_valid is high.  Prints that logic again over the registers (wires
 * o<id>) and returns the output's expression; NULL, printing nothing,
 * when the result is not such a function (or a firing pushes several). */
static const char *out_from_state(Sched *s, int last) {
    Dfg *d = s->d;
    if (d->nresults || d->result < 0) return NULL;
    s->rename = xalloc(sizeof(char *) * (size_t)(d->nodes.len + 1));
    for (int i = 0; i < d->nstate; i++) {
        StateVar *sv = &d->state[i];
        if (!sv->constant && !sv->from_source && nd(d, sv->next)->time == last) s->rename[sv->next] = s->state_names[i];
    }
    signed char *memo = xalloc((size_t)d->nodes.len + 1);
    bool ok = nd(d, d->result)->kind != DN_CONST && from_state(s, d->result, memo);
    if (ok) {
        s->prefix = "o";
        for (int id = 0; id <= d->result; id++) {   /* ids are in dependence order */
            DNode *n = nd(d, id);
            if (memo[id] <= 0 || s->rename[id] || n->kind != DN_OP) continue;
            emit_op(s, id);
            s->rename[id] = xprintf("o%d", id);
        }
    }
    const char *out = ok ? out_expr(s, last) : NULL;
    s->rename = NULL;
    s->prefix = NULL;
    return out;
}

/* The pipeline of a task (module `name`): the ports of lime_fpga.h. */
static void emit_module(Sched *s, IrTask *t, const char *name) {
    Dfg *d = s->d;
    StrBuf *v = &s->v;
    s->top = name;
    sb_printf(v, "// Task %d %s (%s:%d): generated by limec's FPGA backend from the artifact store.\n", t->id,
              t->name, t->loc.file ? t->loc.file->name : "?", t->loc.line);
    sb_printf(v, "// Stages: %d (latency), initiation interval %d; in %d, params %d, state %d, out %d words.\n",
              s->nstage, s->ii, d->in_words, d->param_words, d->state_words, d->out_words);
    sb_printf(v, "`default_nettype none\n");
    /* out_data's kind is known only once out_from_state has looked: a mark to fill in */
    size_t out_port = fpga_emit_task_ports(
        v, name, &(TaskPorts){d->param_words, d->state_words, d->in_words, d->out_words, NULL, d, true});
    sb_printf(v, "    wire ce = !out_valid || out_ready;\n");
    if (s->unit) {   /* a folded design: an item enters at phase 0 only */
        sb_printf(v, "    reg [%d:0] phase;  // of the period of %d clocks: the shared units' operations\n",
                  phase_bits(s) - 1, s->ii);
        sb_printf(v, "    always @(posedge clk)\n        if (rst) phase <= 0;\n");
        sb_printf(v, "        else if (ce) phase <= phase == %s ? %s : phase + %s;\n", phase_lit(s, s->ii - 1),
                  phase_lit(s, 0), phase_lit(s, 1));
        sb_printf(v, "    assign in_ready = ce && phase == %s;\n", phase_lit(s, 0));
    } else if (s->ii > 1) {
        sb_printf(v, "    reg [15:0] cool;  // stages until the filter state is written\n");
        sb_printf(v, "    assign in_ready = ce && cool == 0;\n");
    } else {
        sb_printf(v, "    assign in_ready = ce;\n");
    }
    sb_printf(v, "    wire accept = in_valid && in_ready;\n");
    /* the valid bit of each stage */
    sb_printf(v, "    reg [%d:1] vr;\n", s->nstage);
    sb_printf(v, "    wire [%d:0] v = {vr, accept};  // v[k]: an item is at stage k (v[0]: the input)\n", s->nstage);
    sb_printf(v, "    always @(posedge clk)\n");
    sb_printf(v, "        if (rst) vr <= 0;\n");
    sb_printf(v, "        else if (ce) vr <= v[%d:0];\n", s->nstage - 1);
    if (s->ii > 1 && !s->unit) {
        sb_printf(v, "    always @(posedge clk)\n");
        sb_printf(v, "        if (rst) cool <= 0;\n");
        sb_printf(v, "        else if (ce) cool <= accept ? 16'd%d : (cool != 0 ? cool - 16'd1 : 16'd0);\n", s->ii - 1);
    }
    /* state registers */
    for (int i = 0; i < d->nstate; i++) {
        int w = width_of(d->state[i].w);
        if (d->state[i].constant || d->state[i].from_source) continue;
        sb_printf(v, "    reg [%d:0] %s;  // field %s of filter %d\n", w - 1, s->state_names[i], d->state[i].field->name,
                  d->state[i].filter);
    }
    fpga_mem_decls(v, d, s->live);
    for (int u = 0; s->unit && u < s->units.len; u++) unit_outputs(s, u, true);
    emit_nodes(s);
    if (s->unit) emit_units(s);
    if (s->reg_body.len) emit_registers(s);
    for (int i = 0; i < d->nstate; i++) {
        StateVar *sv = &d->state[i];
        if (sv->constant || sv->from_source) continue;
        int w = width_of(sv->w), t0 = nd(d, sv->next)->time;
        sb_printf(v, "    always @(posedge clk)\n");
        sb_printf(v, "        if (load) %s <= state_in[%d:%d];\n", s->state_names[i], 32 * sv->word + w - 1, 32 * sv->word);
        sb_printf(v, "        else if (ce && v[%d]) %s <= %s;\n", t0, s->state_names[i], sig(s, sv->next, t0));
    }
    if (d->nstate) {
        sb_printf(v, "    assign state_out = {");
        int words = 0;
        for (int i = d->nstate - 1; i >= 0; i--) {
            StateVar *sv = &d->state[i];
            int w = width_of(sv->w);
            const char *val = sv->constant      ? xprintf("%d'h%llx", w, (unsigned long long)sv->init)
                              : sv->from_source ? xprintf("%d'h0", w)   /* the CPU code sets it */
                                                : s->state_names[i];
            sb_printf(v, "%s%s%s", i == d->nstate - 1 ? "" : ", ", w == 1 ? "31'b0, " : "", val);
            words += w == 64 ? 2 : 1;
        }
        sb_printf(v, "};\n");
    } else {
        sb_printf(v, "    assign state_out = 32'b0;\n");
    }
    int last = s->nstage - 1;
    const char *from_regs = out_from_state(s, last);
    if (from_regs) {
        sb_printf(v, "    assign out_data = %s;  // the state registers hold the result (no output register)\n",
                  from_regs);
        memcpy(v->buf + out_port, "    output wire ", 16);
    }
    sb_printf(v, "    always @(posedge clk) begin\n");
    sb_printf(v, "        if (rst) out_valid <= 1'b0;\n        else if (ce) out_valid <= v[%d];\n", last);
    sb_printf(v, "        if (ce) begin\n");
    if (!from_regs) sb_printf(v, "            out_data <= %s;\n", out_expr(s, last));
    /* LIME_FPGA_EXC_*: either makes the runtime run the call on the CPU */
    const char *div = d->exc >= 0 ? xprintf("%s ? 4'd2 : ", sig(s, d->exc, last)) : "";
    const char *index = d->exc_index >= 0 ? xprintf("%s ? 4'd1 : ", sig(s, d->exc_index, last)) : "";
    sb_printf(v, "            out_exc <= %s%s4'd0;\n", div, index);
    sb_printf(v, "        end\n    end\n");
    sb_printf(v, "endmodule\n%s`default_nettype wire\n", sb_str(&s->part_v));
}

/* A reduce: the combiner (the DFG of one combination, its operands the
 * words of in_data: left, then right) as module lime_task<N>_comb of
 * latency s->nstage - 1, and the top module: the store's
 * stream_reduce_tree with one combiner per level, one result per group
 * of 2^LEVELS elements (runtime/fpga.c feeds the results back until one
 * is left).  The item's word after the element is the last flag. */
static void emit_reduce(Sched *s, IrTask *t, const char *tree_file) {
    Dfg *d = s->d;
    StrBuf *v = &s->v;
    int lat = s->nstage - 1, levels = d->reduce_levels, iw = d->item_words;
    int w = width_of(nd(d, d->result)->w);
    sb_printf(v, "// Task %d %s (%s:%d): generated by limec's FPGA backend from the artifact store.\n", t->id, t->name,
              t->loc.file ? t->loc.file->name : "?", t->loc.line);
    sb_printf(v, "// Reduce: %d levels of the store's stream_reduce_tree, one result per %d elements, combiner "
                 "latency %d.\n", levels, 1 << levels, lat);
    sb_printf(v, "`default_nettype none\n");
    sb_printf(v, "module lime_task%d_comb (\n", t->id);
    sb_printf(v, "    /* verilator lint_off UNUSEDSIGNAL */\n");
    sb_printf(v, "    input  wire clk,\n    input  wire rst,\n    input  wire ce,\n");
    sb_printf(v, "    input  wire [%d:0] in_data,  // the left operand at word 0, the right at word %d\n",
              64 * iw - 1, iw);
    sb_printf(v, "    /* verilator lint_on UNUSEDSIGNAL */\n");
    sb_printf(v, "    output wire [%d:0] y\n);\n", w - 1);
    emit_nodes(s);
    sb_printf(v, "    assign y = %s;\n", sig(s, d->result, lat));
    sb_printf(v, "endmodule\n\n");
    fpga_emit_task_ports(v, xprintf("lime_task%d", t->id),
                         &(TaskPorts){0, 0, iw + 1, iw, xprintf("  // the element, then the last flag at word %d", iw),
                                      NULL, true});
    sb_printf(v, "    wire ce = !out_valid || out_ready;\n");
    sb_printf(v, "    assign in_ready = ce;\n    assign state_out = 32'b0;\n");
    sb_printf(v, "    wire [%d:0] ca, cb, cy;  // level l's combiner at [l*%d +: %d]\n", levels * w - 1, w, w);
    sb_printf(v, "    wire rv;\n    /* verilator lint_off UNUSEDSIGNAL */\n    wire rl;\n    /* verilator lint_on UNUSEDSIGNAL */\n");
    sb_printf(v, "    wire [%d:0] rd;\n", w - 1);
    sb_printf(v, "    stream_reduce_tree #(.WIDTH(%d), .LEVELS(%d), .LAT(%d)) utree (.clk(clk), .rst(rst), .ce(ce), "
                 ".in_valid(in_valid && in_ready), .in_last(in_data[%d]), .in_data(in_data[%d:0]), .comb_a(ca), "
                 ".comb_b(cb), .comb_y(cy), .out_valid(rv), .out_last(rl), .out_data(rd));\n",
              w, levels, lat, 32 * iw, w - 1);
    const char *pad = w < 32 * iw ? xprintf("%d'b0, ", 32 * iw - w) : "";
    for (int l = 0; l < levels; l++)
        sb_printf(v, "    lime_task%d_comb uc%d (.clk(clk), .rst(rst), .ce(ce), .in_data({%scb[%d +: %d], %sca[%d +: %d]}), "
                     ".y(cy[%d +: %d]));\n",
                  t->id, l, pad, l * w, w, pad, l * w, w, l * w, w);
    sb_printf(v, "    always @(posedge clk) begin\n");
    sb_printf(v, "        if (rst) out_valid <= 1'b0;\n        else if (ce) out_valid <= rv;\n");
    sb_printf(v, "        if (ce) begin\n            out_data <= {%srd};\n            out_exc <= 4'd0;\n        end\n", pad);
    sb_printf(v, "    end\nendmodule\n`default_nettype wire\n");
    add_file(s, tree_file);
}

/* A multi-rate stream: each filter's firing as module lime_task<N>_f<k>
 * (emit_module: pop items in, push out, one firing a clock), the store's
 * stream_deser before one that pops more than one item and stream_ser
 * after one that pushes more than one, all joined by valid/ready, so each
 * stage runs as soon as its input is there and stalls when the next one
 * does.  A group of fewer items than a filter pops stays in its
 * deserialiser: n items in give exactly the sequential loop's outputs (the
 * tail rule).  *latency: the clocks an item's way takes at least; *ii: the
 * clocks per source item at full speed (the busiest stream's items a
 * period over the source's, rounded up). */
static long long gcd(long long a, long long b) { return b ? gcd(b, a % b) : a; }

/* A multi-rate stream's top module line and ports (lime_fpga.h), no
 * state, no exception (accept.c). */
static void emit_multirate_ports(StrBuf *v, IrTask *t, Dfg *d) {
    sb_printf(v, "`default_nettype none\n");
    fpga_emit_task_ports(v, xprintf("lime_task%d", t->id), &(TaskPorts){0, 0, d->in_words, d->out_words, NULL, NULL, false});
    sb_printf(v, "    assign state_out = 32'b0;\n    assign out_exc = 4'd0;  // no filter throws (accept.c)\n");
}

static void emit_multirate(Sched *top, IrTask *t, FpgaDesign *fd) {
    Dfg *d = top->d;
    Graph *g = t->graph;
    StrBuf *v = &top->v;
    const StoreImpl *deser = fpga_store_module("stream_deser"), *ser = fpga_store_module("stream_ser");
    LIME_ASSERT(deser && ser);   /* accept.c checked */
    int *latency = &fd->latency;
    *latency = 0;
    long long period = g->reps[0] * d->pop[0], busiest = period;
    StrBuf adapters = {0};
    for (int k = 0; k < d->nfirings; k++) {
        Sched s = {.d = d->firings[k]};
        s.live = fpga_live_nodes(s.d);
        s.taps = xalloc(sizeof(Taps) * (size_t)(s.d->nodes.len + 1));
        name_state(&s);
        schedule(&s);
        emit_module(&s, t, xprintf("lime_task%d_f%d", t->id, k));
        sb_printf(v, "%s\n", sb_str(&s.v));
        for (int i = 0; i < s.files.len; i++) add_file(top, s.files.items[i]);
        *latency += s.nstage + (d->pop[k] > 1) + (d->push[k] > 1 ? d->push[k] : 0);
        if (g->reps[k] * d->push[k] > busiest) busiest = g->reps[k] * d->push[k];
        MethodDecl *m = ((GraphFilter *)g->filters.items[k])->method;
        if (d->pop[k] > 1)
            sb_printf(&adapters, "%sstream_deser N=%d before %s.%s", adapters.len ? ", " : "", d->pop[k], m->owner->name, m->name);
        if (d->push[k] > 1)
            sb_printf(&adapters, "%sstream_ser M=%d after %s.%s", adapters.len ? ", " : "", d->push[k], m->owner->name, m->name);
    }
    fd->ii = (int)((busiest + period - 1) / period);
    long long c = gcd(period, busiest);
    fd->items_per_clock = busiest == period ? "1" : xprintf("%lld/%lld", period / c, busiest / c);
    fd->adapters = xstrdup(sb_str(&adapters));
    sb_printf(v, "// Task %d %s (%s:%d): generated by limec's FPGA backend from the artifact store.\n", t->id, t->name,
              t->loc.file ? t->loc.file->name : "?", t->loc.line);
    sb_printf(v, "// Multi-rate: %s; rate adapters stream_deser/stream_ser; %lld source items a period in %lld "
                 "clocks at full speed.\n", ir_graph_schedule(g), period, busiest);
    emit_multirate_ports(v, t, d);
    /* s<k>: the items filter k takes; s<nfirings>: the output */
    sb_printf(v, "    wire s0_valid = in_valid, s0_ready;\n    assign in_ready = s0_ready;\n");
    sb_printf(v, "    wire %s s0_data = in_data;\n", port_range(d->in_words));
    for (int k = 0; k < d->nfirings; k++) {
        Dfg *f = d->firings[k];
        int iw = f->in_words / d->pop[k], ow = f->out_words / d->push[k];
        sb_printf(v, "    // filter %d: %s\n", k, ((GraphFilter *)g->filters.items[k])->method->name);
        sb_printf(v, "    wire f%d_in_valid, f%d_in_ready, f%d_out_valid, f%d_out_ready;\n", k, k, k, k);
        sb_printf(v, "    wire %s f%d_in_data;\n    wire %s f%d_out_data;\n", port_range(f->in_words), k,
                  port_range(f->out_words), k);
        sb_printf(v, "    wire s%d_valid, s%d_ready;\n    wire %s s%d_data;\n", k + 1, k + 1, port_range(ow), k + 1);
        if (d->pop[k] > 1) {
            add_file(top, deser->file);
            sb_printf(v, "    stream_deser #(.WIDTH(%d), .N(%d)) ud%d (.clk(clk), .rst(rst), .in_valid(s%d_valid), "
                         ".in_ready(s%d_ready), .in_data(s%d_data), .out_valid(f%d_in_valid), .out_ready(f%d_in_ready), "
                         ".out_data(f%d_in_data));\n", 32 * iw, d->pop[k], k, k, k, k, k, k, k);
        } else {
            sb_printf(v, "    assign f%d_in_valid = s%d_valid;\n    assign s%d_ready = f%d_in_ready;\n", k, k, k, k);
            sb_printf(v, "    assign f%d_in_data = s%d_data;\n", k, k);
        }
        sb_printf(v, "    lime_task%d_f%d uf%d (.clk(clk), .rst(rst), .load(1'b0), .params(32'b0), .state_in(32'b0), "
                     ".in_data(f%d_in_data), .state_out(), .in_valid(f%d_in_valid), .in_ready(f%d_in_ready), "
                     ".out_valid(f%d_out_valid), .out_ready(f%d_out_ready), .out_data(f%d_out_data), .out_exc());\n",
                  t->id, k, k, k, k, k, k, k, k);
        if (d->push[k] > 1) {
            add_file(top, ser->file);
            sb_printf(v, "    stream_ser #(.WIDTH(%d), .M(%d)) us%d (.clk(clk), .rst(rst), .in_valid(f%d_out_valid), "
                         ".in_ready(f%d_out_ready), .in_data(f%d_out_data), .out_valid(s%d_valid), .out_ready(s%d_ready), "
                         ".out_data(s%d_data));\n", 32 * ow, d->push[k], k, k, k, k, k + 1, k + 1, k + 1);
        } else {
            sb_printf(v, "    assign s%d_valid = f%d_out_valid;\n    assign f%d_out_ready = s%d_ready;\n", k + 1, k, k,
                      k + 1);
            sb_printf(v, "    assign s%d_data = f%d_out_data;\n", k + 1, k);
        }
    }
    int n = d->nfirings;
    sb_printf(v, "    assign out_valid = s%d_valid;\n    assign s%d_ready = out_ready;\n    assign out_data = s%d_data;\n",
              n, n, n);
    sb_printf(v, "endmodule\n`default_nettype wire\n");
}

/* One design for a whole period (emit_period): a multi-rate stream whose
 * filters are all combinational (no pipelined store unit), whose period
 * is at most MAX_PERIOD_ITEMS source items and outputs, and whose period
 * cut short gives no outputs (so the tail rule is: whole periods only).
 * The period is unrolled into one flat DFG (each firing's nodes copied,
 * its items those its predecessor pushed), every value computed at the
 * phase (0 .. P-1: the source item of the period arriving this clock) of
 * the latest source item it needs, combinationally; a value needed at a
 * later phase is written into a hold register at its own phase (registers
 * reused when a value of the same source signal is written after the last
 * read of the one before, so a chain of `even` samples is one register).
 * Identical operators over identical signals are one instance (a
 * decimator's three firings are one adder when their operands are the
 * same registers and in_data); the firings of a filter at different
 * phases share one instance with its operands chosen by the phase when
 * the filter has more operators than operands (a gain computed at phase 1
 * and at phase 5).  At the take of phase P-1 the outputs go into output
 * registers (one per distinct signal: an item pushed twice is one
 * register) and leave one a clock, item 0 first; the phase P-1 item waits
 * (in_ready low) while outputs are left that are not all being taken. */
enum { MAX_PERIOD_ITEMS = 64, MAX_PERIOD_OPS = 1024 };

typedef struct PFiring {
    int k, phase, unit;
    int *items;            /* pop[k] flat nodes */
    int *ports;            /* per item: its port node (-1: none) */
} PFiring;

typedef struct PReg {
    int w, def, free_at;   /* the phase of its last write, the last read of what it holds */
    const char *src, *name;
    StrBuf phases;         /* "phase == 3'd0 || ..." */
} PReg;

static int pnew(Dfg *pd, int **ph, int *cap, DNode tmpl, int phase) {
    DNode *n = xalloc(sizeof *n);
    *n = tmpl;
    n->id = pd->nodes.len;
    vec_push(&pd->nodes, n);
    if (n->id >= *cap) {
        int c = *cap * 2 + 64;
        *ph = xrealloc_arr(*ph, (size_t)*cap, (size_t)c, sizeof(int));
        *cap = c;
    }
    (*ph)[n->id] = phase;
    return n->id;
}

static bool cheap_op(Dfg *f, DNode *n) {
    if (fpga_op_is_wiring(n->op)) return true;
    bool shift = !strcmp(n->op, "<<") || !strcmp(n->op, ">>") || !strcmp(n->op, ">>>");
    return shift && n->nargs == 2 && nd(f, n->args[1])->kind == DN_CONST;
}

/* Returns NULL and fills fd (and top->v) with the design, or why the
 * period is not made as one design (then emit_multirate makes it). */
static const char *emit_period(Sched *top, IrTask *t, FpgaDesign *fd) {
    Dfg *d = top->d;
    Graph *g = t->graph;
    int m = d->nfirings;
    long long P = g->reps[0] * d->pop[0], Q = g->reps[m - 1] * d->push[m - 1];
    if (P > MAX_PERIOD_ITEMS || Q > MAX_PERIOD_ITEMS)
        return xprintf("a period of %lld source item%s and %lld output%s, more than %d", P, P == 1 ? "" : "s", Q,
                       Q == 1 ? "" : "s", MAX_PERIOD_ITEMS);
    long long cut = P - 1;
    for (int k = 0; k < m; k++) cut = cut / d->pop[k] * d->push[k];
    if (cut > 0) return xprintf("a period cut short still gives %lld output%s", cut, cut == 1 ? "" : "s");
    /* the flat DFG */
    Dfg *pd = xalloc(sizeof *pd);
    pd->task = t;
    pd->exc = pd->result = -1;
    int cap = 0, *ph = NULL;
    int *queue = xalloc(sizeof(int) * (size_t)(P + 1)), nq = (int)P;
    Vec firings = {0};
    for (int j = 0; j < P; j++) {
        Dfg *f0 = d->firings[0];
        DNode tmpl = {.kind = DN_INPUT, .w = nd(f0, 0)->w, .slot = 0};
        for (int i = 0; i < f0->nodes.len; i++)
            if (nd(f0, i)->kind == DN_INPUT) { tmpl.w = nd(f0, i)->w; tmpl.loc = nd(f0, i)->loc; break; }
        queue[j] = pnew(pd, &ph, &cap, tmpl, j);
    }
    int ops = 0;
    bool *shared = xalloc((size_t)m + 1);
    for (int k = 0; k < m; k++) {
        Dfg *f = d->firings[k];
        bool *live = fpga_live_nodes(f);
        int pop = d->pop[k], push = d->push[k], iw = f->in_words / pop;
        long long reps = g->reps[k];
        int *next = xalloc(sizeof(int) * (size_t)(reps * push + 1)), nn = 0;
        int *map = xalloc(sizeof(int) * (size_t)(f->nodes.len + 1));
        /* its firings share one instance (operands through ports, chosen
         * by the phase) when it has more operators than operands and fires
         * at more than one phase; else every operator reads the items
         * themselves, at the phase of the last one it needs */
        int fops = 0, fin = 0, nphase = 0, lastp = -2;
        bool *used = xalloc((size_t)pop + 1);
        for (int id = 0; id < f->nodes.len; id++) {
            DNode *n = nd(f, id);
            if (!live[id] || n->kind != DN_OP) continue;
            if (!cheap_op(f, n)) fops++;
            for (int a = 0; a < n->nargs; a++)
                if (nd(f, n->args[a])->kind == DN_INPUT && nd(f, n->args[a])->slot / iw < pop)
                    used[nd(f, n->args[a])->slot / iw] = true;
        }
        for (int i = 0; i < pop; i++) fin += used[i];
        for (long long r = 0; r < reps; r++) {
            int p = -1;
            for (int i = 0; i < pop; i++)
                if (ph[queue[r * pop + i]] > p) p = ph[queue[r * pop + i]];
            if (p != lastp) nphase++;   /* (the phases of successive firings never decrease) */
            lastp = p;
        }
        shared[k] = fops > fin && nphase > 1;
        for (long long r = 0; r < reps; r++) {
            PFiring *pf = xalloc(sizeof *pf);
            pf->k = k;
            pf->items = queue + r * pop;
            pf->ports = xalloc(sizeof(int) * (size_t)pop);
            pf->phase = -1;
            for (int i = 0; i < pop; i++) {
                pf->ports[i] = -1;
                if (ph[pf->items[i]] > pf->phase) pf->phase = ph[pf->items[i]];
            }
            vec_push(&firings, pf);
            for (int id = 0; id < f->nodes.len; id++) {
                map[id] = -1;
                if (!live[id]) continue;
                DNode *n = nd(f, id);
                if (n->kind == DN_INPUT) {
                    int item = n->slot / iw;
                    if (n->slot % iw || item >= pop || nd(pd, pf->items[item])->w != n->w)
                        return xprintf("'%s' reads its items as other types", ((GraphFilter *)g->filters.items[k])->method->name);
                    map[id] = -2 - item;   /* its port, made when an operator reads it */
                } else if (n->kind == DN_CONST) {
                    DNode tmpl = *n;
                    map[id] = pnew(pd, &ph, &cap, tmpl, -1);
                } else if (n->kind == DN_OP) {
                    const char *why;
                    const StoreImpl *im = fpga_op_is_wiring(n->op) ? NULL : fpga_op_impl(f, n, &why);
                    if (im && im->latency)
                        return xprintf("'%s' uses a pipelined unit (%s %s)",
                                       ((GraphFilter *)g->filters.items[k])->method->name, n->op,
                                       fpga_wire_type_name(n->opw));
                    if (!strcmp(n->op, "solution")) return "a store solution in the graph";
                    DNode tmpl = *n;
                    int p = -1;
                    for (int a = 0; a < n->nargs; a++) {
                        int x = map[n->args[a]];
                        if (x <= -2 && !shared[k]) {
                            x = pf->items[-2 - x];
                        } else if (x <= -2) {   /* an item: the firing's port for it, at the firing's phase */
                            int item = -2 - x;
                            if (pf->ports[item] < 0) {
                                DNode pt = {.kind = DN_OP, .op = "bits", .w = nd(pd, pf->items[item])->w, .nargs = 1,
                                            .args = {pf->items[item]}, .slot = -2, .loc = n->loc};
                                pt.opw = pt.w;
                                pf->ports[item] = pnew(pd, &ph, &cap, pt, pf->phase);
                            }
                            x = pf->ports[item];
                        }
                        tmpl.args[a] = x;
                        LIME_ASSERT(tmpl.args[a] >= 0);
                        if (ph[tmpl.args[a]] > p) p = ph[tmpl.args[a]];
                    }
                    if (!cheap_op(f, n)) ops++;
                    map[id] = pnew(pd, &ph, &cap, tmpl, p);
                } else {
                    return "a filter with state or operands";
                }
            }
            if (ops > MAX_PERIOD_OPS) return xprintf("the period unrolls to more than %d operators", MAX_PERIOD_OPS);
            int nres = f->nresults ? f->nresults : 1, *res = f->nresults ? f->results : &f->result;
            LIME_ASSERT(nres == push);
            for (int i = 0; i < nres; i++) {
                DNode *n = nd(f, res[i]);
                /* an item passed on as it is keeps its own phase */
                next[nn++] = n->kind == DN_INPUT ? pf->items[n->slot / iw] : map[res[i]];
            }
        }
        queue = next;
        nq = nn;
    }
    LIME_ASSERT(nq == Q);
    int N = pd->nodes.len;
    /* sharing: the firings of a filter at several phases as one instance,
     * its operands chosen by the phase, when it has more operators than
     * operands */
    int *port_mux = xalloc(sizeof(int) * (size_t)(N + 1));   /* 0: none; else 1 + index in muxes */
    Vec muxes = {0};   /* per shared operand: a Vec of ports (in firing order) */
    for (int k = 0; k < m; k++) {
        int pop = d->pop[k];
        if (!shared[k]) continue;
        /* units: at each phase, firings of distinct items get units 0, 1, ... */
        int nunits = 0;
        for (int a = 0; a < firings.len; a++) {
            PFiring *fa = firings.items[a];
            if (fa->k != k) continue;
            fa->unit = -1;
            int u = 0;
            for (int b = 0; b < a && fa->unit < 0; b++) {
                PFiring *fb = firings.items[b];
                if (fb->k != k || fb->phase != fa->phase) continue;
                if (!memcmp(fa->items, fb->items, sizeof(int) * (size_t)pop)) fa->unit = fb->unit;
                else if (fb->unit >= u) u = fb->unit + 1;
            }
            if (fa->unit < 0) fa->unit = u;
            if (fa->unit + 1 > nunits) nunits = fa->unit + 1;
        }
        for (int u = 0; u < nunits; u++) {
            int phases = 0, lastp = -2;
            for (int a = 0; a < firings.len; a++) {
                PFiring *fa = firings.items[a];
                if (fa->k == k && fa->unit == u && fa->phase != lastp) { phases++; lastp = fa->phase; }
            }
            if (phases < 2) continue;
            for (int i = 0; i < pop; i++) {
                Vec *ports = xalloc(sizeof *ports);
                for (int a = 0; a < firings.len; a++) {
                    PFiring *fa = firings.items[a];
                    if (fa->k == k && fa->unit == u && fa->ports[i] >= 0) {
                        vec_push(ports, (void *)(intptr_t)fa->ports[i]);
                        port_mux[fa->ports[i]] = muxes.len + 1;
                    }
                }
                if (ports->len) vec_push(&muxes, ports);
            }
        }
    }
    /* the last phase that reads each value */
    int *lastuse = xalloc(sizeof(int) * (size_t)(N + 1));
    for (int i = 0; i < N; i++) lastuse[i] = ph[i];
    for (int i = 0; i < N; i++) {
        DNode *n = nd(pd, i);
        if (n->kind != DN_OP) continue;
        for (int a = 0; a < n->nargs; a++)
            if (lastuse[n->args[a]] < ph[i]) lastuse[n->args[a]] = ph[i];
    }
    for (int i = 0; i < Q; i++)
        if (lastuse[queue[i]] < P - 1) lastuse[queue[i]] = (int)P - 1;
    /* the signals, phase by phase, and the hold registers */
    Sched s = {.d = pd};
    s.live = xalloc((size_t)N + 1);
    memset(s.live, 1, (size_t)N);
    s.taps = xalloc(sizeof(Taps) * (size_t)(N + 1));
    s.rename = xalloc(sizeof(char *) * (size_t)(N + 1));
    const char **wire = xalloc(sizeof(char *) * (size_t)(N + 1));   /* its signal at its own phase */
    int *reg = xalloc(sizeof(int) * (size_t)(N + 1));
    Vec regs = {0}, keys = {0}, keyed = {0};
    int pw = bits_for(P);
    StrBuf *v = &top->v;
#define AT(x, p) (ph[x] < (p) && ph[x] >= 0 ? ((PReg *)regs.items[reg[x]])->name : wire[x])
    for (int p = -1; p < P; p++) {
        for (int i = 0; i < N; i++) {
            if (ph[i] != p) continue;
            DNode *n = nd(pd, i);
            int w = width_of(n->w);
            if (n->kind == DN_INPUT) wire[i] = xprintf("in_data[%d:0]", w - 1);
            else if (n->kind == DN_CONST) wire[i] = xprintf("%d'h%llx", w, (unsigned long long)n->bits);
            else if (n->slot <= -2 && !strcmp(n->op, "bits")) {   /* a port */
                wire[i] = port_mux[i] ? xprintf("m%d", port_mux[i] - 1) : AT(n->args[0], p);
            } else if (fpga_op_is_wiring(n->op) && width_of(nd(pd, n->args[0])->w) == w) {
                wire[i] = AT(n->args[0], p);
            } else {
                StrBuf key = {0};
                sb_printf(&key, "%s|%d|%d", n->op, n->opw, n->w);
                for (int a = 0; a < n->nargs; a++)
                    sb_printf(&key, "|%d:%s", nd(pd, n->args[a])->w, AT(n->args[a], p));
                const char *ks = sb_str(&key);
                for (int q = 0; q < keys.len && !wire[i]; q++)
                    if (!strcmp(keys.items[q], ks)) wire[i] = keyed.items[q];
                if (wire[i]) continue;
                for (int a = 0; a < n->nargs; a++) s.rename[n->args[a]] = AT(n->args[a], p);
                n->time = 0;
                emit_op(&s, i);
                for (int a = 0; a < n->nargs; a++) s.rename[n->args[a]] = NULL;
                wire[i] = xprintf("n%d", i);
                vec_push(&keys, (void *)xstrdup(ks));
                vec_push(&keyed, (void *)wire[i]);
            }
        }
        if (p < 0) continue;
        for (int i = 0; i < N; i++) {
            if (ph[i] != p || lastuse[i] <= p || nd(pd, i)->kind == DN_CONST) continue;
            int w = width_of(nd(pd, i)->w);
            reg[i] = -1;
            for (int r = 0; r < regs.len && reg[i] < 0; r++) {
                PReg *pr = regs.items[r];
                if (pr->w != w || strcmp(pr->src, wire[i])) continue;
                if (pr->def == p || pr->free_at <= p) reg[i] = r;
            }
            if (reg[i] < 0) {
                PReg *pr = xalloc(sizeof *pr);
                pr->w = w;
                pr->src = wire[i];
                pr->def = -1;
                pr->name = xprintf("h%d", regs.len);
                reg[i] = regs.len;
                vec_push(&regs, pr);
            }
            PReg *pr = regs.items[reg[i]];
            if (pr->def != p) sb_printf(&pr->phases, "%sphase == %d'd%d", pr->phases.len ? " || " : "", pw, p);
            if (pr->def != p || lastuse[i] > pr->free_at) pr->free_at = lastuse[i];
            pr->def = p;
        }
    }
    /* the outputs: one register per distinct signal at the last phase */
    const char **osig = xalloc(sizeof(char *) * (size_t)(Q + 1));
    int *oreg = xalloc(sizeof(int) * (size_t)(Q + 1)), nout = 0;
    const char **oname = xalloc(sizeof(char *) * (size_t)(Q + 1));
    for (int i = 0; i < Q; i++) {
        int x = queue[i];
        osig[i] = nd(pd, x)->kind == DN_CONST ? wire[x] : AT(x, P - 1);
        oreg[i] = -1;
        for (int j = 0; j < i && oreg[i] < 0; j++)
            if (!strcmp(osig[j], osig[i])) oreg[i] = oreg[j];
        if (oreg[i] < 0) {
            oname[nout] = nd(pd, x)->kind == DN_CONST ? osig[i] : xprintf("o%d", nout);
            oreg[i] = nout++;
        }
    }
#undef AT
    int lw = 1;
    while ((1LL << lw) <= Q) lw++;
    int ow = 32 * (d->out_words ? d->out_words : 1);
    /* the module */
    sb_printf(v, "// Task %d %s (%s:%d): generated by limec's FPGA backend from the artifact store.\n", t->id, t->name,
              t->loc.file ? t->loc.file->name : "?", t->loc.line);
    sb_printf(v, "// Multi-rate: %s; one design for the period: %lld source items in, one a clock (phase 0..%lld), "
                 "each value computed at the phase of the last item it needs, %d hold registers; %lld outputs "
                 "(%d registers) after phase %lld, one a clock.\n", ir_graph_schedule(g), P, P - 1, regs.len, Q, nout, P - 1);
    emit_multirate_ports(v, t, d);
    sb_printf(v, "    reg [%d:0] phase;  // the source item of the period now at in_data\n", pw - 1);
    sb_printf(v, "    reg [%d:0] left;   // outputs left to give\n", lw - 1);
    sb_printf(v, "    wire last = phase == %d'd%lld;\n", pw, P - 1);
    sb_printf(v, "    assign out_valid = left != %d'd0;\n", lw);
    sb_printf(v, "    wire give = out_valid && out_ready;\n");
    sb_printf(v, "    assign in_ready = !last || left == %d'd0 || (left == %d'd1 && out_ready);\n", lw, lw);
    sb_printf(v, "    wire take = in_valid && in_ready;\n");
    for (int r = 0; r < regs.len; r++) {
        PReg *pr = regs.items[r];
        sb_printf(v, "    reg %s%s;  // held from %s\n", pr->w == 1 ? "" : xprintf("[%d:0] ", pr->w - 1), pr->name,
                  sb_str(&pr->phases));
    }
    for (int o = 0; o < nout; o++) {
        int x = -1;
        for (int i = 0; i < Q && x < 0; i++)
            if (oreg[i] == o) x = queue[i];
        if (nd(pd, x)->kind != DN_CONST)
            sb_printf(v, "    reg [%d:0] %s;\n", width_of(nd(pd, x)->w) - 1, oname[o]);
    }
    for (int q = 0; q < muxes.len; q++) {
        Vec *ports = muxes.items[q];
        int p0 = (int)(intptr_t)ports->items[0];
        int w = width_of(nd(pd, p0)->w);
        sb_printf(v, "    wire %sm%d = ", w == 1 ? "" : xprintf("[%d:0] ", w - 1), q);
        const char **sgs = xalloc(sizeof(char *) * (size_t)(ports->len + 1));
        int *phs = xalloc(sizeof(int) * (size_t)(ports->len + 1)), ns = 0;
        for (int a = 0; a < ports->len; a++) {
            int pt = (int)(intptr_t)ports->items[a], item = nd(pd, pt)->args[0];
            const char *sg = ph[item] < ph[pt] && ph[item] >= 0 ? ((PReg *)regs.items[reg[item]])->name : wire[item];
            bool seen = false;
            for (int b = 0; b < ns; b++) seen |= !strcmp(sgs[b], sg);
            if (seen) continue;
            sgs[ns] = sg;
            phs[ns++] = ph[pt];
        }
        for (int b = 0; b < ns; b++) {
            if (b + 1 < ns) sb_printf(v, "phase == %d'd%d ? %s : ", pw, phs[b], sgs[b]);
            else sb_printf(v, "%s", sgs[b]);
        }
        sb_printf(v, ";  // a shared unit's operand, by phase\n");
    }
    sb_printf(v, "%s", sb_str(&s.v));
    for (int i = 0; i < s.files.len; i++) add_file(top, s.files.items[i]);
    /* out_data: item Q - left */
    sb_printf(v, "    assign out_data = ");
    for (int o = 0; o < nout; o++) {
        int x = -1;
        StrBuf cond = {0};
        for (int i = 0; i < Q; i++)
            if (oreg[i] == o) {
                if (x < 0) x = queue[i];
                sb_printf(&cond, "%sleft == %d'd%lld", cond.len ? " || " : "", lw, Q - i);
            }
        int w = width_of(nd(pd, x)->w);
        const char *val = w < ow ? xprintf("{%d'b0, %s}", ow - w, oname[o]) : oname[o];
        if (o + 1 < nout) sb_printf(v, "(%s) ? %s : ", sb_str(&cond), val);
        else sb_printf(v, "%s;\n", val);
    }
    sb_printf(v, "    always @(posedge clk) begin\n");
    sb_printf(v, "        if (rst) begin\n            phase <= %d'd0;\n            left <= %d'd0;\n        end else begin\n",
              pw, lw);
    sb_printf(v, "            if (take) phase <= last ? %d'd0 : phase + %d'd1;\n", pw, pw);
    sb_printf(v, "            if (take && last) left <= %d'd%lld;\n            else if (give) left <= left - %d'd1;\n",
              lw, Q, lw);
    sb_printf(v, "        end\n");
    for (int r = 0; r < regs.len; r++) {
        PReg *pr = regs.items[r];
        sb_printf(v, "        if (take && (%s)) %s <= %s;\n", sb_str(&pr->phases), pr->name, pr->src);
    }
    sb_printf(v, "        if (take && last) begin\n");
    for (int o = 0; o < nout; o++) {
        int i = 0;
        while (oreg[i] != o) i++;
        if (nd(pd, queue[i])->kind != DN_CONST) sb_printf(v, "            %s <= %s;\n", oname[o], osig[i]);
    }
    sb_printf(v, "        end\n    end\nendmodule\n`default_nettype wire\n");
    long long busiest = Q > P ? Q : P, c = gcd(P, busiest);
    fd->ii = (int)((busiest + P - 1) / P);
    fd->items_per_clock = busiest == P ? "1" : xprintf("%lld/%lld", P / c, busiest / c);
    fd->latency = (int)P;
    fd->adapters = "";
    fd->period = xprintf("one design for the period: %lld source items in, %lld out, %d hold and %d output registers",
                         P, Q, regs.len, nout);
    return NULL;
}

/* An engine body's stages (BodyStages) as its staggered schedule lays
 * them out: context value k's bits start at the sum of the widths before
 * it (loop.c's layout, the order of the body's results). */
static void body_stages(Sched *s, BodyStages *st) {
    Dfg *d = s->d;
    LIME_ASSERT(d->result >= 0 && d->exc < 0);   /* {again, context}: the exception flag is a context value */
    size_t size = sizeof(int) * (size_t)(d->nresults + 1);
    st->in = xalloc(size);
    st->out = xalloc(size);
    st->bit = xalloc(size);
    st->width = xalloc(size);
    for (int k = 0; k < d->nresults; k++) {
        DNode *r = nd(d, d->results[k]);
        st->out[k] = r->time;
        st->width[k] = width_of(r->w);
        st->bit[k + 1] = st->bit[k] + st->width[k];
        for (int i = 0; i < d->nodes.len; i++) {
            DNode *n = nd(d, i);
            if (n->kind == DN_INPUT && n->slot == st->bit[k]) st->in[k] = n->time;
        }
    }
    st->again = nd(d, d->result)->time;
    st->last = s->nstage - 1;
}

/* An engine part (loop.c) as a pipeline module: every pipelined unit and
 * delay line on the port `ce`; out_data is d's results from bit 0 at their
 * widths, then its result, then its exception flag (when it has them), at
 * stage *latency after in_data. */
static void emit_pipe(StrBuf *v, Vec *files, Dfg *d, const char *name, int *latency, int *out_bits,
                      BodyStages *st, bool *stalling) {
    Sched s = {.d = d, .files = *files, .staggered = st != NULL};
    s.live = fpga_live_nodes(d);
    s.taps = xalloc(sizeof(Taps) * (size_t)(d->nodes.len + 1));
    schedule(&s);
    int last = s.nstage - 1, bits = 0, n = 0;
    int *outs = xalloc(sizeof(int) * (size_t)(d->nresults + 3));
    for (int i = 0; i < d->nresults; i++) outs[n++] = d->results[i];
    if (d->result >= 0) outs[n++] = d->result;
    if (d->exc >= 0) outs[n++] = d->exc;
    StrBuf cat = {0};   /* the last output first */
    for (int i = n - 1; i >= 0; i--) {
        sb_printf(&cat, "%s%s", sig(&s, outs[i], st ? nd(d, outs[i])->time : last), i ? ", " : "");
        bits += width_of(nd(d, outs[i])->w);
    }
    if (st) body_stages(&s, st);
    StrBuf head = {0};
    sb_printf(&head, "`default_nettype none\n");
    sb_printf(&head, "module %s (\n", name);
    sb_printf(&head, "    /* verilator lint_off UNUSEDSIGNAL */\n");
    sb_printf(&head, "    input  wire clk,\n    input  wire rst,\n    input  wire ce,\n");
    sb_printf(&head, "    input  wire %s params,\n", port_range(d->param_words));
    sb_printf(&head, "    input  wire %s in_data,\n", port_range(d->in_words));
    fpga_mem_ports(&head, d);
    LIME_ASSERT(s.v.len == 0);   /* s.v: the module's body, after its ports (which depend on it) */
    fpga_mem_decls(&s.v, d, s.live);
    emit_nodes(&s);
    sb_printf(&s.v, "    assign out_data = {%s};\n", sb_str(&cat));
    *stalling = s.busy.len > 0;
    if (*stalling) {   /* stalling units: stage k's valid bit in, busy out (engine.c holds ce low meanwhile) */
        sb_printf(&head, "    input  wire [%d:0] stage_valid,\n", last > 1 ? last - 1 : 0);
        sb_printf(&s.v, "    assign busy = |{%s};\n", sb_str(&s.busy));
    }
    sb_printf(&head, "    /* verilator lint_on UNUSEDSIGNAL */\n");
    if (*stalling) sb_printf(&head, "    output wire busy,\n");
    sb_printf(&head, "    output wire [%d:0] out_data\n);\n", bits - 1);
    sb_printf(&head, "    // latency %d\n", last);
    if (*stalling) sb_printf(&head, "    wire %s;\n", sb_str(&s.busy));
    sb_puts(v, sb_str(&head));
    sb_puts(v, sb_str(&s.v));
    sb_printf(v, "endmodule\n`default_nettype wire\n\n");
    *files = s.files;
    *latency = last;
    *out_bits = bits;
}

/* The latency of d's pipeline as schedule() lays it out. */
static int pipe_latency(Dfg *d) {
    Sched s = {.d = d, .live = fpga_live_nodes(d), .taps = xalloc(sizeof(Taps) * (size_t)(d->nodes.len + 1))};
    schedule(&s);
    return s.nstage - 1;
}

/* The engine body's `again` with the next pass's head test (loop.c), when
 * it makes the pass no longer: an item then leaves on its last iteration's
 * pass instead of one pass later. */
static void choose_again(LoopEngine *g) {
    Dfg *body = g->body;
    if (g->again_next < 0) return;
    int plain = body->result, plain_latency = pipe_latency(body);
    body->result = g->again_next;
    g->rotated = pipe_latency(body) <= plain_latency;
    if (!g->rotated) body->result = plain;
}

FpgaDesign *fpga_design(IrProgram *p, IrTask *t) {
    FpgaTask *ft = fpga_task(p, t);
    if (ft->design) return ft->design;
    Reason why;
    Dfg *d = fpga_dfg(p, t, &why);
    if (!d) return NULL;
    Sched s = {.d = d};
    FpgaDesign *fd = xalloc(sizeof *fd);
    if (d->engine) {   /* the parts' pipelines here, the engine around them in engine.c */
        Dfg *parts[3] = {d->engine->pro, d->engine->body, d->engine->epi};
        const char *names[3] = {"pro", "body", "epi"};
        StrBuf v = {0};
        int lat[3], bits;
        bool stalling[3];
        BodyStages st = {0};
        choose_again(d->engine);
        for (int i = 0; i < 3; i++)
            emit_pipe(&v, &fd->files, parts[i], xprintf("lime_task%d_%s", t->id, names[i]), &lat[i], &bits,
                      i == 1 ? &st : NULL, &stalling[i]);
        LIME_ASSERT(!stalling[1] && !stalling[2]);   /* only a prologue divides sequentially (Dfg.seq_div) */
        fpga_emit_engine(t, d, sb_str(&v), lat[0], lat[2], &st, stalling[0], fd);
        for (int i = 0; i < fd->files.len; i++) note_dependency(fd->files.items[i]);
        ft->design = fd;
        return fd;
    }
    if (d->nfirings) {
        fd->not_period = emit_period(&s, t, fd);
        if (fd->not_period) {
            s.v.len = 0;
            s.files.len = 0;
            emit_multirate(&s, t, fd);
        }
    } else {
        s.live = fpga_live_nodes(d);
        s.taps = xalloc(sizeof(Taps) * (size_t)(d->nodes.len + 1));
        name_state(&s);
        if (d->fold) plan_fold(&s);
        schedule(&s);
        if (d->reduce_levels) emit_reduce(&s, t, fpga_store_module("stream_reduce_tree")->file);
        else emit_module(&s, t, xprintf("lime_task%d", t->id));
        if (d->fold)
            fd->folded = xprintf("folded: %d shared unit%s, an item every %d clock%s", s.units.len,
                                 s.units.len == 1 ? "" : "s", s.ii, s.ii == 1 ? "" : "s");
    }
    fd->verilog = xstrdup(sb_str(&s.v));
    fd->top = xprintf("lime_task%d", t->id);
    fd->files = s.files;
    fd->parts = s.parts;
    for (int i = 0; i < fd->files.len; i++) note_dependency(fd->files.items[i]);   /* the depfile's */
    if (!d->nfirings) {
        fd->latency = s.nstage;
        fd->ii = s.ii;
    }
    if (d->reduce_levels) {   /* a group's last element in to its result out */
        fd->latency = d->reduce_levels * s.nstage + 1;
        fd->ii = 1;
    }
    ft->design = fd;
    return fd;
}

void print_verilog(FILE *out, IrProgram *p) {
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        Reason why = {0};
        if (!fpga_accepts(p, t, &why)) {
            fprintf(out, "// ===== task%d %s: not accepted by the FPGA backend: %s (line %d)\n", t->id, t->name, why.text,
                    why.loc.line);
            continue;
        }
        FpgaDesign *fd = fpga_design(p, t);
        fprintf(out, "// ===== task%d %s: fpga/task%d.v (store modules:", t->id, t->name, t->id);
        for (int k = 0; k < fd->files.len; k++) {
            const char *f = fd->files.items[k], *slash = strrchr(f, '/');
            fprintf(out, " %s", slash ? slash + 1 : f);
        }
        fprintf(out, ")\n%s\n", fd->verilog);
    }
}
