/* window.c: the runtime's side of stream graphs whose stateful filters
 * keep windows of their past inputs (src/window.c finds them,
 * backends/cpu/window.c runs them in blocks): the block size, the switch,
 * the log line, and copies of the filter objects for each block.
 *
 * LIME_WINDOW=0 makes every such graph run item by item, as one loop;
 * LIME_BLOCK=N (a decimal integer >= 1) sets the items per block (default
 * 16384; the tests use small ones to put block edges everywhere). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { DEFAULT_BLOCK = 16384 };

int64_t lime_window_block(void) {
    static int64_t block;
    if (block) return block;
    int64_t b = DEFAULT_BLOCK;
    const char *v = getenv("LIME_BLOCK");
    if (v && *v) {
        char *end;
        long long n = strtoll(v, &end, 10);
        if (*end || n < 1 || n > (1LL << 30)) {
            char *w = lime_rt_strf("lime: warning: LIME_BLOCK=%.100s is not a number of items from 1 to %lld; "
                                   "using %d\n",
                                   v, 1LL << 30, DEFAULT_BLOCK);
            lime_rt_err_bytes(w, strlen(w));
            free(w);
        } else {
            b = n;
        }
    }
    block = b;
    return block;
}

bool lime_window_enabled(void) {
    static atomic_int on = -1;
    return lime_rt_env_switch_cached(&on, "LIME_WINDOW", true);
}

void lime_window_log(int32_t *logged, const char *graph, const char *how) {
    static atomic_int log_on = -1;
    if (*logged) return;
    *logged = 1;
    if (!lime_rt_env_switch_cached(&log_on, "LIME_LOG", false)) return;
    char *line = lime_rt_strf("lime: %s on cpu: %s\n", graph, how);
    lime_rt_err_bytes(line, strlen(line));
    free(line);
}

void *lime_window_clone_object(const void *obj) {
    const LimeObject *o = obj;
    LimeObject *c = lime_new_object(o->cls);
    memcpy((char *)c + sizeof(LimeObject), (const char *)o + sizeof(LimeObject),
           (size_t)o->cls->size - sizeof(LimeObject));
    return c;
}

void *lime_window_clone_array(const void *arr) {
    const LimeArray *a = arr;
    size_t bytes = (size_t)a->length * a->elem_size;
    LimeArray *c = lime_new_array(a->elem_size, a->length);
    c->type_id = a->type_id;
    memcpy((char *)c + 8, (const char *)a + 8, bytes);
    return c;
}
