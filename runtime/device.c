/* device.c: which device runs each task, and falling back to the CPU: the
 * policy only.  The devices themselves are the table lime_rt_devices[]
 * (devices.c; each one's file says what it does and when it fails); this
 * file names none of them.
 *
 * Requires: lime.h's callers (generated code) call lime_device_map /
 * lime_device_reduce / lime_device_stream before running a task on the
 * CPU, from the main thread (a mutex keeps other callers safe anyway).
 * Guarantees: false means "run it on the CPU"; true means the device ran
 * it.  A run in which the body threw is false too, quietly: the CPU runs it
 * again and throws the exception, with the body's frames in its trace.  The decision
 * is made once per task, on its first call, and kept (auto's is to measure,
 * which then chooses per call, below):
 *
 *   LIME_DEVICE=cpu     the CPU; no device is touched.
 *   LIME_DEVICE=<name>  the device of that name (forced): every task whose
 *                       manifest entry backends.<name> is accepted.
 *   LIME_DEVICE=auto    (the default; anything else warns once, listing
 *                       the table's names, and means auto) measured: the
 *                       CPU, until the task is hot and the first device of
 *                       the table that auto may choose has built its code
 *                       (in the background: the builder below); then each
 *                       call goes where measure.c says its size class runs
 *                       fastest.  Not forced: the device may decline
 *                       quietly, such as finding no hardware.
 *   LIME_DEVICE=<name>:<sel>  forced, as <name>, with the selector <sel>
 *                       (gpu:1, gpu:NVIDIA: which OpenCL device; opencl.c).
 *   LIME_DEVICE_TASK=3:cpu,5:gpu:1  a choice of the same words, read by the
 *                       same parser (device_word), for each task named by
 *                       its id (as limec --explain numbers them), which
 *                       overrides LIME_DEVICE for it; read strictly: an
 *                       entry that is not ID:WORD, an id given twice, or a
 *                       selector other than another one's (a process has
 *                       one OpenCL device) warns once naming it and the
 *                       whole variable is ignored.
 * The process's selector is LIME_DEVICE's, else the first of
 * LIME_DEVICE_TASK's: it chooses the one device of that kind every task
 * forced or measured on it runs on.
 * A device the program does not link (no task was built for it:
 * runtime/devices.c) is still chosen by its name: every task's manifest
 * entry for it is a rejection, which says why as any rejection does.
 *
 * A task of kind "stream" is offered only to a device with a stream
 * operation: under any other choice it is the CPU's, silently.  A task
 * kind the chosen device has no operation for is a failure.
 *
 * A reason not to use the device is either a choice (silent; one line with
 * LIME_LOG=1) or a failure (one warning per task on stderr, the task then
 * stays on the CPU):
 *   choice:  LIME_DEVICE=cpu; auto and no manifest, or the task not in it,
 *            or its backend rejected the task, or the device declined it;
 *            a rejected entry with covered_by (another task runs its work
 *            on that device and warns for itself).
 *   failure: a forced device and no manifest / the task not in it / its
 *            backend rejected it (its reason; a graph's run task is only
 *            logged when its stream task, rejected by the same device's
 *            backend for the same reason, warns for the graph; a windowed
 *            stateful filter, which only the GPU's backend takes (as a map), is
 *            only logged when another device's backend rejected it; a forced device without a
 *            stream operation has each stateful filter of a graph warn
 *            when the graph's stream task is decided) / the device cannot open it
 *            (its reason); under auto too, a device's failure to open it
 *            and a manifest that is not the executable's (manifest.c);
 *            a run that fails (that task stays on the CPU from then on).
 * A stream run whose filter state the device cannot start from (docs/fpga.md:
 * a history the model keeps no copy of must be all zero) runs on the CPU
 * that once, as documented, with a LIME_LOG=1 line; the task stays on its
 * device.
 * LIME_PROFILE: each run on a device is recorded (profile.c: a summary at
 * exit, or JSON lines); under LIME_PROFILE=1 a device that has a per-run
 * profile line prints it too (lime: profile: task N (name) on <device>: ...).
 * Warnings and log lines go to stderr after System.out is flushed. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

typedef enum { MODE_AUTO, MODE_CPU, MODE_FORCED } Mode;
/* MEASURED: auto's task, on the CPU until its device's code is built, then
 * wherever its size class runs fastest (measure.c) */
typedef enum { UNDECIDED, ON_CPU, ON_DEVICE, MEASURED } Where;
/* A MEASURED task's device code: not yet wanted (COLD: the task is not hot
 * yet), waiting for the builder, being built, built (or FAILED) and not yet
 * taken up by the task's next call, READY (handle set: measuring). */
typedef enum { COLD, QUEUED, BUILDING, BUILT, FAILED, READY } Build;

typedef struct TaskState {
    Where where;
    const LimeRtDevice *device;   /* ON_DEVICE, MEASURED: the device, and its handle (once READY) */
    void *handle;
    const LimeRtTaskInfo *info;   /* NULL when the manifest lacks the task */
    /* MEASURED only */
    const LimeRtBackend *entry;   /* the device's accepted entry */
    Build build;
    int64_t cold_calls, cold_elements;   /* CPU calls before it was hot */
    bool cold_unsized;            /* some of them of unknown size (a fused task's question) */
    signed char learned_any;      /* LIME_CHOICES holds a class of the task: 1 yes, -1 no, 0 not asked yet (states start zeroed) */
    bool warm;                    /* READY: the device has run the task once (its warm-up) */
    uint32_t learned_cold;        /* size classes kept cold by an earlier run's choice, logged */
    void *built;                  /* BUILT: the builder's handle */
    char *build_why;              /* FAILED: why (malloc'd), and whether to warn */
    bool build_warn;
    LimeRtMeasure *measure;       /* READY */
    /* the first map of a chain the CPU fuses into a reduce, while some
     * task of the chain is MEASURED (lime_device_fused_pick): the fused
     * loop against the tasks apart */
    LimeRtMeasure *fusion;
} TaskState;

/* mu guards the decisions (every TaskState); dev_mu the devices: every
 * device operation (open, map, reduce, stream, close) holds it, whether the
 * program's thread or the builder calls it.  Lock order: mu, then dev_mu;
 * the builder holds dev_mu without mu. */
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t dev_mu = PTHREAD_MUTEX_INITIALIZER;
static bool mode_read, log_on, profile_on;
static const char *selector;   /* LIME_DEVICE=NAME:SEL's SEL, else LIME_DEVICE_TASK's */
static char *selector_setting; /* the setting that gave it ("LIME_DEVICE=gpu:1"), for messages */
static void read_choices(void);
static Mode mode;
static const LimeRtDevice *chosen; /* the forced device, or auto's; NULL: none */
static const char *cpu_chosen_by = "LIME_DEVICE=cpu";
static bool build_wait;        /* LIME_BUILD=wait: a hot task waits for its device code */ /* MODE_CPU: the setting that chose it, for the log */

/* LIME_DEVICE_TASK's entries: a task's own choice (mode and chosen while
 * that task is decided, decide_task) */
typedef struct TaskChoice {
    int32_t task;
    Mode mode;
    const LimeRtDevice *device;
    const char *selector;    /* gpu:1's 1 (NUL-terminated: a copy), or NULL */
    char *cpu_chosen_by;     /* also the setting: "LIME_DEVICE_TASK=3:gpu:1" */
} TaskChoice;
static TaskChoice *task_choices;
static int ntask_choices;
static TaskState *states;      /* indexed by task id */
static int32_t nstates;
static TaskState bad_id_state; /* negative ids: always the CPU */

static void put_line(char *line) {
    lime_rt_err_bytes(line, strlen(line));
    free(line);
}

/* The table's slot of that name (NULL: none); its device is NULL when
 * this program does not link it. */
static const LimeRtDeviceSlot *slot_named(const char *name) {
    for (const LimeRtDeviceSlot *d = lime_rt_devices; d->name; d++)
        if (lime_rt_env_is(name, d->name)) return d;
    return NULL;
}

const char *lime_rt_device_selector(const char **setting) {
    if (!mode_read) read_choices();
    *setting = selector_setting;
    return selector;
}

void lime_devices_print(void) {
    printf("cpu     this processor: every task, always\n");
    for (const LimeRtDeviceSlot *d = lime_rt_devices; d->name; d++)
        if (d->device && d->device->list) d->device->list(stdout);
    fflush(stdout);
}

static const LimeRtDevice *auto_device(void) {
    for (const LimeRtDeviceSlot *d = lime_rt_devices; d->name; d++)
        if (d->device && d->device->auto_ok) return d->device;
    return NULL;
}

static const LimeRtDevice *device_of(const LimeRtDeviceSlot *d);

/* "a, b or c": the names of the devices that `has` picks (all when NULL;
 * linked or not), between first and last (either may be NULL). */
static char *names(bool (*has)(const LimeRtDevice *), const char *first, const char *last) {
    const char *items[16];
    int n = 0;
    if (first) items[n++] = first;
    for (const LimeRtDeviceSlot *d = lime_rt_devices; d->name && n < 15; d++)
        if (!has || has(device_of(d))) items[n++] = d->name;
    if (last && n < 16) items[n++] = last;
    char *s = lime_rt_strf("%s", n ? items[0] : "");
    for (int i = 1; i < n; i++) {
        char *t = lime_rt_strf("%s%s%s", s, i == n - 1 ? " or " : ", ", items[i]);
        free(s);
        s = t;
    }
    return s;
}

/* A device the program does not link: its backend accepted none of the
 * program's tasks, so the manifest rejects every task for it and nothing
 * opens it; should a manifest say otherwise, opening fails with why. */
static void *unlinked_open(const LimeRtManifest *m, const LimeRtTaskInfo *info, const LimeRtBackend *e, bool forced,
                           char **why, bool *warn) {
    *why = lime_rt_strf("the program was linked without this device (its backend accepted none of its tasks)");
    *warn = true;
    return NULL;
}
static bool unlinked_map(void *t, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args, int32_t err[4],
                         char **why) { return false; }
static bool unlinked_reduce(void *t, LimeArray *in, void *result, int32_t err[4], char **why) { return false; }
static bool unlinked_stream(void *t, LimeArray *src, LimeArray *out, uint32_t *state, int32_t state_words,
                            int32_t err[4], char **why) { return false; }

/* The device of slot d; for one the program does not link, a stand-in of
 * that name with the operations its kinds name (so that the decisions,
 * and the warnings, are those of the device itself), which never run. */
static const LimeRtDevice *device_of(const LimeRtDeviceSlot *d) {
    static LimeRtDevice stand_ins[LIME_RT_MAX_DEVICES];
    if (d->device) return d->device;
    LimeRtDevice *s = &stand_ins[d - lime_rt_devices];
    s->name = d->name;
    s->no_reason = "no task of this program was built for it";
    s->open = unlinked_open;
    s->map = strstr(d->kinds, "map") ? unlinked_map : NULL;
    s->reduce = strstr(d->kinds, "reduce") ? unlinked_reduce : NULL;
    s->stream = strstr(d->kinds, "stream") ? unlinked_stream : NULL;
    return s;
}

/* A device word of LIME_DEVICE and LIME_DEVICE_TASK, in any case: cpu,
 * auto, a device's name, or NAME:SEL (SEL not empty: which device of that
 * kind, a number or part of its name; *sel a copy of it, else NULL).
 * False, with nothing set, for anything else. */
static bool device_word(const char *word, Mode *mode, const LimeRtDevice **device, char **sel) {
    const char *colon = strchr(word, ':');
    char name[32];
    snprintf(name, sizeof name, "%.*s", colon ? (int)(colon - word) : (int)strlen(word), word);
    const LimeRtDeviceSlot *d = slot_named(name);
    *sel = NULL;
    if (colon) {
        if (!d || !colon[1] || (size_t)(colon - word) >= sizeof name) return false;
        *mode = MODE_FORCED;
        *device = device_of(d);
        *sel = lime_rt_strf("%s", colon + 1);
    } else if (lime_rt_env_is(word, "cpu")) {
        *mode = MODE_CPU;
        *device = NULL;
    } else if (lime_rt_env_is(word, "auto")) {
        *mode = MODE_AUTO;
        *device = auto_device();
    } else if (d) {
        *mode = MODE_FORCED;
        *device = device_of(d);
    } else {
        return false;
    }
    return true;
}

/* One entry of LIME_DEVICE_TASK, "3:gpu" (len bytes at item), into *c;
 * false when it is not ID:WORD with ID a decimal task id and WORD a
 * device word (device_word). */
static bool parse_task_choice(const char *item, size_t len, TaskChoice *c) {
    size_t digits = 0;
    while (digits < len && digits < 10 && item[digits] >= '0' && item[digits] <= '9') digits++;
    if (digits == 0 || digits > 9 || digits >= len || item[digits] != ':') return false;
    char word[128];
    if (len - digits - 1 >= sizeof word) return false;
    snprintf(word, sizeof word, "%.*s", (int)(len - digits - 1), item + digits + 1);
    char *sel;
    if (!device_word(word, &c->mode, &c->device, &sel)) return false;
    c->task = (int32_t)strtol(item, NULL, 10);
    c->selector = sel;
    c->cpu_chosen_by = lime_rt_strf("LIME_DEVICE_TASK=%.*s", (int)len, item);
    return true;
}

static void free_task_choice(TaskChoice *c) {
    free(c->cpu_chosen_by);
    free((char *)c->selector);
}

static void task_choices_ignored(const char *v, char *why) {
    char *all = names(NULL, "cpu", "auto");
    put_line(lime_rt_strf("lime: warning: LIME_DEVICE_TASK=%.100s: %s (expected TASK:DEVICE,... with TASK a task "
                          "number as limec --explain shows it and DEVICE %s, or one of them and which of its kind, "
                          "as gpu:1 or gpu:NAME); ignored\n", v, why, all));
    free(all);
    free(why);
    for (int i = 0; i < ntask_choices; i++) free_task_choice(&task_choices[i]);
    free(task_choices);
    task_choices = NULL;
    ntask_choices = 0;
}

static const TaskChoice *task_choice(int32_t task) {
    for (int i = 0; i < ntask_choices; i++)
        if (task_choices[i].task == task) return &task_choices[i];
    return NULL;
}

/* The selector given so far for device (LIME_DEVICE's, else the first
 * LIME_DEVICE_TASK entry's), or NULL. */
static const char *first_selector(const LimeRtDevice *device) {
    if (selector && chosen == device) return selector;
    for (int i = 0; i < ntask_choices; i++)
        if (task_choices[i].selector && task_choices[i].device == device) return task_choices[i].selector;
    return NULL;
}

/* LIME_DEVICE_TASK, all of it or (after a warning) nothing; the process's
 * selector is its first entry's when LIME_DEVICE gave none. */
static void read_task_choices(void) {
    const char *v = getenv("LIME_DEVICE_TASK");
    if (!v || !*v) return;
    for (const char *item = v;; item++) {
        size_t len = strcspn(item, ",");
        TaskChoice c = {0};
        if (!parse_task_choice(item, len, &c))
            return task_choices_ignored(v, lime_rt_strf("'%.*s' is not TASK:DEVICE", (int)len, item));
        if (task_choice(c.task)) {
            free_task_choice(&c);
            return task_choices_ignored(v, lime_rt_strf("task %d is given twice", (int)c.task));
        }
        const char *other = c.selector ? first_selector(c.device) : NULL;
        if (other && strcasecmp(other, c.selector)) {
            char *why = lime_rt_strf("%s:%s and %s:%s are two devices; a process uses one", c.device->name, other,
                                     c.device->name, c.selector);
            free_task_choice(&c);
            return task_choices_ignored(v, why);
        }
        TaskChoice *more = realloc(task_choices, (size_t)(ntask_choices + 1) * sizeof *more);
        if (!more) return task_choices_ignored(v, lime_rt_strf("out of memory"));
        task_choices = more;
        task_choices[ntask_choices++] = c;
        item += len;
        if (!*item) break;
    }
    for (int i = 0; i < ntask_choices && !selector; i++)
        if (task_choices[i].selector) {
            selector = task_choices[i].selector;
            selector_setting = task_choices[i].cpu_chosen_by;
        }
}

static void read_mode(void) {
    mode_read = true;
    log_on = lime_rt_env_flag("LIME_LOG");
    profile_on = lime_rt_profile_on();
    (void)lime_rt_fault(""); /* reads LIME_FAULT now: a bad value warns before any task runs */
    const char *b = getenv("LIME_BUILD");
    build_wait = lime_rt_env_is(b, "wait");
    if (b && *b && !build_wait && !lime_rt_env_is(b, "background"))
        put_line(lime_rt_strf("lime: warning: LIME_BUILD=%.100s is not background or wait; using background\n", b));
    const char *v = getenv("LIME_DEVICE");
    mode = MODE_AUTO;
    chosen = auto_device();
    if (!v || !*v || lime_rt_env_is(v, "auto"))
        return;
    char *sel;
    Mode m;
    const LimeRtDevice *d;
    if (device_word(v, &m, &d, &sel)) {
        mode = m;
        chosen = d;
        selector = sel;   /* gpu:1, gpu:NVIDIA: that device's own choice among its kind */
        if (sel) selector_setting = lime_rt_strf("LIME_DEVICE=%s", v);
    } else {
        char *all = names(NULL, "cpu", "auto");
        put_line(lime_rt_strf("lime: warning: LIME_DEVICE=%.100s is not %s; using auto\n", v, all));
        free(all);
    }
}

/* Reads LIME_DEVICE, then LIME_DEVICE_TASK (once). */
static void read_choices(void) {
    read_mode();
    read_task_choices();
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

static TaskState *choose_cpu_owned(int32_t task, TaskState *st, const char *kind, char *why) {
    choose_cpu(task, st, kind, why);
    free(why);
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

/* A run failed: the warning, and the task leaves its device for good. */
static void leave(int32_t task, TaskState *st, const char *kind, char *why) {
    fail_owned(task, st, kind, why);
    if (st->handle) st->device->close(st->handle);
    st->handle = NULL;
    lime_rt_measure_free(st->measure);
    st->measure = NULL;
}

/* The backend of `device` rejected the task: the CPU, with the one warning
 * that reads "cannot run on the <device>" when asked to warn. */
static TaskState *rejected(int32_t task, TaskState *st, const char *kind, const char *device, const char *reason,
                           bool warn) {
    if (warn) {
        char *label = task_label(task, st->info);
        put_line(lime_rt_strf("lime: warning: %s cannot run on the %s: %s; running it on the CPU\n", label, device, reason));
        free(label);
    }
    return choose_cpu_owned(task, st, kind, lime_rt_strf("the %s backend rejected it: %s", device, reason));
}

static bool has_stream(const LimeRtDevice *d) { return d->stream != NULL; }

/* Whether the device has an operation for a task of this kind. */
static bool runs(const LimeRtDevice *d, const char *kind) {
    /* kind is one of the three (this file's own literals), told apart by
     * its first letter: this is on every call's path */
    switch (kind[0]) {
    case 'm': return d->map != NULL;
    case 'r': return d->reduce != NULL;
    case 's': return d->stream != NULL;
    default: return false;
    }
}

/* "map and stream": the kinds d runs. */
static char *kinds_of(const LimeRtDevice *d) {
    const char *kinds[3], *all[3] = {"map", "reduce", "stream"};
    int n = 0;
    for (int i = 0; i < 3; i++)
        if (runs(d, all[i])) kinds[n++] = all[i];
    if (n == 3) return lime_rt_strf("%s, %s and %s", kinds[0], kinds[1], kinds[2]);
    if (n == 2) return lime_rt_strf("%s and %s", kinds[0], kinds[1]);
    return lime_rt_strf("%s", n ? kinds[0] : "no");
}

/* Why a task of this kind is the CPU's before any manifest is read
 * (malloc'd), or NULL. */
static char *cpu_at_once(const char *kind) {
    if (mode == MODE_CPU) return lime_rt_strf("%s", cpu_chosen_by);
    if (!chosen) return lime_rt_strf("LIME_DEVICE=auto has no device to choose");
    if (strcmp(kind, "stream") == 0 && !runs(chosen, kind)) {
        char *on = names(has_stream, NULL, NULL);
        char *why = lime_rt_strf("a stream task runs on the %s only (LIME_DEVICE=%s)", on, on);
        free(on);
        return why;
    }
    return NULL;
}

/* ---- LIME_DEVICE=auto: measured ------------------------------------------
 * A task auto could give to a device starts on the CPU (MEASURED, COLD).
 * Once hot (two calls and HOT_ELEMENTS elements on the CPU: a task called
 * once, as a program's set-up, would never use its build, which would only
 * delay the others', and one whose calls are all small never gains what a
 * build costs (a kernel launch costs more than its work); HOT_CALLS calls
 * where some call's size is unknown (a fused task's question, `takes`);
 * at once under LIME_BUILD=wait) its device code is built by the builder
 * thread,
 * off the program's path: the program's calls go on on the CPU meanwhile
 * (LIME_BUILD=wait: the hot call waits for the build).  The next call
 * after the build takes it up: a failure is what opening it under auto
 * always was (a warning when the device says so, else a logged choice;
 * the CPU from then on); a handle starts the measurement (measure.c), each
 * call going where its size class runs fastest.  The builder holds dev_mu
 * while it builds: a call that measure.c gives the device then runs on
 * the CPU instead of waiting.  At exit the process waits for a build in
 * progress (a device library must not be unloaded under it). */

enum { HOT_CALLS = 8, HOT_ELEMENTS = 1 << 16, MAX_QUEUE = 64 };

static bool builder_started;
static int32_t build_queue[MAX_QUEUE];   /* task ids, oldest first (mu) */
static int nbuild_queue;
static pthread_cond_t work_cv = PTHREAD_COND_INITIALIZER, built_cv = PTHREAD_COND_INITIALIZER;
/* busy: the builder is inside a device's open; stopping: the process is
 * exiting, open nothing more (both under busy_mu, never with mu) */
static pthread_mutex_t busy_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t busy_cv = PTHREAD_COND_INITIALIZER;
static bool builder_busy, builder_stopping;
/* The builder is inside a device's open (set and read without a lock): a
 * call meanwhile is no sample of auto's measurement, as the build takes
 * the cores (a PoCL build: LLVM on every core): a CPU sample taken so was
 * many times its quiet time (30 times while the collector was also off
 * during builds), enough to settle a class on the wrong side. */
static _Atomic bool building;

/* The program collects while the builder is in a device library: the
 * collector's signals are real-time ones that LLVM inside the driver does
 * not claim (heap.c); the builder itself never touches the GC heap and is
 * not one of the collector's threads.  (With the collections off during a
 * build, as before, a program allocating its arrays each repetition grew
 * the heap by fresh pages: multirate's repetitions took 60 ms instead of
 * 5 while PoCL compiled.) */

/* At exit: waits for a build in progress and lets no other start; saves
 * the settled choices (LIME_CHOICES), once. */
static void stop_builder(void) {
    pthread_mutex_lock(&busy_mu);
    bool first = !builder_stopping;
    builder_stopping = true;
    while (builder_busy) pthread_cond_wait(&busy_cv, &busy_mu);
    pthread_mutex_unlock(&busy_mu);
    if (first) lime_rt_choices_save();
}

/* Whether the builder may open a device now (false: the process exits). */
static bool enter_device(bool enter) {
    pthread_mutex_lock(&busy_mu);
    bool ok = !enter || !builder_stopping;
    builder_busy = enter && ok;
    if (!enter) pthread_cond_broadcast(&busy_cv);
    pthread_mutex_unlock(&busy_mu);
    return ok;
}

/* One build: task's device code opened off mu (mu held on entry and
 * return; states may have moved). */
static void build_one(int32_t task) {
    TaskState *st = state_of(task);
    st->build = BUILDING;
    const LimeRtDevice *d = st->device;
    const LimeRtTaskInfo *info = st->info;
    const LimeRtBackend *e = st->entry;
    const char *mwhy = NULL;
    const LimeRtManifest *m = lime_rt_manifest(task, &mwhy);
    pthread_mutex_unlock(&mu);
    char *why = NULL;
    bool warn = false;
    void *h = NULL;
    if (enter_device(true)) {
        pthread_mutex_lock(&dev_mu);
        atomic_store(&building, true);
        h = d->open(m, info, e, false, &why, &warn);
        atomic_store(&building, false);
        pthread_mutex_unlock(&dev_mu);
        enter_device(false);
    } else {
        why = lime_rt_strf("the program ended before its %s code was built", d->name);
    }
    pthread_mutex_lock(&mu);
    st = state_of(task);
    st->built = h;
    st->build_why = why;
    st->build_warn = warn;
    st->build = h ? BUILT : FAILED;
    pthread_cond_broadcast(&built_cv);
}

static void *builder_main(void *unused) {
    (void)unused;
    pthread_mutex_lock(&mu);
    for (;;) {
        while (nbuild_queue == 0) pthread_cond_wait(&work_cv, &mu);
        int32_t task = build_queue[0];
        memmove(build_queue, build_queue + 1, (size_t)--nbuild_queue * sizeof build_queue[0]);
        build_one(task);
    }
    return NULL;
}

/* The builder thread, started once (mu held); false when no thread can
 * be made. */
static bool start_builder(void) {
    if (builder_started) return true;
    pthread_t t;
    if (pthread_create(&t, NULL, builder_main, NULL) != 0) return false;
    pthread_detach(t);
    builder_started = true;
    lime_rt_before_exit(stop_builder); /* the runtime's exits, before any atexit handler */
    atexit(stop_builder);              /* a C program's exit */
    return true;
}

/* Queues task's build (mu held); false when the queue is full or no thread
 * can be made (the task stays COLD and tries again on a later call). */
static bool queue_build(int32_t task) {
    if (nbuild_queue == MAX_QUEUE || !start_builder()) return false;
    build_queue[nbuild_queue++] = task;
    pthread_cond_signal(&work_cv);
    return true;
}

/* A COLD task's call on the CPU over n elements (-1: unknown, a question
 * of `takes`): once hot, its build is queued (and waited for under
 * LIME_BUILD=wait).  An earlier run's choice
 * for n's size class (LIME_CHOICES) comes first: the device's makes the
 * task hot at once; the CPU's keeps it cold (logged once a class) until
 * the calls a settle lasts before its first re-sample, so that a run of a
 * program the CPU runs best pays for no build unless it runs long.  May
 * move states.  (only_counted() keeps the calls this could not make hot
 * from coming here: a change to the hot rule changes it too.) */
static void heat(int32_t task, TaskState *st, const char *kind, int64_t n) {
    st->cold_calls++;
    if (n < 0) {
        st->cold_unsized = true;
        n = 0;
    }
    st->cold_elements += n;
    bool hot = build_wait || (st->cold_unsized && st->cold_calls >= HOT_CALLS) ||
               (st->cold_calls >= 2 && st->cold_elements >= HOT_ELEMENTS);
    int cls = lime_rt_size_class(n);
    if (st->learned_any == 0) st->learned_any = lime_rt_choices_has(task) ? 1 : -1;
    const char *was = build_wait || st->learned_any < 0 ? NULL : lime_rt_choices_peek(task, cls);
    bool learned_cpu = was && strcmp(was, "cpu") == 0, learned_device = was && !learned_cpu;
    if (learned_cpu) {
        int calls = lime_rt_measure_interval();
        hot = st->cold_calls >= calls;
        if (!hot && cls < 32 && !(st->learned_cold & 1u << cls)) {
            st->learned_cold |= 1u << cls;
            char *size = lime_rt_size_class_text(cls);
            char *why = lime_rt_strf("%s, settled by an earlier run (LIME_CHOICES): its %s code is built after %d calls",
                                     size, st->device->name, calls);
            log_decision(task, st, kind, "cpu", why);
            free(why);
            free(size);
        }
    } else if (learned_device) {
        hot = true;
    }
    if (!hot) return;
    if (!queue_build(task)) return;
    st->build = QUEUED;
    char *hot_why;
    if (learned_device) {
        char *size = lime_rt_size_class_text(cls);
        hot_why = lime_rt_strf("%s settled on %s by an earlier run (LIME_CHOICES)", size, was);
        free(size);
    } else {
        hot_why = lime_rt_strf("hot after %lld call%s (%lld elements)", (long long)st->cold_calls,
                               st->cold_calls == 1 ? "" : "s", (long long)st->cold_elements);
    }
    char *why = lime_rt_strf("%s: building its %s code %s", hot_why, st->device->name,
                             build_wait ? "and waiting for it (LIME_BUILD=wait)" : "in the background");
    free(hot_why);
    log_decision(task, st, kind, "cpu", why);
    free(why);
    while (build_wait && (state_of(task)->build == QUEUED || state_of(task)->build == BUILDING))
        pthread_cond_wait(&built_cv, &mu);
}

/* A class settled by an earlier run (LIME_CHOICES), logged (mu held). */
static void learned(int32_t task, int cls, const char *winner) {
    TaskState *st = state_of(task);
    char *size = lime_rt_size_class_text(cls);
    char *why = lime_rt_strf("%s, settled by an earlier run (LIME_CHOICES); next sample after %d calls", size,
                             lime_rt_measure_interval());
    log_decision(task, st, st->info && st->info->kind[0] ? st->info->kind : "map", winner, why);
    free(why);
    free(size);
}

/* The builder's result, taken up by the task's next call: its handle
 * starts the measurement; a failure is auto's (a warning when the device
 * says so), and the CPU for good. */
static void take_up(int32_t task, TaskState *st, const char *kind) {
    if (st->build == FAILED) {
        char *why = st->build_why;
        st->build_why = NULL;
        if (st->build_warn) fail_owned(task, st, kind, why);
        else choose_cpu_owned(task, st, kind, why);
        return;
    }
    st->handle = st->built;
    st->built = NULL;
    st->build = READY;
    const char *names[2] = {"cpu", st->device->name};
    st->measure = lime_rt_measure_new(2, names);
    char *why = lime_rt_strf("built (%s); sampling each size class on cpu and %s", st->device->describe(st->handle),
                             st->device->name);
    log_decision(task, st, kind, st->device->name, why);
    free(why);
    lime_rt_choices_load(st->device->describe(st->handle), task, st->measure, learned);
}

/* A MEASURED decision: the CPU now, the device's code later. */
static TaskState *measured(int32_t task, TaskState *st, const char *kind, const LimeRtBackend *e) {
    st->where = MEASURED;
    st->device = chosen;
    st->entry = e;
    st->build = COLD;
    char *why = lime_rt_strf("LIME_DEVICE=auto: measured; its %s code is built once the task is hot", chosen->name);
    log_decision(task, st, kind, "cpu", why);
    free(why);
    return st;
}

/* A timed CPU call of a measured task ended (profile.c's hook). */
static void cpu_sampled(int32_t task, int64_t elements, int64_t ns);

/* The decision once the task's entry for the chosen device accepts it. */
static TaskState *open_on(int32_t task, TaskState *st, const char *kind, const LimeRtManifest *m,
                          const LimeRtBackend *e) {
    bool forced = mode == MODE_FORCED;
    if (!runs(chosen, kind)) {
        char *kinds = kinds_of(chosen);
        char *why = lime_rt_strf("the %s device runs %s tasks, not a %s task", chosen->name, kinds, kind);
        free(kinds);
        return fail_owned(task, st, kind, why);
    }
    if (mode == MODE_AUTO) return measured(task, st, kind, e);
    char *why = NULL;
    bool warn = false;
    pthread_mutex_lock(&dev_mu);
    void *h = chosen->open(m, st->info, e, forced, &why, &warn);
    pthread_mutex_unlock(&dev_mu);
    if (!h) {
        if (forced || warn) return fail_owned(task, st, kind, why);
        return choose_cpu_owned(task, st, kind, why);
    }
    st->device = chosen;
    st->handle = h;
    st->where = ON_DEVICE;
    log_decision(task, st, kind, chosen->name, chosen->describe(h));
    return st;
}

/* Whether a map task that the chosen device's backend rejected is a run of
 * a stream graph whose stream task that device would run but its backend
 * rejected for the same reason: the stream task's warning then says it for
 * the whole graph, and this one is only logged (one warning per graph, not
 * per run; a run rejected for a reason of its own still warns). */
static bool graph_says_why(const LimeRtManifest *m, const LimeRtTaskInfo *info) {
    if (strcmp(info->kind, "map") != 0 || !runs(chosen, "stream")) return false;
    int32_t from = 0;
    const LimeRtTaskInfo *stream = lime_rt_graph_task(m, info, "stream", &from);
    const LimeRtBackend *run = lime_rt_task_backend(info, chosen->name),
                        *whole = stream ? lime_rt_task_backend(stream, chosen->name) : NULL;
    return run && whole && !run->accepted && !whole->accepted && run->reason && whole->reason &&
           strcmp(run->reason, whole->reason) == 0;
}

/* The decision for a task's first call. */
static TaskState *decide(int32_t task, TaskState *st, const char *kind) {
    const char *why = NULL;
    char *at_once = cpu_at_once(kind);
    if (at_once) {
        if (log_on || profile_on) st->info = lime_rt_manifest_task(lime_rt_manifest(task, &why), task); /* for its name */
        return choose_cpu_owned(task, st, kind, at_once);
    }
    bool forced = mode == MODE_FORCED;
    const LimeRtManifest *m = lime_rt_manifest(task, &why);
    if (!m) {
        if (forced || lime_rt_manifest_refused(task)) return fail(task, st, kind, why);
        return choose_cpu(task, st, kind, why);
    }
    st->info = lime_rt_manifest_task(m, task);
    const LimeRtTaskInfo *info = st->info;
    if (!info) {
        char *w = lime_rt_strf("the manifest %s/manifest.yaml has no task %d", m->dir, (int)task);
        if (forced) return fail_owned(task, st, kind, w);
        return choose_cpu_owned(task, st, kind, w);
    }
    /* a windowed stateful filter runs on a device as a map (its map form),
     * and so does a stream task whose backend made it one kernel
     * (lime_device_chain) */
    bool map_form = strcmp(kind, "map") == 0 &&
                    (strcmp(info->kind, "stateful-filter") == 0 || strcmp(info->kind, "stream") == 0);
    if (strcmp(info->kind, kind) != 0 && !map_form)
        return fail_owned(task, st, kind, lime_rt_strf("the manifest says it is a %s task, not a %s", info->kind, kind));
    const LimeRtBackend *e = lime_rt_task_backend(info, chosen->name);
    /* (a windowed filter asked as a map: only the GPU's backend takes one,
     * and another forced device runs its graph as the stream task, which
     * speaks for the graph: logged) */
    if (!e || !e->accepted)
        return rejected(task, st, kind, chosen->name, e && e->reason ? e->reason : chosen->no_reason,
                        forced && !map_form && !(e && e->covered) && !graph_says_why(m, info));
    return open_on(task, st, kind, m, e);
}

/* Why the chosen device does not run this task (a rejected entry's reason). */
static const char *reason_for(const LimeRtTaskInfo *t) {
    const LimeRtBackend *e = lime_rt_task_backend(t, chosen->name);
    return e && !e->accepted && e->reason ? e->reason : chosen->no_reason;
}

/* Under a forced device with no stream operation, a graph's stateless
 * filters come to it as run tasks (map tasks, which say for themselves why
 * they run elsewhere), its windowed stateful filters that the device's
 * backend accepted as maps too, and its other stateful filters stay on the
 * CPU: each of those says why, once, when the graph's stream task is first decided (its
 * task is never called otherwise).  Without a manifest the stream task
 * says so itself.  May move `states`. */
static void note_stateful_filters(int32_t stream_task) {
    if (mode != MODE_FORCED || runs(chosen, "stream")) return;
    const char *why = NULL;
    const LimeRtManifest *m = lime_rt_manifest(stream_task, &why);
    if (!m) {
        fail(stream_task, state_of(stream_task), "stream", why);
        return;
    }
    const LimeRtTaskInfo *stream = lime_rt_manifest_task(m, stream_task), *f;
    int32_t from = 0;
    while ((f = lime_rt_graph_task(m, stream, "stateful-filter", &from))) {
        TaskState *fs = state_of(f->id);
        const LimeRtBackend *e = lime_rt_task_backend(f, chosen->name);
        /* (accepted: offered as a map, deciding for itself; covered: the
         * stream task's one kernel runs it) */
        if (fs->where != UNDECIDED || (e && (e->accepted || e->covered))) continue;
        fs->info = f;
        rejected(f->id, fs, "stateful-filter", chosen->name, reason_for(f), true);
    }
}

/* A task's first decision, under its own LIME_DEVICE_TASK choice when it
 * has one (swapped in for mode and chosen, which decide() and the
 * functions it calls read, and restored after; mu is held). */
static void decide_task(int32_t task, TaskState *st, const char *kind) {
    const TaskChoice *c = task_choice(task);
    Mode saved_mode = mode;
    const LimeRtDevice *saved_device = chosen;
    const char *saved_by = cpu_chosen_by;
    if (c) {
        mode = c->mode;
        chosen = c->device;
        cpu_chosen_by = c->cpu_chosen_by;
    }
    decide(task, st, kind);
    if (strcmp(kind, "stream") == 0) note_stateful_filters(task);
    mode = saved_mode;
    chosen = saved_device;
    cpu_chosen_by = saved_by;
}

static TaskState *begin(int32_t task, const char *kind) {
    pthread_mutex_lock(&mu);
    if (!mode_read) read_choices();
    TaskState *st = state_of(task);
    if (st->where == UNDECIDED) {
        decide_task(task, st, kind);
        st = state_of(task); /* states may have moved */
    }
    return st;
}

/* The LIME_PROFILE record of the run that just ended on st's device,
 * begun at begin_ns over n elements; and under LIME_PROFILE=1 the device's
 * own line for the run, if it has one. */
static void profile_run(int32_t task, const TaskState *st, const char *kind, int64_t n, int64_t begin_ns) {
    if (!profile_on) return;
    LimeRtProfileRecord r = {.task = task, .name = st->info ? st->info->name : NULL, .device = st->device->name,
                             .kind = kind, .elements = n, .ns = lime_rt_now_ns() - begin_ns, .device_ns = -1,
                             .build_ns = -1, .bytes_in = -1, .bytes_out = -1};
    if (st->device->stats) st->device->stats(st->handle, &r);
    lime_rt_profile_record(&r);
    if (!lime_rt_profile_lines() || !st->device->profile) return;
    char *text = st->device->profile(st->handle);
    if (!text) return;
    char *label = task_label(task, st->info);
    put_line(lime_rt_strf("lime: profile: %s on %s: %s\n", label, st->device->name, text));
    free(label);
    free(text);
}

/* One call of a task that runs on a device: the task, whether its time
 * is a sample of the task's measurement, when the run began (timed or
 * profiled; else 0). */
typedef struct Call {
    TaskState *st;
    bool timed;
    int64_t begin_ns;
} Call;

/* A timed call of a measured task took ns on candidate cand (0: the CPU):
 * the settle it completes, if it does, is logged. */
static void record_sample(int32_t task, TaskState *st, const char *kind, int64_t n, int cand, int64_t ns) {
    const char *winner = NULL;
    char *text = lime_rt_measure_record(st->measure, n, cand, ns, &winner);
    if (!text) return;
    log_decision(task, st, kind, winner, text);
    free(text);
    lime_rt_choices_note(st->device->describe(st->handle), task, lime_rt_size_class(n), winner);
}

/* A timed device call of a measured task took ns: a sample, but for the
 * device's first run of the task after its build, a warm-up (PoCL's first
 * runs of a kernel took 35 to 180 ms against 3.5 steady for the stream
 * benchmark, 74 against 5 for multirate: as a sample it made the CPU
 * DOMINANT over a device that is faster); the measurement then asks the
 * device again, for its first sample. */
static void device_sampled(int32_t task, TaskState *st, const char *kind, int64_t n, int64_t ns) {
    if (!st->warm) {
        st->warm = true;
        return;
    }
    record_sample(task, st, kind, n, 1, ns);
}

static void cpu_sampled(int32_t task, int64_t elements, int64_t ns) {
    pthread_mutex_lock(&mu);
    TaskState *st = state_of(task);
    if (st->where == MEASURED && st->build == READY)
        record_sample(task, st, st->info && st->info->kind[0] ? st->info->kind : "map", elements, 0, ns);
    pthread_mutex_unlock(&mu);
}

/* Whether a call of a MEASURED task over n elements can change nothing
 * but its cold call count: an empty call of a task past its first two
 * with no learned choice (a loop over empty arrays: the dispatch
 * benchmark; heat() would count it and find it no hotter). */
static bool only_counted(const TaskState *st, int64_t n) {
    return n == 0 && st->build == COLD && st->cold_calls >= 2 && st->learned_any < 0 && !build_wait &&
           !st->cold_unsized && st->cold_elements < HOT_ELEMENTS;
}

/* A call of a MEASURED task over n elements (mu held): whether it runs on
 * the device (then dev_mu is held too and c->timed set); on the CPU a
 * sample is armed when the measurement wants one.  May move states. */
static bool measured_call(int32_t task, TaskState *st, const char *kind, int64_t n, Call *c) {
    if (st->build == COLD) {
        heat(task, st, kind, n);
        st = state_of(task);
    }
    if (st->build == BUILT || st->build == FAILED) take_up(task, st, kind);
    if (st->where != MEASURED || st->build != READY) return false;
    if (atomic_load(&building)) return false; /* (the CPU, untimed: see building) */
    bool timed = false;
    int cand = lime_rt_measure_pick(st->measure, n, &timed);
    if (cand == 1 && pthread_mutex_trylock(&dev_mu) == 0) {
        c->timed = timed;
        return true;
    }
    if (timed) lime_rt_cpu_sample(task, cpu_sampled); /* (the device busy with a build: the CPU's time then) */
    return false;
}

/* Whether this call of a task of this kind over n elements runs on its
 * device: then mu and dev_mu are held and *c is set; else neither is (the
 * CPU runs it). */
static bool device_call(int32_t task, const char *kind, int64_t n, Call *c) {
    TaskState *st = begin(task, kind);
    bool on = false;
    c->timed = false;
    if (st->where == ON_DEVICE && runs(st->device, kind)) {
        pthread_mutex_lock(&dev_mu);
        on = true;
    } else if (st->where == MEASURED && runs(st->device, kind)) {
        if (only_counted(st, n)) st->cold_calls++;
        else on = measured_call(task, st, kind, n, c);
    }
    if (!on) {
        pthread_mutex_unlock(&mu);
        return false;
    }
    c->st = state_of(task);
    c->begin_ns = c->timed || profile_on ? lime_rt_now_ns() : 0;
    return true;
}

/* Releases what device_call took. */
static void end_call(void) {
    pthread_mutex_unlock(&dev_mu);
    pthread_mutex_unlock(&mu);
}

/* A run that reported an exception code no task raises failed (why). */
static char *bogus_code(bool ran, const int32_t err[4]) {
    if (!ran || (err[0] >= 0 && err[0] <= 4)) return NULL;
    return lime_rt_strf("the device reported exception code %d, which no task raises", (int)err[0]);
}

/* The end of a map or stream run (device_call's locks released here): the
 * sample, the profile line and the exception it raised, or the failure and
 * the CPU. */
static bool end_run(int32_t task, Call *c, const char *kind, int64_t n, bool ran, const int32_t err[4], char *why) {
    TaskState *st = c->st;
    char *bogus = bogus_code(ran, err);
    if (bogus) {
        ran = false;
        why = bogus;
    }
    if (ran) {
        if (c->timed && err[0] == 0) device_sampled(task, st, kind, n, lime_rt_now_ns() - c->begin_ns);
        profile_run(task, st, kind, n, c->begin_ns);
        end_call();
        /* The body threw: the CPU runs it again, quietly (the task stays
         * on the device), and throws the same exception (the lowest
         * element's, as the device found) with the body's frames in its
         * stack trace, which only the CPU has, as lime_device_reduce. */
        return err[0] == 0;
    }
    leave(task, st, kind, why);
    end_call();
    return false;
}

/* A MEASURED task answers yes only once its device code is ready: until
 * then the generated code may fuse it into the CPU loop of its consumer
 * (so it is never offered); the question counts as a call for its heat. */
static bool takes(int32_t task, const char *kind) {
    TaskState *st = begin(task, kind);
    if (st->where == MEASURED && st->build == COLD) {
        heat(task, st, kind, -1);
        st = state_of(task);
    }
    if (st->where == MEASURED && (st->build == BUILT || st->build == FAILED)) take_up(task, st, kind);
    bool on = st->where == ON_DEVICE || (st->where == MEASURED && st->build == READY);
    pthread_mutex_unlock(&mu);
    return on;
}

bool lime_device_takes_map(int32_t task) { return takes(task, "map"); }
bool lime_device_takes_reduce(int32_t task) { return takes(task, "reduce"); }
bool lime_device_takes_stream(int32_t task) { return takes(task, "stream"); }

/* ---- a map fused into its reduce, under auto -----------------------------
 * The CPU runs reduce(map(...)) (and reduce(map(map(...)))) as one loop
 * that never makes the map's array (backends/cpu/reduce.c), which none of
 * the tasks' own measurements sees: their CPU samples time each task made
 * apart, slower than the fused loop, so a device could win them and the
 * chain go apart although the fused loop was faster (saxpy's dot product:
 * PoCL's 25 ms against the fused loop's 7).  So when some task of such a
 * chain goes to a device only by auto's measurement (none forced), the
 * chain is measured as a whole, in its first map's state: candidate 0 the
 * fused loop on the CPU, candidate 1 the tasks apart (each then on the
 * device its own measurement picks), by the times of whole chains. */
enum { FUSED_UNTIMED = -1, APART_UNTIMED = -2 };

int64_t lime_device_fused_pick(int32_t first, int64_t n, int32_t ntasks, const int32_t *tasks) {
    pthread_mutex_lock(&mu);
    for (int32_t k = 0; k < ntasks; k++)
        if (state_of(tasks[k])->where == ON_DEVICE) { /* forced: the device's, as asked */
            pthread_mutex_unlock(&mu);
            return APART_UNTIMED;
        }
    TaskState *st = state_of(first);
    if (!st->fusion) {
        const char *names[2] = {"cpu (fused)", "apart"};
        st->fusion = lime_rt_measure_new(2, names);
        if (log_on) {
            char *label = task_label(first, st->info);
            put_line(lime_rt_strf("lime: %s and the reduce after it: a device takes part; sampling each size class "
                                  "fused on cpu and apart\n", label));
            free(label);
        }
    }
    bool timed = false;
    int cand = lime_rt_measure_pick(st->fusion, n, &timed);
    pthread_mutex_unlock(&mu);
    if (!timed) return cand ? APART_UNTIMED : FUSED_UNTIMED;
    return lime_rt_now_ns() << 1 | cand;
}

void lime_device_fused_done(int32_t first, int64_t n, int64_t token) {
    if (token < 0) return;
    int64_t ns = lime_rt_now_ns() - (token >> 1);
    pthread_mutex_lock(&mu);
    TaskState *st = state_of(first);
    const char *winner = NULL;
    char *text = st->fusion ? lime_rt_measure_record(st->fusion, n, (int)(token & 1), ns, &winner) : NULL;
    if (text && log_on) {
        char *label = task_label(first, st->info);
        put_line(lime_rt_strf("lime: %s and the reduce after it on %s: %s\n", label, winner, text));
        free(label);
    }
    free(text);
    pthread_mutex_unlock(&mu);
}

void lime_device_stream_unfit(int32_t task) {
    TaskState *st = begin(task, "stream");
    if (st->where == ON_DEVICE && runs(st->device, "stream"))
        log_decision(task, st, "stream", "cpu",
                     "this run only: its filters' state is not what the device starts from (an array of another "
                     "length, or a history that is not all zero: a graph run again with the same filters)");
    pthread_mutex_unlock(&mu);
}


/* ---- arrays kept only on a device (lime_device_map_kept) -----------------
 * Invariant: while a device holds the only copy of a value array's
 * elements, lime_rt_kept_arrays > 0 and the device's host_copy knows the
 * array; the host array's elements are undefined until then.  The compiler
 * passes such an array only to task calls (backends/cpu/kept.c), and the
 * CPU path of each of them calls lime_device_host first, so no CPU code
 * reads the undefined elements.  keep_output is set only while dev_mu is
 * held, for the one map call in progress (its task's id; else -1). */
_Atomic int lime_rt_kept_arrays;
static int32_t keep_output = -1;

int32_t lime_rt_keep_output(void) { return keep_output; }

static void host_operands(const LimeRtDevice *d, int32_t nargs, const LimeTaskArg *args);

/* A map call; keep: its output may stay on the device, unread. */
static bool map_call(int32_t task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args, bool keep) {
    Call c;
    if (!device_call(task, "map", n, &c)) return false;
    int32_t err[4] = {0, 0, 0, 0};
    char *why = NULL;
    host_operands(c.st->device, nargs, args);
    /* a sample of auto's measurement reads its output back as before: the
     * choice weighs whole calls, and the CPU taking the array next would
     * pay that read (lime_device_host) outside every sample */
    keep_output = keep && !c.timed ? task : -1;
    bool ran = c.st->device->map(c.st->handle, n, out, nargs, args, err, &why);
    keep_output = -1;
    return end_run(task, &c, "map", n, ran, err, why);
}

bool lime_device_map(int32_t task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args) {
    return map_call(task, n, out, nargs, args, false);
}

bool lime_device_map_kept(int32_t task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args) {
    return map_call(task, n, out, nargs, args, true);
}

bool lime_device_chain(int32_t task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args) {
    pthread_mutex_lock(&mu);
    if (!mode_read) read_choices();
    const TaskChoice *c = task_choice(task);
    const LimeRtDevice *d = c ? c->device : chosen;
    bool cpu = !d || (c ? c->mode : mode) == MODE_CPU, streams = d && runs(d, "stream");
    pthread_mutex_unlock(&mu);
    if (cpu) { /* decided (and logged) as the stream task it is */
        begin(task, "stream");
        pthread_mutex_unlock(&mu);
        return false;
    }
    return !streams && map_call(task, n, out, nargs, args, false);
}

/* The host needs a's elements (mu and dev_mu held): the device holding
 * the only copy reads it back, logged.  That read failing leaves no copy
 * of the array anywhere: an error, and the process ends (status 1), never
 * a silent wrong answer. */
static void host_locked(LimeArray *a) {
    if (!a || atomic_load(&lime_rt_kept_arrays) == 0) return;
    for (int i = 0; lime_rt_devices[i].name; i++) {
        const LimeRtDevice *d = lime_rt_devices[i].device;
        if (!d || !d->host_copy) continue;
        int32_t task = -1;
        char *why = NULL;
        int64_t bytes = d->host_copy(a, &task, &why);
        if (bytes > 0 && log_on) {
            TaskState *st = state_of(task);
            char *text = lime_rt_strf("its result read back (%lld bytes): the CPU or another device takes it",
                                      (long long)bytes);
            log_decision(task, st, "map", d->name, text);
            free(text);
        } else if (bytes < 0) {
            pthread_mutex_unlock(&dev_mu);
            pthread_mutex_unlock(&mu);
            char *msg = lime_rt_strf("lime: error: task %d: reading its result back from the %s failed (%s); the "
                                     "array was kept only on the device\n", (int)task, d->name, why ? why : "?");
            lime_rt_err_bytes(msg, strlen(msg));
            lime_rt_exit(1);
        }
    }
}

/* A device that keeps no arrays (the FPGA's models) reads its operands
 * from host memory: any of them kept on another device is read back first
 * (mu and dev_mu held). */
static void host_operands(const LimeRtDevice *d, int32_t nargs, const LimeTaskArg *args) {
    if (d->host_copy || atomic_load(&lime_rt_kept_arrays) == 0) return;
    for (int32_t k = 0; k < nargs; k++) host_locked(args[k].array);
}

void lime_device_host(LimeArray *a) {
    if (!a || atomic_load(&lime_rt_kept_arrays) == 0) return;
    pthread_mutex_lock(&mu);
    pthread_mutex_lock(&dev_mu);
    host_locked(a);
    pthread_mutex_unlock(&dev_mu);
    pthread_mutex_unlock(&mu);
}

void lime_device_release(LimeArray *a) {
    if (!a || atomic_load(&lime_rt_kept_arrays) == 0) return;
    for (int i = 0; lime_rt_devices[i].name; i++) {
        const LimeRtDevice *d = lime_rt_devices[i].device;
        if (d && d->release) d->release(a);
    }
}

bool lime_device_reduce(int32_t task, LimeArray *in, void *result) {
    if (!in || in->length < 1) { /* empty: the CPU's rule */
        begin(task, "reduce"); /* (decided, and logged, all the same) */
        pthread_mutex_unlock(&mu);
        return false;
    }
    Call c;
    if (!device_call(task, "reduce", in->length, &c)) return false;
    int32_t err[4] = {0, 0, 0, 0};
    char *why = NULL;
    LimeTaskArg operand = {in, NULL, in->elem_size, 0};
    host_operands(c.st->device, 1, &operand);
    bool ran = c.st->device->reduce(c.st->handle, in, result, err, &why);
    char *bogus = bogus_code(ran, err);
    if (ran && !bogus) {
        if (c.timed && err[0] == 0) device_sampled(task, c.st, "reduce", in->length, lime_rt_now_ns() - c.begin_ns);
        profile_run(task, c.st, "reduce", in->length, c.begin_ns);
        end_call();
        /* A combination threw: which one a sequential run meets first is
         * the CPU's to find (backends/cpu/reduce.c's sequential rethrow),
         * so the CPU reduces again, quietly (the task stays on the device). */
        return err[0] == 0;
    }
    leave(task, c.st, "reduce", bogus ? bogus : why);
    if (bogus) free(why);
    end_call();
    return false;
}

bool lime_device_stream(int32_t task, LimeArray *src, LimeArray *out, uint32_t *state, int32_t state_words) {
    Call c;
    if (!device_call(task, "stream", src ? src->length : 0, &c)) return false;
    if (!src || !out) { /* generated code never does this */
        leave(task, c.st, "stream", lime_rt_strf("bad call (no source or output array)"));
        end_call();
        return false;
    }
    int32_t err[4] = {0, 0, 0, 0};
    char *why = NULL;
    LimeTaskArg operand = {src, NULL, src->elem_size, 0};
    host_operands(c.st->device, 1, &operand);
    bool ran = c.st->device->stream(c.st->handle, src, out, state, state_words, err, &why);
    return end_run(task, &c, "stream", src->length, ran, err, why);
}
