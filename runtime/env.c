/* env.c: the LIME_* environment variables a program reads, read the same
 * way everywhere: a switch is on for 1, yes, true or on and off for 0, no,
 * false, off or nothing, in any case; any other value is a warning (once
 * per variable) and off.  Words (LIME_DEVICE=GPU) compare without case.
 * Also lime_rt_strf, for the messages every part of the runtime prints
 * (here, not in device.c, so that a program without device tasks does not
 * link the devices' files). */
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>

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

static bool any_of(const char *v, const char *const *words) {
    for (; *words; words++)
        if (!strcasecmp(v, *words)) return true;
    return false;
}

bool lime_rt_env_switch(const char *name, bool unset) {
    static const char *const on[] = {"1", "yes", "true", "on", NULL};
    static const char *const off[] = {"0", "no", "false", "off", "", NULL};
    const char *v = getenv(name);
    if (!v) return unset;
    if (any_of(v, off)) return false;
    if (any_of(v, on)) return true;
    char *w = lime_rt_strf("lime: warning: %s=%.100s is not 1, yes, true, on, 0, no, false or off; taken as %s\n",
                           name, v, unset ? "on" : "off");
    lime_rt_err_bytes(w, strlen(w));
    free(w);
    return unset;
}

bool lime_rt_env_flag(const char *name) { return lime_rt_env_switch(name, false); }

bool lime_rt_env_is(const char *value, const char *word) { return value && !strcasecmp(value, word); }

/* A switch read once, by whichever thread asks first (map blocks ask
 * from the worker threads): *cache is -1 until then; the lock makes a bad
 * value warn once and keeps readers off the flag while it is written. */
int lime_rt_env_switch_cached(atomic_int *cache, const char *name, bool unset) {
    static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    int v = atomic_load_explicit(cache, memory_order_acquire);
    if (v >= 0) return v;
    pthread_mutex_lock(&mu);
    v = atomic_load_explicit(cache, memory_order_relaxed);
    if (v < 0) {
        v = lime_rt_env_switch(name, unset);
        atomic_store_explicit(cache, v, memory_order_release);
    }
    pthread_mutex_unlock(&mu);
    return v;
}

/* LIME_SIMD: maps in SIMD lanes (on unless the switch says off) */
int lime_simd_enabled(void) {
    static atomic_int on = -1;
    return lime_rt_env_switch_cached(&on, "LIME_SIMD", true);
}

/* ---- LIME_FAULT: failures injected at the devices' failure points ------ */

/* Every point a device consults (lime_rt_fault), with where it fails; the
 * order is the one the warning lists them in. */
static const char *const fault_points[] = {
    "no-platform",      /* opencl.c: clGetPlatformIDs finds none */
    "context",          /* opencl.c: clCreateContext fails */
    "build",            /* opencl.c: clBuildProgram fails */
    "alloc",            /* opencl.c: clCreateBuffer fails */
    "enqueue",          /* opencl.c: clEnqueueNDRangeKernel fails */
    "read",             /* opencl.c: reading a result back fails */
    "error-flag",       /* opencl.c: a kernel reports an exception code no task has */
    "artifact-missing", /* manifest.c: an artifact cannot be read */
    "artifact-altered", /* manifest.c: an artifact's SHA-256 differs from the manifest's */
    "model-load",       /* fpga.c: the model does not load */
    "model-stall",      /* fpga.c: the model stops producing results halfway */
    "model-count",      /* fpga.c: the model puts out one result too many */
    NULL,
};

static unsigned fault_mask;   /* bit k: fault_points[k] is injected */

static int fault_index(const char *name, size_t len) {
    for (int k = 0; fault_points[k]; k++)
        if (strlen(fault_points[k]) == len && !strncasecmp(fault_points[k], name, len)) return k;
    return -1;
}

/* LIME_FAULT, all of it or (after one warning naming the bad entry)
 * nothing. */
static void read_faults(void) {
    const char *v = getenv("LIME_FAULT");
    if (!v || !*v) return;
    unsigned mask = 0;
    for (const char *item = v;; item++) {
        size_t len = strcspn(item, ",");
        int k = fault_index(item, len);
        if (k < 0) {
            char *all = lime_rt_strf("%s", fault_points[0]);
            for (int j = 1; fault_points[j]; j++) {
                char *more = lime_rt_strf("%s%s%s", all, fault_points[j + 1] ? ", " : " or ", fault_points[j]);
                free(all);
                all = more;
            }
            char *w = lime_rt_strf("lime: warning: LIME_FAULT=%.100s: '%.*s' is not a fault point (%s); ignored\n", v,
                                   (int)(len > 60 ? 60 : len), item, all);
            lime_rt_err_bytes(w, strlen(w));
            free(w);
            free(all);
            return;
        }
        mask |= 1u << k;
        item += len;
        if (!*item) break;
    }
    fault_mask = mask;
}

bool lime_rt_fault(const char *point) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, read_faults);
    int k = fault_index(point, strlen(point));
    return k >= 0 && (fault_mask >> k & 1u);
}
