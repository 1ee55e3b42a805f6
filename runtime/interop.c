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
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static _Thread_local char *pending; /* the last call's exception: its toString(), malloc'd; NULL: none */

void lime_rt_c_call_begin(void) {
    lime_init();
    free(pending);
    pending = NULL;
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
