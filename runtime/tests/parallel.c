/* parallel.c: lime_parallel_for, lime_thread_count, lime_range,
 * lime_array_copy and the value-array exceptions.
 *   parallel            every check below; LIME_THREADS must be set, and
 *                       lime_thread_count() must equal it
 *   parallel MODE       throws (parallel.sh checks stderr and status):
 *     map-mismatch      lime_throw_map_length_mismatch(3, 4)
 *     reduce-empty      lime_throw_reduce_empty()
 *     range-negative    lime_range(-5)
 *     throw-in-chunks   every chunk of a parallel loop throws at once
 * Checks: (a) sums of 0..n-1 into per-chunk slots, every index once, chunk
 * sizes, never more threads busy than lime_thread_count(); every thread
 * really takes part; (b) about 1 GiB of GC allocation inside chunks with
 * collections running, objects held only by worker stacks surviving;
 * (c) nested loops; (d) lime_range / lime_array_copy contents; (e) idle
 * workers use no CPU. */
#define GC_THREADS 1
#define GC_NO_THREAD_REDIRECTS 1
#include <gc.h>

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

static int failures;
#define CHECK(cond, ...)                                                   \
    do {                                                                   \
        if (!(cond)) {                                                     \
            failures++;                                                    \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);           \
            fprintf(stderr, __VA_ARGS__);                                  \
            fprintf(stderr, "\n");                                         \
        }                                                                  \
    } while (0)

#define DATA(a, T) ((T *)((char *)(a) + LIME_ARRAY_DATA_OFFSET))

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Distinct small ids for the threads that run chunks. */
static atomic_int next_tid;
static _Thread_local int tid = -1;
static int my_tid(void) {
    if (tid < 0) tid = atomic_fetch_add(&next_tid, 1);
    return tid;
}

/* ---- (a) sums ----------------------------------------------------------- */

typedef struct {
    int64_t n, grain;
    int64_t *slots;     /* slot start / grain: one per chunk */
    unsigned char *seen; /* each index visited once */
    atomic_int active, max_active;
    atomic_long chunks, short_chunks;
    atomic_ullong thread_mask;
} SumEnv;

static void sum_chunk(void *p, int64_t start, int64_t end) {
    SumEnv *e = p;
    int a = atomic_fetch_add(&e->active, 1) + 1;
    int m = atomic_load(&e->max_active);
    while (a > m && !atomic_compare_exchange_weak(&e->max_active, &m, a)) {
    }
    atomic_fetch_add(&e->chunks, 1);
    if (((end - start) % e->grain && end != e->n) || start % e->grain) atomic_fetch_add(&e->short_chunks, 1);
    if (start < 0 || end > e->n || start >= end) atomic_fetch_add(&e->short_chunks, 1000000);
    int64_t s = 0;
    for (int64_t i = start; i < end; i++) {
        s += i;
        e->seen[i]++;
    }
    e->slots[start / e->grain] += s;
    atomic_fetch_or(&e->thread_mask, 1ULL << (my_tid() & 63));
    atomic_fetch_sub(&e->active, 1);
}

static void test_sums(int threads) {
    static const int64_t ns[] = {0, 1, 7, 1000, 10000000};
    static const int64_t grains[] = {1, 3, 100, 4096, 20000000};
    for (size_t a = 0; a < sizeof ns / sizeof ns[0]; a++) {
        for (size_t b = 0; b < sizeof grains / sizeof grains[0]; b++) {
            SumEnv e = {.n = ns[a], .grain = grains[b]};
            int64_t nslots = e.n / e.grain + 1;
            e.slots = calloc((size_t)nslots, sizeof *e.slots);
            e.seen = calloc((size_t)e.n + 1, 1);
            lime_parallel_for(e.n, e.grain, sum_chunk, &e);
            int64_t total = 0;
            for (int64_t i = 0; i < nslots; i++) total += e.slots[i];
            int64_t want = e.n * (e.n - 1) / 2;
            CHECK(total == want, "n=%lld grain=%lld: sum %lld, want %lld", (long long)e.n, (long long)e.grain,
                  (long long)total, (long long)want);
            int64_t bad = 0;
            for (int64_t i = 0; i < e.n; i++) bad += e.seen[i] != 1;
            CHECK(bad == 0, "n=%lld grain=%lld: %lld indices not visited exactly once", (long long)e.n,
                  (long long)e.grain, (long long)bad);
            CHECK(e.short_chunks == 0, "n=%lld grain=%lld: chunks not whole multiples of grain, or out of range",
                  (long long)e.n, (long long)e.grain);
            CHECK(e.max_active <= threads, "n=%lld grain=%lld: %d chunks at once with %d threads", (long long)e.n,
                  (long long)e.grain, e.max_active, threads);
            if (e.n == 0) CHECK(e.chunks == 0, "n=0: %ld calls", (long)e.chunks);
            if (e.n > 0 && e.n <= e.grain) CHECK(e.chunks == 1, "n <= grain: %ld calls", (long)e.chunks);
            if (e.n > 0 && e.n <= e.grain)
                CHECK(e.thread_mask == 1ULL << my_tid(), "n <= grain: not run on the calling thread");
            if (threads == 1) CHECK(e.chunks <= 1, "one thread: %ld calls", (long)e.chunks);
            if (e.n == 10000000 && e.grain == 1)
                printf("  n=1e7 grain=1: %ld chunks, %d at once at most, %d threads took part\n", (long)e.chunks,
                       e.max_active, __builtin_popcountll(e.thread_mask));
            free(e.slots);
            free(e.seen);
        }
    }
}

/* Every one of the `threads` threads must run a chunk: n = threads chunks
 * of one iteration, each waiting (up to 10 s) until all have started. */
typedef struct {
    int threads;
    atomic_int arrived;
    atomic_ullong thread_mask;
    atomic_int timed_out;
} MeetEnv;

static void meet_chunk(void *p, int64_t start, int64_t end) {
    MeetEnv *e = p;
    atomic_fetch_or(&e->thread_mask, 1ULL << (my_tid() & 63));
    atomic_fetch_add(&e->arrived, 1);
    double t0 = now_s();
    while (atomic_load(&e->arrived) < e->threads) {
        if (now_s() - t0 > 10) {
            atomic_store(&e->timed_out, 1);
            return;
        }
        usleep(100);
    }
}

static void test_all_threads_work(int threads) {
    if (threads > 64) return;
    for (int round = 0; round < 3; round++) {
        MeetEnv e = {.threads = threads};
        lime_parallel_for(threads, 1, meet_chunk, &e);
        CHECK(!e.timed_out && e.arrived == threads && __builtin_popcountll(e.thread_mask) == threads,
              "round %d: %d of %d chunks met, on %d distinct threads", round, (int)e.arrived, threads,
              __builtin_popcountll(e.thread_mask));
    }
}

/* ---- (b) GC allocation in chunks ---------------------------------------- */

static const LimeClass node_class = {.name = "Node", .size = 24};
typedef struct Node {
    const LimeClass *cls;
    struct Node *next;
    int64_t value;
} Node;

enum { GC_ITERS = 4096, NODES = 64, GARBAGE = 4096 }; /* 4096 x 64 x (4 KiB + 24) ~ 1 GiB */

typedef struct {
    LimeArray *results; /* LimeArray *[GC_ITERS], each int[1] {i} */
    atomic_long bad;
} GcEnv;

static void gc_chunk(void *p, int64_t start, int64_t end) {
    GcEnv *e = p;
    for (int64_t i = start; i < end; i++) {
        Node *list = NULL; /* held only by this thread's stack and registers */
        for (int k = 0; k < NODES; k++) {
            Node *nd = (Node *)lime_new_object(&node_class);
            nd->value = i * NODES + k;
            nd->next = list;
            list = nd;
            LimeArray *junk = (k & 1) ? lime_new_prim_array(1, GARBAGE) : lime_new_array(8, GARBAGE / 8);
            DATA(junk, char)[0] = 1;
        }
        int k = NODES;
        for (Node *nd = list; nd; nd = nd->next) {
            k--;
            if (nd->cls != &node_class || nd->value != i * NODES + k) atomic_fetch_add(&e->bad, 1);
        }
        if (k != 0) atomic_fetch_add(&e->bad, 1);
        LimeArray *r = lime_new_prim_array(4, 1);
        DATA(r, int32_t)[0] = (int32_t)i;
        DATA(e->results, LimeArray *)[i] = r;
    }
}

static void test_gc(void) {
    if (getenv("GC_DONT_GC")) { /* make tsan (scripts/tsan.sh) turns collections off */
        printf("  GC: not tested (GC_DONT_GC: collections are off)\n");
        return;
    }
    GcEnv *e = lime_alloc(sizeof *e); /* in the GC heap: the results array stays reachable */
    e->results = lime_new_array(8, GC_ITERS);
    GC_word gc0 = GC_get_gc_no();
    double t0 = now_s();
    lime_parallel_for(GC_ITERS, 1, gc_chunk, e);
    double t = now_s() - t0;
    GC_word gcs = GC_get_gc_no() - gc0;
    GC_gcollect();
    long bad = e->bad;
    for (int i = 0; i < GC_ITERS; i++) {
        LimeArray *r = DATA(e->results, LimeArray *)[i];
        if (!r || r->length != 1 || DATA(r, int32_t)[0] != i) bad++;
    }
    CHECK(bad == 0, "GC in chunks: %ld objects damaged", bad);
    CHECK(gcs > 0, "GC in chunks: no collection ran");
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("  GC: ~1 GiB allocated in chunks in %.2f s, %lu collections, peak resident %ld MiB\n", t,
           (unsigned long)gcs, ru.ru_maxrss / 1024);
}

/* ---- (c) nested loops --------------------------------------------------- */

typedef struct {
    int64_t *sums;
    atomic_long inner_calls, wrong_thread;
} NestEnv;

typedef struct {
    NestEnv *outer;
    int64_t i;
    int tid;
} InnerEnv;

static void inner_chunk(void *p, int64_t start, int64_t end) {
    InnerEnv *ie = p;
    atomic_fetch_add(&ie->outer->inner_calls, 1);
    if (my_tid() != ie->tid) atomic_fetch_add(&ie->outer->wrong_thread, 1);
    for (int64_t j = start; j < end; j++) ie->outer->sums[ie->i] += j * ie->i;
}

static void outer_chunk(void *p, int64_t start, int64_t end) {
    for (int64_t i = start; i < end; i++) {
        InnerEnv ie = {p, i, my_tid()};
        lime_parallel_for(100000, 10, inner_chunk, &ie);
    }
}

static void test_nested(void) {
    enum { OUTER = 64 };
    NestEnv e = {.sums = calloc(OUTER, sizeof(int64_t))};
    lime_parallel_for(OUTER, 1, outer_chunk, &e);
    for (int64_t i = 0; i < OUTER; i++)
        CHECK(e.sums[i] == i * (100000LL * 99999 / 2), "nested: outer %lld sum %lld", (long long)i,
              (long long)e.sums[i]);
    CHECK(e.inner_calls == OUTER, "nested: %ld inner calls, want %d (inline, one each)", (long)e.inner_calls, OUTER);
    CHECK(e.wrong_thread == 0, "nested: %ld inner chunks on another thread", (long)e.wrong_thread);
    free(e.sums);
}

/* ---- (d) lime_range, lime_array_copy ------------------------------------ */

static void test_arrays(void) {
    static const int32_t ns[] = {0, 1, 5, (1 << 20) + 3};
    for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
        int32_t n = ns[k];
        LimeArray *r = lime_range(n);
        CHECK(r->length == n && r->elem_size == 4, "range(%d): length %d elem_size %d", n, r->length, r->elem_size);
        CHECK(lime_rt_is_pointer_free(r), "range(%d): not pointer-free", n);
        int32_t bad = 0;
        for (int32_t i = 0; i < n; i++) bad += DATA(r, int32_t)[i] != i;
        CHECK(bad == 0, "range(%d): %d wrong elements", n, bad);
        LimeArray *c = lime_array_copy(r, true);
        CHECK(c != r && c->length == n && c->elem_size == 4, "copy of range(%d): header", n);
        CHECK(memcmp(DATA(c, int32_t), DATA(r, int32_t), 4 * (size_t)n) == 0, "copy of range(%d): contents", n);
        CHECK(lime_rt_is_pointer_free(c), "copy of range(%d): not pointer-free", n);
        if (n > 0) {
            DATA(c, int32_t)[0] = 42;
            CHECK(DATA(r, int32_t)[0] == 0, "copy of range(%d) shares storage", n);
        }
    }
    LimeArray *d = lime_new_prim_array(8, 3);
    DATA(d, double)[0] = 1.5, DATA(d, double)[1] = -0.0, DATA(d, double)[2] = 1e300;
    LimeArray *dc = lime_array_copy(d, true);
    CHECK(dc->length == 3 && dc->elem_size == 8 && memcmp(DATA(dc, double), DATA(d, double), 24) == 0,
          "copy of double[3]");
    LimeArray *b = lime_new_prim_array(1, 5);
    memcpy(DATA(b, char), "abcde", 5);
    LimeArray *bc = lime_array_copy(b, true);
    CHECK(bc->length == 5 && bc->elem_size == 1 && memcmp(DATA(bc, char), "abcde", 5) == 0, "copy of byte[5]");
    LimeArray *refs = lime_new_array(8, 3);
    DATA(refs, void *)[0] = lime_string_of_I(7);
    DATA(refs, void *)[2] = d;
    LimeArray *rc = lime_array_copy(refs, false);
    CHECK(rc->length == 3 && rc->elem_size == 8 && DATA(rc, void *)[0] == DATA(refs, void *)[0] &&
              DATA(rc, void *)[1] == NULL && DATA(rc, void *)[2] == d,
          "copy of Object[3]");
    CHECK(!lime_rt_is_pointer_free(rc), "copy of Object[3] is pointer-free");
    LimeArray *e = lime_array_copy(lime_new_array(8, 0), false);
    CHECK(e->length == 0 && e->elem_size == 8, "copy of Object[0]");
    /* The copy of a reference array keeps its elements alive. */
    LimeArray *held = lime_new_array(8, 1);
    DATA(held, void *)[0] = lime_range(1000);
    LimeArray *hc = lime_array_copy(held, false);
    held = NULL;
    for (int i = 0; i < 200; i++) lime_new_prim_array(1, 1 << 20);
    GC_gcollect();
    LimeArray *inner = DATA(hc, LimeArray *)[0];
    CHECK(inner->length == 1000 && DATA(inner, int32_t)[999] == 999, "element of a copied Object[] collected");
}

/* ---- (e) idle workers sleep --------------------------------------------- */

static double cpu_s(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
}

static void noop_chunk(void *p, int64_t start, int64_t end) {
    atomic_long *s = p;
    atomic_fetch_add(s, end - start);
}

static void test_idle_and_latency(int threads) {
    atomic_long s = 0;
    enum { CALLS = 20000 };
    double t0 = now_s();
    for (int i = 0; i < CALLS; i++) lime_parallel_for(1 << 14, 256, noop_chunk, &s);
    double t = now_s() - t0;
    CHECK(s == (long)CALLS << 14, "noop loops: %ld iterations", (long)s);
    printf("  %d back-to-back small loops: %.1f us each\n", CALLS, t / CALLS * 1e6);
    usleep(50000); /* let the workers finish spinning and fall asleep */
    double c0 = cpu_s(), w0 = now_s();
    usleep(500000);
    double c = cpu_s() - c0, w = now_s() - w0;
    printf("  idle: %.1f ms CPU in %.0f ms wall with %d threads\n", c * 1e3, w * 1e3, threads);
    CHECK(c < 0.05, "idle workers used %.1f ms CPU in %.0f ms", c * 1e3, w * 1e3);
}

/* ---- throwing modes ----------------------------------------------------- */

static void throw_chunk(void *p, int64_t start, int64_t end) {
    usleep(1000);
    lime_throw_reduce_empty();
}

/* Iterations 20, 40 and 50 of 64 throw index errors; 20 sleeps first, so
 * that with several threads the others throw before it. */
static void lowest_chunk(void *p, int64_t start, int64_t end) {
    (void)p;
    for (int64_t i = start; i < end; i++) {
        if (i == 20) usleep(100000);
        if (i == 20 || i == 40 || i == 50) lime_throw_index_out_of_bounds((int32_t)i, 64);
    }
}

static void lowest_each(void) {
    int64_t f = lime_parallel_for_each(64, lowest_chunk, NULL);
    if (f != 20) {
        fprintf(stderr, "lime_parallel_for_each returned %lld, not 20\n", (long long)f);
        exit(3);
    }
    lime_throw_pending();
}

int main(int argc, char **argv) {
    lime_start(argc, argv);
    if (argc > 1) {
        lime_system_out_println_I(42);
        if (!strcmp(argv[1], "map-mismatch")) lime_throw_map_length_mismatch(3, 4);
        if (!strcmp(argv[1], "reduce-empty")) lime_throw_reduce_empty();
        if (!strcmp(argv[1], "range-negative")) lime_range(-5);
        if (!strcmp(argv[1], "throw-in-chunks")) lime_parallel_for(64, 1, throw_chunk, NULL);
        if (!strcmp(argv[1], "lowest-throw")) lime_parallel_for(64, 1, lowest_chunk, NULL);
        if (!strcmp(argv[1], "lowest-each")) lowest_each();
        fprintf(stderr, "no exception in mode %s\n", argv[1]);
        return 2;
    }
    const char *env = getenv("LIME_THREADS");
    int threads = lime_thread_count();
    if (env) CHECK(threads == atoi(env), "lime_thread_count() = %d, LIME_THREADS=%s", threads, env);
    CHECK(threads >= 1, "lime_thread_count() = %d", threads);
    my_tid(); /* the main thread is 0 */
    printf("threads %d:\n", threads);
    test_sums(threads);
    test_all_threads_work(threads);
    test_gc();
    test_nested();
    test_arrays();
    test_idle_and_latency(threads);
    return failures ? 1 : 0;
}
