/* gpu.c: the GPU backend's entry in the table: --emit=opencl, and each
 * accepted task's OpenCL C source in prog.artifacts/gpu/ with its manifest
 * entry (artifact, sha256, kernel: docs/manifest.md). */
#include "gpu.h"

#include <errno.h>
#include <string.h>

/* --emit=opencl: the OpenCL source of every task the GPU accepts. */
static void print_opencl(FILE *out, IrProgram *p) {
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        Reason why = {0};
        if (!gpu_accepts(p, t, &why)) {
            fprintf(out, "/* task%d %s: not on the GPU: %s */\n\n", t->id, t->name, why.text);
            continue;
        }
        fprintf(out, "/* ===== task%d %s: gpu/task%d.cl ===== */\n%s\n", t->id, t->name, t->id, gpu_task_source(p, t));
    }
    if (!p->tasks.len) fprintf(out, "/* no tasks */\n");
}

static bool gpu_build(IrProgram *p, const Backend *self, const char *dir) {
    const char *gdir = xprintf("%s/gpu", dir);
    if (make_dirs(gdir)) return true;
    error_plain("cannot create '%s': %s", gdir, strerror(errno));
    return false;
}

/* An accepted task's source goes to gpu/task<id>.cl. */
static bool gpu_manifest_entry(Yaml *y, IrProgram *p, IrTask *t, const Backend *self, const char *dir) {
    if (!task_verdict(t, self)->accepted) return true;
    const char *src = gpu_task_source(p, t);
    const char *rel = xprintf("gpu/task%d.cl", t->id);
    if (!write_text_file(xprintf("%s/%s", dir, rel), src)) return false;
    yaml_pair(y, "artifact", rel);
    yaml_pair(y, "sha256", sha256_hex(src, strlen(src)));
    yaml_pair(y, "kernel", xprintf("lime_task_%d", t->id));
    return true;
}

static const EmitForm gpu_emits[] = {
    {"opencl", "print the OpenCL C of the tasks the GPU backend accepts", print_opencl},
    {NULL, NULL, NULL},
};

const Backend gpu_backend = {
    .name = "gpu",
    .accepts = gpu_accepts,
    .emits = gpu_emits,
    .build = gpu_build,
    .manifest_entry = gpu_manifest_entry,
};
