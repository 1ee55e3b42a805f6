/* device.c: which device runs each task, and falling back to the CPU.
 *
 * Generated code calls lime_device_map / lime_device_reduce /
 * lime_device_stream before running a task on the CPU; false means "run it
 * on the CPU".  The decision is made once per task, on its first call, and
 * kept:
 *
 *   LIME_DEVICE=cpu   the CPU; OpenCL is never touched.
 *   LIME_DEVICE=gpu   the first OpenCL device of any type, a GPU-type one
 *                     first (PoCL's CPU device counts).
 *   LIME_DEVICE=fpga  the Verilator model of every task the FPGA backend
 *                     accepted (fpga.c); OpenCL is never touched.  Only
 *                     when asked for: the model is a simulator, far slower
 *                     than the CPU, so auto and gpu never choose it.
 *   LIME_DEVICE=auto  (the default; anything else warns once and means auto)
 *                     OpenCL only when a device of type GPU exists.
 *
 * A task of kind "stream" (a run of a graph's filters from its source, see
 * lime_device_stream) is offered to the fpga device only: under cpu, gpu
 * and auto it is the CPU's, silently (the GPU runs such a graph's runs of
 * stateless filters as fused map tasks of their own).
 *
 * A reason not to use the device is either a choice (silent; one line with
 * LIME_LOG=1) or a failure (one warning per task on stderr, the task then
 * stays on the CPU):
 *   choice:  LIME_DEVICE=cpu; auto and no GPU (no platform, no GPU-type
 *            device); auto and no manifest, or the task not in it, or the
 *            GPU backend rejected the task.
 *   failure: LIME_DEVICE=gpu and no manifest / the task not in it / the GPU
 *            backend rejected it (its reason) / no OpenCL platform or
 *            device; a missing or altered artifact; a double task on a
 *            device without fp64; a device without Java's float rounding;
 *            a build error (the build log's first lines); an OpenCL call
 *            failing (that task stays on the CPU from then on); setting up
 *            the context failing (every task stays on the CPU);
 *            LIME_DEVICE=fpga and no manifest / the task not in it / the
 *            FPGA backend rejected it / a missing, altered or unloadable
 *            model / a model that disagrees with the manifest / a model
 *            that stops producing results.
 * LIME_PROFILE=1 prints one line per run on the fpga device (items,
 * clocks, time at the manifest's clock rate, time the simulation took).
 * Warnings and log lines go to stderr after System.out is flushed.  Calls
 * come from the main thread; a mutex keeps other callers safe anyway. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

char *lime_rt_strf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    int n = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (n < 0) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    return s;
}

typedef enum { MODE_AUTO, MODE_CPU, MODE_GPU, MODE_FPGA } Mode;
typedef enum { UNDECIDED, ON_CPU, ON_DEVICE } Where;

typedef struct TaskState {
    Where where;
    LimeRtClTask *cl;             /* on the GPU */
    LimeRtFpgaTask *fpga;         /* on the FPGA model */
    const LimeRtTaskInfo *info;   /* NULL when the manifest lacks the task */
} TaskState;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static bool mode_read, log_on, profile_on;
static Mode mode;
static TaskState *states;      /* indexed by task id */
static int32_t nstates;
static TaskState bad_id_state; /* negative ids: always the CPU */

static void put_line(char *line) {
    lime_rt_err_bytes(line, strlen(line));
    free(line);
}

static void read_mode(void) {
    mode_read = true;
    const char *l = getenv("LIME_LOG");
    log_on = l && strcmp(l, "1") == 0;
    const char *p = getenv("LIME_PROFILE");
    profile_on = p && strcmp(p, "1") == 0;
    const char *v = getenv("LIME_DEVICE");
    if (!v || !*v || strcmp(v, "auto") == 0)
        mode = MODE_AUTO;
    else if (strcmp(v, "cpu") == 0)
        mode = MODE_CPU;
    else if (strcmp(v, "gpu") == 0)
        mode = MODE_GPU;
    else if (strcmp(v, "fpga") == 0)
        mode = MODE_FPGA;
    else {
        mode = MODE_AUTO;
        put_line(lime_rt_strf("lime: warning: LIME_DEVICE=%.100s is not cpu, gpu, fpga or auto; using auto\n", v));
    }
}

static TaskState *state_of(int32_t task) {
    if (task < 0) return &bad_id_state;
    if (task >= nstates) {
        int32_t n = nstates ? nstates : 16;
        while (n <= task) n *= 2;
        TaskState *s = realloc(states, (size_t)n * sizeof *s);
        if (!s) return &bad_id_state;
        memset(s + nstates, 0, (size_t)(n - nstates) * sizeof *s);
        states = s;
        nstates = n;
    }
    return &states[task];
}

/* "task 3 (saxpy@14)" or "task 3" */
static char *task_label(int32_t task, const LimeRtTaskInfo *info) {
    if (info && info->name[0]) return lime_rt_strf("task %d (%s)", (int)task, info->name);
    return lime_rt_strf("task %d", (int)task);
}

static void log_decision(int32_t task, const TaskState *st, const char *kind, const char *device, const char *why) {
    if (!log_on) return;
    char *label = task_label(task, st->info);
    put_line(lime_rt_strf("lime: %s %s on %s: %s\n", label, kind, device, why));
    free(label);
}

/* A choice: the CPU, logged. */
static TaskState *choose_cpu(int32_t task, TaskState *st, const char *kind, const char *why) {
    st->where = ON_CPU;
    log_decision(task, st, kind, "cpu", why);
    return st;
}

/* A failure: one warning, then the CPU for good. */
static TaskState *fail(int32_t task, TaskState *st, const char *kind, const char *why) {
    char *label = task_label(task, st->info);
    put_line(lime_rt_strf("lime: warning: %s: %s; running it on the CPU\n", label, why));
    free(label);
    return choose_cpu(task, st, kind, why);
}

static TaskState *fail_owned(int32_t task, TaskState *st, const char *kind, char *why) {
    fail(task, st, kind, why);
    free(why);
    return st;
}

/* The backend of `device` rejected the task: the CPU, with the one warning
 * that reads "cannot run on the <device>" when that device was forced. */
static TaskState *rejected(int32_t task, TaskState *st, const char *kind, const char *device, const char *reason,
                           bool forced) {
    if (forced) {
        char *label = task_label(task, st->info);
        put_line(lime_rt_strf("lime: warning: %s cannot run on the %s: %s; running it on the CPU\n", label, device, reason));
        free(label);
    }
    char *w = lime_rt_strf("the %s backend rejected it: %s", device, reason);
    choose_cpu(task, st, kind, w);
    free(w);
    return st;
}

/* The decision under LIME_DEVICE=fpga for a task the manifest lists. */
static TaskState *decide_fpga(int32_t task, TaskState *st, const char *kind, const LimeRtManifest *m) {
    const LimeRtTaskInfo *info = st->info;
    /* a graph's fused map when its stream task is the FPGA's: that task
     * warned already if it could not run, so this is only a choice */
    if (!info->fpga.accepted)
        return rejected(task, st, kind, "fpga", info->fpga.reason ? info->fpga.reason : "the FPGA backend did not accept it",
                        !info->fpga.covered);
    if (strcmp(kind, "map") != 0 && strcmp(kind, "stream") != 0)
        return fail_owned(task, st, kind, lime_rt_strf("the fpga device runs map and stream tasks, not a %s task", kind));
    char *why = NULL;
    st->fpga = lime_rt_fpga_open(m, info, &why);
    if (!st->fpga) return fail_owned(task, st, kind, why);
    st->where = ON_DEVICE;
    log_decision(task, st, kind, "fpga", lime_rt_fpga_describe(st->fpga));
    return st;
}

/* The decision for a task's first call. */
static TaskState *decide(int32_t task, TaskState *st, const char *kind) {
    const char *why = NULL;
    bool stream = strcmp(kind, "stream") == 0;
    if (mode == MODE_CPU || (stream && mode != MODE_FPGA)) {
        if (log_on) st->info = lime_rt_manifest_task(lime_rt_manifest(&why), task); /* for its name */
        return choose_cpu(task, st, kind,
                          mode == MODE_CPU ? "LIME_DEVICE=cpu" : "a stream task runs on the fpga only (LIME_DEVICE=fpga)");
    }
    bool forced = mode != MODE_AUTO;
    const LimeRtManifest *m = lime_rt_manifest(&why);
    if (!m) {
        if (forced) return fail(task, st, kind, why);
        return choose_cpu(task, st, kind, why);
    }
    st->info = lime_rt_manifest_task(m, task);
    const LimeRtTaskInfo *info = st->info;
    if (!info) {
        char *w = lime_rt_strf("the manifest %s/manifest.yaml has no task %d", m->dir, (int)task);
        if (forced) return fail_owned(task, st, kind, w);
        choose_cpu(task, st, kind, w);
        free(w);
        return st;
    }
    if (strcmp(info->kind, kind) != 0)
        return fail_owned(task, st, kind, lime_rt_strf("the manifest says it is a %s task, not a %s", info->kind, kind));
    if (mode == MODE_FPGA) return decide_fpga(task, st, kind, m);
    if (!info->gpu_accepted)
        return rejected(task, st, kind, "gpu", info->gpu_reason ? info->gpu_reason : "the GPU backend did not accept it",
                        forced);
    bool fatal = false;
    if (!lime_rt_cl_init(!forced, &why, &fatal)) {
        if (forced || fatal) return fail(task, st, kind, why);
        return choose_cpu(task, st, kind, why);
    }
    char *why_owned = NULL;
    char *src = lime_rt_read_artifact(m, info->gpu_artifact, info->gpu_sha256, &why_owned);
    if (!src) return fail_owned(task, st, kind, why_owned);
    if (strstr(src, "cl_khr_fp64") && !lime_rt_cl_has_fp64()) {
        free(src);
        return fail_owned(task, st, kind,
                          lime_rt_strf("it computes in double and %s has no fp64", lime_rt_cl_device_name()));
    }
    if (lime_rt_cl_float_problem()) {
        free(src);
        return fail_owned(task, st, kind, lime_rt_strf("%s: %s", lime_rt_cl_device_name(), lime_rt_cl_float_problem()));
    }
    char *kernel = info->gpu_kernel && *info->gpu_kernel ? NULL : lime_rt_strf("lime_task_%d", (int)task);
    st->cl = lime_rt_cl_build(src, info->gpu_artifact, kernel ? kernel : info->gpu_kernel, &why_owned);
    free(kernel);
    free(src);
    if (!st->cl) return fail_owned(task, st, kind, why_owned);
    st->where = ON_DEVICE;
    if (log_on) {
        char *where = lime_rt_strf("%s (%s)", lime_rt_cl_device_name(), lime_rt_cl_buffer_mode());
        log_decision(task, st, kind, "gpu", where);
        free(where);
    }
    return st;
}

static TaskState *begin(int32_t task, const char *kind) {
    pthread_mutex_lock(&mu);
    if (!mode_read) read_mode();
    TaskState *st = state_of(task);
    if (st->where == UNDECIDED) decide(task, st, kind);
    return st;
}

/* Raises the Java exception a kernel reported in lime_err. */
static void raise_err(const int32_t err[4]) {
    switch (err[0]) {
    case 0: return;
    case 1: lime_throw_index_out_of_bounds(err[1], err[2]);
    case 2: lime_throw_arithmetic_div_zero();
    case 3: lime_throw_negative_array_size(err[1]);
    case 4: lime_throw_null_pointer();
    default: {
        char msg[64];
        snprintf(msg, sizeof msg, "unknown device exception code %d", (int)err[0]);
        lime_throw("InternalError", msg);
    }
    }
}

/* "21.1 us" */
static void fmt_seconds(double s, char *buf, size_t size) {
    if (s < 1e-6)
        snprintf(buf, size, "%.1f ns", s * 1e9);
    else if (s < 1e-3)
        snprintf(buf, size, "%.1f us", s * 1e6);
    else if (s < 1.0)
        snprintf(buf, size, "%.1f ms", s * 1e3);
    else
        snprintf(buf, size, "%.2f s", s);
}

/* The LIME_PROFILE=1 line of one run on the fpga device. */
static void profile_fpga(int32_t task, const TaskState *st, const LimeRtFpgaRun *r) {
    if (!profile_on) return;
    double mhz = st->info->fpga.fmax_mhz;
    char at[64], t[32], sim[32];
    if (mhz > 0) {
        fmt_seconds((double)r->cycles / (mhz * 1e6), t, sizeof t);
        snprintf(at, sizeof at, "%s at %.1f MHz", t, mhz);
    } else
        snprintf(at, sizeof at, "clock rate unknown");
    fmt_seconds(r->seconds, sim, sizeof sim);
    char *label = task_label(task, st->info);
    put_line(lime_rt_strf("lime: profile: %s on fpga: %lld items in %lld cycles (%.3f items/cycle), %s; simulated in %s\n",
                          label, (long long)r->items, (long long)r->cycles,
                          r->cycles ? (double)r->items / (double)r->cycles : 0.0, at, sim));
    free(label);
}

/* The end of a run on the fpga device (mu held; released here): the
 * profile line and the exception it raised, or the failure and the CPU. */
static bool end_fpga(int32_t task, TaskState *st, const char *kind, bool ran, const LimeRtFpgaRun *run,
                     const int32_t err[4], char *why) {
    if (ran) {
        profile_fpga(task, st, run);
        pthread_mutex_unlock(&mu);
        raise_err(err);
        return true;
    }
    fail_owned(task, st, kind, why);
    pthread_mutex_unlock(&mu);
    return false;
}

static bool takes(int32_t task, const char *kind) {
    TaskState *st = begin(task, kind);
    bool on = st->where == ON_DEVICE;
    pthread_mutex_unlock(&mu);
    return on;
}

bool lime_device_takes_map(int32_t task) { return takes(task, "map"); }
bool lime_device_takes_reduce(int32_t task) { return takes(task, "reduce"); }

bool lime_device_map(int32_t task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args) {
    TaskState *st = begin(task, "map");
    if (st->where != ON_DEVICE) {
        pthread_mutex_unlock(&mu);
        return false;
    }
    if (st->fpga) {
        LimeRtFpgaRun run = {0, 0, 0.0};
        int32_t err[4] = {0, 0, 0, 0};
        char *why = NULL;
        bool ran = n >= 0 && (nargs == 0 || args) && lime_rt_fpga_map(st->fpga, n, out, nargs, args, err, &run, &why);
        if (!ran && !why) why = lime_rt_strf("bad call (n %d, %d operands)", (int)n, (int)nargs);
        return end_fpga(task, st, "map", ran, &run, err, why);
    }
    char *why = NULL;
    if (n < 0 || !out || out->length < n || nargs < 0 || (nargs > 0 && !args))
        why = lime_rt_strf("bad call (n %d, output of %d elements)", (int)n, out ? (int)out->length : -1);
    else if (st->info->elem_size && out->elem_size != st->info->elem_size)
        why = lime_rt_strf("the output's elements have %d bytes, the manifest says %d", (int)out->elem_size,
                           (int)st->info->elem_size);
    for (int32_t k = 0; !why && k < nargs; k++) {
        if (args[k].size <= 0 || (args[k].array && !args[k].whole && args[k].array->length < n) ||
            (!args[k].array && !args[k].whole && !args[k].value))
            why = lime_rt_strf("bad operand %d", (int)k);
    }
    int32_t err[4] = {0, 0, 0, 0};
    if (!why && lime_rt_cl_map(st->cl, n, out, nargs, args, err, &why)) {
        pthread_mutex_unlock(&mu);
        raise_err(err);
        return true;
    }
    fail_owned(task, st, "map", why);
    pthread_mutex_unlock(&mu);
    return false;
}

bool lime_device_reduce(int32_t task, LimeArray *in, void *result) {
    TaskState *st = begin(task, "reduce");
    if (st->where != ON_DEVICE || !in || in->length < 1) { /* empty: the CPU's rule */
        pthread_mutex_unlock(&mu);
        return false;
    }
    char *why = NULL;
    int32_t es = st->info->elem_size ? st->info->elem_size : in->elem_size;
    if (in->elem_size != es)
        why = lime_rt_strf("the input's elements have %d bytes, the manifest says %d", (int)in->elem_size, (int)es);
    int32_t err[4] = {0, 0, 0, 0};
    if (!why && lime_rt_cl_reduce(st->cl, in, es, result, err, &why)) {
        pthread_mutex_unlock(&mu);
        /* A combination threw: which one a sequential run meets first is
         * the CPU's to find (tasks.c's prefix rule), so the CPU reduces
         * again, quietly (the task stays on the device). */
        return err[0] == 0;
    }
    fail_owned(task, st, "reduce", why);
    pthread_mutex_unlock(&mu);
    return false;
}

bool lime_device_stream(int32_t task, LimeArray *src, LimeArray *out, uint32_t *state, int32_t state_words) {
    TaskState *st = begin(task, "stream");
    if (st->where != ON_DEVICE || !st->fpga) {
        pthread_mutex_unlock(&mu);
        return false;
    }
    LimeRtFpgaRun run = {0, 0, 0.0};
    int32_t err[4] = {0, 0, 0, 0};
    char *why = NULL;
    if (!src || !out) { /* the compiler offers a stream it rejected this way: never ON_DEVICE */
        fail_owned(task, st, "stream", lime_rt_strf("bad call (no source or output array)"));
        pthread_mutex_unlock(&mu);
        return false;
    }
    bool ran = lime_rt_fpga_stream(st->fpga, src, out, state, state_words, err, &run, &why);
    return end_fpga(task, st, "stream", ran, &run, err, why);
}
