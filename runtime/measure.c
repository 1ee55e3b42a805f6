/* measure.c: the measured choice of LIME_DEVICE=auto for one task: which
 * candidate (the CPU, or a device whose code for the task is built) runs a
 * call, by the times of whole calls, per size class.
 *
 * A size class is the power of two below a call's element count (class c
 * holds n in [2^c, 2^(c+1)); n <= 1 is class 0).  In each class the runtime
 * first samples: every call goes to the candidate with the fewest samples
 * so far (the CPU first on a tie) and is timed whole, transfers included,
 * until each has SAMPLES of them; then it settles on the candidate whose
 * best (shortest) sample is the shortest.  Once every candidate has a
 * sample, one whose best is DOMINANT times faster than every other's
 * settles the round at once: the further samples of a far slower device
 * (PoCL's 50 us against the CPU's 0.1 for a small map) would only cost
 * time, the most in a short process; once every candidate has two, one
 * CLEAR times faster settles it (two calls each agreeing on a 1.5x gap:
 * the third pair, half of it on the slower side, would cost more than it
 * could change).  Settled, the class's calls go
 * to that candidate, untimed, for `interval` calls; then it samples again
 * (a change of load, another program on the device, is noticed so).  A
 * re-sample that settles on the same candidate doubles the interval (up
 * to MAX_INTERVAL); one that moves resets it to FIRST_INTERVAL, a few
 * calls: a round taken while the program was still starting (other
 * tasks' builds and first device runs, the collector growing the heap)
 * can be far from the steady times (Saxpy's fused CPU call sampled at 6
 * ms against 3.5 steady), and is soon checked so.  Either way the
 * interval is at least what keeps the next round's cost, the time its
 * calls on the losers take beyond the winner's, under
 * 1/RESAMPLE_SHARE of the settled calls' time: a device 10 times slower
 * than the CPU (PoCL on Mandelbrot) is asked again after some 300 calls,
 * not 64 (where its one call cost 15% of the class's time).  But a
 * class's first settle is checked within FIRST_CHECK calls whatever it
 * cost: one sample can be an outlier (a CPU call of the stream graph
 * that met a collection took 70 ms against 4 steady), and a first
 * settle on the wrong side would otherwise last hundreds of calls.
 *
 * Requires: the caller (device.c) serialises every call on one measure.
 * Guarantees: only time depends on the choice (every candidate gives the
 * same results); a settle returns its decision's text for LIME_LOG. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* CLEAR: 1.5, in halves (an integer compare) */
enum {
    SAMPLES = 3, DOMINANT = 4, CLEAR_HALVES = 3, FIRST_INTERVAL = 8, FIRST_CHECK = 64, LEARNED_INTERVAL = 64,
    MAX_INTERVAL = 1 << 16, RESAMPLE_SHARE = 32,
    CLASSES = 32, MAX_CANDIDATES = 4
};

typedef struct SizeClass {
    int settled;                   /* the candidate, or -1 while sampling */
    int previous;                  /* the last settle's candidate, -1 before one */
    int64_t since, interval;       /* settled calls so far, and before a re-sample */
    int samples[MAX_CANDIDATES];   /* of this round */
    int64_t best_ns[MAX_CANDIDATES];
} SizeClass;

struct LimeRtMeasure {
    int ncand;                     /* candidate 0 is the CPU */
    const char *names[MAX_CANDIDATES];
    SizeClass classes[CLASSES];
};

LimeRtMeasure *lime_rt_measure_new(int ncand, const char *const *names) {
    LimeRtMeasure *m = calloc(1, sizeof *m);
    if (!m) {
        lime_rt_err_bytes("lime: out of memory\n", 20);
        exit(1);
    }
    m->ncand = ncand < MAX_CANDIDATES ? ncand : MAX_CANDIDATES;
    for (int k = 0; k < m->ncand; k++) m->names[k] = names[k];
    for (int c = 0; c < CLASSES; c++) {
        m->classes[c].settled = m->classes[c].previous = -1;
        m->classes[c].interval = FIRST_INTERVAL;
    }
    return m;
}

int lime_rt_size_class(int64_t n) {
    int c = 0;
    while (c < CLASSES - 1 && n >> (c + 1) > 0) c++;
    return c;
}

char *lime_rt_size_class_text(int cls) {
    return lime_rt_strf("size class 2^%d (%lld to %lld elements)", cls, cls ? 1LL << cls : 0LL, (1LL << (cls + 1)) - 1);
}

int lime_rt_measure_interval(void) { return LEARNED_INTERVAL; }

static SizeClass *class_of(LimeRtMeasure *m, int64_t n) { return &m->classes[lime_rt_size_class(n)]; }

static void start_round(SizeClass *c) {
    c->previous = c->settled;
    c->settled = -1;
    memset(c->samples, 0, sizeof c->samples);
}

int lime_rt_measure_pick(LimeRtMeasure *m, int64_t n, bool *timed) {
    SizeClass *c = class_of(m, n);
    if (c->settled >= 0 && c->since < c->interval) {
        c->since++;
        *timed = false;
        return c->settled;
    }
    if (c->settled >= 0) start_round(c);
    int pick = 0;
    for (int k = 1; k < m->ncand; k++)
        if (c->samples[k] < c->samples[pick]) pick = k;
    *timed = true;
    return pick;
}

/* "cpu 0.3 us, gpu 68.0 us" */
static char *times_text(const LimeRtMeasure *m, const SizeClass *c) {
    char *s = lime_rt_strf("%s", "");
    for (int k = 0; k < m->ncand; k++) {
        char *t = lime_rt_strf("%s%s%s %.1f us", s, k ? ", " : "", m->names[k], (double)c->best_ns[k] / 1e3);
        free(s);
        s = t;
    }
    return s;
}

static int fastest(const LimeRtMeasure *m, const SizeClass *c) {
    int win = 0;
    for (int k = 1; k < m->ncand; k++)
        if (c->best_ns[k] < c->best_ns[win]) win = k;
    return win;
}

/* Whether every candidate has at least `calls` samples and the fastest's
 * best, times halves / 2, is at most each other one's. */
static bool ahead(const LimeRtMeasure *m, const SizeClass *c, int calls, int64_t halves) {
    for (int k = 0; k < m->ncand; k++)
        if (c->samples[k] < calls) return false;
    int win = fastest(m, c);
    for (int k = 0; k < m->ncand; k++)
        if (k != win && 2 * c->best_ns[k] < halves * c->best_ns[win]) return false;
    return true;
}

/* How many calls each an early settle took (1: DOMINANT after one each;
 * 2: CLEAR after two each), or 0 when the round goes on. */
static int early_calls(const LimeRtMeasure *m, const SizeClass *c) {
    if (ahead(m, c, 1, 2 * DOMINANT)) return 1;
    if (ahead(m, c, 2, CLEAR_HALVES)) return 2;
    return 0;
}

/* The fewest settled calls whose time (each the winner's best) is
 * RESAMPLE_SHARE times what this round's calls on the other candidates
 * took beyond the winner's time: a round like it again costs no more. */
static int64_t affordable_interval(const LimeRtMeasure *m, const SizeClass *c, int win) {
    double extra = 0; /* in calls of the winner */
    int64_t base = c->best_ns[win] > 0 ? c->best_ns[win] : 1;
    for (int k = 0; k < m->ncand; k++)
        if (k != win) extra += (double)c->samples[k] * (double)(c->best_ns[k] - c->best_ns[win]) / (double)base;
    double calls = extra * RESAMPLE_SHARE;
    return calls >= MAX_INTERVAL ? MAX_INTERVAL : (int64_t)calls;
}

/* The decision of a round that has all its samples, or whose fastest
 * candidate is ahead after `early` calls each (early_calls; 0: not early). */
static char *settle(LimeRtMeasure *m, SizeClass *c, int cls, int early) {
    int win = fastest(m, c);
    bool again = c->previous >= 0;
    if (again && win == c->previous) c->interval = c->interval * 2 > MAX_INTERVAL ? MAX_INTERVAL : c->interval * 2;
    else c->interval = FIRST_INTERVAL;
    int64_t affordable = affordable_interval(m, c, win);
    if (c->interval < affordable) c->interval = affordable;
    if (!again && c->interval > FIRST_CHECK) c->interval = FIRST_CHECK;
    c->settled = win;
    c->since = 0;
    char *times = times_text(m, c), *size = lime_rt_size_class_text(cls);
    char *text = early == 1 ? lime_rt_strf("%s%s, %s over %dx faster than the rest after a call each: %s; next sample "
                                           "after %lld calls", size, again ? " sampled again" : "", m->names[win],
                                           DOMINANT, times, (long long)c->interval)
               : early == 2 ? lime_rt_strf("%s%s, %s over %.1fx faster than the rest after 2 calls each: %s; next "
                                           "sample after %lld calls", size, again ? " sampled again" : "",
                                           m->names[win], CLEAR_HALVES / 2.0, times, (long long)c->interval)
                            : lime_rt_strf("%s%s, best of %d calls each: %s; next sample after %lld calls", size,
                                      again ? " sampled again" : "", SAMPLES, times, (long long)c->interval);
    free(times);
    free(size);
    return text;
}

char *lime_rt_measure_record(LimeRtMeasure *m, int64_t n, int cand, int64_t ns, const char **winner) {
    SizeClass *c = class_of(m, n);
    if (c->settled >= 0 || cand < 0 || cand >= m->ncand) return NULL;
    if (c->samples[cand] == 0 || ns < c->best_ns[cand]) c->best_ns[cand] = ns;
    c->samples[cand]++;
    int early = early_calls(m, c);
    for (int k = 0; k < m->ncand && !early; k++)
        if (c->samples[k] < SAMPLES) return NULL;
    char *text = settle(m, c, lime_rt_size_class(n), early);
    *winner = m->names[c->settled];
    return text;
}

void lime_rt_measure_free(LimeRtMeasure *m) { free(m); }

bool lime_rt_measure_preset(LimeRtMeasure *m, int cls, const char *winner) {
    if (cls < 0 || cls >= CLASSES) return false;
    for (int k = 0; k < m->ncand; k++)
        if (strcmp(m->names[k], winner) == 0) {
            SizeClass *c = &m->classes[cls];
            c->settled = c->previous = k;
            c->since = 0;
            c->interval = LEARNED_INTERVAL;
            return true;
        }
    return false;
}
