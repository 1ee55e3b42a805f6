/* cpu.h: the CPU backend: IR -> LLVM IR (through the LLVM C API only) ->
 * optimised -> object file -> executable linked with liblime.a. */
#ifndef LIME_CPU_H
#define LIME_CPU_H

#include "ir.h"

typedef enum CpuOutput {
    CPU_EXECUTABLE,        /* link with the runtime */
    CPU_OBJECT,            /* --emit=obj: stop at the object file */
    CPU_LLVM_TEXT,         /* --emit=llvm: print the optimised LLVM IR */
} CpuOutput;

typedef struct CpuOptions {
    CpuOutput output_kind;
    const char *output;    /* file name; NULL: a.out / stdout for text */
    int opt_level;         /* 0..3 */
    const char *argv0;     /* to find liblime.a beside the compiler */
} CpuOptions;

/* Returns 0 on success; reports errors (exit status 1 follows). */
int cpu_compile(IrProgram *p, const CpuOptions *o);

#endif
