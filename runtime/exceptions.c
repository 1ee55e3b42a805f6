/* exceptions.c: Java's exceptions.
 *
 * Each thread keeps a chain of handlers, one per try block being run
 * (lime_try_enter pushes; leaving the block pops).  A throw pops the
 * innermost handler and longjmps to it with the exception.  With no
 * handler:
 *   - inside a chunk of a parallel loop (parallel.c), the throw is
 *     recorded and the loop's calling thread rethrows the lowest-indexed
 *     chunk's exception once the loop has ended (a chunk starts with an
 *     empty chain: a try around the loop is the caller's, not the
 *     worker's);
 *   - otherwise it is uncaught: flush System.out, print what the JVM
 *     prints on System.err (`Exception in thread "main" ` and the
 *     exception's stack trace: Throwable.printStackTrace for an object,
 *     trace.c's frames for the runtime's own), exit with status 1.  Any
 *     other thread that throws while one reports waits for the exit.
 * The runtime's own exceptions (lime_throw: a name and a message) become
 * objects only where a handler may catch them: the program's
 * lime_rt_make_exception (the library's LimeExceptions.make) makes them. */
#include <setjmp.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

typedef struct Handler {
    jmp_buf env;           /* first: the compiler's _setjmp gets the handler's address */
    struct Handler *prev;
    void *exception;
    const char *lazy_name; /* the exception is made by lime_try_caught (a throw from a signal handler) */
} Handler;
_Static_assert(sizeof(Handler) <= LIME_HANDLER_BYTES, "LIME_HANDLER_BYTES too small");

static _Thread_local Handler *top;

/* The program's factory (lib/java/lang/LimeExceptions.java) is
 * lime_rt_hook_make_exception(): absent in a program without a catch,
 * where no handler ever exists. */

void lime_try_enter(void *h) {
    Handler *hd = h;
    hd->prev = top;
    hd->exception = NULL;
    hd->lazy_name = NULL;
    top = hd;
}

void lime_try_leave(void *h) { top = ((Handler *)h)->prev; }

static LimeString *string_or_null(const char *s) {
    return s ? lime_string_from_utf8(s, (int64_t)strlen(s)) : NULL;
}

void *lime_try_caught(void *h) {
    Handler *hd = h;
    if (!hd->exception && hd->lazy_name)
        hd->exception = lime_rt_hook_make_exception()(string_or_null(hd->lazy_name), NULL);
    return hd->exception;
}

void *lime_rt_handlers_suspend(void) {
    Handler *h = top;
    top = NULL;
    return h;
}

void lime_rt_handlers_resume(void *saved) { top = saved; }

static _Noreturn void to_handler(void *exception, const char *lazy_name) {
    Handler *h = top;
    top = h->prev;
    h->exception = exception;
    h->lazy_name = lazy_name;
    longjmp(h->env, 1);
}

/* The uncaught exception's report starts: once per process (any other
 * thread that throws meanwhile waits for the exit), System.out flushed.
 * An exception thrown while this thread reports (by a toString) ends it
 * as the JVM does. */
static _Thread_local bool reporting;

static void begin_report(const char *prefix, size_t plen, const char *name) {
    static atomic_flag thrown = ATOMIC_FLAG_INIT;
    if (reporting) {
        static const char head[] = "\nException: ", tail[] = " thrown from the UncaughtExceptionHandler in thread \"main\"\n";
        lime_rt_err_bytes(head, sizeof head - 1);
        lime_rt_err_bytes(prefix, plen);
        lime_rt_err_bytes(name, strlen(name));
        lime_rt_err_bytes(tail, sizeof tail - 1);
        lime_rt_flush_all();
        lime_rt_exit(1);
    }
    if (atomic_flag_test_and_set(&thrown))
        for (;;) pause(); /* another thread is reporting and exiting */
    reporting = true;
    lime_rt_flush_all();
}

static const char main_head[] = "Exception in thread \"main\" ";

/* A runtime exception no handler catches: the JVM's first line, then the
 * frames. */
static _Noreturn void report_and_exit(const char *prefix, size_t plen, const char *name, const char *message) {
    begin_report(prefix, plen, name);
    lime_rt_err_bytes(main_head, sizeof main_head - 1);
    lime_rt_err_bytes(prefix, plen);
    lime_rt_err_bytes(name, strlen(name));
    if (message) {
        lime_rt_err_bytes(": ", 2);
        lime_rt_err_bytes(message, strlen(message));
    }
    lime_rt_err_bytes("\n", 1);
    lime_rt_trace_print_uncaught();
    lime_rt_flush_all();
    lime_rt_exit(1);
}

/* The program's Throwable.printUncaught (lime_rt_hook_print_uncaught):
 * the head line and printStackTrace() (absent where nothing is ever
 * thrown as an object). */

_Noreturn void lime_throw(const char *name, const char *message) {
    LimeRtMakeException make = lime_rt_hook_make_exception();
    if (top && make) to_handler(make(string_or_null(name), string_or_null(message)), NULL);
    lime_rt_chunk_throw(name, message); /* returns unless inside a parallel chunk */
    /* a name with a '.' is a full class name (java.util.X) */
    static const char prefix[] = "java.lang.";
    report_and_exit(prefix, strchr(name, '.') ? 0 : sizeof prefix - 1, name, message);
}

_Noreturn void lime_rt_throw_from_signal(const char *name) {
    if (top && lime_rt_hook_make_exception()) to_handler(NULL, name); /* made once the stack is unwound */
    lime_throw(name, NULL);
}

_Noreturn void lime_throw_object(void *e) {
    if (top) to_handler(e, NULL);
    lime_rt_chunk_throw_object(e); /* returns unless inside a parallel chunk */
    const char *name = lime_rt_class_name_of(e);
    void (*print_uncaught)(void *) = lime_rt_hook_print_uncaught();
    if (!print_uncaught) {
        /* no Throwable in the program: cannot be (a thrown object is one) */
        report_and_exit("", 0, name, NULL);
    }
    begin_report("", 0, name);
    lime_rt_err_bytes(main_head, sizeof main_head - 1);
    print_uncaught(e);
    lime_rt_flush_all();
    lime_rt_exit(1);
}

bool lime_assert_enabled(void) {
    static atomic_int state; /* 0 unread, 1 disabled, 2 enabled */
    int s = atomic_load(&state);
    if (s == 0) {
        s = lime_rt_env_flag("LIME_ASSERT") ? 2 : 1;
        atomic_store(&state, s);
    }
    return s == 2;
}

_Noreturn void lime_assert_fail(LimeString *message) {
    lime_throw("AssertionError", lime_rt_string_to_utf8(message));
}

_Noreturn void lime_assert_fail_none(void) { lime_throw("AssertionError", NULL); }

_Noreturn void lime_throw_null_pointer(void) { lime_throw("NullPointerException", NULL); }

_Noreturn void lime_throw_null_pointer_message(const char *message) { lime_throw("NullPointerException", message); }

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

/* The JVM's message: "class A cannot be cast to class B (A and B are in
 * unnamed module of loader 'app')", the java.* classes being in module
 * java.base of loader 'bootstrap'; B is a "class" even when it is an
 * interface (HotSpot's wording). */
static const char *module_of(const char *name) {
    while (*name == '[') name++; /* an array: its element type's module, a primitive's java.base */
    if (name[0] && !name[1]) return "module java.base of loader 'bootstrap'";
    if (*name == 'L' && strchr(name, ';')) name++;
    return strncmp(name, "java.", 5) ? "unnamed module of loader 'app'" : "module java.base of loader 'bootstrap'";
}

_Noreturn void lime_throw_class_cast(void *v, const LimeClass *target) {
    lime_rt_throw_class_cast_to(v, target ? target->name : "java.lang.String");
}

_Noreturn void lime_rt_throw_class_cast_to(void *v, const char *to) {
    const char *from = lime_rt_class_name_of(v);
    const char *mf = module_of(from), *mt = module_of(to);
    char *msg = strcmp(mf, mt) ? lime_rt_strf("class %s cannot be cast to class %s (%s is in %s; %s is in %s)", from, to,
                                              from, mf, to, mt)
                               : lime_rt_strf("class %s cannot be cast to class %s (%s and %s are in %s)", from, to,
                                              from, to, mf);
    lime_throw("ClassCastException", msg);
}
