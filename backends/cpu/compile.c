/* compile.c: the CPU backend's driver: target machine for the host, module
 * generation (codegen.c), LLVMVerifyModule, the optimisation pipeline
 * (LLVMRunPasses "default<ON>"), object file emission, and the final link
 * of the object with liblime.a by the system's C compiler driver. */
#include "codegen.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static LLVMTargetMachineRef host_machine(int opt_level) {
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    char *triple = LLVMGetDefaultTargetTriple();
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err)) {
        error_plain("LLVM has no target for %s: %s", triple, err);
        LLVMDisposeMessage(err);
        return NULL;
    }
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    LLVMCodeGenOptLevel level = opt_level == 0 ? LLVMCodeGenLevelNone : opt_level == 1 ? LLVMCodeGenLevelLess
                              : opt_level == 2 ? LLVMCodeGenLevelDefault : LLVMCodeGenLevelAggressive;
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, features, level, LLVMRelocPIC, LLVMCodeModelDefault);
    LLVMDisposeMessage(triple);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    return tm;
}

/* liblime.a: $LIME_RUNTIME_LIB, else PREFIX/lib/liblime.a beside the compiler. */
static const char *runtime_library(void) {
    const char *env = getenv("LIME_RUNTIME_LIB");
    return env && *env ? env : xprintf("%s/lib/liblime.a", limec_prefix());
}

/* Whether out can be written, said as "cannot write 'out': why" when not.
 * Checked before linking, so that the linker's failure never names a
 * temporary file; a file made by the check is removed. */
static bool output_writable(const char *out) {
    bool existed = access(out, F_OK) == 0;
    int fd = open(out, O_WRONLY | O_CREAT, 0777);
    if (fd < 0) {
        error_plain("cannot write '%s': %s", out, strerror(errno));
        return false;
    }
    close(fd);
    if (!existed) unlink(out);
    return true;
}

static int link_executable(const char *obj, const char *out) {
    const char *lib = runtime_library();
    if (access(lib, R_OK) != 0) {
        error_plain("cannot read the runtime library '%s': %s (set LIME_RUNTIME_LIB)", lib, strerror(errno));
        return 1;
    }
    note_dependency(lib);
    const char *cc = getenv("CC");
    if (!cc || !*cc) cc = "cc";
    char *argv[] = {(char *)cc, "-o", (char *)out, (char *)obj, (char *)lib, "-lgc", "-lm", "-lpthread",
                    "-lOpenCL", "-lyaml", "-lcrypto", NULL};
    int rc = run_program(argv, NULL);
    if (rc != 0) {
        error_plain("linking '%s' failed (%s exited with status %d)", out, cc, rc);
        return 1;
    }
    return 0;
}

/* Writes bytes to path ("-": standard output); false after reporting
 * "cannot write 'path': why". */
static bool write_output(const char *path, const char *data, size_t len) {
    bool to_stdout = !strcmp(path, "-");
    FILE *f = to_stdout ? stdout : fopen(path, "wb");
    if (f) {
        bool wrote = fwrite(data, 1, len, f) == len;
        if ((to_stdout ? fflush(f) : fclose(f)) == 0 && wrote) return true;
    }
    error_plain("cannot write '%s': %s", to_stdout ? "standard output" : path, strerror(errno));
    return false;
}

/* Links the object code into the executable out, through a temporary
 * object file in $TMPDIR (never named to the user but as TMPDIR). */
static int link_object(const char *code, size_t size, const char *out) {
    const char *tmpdir = getenv("TMPDIR");
    if (!tmpdir || !*tmpdir) tmpdir = "/tmp";
    char *obj = xprintf("%s/limec-XXXXXX.o", tmpdir);
    int fd = mkstemps(obj, 2);
    if (fd < 0) {
        error_plain("cannot create a temporary file in '%s' (TMPDIR): %s", tmpdir, strerror(errno));
        return 1;
    }
    bool wrote = write(fd, code, size) == (ssize_t)size;
    int saved = errno;
    if (close(fd) != 0 || !wrote) {
        error_plain("cannot write a temporary file in '%s' (TMPDIR): %s", tmpdir, strerror(wrote ? errno : saved));
        unlink(obj);
        return 1;
    }
    int rc = link_executable(obj, out);
    unlink(obj);
    return rc;
}

/* The executable carries the SHA-256 of the manifest written with it, as
 * the NUL-terminated hex string lime_manifest_sha256, which the runtime
 * checks before it trusts the manifest (runtime/manifest.c; the runtime's
 * own definition is weak and empty). */
static void manifest_digest(Codegen *cg, const char *hex) {
    LLVMValueRef init = LLVMConstStringInContext(cg->ctx, hex, (unsigned)strlen(hex), false);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), "lime_manifest_sha256");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, true);
}

int cpu_compile(IrProgram *p, const CompileOptions *o) {
    CpuOutput kind = !o->emit ? CPU_EXECUTABLE : !strcmp(o->emit, "llvm") ? CPU_LLVM_TEXT : CPU_OBJECT;
    LLVMTargetMachineRef tm = host_machine(o->opt_level);
    if (!tm) return 1;
    Codegen cg = {.debug_locals = o->debug};
    cg.ctx = LLVMContextCreate();
    cg.mod = LLVMModuleCreateWithNameInContext("lime", cg.ctx);
    cg.b = LLVMCreateBuilderInContext(cg.ctx);
    cg.td = LLVMCreateTargetDataLayout(tm);
    char *triple = LLVMGetTargetMachineTriple(tm);
    LLVMSetTarget(cg.mod, triple);
    LLVMDisposeMessage(triple);
    LLVMSetModuleDataLayout(cg.mod, cg.td);

    cg_program(&cg, p);
    if (o->manifest_sha256) manifest_digest(&cg, o->manifest_sha256);

    char *msg = NULL;
    if (LLVMVerifyModule(cg.mod, LLVMReturnStatusAction, &msg)) {
        fprintf(stderr, "limec: internal compiler error: LLVM module does not verify:\n%s\n", msg);
        LLVMDisposeMessage(msg);
        return 2;
    }
    LLVMDisposeMessage(msg);

    if (o->opt_level > 0) {
        LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
        LLVMPassBuilderOptionsSetLoopVectorization(opts, 1);
        LLVMPassBuilderOptionsSetSLPVectorization(opts, 1);
        LLVMErrorRef err = LLVMRunPasses(cg.mod, xprintf("default<O%d>", o->opt_level), tm, opts);
        LLVMDisposePassBuilderOptions(opts);
        if (err) {
            char *text = LLVMGetErrorMessage(err);
            fprintf(stderr, "limec: internal compiler error: LLVM passes failed: %s\n", text);
            LLVMDisposeErrorMessage(text);
            return 2;
        }
    }

    if (kind == CPU_LLVM_TEXT) {
        char *text = LLVMPrintModuleToString(cg.mod);
        bool ok = write_output(o->output ? o->output : "-", text, strlen(text));
        LLVMDisposeMessage(text);
        return ok ? 0 : 1;
    }
    LLVMMemoryBufferRef obj = NULL;
    char *err = NULL;
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, cg.mod, LLVMObjectFile, &err, &obj)) {
        fprintf(stderr, "limec: internal compiler error: LLVM cannot emit the object code: %s\n", err);
        LLVMDisposeMessage(err);
        return 2;
    }
    const char *start = LLVMGetBufferStart(obj);
    size_t size = LLVMGetBufferSize(obj);
    if (kind == CPU_OBJECT) return write_output(o->output ? o->output : "a.o", start, size) ? 0 : 1;
    const char *out = o->output ? o->output : "a.out";
    return output_writable(out) ? link_object(start, size, out) : 1;
}
