/* main.c: the limec driver: options, input files, and the stages in order.
 *
 *   read -> tokenize -> parse -> check (+ flow) -> lower -> verify
 *        -> prove bounds -> verify -> backends decide -> build -> compile
 *
 * It names no backend: --emit=, --target= and --explain come from the
 * backend table (backends/backend.h), and the host backend compiles.
 *
 * Exit status: 0 success, 1 the program (or command line) has errors,
 * 2 an internal error (an invariant of the compiler broke). */
#include "../src/front.h"
#include "../backends/backend.h"

#include <stdlib.h>
#include <string.h>

/* What the front end prints; a backend's form goes by its name. */
typedef enum FrontEmit { EMIT_NONE, EMIT_TOKENS, EMIT_AST, EMIT_IR, EMIT_BACKEND } FrontEmit;

typedef struct Options {
    Vec inputs;            /* const char* */
    const char *output;
    const char *main_class;     /* --main */
    FrontEmit emit;
    const char *backend_emit;   /* EMIT_BACKEND: the form's name */
    bool check_only;
    bool explain;
    int opt_level;
    unsigned targets;      /* --target: bit b builds backend b's artifacts */
} Options;

static void usage(FILE *out) {
    fputs("usage: limec [options] file.lime|file.java... [-o prog]\n"
          "\n"
          "Compiles a Lime (or plain Java) program given as one or more source files.\n"
          "\n"
          "options:\n"
          "  -o FILE          write the output to FILE\n"
          "  --main CLASS     the class whose main method runs, when several have one\n"
          "  --check          check the program and stop (no output)\n"
          "  --explain        print every task and which backends accept it\n"
          "  --emit=tokens    print the tokens of each file\n"
          "  --emit=ast       print the syntax tree\n"
          "  --emit=ir        print the verified IR\n",
          out);
    for (int b = 0; b < lime_backend_count; b++)
        for (const EmitForm *f = lime_backends[b]->emits; f && f->name; f++)
            fprintf(out, "  --emit=%-9s %s\n", f->name, f->help);
    StrBuf names = {0};
    for (int b = 0; b < lime_backend_count; b++) sb_printf(&names, "%s%s", b ? "," : "", lime_backends[b]->name);
    StrBuf host = {0};
    for (const char *c = backend_host()->name; *c; c++) sb_putc(&host, (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c));
    fprintf(out,
            "  --target=LIST    devices to build for, of %s (default: all); the\n"
            "                   %s always runs every task\n",
            sb_str(&names), sb_str(&host));
    fputs("  -O0 -O1 -O2 -O3  optimisation level (default -O2)\n"
          "  --help           show this help\n"
          "  --version        show the version\n"
          "\n"
          "Errors are reported as file:line:col: error: message; the exit status\n"
          "is 1 when the program has errors.\n",
          out);
}

/* "a, b, c": every backend's name, or every --emit form's. */
static const char *backend_names(void) {
    StrBuf sb = {0};
    for (int b = 0; b < lime_backend_count; b++) sb_printf(&sb, "%s%s", b ? ", " : "", lime_backends[b]->name);
    return sb_str(&sb);
}

static const char *emit_names(void) {
    StrBuf sb = {0};
    sb_puts(&sb, "tokens, ast, ir");
    for (int b = 0; b < lime_backend_count; b++)
        for (const EmitForm *f = lime_backends[b]->emits; f && f->name; f++) sb_printf(&sb, ", %s", f->name);
    return sb_str(&sb);
}

static bool parse_target(const char *a, Options *o) {
    o->targets = 0;
    for (const char *s = a + 9; *s;) {
        size_t n = strcspn(s, ",");
        const Backend *b = backend_named(s, n);
        if (!b) {
            error_plain("unknown target '%.*s' in '%s' (%s)", (int)n, s, a, backend_names());
            return false;
        }
        for (int i = 0; i < lime_backend_count; i++)
            if (lime_backends[i] == b) o->targets |= 1u << i;
        s += n + (s[n] == ',');
    }
    return true;
}

static bool parse_options(int argc, char **argv, Options *o) {
    o->opt_level = 2;
    o->targets = ~0u;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(a, "--version")) {
            printf("limec %s\n", LIME_VERSION);
            exit(0);
        } else if (!strcmp(a, "-o")) {
            if (i + 1 >= argc) {
                error_plain("missing file name after '-o'");
                return false;
            }
            o->output = argv[++i];
        } else if (!strcmp(a, "--main") || !strncmp(a, "--main=", 7)) {
            if (a[6] == '=') o->main_class = a + 7;
            else if (i + 1 < argc) o->main_class = argv[++i];
            if (!o->main_class || !*o->main_class) {
                error_plain("missing class name after '--main'");
                return false;
            }
        } else if (!strncmp(a, "--emit=", 7)) {
            const char *what = a + 7;
            if (!strcmp(what, "tokens")) o->emit = EMIT_TOKENS;
            else if (!strcmp(what, "ast")) o->emit = EMIT_AST;
            else if (!strcmp(what, "ir")) o->emit = EMIT_IR;
            else if (backend_emit_form(what, NULL)) {
                o->emit = EMIT_BACKEND;
                o->backend_emit = what;
            } else {
                error_plain("unknown --emit kind '%s' (%s)", what, emit_names());
                return false;
            }
        } else if (!strncmp(a, "--target=", 9)) {
            if (!parse_target(a, o)) return false;
        } else if (!strcmp(a, "--check")) {
            o->check_only = true;
        } else if (!strcmp(a, "--explain")) {
            o->explain = true;
        } else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3]) {
            o->opt_level = a[2] - '0';
        } else if (a[0] == '-' && a[1]) {
            error_plain("unknown option '%s' (see limec --help)", a);
            return false;
        } else {
            size_t n = strlen(a);
            bool ok = (n > 5 && !strcmp(a + n - 5, ".lime")) || (n > 5 && !strcmp(a + n - 5, ".java"));
            if (!ok) {
                error_plain("'%s' is not a .lime or .java file", a);
                return false;
            }
            vec_push(&o->inputs, (void *)a);
        }
    }
    if (o->inputs.len == 0) {
        error_plain("no input files (see limec --help)");
        return false;
    }
    return true;
}

static void dump_tokens(FILE *out, Token *toks, int n) {
    for (int i = 0; i < n; i++) {
        Token *t = &toks[i];
        fprintf(out, "%s:%d:%d: %s '%.*s'\n", t->loc.file->name, t->loc.line, t->loc.col,
                token_kind_spelling(t->kind), t->len, t->start);
    }
}

static FILE *open_output(const Options *o) {
    if (!o->output) return stdout;
    FILE *f = fopen(o->output, "w");
    if (!f) error_plain("cannot write '%s'", o->output);
    return f;
}

static int close_output(const Options *o, FILE *f) {
    if (f == stdout) return fflush(stdout) ? 1 : 0;
    if (fclose(f)) {
        error_plain("cannot write '%s'", o->output);
        return 1;
    }
    return 0;
}

/* ir_verify after every IR pass: a failure is the compiler's own. */
static bool verified(IrProgram *ir, const char *what) {
    if (ir_verify(ir)) return true;
    fprintf(stderr, "limec: internal compiler error: the IR verifier rejected %s\n", what);
    return false;
}

int main(int argc, char **argv) {
    Options o = {0};
    if (!parse_options(argc, argv, &o)) return 1;

    Program *prog = xalloc(sizeof *prog);
    FILE *tok_out = NULL;
    if (o.emit == EMIT_TOKENS && !(tok_out = open_output(&o))) return 1;
    for (int i = 0; i < o.inputs.len; i++) {
        SourceFile *f = read_source_file(o.inputs.items[i]);
        if (!f) return 1;
        vec_push(&prog->files, f);
        int ntok;
        Token *toks = tokenize(f, &ntok);
        if (!toks) return 1;
        if (o.emit == EMIT_TOKENS) {
            dump_tokens(tok_out, toks, ntok);
            continue;
        }
        if (!parse_file(prog, f, toks, ntok)) return 1;
    }
    if (o.emit == EMIT_TOKENS) return close_output(&o, tok_out);
    if (!parse_library(prog)) return 2;
    if (o.emit == EMIT_AST) {
        FILE *out = open_output(&o);
        if (!out) return 1;
        dump_ast(out, prog);
        return close_output(&o, out);
    }

    prog->main_choice = o.main_class;
    if (!check_program(prog)) return 1;
    if (o.check_only) return 0;
    if (!choose_main(prog)) return 1;

    IrProgram *ir = lower_program(prog);
    if (!verified(ir, "the lowered program")) return 2;
    ir_prove_bounds(ir);
    if (!verified(ir, "the program after bounds.c")) return 2;
    if (o.explain) {
        explain_tasks(stdout, ir);
        return fflush(stdout) ? 1 : 0;
    }
    if (o.emit == EMIT_IR) {
        FILE *out = open_output(&o);
        if (!out) return 1;
        ir_print_program(out, ir);
        return close_output(&o, out);
    }
    const Backend *owner = NULL;
    const EmitForm *form = o.emit == EMIT_BACKEND ? backend_emit_form(o.backend_emit, &owner) : NULL;
    if (form && form->print) {
        FILE *out = open_output(&o);
        if (!out) return 1;
        form->print(out, ir);
        return close_output(&o, out);
    }
    backends_decide(ir, o.targets);
    if (!prog->main) {
        error_plain("no 'public static void main(String[] args)' method found");
        return 1;
    }
    const Backend *host = form ? owner : backend_host();
    LIME_ASSERT(host->compile);   /* a form without print is its backend's compile's */
    CompileOptions co = {.emit = form ? form->name : NULL, .output = o.output, .opt_level = o.opt_level};
    if (!form && ir->tasks.len && !backends_build(ir, o.output ? o.output : "a.out", &co.manifest_sha256)) return 1;
    return host->compile(ir, &co);
}
