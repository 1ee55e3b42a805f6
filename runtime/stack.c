/* stack.c: Java's StackOverflowError, and no fatal signal that loses
 * output.
 *
 * Every thread that runs Java code (the main thread, the pool's workers)
 * calls lime_rt_stack_guard_thread first: it records the thread's stack
 * bounds and gives the thread an alternate signal stack.  One SIGSEGV /
 * SIGBUS handler runs there (SA_ONSTACK): a fault just below the thread's
 * stack (the guard pages the OS keeps there, up to GUARD_REACH below, or
 * the last page above it) is a stack overflow and throws
 * StackOverflowError through lime_throw, so a worker's chunk records it
 * (the handler leaves by longjmp; SA_NODEFER keeps the signal unblocked
 * for the next overflow) and the main thread prints the JVM's line after
 * flushing System.out and exits with status 1.  Any other fault flushes
 * System.out and System.err, then dies of the signal as before.
 *
 * The compiler keeps recursion recursion ("disable-tail-calls" on every
 * function: LLVM's tail-recursion elimination would turn an unbounded
 * recursion, which Java ends with this error, into an endless loop). */
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <ucontext.h>

#include "internal.h"

#define ALT_STACK_BYTES (64 * 1024)
/* The main thread reports an uncaught StackOverflowError from the handler,
 * stack trace included (libdw reading the program's DWARF), so its
 * handler stack is larger; the pages are only touched when used. */
#define MAIN_ALT_STACK_BYTES ((size_t)16 << 20)
#define GUARD_REACH ((uintptr_t)16 << 20)   /* a frame may skip this far below the stack */
#define GUARD_SLACK ((uintptr_t)64 * 1024)  /* ... or fault this close above its end */

static __thread uintptr_t stack_lo;   /* the stack's lowest address; 0: not a guarded thread */

static bool is_stack_overflow(uintptr_t addr) {
    if (!stack_lo) return false;
    uintptr_t below = stack_lo > GUARD_REACH ? stack_lo - GUARD_REACH : 0;
    return addr >= below && addr < stack_lo + GUARD_SLACK;
}

/* The trace of the overflow, from the faulting frame's registers. */
static void capture_trace(const void *ucontext) {
    const ucontext_t *uc = ucontext;
#if defined(__x86_64__)
    lime_rt_trace_capture_signal((uintptr_t)uc->uc_mcontext.gregs[REG_RIP], (uintptr_t)uc->uc_mcontext.gregs[REG_RBP]);
#elif defined(__aarch64__)
    lime_rt_trace_capture_signal((uintptr_t)uc->uc_mcontext.pc, (uintptr_t)uc->uc_mcontext.regs[29]);
#else
    (void)uc;
#endif
}

static void on_fault(int sig, siginfo_t *info, void *ucontext) {
    if (is_stack_overflow((uintptr_t)info->si_addr)) {
        capture_trace(ucontext);
        lime_rt_throw_from_signal("StackOverflowError");
    }
    lime_rt_flush_all();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

void lime_rt_stack_guard_thread(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, install_handler);
    lime_rt_trace_thread_init();
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    bool ok = pthread_attr_getstack(&attr, &addr, &size) == 0;
    pthread_attr_destroy(&attr);
    if (!ok) return;
    bool main_thread = getpid() == (pid_t)syscall(SYS_gettid);
    size_t alt_bytes = main_thread ? MAIN_ALT_STACK_BYTES : ALT_STACK_BYTES;
    void *sp = mmap(NULL, alt_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    stack_t alt = {.ss_sp = sp == MAP_FAILED ? NULL : sp, .ss_size = alt_bytes, .ss_flags = 0};
    if (!alt.ss_sp || sigaltstack(&alt, NULL) != 0) {
        if (alt.ss_sp) munmap(alt.ss_sp, alt_bytes);
        return; /* no handler stack: an overflow stays a crash on this thread */
    }
    stack_lo = (uintptr_t)addr;
}

void lime_rt_stack_guard_keep(struct sigaction kept[2]) {
    sigaction(SIGSEGV, NULL, &kept[0]);
    sigaction(SIGBUS, NULL, &kept[1]);
}

void lime_rt_stack_guard_restore(const struct sigaction kept[2]) {
    sigaction(SIGSEGV, &kept[0], NULL);
    sigaction(SIGBUS, &kept[1], NULL);
}
