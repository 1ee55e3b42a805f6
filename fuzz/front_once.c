/* front_once.c: see front_once.h. */
#include "front_once.h"

#include <stdio.h>
#include <string.h>

#include "ir.h"

Program *front_library(void) {
    Program *lib = xalloc(sizeof *lib);
    if (!parse_library(lib)) {
        fputs("front: the library does not parse\n", stderr);
        return NULL;
    }
    return lib;
}

/* Moves v's items from index `from` on to the front, in order: the input's
 * classes before the library's, as limec parses them. */
static void move_to_front(Vec *v, int from) {
    int n = v->len - from;
    void **moved = xalloc(sizeof(void *) * (size_t)(n + 1));
    memcpy(moved, v->items + from, sizeof(void *) * (size_t)n);
    memmove(v->items + n, v->items, sizeof(void *) * (size_t)from);
    memcpy(v->items, moved, sizeof(void *) * (size_t)n);
}

/* (driver/main.c's verified: the words limec prints) */
static bool verified(IrProgram *ir, const char *what) {
    if (ir_verify(ir)) return true;
    fprintf(stderr, "limec: internal compiler error: the IR verifier rejected %s\n", what);
    return false;
}

int front_once(Program *lib, SourceFile *f, bool print_ir) {
    Program *prog = lib;
    int classes = prog->classes.len, tops = prog->top_classes.len, units = prog->units.len;
    vec_push(&prog->files, f);
    int ntok;
    Token *toks = tokenize(f, &ntok);
    if (!toks || !parse_file(prog, f, toks, ntok)) return 1;
    move_to_front(&prog->classes, classes);
    move_to_front(&prog->top_classes, tops);
    move_to_front(&prog->units, units);
    if (!check_program(prog) || !choose_main(prog)) return 1;
    IrProgram *ir = lower_program(prog);
    if (!verified(ir, "the lowered program")) return 2;
    ir_prove_bounds(ir);
    if (!verified(ir, "the program after bounds.c")) return 2;
    if (print_ir) {
        ir_print_program(stdout, ir);
        fflush(stdout);
    }
    return 0;
}
