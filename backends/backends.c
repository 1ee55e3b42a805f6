/* backends.c: the table of backends, and --explain. */
#include "backend.h"
#include "fpga/fpga.h"
#include "gpu/gpu.h"

#include <string.h>

/* The CPU backend runs every task (the runtime falls back to it). */
static bool cpu_accepts(IrProgram *p, IrTask *t, Reason *why) { return true; }

static const Backend cpu_backend = {"cpu", cpu_accepts};
static const Backend gpu_backend = {"gpu", gpu_accepts};
static const Backend fpga_backend = {"fpga", fpga_accepts};

const Backend *const lime_backends[] = {&cpu_backend, &gpu_backend, &fpga_backend};
const int lime_backend_count = sizeof lime_backends / sizeof lime_backends[0];

/* One row per task: name, kind, location, then each backend's answer. */
void explain_tasks(FILE *out, IrProgram *p) {
    int wname = 4, wloc = 8;
    const char **where = xalloc(sizeof(char *) * (size_t)(p->tasks.len + 1));
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        where[i] = t->loc.file ? xprintf("%s:%d:%d", t->loc.file->name, t->loc.line, t->loc.col) : "?";
        if ((int)strlen(t->name) > wname) wname = (int)strlen(t->name);
        if ((int)strlen(where[i]) > wloc) wloc = (int)strlen(where[i]);
    }
    fprintf(out, "%-*s  %-15s  %-*s", wname, "task", "kind", wloc, "location");
    for (int b = 0; b < lime_backend_count; b++) fprintf(out, "  %s", lime_backends[b]->name);
    fputc('\n', out);
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        fprintf(out, "%-*s  %-15s  %-*s", wname, t->name, task_kind_name(t->kind), wloc, where[i]);
        for (int b = 0; b < lime_backend_count; b++) {
            Reason why = {0};
            if (lime_backends[b]->accepts(p, t, &why)) fprintf(out, "  yes%s", strcmp(lime_backends[b]->name, "fpga") ? "" : fpga_explain_note(p, t));
            else fprintf(out, "  no: %s (line %d)", why.text, why.loc.line);
        }
        fputc('\n', out);
    }
    if (!p->tasks.len) fprintf(out, "(no tasks: the program has no map, reduce or stream graph)\n");
}

/* Records on each task whether the GPU backend took it (the CPU code then
 * offers the task to the runtime's device first). */
void decide_tasks(IrProgram *p, bool gpu, bool fpga) {
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        Reason why = {0};
        t->gpu_accepted = gpu && gpu_accepts(p, t, &why);
        Dfg *d = fpga ? fpga_dfg(p, t, &why) : NULL;
        t->fpga_accepted = d != NULL;
        if (d) {
            t->state_lens = d->state_lens;
            t->state_zero = d->state_zero;
            t->state_words = d->state_words;
            t->nstate_fields = d->nstate_fields;
        }
    }
}
