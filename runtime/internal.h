/* internal.h: what the runtime's files share and compiled code never sees.
 * Everything here is prefixed lime_rt_ and may change freely; the ABI is
 * lime.h. */
#ifndef LIME_RUNTIME_INTERNAL_H
#define LIME_RUNTIME_INTERNAL_H

#include <stddef.h>

#include "lime.h"

/* ---- heap.c ---------------------------------------------------------- */

/* Called once by lime_start, before any allocation. */
void lime_rt_heap_init(void);
/* A heap string of len code units: chars uninitialised, hash 0. */
LimeString *lime_rt_new_string(int32_t len);
/* Whether p (not NULL) is a String: a heap string (its own GC kind) or a
 * compiler-emitted constant (the only Java-visible data outside the GC
 * heap). */
bool lime_rt_is_string(const void *p);
/* Whether p (not NULL, not a String) is an array rather than an object. */
bool lime_rt_is_array(const void *p);
/* Whether p lies in the GC heap (heap strings may cache their hash). */
bool lime_rt_in_heap(const void *p);
/* Whether heap block p holds no pointers (a primitive array or a string). */
bool lime_rt_is_pointer_free(const void *p);
/* Stable identity number of a heap object, as Object.hashCode would be. */
uint32_t lime_rt_identity_hash(const void *p);

/* ---- print.c --------------------------------------------------------- */

void lime_rt_io_init(void);
/* Flushes System.out then System.err (at exit and before an exception). */
void lime_rt_flush_all(void);
/* Writes raw UTF-8 bytes on System.err after flushing System.out. */
void lime_rt_err_bytes(const char *bytes, size_t n);

/* ---- numfmt.c -------------------------------------------------------- */

/* Java's Double.toString / Float.toString into buf (at least 32 bytes);
 * returns the length (no terminating NUL is written). */
int lime_rt_fmt_double(double v, char *buf);
int lime_rt_fmt_float(float v, char *buf);
/* Long.toString; buf at least 21 bytes; returns the length. */
int lime_rt_fmt_long(int64_t v, char *buf);

/* ---- strings.c ------------------------------------------------------- */

/* A fresh String holding n ASCII bytes. */
LimeString *lime_rt_string_from_ascii(const char *s, int n);
/* UTF-8 text of s for messages: NUL-terminated, GC-allocated; unpaired
 * surrogates become '?'. */
char *lime_rt_string_to_utf8(const LimeString *s);
/* String.valueOf(Object) for a reference that may be a String, an array or
 * an object. */
LimeString *lime_rt_string_of_any(void *v);

#endif
