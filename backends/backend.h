/* backend.h: the one interface every backend implements.
 *
 * A backend decides, for every task of the program, whether it can run it
 * (and if not, why: the construct and its line), and produces what the
 * runtime needs for the tasks it accepted.  Adding a backend is adding a
 * directory and one line in backends/backends.c. */
#ifndef LIME_BACKEND_H
#define LIME_BACKEND_H

#include "ir.h"

typedef struct Reason {
    Loc loc;               /* the construct that made the backend say no */
    char text[200];
} Reason;

typedef struct Backend {
    const char *name;      /* "cpu", "gpu", "fpga" */
    /* true: the backend can run t; false: why says what and where */
    bool (*accepts)(IrProgram *p, IrTask *t, Reason *why);
} Backend;

/* Every backend, in the order --explain shows them. */
extern const Backend *const lime_backends[];
extern const int lime_backend_count;

/* backends.c: the accept/reject table of --explain; marks the tasks the GPU takes */
void explain_tasks(FILE *out, IrProgram *p);
void decide_tasks(IrProgram *p, bool gpu, bool fpga);

/* artifacts.c: exe.artifacts/ (manifest.yaml, gpu/taskN.cl); --emit=opencl;
 * the SHA-256 of bytes as lowercase hex (NULL on failure) */
const char *sha256_hex(const char *data, size_t len);
bool write_artifacts(IrProgram *p, const char *exe);
void print_opencl(FILE *out, IrProgram *p);
/* fpga/verilog.c: --emit=verilog */
void print_verilog(FILE *out, IrProgram *p);

#endif
