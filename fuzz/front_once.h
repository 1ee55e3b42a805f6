/* front_once.h: limec's front end on one in-memory source, after a library
 * parsed once (fuzz/front.c, libFuzzer's target; fuzz/mutants.c, the fuzz
 * suite's batch compiler).  The compiler keeps global state and never frees,
 * so the caller runs each source in a forked child of the process that
 * parsed the library. */
#ifndef LIME_FUZZ_FRONT_ONCE_H
#define LIME_FUZZ_FRONT_ONCE_H

#include <stdbool.h>
#include <stddef.h>

#include "front.h"

/* The library written in Java, parsed; NULL (said on stderr) if it does not parse. */
Program *front_library(void);

/* Adds source f to lib and runs what `limec --emit=ir` runs: tokenize,
 * parse, check, choose a main, lower, verify, prove bounds, verify again,
 * and (print_ir) print the IR to stdout.  Returns limec's status: 0 done,
 * 1 a user error (reported as file:line:col: error:), 2 an IR the
 * verifier rejected (reported). */
int front_once(Program *lib, SourceFile *f, bool print_ir);

#endif
