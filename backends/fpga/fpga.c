/* fpga.c: the FPGA backend's entry in the table (backends/backend.h):
 * accepts and the explain note (accept.c), --emit=verilog (verilog.c), the
 * state layout of a stream task it accepted, the build of every accepted
 * task (build.c: Yosys, Verilator, cached) and each task's manifest entry
 * (docs/manifest.md; manifest.c writes the generic keys first).
 *
 * Requires every other file of the backend; nothing calls into this one
 * but the table.  Guarantees the hooks' contracts of backend.h: a task
 * whose build failed is rejected (task_reject) with what failed, and so
 * is a graph's fused map that its stream task covered. */
#include "fpga.h"

#include <stdlib.h>

#include <string.h>

/* The stream's filter state as the model keeps it (dfg.c's layout). */
static const StateLayout *fpga_state_layout(IrProgram *p, IrTask *t) {
    Reason why;
    Dfg *d = fpga_dfg(p, t, &why);
    if (!d || t->kind != TASK_STREAM) return NULL;
    StateLayout *s = xalloc(sizeof *s);
    *s = (StateLayout){d->nstate_fields, d->state_lens, d->state_zero, d->state_words};
    return s;
}

/* " (sol_fir for filter 0: 8-tap FIR)" when solutions replace filters; a
 * reduce's levels, elements per result and latencies; else "" */
static const char *fpga_explain_note(IrProgram *p, IrTask *t) {
    Reason why;
    Dfg *d = fpga_dfg(p, t, &why);
    if (d && d->reduce_levels) {
        FpgaDesign *fd = fpga_design(p, t);
        return xprintf(" (stream_reduce_tree: %d levels, a result per %d elements fed back until one is left; "
                       "combiner latency %d, latency %d)", d->reduce_levels, 1 << d->reduce_levels,
                       (fd->latency - 1) / d->reduce_levels - 1, fd->latency);
    }
    if (d && d->engine && d->nmems) return xprintf(" (%s; %s)", fpga_design(p, t)->engine, fpga_mem_describe(d));
    if (d && d->engine) return xprintf(" (%s)", fpga_design(p, t)->engine);
    if (d && d->fold) return xprintf(" (%s; latency %d)", fpga_design(p, t)->folded, fpga_design(p, t)->latency);
    if (d && d->nfirings) {
        FpgaDesign *fd = fpga_design(p, t);
        if (fd->period)
            return xprintf(" (%s; %s source item%s per clock, latency %d)", fd->period, fd->items_per_clock,
                           strcmp(fd->items_per_clock, "1") ? "s" : "", fd->latency);
        /* (no adapters: every firing takes and gives one item, as T[[1]]) */
        return xprintf(" (%s%s%s source item%s per clock, latency %d; not one design for the period: %s)", fd->adapters,
                       *fd->adapters ? "; " : "", fd->items_per_clock, strcmp(fd->items_per_clock, "1") ? "s" : "",
                       fd->latency, fd->not_period);
    }
    if (d && d->nmems) {
        FpgaDesign *fd = fpga_design(p, t);
        return xprintf(" (%s; latency %d, ii %d)", fpga_mem_describe(d), fd->latency, fd->ii);
    }
    if (!d || !d->solutions.len) return "";
    StrBuf sb = {0};
    for (int i = 0; i < d->solutions.len; i++) {
        Solution *s = d->solutions.items[i];
        sb_printf(&sb, "%s%s for filter %d: %s", i ? ", " : " (", s->module, s->filter, s->what);
    }
    sb_puts(&sb, ")");
    return xstrdup(sb_str(&sb));
}

/* The graph's stream task when t is one of its fused maps, else NULL. */
static IrTask *stream_of(IrTask *t) { return t->kind == TASK_MAP && t->graph ? t->graph->stream : NULL; }

/* LIME_FPGA_MAX_CELLS as a count of logic cells, or -1 when it is not a
 * whole number from 0 to a billion (fpga_settings_ok reports that). */
static long max_cells_setting(const char *env) { return fpga_whole_number(env, 0, 1000000000); }

/* The most logic cells a design may take, by fpga_estimate_cells, to be
 * built when --target does not name fpga: LIME_FPGA_MAX_CELLS (0: no
 * limit), else the largest part's (a larger design fits no supported
 * chip: its model, a simulator, costs minutes of Yosys to every plain
 * compile); *from says which.  The setting was checked (fpga_settings_ok). */
static int max_cells(const Backend *self, const char **from) {
    if (backends_target_named(self)) return 0;
    const char *env = getenv("LIME_FPGA_MAX_CELLS");
    if (!env || !*env) {
        *from = xprintf("the %s's", fpga_largest_part()->title);
        return fpga_largest_part()->lcs;
    }
    *from = "LIME_FPGA_MAX_CELLS";
    return (int)max_cells_setting(env);
}

/* The backend's check_settings, before anything is read or written: the
 * part (--fpga-part= or LIME_FPGA_PART), LIME_FPGA_MAX_CELLS and the fold
 * settings; false after reporting each bad one. */
static bool fpga_settings_ok(void) {
    bool ok = fpga_fold_settings_ok();
    const char *part = getenv("LIME_FPGA_PART"), *cells = getenv("LIME_FPGA_MAX_CELLS");
    if (part && *part && !fpga_part_named(part)) {
        error_plain("unknown FPGA part '%s' (--fpga-part= or LIME_FPGA_PART: %s)", part, fpga_part_names());
        ok = false;
    }
    if (cells && *cells && max_cells_setting(cells) < 0) {
        error_plain("LIME_FPGA_MAX_CELLS must be a number of logic cells (0: no limit), not '%s'", cells);
        ok = false;
    }
    return ok;
}

/* Rejects the accepted tasks whose design is estimated over the limit
 * (from: max_cells's source of it) and is not in the cache already, each
 * with a line on stderr saying how to build it. */
static void skip_large(IrProgram *p, const Backend *self, Vec *accepted, int limit, const char *from) {
    int kept = 0;
    for (int i = 0; i < accepted->len; i++) {
        IrTask *t = accepted->items[i];
        int cells = fpga_estimate_cells(fpga_design(p, t));
        if (cells <= limit || fpga_build_cached(p, t)) {
            accepted->items[kept++] = t;
            continue;
        }
        const char *why = xprintf("not built: about %d logic cells by the store's figures, more than %d (%s); "
                                  "--target naming fpga, or LIME_FPGA_MAX_CELLS=0, builds it",
                                  cells, limit, from);
        fprintf(stderr, "limec: fpga: task%d %s: %s\n", t->id, t->name, why);
        task_reject(t, self, why);
    }
    accepted->len = kept;
}

/* Builds every accepted task (in parallel, then each from the cache); a
 * failed build rejects its task, which then runs on the CPU. */
static bool fpga_build_tasks(IrProgram *p, const Backend *self, const char *dir) {
    Vec accepted = {0};
    for (int i = 0; i < p->tasks.len; i++)
        if (task_verdict(p->tasks.items[i], self)->accepted) vec_push(&accepted, p->tasks.items[i]);
    const char *limit_from = NULL;
    int limit = max_cells(self, &limit_from);
    if (limit > 0) skip_large(p, self, &accepted, limit, limit_from);
    if (!accepted.len) return true;
    bool *built_now = fpga_build_all(p, &accepted, dir);
    bool *failed = xalloc(sizeof(bool) * (size_t)(p->tasks.len + 1));
    for (int i = 0; i < accepted.len; i++) {
        IrTask *t = accepted.items[i];
        FpgaBuild *b = xalloc(sizeof *b);
        const char *why = NULL;
        if (fpga_build(p, t, dir, built_now[t->id], b, &why)) {
            task_verdict(t, self)->built = b;
            continue;
        }
        fprintf(stderr, "limec: warning: fpga: task%d %s not built, it runs on the CPU: %s\n", t->id, t->name, why);
        task_reject(t, self, why);
        failed[t->id] = true;
    }
    /* a fused map rejected for its stream's sake, whose build failed */
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i], *stream = stream_of(t);
        Reason why = {0};
        if (stream && failed[stream->id] && !fpga_accepts(p, t, &why) && strstr(why.text, stream->name))
            task_reject(t, self, xprintf("%s (line %d), whose FPGA build failed", why.text, why.loc.line));
    }
    return true;
}

static bool fpga_manifest_entry(Yaml *y, IrProgram *p, IrTask *t, const Backend *self, const char *dir) {
    TaskVerdict *v = task_verdict(t, self);
    Reason why = {0};
    if (!v->accepted) {
        /* a graph's fused map: the stream task runs its work on the FPGA */
        IrTask *stream = stream_of(t);
        if (stream && task_verdict(stream, self)->accepted && !fpga_accepts(p, t, &why))
            yaml_pair(y, "covered_by", xprintf("%d", stream->id));
        return true;
    }
    FpgaBuild *b = v->built;
    LIME_ASSERT(b);   /* every accepted task was built, or rejected */
    Dfg *d = fpga_dfg(p, t, &why);
    FpgaDesign *fd = fpga_design(p, t);
    yaml_pair(y, "artifact", b->so_rel);
    yaml_pair(y, "sha256", b->so_sha256);
    yaml_pair(y, "verilog", b->verilog_rel);
    if (b->report_rel) yaml_pair(y, "report", b->report_rel);
    yaml_pair(y, "top", fd->top);
    yaml_pair(y, "in_types", d->in_types);
    yaml_pair(y, "param_types", d->param_types);
    yaml_pair(y, "out_type", d->out_fields[0] ? d->out_fields : xprintf("%c", d->out_type));
    yaml_pair(y, "state_words", xprintf("%d", d->state_words));
    if (d->reduce_levels) yaml_pair(y, "levels", xprintf("%d", d->reduce_levels));
    yaml_pair(y, "latency", xprintf("%d", fd->latency));
    yaml_pair(y, "ii", xprintf("%d", fd->ii));
    if (fd->engine) yaml_pair(y, "loop_engine", fd->engine);
    if (fd->adapters) {
        yaml_pair(y, "items_per_clock", fd->items_per_clock);
        yaml_pair(y, "adapters", fd->adapters);
        yaml_pair(y, "multirate_design", fd->period ? "period" : "adapters");
    }
    yaml_pair(y, "fmax_mhz", xprintf("%.1f", b->fmax_mhz));
    if (b->placed) {
        yaml_pair(y, "fmax_from", "nextpnr");
        yaml_pair(y, "fmax_estimate_mhz", xprintf("%.1f", b->estimate_mhz));
    } else {
        yaml_pair(y, "fmax_from", b->part ? xprintf("estimate (not placed on %s: %s)", b->part, b->no_place)
                                          : "estimate (no part chosen: limec --fpga-part=)");
    }
    if (b->part) yaml_pair(y, "part", b->part);
    if (b->placed) {
        yaml_pair(y, "lc", xprintf("%d", b->lc_used));
        yaml_pair(y, "lc_available", xprintf("%d", b->lc_total));
        yaml_pair(y, "bitstream", b->bitstream_rel);
        yaml_pair(y, "pnr_report", b->pnr_rel);
    }
    yaml_pair(y, "family", "ice40");
    yaml_pair(y, "lut", xprintf("%d", b->lut));
    yaml_pair(y, "ff", xprintf("%d", b->ff));
    yaml_pair(y, "carry", xprintf("%d", b->carry));
    yaml_pair(y, "dsp", xprintf("%d", b->dsp));
    yaml_pair(y, "bram", xprintf("%d", b->bram));
    yaml_pair(y, "cached", b->cached ? "true" : "false");
    if (d->solutions.len) {
        StrBuf sols = {0};
        for (int i = 0; i < d->solutions.len; i++) {
            Solution *s = d->solutions.items[i];
            sb_printf(&sols, "%s%s for filter %d (%s)", i ? ", " : "", s->module, s->filter, s->what);
        }
        yaml_pair(y, "solutions", sb_str(&sols));
    }
    return true;
}

static const EmitForm fpga_emits[] = {
    {"verilog", "print the Verilog of the tasks the FPGA backend accepts", print_verilog},
    {NULL, NULL, NULL},
};

/* The tools' versions when limec was built (the Makefile's), if known. */
#ifndef LIME_BUILT_YOSYS
#define LIME_BUILT_YOSYS "unknown"
#endif
#ifndef LIME_BUILT_VERILATOR
#define LIME_BUILT_VERILATOR "unknown"
#endif

/* The first line `argv[0] VERSION_FLAG` prints, or why there is none. */
static const char *tool_version(const char *tool, const char *flag) {
    FILE *p = popen(xprintf("%s %s 2>/dev/null", tool, flag), "r");
    char line[256] = "";
    bool got = p && fgets(line, sizeof line, p);
    int status = p ? pclose(p) : -1;
    if (!got || status != 0) return xprintf("no %s on PATH", tool);
    line[strcspn(line, "\n")] = 0;
    return xstrdup(line);
}

static void fpga_versions(FILE *out) {
    const char *verilator = getenv("VERILATOR");
    fprintf(out, "Yosys: built with %s, runs with %s\n", LIME_BUILT_YOSYS, tool_version("yosys", "-V"));
    fprintf(out, "Verilator: built with %s, runs with %s\n", LIME_BUILT_VERILATOR,
            tool_version(verilator && *verilator ? verilator : "verilator", "--version"));
}

const Backend fpga_backend = {
    .name = "fpga",
    .accepts = fpga_accepts,
    .explain_note = fpga_explain_note,
    .emits = fpga_emits,
    .state_layout = fpga_state_layout,
    .build = fpga_build_tasks,
    .manifest_entry = fpga_manifest_entry,
    .versions = fpga_versions,
    .cache_clean = fpga_cache_clean,
    .runtime_device = "lime_rt_fpga_device",
    .check_settings = fpga_settings_ok,
};
