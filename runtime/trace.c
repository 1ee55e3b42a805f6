/* trace.c: Java's stack traces.
 *
 * Capture: when a Throwable is made (Throwable.fillInStackTrace, or the
 * runtime's own exceptions) the thread's frame-pointer chain is walked:
 * every function limec compiles keeps a frame pointer, and so does this
 * runtime (-fno-omit-frame-pointer), so a trace costs a few loads per
 * frame and no unwinder.  What is kept is the code address of each frame
 * (return address - 1: inside the call), at most TRACE_PCS of them.  A
 * stack overflow is captured in the signal handler from the faulting
 * context, into a per-thread buffer (no allocation there), and given to
 * the StackOverflowError made once the stack is unwound.
 *
 * Symbols: the program's DWARF (backends/cpu/debuginfo.c: a DW_LANG_Java
 * unit whose subprograms are named as the JVM names frames, "p.C.m", with
 * inlined calls as inlined subroutines), read with elfutils' libdw, which
 * is loaded with dlopen the first time a trace is printed, so that a
 * program that prints none neither links nor loads it.  One code address
 * gives the frames of the calls inlined there, innermost first.  Frames of
 * other units (this runtime, libc) and hidden ones (a name starting with
 * '<': the library, bridges) are skipped; at most MAX_FRAMES are kept, as
 * the JVM's default MaxJavaStackTraceDepth. */
#include <dlfcn.h>
#include <elfutils/libdwfl.h>
#include <dwarf.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define TRACE_PCS 1200
#define MAX_FRAMES 1024

/* ------------------------------------------------------------ capture */

static __thread uintptr_t stack_lo_, stack_hi_;
static __thread bool bounds_known;

static bool stack_bounds(uintptr_t *lo, uintptr_t *hi) {
    if (!bounds_known) {
        pthread_attr_t attr;
        void *addr;
        size_t size;
        if (pthread_getattr_np(pthread_self(), &attr) != 0) return false;
        bool ok = pthread_attr_getstack(&attr, &addr, &size) == 0;
        pthread_attr_destroy(&attr);
        if (!ok) return false;
        stack_lo_ = (uintptr_t)addr;
        stack_hi_ = (uintptr_t)addr + size;
        bounds_known = true;
    }
    *lo = stack_lo_;
    *hi = stack_hi_;
    return true;
}

/* Code addresses of the frames from fp outwards, after first (if not 0),
 * into pcs, while the caller's frame is below limit (NULL: to the end);
 * returns how many. */
static int walk(uintptr_t first, const uintptr_t *fp, uintptr_t *pcs, int max, const void *limit) {
    uintptr_t lo, hi;
    int n = 0;
    if (first && n < max) pcs[n++] = first;
    if (!stack_bounds(&lo, &hi)) return n;
    while (n < max && (uintptr_t)fp >= lo && (uintptr_t)fp + 2 * sizeof *fp <= hi && ((uintptr_t)fp & 7) == 0) {
        /* a frame's return address is in its caller, whose frame is fp[0] */
        uintptr_t ret = fp[1];
        const uintptr_t *next = (const uintptr_t *)fp[0];
        if (!ret || (limit && (const void *)next >= limit)) break;
        pcs[n++] = ret - 1;
        if (next <= fp) break;
        fp = next;
    }
    return n;
}

static LimeArray *as_long_array(const uintptr_t *pcs, int n) {
    LimeArray *a = lime_new_typed_array(&lime_array_type_long, n);
    memcpy((char *)a + LIME_ARRAY_DATA_OFFSET, pcs, (size_t)n * sizeof *pcs);
    return a;
}

/* Called as a thread starts running Java code: its stack bounds, read
 * now because the signal handler cannot (pthread_getattr_np allocates). */
void lime_rt_trace_thread_init(void) {
    uintptr_t lo, hi;
    stack_bounds(&lo, &hi);
}

/* a stack overflow's trace, captured in the signal handler */
static __thread uintptr_t pending_pcs[TRACE_PCS];
static __thread int npending;

void lime_rt_trace_capture_signal(uintptr_t pc, uintptr_t fp) {
    npending = walk(pc, (const uintptr_t *)fp, pending_pcs, TRACE_PCS, NULL);
}

/* the frames of a parallel chunk's throw, on the thread that rethrows it */
static __thread uintptr_t inherited_pcs[TRACE_PCS];
static __thread int ninherited;

int lime_rt_trace_below(const void *limit, uintptr_t **pcs) {
    uintptr_t all[TRACE_PCS];
    int n = walk(0, __builtin_frame_address(0), all, TRACE_PCS, limit);
    *pcs = n ? malloc((size_t)n * sizeof **pcs) : NULL;
    if (*pcs) memcpy(*pcs, all, (size_t)n * sizeof **pcs);
    return *pcs ? n : 0;
}

void lime_rt_trace_inherit(const uintptr_t *pcs, int n) {
    if (n > TRACE_PCS) n = TRACE_PCS;
    if (n > 0) memcpy(inherited_pcs, pcs, (size_t)n * sizeof *pcs);
    ninherited = n;
}

/* The stack now, after the inherited frames (taken), into pcs; or the
 * overflow's. */
static int capture_now(uintptr_t *pcs, const uintptr_t *fp) {
    int n = npending;
    if (n) {
        memcpy(pcs, pending_pcs, (size_t)n * sizeof *pcs);
        npending = 0;
        return n;
    }
    n = ninherited;
    memcpy(pcs, inherited_pcs, (size_t)n * sizeof *pcs);
    ninherited = 0;
    return n + walk(0, fp, pcs + n, TRACE_PCS - n, NULL);
}

/* Throwable.captureTrace(): this thread's stack now, or the overflow's. */
__attribute__((noinline)) LimeArray *lime_native_java_lang_Throwable_captureTrace(void) {
    uintptr_t pcs[TRACE_PCS];
    return as_long_array(pcs, capture_now(pcs, __builtin_frame_address(0)));
}

/* ------------------------------------------------------------ symbols */

typedef struct Frame {
    const char *name;   /* "p.C.m" */
    const char *file;   /* base name */
    int line;
} Frame;

static struct {
    bool tried, ok;
    Dwfl *dwfl;
    Dwfl *(*begin)(const Dwfl_Callbacks *);
    int (*report_begin)(Dwfl *);
    int (*proc_report)(Dwfl *, pid_t);
    int (*report_end)(Dwfl *, int (*)(Dwfl_Module *, void *, const char *, Dwarf_Addr, void *), void *);
    Dwfl_Module *(*addrmodule)(Dwfl *, Dwarf_Addr);
    Dwarf_Die *(*nextcu)(Dwfl *, Dwarf_Die *, Dwarf_Addr *);
    int (*haspc)(Dwarf_Die *, Dwarf_Addr);
    Dwarf_Line *(*getsrc_die)(Dwarf_Die *, Dwarf_Addr);
    int (*lineno)(Dwarf_Line *, int *);
    const char *(*linesrc)(Dwarf_Line *, Dwarf_Word *, Dwarf_Word *);
    int (*getscopes)(Dwarf_Die *, Dwarf_Addr, Dwarf_Die **);
    int (*getscopes_die)(Dwarf_Die *, Dwarf_Die **);
    const char *(*formstring)(Dwarf_Attribute *);
    int (*getsrcfiles)(Dwarf_Die *, Dwarf_Files **, size_t *);
    const char *(*filesrc)(Dwarf_Files *, size_t, Dwarf_Word *, Dwarf_Word *);
    int (*tag)(Dwarf_Die *);
    int (*srclang)(Dwarf_Die *);
    Dwarf_Attribute *(*attr)(Dwarf_Die *, unsigned int, Dwarf_Attribute *);
    int (*formudata)(Dwarf_Attribute *, Dwarf_Word *);
    int (*find_elf)(Dwfl_Module *, void **, const char *, Dwarf_Addr, char **, Elf **);
    int (*find_debuginfo)(Dwfl_Module *, void **, const char *, Dwarf_Addr, const char *, const char *, GElf_Word, char **);
} dw;

static pthread_mutex_t dw_lock = PTHREAD_MUTEX_INITIALIZER;

#define LOAD(field, symbol) ok = ok && (*(void **)&dw.field = dlsym(lib, symbol)) != NULL

/* libdw, and the process's modules reported to it; false (said once on
 * System.err) when libdw is not installed. */
static bool symbols_ready(void) {
    if (dw.tried) return dw.ok;
    dw.tried = true;
    void *lib = dlopen("libdw.so.1", RTLD_NOW | RTLD_LOCAL);
    bool ok = lib != NULL;
    LOAD(begin, "dwfl_begin");
    LOAD(report_begin, "dwfl_report_begin");
    LOAD(proc_report, "dwfl_linux_proc_report");
    LOAD(report_end, "dwfl_report_end");
    LOAD(addrmodule, "dwfl_addrmodule");
    LOAD(nextcu, "dwfl_nextcu");
    LOAD(haspc, "dwarf_haspc");
    LOAD(getsrc_die, "dwarf_getsrc_die");
    LOAD(lineno, "dwarf_lineno");
    LOAD(linesrc, "dwarf_linesrc");
    LOAD(getscopes, "dwarf_getscopes");
    LOAD(getscopes_die, "dwarf_getscopes_die");
    LOAD(formstring, "dwarf_formstring");
    LOAD(getsrcfiles, "dwarf_getsrcfiles");
    LOAD(filesrc, "dwarf_filesrc");
    LOAD(tag, "dwarf_tag");
    LOAD(srclang, "dwarf_srclang");
    LOAD(attr, "dwarf_attr_integrate");
    LOAD(formudata, "dwarf_formudata");
    LOAD(find_elf, "dwfl_linux_proc_find_elf");
    LOAD(find_debuginfo, "dwfl_standard_find_debuginfo");
    static Dwfl_Callbacks callbacks;
    if (ok) {
        callbacks.find_elf = dw.find_elf;
        callbacks.find_debuginfo = dw.find_debuginfo;
        dw.dwfl = dw.begin(&callbacks);
        ok = dw.dwfl && dw.report_begin(dw.dwfl) == 0 && dw.proc_report(dw.dwfl, getpid()) == 0 &&
             dw.report_end(dw.dwfl, NULL, NULL) == 0;
    }
    if (!ok) {
        static const char note[] = "\t(no stack trace: libdw.so.1, elfutils' DWARF reader, could not be loaded)\n";
        lime_rt_err_bytes(note, sizeof note - 1);
    }
    dw.ok = ok;
    return ok;
}

static const char *base_name(const char *path) {
    if (!path) return NULL;
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* The name of a subprogram or inlined subroutine (an inlined one has it
 * through its abstract origin). */
static const char *name_of(Dwarf_Die *die) {
    Dwarf_Attribute at;
    return dw.attr(die, DW_AT_name, &at) ? dw.formstring(&at) : NULL;
}

/* The file an inlined subroutine was called from (its DW_AT_call_file, an
 * index into the unit's line-table files). */
static const char *call_file(Dwarf_Die *cu, Dwarf_Die *inlined) {
    Dwarf_Attribute at;
    Dwarf_Word index;
    Dwarf_Files *files;
    size_t nfiles;
    if (!dw.attr(inlined, DW_AT_call_file, &at) || dw.formudata(&at, &index) != 0) return NULL;
    if (dw.getsrcfiles(cu, &files, &nfiles) != 0 || index >= nfiles) return NULL;
    return dw.filesrc(files, index, NULL, NULL);
}

/* The frames at code address pc, innermost first, into out (room for
 * max); returns how many.  The innermost frame's line and file are the
 * line table's; each outer one's, the call site of the subroutine inlined
 * into it. */
static int frames_at(uintptr_t pc, Frame *out, int max) {
    Dwfl_Module *mod = dw.addrmodule(dw.dwfl, pc);
    Dwarf_Addr bias = 0;
    Dwarf_Die *cu = NULL;
    /* the Java units by their ranges (limec writes no .debug_aranges, so
     * dwfl_module_addrdie may answer with a C unit that has them) */
    if (mod)
        while ((cu = dw.nextcu(dw.dwfl, cu, &bias)) != NULL)
            if (dw.srclang(cu) == DW_LANG_Java && dw.haspc(cu, pc - bias) > 0) break;
    if (!cu) return 0;
    int line = 0;
    const char *file = NULL;
    Dwarf_Line *src = dw.getsrc_die(cu, pc - bias);
    if (src) {
        dw.lineno(src, &line);
        file = dw.linesrc(src, NULL, NULL);
    }
    /* the innermost scope at pc, then the scopes it is physically in
     * (dwarf_getscopes goes on with the lexical ones of an inlined
     * subroutine's origin) */
    Dwarf_Die *scopes = NULL, *innermost = NULL;
    int nscopes = dw.getscopes(cu, pc - bias, &innermost);
    if (nscopes > 0) nscopes = dw.getscopes_die(&innermost[0], &scopes);
    free(innermost);

    int n = 0;
    for (int i = 0; i < nscopes && n < max; i++) {
        int tag = dw.tag(&scopes[i]);
        if (tag != DW_TAG_inlined_subroutine && tag != DW_TAG_subprogram) continue;
        const char *name = name_of(&scopes[i]);
        if (name && name[0] != '<') out[n++] = (Frame){name, base_name(file), line};
        if (tag == DW_TAG_subprogram) break;
        Dwarf_Attribute at;
        Dwarf_Word call_line = 0;
        if (dw.attr(&scopes[i], DW_AT_call_line, &at)) dw.formudata(&at, &call_line);
        line = (int)call_line;
        file = call_file(cu, &scopes[i]);
    }
    free(scopes);
    return n;
}

/* The frames of a trace, at most MAX_FRAMES; *nframes gets how many. */
static Frame *symbolize(const uintptr_t *pcs, int npcs, int *nframes) {
    Frame *frames = lime_alloc((int64_t)sizeof(Frame) * MAX_FRAMES);
    int n = 0;
    pthread_mutex_lock(&dw_lock);
    if (symbols_ready())
        for (int i = 0; i < npcs && n < MAX_FRAMES; i++) n += frames_at(pcs[i], frames + n, MAX_FRAMES - n);
    pthread_mutex_unlock(&dw_lock);
    *nframes = n;
    return frames;
}

static bool in_class_chain(const LimeClass *c, const char *name, size_t len) {
    for (; c; c = c->super)
        if (strlen(c->name) == len && !memcmp(c->name, name, len)) return true;
    return false;
}

static LimeString *utf8(const char *s) { return lime_string_from_utf8(s, (int64_t)strlen(s)); }

/* Throwable.symbolizeTrace(trace): the frames as String[] {class, method,
 * file, line} per frame, without the constructors of self's own class and
 * superclasses that made it (the JVM starts at the `new`). */
LimeArray *lime_native_java_lang_Throwable_symbolizeTrace(LimeObject *self, LimeArray *trace) {
    int n;
    Frame *f = symbolize((const uintptr_t *)((char *)trace + LIME_ARRAY_DATA_OFFSET), trace->length, &n);
    int skip = 0;
    while (skip < n) {
        const char *dot = strrchr(f[skip].name, '.');
        if (!dot || strcmp(dot + 1, "<init>") || !in_class_chain(self->cls, f[skip].name, (size_t)(dot - f[skip].name)))
            break;
        skip++;
    }
    LimeArray *out = lime_new_typed_array(&lime_array_type_String, 4 * (n - skip));
    LimeString **s = (LimeString **)((char *)out + LIME_ARRAY_DATA_OFFSET);
    for (int i = skip; i < n; i++, s += 4) {
        const char *dot = strrchr(f[i].name, '.');
        s[0] = dot ? lime_string_from_utf8(f[i].name, dot - f[i].name) : utf8("");
        s[1] = utf8(dot ? dot + 1 : f[i].name);
        s[2] = f[i].file ? utf8(f[i].file) : NULL;
        s[3] = utf8(lime_rt_strf("%d", f[i].line));
    }
    return out;
}

/* The "\tat C.m(File.java:N)" lines of a runtime exception that no
 * handler catches (it never becomes an object): the stack now, or the
 * overflow's. */
void lime_rt_trace_print_uncaught(void) {
    static uintptr_t pcs[TRACE_PCS];
    int npcs = capture_now(pcs, __builtin_frame_address(0));
    int n;
    Frame *f = symbolize(pcs, npcs, &n);
    for (int i = 0; i < n; i++) {
        char *line = f[i].file ? lime_rt_strf("\tat %s(%s:%d)\n", f[i].name, f[i].file, f[i].line)
                               : lime_rt_strf("\tat %s(Unknown Source)\n", f[i].name);
        lime_rt_err_bytes(line, strlen(line));
    }
}
