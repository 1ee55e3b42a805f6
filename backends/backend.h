/* backend.h: the one interface every backend implements, and the table.
 *
 * A backend is a directory backends/<name>/ whose files define one
 * `const Backend`, plus one line in the table of backends/backends.c
 * (docs/architecture.md, "Adding a backend").  Nothing else in the
 * compiler names a backend: the driver builds --emit=, --target= and
 * --explain from the table, and the manifest writer (manifest.c) writes
 * each backend's entry through its hooks.
 *
 * For every task a backend says whether it runs it (and if not, why: the
 * construct and its line); what it said is the task's verdict
 * (IrTask.verdicts, indexed by the table).  Exactly one backend is the
 * host (the CPU): it accepts every task, compiles the program itself and
 * offers a task to the runtime's devices when another backend accepted it.
 *
 * The order of work, all in the driver:
 *   backends_decide   every verdict, from accepts and --target (no files)
 *   backends_build    (an executable only) each backend builds what it
 *                     accepted into prog.artifacts/; a failed build turns
 *                     its verdict into a rejection; then the manifest
 *   host->compile     reads the verdicts, which are final by then
 */
#ifndef LIME_BACKEND_H
#define LIME_BACKEND_H

#include "ir.h"
#include "support.h"

typedef struct Reason {
    Loc loc;               /* the construct that made the backend say no */
    char text[200];
} Reason;

/* A form --emit=NAME prints. */
typedef struct EmitForm {
    const char *name;      /* "opencl" */
    const char *help;      /* the --help line: "print the OpenCL C of ..." */
    /* Prints the form of p.  NULL: the host's compile writes it (llvm, obj). */
    void (*print)(FILE *out, IrProgram *p);
} EmitForm;

/* What the host's compile makes. */
typedef struct CompileOptions {
    const char *emit;      /* NULL: an executable; else a host EmitForm name whose print is NULL */
    const char *output;    /* file name; NULL: the form's default (a.out, a.o, stdout) */
    int opt_level;         /* 0..3 */
    bool debug;            /* -g */
    const char *header;    /* emit "lib": the C header's path */
    const char *manifest_sha256;    /* the manifest written with it (hex), which the
                                       executable carries and the runtime checks; NULL: none */
} CompileOptions;

typedef struct Backend {
    const char *name;      /* --target=, --explain's column, the manifest's backends.<name> */
    /* true: the backend can run t; false: *why says what and where */
    bool (*accepts)(IrProgram *p, IrTask *t, Reason *why);
    /* After "yes" in --explain: " (...)" or ""; NULL: never a note */
    const char *(*explain_note)(IrProgram *p, IrTask *t);
    /* Its --emit= forms, ended by an entry whose name is NULL; NULL: none */
    const EmitForm *emits;
    /* A stream task it accepted: how the host moves the graph's filter
     * state to and from the device (NULL hook or result: no state moves) */
    const StateLayout *(*state_layout)(IrProgram *p, IrTask *t);
    /* A stream task it accepted runs as a map over the source's items (the
     * GPU's one kernel through the chain: the host passes each windowed
     * filter's start values and other fields and sets the state after the
     * run, backends/cpu/blocks.c, cg_offer_chain), not as the runtime's
     * stream operation */
    bool stream_as_map;
    /* Builds the artifacts of every task it accepted, under dir (the
     * artifacts folder, which exists); a task whose build fails gets
     * task_reject with what failed.  Called once, before any manifest
     * entry is written.  NULL: nothing to build.  false: a fatal error
     * (reported), the compilation fails. */
    bool (*build)(IrProgram *p, const struct Backend *self, const char *dir);
    /* The backend's own keys of task t's manifest entry, after the generic
     * `accepted` and `reason` (manifest.c); called for every task, accepted
     * or not.  May write t's files under dir.  NULL: none.  false: a fatal
     * error (reported). */
    bool (*manifest_entry)(Yaml *y, IrProgram *p, IrTask *t, const struct Backend *self, const char *dir);
    /* The host only: compiles the program (exit status: 0, 1 user error,
     * 2 internal error).  NULL for every other backend. */
    int (*compile)(IrProgram *p, const CompileOptions *o);
    /* limec --version: one line per tool the backend uses, saying the
     * version limec was built with and the one it finds now.  NULL: none. */
    void (*versions)(FILE *out);
    /* The runtime's device that runs what it builds: liblime's
     * LimeRtDevice of that name ("lime_rt_gpu_device"), which a program
     * with a task it accepted links (runtime/devices.c).  NULL: none (the
     * host, the test-only null backend). */
    const char *runtime_device;
    /* The libraries that device needs besides liblime's own: "-lOpenCL".
     * NULL: none. */
    const char *runtime_libs;
    /* limec --cache-clean: empties what the backend caches between
     * compilations, saying what went.  NULL: no cache.  false: an error
     * (reported). */
    bool (*cache_clean)(FILE *out);
    /* Checks the backend's settings from the environment (LIME_FPGA_...)
     * before anything is read or written: false after reporting a bad
     * one (the compilation fails).  NULL: none. */
    bool (*check_settings)(void);
} Backend;

/* Every backend, in the order --explain shows them (backends.c). */
extern const Backend *const lime_backends[];
extern const int lime_backend_count;

/* backends.c */
const Backend *backend_host(void);                 /* the one with compile */
const Backend *backend_named(const char *name, size_t len);   /* NULL: none */
/* Every backend's check_settings: false when one reported a bad setting. */
bool backends_check_settings(void);
/* The backend and the form named `name` among every backend's --emit forms. */
const EmitForm *backend_emit_form(const char *name, const Backend **owner);
/* t's verdict from backend b */
TaskVerdict *task_verdict(IrTask *t, const Backend *b);
/* Turns b's verdict on t into a rejection: why (copied). */
void task_reject(IrTask *t, const Backend *b, const char *why);
/* Whether a backend other than the host accepted t (the host then offers
 * t to the runtime's devices first). */
bool task_offered(const IrTask *t);
/* Of a stream task: whether a backend other than the host accepted it to
 * run as a map (Backend.stream_as_map: as_map) or as a stream (else). */
bool task_offered_as(const IrTask *t, bool as_map);
/* The state layout of stream task t on the devices that accepted it
 * (they agree), or NULL when none did. */
const StateLayout *task_state_layout(const IrTask *t);
/* Every task's verdicts: accepts of each backend in `targets` (a mask by
 * table index; the host is always in), "not built: --target leaves out
 * NAME" for the others. */
void backends_decide(IrProgram *p, unsigned targets);
/* Did --target name b (rather than leave every backend in by default)?
 * After backends_decide. */
bool backends_target_named(const Backend *b);
/* The accept/reject table of --explain (accepts alone, whatever --target). */
void explain_tasks(FILE *out, IrProgram *p);

/* manifest.c: exe.artifacts/: each backend builds its artifacts, then
 * manifest.yaml (docs/manifest.md), whose SHA-256 (hex) goes to *digest
 * for the executable to carry.  false after reporting an error. */
bool backends_build(IrProgram *p, const char *exe, const char **digest);

#endif
