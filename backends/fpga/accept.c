/* accept.c: whether the FPGA backend runs a task, and its DFG when it does.
 *
 * Requires dfg.c (the DFG by symbolic evaluation), solution.c (store
 * solutions substituted into a stream's DFG) and store.c (which module
 * implements an operator).  Guarantees: fpga_dfg gives, once per task,
 * either the DFG that verilog.c can schedule and emit (every live operator
 * has a store module, the design is small enough to build in seconds) or
 * the reason it rejects the task (the construct and its line).  Nothing
 * here prints or writes a file.
 *
 * The decision per task kind: a map is built from its own body; a stream
 * task from its graph's filters before the sink; a filter or a graph's
 * fused map is covered by (or rejected with) its graph's stream task; a
 * reduce is the DFG of one combination, which verilog.c instantiates once
 * per level of the store's stream_reduce_tree (reduce_levels, as many as
 * the size limits allow, at most 8); sinks stay on the CPU.  A multi-rate
 * graph's stream task is one DFG per filter, of one firing (multirate_dfg:
 * stateless static filters, no division that may throw), that verilog.c
 * joins with the store's rate adapters; the graph's filters and fused maps
 * go to the FPGA only inside it. */
#include "fpga.h"

#include <stdlib.h>
#include <string.h>

/* The backend's slot of p->backend_private: its position in the table
 * (found by its name, so that nothing here refers to fpga.c). */
static int table_index(void) {
    for (int i = 0; i < lime_backend_count; i++)
        if (!strcmp(lime_backends[i]->name, "fpga")) return i;
    LIME_UNREACHABLE();
}

FpgaProgram *fpga_program(IrProgram *p) {
    if (!p->backend_private) p->backend_private = xalloc(sizeof(void *) * (size_t)lime_backend_count);
    void **slot = &p->backend_private[table_index()];
    if (!*slot) *slot = xalloc(sizeof(FpgaProgram));
    return *slot;
}

FpgaTask *fpga_task(IrProgram *p, IrTask *t) {
    FpgaProgram *fp = fpga_program(p);
    if (t->id >= fp->ntasks) {
        int n = t->id + 16;
        fp->tasks = xrealloc_arr(fp->tasks, (size_t)fp->ntasks, (size_t)n, sizeof(FpgaTask *));
        for (int i = fp->ntasks; i < n; i++) fp->tasks[i] = NULL;
        fp->ntasks = n;
    }
    if (!fp->tasks[t->id]) fp->tasks[t->id] = xalloc(sizeof(FpgaTask));
    return fp->tasks[t->id];
}

bool fpga_op_is_wiring(const char *op) {
    return !strcmp(op, "bits");
}

/* int_div_seq in place of int_div's implementation im (Dfg.seq_div): the
 * same parameters and output (q or r), latency 1, made once per kind. */
static const StoreImpl *sequential_divider(const StoreImpl *im, const char **why) {
    static Vec made;   /* StoreImpl*: the ones given out, by params and output */
    for (int i = 0; i < made.len; i++) {
        const StoreImpl *m = made.items[i];
        if (!strcmp(m->params, im->params) && !strcmp(m->output, im->output)) return m;
    }
    const StoreImpl *seq = fpga_store_module("int_div_seq");
    if (!seq) {
        *why = "the store has no module int_div_seq";
        return NULL;
    }
    StoreImpl *m = xalloc(sizeof *m);
    *m = *seq;
    m->params = im->params;
    m->output = im->output;
    vec_push(&made, m);
    return m;
}

const StoreImpl *fpga_op_impl(Dfg *d, DNode *n, const char **why) {
    if (!strcmp(n->op, "aload")) return fpga_mem_read_impl();
    if (!strcmp(n->op, "solution")) {
        Solution *sol = d->solutions.items[n->slot];
        const StoreImpl *m = fpga_store_module(sol->module);
        if (!m) {
            *why = xprintf("the store has no module %s", sol->module);
            return NULL;
        }
        StoreImpl *im = xalloc(sizeof *im);
        *im = *m;
        im->params = sol->params;
        return im;
    }
    const char *type = fpga_wire_type_name(n->opw);
    const StoreImpl *im = fpga_store_find(n->op, type, why);
    if (!im && !strcmp(n->op, "-x")) im = fpga_store_find("neg", type, why);
    if (im && d->seq_div && !strcmp(im->module, "int_div")) return sequential_divider(im, why);
    return im;
}

/* Designs beyond these sizes would take Yosys and Verilator minutes, not
 * seconds: such a body is rejected (it stays on the CPU).  A plain map is
 * folded instead of rejected for its pipelined units (fpga_fold_above);
 * its combinational operators (multiplexers, integer logic) may then be up
 * to MAX_FOLDED_INSTANCES. */
enum { MAX_INSTANCES = 1024, MAX_PIPELINED = 64, MAX_FOLDED_INSTANCES = 4096, FOLD_UNITS = 16 };

long fpga_whole_number(const char *text, long lo, long hi) {
    char *end;
    long n = strtol(text, &end, 10);
    return *end || end == text || n < lo || n > hi ? -1 : n;
}

/* The count the environment variable sets (unset or empty: fallback), or
 * -1 when it is not a whole number from 1 to a million. */
static int env_count(const char *name, int fallback) {
    const char *env = getenv(name);
    return !env || !*env ? fallback : (int)fpga_whole_number(env, 1, 1000000);
}

int fpga_fold_above(void) { return env_count("LIME_FPGA_FOLD_ABOVE", MAX_PIPELINED); }

int fpga_fold_units(void) { return env_count("LIME_FPGA_FOLD_UNITS", FOLD_UNITS); }

/* Whether env_count accepts name's value; else reported, saying it counts `what`. */
static bool count_setting_ok(const char *name, const char *what) {
    if (env_count(name, 1) > 0) return true;
    error_plain("%s must be a number of %s from 1 to 1000000, not '%s'", name, what, getenv(name));
    return false;
}

bool fpga_fold_settings_ok(void) {
    bool above = count_setting_ok("LIME_FPGA_FOLD_ABOVE", "pipelined units");
    bool units = count_setting_ok("LIME_FPGA_FOLD_UNITS", "shared units");
    return above && units;
}

/* Can d's design be folded (verilog.c shares the units of a plain map)? */
static bool foldable(IrTask *t, Dfg *d) {
    return t->kind == TASK_MAP && !d->engine && !d->nfirings && !d->nstate && !d->nmems && !d->solutions.len;
}

enum { MAX_REDUCE_LEVELS = 8, MAX_REDUCE_PIPELINED = 4 };

/* A multi-rate filter's firing is one word of its items on the wires. */
enum { MAX_FIRING_ITEMS = 256 };

/* The first live operator with no artifact in the store (or the one that
 * makes the design too large), or NULL; *ninst and *npipe count the
 * instances and the pipelined ones among them. */
static DNode *missing_artifact(Dfg *d, bool fold, const char **why, int *ninst, int *npipe) {
    bool *live = fpga_live_nodes(d);
    int instances = 0, pipelined = 0;
    int max_instances = fold ? MAX_FOLDED_INSTANCES : MAX_INSTANCES, max_pipelined = fold ? 1 << 30 : MAX_PIPELINED;
    *ninst = *npipe = 0;
    for (int i = 0; i < d->nodes.len; i++) {
        DNode *n = d->nodes.items[i];
        if (!live[i] || n->kind != DN_OP || fpga_op_is_wiring(n->op)) continue;
        const StoreImpl *im = fpga_op_impl(d, n, why);
        if (!im) return n;
        instances++;
        if (im->latency > 0) pipelined++;
        if (instances > max_instances || pipelined > max_pipelined) {
            *why = fold ? xprintf("the body unrolls to more than %d operators: too large a design to build in minutes",
                                  max_instances)
                        : xprintf("the body unrolls to more than %d operators (or %d pipelined units such as float "
                                  "or division units): too large a design to build in seconds",
                                  MAX_INSTANCES, MAX_PIPELINED);
            return n;
        }
    }
    *ninst = instances;
    *npipe = pipelined;
    return NULL;
}

/* missing_artifact over a loop engine's three parts, their sizes together. */
static DNode *engine_missing_artifact(Dfg *d, const char **why) {
    Dfg *parts[3] = {d->engine->pro, d->engine->body, d->engine->epi};
    int ninst = 0, npipe = 0;
    for (int i = 0; i < 3; i++) {
        int ni, np;
        DNode *n = missing_artifact(parts[i], false, why, &ni, &np);
        ninst += ni, npipe += np;
        if (!n && (ninst > MAX_INSTANCES || npipe > MAX_PIPELINED)) {
            *why = xprintf("the loop engine's parts have more than %d operators (or %d pipelined units): too large a "
                           "design to build in seconds", MAX_INSTANCES, MAX_PIPELINED);
            return parts[i]->nodes.items[0];
        }
        if (n) return n;
    }
    return NULL;
}

/* The DFG of t with the array elements const_keys names folded, or NULL
 * with *why: when the evaluation rejects the body, or a live operator of
 * it has no artifact in the store (or the design is too large). */
static Dfg *checked_dfg(IrProgram *p, IrTask *t, Vec *const_keys, Reason *why) {
    Dfg *d = fpga_dfg_build(p, t, const_keys, why);
    if (!d) return NULL;
    const char *missing;
    int ninst, npipe;
    bool fold = foldable(t, d);
    DNode *n = d->engine ? engine_missing_artifact(d, &missing) : missing_artifact(d, fold, &missing, &ninst, &npipe);
    d->fold = !n && fold && npipe > fpga_fold_above();
    if (!n && fold && !d->fold && ninst > MAX_INSTANCES) {   /* folding shares no combinational operator */
        n = d->nodes.items[d->result >= 0 ? d->result : 0];
        missing = xprintf("the body unrolls to more than %d operators: too large a design to build in seconds",
                          MAX_INSTANCES);
    }
    if (!n && t->kind == TASK_REDUCE) {
        /* one combiner per level: as many levels as the limits allow, and
         * at most MAX_REDUCE_PIPELINED pipelined units in all (float units
         * are what makes a build take long; the runtime's extra passes
         * over 1/16 of the elements cost little) */
        int levels = MAX_REDUCE_LEVELS;
        while (levels > 1 && (levels * ninst > MAX_INSTANCES || levels * npipe > MAX_REDUCE_PIPELINED)) levels--;
        d->reduce_levels = levels;
        if (!fpga_store_module("stream_reduce_tree")) {
            why->loc = t->loc;
            snprintf(why->text, sizeof why->text, "the store has no module stream_reduce_tree");
            return NULL;
        }
    }
    if (!n && d->nmems && (missing = fpga_mem_choose(d))) n = d->nodes.items[d->result];
    if (!n) return d;
    why->loc = n->loc;
    snprintf(why->text, sizeof why->text, "%s", missing);
    return NULL;
}

/* A multi-rate graph's stream task: one DFG per filter before the sink,
 * of one firing (every filter stateless and static, no division that may
 * throw, every operator in the store), kept in a shell DFG whose item in
 * is a source item and whose item out one of the last filter's; or NULL
 * with *why. */
static Dfg *multirate_dfg(IrProgram *p, IrTask *t, Reason *why) {
    Graph *g = t->graph;
    Dfg *d = xalloc(sizeof *d);
    d->task = t;
    d->exc = d->exc_index = d->result = -1;
    d->nfirings = t->nchain;
    d->firings = xalloc(sizeof(Dfg *) * (size_t)(t->nchain + 1));
    d->pop = xalloc(sizeof(int) * (size_t)(t->nchain + 1));
    d->push = xalloc(sizeof(int) * (size_t)(t->nchain + 1));
    int ninst = 0, npipe = 0;
    for (int i = 0; i < 2; i++) {
        const char *adapter = i ? "stream_ser" : "stream_deser";
        if (!fpga_store_module(adapter)) {
            snprintf(why->text, sizeof why->text, "the store has no module %s", adapter);
            return NULL;
        }
    }
    for (int k = 0; k < t->nchain; k++) {
        GraphFilter *flt = g->filters.items[k];
        why->loc = t->filters[k].loc;
        if (flt->kind != TASK_FILTER || !(flt->method->mods & MOD_STATIC)) {
            snprintf(why->text, sizeof why->text, "in a multi-rate graph (%s), stateful filter '%s.%s': the FPGA's "
                     "rate adapters take graphs of stateless filters", ir_graph_rate_why(g), flt->method->owner->name,
                     flt->method->name);
            return NULL;
        }
        if (flt->pop > MAX_FIRING_ITEMS || flt->push > MAX_FIRING_ITEMS) {
            snprintf(why->text, sizeof why->text, "'%s.%s' %s: the FPGA's rate adapters take at most %d items a "
                     "firing", flt->method->owner->name, flt->method->name, ir_filter_rate(g, k), MAX_FIRING_ITEMS);
            return NULL;
        }
        Dfg *f = fpga_dfg_firing(p, t, k, why);
        if (!f) return NULL;
        const char *missing;
        int ni, np;
        DNode *n = missing_artifact(f, false, &missing, &ni, &np);
        ninst += ni;
        npipe += np;
        if (!n && (ninst > MAX_INSTANCES || npipe > MAX_PIPELINED)) {
            n = f->nodes.items[f->result];
            missing = xprintf("the graph's filters unroll to more than %d operators (or %d pipelined units): too large "
                              "a design to build in seconds", MAX_INSTANCES, MAX_PIPELINED);
        }
        if (n) {
            why->loc = n->loc;
            snprintf(why->text, sizeof why->text, "%s", missing);
            return NULL;
        }
        if (f->exc >= 0) {
            why->loc = ((DNode *)f->nodes.items[f->exc])->loc;
            snprintf(why->text, sizeof why->text, "a division that may throw, in a multi-rate graph (which firing throws "
                     "first is the CPU's to find)");
            return NULL;
        }
        d->firings[k] = f;
        d->pop[k] = flt->pop;
        d->push[k] = flt->push;
    }
    Dfg *first = d->firings[0], *last = d->firings[t->nchain - 1];
    snprintf(d->in_types, sizeof d->in_types, "%s", first->in_types);
    d->in_words = first->in_words / d->pop[0];
    d->out_type = last->out_type;
    d->out_words = last->out_words / d->push[t->nchain - 1];
    return d;
}

static bool reject_kind(IrProgram *p, IrTask *t, Reason *why) {
    why->loc = t->loc;
    if (t->graph && t->graph->multirate && t->kind != TASK_STREAM && t->kind != TASK_SINK) {
        /* a multi-rate graph runs on the FPGA as its stream task or not at all */
        Reason inner;
        const char *rate = ir_filter_rate(t->graph, t->graph_pos);
        if (t->graph->stream && fpga_dfg(p, t->graph->stream, &inner))
            snprintf(why->text, sizeof why->text, "runs on the FPGA inside task '%s'", t->graph->stream->name);
        else if (t->graph->stream)
            *why = inner;
        else if (rate)
            snprintf(why->text, sizeof why->text, "%s: the FPGA runs multi-rate graphs as their stream task only", rate);
        else
            snprintf(why->text, sizeof why->text, "in a multi-rate graph (%s): the FPGA runs multi-rate graphs as their "
                     "stream task only", ir_graph_rate_why(t->graph));
        return true;
    }
    switch (t->kind) {
    case TASK_SINK:
        snprintf(why->text, sizeof why->text, "sink: runs on the CPU");
        return true;
    case TASK_FILTER: case TASK_STATEFUL_FILTER:
        if (t->graph && t->graph->stream) {
            Reason inner;
            if (fpga_dfg(p, t->graph->stream, &inner))
                snprintf(why->text, sizeof why->text, "runs on the FPGA inside task '%s'", t->graph->stream->name);
            else
                *why = inner;
        } else
            snprintf(why->text, sizeof why->text, "filter of a graph without an FPGA stream task");
        return true;
    case TASK_MAP: {
        /* a graph's fused leading stateless filters: a map for the FPGA
         * only when it does not take the whole graph as its stream task */
        Reason inner;
        if (t->graph && t->graph->stream && fpga_dfg(p, t->graph->stream, &inner)) {
            snprintf(why->text, sizeof why->text, "the FPGA runs this graph as task '%s'", t->graph->stream->name);
            return true;
        }
        if (t->graph && t->graph_pos > 0) {
            snprintf(why->text, sizeof why->text, "a run of stateless filters after a stateful filter: the FPGA runs "
                     "graphs from their source");
            return true;
        }
        return false;
    }
    default: return false;
    }
}

Dfg *fpga_dfg(IrProgram *p, IrTask *t, Reason *why) {
    FpgaTask *ft = fpga_task(p, t);
    if (ft->decided) {
        *why = ft->why;
        return ft->dfg;
    }
    Reason r = {0};
    Dfg *d = NULL;
    if (t->kind == TASK_STREAM && t->graph->multirate) {
        d = multirate_dfg(p, t, &r);
    } else if (!reject_kind(p, t, &r)) {
        Vec keys = {0};
        d = checked_dfg(p, t, &keys, &r);
        /* array elements the filters never write and their constructors
         * set to constants: a second evaluation folds them */
        if (d) fpga_dfg_constant_elems(d, &keys);
        if (d && keys.len) d = checked_dfg(p, t, &keys, &r);
        if (d && t->kind == TASK_STREAM) fpga_substitute_solutions(d);
    }
    if (!d && !r.text[0]) snprintf(r.text, sizeof r.text, "not accepted");
    ft->decided = true;
    ft->dfg = d;
    ft->why = r;
    *why = r;
    return d;
}

bool fpga_accepts(IrProgram *p, IrTask *t, Reason *why) { return fpga_dfg(p, t, why) != NULL; }
