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

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* What the front end prints; a backend's form goes by its name. */
typedef enum FrontEmit { EMIT_NONE, EMIT_TOKENS, EMIT_AST, EMIT_IR, EMIT_BACKEND } FrontEmit;

/* The output "-": standard output (textual forms and objects only). */
#define STDOUT_PATH "-"

typedef struct Options {
    Vec inputs;            /* const char*; "-" is standard input */
    const char *output;    /* -o; NULL: the form's default */
    const char *main_class;     /* --main */
    FrontEmit emit;
    const char *backend_emit;   /* EMIT_BACKEND: the form's name */
    bool check_only;
    bool explain;
    bool debug;            /* -g */
    bool compile_only;     /* -c: the object file */
    int opt_level;
    unsigned targets;      /* --target: bit b builds backend b's artifacts */
    bool depfile;          /* -MD, -MMD (or -MF): write a depfile */
    bool phony_deps;       /* -MP: a phony rule for each file besides the target's */
    const char *depfile_path;   /* -MF; NULL: the output's name with .d */
    const char *dep_target;     /* -MT; NULL: the output's name */
    const char *header;    /* --header: a library's C header (--emit=lib) */
} Options;

static void usage(FILE *out) {
    fputs("usage: limec [options] file.lime|file.java|-... [-o FILE]\n"
          "\n"
          "Compiles a Lime (or plain Java) program given as one or more source files\n"
          "('-' reads one from standard input; '--' ends the options).\n"
          "\n"
          "options:\n"
          "  -o FILE, --output=FILE\n"
          "                   write the output to FILE ('-': standard output, for every\n"
          "                   printed form and -c)\n"
          "  -c               write an object file (default name: the first source's,\n"
          "                   with .o)\n"
          "  -g               debug information: every method's parameters and locals\n"
          "                   (DWARF line tables are always there)\n"
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
            "                   %s always runs every task; by default FPGA designs\n"
            "                   larger than the largest part are not built\n"
            "                   ($LIME_FPGA_MAX_CELLS), naming fpga builds them\n",
            sb_str(&names), sb_str(&host));
    fputs("  -O0 -O1 -O2 -O3  optimisation level (default -O2; -O is -O1)\n"
          "  -MD, -MMD        also write a depfile (make syntax) naming every file read\n"
          "  -MP              and in it an empty rule for each file (make then copes\n"
          "                   with a deleted one)\n"
          "  -MF FILE         the depfile's name (default: the output's, with .d)\n"
          "  -MT TARGET       the depfile's target (default: the output)\n"
          "  --header=FILE    --emit=lib: the C header's name\n"
          "  --fpga-part=PART place and route each FPGA task on an iCE40 part (up5k,\n"
          "                   hx8k) with nextpnr: the real clock, a bitstream\n"
          "  -h, --help       show this help\n"
          "  --version        show the version, and those of LLVM, OpenCL, Yosys and\n"
          "                   Verilator limec was built with and finds\n"
          "  --cache-clean    empty the cache of FPGA models ($LIME_CACHE_MAX bounds it)\n"
          "\n"
          "Errors are reported as file:line:col: error: message (columns count\n"
          "characters). Exit status: 0 success, 1 the program or the command line has\n"
          "errors, 2 an internal compiler error.\n"
          "\n"
          "The programs it builds read LIME_DEVICE=auto|cpu|gpu|gpu:N|gpu:NAME|fpga (where\n"
          "tasks run), LIME_DEVICE_TASK=ID:DEVICE,... (a device per task, ids as --explain\n"
          "shows them, DEVICE as LIME_DEVICE: 3:cpu,5:gpu:1), LIME_LOG=1 and more: see\n"
          "limec(1).\n",
          out);
}

static void print_versions(void) {
    printf("limec %s\n", LIME_VERSION);
    for (int b = 0; b < lime_backend_count; b++)
        if (lime_backends[b]->versions) lime_backends[b]->versions(stdout);
}

/* --cache-clean: every backend's cache emptied */
static bool clean_caches(void) {
    bool ok = true;
    for (int b = 0; b < lime_backend_count; b++)
        if (lime_backends[b]->cache_clean) ok &= lime_backends[b]->cache_clean(stdout);
    return ok;
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

static bool parse_target(const char *list, Options *o) {
    o->targets = 0;
    for (const char *s = list; *s;) {
        size_t n = strcspn(s, ",");
        const Backend *b = backend_named(s, n);
        if (!b) {
            error_plain("unknown target '%.*s' in '--target=%s' (%s)", (int)n, s, list, backend_names());
            return false;
        }
        for (int i = 0; i < lime_backend_count; i++)
            if (lime_backends[i] == b) o->targets |= 1u << i;
        s += n + (s[n] == ',');
    }
    return true;
}

static bool parse_emit(const char *what, Options *o) {
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
    return true;
}

/* -O, -O0 .. -O3 (arg: what follows the O, NULL for -O alone) */
static bool parse_opt_level(const char *arg, Options *o) {
    if (!arg) {
        o->opt_level = 1;
        return true;
    }
    if (arg[0] >= '0' && arg[0] <= '3' && !arg[1]) {
        o->opt_level = arg[0] - '0';
        return true;
    }
    error_plain("unknown optimisation level '-O%s' (-O0, -O1, -O2, -O3)", arg);
    return false;
}

static bool add_input(const char *a, Options *o) {
    size_t n = strlen(a);
    bool source = (n > 5 && !strcmp(a + n - 5, ".lime")) || (n > 5 && !strcmp(a + n - 5, ".java"));
    if (strcmp(a, "-") && !source) {
        error_plain("'%s' is not a .lime or .java file", a);
        return false;
    }
    for (int i = 0; i < o->inputs.len; i++)
        if (!strcmp(a, "-") && !strcmp(o->inputs.items[i], "-")) {
            error_plain("standard input ('-') is given twice");
            return false;
        }
    vec_push(&o->inputs, (void *)a);
    return true;
}

/* gcc's depfile options -MD, -MMD, -MP, -MF, -MT as getopt_long's --MD,
 * --MMD, --MP, --MF=, --MT= (the arguments of -MF and -MT joined or
 * separate); nothing after "--" changes. */
static char **gcc_style_args(int argc, char **argv) {
    char **out = xalloc(sizeof(char *) * (size_t)(argc + 1));
    bool options_ended = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) options_ended = true;
        bool flag = !strcmp(a, "-MD") || !strcmp(a, "-MMD") || !strcmp(a, "-MP");
        bool with_arg = a[0] == '-' && a[1] == 'M' && (a[2] == 'F' || a[2] == 'T');
        if (options_ended || i == 0 || !(flag || with_arg)) out[i] = argv[i];
        else if (flag || !a[3]) out[i] = xprintf("-%s", a);
        else out[i] = xprintf("--M%c=%s", a[2], a + 3);
    }
    return out;
}

enum {
    OPT_MAIN = 256, OPT_EMIT, OPT_TARGET, OPT_CHECK, OPT_EXPLAIN, OPT_VERSION, OPT_MD, OPT_MP, OPT_MF, OPT_MT,
    OPT_CACHE_CLEAN, OPT_HEADER, OPT_FPGA_PART,
};

static const struct option long_options[] = {
    {"output", required_argument, NULL, 'o'},
    {"help", no_argument, NULL, 'h'},
    {"main", required_argument, NULL, OPT_MAIN},
    {"emit", required_argument, NULL, OPT_EMIT},
    {"target", required_argument, NULL, OPT_TARGET},
    {"check", no_argument, NULL, OPT_CHECK},
    {"explain", no_argument, NULL, OPT_EXPLAIN},
    {"version", no_argument, NULL, OPT_VERSION},
    {"cache-clean", no_argument, NULL, OPT_CACHE_CLEAN},
    {"header", required_argument, NULL, OPT_HEADER},
    {"fpga-part", required_argument, NULL, OPT_FPGA_PART},
    {"MD", no_argument, NULL, OPT_MD},
    {"MMD", no_argument, NULL, OPT_MD},   /* no system files to leave out: -MD */
    {"MP", no_argument, NULL, OPT_MP},
    {"MF", required_argument, NULL, OPT_MF},
    {"MT", required_argument, NULL, OPT_MT},
    {NULL, 0, NULL, 0},
};

/* The option as the user wrote it, for a message about it. */
static const char *option_text(char **argv, int opt) {
    if (optopt && optopt < 256 && opt != ':') return xprintf("-%c", optopt);
    const char *a = argv[optind - 1];
    if (!strncmp(a, "--M", 3)) return a + 1;   /* gcc_style_args made it */
    return a;
}

/* One option of getopt_long's; false after reporting an error. */
static bool apply_option(int c, const char *arg, char **argv, Options *o) {
    switch (c) {
    case 'h':
        usage(stdout);
        exit(0);
    case OPT_VERSION:
        print_versions();
        exit(0);
    case OPT_CACHE_CLEAN:
        exit(clean_caches() ? 0 : 1);
    case 'o':
        o->output = arg;
        return true;
    case 'c':
        o->compile_only = true;
        return true;
    case 'g':
        o->debug = true;
        return true;
    case 'O':
        return parse_opt_level(arg, o);
    case OPT_MAIN:
        o->main_class = arg;
        if (*arg) return true;
        error_plain("missing class name after '--main'");
        return false;
    case OPT_EMIT:
        return parse_emit(arg, o);
    case OPT_TARGET:
        return parse_target(arg, o);
    case OPT_CHECK:
        o->check_only = true;
        return true;
    case OPT_EXPLAIN:
        o->explain = true;
        return true;
    case OPT_MD:
        o->depfile = true;
        return true;
    case OPT_MP:
        o->phony_deps = true;
        return true;
    case OPT_MF:
        o->depfile = true;
        o->depfile_path = arg;
        return true;
    case OPT_MT:
        o->dep_target = arg;
        return true;
    case OPT_HEADER:
        o->header = arg;
        return true;
    case OPT_FPGA_PART:
        setenv("LIME_FPGA_PART", arg, 1); /* the FPGA backend's build reads it (and checks it) */
        return true;
    case ':':
        error_plain("missing argument after '%s'", option_text(argv, c));
        return false;
    default:
        error_plain("unknown option '%s' (see limec --help)", option_text(argv, c));
        return false;
    }
}

/* The --emit= form asked for ("ir"), NULL for none. */
static const char *emit_form_name(const Options *o) {
    switch (o->emit) {
    case EMIT_NONE: return NULL;
    case EMIT_TOKENS: return "tokens";
    case EMIT_AST: return "ast";
    case EMIT_IR: return "ir";
    case EMIT_BACKEND: return o->backend_emit;
    }
    LIME_UNREACHABLE();
}

/* Whether the output is a static library for C (--emit=lib). */
static bool writes_library(const Options *o) { return o->emit == EMIT_BACKEND && !strcmp(o->backend_emit, "lib"); }

/* -c is --emit=obj (or --emit=lib: a library is compiled, never linked);
 * with another --emit= it is an error. */
static bool compile_only_as_obj(Options *o) {
    const char *form = emit_form_name(o);
    if (writes_library(o)) return true;
    if (form && strcmp(form, "obj")) {
        error_plain("'-c' (an object file) and '--emit=%s' ask for different outputs", form);
        return false;
    }
    o->emit = EMIT_BACKEND;
    o->backend_emit = "obj";
    return true;
}

static bool parse_options(int argc, char **argv, Options *o) {
    o->opt_level = 2;
    o->targets = ~0u;
    argv = gcc_style_args(argc, argv);
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":o:cgO::h", long_options, NULL)) != -1) {
        if (!apply_option(c, optarg, argv, o)) return false;
        optopt = 0;
    }
    for (int i = optind; i < argc; i++)
        if (!add_input(argv[i], o)) return false;
    if (o->inputs.len == 0) {
        error_plain("no input files (see limec --help)");
        return false;
    }
    return !o->compile_only || compile_only_as_obj(o);
}

/* ---- outputs ----------------------------------------------------------- */

/* Whether the run writes an executable (not a printed form, not -c). */
static bool writes_executable(const Options *o) { return o->emit == EMIT_NONE && !o->check_only && !o->explain; }

/* The file's name without its directory and last extension: "a" for
 * "src/a.lime"; "a" for standard input. */
static const char *stem(const char *path) {
    if (!strcmp(path, "-")) return "a";
    const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    return dot && dot != base ? xstrndup(base, (size_t)(dot - base)) : base;
}

/* What -o names, or the default: a.out, SOURCE.o for -c, standard output
 * for a printed form, NULL for --check and --explain (nothing written). */
static const char *output_path(const Options *o) {
    if (o->output) return o->output;
    if (o->check_only || o->explain) return NULL;
    if (writes_executable(o)) return "a.out";
    if (writes_library(o)) return xprintf("lib%s.a", stem(o->inputs.items[0]));
    if (o->compile_only) return xprintf("%s.o", stem(o->inputs.items[0]));
    if (o->emit == EMIT_BACKEND && !strcmp(o->backend_emit, "obj")) return "a.o";
    return STDOUT_PATH;
}

/* Whether two paths name one existing file. */
static bool same_file(const char *a, const char *b) {
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* An output that is one of the inputs is refused before anything is written. */
static bool output_not_an_input(const char *out, const char *what, const Options *o) {
    if (!out || !strcmp(out, STDOUT_PATH)) return true;
    for (int i = 0; i < o->inputs.len; i++) {
        const char *in = o->inputs.items[i];
        if (strcmp(in, "-") && (same_file(out, in) || !strcmp(out, in))) {
            error_plain("%s '%s' is the input '%s'; refusing to overwrite it", what, out, in);
            return false;
        }
    }
    return true;
}

static const char *depfile_path(const Options *o, const char *out) {
    if (o->depfile_path) return o->depfile_path;
    const char *slash = strrchr(out, '/'), *dot = strrchr(out, '.');
    size_t keep = dot && dot > (slash ? slash + 1 : out) ? (size_t)(dot - out) : strlen(out);
    return xprintf("%.*s.d", (int)keep, out);
}

/* The combinations of outputs that cannot work, before any work is done. */
/* Whether the folder a file is to be written in exists (checked before
 * anything is built, so that a build that makes an artifacts folder beside
 * the output does not create the missing folders on its way). */
static bool folder_exists_for(const char *path) {
    if (!path || !strcmp(path, STDOUT_PATH)) return true;
    const char *slash = strrchr(path, '/');
    if (!slash) return true;
    char *dir = slash == path ? xstrdup("/") : xprintf("%.*s", (int)(slash - path), path);
    struct stat st;
    int why = stat(dir, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
    if (why) error_plain("cannot write '%s': %s", path, strerror(why));
    return why == 0;
}

static bool outputs_valid(Options *o) {
    const char *out = output_path(o);
    if (!folder_exists_for(out) || !folder_exists_for(o->header)) return false;
    if (out && !strcmp(out, STDOUT_PATH) && writes_executable(o)) {
        error_plain("cannot write an executable to standard output ('-o -'); use -c or --emit= for that");
        return false;
    }
    if (out && !strcmp(out, STDOUT_PATH) && writes_library(o)) {
        error_plain("cannot write a library to standard output ('-o -'): it comes with a header and artifacts");
        return false;
    }
    if (o->header && !writes_library(o)) {
        error_plain("'--header=%s' goes with --emit=lib (a library's C header)", o->header);
        return false;
    }
    if (o->header && !output_not_an_input(o->header, "the header", o)) return false;
    if (o->depfile) {
        if (!out) {
            error_plain("-MD needs an output: --check and --explain write none");
            return false;
        }
        if (!strcmp(out, STDOUT_PATH) && (!o->depfile_path || !o->dep_target)) {
            error_plain("-MD with the output on standard output needs -MF FILE and -MT TARGET");
            return false;
        }
        o->depfile_path = depfile_path(o, out);
        if (!o->dep_target) o->dep_target = out;
        if (!output_not_an_input(o->depfile_path, "the depfile", o)) return false;
    }
    return output_not_an_input(out, "the output", o);
}

static FILE *open_output(const Options *o) {
    const char *path = output_path(o);
    if (!strcmp(path, STDOUT_PATH)) return stdout;
    FILE *f = fopen(path, "w");
    if (!f) error_plain("cannot write '%s': %s", path, strerror(errno));
    return f;
}

static int close_output(const Options *o, FILE *f) {
    const char *path = f == stdout ? "standard output" : output_path(o);
    int failed = f == stdout ? fflush(stdout) : fclose(f);
    if (!failed) return 0;
    error_plain("cannot write '%s': %s", path, strerror(errno));
    return 1;
}

/* ---- depfile ------------------------------------------------------------- */

/* A path as make reads it in a rule: spaces and '#' escaped, '$' doubled. */
static void put_make_path(StrBuf *sb, const char *path) {
    for (const char *c = path; *c; c++) {
        if (*c == ' ' || *c == '#' || *c == '\\') sb_putc(sb, '\\');
        else if (*c == '$') sb_putc(sb, '$');
        sb_putc(sb, *c);
    }
}

/* Every file the output depends on: the sources given (not standard
 * input), then what the backends noted. */
static Vec depfile_inputs(const Options *o) {
    Vec files = {0};
    for (int i = 0; i < o->inputs.len; i++)
        if (strcmp(o->inputs.items[i], "-")) vec_push(&files, o->inputs.items[i]);
    const Vec *more = noted_dependencies();
    for (int i = 0; i < more->len; i++) vec_push(&files, more->items[i]);
    return files;
}

/* "TARGET: file..." in make's syntax, one file a line; with -MP then
 * "file:" for each. */
static bool write_depfile(const Options *o) {
    Vec files = depfile_inputs(o);
    StrBuf sb = {0};
    put_make_path(&sb, o->dep_target);
    sb_putc(&sb, ':');
    for (int i = 0; i < files.len; i++) {
        sb_puts(&sb, " \\\n  ");
        put_make_path(&sb, files.items[i]);
    }
    sb_putc(&sb, '\n');
    for (int i = 0; o->phony_deps && i < files.len; i++) {
        sb_putc(&sb, '\n');
        put_make_path(&sb, files.items[i]);
        sb_puts(&sb, ":\n");
    }
    return write_text_file(o->depfile_path, sb_str(&sb));
}

static void dump_tokens(FILE *out, Token *toks, int n) {
    for (int i = 0; i < n; i++) {
        Token *t = &toks[i];
        fprintf(out, "%s:%d:%d: %s '%.*s'\n", t->loc.file->name, t->loc.line, t->loc.col,
                token_kind_spelling(t->kind), t->len, t->start);
    }
}

/* ir_verify after every IR pass: a failure is the compiler's own. */
static bool verified(IrProgram *ir, const char *what) {
    if (ir_verify(ir)) return true;
    fprintf(stderr, "limec: internal compiler error: the IR verifier rejected %s\n", what);
    return false;
}

/* Which backends accepted which task before the builds: [task * count + backend] */
static bool *accepted_verdicts(IrProgram *ir) {
    bool *a = xalloc(sizeof(bool) * (size_t)(ir->tasks.len * lime_backend_count + 1));
    for (int t = 0; t < ir->tasks.len; t++)
        for (int b = 0; b < lime_backend_count; b++)
            a[t * lime_backend_count + b] = task_verdict(ir->tasks.items[t], lime_backends[b])->accepted;
    return a;
}

/* A device named by --target must build what it accepted: a build that
 * failed (the backend said why, as a warning) is then an error, and
 * nothing is linked.  Without --target a failed build only warns: the
 * CPU runs the task. */
static bool builds_met(IrProgram *ir, unsigned targets, const bool *accepted) {
    bool met = true;
    for (int t = 0; t < ir->tasks.len; t++) {
        IrTask *task = ir->tasks.items[t];
        for (int b = 0; b < lime_backend_count; b++) {
            const Backend *be = lime_backends[b];
            if (!(targets & (1u << b)) || !accepted[t * lime_backend_count + b] || task_verdict(task, be)->accepted)
                continue;
            error_plain("--target names %s, and its build of %s failed (the warning above says why)", be->name,
                        task->name);
            met = false;
        }
    }
    return met;
}

/* The stages in order; the exit status. */
static int compile(Options *o) {
    Program *prog = xalloc(sizeof *prog);
    FILE *tok_out = NULL;
    if (o->emit == EMIT_TOKENS && !(tok_out = open_output(o))) return 1;
    for (int i = 0; i < o->inputs.len; i++) {
        SourceFile *f = read_source_file(o->inputs.items[i]);
        if (!f) return 1;
        vec_push(&prog->files, f);
        int ntok;
        Token *toks = tokenize(f, &ntok);
        if (!toks) return 1;
        if (o->emit == EMIT_TOKENS) {
            if (!report_lex_errors(toks, ntok)) return 1;
            dump_tokens(tok_out, toks, ntok);
            continue;
        }
        if (!parse_file(prog, f, toks, ntok)) return 1;
    }
    if (o->emit == EMIT_TOKENS) return close_output(o, tok_out);
    if (!parse_library(prog)) return 2;
    if (o->emit == EMIT_AST) {
        FILE *out = open_output(o);
        if (!out) return 1;
        dump_ast(out, prog);
        return close_output(o, out);
    }

    prog->main_choice = o->main_class;
    prog->exports_to_c = writes_library(o);
    if (!check_program(prog)) return 1;
    if (o->check_only) return 0;
    if (prog->exports_to_c) prog->main = NULL;   /* a library's callers are C's: no entry point */
    else if (!choose_main(prog)) return 1;

    IrProgram *ir = lower_program(prog);
    if (!verified(ir, "the lowered program")) return 2;
    ir_prove_bounds(ir);
    if (!verified(ir, "the program after bounds.c")) return 2;
    if (o->explain) {
        explain_tasks(stdout, ir);
        return fflush(stdout) ? 1 : 0;
    }
    if (o->emit == EMIT_IR) {
        FILE *out = open_output(o);
        if (!out) return 1;
        ir_print_program(out, ir);
        return close_output(o, out);
    }
    const Backend *owner = NULL;
    const EmitForm *form = o->emit == EMIT_BACKEND ? backend_emit_form(o->backend_emit, &owner) : NULL;
    if (form && form->print) {
        FILE *out = open_output(o);
        if (!out) return 1;
        form->print(out, ir);
        return close_output(o, out);
    }
    backends_decide(ir, o->targets);
    if (!prog->main && !prog->exports_to_c) {
        error_plain("no 'public static void main(String[] args)' method found");
        return 1;
    }
    const Backend *host = form ? owner : backend_host();
    LIME_ASSERT(host->compile);   /* a form without print is its backend's compile's */
    const char *out = output_path(o);
    CompileOptions co = {.emit = form ? form->name : NULL, .output = out, .opt_level = o->opt_level, .debug = o->debug,
                         .header = o->header};
    bool *accepted = accepted_verdicts(ir);
    bool with_artifacts = !form || writes_library(o);   /* an executable or a library: devices run its tasks */
    if (with_artifacts && ir->tasks.len && !backends_build(ir, out, &co.manifest_sha256)) return 1;
    if (o->targets != ~0u && !builds_met(ir, o->targets, accepted)) return 1;
    return host->compile(ir, &co);
}

int main(int argc, char **argv) {
    Options o = {0};
    int status = parse_options(argc, argv, &o) && outputs_valid(&o) && backends_check_settings() ? compile(&o) : 1;
    if (status == 0 && o.depfile && !write_depfile(&o)) status = 1;
    diag_finish();
    return status;
}
