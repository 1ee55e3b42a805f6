/* front.c: the libFuzzer target over limec's front end (scripts/fuzz.sh
 * builds it with clang-15 -fsanitize=fuzzer,address,undefined).
 *
 * One input is one Java/Lime source file, in memory.  It is tokenized,
 * parsed, checked (flow too), given a main, lowered, verified, bounds-proved
 * and verified again, as `limec` does before any backend.  A user error is
 * a normal end; a crash, a sanitizer report, an internal compiler error
 * (LIME_ASSERT aborts), an IR the verifier rejects, or a run of more than
 * FUZZ_HANG_S seconds of CPU time (default 10) is a finding: the target aborts, so that
 * libFuzzer keeps the input as crash-*.
 *
 * The compiler keeps global state and never frees (src/util.c), so each
 * input runs in a forked child of a process that parsed the library once
 * (LLVMFuzzerInitialize): a fresh compiler for every input at the cost of a
 * fork.  The parent must stay single-threaded (a fork while another thread
 * holds the allocator's lock leaves the child stuck): scripts/fuzz.sh runs
 * libFuzzer with -rss_limit_mb=0, which starts no RSS thread.  The child's coverage reaches libFuzzer because the coverage
 * counters (the section __sancov_cntrs, which pad_first.c and pad_last.c
 * bracket with a page each, so that its whole pages hold nothing else) are
 * remapped shared between the parent and its children before the first
 * fork.  The
 * child's stderr goes to a memfd that the parent copies out only for a
 * finding. */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "front_once.h"

extern uint8_t __start___sancov_cntrs[], __stop___sancov_cntrs[];

static Program *library; /* the library, parsed once; each child adds its input */
static int hang_s = 10;

/* Sanitizer reports end the child with SIGABRT, which the parent sees. */
const char *__asan_default_options(void) { return "abort_on_error=1:detect_leaks=0"; }
const char *__ubsan_default_options(void) { return "halt_on_error=1:abort_on_error=1:print_stacktrace=1"; }

static void die(const char *what) {
    perror(what);
    exit(1);
}

/* The coverage counters, shared with every child from now on. */
static void share_counters(void) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    /* pad_first's page starts the section; pad_last's page ends it, so the
     * last page boundary below its end lies in pad_last and every real
     * counter below it */
    uintptr_t lo = (uintptr_t)__start___sancov_cntrs, hi = (uintptr_t)__stop___sancov_cntrs / page * page;
    if (lo % page || hi + page < (uintptr_t)__stop___sancov_cntrs || hi <= lo) {
        fprintf(stderr, "front-fuzz: __sancov_cntrs [%#lx, %#lx) is not bracketed by the pads (link pad_first.o "
                        "first and pad_last.o last)\n", (unsigned long)lo, (unsigned long)__stop___sancov_cntrs);
        exit(1);
    }
    size_t len = hi - lo;
    void *shared = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) die("front-fuzz: mmap");
    memcpy(shared, (void *)lo, len);
    if (mremap(shared, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, (void *)lo) == MAP_FAILED) die("front-fuzz: mremap");
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    const char *h = getenv("FUZZ_HANG_S");
    if (h && atoi(h) > 0) hang_s = atoi(h);
    if (!(library = front_library())) exit(1);
    share_counters();
    return 0;
}

/* The child's stderr (what the compiler and the sanitizers said) to ours. */
static void copy_out(int fd) {
    char buf[4096];
    ssize_t n;
    lseek(fd, 0, SEEK_SET);
    while ((n = read(fd, buf, sizeof buf)) > 0) fwrite(buf, 1, (size_t)n, stderr);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size >= 100 * 1024) return -1; /* the bound of issue 17: inputs under 100 KB */
    int err = memfd_create("front-fuzz-stderr", MFD_CLOEXEC);
    if (err < 0) die("front-fuzz: memfd_create");
    pid_t pid = fork();
    if (pid < 0) die("front-fuzz: fork");
    if (pid == 0) {
        dup2(err, 2);
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) dup2(null, 1);
        /* a hang is CPU time (a loaded machine must not make one): SIGXCPU,
         * with the default action, not a handler inherited from libFuzzer */
        signal(SIGXCPU, SIG_DFL);
        struct rlimit cpu = {(rlim_t)hang_s, (rlim_t)hang_s + 1};
        setrlimit(RLIMIT_CPU, &cpu);
        /* a user error is a normal end; 2: the IR verifier rejected the program */
        SourceFile *f = xalloc(sizeof *f);
        f->name = "fuzz.java";
        f->text = xstrndup((const char *)data, size);
        f->len = size;
        _exit(front_once(library, f, false) == 2 ? 2 : 0);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0) {}
    bool finding = WIFSIGNALED(st) || WEXITSTATUS(st) == 2;
    if (finding) {
        copy_out(err);
        if (WIFSIGNALED(st) && (WTERMSIG(st) == SIGXCPU || WTERMSIG(st) == SIGKILL))
            fprintf(stderr, "front-fuzz: a hang: the front end used more than %d s of CPU time\n", hang_s);
        else if (WIFSIGNALED(st))
            fprintf(stderr, "front-fuzz: the front end died of signal %d (%s)\n", WTERMSIG(st), strsignal(WTERMSIG(st)));
        else
            fputs("front-fuzz: the IR verifier rejected the lowered program\n", stderr);
        abort(); /* libFuzzer keeps the input */
    }
    close(err);
    return 0;
}
