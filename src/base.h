/* base.h: what every part of the compiler (limec) shares: the allocator,
 * growable vectors and string buffers (util.c), source files, locations
 * and diagnostics (diag.c).
 *
 * Memory: everything is allocated by xalloc (zeroed calloc blocks) and
 * never freed; the compiler is a short-lived process.  Only a growing Vec
 * or StrBuf moves its buffer (realloc).
 *
 * Errors: a user error (bad program) goes through error_at() and the
 * compiler continues or stops cleanly with exit status 1.  A broken
 * invariant of the compiler itself is LIME_ASSERT / LIME_UNREACHABLE,
 * which prints "internal compiler error" and aborts.
 */
#ifndef LIME_BASE_H
#define LIME_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define LIME_VERSION "0.1.0"

/* ---------------------------------------------------------------- util.c */

void *xalloc(size_t size);                     /* zeroed, never freed */
void *xrealloc_arr(void *p, size_t old_count, size_t new_count, size_t elem);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable array of pointers. */
typedef struct Vec {
    void **items;
    int len, cap;
} Vec;
void vec_push(Vec *v, void *item);
#define VEC_AT(v, i) ((v).items[i])

/* A map from strings (compared by their text) to pointers, by open
 * addressing: for the checker's name lookups, which must stay linear in
 * the size of the program.  Keys are kept by pointer.  Zero-initialised is
 * empty. */
typedef struct NameMap {
    const char **keys;
    void **vals;
    int cap, len;          /* cap: 0, or a power of two > 2 * len */
} NameMap;
void *namemap_get(const NameMap *m, const char *key);     /* NULL when absent */
void namemap_put(NameMap *m, const char *key, void *val); /* adds or replaces */

/* A growable text buffer, always NUL-terminated. */
typedef struct StrBuf {
    char *buf;
    size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *sb_str(StrBuf *sb);                /* "" when empty */

/* ---------------------------------------------------------------- diag.c */

typedef struct SourceFile {
    const char *name;      /* as given on the command line */
    const char *text;      /* NUL-terminated contents */
    size_t len;
} SourceFile;

/* A position in a source file; line and col are 1-based, col counts bytes
 * (diagnostics print loc_column: characters).  Every token, AST node and
 * IR instruction carries one. */
typedef struct Loc {
    SourceFile *file;
    int line, col;
} Loc;

extern int error_count;
/* The name diagnostics give the source read from standard input. */
#define STDIN_SOURCE_NAME "<stdin>"
/* path "-": standard input.  NULL (and message) on failure. */
SourceFile *read_source_file(const char *path);
/* loc's column counted in characters (UTF-8), as diagnostics print it. */
int loc_column(Loc loc);
/* At the end of a compilation: the count of errors when more were found
 * than were printed. */
void diag_finish(void);
/* Prints "file:line:col: error: msg", the source line and a caret. */
void error_at(Loc loc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void note_at(Loc loc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* An error without location, e.g. about the command line: "limec: error: msg". */
void error_plain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void internal_error(const char *file, int line, const char *what);
#define LIME_ASSERT(c) ((c) ? (void)0 : internal_error(__FILE__, __LINE__, #c))
#define LIME_UNREACHABLE() internal_error(__FILE__, __LINE__, "unreachable")

#endif
