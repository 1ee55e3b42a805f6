/* manifest.c: prog.artifacts/ beside the executable.  Each backend builds
 * what it accepted (its build hook), then manifest.yaml (docs/manifest.md)
 * names every task with every backend's verdict and, through each
 * backend's manifest_entry hook, its artifacts with their SHA-256.  The
 * runtime reads the manifest to choose a device per task.
 *
 * Requires the verdicts (backends_decide).  Guarantees: the manifest says
 * the verdicts as they are after the builds, which are final. */
#include "backend.h"

#include <errno.h>
#include <string.h>

/* The manifest's schema version (docs/manifest.md): the runtime reads this
 * version only. */
#define MANIFEST_VERSION "1"

/* Size and alignment of one element in memory, as the host lays it out
 * (C's natural layout; a value class is a struct of its fields). */
static int elem_layout(Type *t, int *align) {
    switch (t->kind) {
    case TY_BOOLEAN: case TY_BYTE: *align = 1; return 1;
    case TY_SHORT: case TY_CHAR: *align = 2; return 2;
    case TY_INT: case TY_FLOAT: *align = 4; return 4;
    case TY_CLASS:
        if (t->cls->is_value) {
            int size = 0, max_align = 1;
            for (int i = 0; i < t->cls->fields.len; i++) {
                FieldDecl *f = t->cls->fields.items[i];
                if (f->mods & MOD_STATIC) continue;
                int a, s = elem_layout(f->ty, &a);
                size = (size + a - 1) / a * a + s;
                if (a > max_align) max_align = a;
            }
            *align = max_align;
            return (size + max_align - 1) / max_align * max_align;
        }
        /* fall through */
    default: *align = 8; return 8;
    }
}

static int elem_size(Type *t) {
    int align;
    return elem_layout(t, &align);
}

static const char *base_name(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The keys every task has, before its backends. */
static void task_keys(Yaml *y, IrTask *t) {
    yaml_pair(y, "id", xprintf("%d", t->id));
    yaml_pair(y, "name", t->name);
    yaml_pair(y, "kind", task_kind_name(t->kind));
    yaml_pair(y, "location", t->loc.file ? xprintf("%s:%d:%d", t->loc.file->name, t->loc.line, t->loc.col) : "?");
    if (t->graph) {
        /* which graph, and the positions of the filters the task runs (a
         * stream or a fused run of stateless filters: several) */
        int n = t->kind == TASK_STREAM || t->kind == TASK_MAP ? t->nchain : 1;
        yaml_pair(y, "graph", xprintf("%d", t->graph->id));
        yaml_pair(y, "filters", n > 1 ? xprintf("%d-%d", t->graph_pos, t->graph_pos + n - 1) : xprintf("%d", t->graph_pos));
    }
    if (t->out && t->out != ty_void && (is_primitive(t->out) || is_value_type(t->out)))
        yaml_pair(y, "elem_size", xprintf("%d", elem_size(t->out)));
}

/* backends: {<name>: {accepted, reason, <the backend's own keys>}, ...} */
static bool backend_entries(Yaml *y, IrProgram *p, IrTask *t, const char *dir) {
    yaml_scalar(y, "backends");
    yaml_map_start(y, false);
    for (int b = 0; b < lime_backend_count; b++) {
        const Backend *be = lime_backends[b];
        TaskVerdict *v = task_verdict(t, be);
        yaml_scalar(y, be->name);
        yaml_map_start(y, true);
        yaml_pair(y, "accepted", v->accepted ? "true" : "false");
        if (!v->accepted) yaml_pair(y, "reason", v->reason);
        if (be->manifest_entry && !be->manifest_entry(y, p, t, be, dir)) return false;
        yaml_map_end(y);
    }
    yaml_map_end(y);
    return true;
}

bool backends_build(IrProgram *p, const char *exe, const char **digest) {
    const char *dir = xprintf("%s.artifacts", exe);
    if (!make_dirs(dir)) {
        error_plain("cannot create '%s': %s", dir, strerror(errno));
        return false;
    }
    for (int b = 0; b < lime_backend_count; b++)
        if (lime_backends[b]->build && !lime_backends[b]->build(p, lime_backends[b], dir)) return false;
    Yaml y;
    yaml_begin(&y);
    yaml_map_start(&y, false);
    yaml_pair(&y, "lime", MANIFEST_VERSION);
    yaml_pair(&y, "program", base_name(exe));
    yaml_scalar(&y, "tasks");
    yaml_seq_start(&y);
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        yaml_map_start(&y, false);
        task_keys(&y, t);
        if (!backend_entries(&y, p, t, dir)) return false;
        yaml_map_end(&y);
    }
    yaml_seq_end(&y);
    yaml_map_end(&y);
    if (!yaml_finish(&y)) {
        error_plain("cannot write the manifest of '%s' (libyaml)", exe);
        return false;
    }
    const char *text = sb_str(&y.text);
    *digest = sha256_hex(text, strlen(text));
    return write_text_file(xprintf("%s/manifest.yaml", dir), text);
}
