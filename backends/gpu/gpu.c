/* gpu.c: the GPU backend's entry in the table: --emit=opencl, and each
 * accepted task's OpenCL C source in prog.artifacts/gpu/ with its manifest
 * entry (artifact, sha256, kernel: docs/manifest.md). */
#include "gpu.h"

#include <dlfcn.h>
#include <errno.h>
#include <string.h>

#define CL_TARGET_OPENCL_VERSION 120   /* as runtime/opencl.c */
#include <CL/cl.h>

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

/* Every OpenCL platform the ICD loader finds now, as "NAME (VERSION)",
 * through the loader alone (dlopen: limec does not link OpenCL). */
static const char *opencl_platforms(void) {
    void *icd = dlopen("libOpenCL.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!icd) return "no OpenCL ICD loader (libOpenCL.so.1)";
    typedef cl_int (*GetIds)(cl_uint, cl_platform_id *, cl_uint *);
    typedef cl_int (*GetInfo)(cl_platform_id, cl_platform_info, size_t, void *, size_t *);
    GetIds get_ids = (GetIds)dlsym(icd, "clGetPlatformIDs");
    GetInfo get_info = (GetInfo)dlsym(icd, "clGetPlatformInfo");
    cl_platform_id ids[16];
    cl_uint n = 0;
    if (!get_ids || !get_info || get_ids(16, ids, &n) != CL_SUCCESS || n == 0) return "libOpenCL.so.1, no platform";
    StrBuf sb = {0};
    sb_puts(&sb, "libOpenCL.so.1:");
    for (cl_uint i = 0; i < n && i < 16; i++) {
        char name[256] = "", version[256] = "";
        get_info(ids[i], CL_PLATFORM_NAME, sizeof name - 1, name, NULL);
        get_info(ids[i], CL_PLATFORM_VERSION, sizeof version - 1, version, NULL);
        sb_printf(&sb, "%s %s (%s)", i ? ";" : "", name, version);
    }
    return sb_str(&sb);
}

/* The OpenCL this backend targets (kernels and the runtime's API calls)
 * and the platforms found now. */
static void gpu_versions(FILE *out) {
    fprintf(out, "OpenCL: built for OpenCL 1.2 (the API and OpenCL C -cl-std=CL1.2), runs with %s\n",
            opencl_platforms());
}

static bool gpu_build(IrProgram *p, const Backend *self, const char *dir) {
    const char *gdir = xprintf("%s/gpu", dir);
    if (make_dirs(gdir)) return true;
    error_plain("cannot create '%s': %s", gdir, strerror(errno));
    return false;
}

/* An accepted task's source goes to gpu/task<id>.cl. */
static bool gpu_manifest_entry(Yaml *y, IrProgram *p, IrTask *t, const Backend *self, const char *dir) {
    if (!task_verdict(t, self)->accepted) {
        /* a filter of a graph whose stream task the GPU runs as one kernel */
        IrTask *chain = t->kind != TASK_SINK && t->kind != TASK_STREAM ? gpu_chain_of(p, t) : NULL;
        if (chain && task_verdict(chain, self)->accepted) yaml_pair(y, "covered_by", xprintf("%d", chain->id));
        return true;
    }
    const char *src = gpu_task_source(p, t);
    const char *rel = xprintf("gpu/task%d.cl", t->id);
    if (!write_text_file(xprintf("%s/%s", dir, rel), src)) return false;
    yaml_pair(y, "artifact", rel);
    yaml_pair(y, "sha256", sha256_hex(src, strlen(src)));
    yaml_pair(y, "kernel", xprintf("lime_task_%d", t->id));
    if (gpu_items_per_work_item(t) > 1) yaml_pair(y, "items_per_work_item", xprintf("%d", gpu_items_per_work_item(t)));
    return true;
}

/* After "yes" in --explain: a stream task's linear composition */
static const char *gpu_explain_note(IrProgram *p, IrTask *t) {
    const char *lin = t->kind == TASK_STREAM ? gpu_chain_linear_text(p, t) : NULL;
    return lin ? xprintf(" (linear: %s)", lin) : "";
}

static const EmitForm gpu_emits[] = {
    {"opencl", "print the OpenCL C of the tasks the GPU backend accepts", print_opencl},
    {NULL, NULL, NULL},
};

const Backend gpu_backend = {
    .name = "gpu",
    .accepts = gpu_accepts,
    .explain_note = gpu_explain_note,
    .stream_as_map = true,
    .emits = gpu_emits,
    .build = gpu_build,
    .manifest_entry = gpu_manifest_entry,
    .versions = gpu_versions,
    .runtime_device = "lime_rt_gpu_device",
    .runtime_libs = "-lOpenCL",
};
