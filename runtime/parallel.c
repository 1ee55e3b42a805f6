/* parallel.c: the thread pool behind Lime's data-parallel operations.
 *
 * lime_thread_count() threads take part in a parallel loop: threads - 1
 * workers, started lazily on the first lime_parallel_for that has more than
 * one chunk, plus the calling thread.  One loop (a "job") runs at a time;
 * its iterations are cut into fixed-size chunks that the threads claim from
 * an atomic counter, so a slow chunk does not hold the others up.
 *
 * Waiting: a worker that has finished a job spins briefly (SPIN rounds of
 * the CPU's pause hint) for the next one, then sleeps on a condition
 * variable; the caller likewise spins briefly for the workers to leave the
 * job, then sleeps.  An idle program's workers therefore use no CPU.
 *
 * A job's fields are written under `mu` before `gen` is bumped, and a worker
 * joins a job only under `mu`, only while it is open; the caller closes it
 * and waits until every worker that joined has left, so no worker touches
 * a job (or its env) after lime_parallel_for has returned.  Correctness
 * never depends on a worker showing up: the caller claims chunks too, so a
 * pool that could not start (or a worker that could not register with the
 * GC) only costs speed.
 *
 * Nested loops (lime_parallel_for called inside a chunk) and loops started
 * by a second thread while the pool is busy run inline on their thread.
 *
 * Exceptions: a loop reports the exception of its lowest-indexed failing
 * iteration, as a sequential loop would.  A chunk runs its iterations in
 * ascending order, so its first throw is its lowest.  A throw inside a
 * chunk of a job (lime_throw calls lime_rt_chunk_throw) records (chunk,
 * exception) when the chunk is below the job's lowest failure so far and
 * longjmps back to run_chunk, abandoning the rest of that chunk; chunks
 * above the lowest failure are not started, those below still run (they
 * might fail lower).  When the job has ended the caller throws the lowest
 * on its own thread.  A loop run inline as one call (one thread, one
 * chunk, nested) needs none of this: its first throw is its lowest, and a
 * nested loop's throw is its enclosing chunk's.  lime_parallel_for_each
 * (one iteration a chunk) returns the lowest failing iteration instead of
 * throwing, inline too, so that its caller can first do what a sequential
 * run would have done before that iteration (a reduce's combinations of
 * the blocks below it).
 *
 * Workers register with Boehm GC (GC_register_my_thread; heap.c's
 * lime_rt_heap_init has called GC_allow_register_threads) so chunks may
 * allocate; they are never joined and live until the process exits. */
#define GC_THREADS 1
#define GC_NO_THREAD_REDIRECTS 1 /* plain pthread_create; workers register themselves */
#include <gc.h>

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

enum {
    SPIN = 2000,          /* pause rounds before sleeping (tens of microseconds) */
    MAX_THREADS = 1024,   /* an upper bound on $LIME_THREADS */
    CHUNKS_PER_THREAD = 8 /* load balance: about this many chunks per thread */
};

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* ---- thread count ------------------------------------------------------- */

static pthread_once_t count_once = PTHREAD_ONCE_INIT;
static int32_t thread_count = 1;

static void compute_thread_count(void) {
    const char *env = getenv("LIME_THREADS");
    if (env && *env) {
        char *end;
        errno = 0;
        long v = strtol(env, &end, 10);
        if (errno == 0 && *end == '\0' && v >= 1) {
            thread_count = v > MAX_THREADS ? MAX_THREADS : (int32_t)v;
            return;
        }
    }
    long n = 0;
#ifdef CPU_COUNT
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) n = CPU_COUNT(&set); /* the CPUs we may use */
#endif
    if (n < 1) n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) n = 1;
    thread_count = n > MAX_THREADS ? MAX_THREADS : (int32_t)n;
}

int32_t lime_thread_count(void) {
    pthread_once(&count_once, compute_thread_count);
    return thread_count;
}

/* ---- the pool ----------------------------------------------------------- */

typedef struct Job {
    LimeRangeFn fn;
    void *env;
    int64_t n, chunk, nchunks;
    _Atomic int64_t next; /* the next chunk to claim */
    _Atomic int64_t failed; /* the lowest chunk that threw; nchunks while none has */
    char *fail_name, *fail_msg; /* its exception (malloc'd; under fail_mu) */
    void *fail_obj;         /* ... or its exception object (fail_name then "") */
    uintptr_t *fail_pcs;    /* the frames of its throw inside the chunk (malloc'd) */
    int fail_npcs;
} Job;

static struct {
    pthread_mutex_t mu;
    pthread_cond_t work_cv; /* workers sleep here for a new gen */
    pthread_cond_t done_cv; /* the caller sleeps here for in_job == 0 */
    _Atomic uint64_t gen;   /* bumped (under mu) when a job is posted */
    int sleepers;           /* workers waiting on work_cv (under mu) */
    bool open;              /* the job may still be joined (under mu) */
    int joined, wanted;     /* workers that joined the job / that may (under mu) */
    _Atomic int in_job;     /* workers inside the job (changed under mu) */
    bool caller_waiting;    /* the caller sleeps on done_cv (under mu) */
    int nworkers;           /* workers started */
    bool started;           /* start attempted */
    Job job;
} pool = {
    .mu = PTHREAD_MUTEX_INITIALIZER,
    .work_cv = PTHREAD_COND_INITIALIZER,
    .done_cv = PTHREAD_COND_INITIALIZER,
};

/* Only the holder of `busy` posts jobs (and starts the pool). */
static atomic_bool busy;
/* Set on workers for good and on the caller while it runs chunks. */
static _Thread_local bool in_chunk;
/* Where a throw inside a chunk goes: the chunk's job and index, and the
 * point in run_chunk to return to. */
typedef struct Catch {
    jmp_buf jb;
    Job *job;
    int64_t chunk;
    const void *frame; /* run_chunk's: the chunk's own frames are below it */
} Catch;
static _Thread_local Catch *cur_catch;
/* lime_parallel_for_each's caught exception, for lime_throw_pending. */
static _Thread_local char *pending_name, *pending_msg;
/* its object (not thread-local: the collector scans static data, not TLS) */
static void *pending_obj;
static pthread_mutex_t fail_mu = PTHREAD_MUTEX_INITIALIZER;
/* the failing chunk's frames, taken from its job by the thread that will
 * throw its exception, and given to trace.c just before the throw */
static _Thread_local uintptr_t *failure_pcs;
static _Thread_local int nfailure_pcs;

static void take_failure_frames(Job *j) {
    free(failure_pcs);
    failure_pcs = j->fail_pcs;
    nfailure_pcs = j->fail_npcs;
    j->fail_pcs = NULL;
    j->fail_npcs = 0;
}

static void inherit_failure_frames(void) {
    if (failure_pcs) lime_rt_trace_inherit(failure_pcs, nfailure_pcs);
    free(failure_pcs);
    failure_pcs = NULL;
    nfailure_pcs = 0;
}

/* Throwable.rethrownHere (lib/java/lang/Throwable.java) is
 * lime_rt_hook_rethrown_here(), when the program has Throwable */

/* The failing chunk's exception, thrown on this thread with the chunk's
 * frames before this thread's: made now from name and message, or obj
 * with its trace made again. */
static _Noreturn void rethrow_failure(const char *name, const char *msg, void *obj) {
    inherit_failure_frames();
    if (obj) {
        void (*rethrown_here)(void *) = lime_rt_hook_rethrown_here();
        if (rethrown_here) rethrown_here(obj);
        lime_rt_trace_inherit(NULL, 0); /* not taken: not for the next trace */
        lime_throw_object(obj);
    }
    lime_throw(name, msg);
}

/* Runs chunk i of j; false when it threw (recorded in j). */
static bool run_chunk(Job *j, int64_t i) {
    Catch c;
    Catch *outer = cur_catch;
    void *handlers = lime_rt_handlers_suspend();
    if (setjmp(c.jb) == 0) {
        c.job = j;
        c.chunk = i;
        c.frame = __builtin_frame_address(0);
        cur_catch = &c;
        int64_t start = i * j->chunk;
        int64_t end = j->n - start <= j->chunk ? j->n : start + j->chunk;
        j->fn(j->env, start, end);
        cur_catch = outer;
        lime_rt_handlers_resume(handlers);
        return true;
    }
    cur_catch = outer;
    lime_rt_handlers_resume(handlers);
    return false;
}

static void run_chunks(Job *j) {
    for (;;) {
        int64_t i = atomic_fetch_add_explicit(&j->next, 1, memory_order_relaxed);
        /* chunks are claimed in ascending order: none after this one is lower */
        if (i >= j->nchunks || i > atomic_load_explicit(&j->failed, memory_order_relaxed)) return;
        run_chunk(j, i);
    }
}

static void chunk_throw(const char *name, const char *message, void *obj);

void lime_rt_chunk_throw(const char *name, const char *message) { chunk_throw(name, message, NULL); }
void lime_rt_chunk_throw_object(void *exception) { chunk_throw("", NULL, exception); }

static void chunk_throw(const char *name, const char *message, void *obj) {
    Catch *c = cur_catch;
    if (!c) return;
    Job *j = c->job;
    char *n = strdup(name), *m = message ? strdup(message) : NULL;
    if (!n || (message && !m)) { /* out of memory: report it at once */
        free(n);
        free(m);
        cur_catch = NULL;
        return;
    }
    /* the chunk's frames, for the trace of the exception the caller
     * throws (made then, or this object's made again) */
    uintptr_t *pcs = NULL;
    int npcs = lime_rt_trace_below(c->frame, &pcs);
    pthread_mutex_lock(&fail_mu);
    if (c->chunk < atomic_load(&j->failed)) {
        char *old_n = j->fail_name, *old_m = j->fail_msg;
        uintptr_t *old_pcs = j->fail_pcs;
        j->fail_name = n;
        j->fail_msg = m;
        j->fail_obj = obj;
        j->fail_pcs = pcs;
        j->fail_npcs = npcs;
        n = old_n;
        m = old_m;
        pcs = old_pcs;
        atomic_store(&j->failed, c->chunk);
    }
    pthread_mutex_unlock(&fail_mu);
    free(n);
    free(m);
    free(pcs);
    longjmp(c->jb, 1);
}

/* arg: pool.gen when the worker was made (before the job that starts the
 * pool is posted, so that the worker may join that job). */
static void *worker_main(void *arg) {
    uint64_t seen = (uint64_t)(uintptr_t)arg;
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) != GC_SUCCESS) return NULL;
    int r = GC_register_my_thread(&sb);
    if (r != GC_SUCCESS && r != GC_DUPLICATE) return NULL; /* cannot allocate: stay out */
    lime_rt_stack_guard_thread();
    in_chunk = true;
    for (;;) {
        /* Wait for a new job: spin a little, then sleep. */
        uint64_t g = seen;
        for (int k = 0; k < SPIN && (g = atomic_load_explicit(&pool.gen, memory_order_relaxed)) == seen; k++)
            cpu_relax();
        pthread_mutex_lock(&pool.mu);
        if (g == seen) {
            pool.sleepers++;
            while ((g = atomic_load(&pool.gen)) == seen) pthread_cond_wait(&pool.work_cv, &pool.mu);
            pool.sleepers--;
        }
        g = atomic_load(&pool.gen);
        seen = g;
        bool join = pool.open && pool.joined < pool.wanted;
        if (join) {
            pool.joined++;
            atomic_fetch_add(&pool.in_job, 1);
        }
        pthread_mutex_unlock(&pool.mu);
        if (!join) continue;
        run_chunks(&pool.job);
        pthread_mutex_lock(&pool.mu);
        if (atomic_fetch_sub(&pool.in_job, 1) == 1 && pool.caller_waiting) pthread_cond_signal(&pool.done_cv);
        pthread_mutex_unlock(&pool.mu);
    }
    return NULL;
}

static bool log_enabled(void) {
    static atomic_int on = -1; /* (read once: a bad value warns once) */
    int v = atomic_load(&on);
    if (v < 0) {
        int expected = -1;
        v = lime_rt_env_flag("LIME_LOG");
        if (!atomic_compare_exchange_strong(&on, &expected, v)) v = expected;
    }
    return v;
}

/* Called by the holder of `busy`. */
static void start_pool(void) {
    pool.started = true;
    int want = lime_thread_count() - 1;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int err = 0;
    void *gen = (void *)(uintptr_t)atomic_load(&pool.gen);
    for (int i = 0; i < want; i++) {
        pthread_t t;
        err = pthread_create(&t, &attr, worker_main, gen);
        if (err) break;
        pool.nworkers++;
    }
    pthread_attr_destroy(&attr);
    if (err && log_enabled()) {
        if (pool.nworkers == 0)
            fprintf(stderr, "lime: cannot start worker threads (%s); parallel loops run on the calling thread\n",
                    strerror(err));
        else
            fprintf(stderr, "lime: started only %d of %d worker threads (%s)\n", pool.nworkers, want,
                    strerror(err));
    }
}

/* A forked child has only the forking thread: forget the parent's pool (a
 * later parallel loop starts a fresh one). */
static void prepare_fork(void) { pthread_mutex_lock(&pool.mu); }
static void parent_after_fork(void) { pthread_mutex_unlock(&pool.mu); }
static void child_after_fork(void) {
    pthread_mutex_init(&pool.mu, NULL);
    pthread_cond_init(&pool.work_cv, NULL);
    pthread_cond_init(&pool.done_cv, NULL);
    pool.sleepers = pool.joined = pool.wanted = pool.nworkers = 0;
    atomic_store(&pool.in_job, 0);
    pool.open = pool.caller_waiting = pool.started = false;
    atomic_store(&busy, false);
}
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;
static void install_atfork(void) { pthread_atfork(prepare_fork, parent_after_fork, child_after_fork); }

/* Runs fn over [0, n) in nchunks chunks of `chunk` iterations on the
 * pool and the calling thread (which holds `busy`, released here).
 * Returns the lowest chunk that threw, its exception in *name and *msg
 * (malloc'd), or nchunks. */
static int64_t run_job(int64_t n, int64_t chunk, int64_t nchunks, LimeRangeFn fn, void *env, char **name,
                       char **msg, void **obj) {
    if (!pool.started) {
        pthread_once(&atfork_once, install_atfork);
        start_pool();
    }
    Job *j = &pool.job;
    pthread_mutex_lock(&pool.mu);
    j->fn = fn;
    j->env = env;
    j->n = n;
    j->chunk = chunk;
    j->nchunks = nchunks;
    atomic_store_explicit(&j->next, 0, memory_order_relaxed);
    atomic_store_explicit(&j->failed, nchunks, memory_order_relaxed);
    pool.open = true;
    pool.joined = 0;
    pool.wanted = nchunks - 1 < pool.nworkers ? (int)(nchunks - 1) : pool.nworkers;
    atomic_fetch_add(&pool.gen, 1);
    if (pool.sleepers > 0) {
        if (pool.wanted >= pool.sleepers)
            pthread_cond_broadcast(&pool.work_cv);
        else
            for (int k = 0; k < pool.wanted; k++) pthread_cond_signal(&pool.work_cv);
    }
    pthread_mutex_unlock(&pool.mu);

    in_chunk = true;
    run_chunks(j);
    in_chunk = false;

    /* Every chunk is claimed; wait for the workers still running theirs. */
    for (int k = 0; k < SPIN && atomic_load(&pool.in_job) > 0; k++) cpu_relax();
    pthread_mutex_lock(&pool.mu);
    pool.open = false;
    while (atomic_load(&pool.in_job) > 0) {
        pool.caller_waiting = true;
        pthread_cond_wait(&pool.done_cv, &pool.mu);
    }
    pool.caller_waiting = false;
    pthread_mutex_unlock(&pool.mu);
    *name = j->fail_name; /* the workers have left: no lock needed */
    *msg = j->fail_msg;
    *obj = j->fail_obj;
    j->fail_name = j->fail_msg = NULL;
    j->fail_obj = NULL;
    take_failure_frames(j);
    int64_t failed = atomic_load(&j->failed);
    atomic_store(&busy, false);
    return failed;
}

void lime_parallel_for(int64_t n, int64_t grain, LimeRangeFn fn, void *env) {
    if (n <= 0) return;
    if (grain < 1) grain = 1;
    if (n <= grain || in_chunk) {
        fn(env, 0, n);
        return;
    }
    int64_t threads = lime_thread_count();
    int64_t chunk = n / (threads * CHUNKS_PER_THREAD);
    chunk = chunk < grain ? grain : (chunk + grain - 1) / grain * grain;
    int64_t nchunks = n / chunk + (n % chunk != 0);
    if (threads == 1 || nchunks == 1 || atomic_exchange(&busy, true)) {
        fn(env, 0, n);
        return;
    }
    char *name, *msg;
    void *obj;
    if (run_job(n, chunk, nchunks, fn, env, &name, &msg, &obj) < nchunks) { /* the lowest failing chunk's */
        rethrow_failure(name, msg, obj);
    }
}

int64_t lime_parallel_for_each(int64_t n, LimeRangeFn fn, void *env) {
    if (n <= 0) return -1;
    int64_t failed;
    char *name = NULL, *msg = NULL;
    void *obj = NULL;
    if (n == 1 || in_chunk || lime_thread_count() == 1 || atomic_exchange(&busy, true)) {
        /* inline, in order: the first failure is the lowest */
        Job lj = {.fn = fn, .env = env, .n = n, .chunk = 1, .nchunks = n};
        atomic_init(&lj.failed, n);
        for (int64_t i = 0; i < n && run_chunk(&lj, i); i++) {}
        failed = atomic_load(&lj.failed);
        name = lj.fail_name;
        msg = lj.fail_msg;
        obj = lj.fail_obj;
        take_failure_frames(&lj);
    } else
        failed = run_job(n, 1, n, fn, env, &name, &msg, &obj);
    if (failed >= n) return -1;
    free(pending_name);
    free(pending_msg);
    pending_name = name;
    pending_msg = msg;
    pending_obj = obj;
    return failed;
}

_Noreturn void lime_throw_pending(void) {
    char *name = pending_name, *msg = pending_msg;
    void *obj = pending_obj;
    pending_name = pending_msg = NULL;
    pending_obj = NULL;
    rethrow_failure(name ? name : "InternalError", name ? msg : "no pending exception", obj);
}
