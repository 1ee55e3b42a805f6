/* arraycopy.c: System.arraycopy with HotSpot's checks, in HotSpot's order
 * and with its messages (JDK 17): null arguments, element type mismatch,
 * negative positions or length, then the last indices (as unsigned sums).
 * The compiler passes the element types from the static array types
 * (see lime.h); the copy goes as if through a temporary (memmove). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static _Noreturn void out_of_bounds(const char *what, long long index, const char *elem, int32_t length) {
    char msg[160];
    snprintf(msg, sizeof msg, "arraycopy: %s %lld out of bounds for %s[%d]", what, index, elem, length);
    lime_throw("ArrayIndexOutOfBoundsException", msg);
}

/* The null, position and length checks of System.arraycopy (src and
 * dest are arrays of the named element types). */
void lime_rt_arraycopy_bounds(void *src, int32_t src_pos, void *dest, int32_t dest_pos, int32_t length,
                              const char *src_elem, const char *dest_elem) {
    if (!src || !dest) lime_throw_null_pointer();
    LimeArray *s = src, *d = dest;
    if (src_pos < 0) out_of_bounds("source index", src_pos, src_elem, s->length);
    if (dest_pos < 0) out_of_bounds("destination index", dest_pos, dest_elem, d->length);
    if (length < 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "arraycopy: length %d is negative", length);
        lime_throw("ArrayIndexOutOfBoundsException", msg);
    }
    uint32_t src_end = (uint32_t)length + (uint32_t)src_pos, dest_end = (uint32_t)length + (uint32_t)dest_pos;
    if (src_end > (uint32_t)s->length) out_of_bounds("last source index", src_end, src_elem, s->length);
    if (dest_end > (uint32_t)d->length) out_of_bounds("last destination index", dest_end, dest_elem, d->length);
}

void lime_system_arraycopy_OIOII(void *src, int32_t src_pos, void *dest, int32_t dest_pos, int32_t length,
                                 const char *src_elem, const char *dest_elem) {
    if (!src || !dest) lime_throw_null_pointer();
    if (strcmp(src_elem, dest_elem) != 0) {
        char msg[160];
        snprintf(msg, sizeof msg, "arraycopy: type mismatch: can not copy %s[] into %s[]", src_elem, dest_elem);
        lime_throw("ArrayStoreException", msg);
    }
    lime_rt_arraycopy_bounds(src, src_pos, dest, dest_pos, length, src_elem, dest_elem);
    if (length == 0) return;
    LimeArray *s = src, *d = dest;
    size_t es = (size_t)s->elem_size;
    memmove((char *)d + LIME_ARRAY_DATA_OFFSET + (size_t)dest_pos * es,
            (const char *)s + LIME_ARRAY_DATA_OFFSET + (size_t)src_pos * es, (size_t)length * es);
}
