/* opencl.c: the gpu device (lime_rt_gpu_device, a LimeRtDevice of
 * internal.h), OpenCL through the ICD loader (libOpenCL.so.1), so any
 * installed platform serves: PoCL here, a GPU driver elsewhere.
 *
 * Requires: a task's manifest entry backends.gpu with artifact, sha256 and
 * kernel (docs/manifest.md); device.c's mutex held on every call.
 * Guarantees: the first OpenCL device of type GPU, else the first device
 * of any type (PoCL's CPU device counts), or the one LIME_DEVICE=gpu:SEL (or LIME_DEVICE_TASK=ID:gpu:SEL)
 * names; under auto (not forced) finding none is a choice, not a failure
 * (auto's measurement then decides whether the device is worth using).
 * A task opens only when its artifact matches its sha256, the device has
 * fp64 for a task that computes in double and gives Java's float rounding,
 * and the program builds (else why, with the build log's first lines).
 * The results are the CPU's, bit for bit.
 *
 * One device, context and in-order queue per process, found on first use
 * (lime_rt_cl_init); each task's program and kernel are built once by
 * gpu_open and kept.  Buffers live for one call: created with the host
 * data copied in, read back with blocking reads, released before return;
 * except that on a device that copies, a value array's buffer (a map's
 * output, an array taken whole) stays for the next call that takes the
 * same array (resident_keep: the intermediate of chained tasks is not
 * copied back in).
 *
 * Kernel conventions (the GPU backend writes them; LANGUAGE.md 2.5 fixes
 * the reduction order):
 *   map    lime_task_N(__global R *out, <operands>, const int n, __global int *lime_err)
 *          one work-item per element, global size n, local size left to the driver;
 *          an operand is __global const T * (a mapped array) or a value (broadcast).
 *          A graph's one kernel takes C items per work-item (the manifest's
 *          items_per_work_item): global size ceil(n / C), and
 *          lowest_failure looks for the lowest failing work-item.
 *   reduce lime_task_N(__global const T *in, __global T *out, const int n,
 *                      __local T *scratch, __global int *lime_err)
 *          a work-group of L items (a power of two) reduces block g, elements
 *          [g*2L, min(n, (g+1)*2L)), to out[g] in the canonical tree; passes
 *          repeat on the block results until one value is left.  A block of
 *          2^k elements starting at a multiple of 2^k, and a final partial
 *          block, are whole subtrees of the canonical tree, so the result is
 *          the CPU's bit for bit.
 *   lime_err: 4 ints, zeroed before the launch; lime_err[0] != 0 reports a
 *          Java exception (device.c has the CPU run the task again and
 *          throw it), [1] and [2] its operands.
 *          Failing work-items store there without atomics; for a map the
 *          runtime then finds the lowest failing element (lowest_failure)
 *          and reads its exception from a run of that element alone. */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define GC_THREADS 1
#include <gc.h>
#include <signal.h>

/* OpenCL implementations may install their own handlers for the signals
 * Boehm GC uses to stop and restart threads (PoCL loads LLVM, which claims
 * SIGXCPU with a crash handler that resets itself): the next collection
 * would then kill the process.  Every entry into OpenCL keeps the
 * collector's handlers as they were, and the stack guard's (stack.c:
 * LLVM claims SIGSEGV and SIGBUS too). */
typedef struct GcSignals {
    struct sigaction suspend, restart;
    struct sigaction faults[2];
} GcSignals;

static GcSignals keep_gc_signals(void) {
    GcSignals s;
    sigaction(GC_get_suspend_signal(), NULL, &s.suspend);
    sigaction(GC_get_thr_restart_signal(), NULL, &s.restart);
    lime_rt_stack_guard_keep(s.faults);
    return s;
}

static void restore_gc_signals(const GcSignals *s) {
    sigaction(GC_get_suspend_signal(), &s->suspend, NULL);
    sigaction(GC_get_thr_restart_signal(), &s->restart, NULL);
    lime_rt_stack_guard_restore(s->faults);
}

enum { MAX_REDUCE_LOCAL = 256 };

static const char *const BUILD_OPTIONS = "-cl-std=CL1.2 -cl-fp32-correctly-rounded-divide-sqrt";

static struct {
    bool tried, ok, fatal;
    const char *why;
    cl_device_id device;
    cl_context ctx;
    cl_command_queue queue;
    char name[512];
    bool fp64;
    const char *float_problem;
    size_t max_wg;
    cl_ulong local_mem, global_mem;
    /* The device reads and writes host memory directly (a CPU device, an
     * integrated GPU): arrays are lent to it (CL_MEM_USE_HOST_PTR) instead
     * of copied in and out. */
    bool host_unified;
} dev;

/* A task's program and kernel: the device's task handle. */
typedef struct LimeRtClTask {
    cl_program program;
    cl_kernel kernel;
    size_t kernel_wg;      /* CL_KERNEL_WORK_GROUP_SIZE */
    const LimeRtTaskInfo *info;
    char *describe;        /* "Platform / device (arrays shared with the device)" */
    /* for LIME_PROFILE: the build's time, until a run reports it; the last
     * run's kernel time (OpenCL profiling events; kernel_known false when
     * an event had none) and bytes copied each way (0 on a host-unified
     * device) */
    int64_t build_ns, kernel_ns, bytes_in, bytes_out;
    bool kernel_known;
    /* the items each work-item takes (the manifest's items_per_work_item,
     * a graph's one kernel; 1 when absent): the NDRange is ceil(n / it) */
    int32_t per_item;
} LimeRtClTask;

/* LIME_FAULT's failures of OpenCL calls come back as these codes (no
 * OpenCL call returns them): named as the failures they stand for, and
 * CHECK's reason says they were injected. */
enum { INJECTED_ALLOC = -10001, INJECTED_ENQUEUE = -10002, INJECTED_READ = -10003 };

static const char *err_name(cl_int e) {
    switch (e) {
    case INJECTED_ALLOC: return "CL_MEM_OBJECT_ALLOCATION_FAILURE";
    case INJECTED_ENQUEUE: case INJECTED_READ: return "CL_OUT_OF_RESOURCES";
#define E(x) case x: return #x;
    E(CL_DEVICE_NOT_FOUND) E(CL_DEVICE_NOT_AVAILABLE) E(CL_COMPILER_NOT_AVAILABLE)
    E(CL_MEM_OBJECT_ALLOCATION_FAILURE) E(CL_OUT_OF_RESOURCES) E(CL_OUT_OF_HOST_MEMORY)
    E(CL_BUILD_PROGRAM_FAILURE) E(CL_INVALID_VALUE) E(CL_INVALID_DEVICE_TYPE) E(CL_INVALID_PLATFORM)
    E(CL_INVALID_DEVICE) E(CL_INVALID_CONTEXT) E(CL_INVALID_QUEUE_PROPERTIES) E(CL_INVALID_COMMAND_QUEUE)
    E(CL_INVALID_HOST_PTR) E(CL_INVALID_MEM_OBJECT) E(CL_INVALID_BINARY) E(CL_INVALID_BUILD_OPTIONS)
    E(CL_INVALID_PROGRAM) E(CL_INVALID_PROGRAM_EXECUTABLE) E(CL_INVALID_KERNEL_NAME)
    E(CL_INVALID_KERNEL_DEFINITION) E(CL_INVALID_KERNEL) E(CL_INVALID_ARG_INDEX) E(CL_INVALID_ARG_VALUE)
    E(CL_INVALID_ARG_SIZE) E(CL_INVALID_KERNEL_ARGS) E(CL_INVALID_WORK_DIMENSION)
    E(CL_INVALID_WORK_GROUP_SIZE) E(CL_INVALID_WORK_ITEM_SIZE) E(CL_INVALID_GLOBAL_OFFSET)
    E(CL_INVALID_EVENT_WAIT_LIST) E(CL_INVALID_OPERATION) E(CL_INVALID_BUFFER_SIZE)
    E(CL_INVALID_GLOBAL_WORK_SIZE) E(CL_MISALIGNED_SUB_BUFFER_OFFSET)
    E(CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST) E(CL_COMPILE_PROGRAM_FAILURE)
    E(CL_LINKER_NOT_AVAILABLE) E(CL_LINK_PROGRAM_FAILURE) E(CL_INVALID_COMPILER_OPTIONS)
    E(CL_INVALID_LINKER_OPTIONS)
#undef E
    case -1001: return "CL_PLATFORM_NOT_FOUND_KHR";
    default: {
        static char buf[32];
        snprintf(buf, sizeof buf, "OpenCL error %d", (int)e);
        return buf;
    }
    }
}

/* ---- the device ---------------------------------------------------------- */

static void info_string(cl_platform_id p, cl_device_id d, cl_uint what, char *buf, size_t n) {
    cl_int e = p ? clGetPlatformInfo(p, what, n, buf, NULL) : clGetDeviceInfo(d, what, n, buf, NULL);
    if (e != CL_SUCCESS) snprintf(buf, n, "?");
    buf[n - 1] = '\0';
}

/* Every available OpenCL device, platform by platform, in the order
 * clGetPlatformIDs and clGetDeviceIDs give them (the numbers of
 * LIME_DEVICE=gpu:N and lime-devices).  NULL with *why when there is none. */
typedef struct ClDevice {
    cl_platform_id platform;
    cl_device_id device;
    cl_device_type type;
} ClDevice;

static ClDevice *all_devices(int *count, const char **why) {
    static char reason[256];
    *count = 0;
    cl_uint np = 0;
    cl_int e = clGetPlatformIDs(0, NULL, &np);
    if (lime_rt_fault("no-platform")) {
        snprintf(reason, sizeof reason, "no OpenCL platform (clGetPlatformIDs: none installed) [LIME_FAULT=no-platform]");
        *why = reason;
        return NULL;
    }
    if (e != CL_SUCCESS || np == 0) {
        snprintf(reason, sizeof reason, "no OpenCL platform (clGetPlatformIDs: %s)",
                 e != CL_SUCCESS ? err_name(e) : "none installed");
        *why = reason;
        return NULL;
    }
    cl_platform_id *plats = calloc(np, sizeof *plats);
    if (!plats || clGetPlatformIDs(np, plats, NULL) != CL_SUCCESS) {
        free(plats);
        *why = "no OpenCL platform (clGetPlatformIDs failed)";
        return NULL;
    }
    ClDevice *all = NULL;
    for (cl_uint i = 0; i < np; i++) {
        cl_uint nd = 0;
        if (clGetDeviceIDs(plats[i], CL_DEVICE_TYPE_ALL, 0, NULL, &nd) != CL_SUCCESS || nd == 0) continue;
        cl_device_id *ds = calloc(nd, sizeof *ds);
        ClDevice *more = realloc(all, sizeof *all * (size_t)(*count + (int)nd));
        if (!ds || !more || clGetDeviceIDs(plats[i], CL_DEVICE_TYPE_ALL, nd, ds, NULL) != CL_SUCCESS) {
            free(ds);
            if (more) all = more;
            continue;
        }
        all = more;
        for (cl_uint j = 0; j < nd; j++) {
            cl_device_type t = 0;
            cl_bool avail = CL_TRUE;
            clGetDeviceInfo(ds[j], CL_DEVICE_AVAILABLE, sizeof avail, &avail, NULL);
            if (!avail || clGetDeviceInfo(ds[j], CL_DEVICE_TYPE, sizeof t, &t, NULL) != CL_SUCCESS) continue;
            all[(*count)++] = (ClDevice){plats[i], ds[j], t};
        }
        free(ds);
    }
    free(plats);
    if (!*count) *why = "no OpenCL device (the platforms list none)";
    return all;
}

/* "platform / device" */
static void device_label(const ClDevice *d, char *buf, size_t n) {
    char pname[200], dname[200];
    info_string(d->platform, NULL, CL_PLATFORM_NAME, pname, sizeof pname);
    info_string(NULL, d->device, CL_DEVICE_NAME, dname, sizeof dname);
    snprintf(buf, n, "%s / %s", pname, dname);
}

/* The device LIME_DEVICE=gpu:SEL (or LIME_DEVICE_TASK=ID:gpu:SEL: setting)
 * names: its number, or the first whose label contains SEL (any case); -1
 * with *why when none does */
static int selected_device(const ClDevice *all, int count, const char *sel, const char *setting, const char **why) {
    static char reason[300];
    char *end;
    long k = strtol(sel, &end, 10);
    if (*sel && !*end) {
        if (k >= 0 && k < count) return (int)k;
        if (count == 1) snprintf(reason, sizeof reason, "%.150s: the one OpenCL device is gpu:0", setting);
        else snprintf(reason, sizeof reason, "%.150s: the OpenCL devices are gpu:0 to gpu:%d", setting, count - 1);
        *why = reason;
        return -1;
    }
    for (int i = 0; i < count; i++) {
        char label[420];
        device_label(&all[i], label, sizeof label);
        if (strcasestr(label, sel)) return i;
    }
    snprintf(reason, sizeof reason, "%.150s names no OpenCL device (lime-devices lists them)", setting);
    *why = reason;
    return -1;
}

/* The device LIME_DEVICE=gpu:SEL selects, or a GPU, else the first device */
static bool init(void) {
    const char *why = NULL;
    int count;
    ClDevice *all = all_devices(&count, &why);
    if (!all || !count) {
        dev.why = why;
        free(all);
        return false;
    }
    int pick = -1;
    const char *setting;
    const char *sel = lime_rt_device_selector(&setting);
    if (sel) {
        pick = selected_device(all, count, sel, setting, &why);
        if (pick < 0) {
            dev.why = why;
            free(all);
            return false;
        }
    }
    for (int i = 0; i < count && pick < 0; i++)
        if (all[i].type & CL_DEVICE_TYPE_GPU) pick = i;
    if (pick < 0) pick = 0;
    cl_device_id chosen = all[pick].device;
    device_label(&all[pick], dev.name, sizeof dev.name);
    free(all);
    dev.device = chosen;

    char ext[8192];
    info_string(NULL, chosen, CL_DEVICE_EXTENSIONS, ext, sizeof ext);
    cl_device_fp_config dcfg = 0, fcfg = 0;
    if (clGetDeviceInfo(chosen, CL_DEVICE_DOUBLE_FP_CONFIG, sizeof dcfg, &dcfg, NULL) != CL_SUCCESS) dcfg = 0;
    dev.fp64 = strstr(ext, "cl_khr_fp64") != NULL || dcfg != 0;
    if (clGetDeviceInfo(chosen, CL_DEVICE_SINGLE_FP_CONFIG, sizeof fcfg, &fcfg, NULL) != CL_SUCCESS) fcfg = 0;
    if (!(fcfg & CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT))
        dev.float_problem = "the device cannot round float division and square root correctly, as Java requires";
    else if (!(fcfg & CL_FP_DENORM))
        dev.float_problem = "the device flushes float denormals to zero, which Java does not";
    if (clGetDeviceInfo(chosen, CL_DEVICE_MAX_WORK_GROUP_SIZE, sizeof dev.max_wg, &dev.max_wg, NULL) != CL_SUCCESS)
        dev.max_wg = 1;
    if (clGetDeviceInfo(chosen, CL_DEVICE_LOCAL_MEM_SIZE, sizeof dev.local_mem, &dev.local_mem, NULL) != CL_SUCCESS)
        dev.local_mem = 16384;
    if (clGetDeviceInfo(chosen, CL_DEVICE_GLOBAL_MEM_SIZE, sizeof dev.global_mem, &dev.global_mem, NULL) != CL_SUCCESS)
        dev.global_mem = 0;
    cl_bool unified = CL_FALSE;
    if (clGetDeviceInfo(chosen, CL_DEVICE_HOST_UNIFIED_MEMORY, sizeof unified, &unified, NULL) != CL_SUCCESS)
        unified = CL_FALSE;
    /* LIME_CL_BUFFERS=copy: copies even so (what a discrete GPU gets) */
    const char *mode = getenv("LIME_CL_BUFFERS");
    bool copy = lime_rt_env_is(mode, "copy");
    if (mode && *mode && !copy && !lime_rt_env_is(mode, "auto")) {
        char *w = lime_rt_strf("lime: warning: LIME_CL_BUFFERS=%.100s is not copy or auto; using auto\n", mode);
        lime_rt_err_bytes(w, strlen(w));
        free(w);
    }
    dev.host_unified = unified == CL_TRUE && !copy;

    dev.fatal = true; /* a device was found: from here on, any error is a failure */
    static char failure[600];
    cl_int e;
    bool injected = lime_rt_fault("context");
    dev.ctx = injected ? NULL : clCreateContext(NULL, 1, &chosen, NULL, NULL, &e);
    if (injected || e != CL_SUCCESS) {
        snprintf(failure, sizeof failure, "clCreateContext failed on %s (%s)%s", dev.name,
                 injected ? "CL_OUT_OF_HOST_MEMORY" : err_name(e), injected ? " [LIME_FAULT=context]" : "");
        dev.why = failure;
        return false;
    }
    /* profiling events only when LIME_PROFILE asks for them */
    dev.queue = clCreateCommandQueue(dev.ctx, chosen, lime_rt_profile_on() ? CL_QUEUE_PROFILING_ENABLE : 0, &e);
    if (e != CL_SUCCESS) {
        snprintf(failure, sizeof failure, "clCreateCommandQueue failed on %s (%s)", dev.name, err_name(e));
        dev.why = failure;
        clReleaseContext(dev.ctx);
        return false;
    }
    return true;
}

static bool lime_rt_cl_init_unguarded(const char **why, bool *fatal) {
    if (!dev.tried) {
        dev.tried = true;
        dev.ok = init();
    }
    if (!dev.ok) {
        *why = dev.why;
        *fatal = dev.fatal;
    }
    return dev.ok;
}

/* "Platform name / device name" of the chosen device. */
static const char *lime_rt_cl_device_name(void) { return dev.name; }

/* How arrays reach the device: shared (CL_MEM_USE_HOST_PTR, on a device
 * with CL_DEVICE_HOST_UNIFIED_MEMORY unless LIME_CL_BUFFERS=copy) or
 * copied in and read back. */
static const char *lime_rt_cl_buffer_mode(void) {
    return dev.host_unified ? "arrays shared with the device" : "arrays copied to and from the device";
}
/* Whether the chosen device computes in double precision (cl_khr_fp64 or
 * a nonzero CL_DEVICE_DOUBLE_FP_CONFIG). */
static bool lime_rt_cl_has_fp64(void) { return dev.fp64; }
/* Why the device cannot give Java's float results (no correctly rounded
 * float division/sqrt, or no float denormals), or NULL when it can. */
static const char *lime_rt_cl_float_problem(void) { return dev.float_problem; }

/* ---- programs ------------------------------------------------------------ */

/* line, with a compiler's temporary file name (".../tempfile_x.cl:5:29:")
 * replaced by name. */
static char *rename_source(const char *line, const char *name, int max) {
    const char *dot = strstr(line, ".cl:");
    if (!dot || !name) return lime_rt_strf("%.*s", max, line);
    const char *start = dot;
    while (start > line && start[-1] != ' ' && start[-1] != '\t') start--;
    return lime_rt_strf("%.*s%s%.*s", (int)(start - line), line, name, max, dot + 3);
}

/* The build log's first informative lines, on one line. */
static char *log_summary(cl_program prog, const char *name) {
    size_t n = 0;
    if (clGetProgramBuildInfo(prog, dev.device, CL_PROGRAM_BUILD_LOG, 0, NULL, &n) != CL_SUCCESS || n <= 1)
        return lime_rt_strf("(empty build log)");
    char *log = malloc(n + 1);
    if (!log) return lime_rt_strf("(build log unavailable)");
    if (clGetProgramBuildInfo(prog, dev.device, CL_PROGRAM_BUILD_LOG, n, log, NULL) != CL_SUCCESS) {
        free(log);
        return lime_rt_strf("(build log unavailable)");
    }
    log[n] = '\0';
    /* the first non-blank line, and the first line with "error" when that
     * is a different one */
    char *first = NULL, *error = NULL;
    for (char *line = strtok(log, "\r\n"); line; line = strtok(NULL, "\r\n")) {
        while (*line == ' ' || *line == '\t') line++;
        if (!*line) continue;
        if (!first) first = line;
        if (!error && strstr(line, "error")) error = line;
        if (first && error) break;
    }
    char *out;
    if (!first)
        out = lime_rt_strf("(empty build log)");
    else if (error && error != first) {
        char *a = rename_source(first, name, 200), *b = rename_source(error, name, 200);
        out = lime_rt_strf("%s | %s", a, b);
        free(a);
        free(b);
    } else
        out = rename_source(first, name, 300);
    free(log);
    return out;
}

/* clBuildProgram with stderr sent to /dev/null: some compilers (PoCL's
 * clang) print "1 error generated." there besides the build log.  System.err
 * still reaches the real stderr meanwhile (a build may run in the
 * background while the program prints: lime_rt_stderr_quiet). */
static cl_int quiet_build(cl_program prog) {
    lime_rt_stderr_quiet(true);
    cl_int e = clBuildProgram(prog, 1, &dev.device, BUILD_OPTIONS, NULL, NULL);
    fflush(stderr);
    lime_rt_stderr_quiet(false);
    return e;
}

static LimeRtClTask *lime_rt_cl_build_unguarded(const char *src, const char *name, const char *kernel, char **why) {
    int64_t begin_ns = lime_rt_now_ns();
    cl_int e;
    size_t len = strlen(src);
    cl_program prog = clCreateProgramWithSource(dev.ctx, 1, &src, &len, &e);
    if (e != CL_SUCCESS) {
        *why = lime_rt_strf("clCreateProgramWithSource failed (%s)", err_name(e));
        return NULL;
    }
    if (lime_rt_fault("build")) {
        *why = lime_rt_strf("the OpenCL build failed (CL_BUILD_PROGRAM_FAILURE): %s [LIME_FAULT=build]", name);
        clReleaseProgram(prog);
        return NULL;
    }
    e = quiet_build(prog);
    if (e != CL_SUCCESS) {
        char *log = log_summary(prog, name);
        *why = lime_rt_strf("the OpenCL build failed (%s): %s", err_name(e), log);
        free(log);
        clReleaseProgram(prog);
        return NULL;
    }
    cl_kernel k = clCreateKernel(prog, kernel, &e);
    if (e != CL_SUCCESS) {
        *why = lime_rt_strf("clCreateKernel(%s) failed (%s)", kernel, err_name(e));
        clReleaseProgram(prog);
        return NULL;
    }
    LimeRtClTask *t = calloc(1, sizeof *t);
    if (!t) {
        *why = lime_rt_strf("out of memory");
        clReleaseKernel(k);
        clReleaseProgram(prog);
        return NULL;
    }
    t->program = prog;
    t->kernel = k;
    t->per_item = 1;
    t->build_ns = lime_rt_now_ns() - begin_ns;
    if (clGetKernelWorkGroupInfo(k, dev.device, CL_KERNEL_WORK_GROUP_SIZE, sizeof t->kernel_wg, &t->kernel_wg,
                                 NULL) != CL_SUCCESS)
        t->kernel_wg = dev.max_wg;
    return t;
}

/* ---- running ------------------------------------------------------------- */

#define CHECK(call, what)                                                      \
    do {                                                                       \
        cl_int e_ = (call);                                                    \
        if (e_ != CL_SUCCESS) {                                                \
            *why = lime_rt_strf("%s failed (%s)%s", what, err_name(e_), injected_note(e_)); \
            goto done;                                                         \
        }                                                                      \
    } while (0)

static const char *injected_note(cl_int e) {
    switch (e) {
    case INJECTED_ALLOC: return " [LIME_FAULT=alloc]";
    case INJECTED_ENQUEUE: return " [LIME_FAULT=enqueue]";
    case INJECTED_READ: return " [LIME_FAULT=read]";
    default: return "";
    }
}

/* clCreateBuffer, or the injected allocation failure. */
static cl_mem create_buffer(cl_mem_flags flags, size_t bytes, void *host, cl_int *e) {
    if (lime_rt_fault("alloc")) {
        *e = INJECTED_ALLOC;
        return NULL;
    }
    return clCreateBuffer(dev.ctx, flags, bytes, host, e);
}

/* clEnqueueNDRangeKernel of the whole range, or the injected failure. */
static cl_int enqueue_kernel(cl_kernel k, size_t global, const size_t *local, cl_event *ran) {
    if (lime_rt_fault("enqueue")) return INJECTED_ENQUEUE;
    return clEnqueueNDRangeKernel(dev.queue, k, 1, NULL, &global, local, 0, NULL, ran);
}

/* A blocking read of a result (the output, a reduction's value), or the
 * injected failure. */
static cl_int read_result(cl_mem b, size_t bytes, void *to) {
    if (lime_rt_fault("read")) return INJECTED_READ;
    return clEnqueueReadBuffer(dev.queue, b, CL_TRUE, 0, bytes, to, 0, NULL, NULL);
}

/* lime_err[0]'s codes (0: none; 1 to 4: the exceptions a body raises);
 * LIME_FAULT=error-flag reports BOGUS_ERROR_CODE, which no kernel does. */
enum { BOGUS_ERROR_CODE = 77 };

/* Whether lime_err as read back holds a code no kernel writes (a device
 * fault, not a Java exception): then *why says so. */
static bool flag_is_bogus(int32_t err[4], char **why) {
    if (lime_rt_fault("error-flag")) err[0] = BOGUS_ERROR_CODE;
    if (err[0] >= 0 && err[0] <= 4) return false;
    *why = lime_rt_strf("the kernel reported exception code %d, which no task raises%s", (int)err[0],
                        err[0] == BOGUS_ERROR_CODE ? " [LIME_FAULT=error-flag]" : "");
    return true;
}

static void *data_of(LimeArray *a) { return (char *)a + LIME_ARRAY_DATA_OFFSET; }

/* A buffer of `bytes` over `host` (NULL: a device buffer of its own).  On a
 * host-unified device the buffer is the host memory itself (no copy; the
 * host must keep it alive and untouched until the buffer is released and,
 * for a written buffer, mapped); elsewhere it is a copy made now. */
static cl_mem buffer(cl_mem_flags flags, size_t bytes, void *host, cl_int *e) {
    if (bytes == 0) { /* OpenCL has no empty buffers */
        bytes = 1;
        host = NULL;
    }
    if (host) flags |= dev.host_unified ? CL_MEM_USE_HOST_PTR : CL_MEM_COPY_HOST_PTR;
    return create_buffer(flags, bytes, host, e);
}

/* lime_err's buffer: always a copy of err, never err itself (the runtime
 * resets and reads it back while the buffer lives). */
static cl_mem err_buffer(int32_t err[4], cl_int *e) {
    return create_buffer(CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, sizeof(cl_int) * 4, err, e);
}

/* The output buffer: on a host-unified device the output array itself. */
static cl_mem output_buffer(size_t bytes, LimeArray *out, cl_int *e) {
    if (dev.host_unified) return create_buffer(CL_MEM_WRITE_ONLY | CL_MEM_USE_HOST_PTR, bytes, data_of(out), e);
    return create_buffer(CL_MEM_READ_WRITE, bytes, NULL, e); /* (kept: a later kernel may read it) */
}

/* Brings the kernel's output into the output array: a read-back, or on a
 * host-unified device a map (which the spec makes the moment host memory
 * holds the device's writes; the pointer it returns is the array's own,
 * as the buffer was made with CL_MEM_USE_HOST_PTR) and unmap. */
static cl_int fetch_output(cl_mem outb, size_t bytes, LimeArray *out) {
    if (!dev.host_unified) return read_result(outb, bytes, data_of(out));
    if (lime_rt_fault("read")) return INJECTED_READ;
    cl_int e;
    void *p = clEnqueueMapBuffer(dev.queue, outb, CL_TRUE, CL_MAP_READ, 0, bytes, 0, NULL, NULL, &e);
    if (e != CL_SUCCESS) return e;
    e = clEnqueueUnmapMemObject(dev.queue, outb, p, 0, NULL, NULL);
    if (e != CL_SUCCESS) return e;
    return clFinish(dev.queue);
}

/* Runs the map kernel over [from, to) with a fresh lime_err, read into err. */
static cl_int run_part(LimeRtClTask *t, size_t from, size_t to, cl_mem errb, int32_t err[4]) {
    int32_t fresh[4] = {0, 0, 0, 0};
    size_t size = to - from;
    cl_int e = clEnqueueWriteBuffer(dev.queue, errb, CL_TRUE, 0, sizeof fresh, fresh, 0, NULL, NULL);
    if (e == CL_SUCCESS) e = clEnqueueNDRangeKernel(dev.queue, t->kernel, 1, &from, &size, NULL, 0, NULL, NULL);
    if (e == CL_SUCCESS) e = clEnqueueReadBuffer(dev.queue, errb, CL_TRUE, 0, sizeof(cl_int) * 4, err, 0, NULL, NULL);
    return e;
}

/* Some element of [0, n) failed: bisects for the lowest one (invariant:
 * none of [0, lo) fails, some element of [lo, hi) does; each step reruns
 * the lower half, about 2n work-items and log2(n) launches in all, only
 * on the way to an exception), then runs it alone, so that err holds its
 * own exception.  Elements are independent and write only their own
 * output, so running one again changes nothing but err. */
static cl_int lowest_failure(LimeRtClTask *t, size_t n, cl_mem errb, int32_t err[4]) {
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        cl_int e = run_part(t, lo, mid, errb, err);
        if (e != CL_SUCCESS) return e;
        if (err[0] != 0) hi = mid;
        else lo = mid;
    }
    return run_part(t, lo, lo + 1, errb, err);
}

/* The time a finished kernel took on the device, by its profiling event
 * (released here); -1 when the queue does not profile or the event has no
 * times. */
static int64_t event_ns(cl_event ev) {
    if (!ev) return -1;
    cl_ulong start = 0, end = 0;
    cl_int e = clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_START, sizeof start, &start, NULL);
    if (e == CL_SUCCESS) e = clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_END, sizeof end, &end, NULL);
    clReleaseEvent(ev);
    return e == CL_SUCCESS && end >= start ? (int64_t)(end - start) : -1;
}

/* A run's figures start from nothing. */
static void begin_run_stats(LimeRtClTask *t) {
    t->kernel_ns = t->bytes_in = t->bytes_out = 0;
    t->kernel_known = true;
}

/* Adds a finished kernel's time to the run's. */
static void add_kernel_ns(LimeRtClTask *t, cl_event ev) {
    int64_t ns = event_ns(ev);
    if (ns < 0) t->kernel_known = false;
    else t->kernel_ns += ns;
}

/* Bytes a buffer over host memory copies (none on a host-unified device). */
static int64_t copied(size_t bytes) { return dev.host_unified ? 0 : (int64_t)bytes; }

/* ---- data kept on the device ---------------------------------------------
 * On a device that copies (not host-unified), a value array's buffer stays
 * on the device after the call that made it (a map's output) or first
 * took it whole (a broadcast array), so that the next call taking that same
 * array finds it there and copies nothing.  Value arrays are immutable, so
 * a buffer stays true to its array.  At most MAX_RESIDENT entries and a
 * quarter of the device's memory.
 *
 * Two kinds of entry:
 *   held   array set: the host copy is made too (read back after the
 *          kernel); the entry holds its array (in this file's static data,
 *          which the collector scans), so that no other array can come to
 *          have its address while the entry lives; the least recently used
 *          held entry is evicted to make room.
 *   kept   (lime_device_map_kept) the output was not read back: the device
 *          holds the only copy.  The entry hides its array from the
 *          collector (GC_HIDE_POINTER), so the array can die; a finaliser
 *          registered on the array, or lime_device_release, marks the entry
 *          dead (KEPT_DEAD in serial, by compare-and-swap, lock-free: it may
 *          run in any thread at any allocation), and the next call frees
 *          its buffer (kept_sweep).  A dead entry matches no array (its
 *          memory may be a new array's by then).  A kept entry is never
 *          evicted: it leaves by dying, or by host_copy, which reads it
 *          back and makes it held.  When no room is left for a kept entry
 *          the output is read back as usual.
 * lime_rt_kept_arrays counts the kept entries, dead ones included, until
 * swept. */
enum { MAX_RESIDENT = 16 };
#define KEPT_DEAD ((uint64_t)1 << 63)

typedef struct Resident {
    LimeArray *array;      /* held; NULL: kept (hidden set) or a free entry */
    GC_word hidden;        /* kept: GC_HIDE_POINTER(the array) */
    _Atomic uint64_t serial; /* kept: this entry's number, | KEPT_DEAD once the array died or was released */
    int32_t task;          /* kept: the task that made it */
    cl_mem buf;            /* holds the array's `bytes` first bytes of elements */
    size_t bytes;
    uint64_t used;         /* resident_clock when last found or kept */
} Resident;

static Resident resident[MAX_RESIDENT];
static uint64_t resident_clock, kept_serial;
static size_t resident_bytes;

static bool is_kept(Resident *r) { return !r->array && r->buf; }

/* The array entry r stands for (NULL: free, or kept and dead). */
static LimeArray *entry_array(Resident *r) {
    if (r->array || !r->buf) return r->array;
    return atomic_load(&r->serial) & KEPT_DEAD ? NULL : (LimeArray *)GC_REVEAL_POINTER(r->hidden);
}

static void resident_drop(Resident *r) {
    if (is_kept(r)) atomic_fetch_sub(&lime_rt_kept_arrays, 1);
    clReleaseMemObject(r->buf);
    resident_bytes -= r->bytes;
    r->array = NULL;
    r->hidden = 0;
    atomic_store(&r->serial, 0);
    r->buf = NULL;
    r->bytes = 0;
    r->used = 0;
}

/* Frees the buffers of kept entries whose arrays died or were released. */
static void kept_sweep(void) {
    if (atomic_load(&lime_rt_kept_arrays) == 0) return;
    for (int i = 0; i < MAX_RESIDENT; i++)
        if (is_kept(&resident[i]) && atomic_load(&resident[i].serial) & KEPT_DEAD) resident_drop(&resident[i]);
}

/* Marks the kept entry of serial number cd dead (lock-free). */
static void kept_mark_dead(uint64_t serial) {
    for (int i = 0; i < MAX_RESIDENT; i++) {
        uint64_t expect = serial;
        if (atomic_compare_exchange_strong(&resident[i].serial, &expect, serial | KEPT_DEAD)) return;
    }
}

/* The collector's finaliser of a kept array (client data: the entry's serial). */
static void kept_died(void *obj, void *cd) {
    (void)obj;
    kept_mark_dead((uint64_t)(uintptr_t)cd);
}

/* The buffer kept for array a's first `bytes` bytes of elements (retained:
 * the caller releases it), or NULL. */
static cl_mem resident_find(LimeArray *a, size_t bytes) {
    if (dev.host_unified || !a) return NULL;
    kept_sweep();
    for (int i = 0; i < MAX_RESIDENT; i++)
        if (resident[i].buf && entry_array(&resident[i]) == a && resident[i].bytes == bytes) {
            resident[i].used = ++resident_clock;
            clRetainMemObject(resident[i].buf);
            return resident[i].buf;
        }
    return NULL;
}

/* A free entry with room for `bytes` more, evicting the least recently
 * used held entries (never a kept one) to make it; NULL when there is none. */
static Resident *resident_room(size_t bytes) {
    kept_sweep();
    for (;;) {
        Resident *lru = NULL, *free_slot = NULL;
        for (int i = 0; i < MAX_RESIDENT; i++) {
            if (!resident[i].buf) free_slot = &resident[i];
            else if (resident[i].array && (!lru || resident[i].used < lru->used)) lru = &resident[i];
        }
        if (free_slot && resident_bytes + bytes <= dev.global_mem / 4) return free_slot;
        if (!lru) return NULL;
        resident_drop(lru);
    }
}

/* Keeps buf (retained here) as array a's (a value array, read back or
 * lent to the device: a held entry). */
static void resident_keep(LimeArray *a, cl_mem buf, size_t bytes) {
    if (dev.host_unified || !a || bytes > dev.global_mem / 4) return;
    for (int i = 0; i < MAX_RESIDENT; i++)
        if (resident[i].buf && entry_array(&resident[i]) == a && resident[i].bytes == bytes) {
            resident[i].used = ++resident_clock;
            return;
        }
    Resident *r = resident_room(bytes);
    if (!r) return;
    clRetainMemObject(buf);
    r->array = a;
    r->buf = buf;
    r->bytes = bytes;
    r->used = ++resident_clock;
    resident_bytes += bytes;
}

/* Keeps buf (retained here) as the only copy of the map output a, made by
 * task: false (nothing kept) when there is no room; the caller then reads
 * it back. */
static bool kept_keep(LimeArray *a, cl_mem buf, size_t bytes, int32_t task) {
    if (dev.host_unified || !a || bytes > dev.global_mem / 4) return false;
    Resident *r = resident_room(bytes);
    if (!r) return false;
    uint64_t serial = ++kept_serial;
    clRetainMemObject(buf);
    r->array = NULL;
    r->hidden = GC_HIDE_POINTER(a);
    r->task = task;
    r->buf = buf;
    r->bytes = bytes;
    r->used = ++resident_clock;
    resident_bytes += bytes;
    atomic_store(&r->serial, serial);
    atomic_fetch_add(&lime_rt_kept_arrays, 1);
    GC_register_finalizer_no_order(a, kept_died, (void *)(uintptr_t)serial, NULL, NULL);
    return true;
}

/* lime_device_host's work for a (dev_mu held): a kept entry of a is read
 * into the host array and becomes held (its buffer stays for the next
 * device call).  The read is a plain blocking read (LIME_FAULT=read
 * stands for reading a task's result, which the kept array's task did
 * not). */
static int64_t kept_to_host(LimeArray *a, int32_t *task, char **why) {
    kept_sweep();
    for (int i = 0; i < MAX_RESIDENT; i++) {
        Resident *r = &resident[i];
        if (!is_kept(r) || entry_array(r) != a) continue;
        cl_int e = clEnqueueReadBuffer(dev.queue, r->buf, CL_TRUE, 0, r->bytes, data_of(a), 0, NULL, NULL);
        if (e != CL_SUCCESS) {
            *why = lime_rt_strf("clEnqueueReadBuffer: %s", err_name(e));
            return -1;
        }
        *task = r->task;
        /* held from now on: the array strongly (its finaliser, if it ever
         * runs, finds no entry of its serial) */
        r->array = a;
        r->hidden = 0;
        atomic_store(&r->serial, 0);
        atomic_fetch_sub(&lime_rt_kept_arrays, 1);
        return (int64_t)r->bytes;
    }
    return 0;
}

/* An operand's buffer: the one kept on the device for it, else a copy
 * made now (*moved: the bytes copied). */
static cl_mem operand_buffer(LimeArray *a, size_t bytes, cl_int *e, int64_t *moved) {
    cl_mem kept = resident_find(a, bytes);
    if (kept) {
        *e = CL_SUCCESS;
        return kept;
    }
    *moved += copied(bytes);
    return buffer(CL_MEM_READ_ONLY, bytes, data_of(a), e);
}

static bool lime_rt_cl_map_unguarded(LimeRtClTask *t, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args,
                    int32_t err[4], char **why) {
    memset(err, 0, 4 * sizeof *err);
    begin_run_stats(t);
    if (n <= 0) return true;
    bool ok = false;
    cl_int e;
    cl_mem outb = NULL, errb = NULL;
    cl_mem *argb = calloc((size_t)nargs + 1, sizeof *argb);
    if (!argb) {
        *why = lime_rt_strf("out of memory");
        return false;
    }
    size_t out_bytes = (size_t)n * (size_t)out->elem_size;
    outb = output_buffer(out_bytes, out, &e);
    CHECK(e, "clCreateBuffer (output)");
    errb = err_buffer(err, &e);
    CHECK(e, "clCreateBuffer (lime_err)");
    cl_uint ai = 0;
    CHECK(clSetKernelArg(t->kernel, ai++, sizeof outb, &outb), "clSetKernelArg (output)");
    for (int32_t k = 0; k < nargs; k++) {
        if (args[k].whole) {
            /* the whole array and its length; a buffer of at least one
             * element, so that a kernel never sees an empty buffer */
            LimeArray *a = args[k].array;
            cl_int len = a ? a->length : 0;
            size_t bytes = (size_t)(len > 0 ? len : 1) * (size_t)args[k].size;
            argb[k] = len > 0 ? operand_buffer(a, bytes, &e, &t->bytes_in) : buffer(CL_MEM_READ_ONLY, bytes, NULL, &e);
            CHECK(e, "clCreateBuffer (whole array)");
            if (len > 0) resident_keep(a, argb[k], bytes); /* (a value array: the same one next call, likely) */
            CHECK(clSetKernelArg(t->kernel, ai++, sizeof argb[k], &argb[k]), "clSetKernelArg (whole array)");
            CHECK(clSetKernelArg(t->kernel, ai++, sizeof len, &len), "clSetKernelArg (array length)");
        } else if (args[k].array) {
            LimeArray *a = args[k].array;
            argb[k] = operand_buffer(a, (size_t)a->length * (size_t)args[k].size, &e, &t->bytes_in);
            CHECK(e, "clCreateBuffer (operand)");
            CHECK(clSetKernelArg(t->kernel, ai++, sizeof argb[k], &argb[k]), "clSetKernelArg (operand)");
        } else {
            CHECK(clSetKernelArg(t->kernel, ai++, (size_t)args[k].size, args[k].value), "clSetKernelArg (value)");
        }
    }
    cl_int cn = n;
    CHECK(clSetKernelArg(t->kernel, ai++, sizeof cn, &cn), "clSetKernelArg (n)");
    CHECK(clSetKernelArg(t->kernel, ai++, sizeof errb, &errb), "clSetKernelArg (lime_err)");
    size_t global = ((size_t)n + (size_t)t->per_item - 1) / (size_t)t->per_item;
    cl_event ran = NULL;
    CHECK(enqueue_kernel(t->kernel, global, NULL, &ran), "clEnqueueNDRangeKernel");
    e = clEnqueueReadBuffer(dev.queue, errb, CL_TRUE, 0, sizeof(cl_int) * 4, err, 0, NULL, NULL);
    add_kernel_ns(t, ran);   /* (finished: the blocking read came after it) */
    CHECK(e, "clEnqueueReadBuffer (lime_err)");
    if (flag_is_bogus(err, why)) goto done;
    if (err[0] != 0) {
        /* Work-items raced for err[0..2]; the exception is the lowest
         * failing element's, which a run of that element alone reports. */
        int32_t reported = err[0];
        e = lowest_failure(t, global, errb, err);
        CHECK(e, "finding the lowest failing element");
        if (err[0] == 0) {
            *why = lime_rt_strf("the kernel reported exception code %d, which no element raises when run again",
                                (int)reported);
            goto done;
        }
    }
    if (err[0] == 0) {
        if (lime_rt_keep_output() >= 0 && kept_keep(out, outb, out_bytes, lime_rt_keep_output())) {
            /* only on the device: lime_device_host reads it back if the host needs it */
        } else {
            CHECK(fetch_output(outb, out_bytes, out), dev.host_unified ? "clEnqueueMapBuffer (output)" : "clEnqueueReadBuffer (output)");
            t->bytes_out += copied(out_bytes);
            resident_keep(out, outb, out_bytes); /* a value array the next task may take */
        }
    }
    ok = true;
done:
    if (!ok) clFinish(dev.queue);
    for (int32_t k = 0; k < nargs; k++)
        if (argb[k]) clReleaseMemObject(argb[k]);
    free(argb);
    if (outb) clReleaseMemObject(outb);
    if (errb) clReleaseMemObject(errb);
    return ok;
}

static size_t floor_pow2(size_t v) {
    size_t p = 1;
    while (p * 2 <= v) p *= 2;
    return p;
}

static bool lime_rt_cl_reduce_unguarded(LimeRtClTask *t, LimeArray *in, int32_t elem_size, void *result, int32_t err[4],
                       char **why) {
    memset(err, 0, 4 * sizeof *err);
    begin_run_stats(t);
    bool ok = false;
    cl_int e;
    cl_mem inb = NULL, errb = NULL, bufs[2] = {NULL, NULL};
    size_t es = (size_t)elem_size;
    size_t L = MAX_REDUCE_LOCAL;
    if (dev.max_wg < L) L = dev.max_wg;
    if (t->kernel_wg < L) L = t->kernel_wg;
    while (L > 1 && L * es > dev.local_mem / 2) L /= 2;
    L = floor_pow2(L ? L : 1);
    size_t B = 2 * L;
    size_t n = (size_t)in->length;
    size_t m1 = (n + B - 1) / B, m2 = (m1 + B - 1) / B;
    inb = operand_buffer(in, n * es, &e, &t->bytes_in);
    CHECK(e, "clCreateBuffer (input)");
    bufs[0] = buffer(CL_MEM_READ_WRITE, m1 * es, NULL, &e);
    CHECK(e, "clCreateBuffer (partial results)");
    if (m1 > 1) {
        bufs[1] = buffer(CL_MEM_READ_WRITE, m2 * es, NULL, &e);
        CHECK(e, "clCreateBuffer (partial results)");
    }
    errb = err_buffer(err, &e);
    CHECK(e, "clCreateBuffer (lime_err)");
    cl_mem src = inb;
    size_t count = n;
    for (int pass = 0;; pass++) {
        size_t blocks = (count + B - 1) / B;
        cl_mem dst = bufs[pass & 1];
        cl_int cn = (cl_int)count;
        CHECK(clSetKernelArg(t->kernel, 0, sizeof src, &src), "clSetKernelArg (in)");
        CHECK(clSetKernelArg(t->kernel, 1, sizeof dst, &dst), "clSetKernelArg (out)");
        CHECK(clSetKernelArg(t->kernel, 2, sizeof cn, &cn), "clSetKernelArg (n)");
        CHECK(clSetKernelArg(t->kernel, 3, L * es, NULL), "clSetKernelArg (scratch)");
        CHECK(clSetKernelArg(t->kernel, 4, sizeof errb, &errb), "clSetKernelArg (lime_err)");
        size_t global = blocks * L, local = L;
        cl_event ran = NULL;
        CHECK(enqueue_kernel(t->kernel, global, &local, &ran), "clEnqueueNDRangeKernel");
        e = clEnqueueReadBuffer(dev.queue, errb, CL_TRUE, 0, sizeof(cl_int) * 4, err, 0, NULL, NULL);
        add_kernel_ns(t, ran);
        CHECK(e, "clEnqueueReadBuffer (lime_err)");
        if (flag_is_bogus(err, why)) goto done;
        if (err[0] != 0) {
            ok = true;
            goto done;
        }
        src = dst;
        count = blocks;
        if (count == 1) break;
    }
    CHECK(read_result(src, es, result), "clEnqueueReadBuffer (result)");
    t->bytes_out += (int64_t)es;   /* (a read, on every device) */
    ok = true;
done:
    if (!ok) clFinish(dev.queue);
    if (inb) clReleaseMemObject(inb);
    if (bufs[0]) clReleaseMemObject(bufs[0]);
    if (bufs[1]) clReleaseMemObject(bufs[1]);
    if (errb) clReleaseMemObject(errb);
    return ok;
}

/* Finds the OpenCL device once: the one LIME_DEVICE=gpu:SEL selects, else
 * a GPU if there is one, else the first device of any type.  Makes its
 * context and queue.  false (every later call too) with *why (static
 * storage) when there is no device or setting it up failed; *fatal then
 * says whether it failed (as opposed to finding nothing, which under auto
 * is a choice). */
static bool lime_rt_cl_init(const char **why, bool *fatal) {
    GcSignals kept = keep_gc_signals();
    bool r = lime_rt_cl_init_unguarded(why, fatal);
    restore_gc_signals(&kept);
    return r;
}

/* Builds src (the artifact `name`, as the build log should call it) and
 * makes kernel `kernel`; NULL with *why (malloc'd, one line, with the
 * build log's first lines) on failure.  The driver's own chatter on
 * stderr during the build is discarded (the log has it). */
static LimeRtClTask *lime_rt_cl_build(const char *src, const char *name, const char *kernel, char **why) {
    GcSignals kept = keep_gc_signals();
    LimeRtClTask *r = lime_rt_cl_build_unguarded(src, name, kernel, why);
    restore_gc_signals(&kept);
    return r;
}

/* Runs a map kernel (see lime_device_map); false with *why (malloc'd) if
 * an OpenCL call fails.  err receives lime_err[0..2]: [0] the exception
 * code (0: none), [1] and [2] its arguments.  When some work-item failed,
 * the runtime bisects the range for the lowest failing element and runs
 * it alone, so that err is that element's exception, whichever work-item
 * stored last. */
static bool lime_rt_cl_map(LimeRtClTask *t, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args,
                    int32_t err[4], char **why) {
    GcSignals kept = keep_gc_signals();
    bool r = lime_rt_cl_map_unguarded(t, n, out, nargs, args, err, why);
    restore_gc_signals(&kept);
    return r;
}

/* Runs a reduce kernel over in (length >= 1, elem_size bytes per element),
 * pass after pass until one value is left, stored at result.  Stops after
 * the first pass whose lime_err[0] is nonzero (err receives it; which
 * combination threw first is then the CPU's to find: lime_device_reduce
 * returns false). */
static bool lime_rt_cl_reduce(LimeRtClTask *t, LimeArray *in, int32_t elem_size, void *result, int32_t err[4],
                       char **why) {
    GcSignals kept = keep_gc_signals();
    bool r = lime_rt_cl_reduce_unguarded(t, in, elem_size, result, err, why);
    restore_gc_signals(&kept);
    return r;
}

/* ---- the gpu device (LimeRtDevice) --------------------------------------- */

/* The task's entry needs these (see docs/manifest.md). */
static const LimeRtKeyDef gpu_keys[] = {
    {"artifact", LIME_RT_STRING}, {"sha256", LIME_RT_STRING}, {"kernel", LIME_RT_STRING}, {NULL, LIME_RT_STRING}};

/* The device (found once: with !forced, a GPU-type one only), then the
 * task's artifact checked against its sha256, fp64 when it computes in
 * double, Java's float rounding, and its program built. */
static void *gpu_open(const LimeRtManifest *m, const LimeRtTaskInfo *info, const LimeRtBackend *e, bool forced,
                      char **why, bool *warn) {
    const char *init_why = NULL;
    bool fatal = false;
    if (!lime_rt_cl_init(&init_why, &fatal)) {
        *why = lime_rt_strf("%s", init_why);
        *warn = fatal;
        return NULL;
    }
    *warn = true;
    const char *artifact = lime_rt_entry_str(e, "artifact"), *kernel = lime_rt_entry_str(e, "kernel");
    char *src = lime_rt_read_artifact(m, artifact, lime_rt_entry_str(e, "sha256"), why);
    if (!src) return NULL;
    if (strstr(src, "cl_khr_fp64") && !lime_rt_cl_has_fp64()) {
        free(src);
        *why = lime_rt_strf("it computes in double and %s has no fp64", lime_rt_cl_device_name());
        return NULL;
    }
    if (lime_rt_cl_float_problem()) {
        free(src);
        *why = lime_rt_strf("%s: %s", lime_rt_cl_device_name(), lime_rt_cl_float_problem());
        return NULL;
    }
    char *fallback = kernel && *kernel ? NULL : lime_rt_strf("lime_task_%d", (int)info->id);
    LimeRtClTask *t = lime_rt_cl_build(src, artifact, fallback ? fallback : kernel, why);
    free(fallback);
    free(src);
    if (!t) return NULL;
    t->info = info;
    if (lime_rt_entry_count(e, "items_per_work_item") > 1) t->per_item = lime_rt_entry_count(e, "items_per_work_item");
    t->describe = lime_rt_strf("%s (%s)", lime_rt_cl_device_name(), lime_rt_cl_buffer_mode());
    return t;
}

static const char *gpu_describe(void *task) { return ((LimeRtClTask *)task)->describe; }

static bool gpu_map(void *task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args, int32_t err[4],
                    char **why) {
    LimeRtClTask *t = task;
    *why = NULL;
    if (n < 0 || !out || out->length < n || nargs < 0 || (nargs > 0 && !args))
        *why = lime_rt_strf("bad call (n %d, output of %d elements)", (int)n, out ? (int)out->length : -1);
    else if (t->info->elem_size && out->elem_size != t->info->elem_size)
        *why = lime_rt_strf("the output's elements have %d bytes, the manifest says %d", (int)out->elem_size,
                            (int)t->info->elem_size);
    for (int32_t k = 0; !*why && k < nargs; k++) {
        if (args[k].size <= 0 || (args[k].array && !args[k].whole && args[k].array->length < n) ||
            (!args[k].array && !args[k].whole && !args[k].value))
            *why = lime_rt_strf("bad operand %d", (int)k);
    }
    return !*why && lime_rt_cl_map(t, n, out, nargs, args, err, why);
}

static bool gpu_reduce(void *task, LimeArray *in, void *result, int32_t err[4], char **why) {
    LimeRtClTask *t = task;
    *why = NULL;
    int32_t es = t->info->elem_size ? t->info->elem_size : in->elem_size;
    if (in->elem_size != es)
        *why = lime_rt_strf("the input's elements have %d bytes, the manifest says %d", (int)in->elem_size, (int)es);
    return !*why && lime_rt_cl_reduce(t, in, es, result, err, why);
}

/* LIME_PROFILE's figures of the last run; the build's time goes with the
 * first run after it. */
static void gpu_stats(void *task, LimeRtProfileRecord *r) {
    LimeRtClTask *t = task;
    r->device_ns = t->kernel_known ? t->kernel_ns : -1;
    r->build_ns = t->build_ns;
    t->build_ns = 0;
    r->bytes_in = t->bytes_in;
    r->bytes_out = t->bytes_out;
}

static void gpu_close(void *task) {
    LimeRtClTask *t = task;
    GcSignals kept = keep_gc_signals();
    clReleaseKernel(t->kernel);
    clReleaseProgram(t->program);
    restore_gc_signals(&kept);
    free(t->describe);
    free(t);
}

/* gpu:N  platform / device (type, compute units, memory, double, Java's float rules) */
static void gpu_list(FILE *out) {
    const char *why = NULL;
    int count;
    ClDevice *all = all_devices(&count, &why);
    if (!count) fprintf(out, "gpu     none: %s\n", why);
    int first_gpu = -1;
    for (int i = 0; i < count; i++)
        if (first_gpu < 0 && (all[i].type & CL_DEVICE_TYPE_GPU)) first_gpu = i;
    for (int i = 0; i < count; i++) {
        char label[420], ext[8192];
        device_label(&all[i], label, sizeof label);
        info_string(NULL, all[i].device, CL_DEVICE_EXTENSIONS, ext, sizeof ext);
        cl_uint units = 0;
        cl_ulong mem = 0;
        cl_device_fp_config f = 0;
        clGetDeviceInfo(all[i].device, CL_DEVICE_MAX_COMPUTE_UNITS, sizeof units, &units, NULL);
        clGetDeviceInfo(all[i].device, CL_DEVICE_GLOBAL_MEM_SIZE, sizeof mem, &mem, NULL);
        clGetDeviceInfo(all[i].device, CL_DEVICE_SINGLE_FP_CONFIG, sizeof f, &f, NULL);
        bool java_floats = (f & CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT) && (f & CL_FP_DENORM);
        const char *type = all[i].type & CL_DEVICE_TYPE_GPU ? "GPU" : all[i].type & CL_DEVICE_TYPE_CPU ? "CPU"
                           : all[i].type & CL_DEVICE_TYPE_ACCELERATOR ? "accelerator" : "other";
        fprintf(out, "gpu:%-3d %s (%s, %u compute units, %.1f GiB, %s, %s)%s\n", i, label, type, units,
                (double)mem / (1 << 30), strstr(ext, "cl_khr_fp64") ? "double" : "no double",
                java_floats ? "Java's float rules" : "not Java's float rules: its float tasks stay on the CPU",
                i == (first_gpu >= 0 ? first_gpu : 0) ? "  [LIME_DEVICE=auto measures it]" : "");
    }
    free(all);
}

static int64_t gpu_host_copy(LimeArray *a, int32_t *task, char **why) {
    if (!dev.ok || dev.host_unified) return 0;
    GcSignals kept = keep_gc_signals();
    int64_t r = kept_to_host(a, task, why);
    restore_gc_signals(&kept);
    return r;
}

/* After a kept array's last use: its entry dead, its buffer freed at the
 * next call (lock-free; a held entry is left as it is). */
static void gpu_release(LimeArray *a) {
    for (int i = 0; i < MAX_RESIDENT; i++) {
        Resident *r = &resident[i];
        uint64_t serial = atomic_load(&r->serial);
        if (serial && !(serial & KEPT_DEAD) && (LimeArray *)GC_REVEAL_POINTER(r->hidden) == a)
            kept_mark_dead(serial);
    }
}

const LimeRtDevice lime_rt_gpu_device = {
    .name = "gpu",
    .auto_ok = true,
    .no_reason = "the GPU backend did not accept it",
    .keys = gpu_keys,
    .open = gpu_open,
    .describe = gpu_describe,
    .map = gpu_map,
    .reduce = gpu_reduce,
    .stream = NULL,
    .profile = NULL,
    .stats = gpu_stats,
    .close = gpu_close,
    .list = gpu_list,
    .host_copy = gpu_host_copy,
    .release = gpu_release,
};
