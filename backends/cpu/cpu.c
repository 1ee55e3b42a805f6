/* cpu.c: the CPU backend's entry in the table: the host, which accepts
 * every task (the runtime falls back to it) and compiles the program. */
#include "cpu.h"

#include <dlfcn.h>
#include <llvm-c/Core.h>
#include <llvm/Config/llvm-config.h>

static bool cpu_accepts(IrProgram *p, IrTask *t, Reason *why) { return true; }

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
    .emits = cpu_emits,
    .compile = cpu_compile,
    .versions = cpu_versions,
};
