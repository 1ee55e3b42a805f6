/* cpu.c: the CPU backend's entry in the table: the host, which accepts
 * every task (the runtime falls back to it) and compiles the program. */
#include "cpu.h"
#include "codegen.h"

#include <dlfcn.h>
#include <llvm-c/Core.h>
#include <llvm/Config/llvm-config.h>

static bool cpu_accepts(IrProgram *p, IrTask *t, Reason *why) { return true; }

/* The CPU column's note in --explain: for a map, " (W lanes)" when it runs
 * in SIMD lanes (lanes.c), with how its runtime Math calls run there, else
 * why not; for a stateful filter, its window
 * (src/window.c); for a stream, how its graph runs on the CPU: in parallel
 * blocks (backends/cpu/blocks.c) or item by item. */
static const char *cpu_explain_note(IrProgram *p, IrTask *t) {
    if (t->kind == TASK_MAP && !t->graph) {
        Reason why = {0};
        if (cg_lanes_accepts(t, &why)) return xprintf(" (%d lanes%s)", cg_lanes_width_of(t, NULL), cg_lanes_math_note(t));
        return xprintf(" (one element at a time: %s (line %d))", why.text, why.loc.line);
    }
    if (t->kind == TASK_STATEFUL_FILTER) {
        const FilterWindow *w = ir_filter_window(p, t);
        const char *items = w->k == 1 ? "" : "s";
        const char *start = w->windowed ? ir_window_start(w) : "";
        if (w->windowed && w->mapped)
            return xprintf(" (a window of %d item%s starting %s, read from its input)", w->k, items, start);
        if (w->windowed)
            return xprintf(" (a window of %d item%s starting %s, kept in the object: %s)", w->k, items, start,
                           w->unmapped_why);
        return xprintf(" (not windowed: %s (line %d))", w->why_not, w->why_loc.line);
    }
    if (t->kind != TASK_STREAM) return "";
    return xprintf(" (%s)", cpu_graph_plan(p, t->graph, false));
}

/* The LLVM limec was compiled against, and the shared library it runs
 * with (the C API of LLVM 15 has no version call: the library's file says). */
static void cpu_versions(FILE *out) {
    Dl_info info;
    const char *lib = dladdr((void *)LLVMContextCreate, &info) && info.dli_fname ? info.dli_fname : "linked statically";
    char real[4096];
    if (info.dli_fname && realpath(lib, real)) lib = real;
    fprintf(out, "LLVM: built with %s, runs with %s\n", LLVM_VERSION_STRING, lib);
}

/* Forms the host's compile writes (print NULL). */
static const EmitForm cpu_emits[] = {
    {"llvm", "print the optimised LLVM IR", NULL},
    {"obj", "write the object file (default name a.o; -c: SOURCE.o)", NULL},
    {"lib", "write a static library for C programs (default name libSOURCE.a) and its\n"
            "                   header (--header=FILE; default: beside it, named as it without\n"
            "                   lib and .a: libkernels.a -> kernels.h)", NULL},
    {NULL, NULL, NULL},
};

const Backend cpu_backend = {
    .name = "cpu",
    .accepts = cpu_accepts,
    .explain_note = cpu_explain_note,
    .emits = cpu_emits,
    .compile = cpu_compile,
    .versions = cpu_versions,
};
