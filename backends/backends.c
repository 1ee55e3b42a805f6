/* backends.c: the table of backends (the one place that lists them), each
 * task's verdicts, and --explain.
 *
 * To add a backend: its directory backends/<name>/ defines
 * `const Backend <name>_backend`, and one line below names it. */
#include "backend.h"

#include <string.h>

extern const Backend cpu_backend, gpu_backend, fpga_backend;
#ifdef LIME_TEST_BACKENDS
extern const Backend null_backend;
#endif

const Backend *const lime_backends[] = {
    &cpu_backend,
    &gpu_backend,
    &fpga_backend,
#ifdef LIME_TEST_BACKENDS
    &null_backend,         /* tests only: backends/null/ proves the interface */
#endif
};
const int lime_backend_count = sizeof lime_backends / sizeof lime_backends[0];

static int index_of(const Backend *b) {
    for (int i = 0; i < lime_backend_count; i++)
        if (lime_backends[i] == b) return i;
    LIME_UNREACHABLE();
}

const Backend *backend_host(void) {
    for (int i = 0; i < lime_backend_count; i++)
        if (lime_backends[i]->compile) return lime_backends[i];
    LIME_UNREACHABLE();
}

bool backends_check_settings(void) {
    bool ok = true;
    for (int i = 0; i < lime_backend_count; i++)
        if (lime_backends[i]->check_settings && !lime_backends[i]->check_settings()) ok = false;
    return ok;
}

const Backend *backend_named(const char *name, size_t len) {
    for (int i = 0; i < lime_backend_count; i++)
        if (strlen(lime_backends[i]->name) == len && !strncmp(lime_backends[i]->name, name, len))
            return lime_backends[i];
    return NULL;
}

const EmitForm *backend_emit_form(const char *name, const Backend **owner) {
    for (int i = 0; i < lime_backend_count; i++)
        for (const EmitForm *f = lime_backends[i]->emits; f && f->name; f++)
            if (!strcmp(f->name, name)) {
                if (owner) *owner = lime_backends[i];
                return f;
            }
    return NULL;
}

TaskVerdict *task_verdict(IrTask *t, const Backend *b) {
    int i = index_of(b);
    LIME_ASSERT(t->verdicts && i < t->nverdicts);
    return &t->verdicts[i];
}

void task_reject(IrTask *t, const Backend *b, const char *why) {
    TaskVerdict *v = task_verdict(t, b);
    v->accepted = false;
    v->reason = xstrdup(why);
    v->state = NULL;
}

bool task_offered(const IrTask *t) {
    for (int i = 0; i < t->nverdicts; i++)
        if (!lime_backends[i]->compile && t->verdicts[i].accepted) return true;
    return false;
}

bool task_offered_as(const IrTask *t, bool as_map) {
    for (int i = 0; i < t->nverdicts; i++)
        if (!lime_backends[i]->compile && t->verdicts[i].accepted && lime_backends[i]->stream_as_map == as_map) return true;
    return false;
}

const StateLayout *task_state_layout(const IrTask *t) {
    const StateLayout *found = NULL;
    for (int i = 0; i < t->nverdicts; i++) {
        const StateLayout *s = t->verdicts[i].accepted ? t->verdicts[i].state : NULL;
        if (!s) continue;
        /* the runtime hands every device the same words */
        LIME_ASSERT(!found || (found->words == s->words && found->nfields == s->nfields));
        found = s;
    }
    return found;
}

static unsigned decided_targets = ~0u;   /* backends_decide's: ~0u, the default, names none */

bool backends_target_named(const Backend *b) {
    if (decided_targets == ~0u) return false;
    for (int i = 0; i < lime_backend_count; i++)
        if (lime_backends[i] == b) return (decided_targets & (1u << i)) != 0;
    return false;
}

void backends_decide(IrProgram *p, unsigned targets) {
    decided_targets = targets;
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        t->nverdicts = lime_backend_count;
        t->verdicts = xalloc(sizeof(TaskVerdict) * (size_t)lime_backend_count);
        for (int b = 0; b < lime_backend_count; b++) {
            const Backend *be = lime_backends[b];
            TaskVerdict *v = &t->verdicts[b];
            Reason why = {0};
            if (!be->accepts(p, t, &why)) {
                v->reason = xprintf("%s (line %d)", why.text, why.loc.line);
            } else if (!be->compile && !(targets & (1u << b))) {
                v->reason = xprintf("not built: --target leaves out %s", be->name);
            } else {
                v->accepted = true;
                v->state = be->state_layout ? be->state_layout(p, t) : NULL;
            }
        }
    }
}

/* One row per task: its id (what the runtime's LIME_LOG lines and
 * LIME_DEVICE_TASK call it), name, kind, location, then each backend's answer. */
void explain_tasks(FILE *out, IrProgram *p) {
    int wid = 2, wname = 4, wloc = 8;
    const char **where = xalloc(sizeof(char *) * (size_t)(p->tasks.len + 1));
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        where[i] = t->loc.file ? xprintf("%s:%d:%d", t->loc.file->name, t->loc.line, t->loc.col) : "?";
        if ((int)strlen(t->name) > wname) wname = (int)strlen(t->name);
        if ((int)strlen(where[i]) > wloc) wloc = (int)strlen(where[i]);
        if ((int)strlen(xprintf("%d", t->id)) > wid) wid = (int)strlen(xprintf("%d", t->id));
    }
    fprintf(out, "%-*s  %-*s  %-15s  %-*s", wid, "id", wname, "task", "kind", wloc, "location");
    for (int b = 0; b < lime_backend_count; b++) fprintf(out, "  %s", lime_backends[b]->name);
    fputc('\n', out);
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        fprintf(out, "%-*d  %-*s  %-15s  %-*s", wid, t->id, wname, t->name, task_kind_name(t->kind), wloc, where[i]);
        for (int b = 0; b < lime_backend_count; b++) {
            const Backend *be = lime_backends[b];
            Reason why = {0};
            if (be->accepts(p, t, &why))
                fprintf(out, "  yes%s", be->explain_note ? be->explain_note(p, t) : "");
            else
                fprintf(out, "  no: %s (line %d)", why.text, why.loc.line);
        }
        fputc('\n', out);
    }
    if (!p->tasks.len) fprintf(out, "(no tasks: the program has no map, reduce or stream graph)\n");
}
