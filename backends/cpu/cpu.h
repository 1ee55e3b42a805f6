/* cpu.h: the CPU backend, the host: IR -> LLVM IR (through the LLVM C API
 * only) -> optimised -> object file -> executable linked with liblime.a.
 * It runs every task, and offers a task to the runtime's devices first
 * when another backend accepted it (task_offered). */
#ifndef LIME_CPU_H
#define LIME_CPU_H

#include "../backend.h"

typedef enum CpuOutput {
    CPU_EXECUTABLE,        /* link with the runtime */
    CPU_OBJECT,            /* --emit=obj: stop at the object file */
    CPU_LLVM_TEXT,         /* --emit=llvm: print the optimised LLVM IR */
    CPU_LIBRARY,           /* --emit=lib: a static library for C, and its header (export.c) */
} CpuOutput;

/* compile.c: the host's compile (backend.h).  Returns 0 on success;
 * reports errors (exit status 1 follows; 2: an internal error). */
int cpu_compile(IrProgram *p, const CompileOptions *o);

/* blocks.c: how stream graph g runs on the CPU (LIME_WINDOW aside), for
 * --explain and LIME_LOG: "in parallel blocks, each from the 9 items
 * before it" (with_windows: then each stateful filter's window), or "item
 * by item: why". */
const char *cpu_graph_plan(IrProgram *p, Graph *g, bool with_windows);

#endif
