/* exceptions.c: Java's runtime exceptions.  There is no try/catch yet, so
 * every throw is uncaught: flush System.out, print the JVM's first line on
 * System.err, exit with status 1 (the JVM's stack trace is not printed).
 * A throw inside a chunk of a parallel loop is recorded by parallel.c,
 * which rethrows the lowest-indexed one on the loop's calling thread once
 * the loop has ended.  Any other thread that throws while one reports
 * waits for the exit. */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

_Noreturn void lime_throw(const char *name, const char *message) {
    lime_rt_chunk_throw(name, message); /* returns unless inside a parallel chunk */
    static atomic_flag thrown = ATOMIC_FLAG_INIT;
    if (atomic_flag_test_and_set(&thrown))
        for (;;) pause(); /* another thread is reporting and exiting */
    lime_rt_flush_all();
    static const char prefix[] = "Exception in thread \"main\" java.lang.";
    lime_rt_err_bytes(prefix, sizeof prefix - 1);
    lime_rt_err_bytes(name, strlen(name));
    if (message) {
        lime_rt_err_bytes(": ", 2);
        lime_rt_err_bytes(message, strlen(message));
    }
    lime_rt_err_bytes("\n", 1);
    lime_rt_flush_all();
    exit(1);
}

bool lime_assert_enabled(void) {
    static atomic_int state; /* 0 unread, 1 disabled, 2 enabled */
    int s = atomic_load(&state);
    if (s == 0) {
        const char *v = getenv("LIME_ASSERT");
        s = v && !strcmp(v, "1") ? 2 : 1;
        atomic_store(&state, s);
    }
    return s == 2;
}

_Noreturn void lime_assert_fail(LimeString *message) {
    lime_throw("AssertionError", lime_rt_string_to_utf8(message));
}

_Noreturn void lime_assert_fail_none(void) { lime_throw("AssertionError", NULL); }

_Noreturn void lime_throw_null_pointer(void) {
    /* The JVM's helpful messages name bytecode locals: not reproducible. */
    lime_throw("NullPointerException", NULL);
}

_Noreturn void lime_throw_index_out_of_bounds(int32_t index, int32_t length) {
    char msg[80];
    snprintf(msg, sizeof msg, "Index %d out of bounds for length %d", index, length);
    lime_throw("ArrayIndexOutOfBoundsException", msg);
}

_Noreturn void lime_throw_arithmetic_div_zero(void) {
    lime_throw("ArithmeticException", "/ by zero");
}

_Noreturn void lime_throw_negative_array_size(int32_t size) {
    char msg[24];
    snprintf(msg, sizeof msg, "%d", size);
    lime_throw("NegativeArraySizeException", msg);
}
