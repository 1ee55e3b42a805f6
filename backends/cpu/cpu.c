/* cpu.c: the CPU backend's entry in the table: the host, which accepts
 * every task (the runtime falls back to it) and compiles the program. */
#include "cpu.h"

static bool cpu_accepts(IrProgram *p, IrTask *t, Reason *why) { return true; }

/* Forms the host's compile writes (print NULL). */
static const EmitForm cpu_emits[] = {
    {"llvm", "print the optimised LLVM IR", NULL},
    {"obj", "write the object file (default name a.o)", NULL},
    {NULL, NULL, NULL},
};

const Backend cpu_backend = {
    .name = "cpu",
    .accepts = cpu_accepts,
    .emits = cpu_emits,
    .compile = cpu_compile,
};
