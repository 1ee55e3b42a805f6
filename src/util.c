/* util.c: allocation, vectors and string buffers.
 *
 * There is no arena: xalloc is calloc, one block per call, and never
 * returns NULL (out of memory: "limec: error: out of memory", exit status
 * 1).  The compiler never frees: a process compiles one program and exits.
 * Growth is the one exception: xrealloc_arr (realloc, the new part
 * zeroed) moves a growing array such as a Vec's items or a StrBuf's text,
 * so a pointer into one is good only until the next push. */
#include "base.h"

#include <stdlib.h>
#include <string.h>

static _Noreturn void out_of_memory(void) {
    fputs("limec: error: out of memory\n", stderr);
    exit(1);
}

void *xalloc(size_t size) {
    void *p = calloc(1, size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *xrealloc_arr(void *p, size_t old_count, size_t new_count, size_t elem) {
    void *q = realloc(p, new_count * elem);
    if (!q) out_of_memory();
    if (new_count > old_count) memset((char *)q + old_count * elem, 0, (new_count - old_count) * elem);
    return q;
}

char *xstrndup(const char *s, size_t n) {
    char *p = xalloc(n + 1);
    memcpy(p, s, n);
    return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = xalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 8;
        v->items = xrealloc_arr(v->items, (size_t)v->cap, (size_t)ncap, sizeof(void *));
        v->cap = ncap;
    }
    v->items[v->len++] = item;
}

static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) h = (h ^ *p) * 16777619u;
    return h;
}

/* The slot of key in m (cap > 0): its own, or the empty one it would take. */
static int namemap_slot(const NameMap *m, const char *key) {
    unsigned mask = (unsigned)m->cap - 1;
    unsigned k = name_hash(key) & mask;
    while (m->keys[k] && strcmp(m->keys[k], key) != 0) k = (k + 1) & mask;
    return (int)k;
}

void *namemap_get(const NameMap *m, const char *key) {
    if (!m->cap) return NULL;
    int k = namemap_slot(m, key);
    return m->keys[k] ? m->vals[k] : NULL;
}

void namemap_put(NameMap *m, const char *key, void *val) {
    if (2 * (m->len + 1) >= m->cap) {
        NameMap bigger = {0};
        bigger.cap = m->cap ? 2 * m->cap : 16;
        bigger.keys = xalloc(sizeof(char *) * (size_t)bigger.cap);
        bigger.vals = xalloc(sizeof(void *) * (size_t)bigger.cap);
        for (int k = 0; k < m->cap; k++)
            if (m->keys[k]) namemap_put(&bigger, m->keys[k], m->vals[k]);
        *m = bigger; /* the old arrays are garbage (never freed, as everything) */
    }
    int k = namemap_slot(m, key);
    if (!m->keys[k]) {
        m->keys[k] = key;
        m->len++;
    }
    m->vals[k] = val;
}

static void sb_reserve(StrBuf *sb, size_t extra) {
    if (sb->len + extra + 1 <= sb->cap) return;
    size_t ncap = sb->cap ? sb->cap * 2 : 64;
    while (ncap < sb->len + extra + 1) ncap *= 2;
    sb->buf = xrealloc_arr(sb->buf, sb->cap, ncap, 1);
    sb->cap = ncap;
}

void sb_putc(StrBuf *sb, char c) {
    sb_reserve(sb, 1);
    sb->buf[sb->len++] = c;
    sb->buf[sb->len] = 0;
}

void sb_puts(StrBuf *sb, const char *s) {
    size_t n = strlen(s);
    sb_reserve(sb, n);
    memcpy(sb->buf + sb->len, s, n + 1);
    sb->len += n;
}

void sb_printf(StrBuf *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    sb_reserve(sb, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

const char *sb_str(StrBuf *sb) { return sb->buf ? sb->buf : ""; }
