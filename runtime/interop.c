/* interop.c: what a C program needs to call a Lime library (limec
 * --emit=lib): starting the runtime, making and reading arrays, and the
 * Java exception a call ended with.
 *
 * Each exported function (backends/cpu/export.c) calls
 * lime_rt_c_call_begin first (which starts the runtime if lime_init was
 * not called, and forgets the previous call's exception), runs the method
 * inside a try that catches everything, and on a throw calls
 * lime_rt_c_call_caught with the exception object and returns zero
 * (NULL, false, nothing written).  The exception is kept per thread as
 * malloc'd UTF-8 (its toString(), as the JVM's first line prints it), so
 * nothing the collector could move or free is held outside its heap. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static _Thread_local char *pending; /* the last call's exception: its toString(), malloc'd; NULL: none */

/* The libraries called so far, in the order of their first calls (their
 * task ids in that order); guarded by mu, read by any thread. */
enum { MAX_LIBRARIES = 64 };
static LimeLibrary *libraries[MAX_LIBRARIES];
static int nlibraries;
static int32_t next_task_base;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
LimeLibrary *lime_rt_library;

void lime_rt_c_call_begin(LimeLibrary *lib) {
    lime_init();
    if (lib->task_base < 0) {
        pthread_mutex_lock(&mu);
        if (lib->task_base < 0) {
            if (nlibraries == MAX_LIBRARIES) {
                fputs("lime: more than 64 Lime libraries in one program\n", stderr);
                exit(1);
            }
            libraries[nlibraries++] = lib;
            lib->task_base = next_task_base;
            next_task_base += lib->ntasks;
        }
        pthread_mutex_unlock(&mu);
    }
    lime_rt_library = lib;
    free(pending);
    pending = NULL;
}

LimeLibrary *lime_rt_library_of_task(int32_t task, int32_t *local) {
    LimeLibrary *found = NULL;
    pthread_mutex_lock(&mu);
    for (int i = 0; i < nlibraries && !found; i++)
        if (task >= libraries[i]->task_base && task - libraries[i]->task_base < libraries[i]->ntasks) found = libraries[i];
    pthread_mutex_unlock(&mu);
    if (found && local) *local = task - found->task_base;
    return found;
}

/* An executable's hooks: global functions of the program (weak references:
 * a program without Throwable has none). */
extern LimeObject *lime_rt_make_exception(LimeString *name, LimeString *message) __attribute__((weak));
extern void lime_rt_print_uncaught(void *e) __attribute__((weak));
extern void lime_rt_rethrown_here(void *e) __attribute__((weak));
extern const LimeClass *const lime_class_descriptor_of_Class __attribute__((weak));

LimeRtMakeException lime_rt_hook_make_exception(void) {
    return lime_rt_library ? lime_rt_library->make_exception : lime_rt_make_exception;
}
void (*lime_rt_hook_print_uncaught(void))(void *) {
    return lime_rt_library ? lime_rt_library->print_uncaught : lime_rt_print_uncaught;
}
void (*lime_rt_hook_rethrown_here(void))(void *) {
    return lime_rt_library ? lime_rt_library->rethrown_here : lime_rt_rethrown_here;
}
const LimeClass *lime_rt_hook_class_of_Class(void) {
    if (lime_rt_library) return lime_rt_library->class_of_Class;
    return &lime_class_descriptor_of_Class ? lime_class_descriptor_of_Class : NULL;
}

void lime_rt_c_call_caught(void *exception) {
    LimeString *text = lime_string_valueOf_O(exception);
    const char *utf8 = lime_rt_string_to_utf8(text);
    pending = strdup(utf8 ? utf8 : "java.lang.Throwable");
}

const char *lime_exception(void) { return pending; }

/* A fresh array of `length` elements of elem_size bytes copied from data
 * (zeroed when data is NULL); NULL for a negative length. */
static LimeArray *filled(LimeArray *a, int32_t elem_size, int32_t length, const void *data) {
    if (data && length > 0) memcpy((char *)a + LIME_ARRAY_DATA_OFFSET, data, (size_t)elem_size * (size_t)length);
    return a;
}

LimeArray *lime_array_new(const LimeArrayType *type, int32_t length, const void *data) {
    if (!type || type->elem_kind != LIME_ELEM_PRIMITIVE || length < 0) return NULL;
    lime_init();
    return filled(lime_new_typed_array(type, length), type->elem_size, length, data);
}

LimeArray *lime_value_array_new(int32_t elem_size, int32_t length, const void *data) {
    if (elem_size < 1 || elem_size > UINT16_MAX || length < 0) return NULL;
    lime_init();
    return filled(lime_new_prim_array(elem_size, length), elem_size, length, data);
}
