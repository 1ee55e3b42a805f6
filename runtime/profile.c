/* profile.c: LIME_PROFILE, what each task's calls cost on the device that
 * ran them, the CPU included.
 *
 *   LIME_PROFILE=1          at exit, one line per task and device that ran
 *                           it (on stderr, after System.out is flushed):
 *     lime: profile: task N (name) on DEV: C calls, E elements, T ms
 *       [(kernel K ms)] [, build B ms] [, X bytes in, Y bytes out]
 *                           (a device with a line per run, the FPGA's,
 *                           prints that too, as device.c did before)
 *   LIME_PROFILE=json:FILE  one JSON object per task call, a line each
 *                           (JSON Lines), appended to FILE:
 *     {"task":N,"name":"...","device":"gpu","kind":"map","elements":E,
 *      "ns":T,"device_ns":K,"build_ns":B,"bytes_in":X,"bytes_out":Y}
 *                           where a device does not know a figure it is -1.
 *
 * T is the call's wall time as the runtime sees it (transfers included);
 * K the device's own time for its work (OpenCL profiling events on the
 * kernels; the FPGA model's clocks at its clock estimate); B the time the
 * device took to build the task's code, counted in the call that paid it.
 * Any other value of LIME_PROFILE is a warning (env.c's rule) and off.
 * Recording takes its own mutex: CPU tasks are timed on whichever thread
 * calls them. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

typedef enum { PROFILE_UNREAD, PROFILE_OFF, PROFILE_SUMMARY, PROFILE_JSON } ProfileMode;

/* The totals of one task on one device. */
typedef struct TaskTotals {
    int32_t task;
    char *name;            /* "" when unknown */
    const char *device;    /* static: a device's name or "cpu" */
    int64_t calls, elements, ns, device_ns, build_ns, bytes_in, bytes_out;
    bool knows_device_ns, knows_bytes;
} TaskTotals;

static pthread_mutex_t profile_mu = PTHREAD_MUTEX_INITIALIZER;
static ProfileMode mode = PROFILE_UNREAD;   /* set once, under profile_mu; read atomically */
static FILE *json_out;
static TaskTotals *totals;
static int ntotals, cap_totals;

/* (profile_mu held) */
static void read_profile_mode(void) {
    const char *v = getenv("LIME_PROFILE");
    ProfileMode m = PROFILE_OFF;
    if (v && !strncmp(v, "json:", 5)) {
        const char *path = v + 5;
        json_out = *path ? fopen(path, "a") : NULL;
        if (!json_out) {
            char *w = lime_rt_strf("lime: warning: LIME_PROFILE=%.200s: cannot open '%.200s' (%s); no profile\n", v,
                                   path, *path ? strerror(errno) : "no file name");
            lime_rt_err_bytes(w, strlen(w));
            free(w);
        } else {
            m = PROFILE_JSON;
        }
    } else if (lime_rt_env_flag("LIME_PROFILE")) {
        m = PROFILE_SUMMARY;
        atexit(lime_rt_profile_report);
    }
    __atomic_store_n(&mode, m, __ATOMIC_RELEASE);
}

static ProfileMode profile_mode(void) {
    ProfileMode m = __atomic_load_n(&mode, __ATOMIC_ACQUIRE);
    if (m != PROFILE_UNREAD) return m;
    pthread_mutex_lock(&profile_mu);
    if (mode == PROFILE_UNREAD) read_profile_mode();
    m = mode;
    pthread_mutex_unlock(&profile_mu);
    return m;
}

bool lime_rt_profile_on(void) { return profile_mode() != PROFILE_OFF; }

bool lime_rt_profile_lines(void) { return profile_mode() == PROFILE_SUMMARY; }

int64_t lime_rt_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static TaskTotals *totals_of(const LimeRtProfileRecord *r) {
    for (int i = 0; i < ntotals; i++)
        if (totals[i].task == r->task && !strcmp(totals[i].device, r->device)) return &totals[i];
    if (ntotals == cap_totals) {
        cap_totals = cap_totals ? cap_totals * 2 : 16;
        totals = realloc(totals, sizeof *totals * (size_t)cap_totals);
        if (!totals) {
            fputs("lime: out of memory\n", stderr);
            exit(1);
        }
    }
    TaskTotals *t = &totals[ntotals++];
    memset(t, 0, sizeof *t);
    t->task = r->task;
    t->name = strdup(r->name ? r->name : "");
    t->device = r->device;
    return t;
}

/* s as a JSON string's contents (quotes, backslashes and control
 * characters escaped) on f. */
static void json_string(FILE *f, const char *s) {
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
}

static void write_json(const LimeRtProfileRecord *r) {
    fprintf(json_out, "{\"task\":%d,\"name\":\"", (int)r->task);
    json_string(json_out, r->name ? r->name : "");
    fprintf(json_out, "\",\"device\":\"%s\",\"kind\":\"%s\",\"elements\":%lld,\"ns\":%lld,\"device_ns\":%lld,"
                      "\"build_ns\":%lld,\"bytes_in\":%lld,\"bytes_out\":%lld}\n",
            r->device, r->kind, (long long)r->elements, (long long)r->ns, (long long)r->device_ns,
            (long long)r->build_ns, (long long)r->bytes_in, (long long)r->bytes_out);
    fflush(json_out);
}

void lime_rt_profile_record(const LimeRtProfileRecord *r) {
    ProfileMode m = profile_mode();
    if (m == PROFILE_OFF) return;
    pthread_mutex_lock(&profile_mu);
    if (m == PROFILE_JSON) {
        write_json(r);
    } else {
        TaskTotals *t = totals_of(r);
        if (!t->name[0] && r->name && r->name[0]) {
            free(t->name);
            t->name = strdup(r->name);
        }
        t->calls++;
        t->elements += r->elements;
        t->ns += r->ns;
        if (r->device_ns >= 0) {
            t->device_ns += r->device_ns;
            t->knows_device_ns = true;
        }
        if (r->build_ns > 0) t->build_ns += r->build_ns;
        if (r->bytes_in >= 0 && r->bytes_out >= 0) {
            t->bytes_in += r->bytes_in;
            t->bytes_out += r->bytes_out;
            t->knows_bytes = true;
        }
    }
    pthread_mutex_unlock(&profile_mu);
}

static int by_task_then_device(const void *a, const void *b) {
    const TaskTotals *x = a, *y = b;
    if (x->task != y->task) return x->task < y->task ? -1 : 1;
    return strcmp(x->device, y->device);
}

void lime_rt_profile_report(void) {
    pthread_mutex_lock(&profile_mu);
    qsort(totals, (size_t)ntotals, sizeof *totals, by_task_then_device);
    for (int i = 0; i < ntotals; i++) {
        const TaskTotals *t = &totals[i];
        char kernel[64] = "", build[48] = "", bytes[96] = "";
        if (t->knows_device_ns) snprintf(kernel, sizeof kernel, " (on the device %.3f ms)", t->device_ns / 1e6);
        if (t->build_ns > 0) snprintf(build, sizeof build, ", build %.3f ms", t->build_ns / 1e6);
        if (t->knows_bytes)
            snprintf(bytes, sizeof bytes, ", %lld bytes in, %lld bytes out", (long long)t->bytes_in,
                     (long long)t->bytes_out);
        char *label = t->name[0] ? lime_rt_strf("task %d (%s)", (int)t->task, t->name)
                                 : lime_rt_strf("task %d", (int)t->task);
        char *line = lime_rt_strf("lime: profile: %s on %s: %lld call%s, %lld elements, %.3f ms%s%s%s\n", label,
                                  t->device, (long long)t->calls, t->calls == 1 ? "" : "s", (long long)t->elements,
                                  t->ns / 1e6, kernel, build, bytes);
        lime_rt_err_bytes(line, strlen(line));
        free(line);
        free(label);
    }
    pthread_mutex_unlock(&profile_mu);
}

/* ------------------------------------------------- from generated code */

/* The CPU call device.c's measured choice wants timed (its task, -1 when
 * none), and where the time goes (set by device.c, so that a program
 * without devices does not link it). */
static int32_t cpu_sample_task = -1;
static void (*cpu_sample_done)(int32_t task, int64_t elements, int64_t ns);

void lime_rt_cpu_sample(int32_t task, void (*done)(int32_t task, int64_t elements, int64_t ns)) {
    cpu_sample_done = done;
    __atomic_store_n(&cpu_sample_task, task, __ATOMIC_RELEASE);
}

int64_t lime_profile_cpu_begin(void) {
    bool sampled = __atomic_load_n(&cpu_sample_task, __ATOMIC_ACQUIRE) >= 0;
    return sampled || lime_rt_profile_on() ? lime_rt_now_ns() : 0;
}

void lime_profile_cpu_end(int32_t task, const char *name, const char *kind, int64_t elements, int64_t begin_ns) {
    if (!begin_ns) return;
    int64_t ns = lime_rt_now_ns() - begin_ns;
    int32_t want = task;
    if (__atomic_compare_exchange_n(&cpu_sample_task, &want, -1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        cpu_sample_done(task, elements, ns);
    if (!lime_rt_profile_on()) return;
    LimeRtProfileRecord r = {.task = task, .name = name, .device = "cpu", .kind = kind, .elements = elements,
                             .ns = ns, .device_ns = -1, .build_ns = -1, .bytes_in = -1, .bytes_out = -1};
    lime_rt_profile_record(&r);
}
