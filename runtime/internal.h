/* internal.h: what the runtime's files share and compiled code never sees.
 * Everything here is prefixed lime_rt_ and may change freely; the ABI is
 * lime.h. */
#ifndef LIME_RUNTIME_INTERNAL_H
#define LIME_RUNTIME_INTERNAL_H

#include <stddef.h>

#include "lime.h"

/* ---- heap.c ---------------------------------------------------------- */

/* Called once by lime_start, before any allocation. */
void lime_rt_heap_init(void);
/* A heap string of len code units: chars uninitialised, hash 0. */
LimeString *lime_rt_new_string(int32_t len);
/* Whether p (not NULL) is a String: a heap string (its own GC kind) or a
 * compiler-emitted constant (the only Java-visible data outside the GC
 * heap). */
bool lime_rt_is_string(const void *p);
/* Whether p (not NULL, not a String) is an array rather than an object. */
bool lime_rt_is_array(const void *p);
/* Whether p lies in the GC heap (heap strings may cache their hash). */
bool lime_rt_in_heap(const void *p);
/* Whether heap block p holds no pointers (a primitive array or a string). */
bool lime_rt_is_pointer_free(const void *p);
/* Stable identity number of a heap object, as Object.hashCode would be. */
uint32_t lime_rt_identity_hash(const void *p);

/* ---- parallel.c ------------------------------------------------------ */

/* Called by lime_throw first: inside a chunk of a parallel job, records
 * the exception (name and message are copied) when its chunk is the
 * lowest failing one so far and abandons the chunk (does not return);
 * elsewhere returns, and the throw is reported at once. */
void lime_rt_chunk_throw(const char *name, const char *message);

/* ---- print.c --------------------------------------------------------- */

void lime_rt_io_init(void);
/* Flushes System.out then System.err (at exit and before an exception). */
void lime_rt_flush_all(void);
/* Writes raw UTF-8 bytes on System.err after flushing System.out. */
void lime_rt_err_bytes(const char *bytes, size_t n);

/* ---- numfmt.c -------------------------------------------------------- */

/* Java's Double.toString / Float.toString into buf (at least 32 bytes);
 * returns the length (no terminating NUL is written). */
int lime_rt_fmt_double(double v, char *buf);
int lime_rt_fmt_float(float v, char *buf);
/* Long.toString; buf at least 21 bytes; returns the length. */
int lime_rt_fmt_long(int64_t v, char *buf);

/* ---- strings.c ------------------------------------------------------- */

/* A fresh String holding n ASCII bytes. */
LimeString *lime_rt_string_from_ascii(const char *s, int n);
/* UTF-8 text of s for messages: NUL-terminated, GC-allocated; unpaired
 * surrogates become '?'. */
char *lime_rt_string_to_utf8(const LimeString *s);
/* String.valueOf(Object) for a reference that may be a String, an array or
 * an object. */
LimeString *lime_rt_string_of_any(void *v);

/* ---- device.c -------------------------------------------------------- */

/* printf into a fresh malloc'd string (exits on out of memory). */
char *lime_rt_strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- manifest.c ------------------------------------------------------ */

/* backends.fpga of a task (see docs/fpga-runtime.md).  Strings malloc'd,
 * NULL when absent; numbers 0 when absent. */
typedef struct LimeRtFpgaSpec {
    bool accepted;
    char *reason;
    char *artifact;        /* the model, "fpga/task3.so" (relative to the folder) */
    char *sha256;          /* of the model */
    char *verilog;         /* "fpga/task3.v" (for people; the runtime does not read it) */
    char *top;             /* "lime_task3" */
    char *in_types;        /* Java descriptor letters of the mapped operands (stream: the source), "" none */
    char *param_types;     /* of the broadcast operands */
    char *out_type;        /* one letter */
    int32_t state_words;
    int32_t latency, ii;   /* clocks */
    double fmax_mhz;       /* Yosys's estimate; 0: unknown */
    int32_t lut, ff, dsp, bram;
    bool covered;          /* covered_by: rejected because another task (the graph's
                              stream task) runs this work on the FPGA */
} LimeRtFpgaSpec;

/* One task of prog.artifacts/manifest.yaml (strings malloc'd, never NULL
 * except where noted). */
typedef struct LimeRtTaskInfo {
    int32_t id;
    char *name;            /* "saxpy@14"; "" when absent */
    char *kind;            /* "map", "reduce", ...; "" when absent */
    char *location;        /* "saxpy.lime:14:23"; "" when absent */
    int32_t elem_size;     /* 0 when absent */
    bool gpu_accepted;     /* backends.gpu.accepted */
    char *gpu_reason;      /* backends.gpu.reason; NULL when absent */
    char *gpu_artifact;    /* backends.gpu.artifact (relative to the folder); NULL when absent */
    char *gpu_sha256;      /* backends.gpu.sha256 (hex); NULL when absent */
    char *gpu_kernel;      /* backends.gpu.kernel; NULL when absent */
    LimeRtFpgaSpec fpga;   /* backends.fpga */
} LimeRtTaskInfo;

typedef struct LimeRtManifest {
    char *dir;             /* the artifacts folder */
    char *program;
    int32_t ntasks;
    LimeRtTaskInfo *tasks;
} LimeRtManifest;

/* The manifest, read on the first call (later calls return the same
 * answer).  NULL when it is missing or malformed: then *why (static
 * storage) says why, naming the file. */
const LimeRtManifest *lime_rt_manifest(const char **why);
/* The task with id `id`, or NULL. */
const LimeRtTaskInfo *lime_rt_manifest_task(const LimeRtManifest *m, int32_t id);
/* The bytes of artifact `rel` (relative to m->dir), NUL-terminated and
 * malloc'd, after checking that their SHA-256 is sha256_hex (any case).
 * NULL when the file is unreadable or altered: then *why (malloc'd) says
 * why. */
char *lime_rt_read_artifact(const LimeRtManifest *m, const char *rel, const char *sha256_hex, char **why);
/* The same for a binary artifact: *len receives its length in bytes (a NUL
 * still follows them). */
char *lime_rt_read_artifact_bytes(const LimeRtManifest *m, const char *rel, const char *sha256_hex, size_t *len,
                                  char **why);
/* The path of artifact rel (malloc'd): rel itself when absolute, else
 * under m->dir. */
char *lime_rt_artifact_path(const LimeRtManifest *m, const char *rel);

/* ---- opencl.c -------------------------------------------------------- */

/* Finds the OpenCL device once: with gpu_only, the first device of type
 * CL_DEVICE_TYPE_GPU; otherwise a GPU if there is one, else the first
 * device of any type.  Makes its context and queue.  false (every later
 * call too) with *why (static storage) when there is no such device or
 * setting it up failed; *fatal then says whether it failed (as opposed
 * to finding nothing, which is only a choice for gpu_only). */
bool lime_rt_cl_init(bool gpu_only, const char **why, bool *fatal);
/* "Platform name / device name" of the chosen device. */
const char *lime_rt_cl_device_name(void);
/* How arrays reach the device: shared (CL_MEM_USE_HOST_PTR, on a device
 * with CL_DEVICE_HOST_UNIFIED_MEMORY unless LIME_CL_BUFFERS=copy) or
 * copied in and read back. */
const char *lime_rt_cl_buffer_mode(void);
/* Whether the chosen device computes in double precision (cl_khr_fp64 or
 * a nonzero CL_DEVICE_DOUBLE_FP_CONFIG). */
bool lime_rt_cl_has_fp64(void);
/* Why the device cannot give Java's float results (no correctly rounded
 * float division/sqrt, or no float denormals), or NULL when it can. */
const char *lime_rt_cl_float_problem(void);

typedef struct LimeRtClTask LimeRtClTask;
/* Builds src (the artifact `name`, as the build log should call it) and
 * makes kernel `kernel`; NULL with *why (malloc'd, one line, with the
 * build log's first lines) on failure.  The driver's own chatter on
 * stderr during the build is discarded (the log has it). */
LimeRtClTask *lime_rt_cl_build(const char *src, const char *name, const char *kernel, char **why);
/* Runs a map kernel (see lime_device_map); false with *why (malloc'd) if
 * an OpenCL call fails.  err receives lime_err[0..2]: [0] the exception
 * code (0: none), [1] and [2] its arguments.  When some work-item failed,
 * the runtime bisects the range for the lowest failing element and runs
 * it alone, so that err is that element's exception, whichever work-item
 * stored last. */
bool lime_rt_cl_map(LimeRtClTask *t, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args,
                    int32_t err[4], char **why);
/* Runs a reduce kernel over in (length >= 1, elem_size bytes per element),
 * pass after pass until one value is left, stored at result.  Stops after
 * the first pass whose lime_err[0] is nonzero (err receives it; which
 * combination threw first is then the CPU's to find: lime_device_reduce
 * returns false). */
bool lime_rt_cl_reduce(LimeRtClTask *t, LimeArray *in, int32_t elem_size, void *result, int32_t err[4],
                       char **why);

/* ---- fpga.c ---------------------------------------------------------- */

/* A task's Verilator model (lime_fpga.h), loaded from the manifest's
 * artifact after its SHA-256 check. */
typedef struct LimeRtFpgaTask LimeRtFpgaTask;
/* What one run took: items through the model, clock cycles (those of
 * lime_fpga_cycle), and the host's wall-clock time for the simulation. */
typedef struct LimeRtFpgaRun {
    int64_t items, cycles;
    double seconds;
} LimeRtFpgaRun;
/* Loads task info's model and checks it against the manifest (ABI, task
 * id, words per item, parameter and state words) and makes a first model;
 * NULL with *why (malloc'd, one line) on any failure. */
LimeRtFpgaTask *lime_rt_fpga_open(const LimeRtManifest *m, const LimeRtTaskInfo *info, char **why);
/* "Verilator model fpga/task3.so (lime_task3, latency 12, ii 1)" for the log. */
const char *lime_rt_fpga_describe(const LimeRtFpgaTask *t);
/* Runs a map (see lime_device_map) through the model: true when it ran,
 * with err[0] the LIME_FPGA_EXC_* code of the first item that raised an
 * exception (0: none); false with *why (malloc'd) when it cannot (bad
 * operands, a model that stops producing). */
bool lime_rt_fpga_map(LimeRtFpgaTask *t, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args,
                      int32_t err[4], LimeRtFpgaRun *run, char **why);
/* Runs a stream (see lime_device_stream); the same rules. */
bool lime_rt_fpga_stream(LimeRtFpgaTask *t, LimeArray *src, LimeArray *out, uint32_t *state, int32_t state_words,
                         int32_t err[4], LimeRtFpgaRun *run, char **why);

#endif
