/* library.c: the part of Java's class library that is written in Java
 * (lib/, embedded in limec at build time by scripts/embed-library.sh):
 * java.lang.Object, Class, Throwable and the exceptions, Number and the
 * wrapper classes (src/boxing.c), interfaces such as Runnable and
 * Comparable.  Its files are parsed before the program's; their classes
 * are marked is_library with their package, and the checker compiles
 * only those the program reaches (ClassDecl.used). */
#include "front.h"

#include <string.h>

typedef struct LibraryFile {
    const char *path, *package, *text;
} LibraryFile;
extern const LibraryFile lime_library_files[];

bool parse_library(Program *prog) {
    prog->parsing_library = true;
    bool ok = true;
    for (const LibraryFile *lf = lime_library_files; lf->path && ok; lf++) {
        SourceFile *f = xalloc(sizeof *f);
        f->name = xprintf("<lime library>/%s", lf->path);
        f->text = lf->text;
        f->len = strlen(lf->text);
        int ntok;
        Token *toks = tokenize(f, &ntok);
        int first = prog->classes.len, first_unit = prog->units.len;
        ok = toks && parse_file(prog, f, toks, ntok);
        for (int i = first; i < prog->classes.len; i++) ((ClassDecl *)prog->classes.items[i])->package = lf->package;
        /* its package, from its place under lib/ (the files need no package line) */
        for (int i = first_unit; i < prog->units.len; i++) ((CompUnit *)prog->units.items[i])->package = lf->package;
    }
    prog->parsing_library = false;
    LIME_ASSERT(ok && "the library written in Java parses");
    return ok;
}
