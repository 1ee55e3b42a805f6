/* null.c: a backend for tests only, built into build/bin/limec-test and
 * never into limec (backends.c lists it under LIME_TEST_BACKENDS).  It
 * proves the backend interface: added by this directory and one line of
 * the table, it shows up in --explain, --target=, --emit=, --help and the
 * manifest with no other file changed (tests/backend-interface.sh).
 *
 * It accepts every map and runs nothing: no runtime device has its name,
 * so the runtime runs its tasks on the CPU, as the manifest allows. */
#include "../backend.h"

#include <stdio.h>

static bool null_accepts(IrProgram *p, IrTask *t, Reason *why) {
    if (t->kind == TASK_MAP) return true;
    why->loc = t->loc;
    snprintf(why->text, sizeof why->text, "the null backend takes maps only, not a %s task", task_kind_name(t->kind));
    return false;
}

static const char *null_explain_note(IrProgram *p, IrTask *t) { return " (runs nothing)"; }

/* --emit=null: one line per task */
static void print_null(FILE *out, IrProgram *p) {
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        Reason why = {0};
        fprintf(out, "task%d %s: %s\n", t->id, t->name, null_accepts(p, t, &why) ? "accepted" : why.text);
    }
}

static bool null_manifest_entry(Yaml *y, IrProgram *p, IrTask *t, const Backend *self, const char *dir) {
    if (task_verdict(t, self)->accepted) yaml_pair(y, "note", "the null backend runs nothing");
    return true;
}

static const EmitForm null_emits[] = {
    {"null", "print what the null backend says of each task", print_null},
    {NULL, NULL, NULL},
};

const Backend null_backend = {
    .name = "null",
    .accepts = null_accepts,
    .explain_note = null_explain_note,
    .emits = null_emits,
    .manifest_entry = null_manifest_entry,
};
