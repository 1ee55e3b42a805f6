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

/* Whether backend b has a runtime device and accepted a task of p: the
 * program then offers tasks to that device, which its link must hold. */
static bool device_used(IrProgram *p, const Backend *b) {
    if (!b->runtime_device) return false;
    for (int t = 0; t < p->tasks.len; t++)
        if (task_verdict(p->tasks.items[t], b)->accepted) return true;
    return false;
}

/* The libraries the program's devices need besides liblime's own (the
 * collector, libm, threads): each used device's own (-lOpenCL), and
 * libyaml and libcrypto (the manifest and its checks) for a program with
 * tasks (every task asks the runtime, which reads the manifest to run it
 * on a device or to say why not); none for a program without tasks. */
static void add_device_libraries(IrProgram *p, Vec *libs) {
    for (int b = 0; b < lime_backend_count; b++)
        if (device_used(p, lime_backends[b]) && lime_backends[b]->runtime_libs)
            vec_push(libs, (void *)lime_backends[b]->runtime_libs);
    if (p->tasks.len) {
        vec_push(libs, "-lyaml");
        vec_push(libs, "-lcrypto");
    }
}

/* The same as one string: " -lOpenCL -lyaml -lcrypto" or "". */
static const char *device_libraries(IrProgram *p) {
    Vec libs = {0};
    add_device_libraries(p, &libs);
    StrBuf sb = {0};
    sb_puts(&sb, "");
    for (int i = 0; i < libs.len; i++) sb_printf(&sb, " %s", (const char *)libs.items[i]);
    return sb_str(&sb);
}

/* lime_links_NAME_device: a reference to the backend's runtime device
 * (liblime's lime_rt_NAME_device) for each device a task may run on, which
 * brings that device (and only the used ones) into the link
 * (runtime/devices.c holds weak references). */
static void link_used_devices(Codegen *cg, IrProgram *p) {
    for (int b = 0; b < lime_backend_count; b++) {
        if (!device_used(p, lime_backends[b])) continue;
        const char *name = lime_backends[b]->name;
        LLVMValueRef device = LLVMAddGlobal(cg->mod, LLVMInt8TypeInContext(cg->ctx), lime_backends[b]->runtime_device);
        LLVMValueRef ref = LLVMAddGlobal(cg->mod, cg_ptr_type(cg), xprintf("lime_links_%s_device", name));
        LLVMSetInitializer(ref, device);
        LLVMSetGlobalConstant(ref, true);
        LLVMSetLinkage(ref, LLVMWeakAnyLinkage);
    }
}

static int link_executable(IrProgram *p, const char *obj, const char *out) {
    const char *lib = runtime_library();
    if (access(lib, R_OK) != 0) {
        error_plain("cannot read the runtime library '%s': %s (set LIME_RUNTIME_LIB)", lib, strerror(errno));
        return 1;
    }
    note_dependency(lib);
    const char *cc = getenv("CC");
    if (!cc || !*cc) cc = "cc";
    Vec argv = {0};
    const char *const head[] = {cc, "-o", out, obj, lib, "-lgc", "-lm", "-lpthread"};
    for (size_t i = 0; i < sizeof head / sizeof head[0]; i++) vec_push(&argv, (void *)head[i]);
    add_device_libraries(p, &argv);
    vec_push(&argv, NULL);
    int rc = run_program((char *const *)argv.items, NULL);
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

/* The object code as the file DIR/NAME.o in a new folder of $TMPDIR
 * (never named to the user but as TMPDIR); NULL after reporting why. */
static char *temp_object(const char *code, size_t size, const char *name) {
    const char *tmpdir = getenv("TMPDIR");
    if (!tmpdir || !*tmpdir) tmpdir = "/tmp";
    char *dir = xprintf("%s/limec-XXXXXX", tmpdir);
    if (!mkdtemp(dir)) {
        error_plain("cannot create a temporary folder in '%s' (TMPDIR): %s", tmpdir, strerror(errno));
        return NULL;
    }
    char *obj = xprintf("%s/%s.o", dir, name);
    int fd = open(obj, O_WRONLY | O_CREAT | O_EXCL, 0600);
    bool wrote = fd >= 0 && write(fd, code, size) == (ssize_t)size;
    int saved = errno;
    if (fd < 0 || close(fd) != 0 || !wrote) {
        error_plain("cannot write a temporary file in '%s' (TMPDIR): %s", tmpdir, strerror(wrote ? errno : saved));
        unlink(obj);
        rmdir(dir);
        return NULL;
    }
    return obj;
}

static void remove_temp_object(char *obj) {
    unlink(obj);
    *strrchr(obj, '/') = '\0';
    rmdir(obj);
}

/* Links the object code into the executable out. */
static int link_object(IrProgram *p, const char *code, size_t size, const char *out) {
    char *obj = temp_object(code, size, "lime");
    if (!obj) return 1;
    int rc = link_executable(p, obj, out);
    remove_temp_object(obj);
    return rc;
}

/* The library's name without its folder, "lib" and extension: "kernels"
 * for "build/libkernels.a". */
static const char *library_stem(const char *out) {
    const char *base = strrchr(out, '/') ? strrchr(out, '/') + 1 : out;
    if (!strncmp(base, "lib", 3) && base[3] && base[3] != '.') base += 3;
    const char *dot = strrchr(base, '.');
    return dot && dot != base ? xstrndup(base, (size_t)(dot - base)) : base;
}

/* libkernels.a's header: kernels.h in its folder */
static const char *default_header(const char *out) {
    const char *slash = strrchr(out, '/');
    return xprintf("%.*s%s.h", slash ? (int)(slash - out + 1) : 0, out, library_stem(out));
}

/* The static library out: a fresh archive of one member, STEM.o. */
static int archive_object(const char *code, size_t size, const char *out) {
    char *obj = temp_object(code, size, library_stem(out));
    if (!obj) return 1;
    const char *ar = getenv("AR");
    if (!ar || !*ar) ar = "ar";
    unlink(out);   /* `ar r` would keep an old archive's other members */
    char *argv[] = {(char *)ar, "rcs", (char *)out, obj, NULL};
    int rc = run_program(argv, NULL);
    remove_temp_object(obj);
    if (rc == 0) return 0;
    error_plain("making the library '%s' failed (%s exited with status %d)", out, ar, rc);
    return 1;
}

/* The artifacts folder limec wrote beside the library (absolute: the
 * library may be linked from anywhere), NULL when there is none. */
static const char *library_artifacts(const char *out) {
    char *real = realpath(xprintf("%s.artifacts", out), NULL);
    return real ? xstrdup(real) : NULL;
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
    CpuOutput kind = !o->emit ? CPU_EXECUTABLE : !strcmp(o->emit, "llvm") ? CPU_LLVM_TEXT
                   : !strcmp(o->emit, "lib") ? CPU_LIBRARY : CPU_OBJECT;
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

    if (kind == CPU_LIBRARY) cg_library_begin(&cg);
    cg_program(&cg, p);
    if (o->manifest_sha256) manifest_digest(&cg, o->manifest_sha256);
    link_used_devices(&cg, p);
    void *exports = NULL;
    if (kind == CPU_LIBRARY && !(exports = cg_exports(&cg, p, o->manifest_sha256 ? library_artifacts(o->output) : NULL)))
        return 1;

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
    if (kind == CPU_LIBRARY) {
        const char *header = o->header ? o->header : default_header(o->output);
        if (!output_writable(o->output) || !output_writable(header)) return 1;   /* neither written otherwise */
        if (archive_object(start, size, o->output)) return 1;
        return cpu_write_header(p, exports, header, o->output, device_libraries(p)) ? 0 : 1;
    }
    const char *out = o->output ? o->output : "a.out";
    return output_writable(out) ? link_object(p, start, size, out) : 1;
}
