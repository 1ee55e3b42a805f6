/* env.c: the LIME_* environment variables a program reads, read the same
 * way everywhere: a switch is on for 1, yes, true or on and off for 0, no,
 * false, off or nothing, in any case; any other value is a warning (once
 * per variable) and off.  Words (LIME_DEVICE=GPU) compare without case.
 * Also lime_rt_strf, for the messages every part of the runtime prints
 * (here, not in device.c, so that a program without device tasks does not
 * link the devices' files). */
#include <stdarg.h>
#include <stdio.h>
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

/* LIME_SIMD: maps in SIMD lanes (on unless the switch says off), read once. */
int lime_simd_enabled(void) {
    static int on = -1;   /* benign race: every thread computes the same value */
    if (on < 0) on = lime_rt_env_switch("LIME_SIMD", true);
    return on;
}
