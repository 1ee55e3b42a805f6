/* start.c: process start-up and exit, and System's clock members. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

static void flush_at_exit(void) { lime_rt_flush_all(); }

/* What must happen before anything atexit runs (device.c's builder: a
 * library that registered its own exit handlers after the runtime's
 * must not be torn down under a thread still inside it). */
static void (*before_exit)(void);

void lime_rt_before_exit(void (*fn)(void)) { before_exit = fn; }

static void run_before_exit(void) {
    if (before_exit) before_exit();
}

_Noreturn void lime_rt_exit(int status) {
    run_before_exit();
    exit(status);
}

/* Once per process, whoever calls first: a program's main (lime_start),
 * a C program, or a function a Lime library exports (runtime/interop.c). */
void lime_init(void) {
    static bool started;
    if (started) return;
    started = true;
    lime_rt_heap_init();
    lime_rt_io_init();
    lime_rt_stack_guard_thread();
    atexit(flush_at_exit);
}

LimeArray *lime_start(int argc, char **argv) {
    lime_init();
    int32_t n = argc > 1 ? argc - 1 : 0;
    LimeArray *args = lime_new_typed_array(&lime_array_type_String, n);
    LimeString **elems = (LimeString **)((char *)args + LIME_ARRAY_DATA_OFFSET);
    for (int32_t i = 0; i < n; i++) elems[i] = lime_string_from_utf8(argv[i + 1], (int64_t)strlen(argv[i + 1]));
    return args;
}

int lime_finish(void) {
    lime_rt_flush_all();
    run_before_exit();   /* (main returns, and exits, next) */
    return 0;
}

_Noreturn void lime_system_exit_I(int32_t status) {
    lime_rt_flush_all();
    lime_rt_exit(status);
}

/* System.lineSeparator() and getProperty: the JVM's values on Linux for
 * the separators; no other property is known (null, or the default). */
/* System.identityHashCode: Object.hashCode's, whatever the class overrides; 0 for null */
int32_t lime_system_identityHashCode_O(void *o) { return o ? (int32_t)lime_rt_identity_hash(o) : 0; }

LimeString *lime_system_lineSeparator_(void) { return lime_string_from_utf8("\n", 1); }

LimeString *lime_system_getProperty_TT(LimeString *key, LimeString *def) {
    if (!key) lime_throw("NullPointerException", "key can't be null");
    if (key->length == 0) lime_throw("IllegalArgumentException", "key can't be empty");
    static const char *const known[][2] = {{"line.separator", "\n"}, {"file.separator", "/"}, {"path.separator", ":"}};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        LimeString *k = lime_string_from_utf8(known[i][0], (int64_t)strlen(known[i][0]));
        if (lime_string_equals_O(key, k)) return lime_string_from_utf8(known[i][1], (int64_t)strlen(known[i][1]));
    }
    return def;
}

LimeString *lime_system_getProperty_T(LimeString *key) { return lime_system_getProperty_TT(key, NULL); }

int64_t lime_system_nanoTime_(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t lime_system_currentTimeMillis_(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
