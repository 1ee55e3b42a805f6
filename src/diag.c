/* diag.c: source files and the one diagnostic printer.
 * Every message has the form "file:line:col: error: msg", then the source
 * line and a caret under the column (LANGUAGE.md section 3). */
#include "base.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int error_count;
static int located_errors;   /* of error_count: those with a source location */

/* More errors than this are not printed: the first ones matter. */
enum { MAX_ERRORS = 50 };

SourceFile *read_source_file(const char *path) {
    bool from_stdin = !strcmp(path, "-");
    const char *name = from_stdin ? STDIN_SOURCE_NAME : path;
    FILE *f = from_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        error_plain("cannot open '%s': %s", path, strerror(errno));
        return NULL;
    }
    StrBuf sb = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        for (size_t i = 0; i < n; i++) sb_putc(&sb, chunk[i]);
    }
    int read_errno = ferror(f) ? errno : 0;
    if (!from_stdin) fclose(f);
    if (read_errno) {
        error_plain("cannot read '%s': %s", name, strerror(read_errno));
        return NULL;
    }
    SourceFile *sf = xalloc(sizeof *sf);
    sf->name = xstrdup(name);
    sf->text = sb.buf ? sb.buf : xstrdup("");
    sf->len = sb.len;
    return sf;
}

/* The first byte of loc's line; *end: the byte after its last one. */
static const char *line_text(Loc loc, const char **end) {
    const char *p = loc.file->text, *file_end = p + loc.file->len;
    for (int line = 1; line < loc.line && p < file_end; p++)
        if (*p == '\n') line++;
    const char *q = p;
    while (q < file_end && *q != '\n' && *q != '\r') q++;
    *end = q;
    return p;
}

/* A UTF-8 continuation byte (10xxxxxx): no character starts there. */
static bool continuation_byte(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

int loc_column(Loc loc) {
    if (!loc.file || loc.line <= 0) return loc.col;
    const char *end, *p = line_text(loc, &end);
    int chars = 0;
    for (int i = 0; i < loc.col - 1 && p + i < end; i++)
        if (!continuation_byte(p[i])) chars++;
    return chars + 1;
}

/* Prints the line holding loc and a caret under its column: one space per
 * character before it (tabs kept as tabs, so that the caret lines up). */
static void print_source_line(Loc loc) {
    if (!loc.file || loc.line <= 0) return;
    const char *end, *p = line_text(loc, &end);
    if (p == loc.file->text + loc.file->len && p > loc.file->text) return;   /* the end of the file, after its last line (as javac: no line) */
    fprintf(stderr, "%.*s\n", (int)(end - p), p);
    for (int i = 0; i < loc.col - 1 && p + i < end; i++)
        if (!continuation_byte(p[i])) fputc(p[i] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

static void report(const char *kind, Loc loc, const char *fmt, va_list ap) {
    if (loc.file) fprintf(stderr, "%s:%d:%d: %s: ", loc.file->name, loc.line, loc_column(loc), kind);
    else fprintf(stderr, "limec: %s: ", kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    print_source_line(loc);
}

void error_at(Loc loc, const char *fmt, ...) {
    if (loc.file) located_errors++;
    if (++error_count > MAX_ERRORS) return;
    va_list ap;
    va_start(ap, fmt);
    report("error", loc, fmt, ap);
    va_end(ap);
}

void note_at(Loc loc, const char *fmt, ...) {
    if (error_count > MAX_ERRORS) return;
    va_list ap;
    va_start(ap, fmt);
    report("note", loc, fmt, ap);
    va_end(ap);
}

void error_plain(const char *fmt, ...) {
    error_count++;
    va_list ap;
    va_start(ap, fmt);
    fputs("limec: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* After errors in the source, javac's count line ("1 error", "4 errors");
 * none after command-line errors alone, which stand by themselves. */
void diag_finish(void) {
    if (located_errors == 0) return;
    fprintf(stderr, "%d error%s\n", error_count, error_count == 1 ? "" : "s");
    if (error_count > MAX_ERRORS) fprintf(stderr, "limec: note: only the first %d are shown\n", MAX_ERRORS);
}

_Noreturn void internal_error(const char *file, int line, const char *what) {
    fprintf(stderr, "limec: internal compiler error: %s (%s:%d)\n", what, file, line);
    abort();
}
