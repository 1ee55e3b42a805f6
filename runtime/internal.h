/* internal.h: what the runtime's files share and compiled code never sees.
 * Everything here is prefixed lime_rt_ and may change freely; the ABI is
 * lime.h. */
#ifndef LIME_RUNTIME_INTERNAL_H
#define LIME_RUNTIME_INTERNAL_H

#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>

#include "lime.h"

/* ---- heap.c ---------------------------------------------------------- */

/* Called once by lime_start, before any allocation: sets the heap's limit
 * ($LIME_HEAP_MAX, else a quarter of physical memory). */
void lime_rt_heap_init(void);
/* ---- interop.c -------------------------------------------------------- */

/* A Lime library linked into a C program (limec --emit=lib): what its
 * object gives the runtime in place of an executable's global hooks (so
 * that several libraries link into one program: docs/build-systems.md).
 * backends/cpu/export.c writes it as a private global; the layout is the
 * generated code's: seven pointers, then two int32_t. */
typedef LimeObject *(*LimeRtMakeException)(LimeString *name, LimeString *message);
typedef struct LimeLibrary {
    const char *manifest_sha256;       /* the manifest's digest, hex; "" when none */
    const char *artifacts;             /* its artifacts folder, absolute, or NULL */
    LimeRtMakeException make_exception; /* its LimeExceptions.make, or NULL */
    void (*print_uncaught)(void *e);   /* its Throwable.printUncaught, or NULL */
    void (*rethrown_here)(void *e);    /* its Throwable.rethrownHere, or NULL */
    const LimeClass *class_of_Class;   /* its java.lang.Class descriptor, or NULL */
    void *manifest_state;              /* manifest.c's, for it (NULL until read) */
    int32_t ntasks;                    /* its tasks: ids 0 .. ntasks-1 in its manifest */
    int32_t task_base;                 /* -1 until its first call; then its ids' offset, process-wide */
} LimeLibrary;
/* The library whose exported function runs now (calls come from one
 * thread, and a library's code never calls another's); NULL in an
 * executable. */
extern LimeLibrary *lime_rt_library;
/* The first and, on a throw, last call of every function a Lime library
 * exports to C: the first registers lib on its first call (its tasks get
 * the next task_base: libraries' task ids follow each other in the order
 * they are first called) and makes it the current library. */
void lime_rt_c_call_begin(LimeLibrary *lib);
void lime_rt_c_call_caught(void *exception);
/* The registered library whose tasks include process-wide id task, or
 * NULL (an executable, or no such library); *local its id in the
 * library's manifest. */
LimeLibrary *lime_rt_library_of_task(int32_t task, int32_t *local);
/* The program's hooks (the current library's, else the executable's
 * global ones; NULL when the program has none). */
LimeRtMakeException lime_rt_hook_make_exception(void);
void (*lime_rt_hook_print_uncaught(void))(void *);
void (*lime_rt_hook_rethrown_here(void))(void *);
const LimeClass *lime_rt_hook_class_of_Class(void);
/* The bytes of an array of len elements; throws OutOfMemoryError
 * "Requested array size exceeds VM limit" beyond the JVM's longest array. */
size_t lime_rt_array_bytes(int32_t elem_size, int32_t len);
/* A heap string of len code units: chars uninitialised, hash 0. */
LimeString *lime_rt_new_string(int32_t len);
/* Whether p (not NULL) is a String: a heap string (its own GC kind) or a
 * compiler-emitted constant (the only Java-visible data outside the GC
 * heap). */
bool lime_rt_is_string(const void *p);
bool lime_rt_hash_cacheable(uint32_t h);  /* a String may cache hash code h (heap.c) */
bool lime_rt_in_image(const void *p);     /* p is static data of the executable */
/* Whether p (not NULL, not a String) is an array rather than an object
 * (a String's cached hash never looks like { elem_size 1..8 }:
 * lime_rt_hash_cacheable). */
bool lime_rt_is_array(const void *p);
/* Whether p lies in the GC heap (heap strings may cache their hash). */
bool lime_rt_in_heap(const void *p);
/* Whether heap block p holds no pointers (a primitive array or a string). */
bool lime_rt_is_pointer_free(const void *p);
/* Stable identity number of a heap object, as Object.hashCode would be. */
uint32_t lime_rt_identity_hash(const void *p);

/* ---- env.c: LIME_* variables ------------------------------------------- */

/* Variable `name` as a switch: 1/yes/true/on (any case) is on; 0/no/false/
 * off, empty or unset is off; anything else warns and is off.  (Callers
 * read a variable once.) */
bool lime_rt_env_flag(const char *name);
/* The same for a switch that is on by default: unset is `unset`, and an
 * unrecognised value warns and is `unset` too (LIME_WINDOW). */
bool lime_rt_env_switch(const char *name, bool unset);
/* lime_rt_env_switch read once into *cache (-1 until then), safe from
 * any thread */
int lime_rt_env_switch_cached(atomic_int *cache, const char *name, bool unset);
/* value (may be NULL) is word, in any case */
bool lime_rt_env_is(const char *value, const char *word);
/* LIME_FAULT=point[,point...] (read once; an unknown point is one warning
 * and the whole variable ignored): whether the device failure `point`
 * (env.c lists them) is to be injected.  A device consults it where that
 * failure would happen and fails there as it would, its reason ending in
 * " [LIME_FAULT=point]". */
bool lime_rt_fault(const char *point);

/* ---- arraytypes.c ------------------------------------------------------ */

/* The JVM's name of array a's class ("[I", "[Ljava.lang.String;") */
const char *lime_rt_array_name(const LimeArray *a);
/* a.getClass() */
void *lime_rt_array_get_class(const LimeArray *a);
/* The type of arrays of objects of class c (made on first use) */
const LimeArrayType *lime_rt_array_type_of_class(const LimeClass *c);
/* A new array of n elements of array a's run-time type (Object[] when
 * that is not known) */
LimeArray *lime_rt_new_array_like(const LimeArray *a, int32_t n);
/* System.arraycopy's null, position and length checks (runtime/arraycopy.c) */
void lime_rt_arraycopy_bounds(void *src, int32_t src_pos, void *dest, int32_t dest_pos, int32_t length,
                              const char *src_elem, const char *dest_elem);
/* the array type of array class c (T[].class); NULL when c is none */
const LimeArrayType *lime_rt_array_type_of_array_class(const LimeClass *c);
/* ClassCastException: v cannot be cast to the class of that name */
_Noreturn void lime_rt_throw_class_cast_to(void *v, const char *to);

/* ---- parallel.c ------------------------------------------------------ */

/* Called by lime_throw first: inside a chunk of a parallel job, records
 * the exception (name and message are copied) when its chunk is the
 * lowest failing one so far and abandons the chunk (does not return);
 * elsewhere returns, and the throw is reported at once. */
void lime_rt_chunk_throw(const char *name, const char *message);
/* The same for an exception object (lime_throw_object). */
void lime_rt_chunk_throw_object(void *exception);

/* ---- exceptions.c ---------------------------------------------------- */

/* A parallel chunk starts with no handlers: the caller's are not the
 * worker's (suspend returns the chain, resume puts it back). */
void *lime_rt_handlers_suspend(void);
void lime_rt_handlers_resume(void *saved);
/* lime_throw from a signal handler: the exception object is made where
 * the handler catches it (or it is reported as lime_throw does). */
_Noreturn void lime_rt_throw_from_signal(const char *name);
/* trace.c: stack traces (capture, and the frames of an uncaught runtime
 * exception on System.err) */
void lime_rt_trace_thread_init(void);
void lime_rt_trace_capture_signal(uintptr_t pc, uintptr_t fp);
void lime_rt_trace_print_uncaught(void);
/* A parallel chunk's throw (parallel.c): the code addresses of the frames
 * below `limit` (the frame that ran the chunk), innermost first, into a
 * malloc'd *pcs; returns how many (0: none, *pcs NULL). */
int lime_rt_trace_below(const void *limit, uintptr_t **pcs);
/* ... and on the thread that rethrows it: those frames go before its own
 * in the next trace it captures or prints (pcs is copied). */
void lime_rt_trace_inherit(const uintptr_t *pcs, int n);

/* ---- objects.c ------------------------------------------------------- */

/* The JVM's name of the class of reference v (a String, an array, an object). */
const char *lime_rt_class_name_of(void *v);
bool lime_rt_string_implements(const LimeClass *c);  /* String is a c (Comparable, CharSequence, Serializable) */

/* ---- stack.c --------------------------------------------------------- */

/* Guards the calling thread's stack: StackOverflowError when it overflows
 * (and output flushed on any other fatal fault).  Every thread that runs
 * Java code calls it first. */
void lime_rt_stack_guard_thread(void);
/* The SIGSEGV and SIGBUS handlers, kept around a library that may take
 * them (PoCL loads LLVM, whose crash handler claims them) and put back. */
void lime_rt_stack_guard_keep(struct sigaction kept[2]);
void lime_rt_stack_guard_restore(const struct sigaction kept[2]);

/* ---- start.c --------------------------------------------------------- */

/* exit(status), after the one function lime_rt_before_exit registered
 * (run too when main returns): the runtime's exits go through here, so that
 * it runs before any atexit handler, whoever registered it when. */
_Noreturn void lime_rt_exit(int status);
void lime_rt_before_exit(void (*fn)(void));

/* ---- print.c --------------------------------------------------------- */

void lime_rt_io_init(void);
/* Flushes System.out then System.err (at exit and before an exception). */
void lime_rt_flush_all(void);
/* Writes raw UTF-8 bytes on System.err after flushing System.out. */
void lime_rt_err_bytes(const char *bytes, size_t n);
/* on: file descriptor 2 becomes /dev/null (a device compiler's chatter is
 * dropped) while System.err and lime_rt_err_bytes still reach the real
 * stderr; off: puts it back.  Nests; safe from any thread (a background
 * build). */
void lime_rt_stderr_quiet(bool on);

/* ---- profile.c ------------------------------------------------------- */

/* One task call, as LIME_PROFILE records it (profile.c's comment says what
 * each figure is; -1: the device does not know it). */
typedef struct LimeRtProfileRecord {
    int32_t task;
    const char *name;      /* the task's name, "" or NULL when unknown */
    const char *device;    /* static: a device's name or "cpu" */
    const char *kind;      /* static: "map", "reduce", "stream" */
    int64_t elements;
    int64_t ns;            /* the call's wall time */
    int64_t device_ns;     /* the device's own time */
    int64_t build_ns;      /* building the task's code, in the call that paid it */
    int64_t bytes_in, bytes_out;  /* copied to the device and back */
} LimeRtProfileRecord;

bool lime_rt_profile_on(void);       /* LIME_PROFILE asks for records */
bool lime_rt_profile_lines(void);    /* LIME_PROFILE=1: also a device's per-run lines */
void lime_rt_profile_record(const LimeRtProfileRecord *r);
void lime_rt_profile_report(void);   /* the summary (run at exit under LIME_PROFILE=1) */
int64_t lime_rt_now_ns(void);        /* CLOCK_MONOTONIC */
/* The next CPU run of `task` (lime_profile_cpu_begin/_end around it) is
 * timed and its time given to done, once; another task's run is not
 * (device.c's measured choice). */
void lime_rt_cpu_sample(int32_t task, void (*done)(int32_t task, int64_t elements, int64_t ns));

/* ---- measure.c: LIME_DEVICE=auto's measured choice for one task -------- */

typedef struct LimeRtMeasure LimeRtMeasure;
/* Candidates names[0..ncand) (names[0] "cpu"; static strings); at most 4. */
LimeRtMeasure *lime_rt_measure_new(int ncand, const char *const *names);
void lime_rt_measure_free(LimeRtMeasure *m);
/* The size class of a call over n elements: floor(log2(n)), 0 for n <= 1. */
int lime_rt_size_class(int64_t n);
/* "size class 2^4 (16 to 31 elements)" (malloc'd) */
char *lime_rt_size_class_text(int cls);
/* The calls a class settled by an earlier run (LIME_CHOICES) runs before its
 * first re-sample. */
int lime_rt_measure_interval(void);
/* The candidate that runs the next call over n elements; *timed: whether
 * its time is wanted (lime_rt_measure_record). */
int lime_rt_measure_pick(LimeRtMeasure *m, int64_t n, bool *timed);
/* A timed call's whole time: NULL, or when it settles its class the
 * decision's text for LIME_LOG (malloc'd) and *winner the chosen name. */
char *lime_rt_measure_record(LimeRtMeasure *m, int64_t n, int cand, int64_t ns, const char **winner);
/* Settles class cls on the candidate named winner, as a settle would (its
 * next sample after the first interval); false when there is no such class
 * or candidate. */
bool lime_rt_measure_preset(LimeRtMeasure *m, int cls, const char *winner);

/* ---- choices.c: LIME_CHOICES=FILE, auto's settled choices kept between runs */

/* Presets, from the file, every class of task that an earlier run with the
 * same key (the manifest's SHA-256 and the device's description) settled;
 * calls learned(task, cls, winner) for each (mu held by the caller). */
void lime_rt_choices_load(const char *device, int32_t task, LimeRtMeasure *m,
                          void (*learned)(int32_t task, int cls, const char *winner));
/* Before task's device code is built (no description of the device yet):
 * the winner an earlier run settled for task's class cls, where the file's
 * lines of the task all name one device (taken to be this run's, which
 * lime_rt_choices_load checks once the code is built); else NULL. */
const char *lime_rt_choices_peek(int32_t task, int cls);
/* whether LIME_CHOICES holds any size class's choice for task (asked once
 * per task: its cold calls then skip lime_rt_choices_peek) */
bool lime_rt_choices_has(int32_t task);
/* A class settled (kept in memory until lime_rt_choices_save). */
void lime_rt_choices_note(const char *device, int32_t task, int cls, const char *winner);
/* Writes the file: its lines of other keys, tasks and classes kept, this
 * run's settles replacing theirs (at exit). */
void lime_rt_choices_save(void);

/* ---- numfmt.c -------------------------------------------------------- */

/* Java's Double.toString / Float.toString into buf (at least 32 bytes);
 * returns the length (no terminating NUL is written). */
int lime_rt_fmt_double(double v, char *buf);
int lime_rt_fmt_float(float v, char *buf);
/* The decimal digits java.util.Formatter starts from for a finite v > 0
 * (FloatingDecimal's, generating at least two digits): v is about
 * 0.d1d2...dn * 10^*dec_exp; digits (at least 24 bytes) gets d1..dn, n is
 * returned. */
int lime_rt_double_digits(double v, char *digits, int *dec_exp);
/* Long.toString; buf at least 21 bytes; returns the length. */
int lime_rt_fmt_long(int64_t v, char *buf);

/* ---- character.c ---------------------------------------------------- */

/* Character.isWhitespace, toUpperCase and toLowerCase of a code point, as
 * the JDK the tables were generated from (unicode_tables.h). */
bool lime_rt_is_whitespace(int32_t cp);
int32_t lime_rt_to_upper(int32_t cp);
int32_t lime_rt_to_lower(int32_t cp);
/* String.toUpperCase (upper) or toLowerCase of one code point, Sigma
 * aside (its lower case depends on the context): the chars into out,
 * their number (1..3) returned. */
int lime_rt_full_case(int32_t cp, bool upper, uint16_t out[3]);
/* Cased letters (upper, lower or title case), for the final sigma; the
 * characters words are made of (letters, digits, combining marks). */
bool lime_rt_is_cased(int32_t cp);
bool lime_rt_is_word(int32_t cp);

/* ---- strings.c ------------------------------------------------------- */

/* A fresh String holding n ASCII bytes. */
LimeString *lime_rt_string_from_ascii(const char *s, int n);
/* UTF-8 text of s for messages: NUL-terminated, GC-allocated; unpaired
 * surrogates become '?'. */
char *lime_rt_string_to_utf8(const LimeString *s);
/* String.valueOf(Object) for a reference that may be a String, an array or
 * an object. */
LimeString *lime_rt_string_of_any(void *v);

/* ---- format.c -------------------------------------------------------- */

/* The text of a box (lime_box_of_*: Integer, Double, ...); NULL when p is
 * not one. */
LimeString *lime_rt_box_string(void *p);

/* ---- device.c -------------------------------------------------------- */

/* printf into a fresh malloc'd string (exits on out of memory). */
char *lime_rt_strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- manifest.c ------------------------------------------------------ */

/* The manifest schema version this runtime reads (the file's `lime:`; any
 * other is rejected).  docs/manifest.md is the schema. */
#define LIME_RT_MANIFEST_VERSION 1

/* One key of a mapping in the manifest: value malloc'd, NULL when the
 * value is not a scalar (a list or a mapping). */
typedef struct LimeRtPair {
    char *key;
    char *value;
} LimeRtPair;

/* A mapping's keys in file order. */
typedef struct LimeRtPairs {
    int32_t n;
    LimeRtPair *pairs;
} LimeRtPairs;

/* One entry of a task's `backends:` mapping, read the same way for every
 * backend (no backend is named in manifest.c); the device of that name
 * reads its own keys from `keys` with the lime_rt_entry_* helpers. */
typedef struct LimeRtBackend {
    char *name;            /* the key: "cpu", ... */
    bool accepted;         /* accepted */
    char *reason;          /* reason; NULL when absent */
    bool covered;          /* covered_by present: rejected because another task
                              (a graph's stream task) runs this work there */
    LimeRtPairs keys;      /* every key of the entry, these three too */
} LimeRtBackend;

/* One task of prog.artifacts/manifest.yaml (strings malloc'd, never NULL
 * except where noted). */
typedef struct LimeRtTaskInfo {
    int32_t id;
    char *name;            /* "saxpy@14"; "" when absent */
    char *kind;            /* "map", "reduce", ...; "" when absent */
    char *location;        /* "saxpy.lime:14:23"; "" when absent */
    int32_t elem_size;     /* 0 when absent */
    LimeRtPairs keys;      /* every key of the task (backends: value NULL) */
    int32_t nbackends;
    LimeRtBackend *backends;
} LimeRtTaskInfo;

typedef struct LimeRtManifest {
    char *dir;             /* the artifacts folder */
    char *program;
    LimeRtPairs keys;      /* every top-level key (tasks: value NULL) */
    int32_t ntasks;
    LimeRtTaskInfo *tasks;
} LimeRtManifest;

/* The manifest of task's program or library (task ids are process-wide:
 * interop.c), read on the first call (later calls return the same
 * answer).  NULL when it is missing or malformed: then *why (kept) says
 * why, naming the file. */
const LimeRtManifest *lime_rt_manifest(int32_t task, const char **why);
/* Whether that manifest was refused because it is not the one the
 * executable (library) was built with (a warning whatever LIME_DEVICE says). */
bool lime_rt_manifest_refused(int32_t task);
/* The digest of that manifest, "" when the program carries none; *local:
 * the task's id in it. */
const char *lime_rt_manifest_digest(int32_t task, int32_t *local);
/* The manifest at `dir` (dir/manifest.yaml), read afresh each call, for
 * tests; NULL with *why (static storage until the next call). */
const LimeRtManifest *lime_rt_manifest_read(const char *dir, const char **why);
/* The task with id `id`, or NULL. */
const LimeRtTaskInfo *lime_rt_manifest_task(const LimeRtManifest *m, int32_t id);
/* A task's own key (`graph`, `filters`, ...) as a string, or NULL when
 * absent or not a scalar. */
const char *lime_rt_task_str(const LimeRtTaskInfo *t, const char *key);
/* The next task of kind `kind` in the same stream graph as t (same `graph`
 * key), searching m's tasks from index *from on (start at 0; *from is
 * moved past the one returned); NULL when there is none or t has no graph. */
const LimeRtTaskInfo *lime_rt_graph_task(const LimeRtManifest *m, const LimeRtTaskInfo *t, const char *kind,
                                         int32_t *from);
/* backends.<name> of a task, or NULL when absent. */
const LimeRtBackend *lime_rt_task_backend(const LimeRtTaskInfo *t, const char *name);

/* How a device reads one key of its entry (lime_rt_entry_*). */
typedef enum { LIME_RT_STRING, LIME_RT_COUNT, LIME_RT_NUMBER, LIME_RT_BOOL } LimeRtKeyType;
typedef struct LimeRtKeyDef {
    const char *key;
    LimeRtKeyType type;
} LimeRtKeyDef;

/* Key `key` of an entry (b may be NULL): the string, NULL when absent or
 * not a scalar. */
const char *lime_rt_entry_str(const LimeRtBackend *b, const char *key);
/* An integer >= 0, or 0 when absent or malformed. */
int32_t lime_rt_entry_count(const LimeRtBackend *b, const char *key);
/* A number >= 0, or 0 when absent or malformed. */
double lime_rt_entry_number(const LimeRtBackend *b, const char *key);
/* YAML 1.1's true (true, True, TRUE, yes, on); false otherwise. */
bool lime_rt_entry_bool(const LimeRtBackend *b, const char *key);
/* Whether key k is present in b and its value parses as k's type says (a
 * string: any scalar; a count: an integer >= 0; a number: a finite number
 * >= 0; a bool: true or false). */
bool lime_rt_entry_parses(const LimeRtBackend *b, const LimeRtKeyDef *k);

/* The bytes of artifact `rel` (relative to m->dir), NUL-terminated and
 * malloc'd, after checking that their SHA-256 is sha256_hex (any case).
 * NULL when the file is unreadable or altered, or when rel leaves the
 * folder (absolute, a "." or ".." component, a symbolic link on the way):
 * then *why (malloc'd) says why. */
char *lime_rt_read_artifact(const LimeRtManifest *m, const char *rel, const char *sha256_hex, char **why);
/* The same for a binary artifact: *len receives its length in bytes (a NUL
 * still follows them). */
char *lime_rt_read_artifact_bytes(const LimeRtManifest *m, const char *rel, const char *sha256_hex, size_t *len,
                                  char **why);
/* The path of artifact rel under m->dir (malloc'd), for messages. */
char *lime_rt_artifact_path(const LimeRtManifest *m, const char *rel);

/* ---- devices.c: the device table ------------------------------------- */

/* A device that runs tasks instead of the CPU: one per file (opencl.c,
 * fpga.c), each exporting one of these; devices.c lists them.  device.c
 * holds the policy (LIME_DEVICE, the decision, fallbacks, messages) and
 * names no device.  A task handle is the device's own (void *).
 *
 * Every operation is called with device.c's mutex held.  A `why` is
 * malloc'd, one line, and becomes the warning "task N (name): <why>;
 * running it on the CPU".  err[4] receives the Java exception a run raised
 * (err[0]: 0 none, 1 index out of bounds [1] [2], 2 / by zero, 3 negative
 * array size [1], 4 null pointer); device.c raises it. */
typedef struct LimeRtDevice {
    const char *name;      /* LIME_DEVICE=<name>, the manifest's backends.<name>,
                              the "on <name>" of log lines */
    bool auto_ok;          /* LIME_DEVICE=auto may choose it (a simulator may not) */
    const char *no_reason; /* the reason when its entry is rejected and gives none */
    const LimeRtKeyDef *keys; /* what open reads from an accepted entry (ends
                                 with a NULL key); the compiler must write them */
    /* Makes task info's handle from its accepted entry e (forced: the user
     * asked for this device; otherwise auto chose it).  NULL with *why when
     * it cannot; then *warn says whether that is a failure to warn about
     * even under auto (rather than a choice, such as finding no hardware). */
    void *(*open)(const LimeRtManifest *m, const LimeRtTaskInfo *info, const LimeRtBackend *e, bool forced,
                  char **why, bool *warn);
    /* The LIME_LOG=1 line's "where" (static or the handle's). */
    const char *(*describe)(void *task);
    /* Runs a task (lime_device_map / _reduce / _stream, whose checks of the
     * call come first); NULL where the device has no task of that kind.
     * true when it ran (err set), false with *why when it cannot. */
    bool (*map)(void *task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args, int32_t err[4],
                char **why);
    bool (*reduce)(void *task, LimeArray *in, void *result, int32_t err[4], char **why);
    bool (*stream)(void *task, LimeArray *src, LimeArray *out, uint32_t *state, int32_t state_words,
                   int32_t err[4], char **why);
    /* The LIME_PROFILE=1 line of the last run, after "lime: profile: task
     * N (name) on <name>: " (malloc'd); NULL: the device prints none. */
    char *(*profile)(void *task);
    /* What the device knows of the last run for LIME_PROFILE: fills r's
     * device_ns, build_ns, bytes_in and bytes_out (left -1 where it does
     * not know); NULL: it knows none of them. */
    void (*stats)(void *task, LimeRtProfileRecord *r);
    /* Frees a handle (a task that failed stays on the CPU for good). */
    void (*close)(void *task);
    /* lime-devices: what this machine offers of the device, one line
     * each, "NAME[:N]  what" */
    void (*list)(FILE *out);
    /* Arrays kept only on the device (a map run under lime_device_map_kept
     * whose output was not read back; NULL: the device keeps none).
     * host_copy reads array a's elements into the host array if the device
     * holds the only copy: the bytes read (*task: the task that made it),
     * 0 when it holds none, -1 with *why when the read failed (dev_mu held).
     * release marks a's kept copy as no longer needed, without a lock
     * (generated code calls it after the array's last use; the buffer is
     * freed at the device's next call). */
    int64_t (*host_copy)(LimeArray *a, int32_t *task, char **why);
    void (*release)(LimeArray *a);
} LimeRtDevice;

/* How many arrays some device holds the only copy of (the devices count
 * them): lime_device_host and lime_device_release return at once while it
 * is 0.  device.c. */
extern _Atomic int lime_rt_kept_arrays;
/* Whether the map call in progress (dev_mu held) may leave its output on
 * the device, unread (lime_device_map_kept): its task's id, else -1.  The
 * device then keeps it, counted in lime_rt_kept_arrays, until
 * lime_device_host or the array's death. */
int32_t lime_rt_keep_output(void);

/* LIME_DEVICE=gpu:SEL or LIME_DEVICE_TASK=ID:gpu:SEL: SEL (a number or part
 * of a name), *setting the setting that gave it ("LIME_DEVICE=gpu:1"); else NULL */
const char *lime_rt_device_selector(const char **setting);

/* Every device, ended by a NULL name, in the order LIME_DEVICE's warning
 * lists them; auto takes the first whose auto_ok is set.  device is NULL
 * where the program does not link it (devices.c). */
typedef struct LimeRtDeviceSlot {
    const char *name;
    const LimeRtDevice *device;
    const char *kinds;     /* the task kinds it runs ("map reduce"), known when it is not linked */
} LimeRtDeviceSlot;
extern const LimeRtDeviceSlot lime_rt_devices[];
#define LIME_RT_MAX_DEVICES 8   /* entries of lime_rt_devices before its end */

/* whether cp lies in one of the n sorted ranges [first, last] of t
 * (a table of unicode_tables.h; character.c) */
bool lime_rt_in_ranges(const uint32_t (*t)[2], int n, int32_t cp);
/* FileInputStream.available() of a file descriptor (fileio.c) */
int64_t lime_rt_fd_available(int fd);

#endif
