/* main.c: the limec driver: options, input files, and the stages in order.
 *
 *   read -> tokenize -> parse -> check (+ flow) -> lower -> verify -> emit
 *
 * Exit status: 0 success, 1 the program (or command line) has errors,
 * 2 an internal error (an invariant of the compiler broke). */
#include "front.h"
#include "../backends/backend.h"
#include "../backends/cpu/cpu.h"

#include <stdlib.h>
#include <string.h>

typedef enum Emit { EMIT_NONE, EMIT_TOKENS, EMIT_AST, EMIT_IR, EMIT_LLVM, EMIT_OBJ, EMIT_OPENCL, EMIT_VERILOG } Emit;

typedef struct Options {
    Vec inputs;            /* const char* */
    const char *output;
    Emit emit;
    bool check_only;
    bool explain;
    int opt_level;
    bool target_gpu, target_fpga;   /* --target: build these devices' artifacts */
} Options;

static void usage(FILE *out) {
    fputs("usage: limec [options] file.lime|file.java... [-o prog]\n"
          "\n"
          "Compiles a Lime (or plain Java) program given as one or more source files.\n"
          "\n"
          "options:\n"
          "  -o FILE          write the output to FILE\n"
          "  --check          check the program and stop (no output)\n"
          "  --explain        print every task and which backends accept it\n"
          "  --emit=tokens    print the tokens of each file\n"
          "  --emit=ast       print the syntax tree\n"
          "  --emit=ir        print the verified IR\n"
          "  --emit=llvm      print the optimised LLVM IR\n"
          "  --emit=obj       write the object file (default name a.o)\n"
          "  --emit=opencl    print the OpenCL C of the tasks the GPU backend accepts\n"
          "  --emit=verilog   print the Verilog of the tasks the FPGA backend accepts\n"
          "  --target=LIST    devices to build for, of cpu,gpu,fpga (default: all); the\n"
          "                   CPU always runs every task\n"
          "  -O0 -O1 -O2 -O3  optimisation level (default -O2)\n"
          "  --help           show this help\n"
          "  --version        show the version\n"
          "\n"
          "Errors are reported as file:line:col: error: message; the exit status\n"
          "is 1 when the program has errors.\n",
          out);
}

static bool parse_options(int argc, char **argv, Options *o) {
    o->opt_level = 2;
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
        } else if (!strncmp(a, "--emit=", 7)) {
            const char *what = a + 7;
            if (!strcmp(what, "tokens")) o->emit = EMIT_TOKENS;
            else if (!strcmp(what, "ast")) o->emit = EMIT_AST;
            else if (!strcmp(what, "ir")) o->emit = EMIT_IR;
            else if (!strcmp(what, "llvm")) o->emit = EMIT_LLVM;
            else if (!strcmp(what, "obj")) o->emit = EMIT_OBJ;
            else if (!strcmp(what, "opencl")) o->emit = EMIT_OPENCL;
            else if (!strcmp(what, "verilog")) o->emit = EMIT_VERILOG;
            else {
                error_plain("unknown --emit kind '%s' (tokens, ast, ir, llvm, obj, opencl, verilog)", what);
                return false;
            }
        } else if (!strncmp(a, "--target=", 9)) {
            o->target_gpu = o->target_fpga = false;
            for (const char *s = a + 9; *s;) {
                size_t n = strcspn(s, ",");
                if (n == 3 && !strncmp(s, "cpu", 3)) {
                } else if (n == 3 && !strncmp(s, "gpu", 3)) o->target_gpu = true;
                else if (n == 4 && !strncmp(s, "fpga", 4)) o->target_fpga = true;
                else {
                    error_plain("unknown target '%.*s' in '%s' (cpu, gpu, fpga)", (int)n, s, a);
                    return false;
                }
                s += n + (s[n] == ',');
            }
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

int main(int argc, char **argv) {
    Options o = {.target_gpu = true, .target_fpga = true};
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
    if (o.emit == EMIT_AST) {
        FILE *out = open_output(&o);
        if (!out) return 1;
        dump_ast(out, prog);
        return close_output(&o, out);
    }

    if (!check_program(prog)) return 1;
    if (o.check_only) return 0;

    IrProgram *ir = lower_program(prog);
    if (!ir_verify(ir)) {
        fputs("limec: internal compiler error: the IR verifier rejected the lowered program\n", stderr);
        return 2;
    }
    ir_prove_bounds(ir);
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
    if (o.emit == EMIT_OPENCL) {
        FILE *out = open_output(&o);
        if (!out) return 1;
        print_opencl(out, ir);
        return close_output(&o, out);
    }
    if (o.emit == EMIT_VERILOG) {
        FILE *out = open_output(&o);
        if (!out) return 1;
        print_verilog(out, ir);
        return close_output(&o, out);
    }
    decide_tasks(ir, o.target_gpu, o.target_fpga);
    if (!prog->main) {
        error_plain("no 'public static void main(String[] args)' method found");
        return 1;
    }
    CpuOptions cpu = {
        .output_kind = o.emit == EMIT_LLVM ? CPU_LLVM_TEXT : o.emit == EMIT_OBJ ? CPU_OBJECT : CPU_EXECUTABLE,
        .output = o.output,
        .opt_level = o.opt_level,
        .argv0 = argv[0],
    };
    if (cpu.output_kind == CPU_EXECUTABLE && ir->tasks.len && !write_artifacts(ir, o.output ? o.output : "a.out"))
        return 1;
    return cpu_compile(ir, &cpu);
}
