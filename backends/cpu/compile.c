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
#include <libgen.h>
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

/* liblime.a: $LIME_RUNTIME_LIB, else ../lib/liblime.a beside the compiler. */
static const char *runtime_library(void) {
    const char *env = getenv("LIME_RUNTIME_LIB");
    if (env && *env) return env;
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return NULL;
    self[n] = 0;
    const char *lib = xprintf("%s/../lib/liblime.a", dirname(self));
    return access(lib, R_OK) == 0 ? lib : NULL;
}

static int link_executable(const char *obj, const char *out) {
    const char *lib = runtime_library();
    if (!lib) {
        error_plain("cannot find the runtime library liblime.a (set LIME_RUNTIME_LIB)");
        return 1;
    }
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
    Codegen cg = {0};
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
        FILE *f = o->output ? fopen(o->output, "w") : stdout;
        if (!f) {
            error_plain("cannot write '%s'", o->output);
            return 1;
        }
        fputs(text, f);
        LLVMDisposeMessage(text);
        if (f != stdout) fclose(f);
        return 0;
    }

    const char *out = o->output ? o->output : (kind == CPU_OBJECT ? "a.o" : "a.out");
    const char *obj = kind == CPU_OBJECT ? out : xprintf("%s.o.tmp", out);
    char *err = NULL;
    if (LLVMTargetMachineEmitToFile(tm, cg.mod, (char *)obj, LLVMObjectFile, &err)) {
        error_plain("cannot write '%s': %s", obj, err);
        LLVMDisposeMessage(err);
        return 1;
    }
    if (kind == CPU_OBJECT) return 0;
    int rc = link_executable(obj, out);
    unlink(obj);
    return rc;
}
