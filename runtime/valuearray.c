/* valuearray.c: helpers for Lime's value arrays (T[[]]): ranges, copies,
 * and the exceptions of map and reduce. */
#define GC_THREADS 1
#define GC_NO_THREAD_REDIRECTS 1
#include <gc.h>

#include <stdio.h>
#include <string.h>

#include "internal.h"

_Noreturn void lime_throw_map_length_mismatch(int32_t a, int32_t b) {
    char msg[96];
    snprintf(msg, sizeof msg, "map over arrays of different lengths (%d and %d)", a, b);
    lime_throw("IllegalArgumentException", msg);
}

/* A multi-rate filter's result of the wrong length (backends/cpu/multirate.c) */
_Noreturn void lime_throw_filter_rate(const char *filter, int32_t len, int32_t rate) {
    lime_throw("IllegalStateException",
               lime_rt_strf("filter '%s' pushes %d items a firing but returned %d", filter, (int)rate, (int)len));
}

_Noreturn void lime_throw_reduce_empty(void) {
    lime_throw("IllegalArgumentException", "reduce of an empty array");
}

/* Uncleared memory for an array that is about to be filled entirely. */
static LimeArray *alloc_uncleared(size_t bytes, bool prim) {
    LimeArray *a = prim ? GC_MALLOC_ATOMIC(bytes) : GC_MALLOC(bytes);
    if (!a) lime_throw("OutOfMemoryError", "Java heap space");
    return a;
}

static void fill_range(void *env, int64_t start, int64_t end) {
    int32_t *d = env;
    for (int64_t i = start; i < end; i++) d[i] = (int32_t)i;
}

LimeArray *lime_range(int32_t n) {
    if (n < 0) lime_throw_negative_array_size(n);
    LimeArray *a = alloc_uncleared(lime_rt_array_bytes(4, n), true);
    a->length = n;
    a->elem_size = 4;
    int32_t *d = (int32_t *)((char *)a + LIME_ARRAY_DATA_OFFSET);
    lime_parallel_for(n, (int64_t)1 << 18, fill_range, d);
    return a;
}

typedef struct PlaneFill {
    int32_t *d;
    int32_t w, axis;
} PlaneFill;

static void fill_plane(void *env, int64_t from, int64_t to) {
    const PlaneFill *p = env;
    for (int64_t i = from; i < to; i++) p->d[i] = (int32_t)(p->axis == 0 ? i % p->w : i / p->w);
}

/* Lime.range2(w, h) mapped: element y*w + x of the w*h points, row by
 * row, is x (axis 0) or y (axis 1) */
LimeArray *lime_range2(int32_t w, int32_t h, int32_t axis) {
    if (w < 0) lime_throw_negative_array_size(w);
    if (h < 0) lime_throw_negative_array_size(h);
    int64_t n = (int64_t)w * h;
    if (n > INT32_MAX)
        lime_throw("IllegalArgumentException",
                   lime_rt_strf("Lime.range2(%d, %d) has more than 2147483647 points", (int)w, (int)h));
    LimeArray *a = alloc_uncleared(lime_rt_array_bytes(4, n), true);
    a->length = (int32_t)n;
    a->elem_size = 4;
    PlaneFill p = {(int32_t *)((char *)a + LIME_ARRAY_DATA_OFFSET), w, axis};
    lime_parallel_for(n, (int64_t)1 << 18, fill_plane, &p);
    return a;
}

LimeArray *lime_array_copy(LimeArray *a, bool prim) {
    size_t bytes = lime_rt_array_bytes(a->elem_size, a->length);
    LimeArray *c = alloc_uncleared(bytes, prim);
    memcpy(c, a, bytes); /* header (length, elem_size) and elements */
    return c;
}
