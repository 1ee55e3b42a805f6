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
