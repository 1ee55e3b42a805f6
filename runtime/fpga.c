/* fpga.c: the fpga device (lime_rt_fpga_device, a LimeRtDevice of
 * internal.h), a task's Verilator model (prog.artifacts/fpga/taskN.so, the
 * C ABI of lime_fpga.h) driven clock by clock.
 *
 * Requires: a task's manifest entry backends.fpga (LimeRtFpgaSpec below,
 * docs/manifest.md); device.c's mutex held on every call.  Guarantees:
 * only when asked for (LIME_DEVICE=fpga): the model is a simulator, far
 * slower than the CPU, so auto never chooses it; map and stream tasks
 * (a stream task, a run of a graph's filters from its source, runs on no
 * other device); a missing, altered or unloadable model, one that
 * disagrees with the manifest or stops producing results, is a failure
 * (why).  LIME_PROFILE=1: one line per run (items, clocks, time at the
 * manifest's clock rate, time the simulation took).
 *
 * The model's bytes are read once and checked against the manifest's
 * SHA-256; its ELF note (lime_fpga.h) is read from them and checked against
 * the manifest (ABI, task id, words) before anything is loaded, so that no
 * code of a wrong model runs, not even a constructor; then it is loaded
 * from those very bytes (a memfd), so what runs is what was checked.  Each .so is loaded RTLD_LOCAL: tasks' models hold classes of
 * the same names, and each binds to its own (see backends/fpga/model.cpp).
 *
 * A run: a fresh model (lime_fpga_new resets it), lime_fpga_load with the
 * broadcast operands (params; an array passed whole: its length) and the
 * state words, lime_fpga_load_array with each array passed whole (one at
 * most the model's array_depth long; a longer one is a failure), then
 * every item in order
 * through lime_fpga_cycle with out_ready held high, until as many results
 * came out as items went in.  A model that has not finished within
 * n * ii + latency + 1000 clocks is a failure (the task then runs on the
 * CPU, which rewrites every output).  Words: lime_fpga.h. */
#include <dlfcn.h>
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "lime_fpga.h"

/* backends.fpga of a task (docs/manifest.md): strings the manifest's (NULL
 * when absent), numbers 0 when absent. */
typedef struct LimeRtFpgaSpec {
    const char *artifact;  /* the model, "fpga/task3.so" (relative to the folder) */
    const char *sha256;    /* of the model */
    const char *top;       /* "lime_task3" (for the log) */
    const char *in_types;  /* Java descriptor letters of the mapped operands (stream: the source), "" none */
    const char *param_types; /* of the broadcast operands */
    const char *out_type;  /* one letter, or a value class's fields' letters in order */
    int32_t state_words;
    double fmax_mhz;       /* Yosys's estimate, for the profile; 0: unknown */
    int32_t levels;        /* a reduce: its stream_reduce_tree's levels (a result per 2^levels
                              elements); 0 (absent) for other tasks */
    const char *loop_engine; /* a map with a loop exiting on data: what its engine is; NULL for others
                              (its clocks per item are the data's: no limit on a run's clocks) */
} LimeRtFpgaSpec;

/* The keys fpga_open reads, in LimeRtFpgaSpec's order. */
static const LimeRtKeyDef fpga_keys[] = {
    {"artifact", LIME_RT_STRING},    {"sha256", LIME_RT_STRING},   {"top", LIME_RT_STRING},
    {"in_types", LIME_RT_STRING},    {"param_types", LIME_RT_STRING}, {"out_type", LIME_RT_STRING},
    {"state_words", LIME_RT_COUNT},  {"fmax_mhz", LIME_RT_NUMBER}, {NULL, LIME_RT_STRING}};

static LimeRtFpgaSpec read_spec(const LimeRtBackend *e) {
    LimeRtFpgaSpec f;
    f.artifact = lime_rt_entry_str(e, "artifact");
    f.sha256 = lime_rt_entry_str(e, "sha256");
    f.top = lime_rt_entry_str(e, "top");
    f.in_types = lime_rt_entry_str(e, "in_types");
    f.param_types = lime_rt_entry_str(e, "param_types");
    f.out_type = lime_rt_entry_str(e, "out_type");
    f.state_words = lime_rt_entry_count(e, "state_words");
    f.fmax_mhz = lime_rt_entry_number(e, "fmax_mhz");
    f.levels = lime_rt_entry_count(e, "levels");   /* not in fpga_keys: only a reduce has it */
    f.loop_engine = lime_rt_entry_str(e, "loop_engine");   /* nor this: only a loop engine has it */
    return f;
}

/* What one run took: items through the model, clock cycles (those of
 * lime_fpga_cycle), and the host's wall-clock time for the simulation. */
typedef struct LimeRtFpgaRun {
    int64_t items, cycles;
    double seconds;
} LimeRtFpgaRun;

/* A value in memory: one primitive (one letter), or a value class's
 * fields (several letters, the fields in order: out_type, or an operand's
 * "(FFF)"), each at its natural alignment within a struct of that
 * alignment, as the CPU lays a value class out (LLVM's and C's rule on
 * this machine). */
typedef struct ValueLayout {
    int32_t n, size, words; /* fields; bytes of one value (an element of an array); its words */
    char types[16];
    int32_t offset[16], word[16];  /* per field: its byte in the value, its first word in the item */
} ValueLayout;

/* A task's model: the device's task handle. */
typedef struct LimeRtFpgaTask {
    const LimeRtTaskInfo *info;
    LimeRtFpgaSpec spec;
    LimeRtFpgaRun last;    /* the last run (for the profile) */
    ValueLayout out;         /* of its results */
    LimeFpgaInfo note;     /* the model's note, checked before it was loaded */
    const LimeFpgaInfo *abi; /* lime_fpga_info(), equal to the note */
    void *dl;
    int fd;                /* the memfd dl was loaded from (never closed: load_bytes) */
    LimeFpgaNewFn new_model;
    LimeFpgaFreeFn free_model;
    LimeFpgaLoadFn load;
    LimeFpgaStateFn state;
    LimeFpgaLoadArrayFn load_array;
    LimeFpgaCycleFn cycle;
    void *model;           /* a model fresh from reset, or NULL (made before the next run) */
    char *describe;
} LimeRtFpgaTask;

/* ---- Java values as words ------------------------------------------------ */

/* Words of one operand of type c (a Java descriptor letter); 0: no such type
 * on the FPGA. */
static int type_words(char c) {
    switch (c) {
    case 'Z': case 'B': case 'S': case 'C': case 'I': case 'F': return 1;
    case 'J': case 'D': return 2;
    default: return 0;
    }
}

/* Bytes of one element of type c in a Lime array. */
static int type_bytes(char c) {
    switch (c) {
    case 'Z': case 'B': return 1;
    case 'S': case 'C': return 2;
    case 'I': case 'F': return 4;
    case 'J': case 'D': return 8;
    default: return 0;
    }
}

/* Words of a descriptor string, or -1 (with *bad the letter) when one
 * letter has no words; an array "[F" (a broadcast array operand) is one
 * word, its length, and counts in *arrays. */
static int types_words(const char *types, char *bad, int *arrays) {
    int w = 0;
    for (const char *p = types; *p; p++) {
        if (*p == '(' || *p == ')') continue;   /* a value class's fields */
        bool array = *p == '[' && p[1];
        if (array) p++;
        if (!type_words(*p)) {
            *bad = *p;
            return -1;
        }
        w += array ? 1 : type_words(*p);
        *arrays += array;
    }
    return w;
}

/* The value of type c at p as words (Java's widening to int). */
static void pack(char c, const void *p, uint32_t *w) {
    switch (c) {
    case 'Z': w[0] = *(const uint8_t *)p != 0; break;
    case 'B': w[0] = (uint32_t)(int32_t) * (const int8_t *)p; break;
    case 'S': w[0] = (uint32_t)(int32_t) * (const int16_t *)p; break;
    case 'C': w[0] = *(const uint16_t *)p; break;
    case 'J': case 'D': memcpy(w, p, 8); break; /* little-endian: low word first; D its bits */
    default: memcpy(w, p, 4); break;  /* I, F (its bits) */
    }
}

/* Words back into a value of type c at p. */
static void unpack(char c, const uint32_t *w, void *p) {
    switch (c) {
    case 'Z': *(uint8_t *)p = w[0] != 0; break;
    case 'B': *(int8_t *)p = (int8_t)w[0]; break;
    case 'S': case 'C': *(uint16_t *)p = (uint16_t)w[0]; break;
    case 'J': case 'D': memcpy(p, w, 8); break;
    default: memcpy(p, w, 4); break;
    }
}

/* The layout (above) of the n letters at types; false when there are none,
 * more than 15, or one with no FPGA words. */
static bool value_layout(const char *types, size_t n, ValueLayout *l) {
    memset(l, 0, sizeof *l);
    int32_t align = 1, word = 0;
    for (const char *p = types; p < types + n; p++) {
        int32_t b = type_bytes(*p);
        if (l->n == 15 || !type_words(*p)) return false;
        l->size = (l->size + b - 1) / b * b;
        l->types[l->n] = *p;
        l->offset[l->n] = l->size;
        l->word[l->n++] = word;
        l->size += b;
        word += type_words(*p);
        if (b > align) align = b;
    }
    l->size = (l->size + align - 1) / align * align;
    l->words = word;
    return l->n > 0;
}

/* A value's fields (at src) as words. */
static void pack_value(const ValueLayout *l, const void *src, uint32_t *w) {
    for (int32_t k = 0; k < l->n; k++) pack(l->types[k], (const char *)src + l->offset[k], w + l->word[k]);
}

/* One operand's type in a manifest type string at *p: a letter, "[X" (an
 * array passed whole: its elements' letter in v) or "(XY...)" (a value
 * class's fields); *p moved past it; false at the end or when malformed. */
typedef struct OperandType {
    bool array;
    ValueLayout v;
} OperandType;

static bool next_operand(const char **p, OperandType *o) {
    const char *s = *p;
    o->array = *s == '[';
    if (o->array) s++;
    size_t n = 1, skip = 0;
    if (*s == '(' && !o->array) {
        s++;
        n = strcspn(s, ")");
        skip = 1;
        if (s[n] != ')') return false;
    }
    if (!*s || !value_layout(s, n, &o->v)) return false;
    *p = s + n + skip;
    return true;
}

/* A result's words into its element of out. */
static void unpack_value(const ValueLayout *l, const uint32_t *w, void *dst) {
    for (int32_t k = 0; k < l->n; k++) unpack(l->types[k], w + l->word[k], (char *)dst + l->offset[k]);
}

static void *elem(LimeArray *a, int64_t i, int32_t size) {
    return (char *)a + LIME_ARRAY_DATA_OFFSET + i * size;
}

/* ---- loading a model ----------------------------------------------------- */

/* dlopen of the checked bytes through a memfd, kept open in *fd for the
 * life of the process: the loader knows an object by its name,
 * /proc/self/fd/N, and keeps a model loaded after dlclose (C++ unique
 * symbols make it undeletable), so a closed N reused by the next model
 * would give back the first one. */
static void *load_bytes(const char *bytes, size_t len, const char *path, int *fd_out, char **why) {
    int fd = memfd_create("lime-fpga-model", MFD_CLOEXEC);
    *fd_out = fd;
    if (fd < 0) {
        *why = lime_rt_strf("cannot load %s (memfd_create failed)", path);
        return NULL;
    }
    for (size_t done = 0; done < len;) {
        ssize_t k = write(fd, bytes + done, len - done);
        if (k <= 0) {
            *why = lime_rt_strf("cannot load %s (writing its memfd failed)", path);
            return NULL;
        }
        done += (size_t)k;
    }
    if (lime_rt_fault("model-load")) {
        *why = lime_rt_strf("cannot load %s (dlopen failed) [LIME_FAULT=model-load]", path);
        return NULL;
    }
    char name[64];
    snprintf(name, sizeof name, "/proc/self/fd/%d", fd);
    void *dl = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!dl) {
        const char *e = dlerror();
        *why = lime_rt_strf("cannot load %s (%s)", path, e ? e : "dlopen failed");
    }
    return dl;
}

static void *symbol(LimeRtFpgaTask *t, const char *name, const char *path, char **why) {
    if (*why) return NULL;
    void *p = dlsym(t->dl, name);
    if (!p) *why = lime_rt_strf("%s has no function %s", path, name);
    return p;
}

/* ---- the model's note, read before any of its code ------------------------ */

static uint32_t word_at(const char *p) {
    uint32_t w;
    memcpy(&w, p, 4);
    return w;
}

static size_t align4(size_t n) { return (n + 3) & ~(size_t)3; }

/* The Lime note (lime_fpga.h) among the notes of one PT_NOTE segment,
 * seg[0..n): true with *out filled. */
static bool find_note(const char *seg, size_t n, LimeFpgaInfo *out) {
    for (size_t off = 0; n - off >= 12;) {
        size_t namesz = word_at(seg + off), descsz = word_at(seg + off + 4);
        uint32_t type = word_at(seg + off + 8);
        size_t name = off + 12;
        if (align4(namesz) > n - name || align4(descsz) > n - name - align4(namesz)) return false;
        size_t desc = name + align4(namesz);
        /* a note of another ABI may be shorter or longer: its abi field
         * (the first) says so, and check_abi reports it */
        if (namesz == sizeof LIME_FPGA_NOTE_NAME && memcmp(seg + name, LIME_FPGA_NOTE_NAME, namesz) == 0 &&
            type == LIME_FPGA_NOTE_INFO && descsz >= sizeof out->abi) {
            memset(out, 0, sizeof *out);
            memcpy(out, seg + desc, descsz < sizeof *out ? descsz : sizeof *out);
            return true;
        }
        off = desc + align4(descsz);
    }
    return false;
}

/* The model's LimeFpgaInfo from its ELF note, read from the checked bytes
 * before any of them is loaded (so no constructor of a model that is not
 * the task's, or not of this ABI, ever runs): NULL, or why not.  Takes a
 * 64-bit ELF shared object of this machine's byte order; every offset is
 * checked against len. */
static char *read_model_note(const char *bytes, size_t len, const char *path, LimeFpgaInfo *out) {
    Elf64_Ehdr eh;
    const unsigned char data = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? ELFDATA2LSB : ELFDATA2MSB;
    if (len < sizeof eh) return lime_rt_strf("%s is not an ELF shared object (%zu bytes)", path, len);
    memcpy(&eh, bytes, sizeof eh);
    if (memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
        eh.e_ident[EI_DATA] != data || eh.e_type != ET_DYN)
        return lime_rt_strf("%s is not a 64-bit ELF shared object of this machine", path);
    if (eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phoff > len ||
        (size_t)eh.e_phnum > (len - eh.e_phoff) / sizeof(Elf64_Phdr))
        return lime_rt_strf("%s has a malformed ELF program header table", path);
    for (size_t i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, bytes + eh.e_phoff + i * sizeof ph, sizeof ph);
        if (ph.p_type != PT_NOTE) continue;
        if (ph.p_offset > len || ph.p_filesz > len - ph.p_offset)
            return lime_rt_strf("%s has a note segment outside the file", path);
        if (find_note(bytes + ph.p_offset, ph.p_filesz, out)) return NULL;
    }
    return lime_rt_strf("%s carries no Lime model note (lime_fpga.h): not a model this runtime loads", path);
}

/* The manifest's types and the model's word counts agree; NULL or why. */
static char *check_abi(const LimeRtTaskInfo *info, const LimeRtFpgaSpec *f, const LimeFpgaInfo *abi,
                       const char *path) {
    if (abi->abi != LIME_FPGA_ABI)
        return lime_rt_strf("%s has ABI version %d, this runtime reads %d", path, (int)abi->abi, LIME_FPGA_ABI);
    if (abi->task != info->id)
        return lime_rt_strf("%s is the model of task %d, not %d", path, (int)abi->task, (int)info->id);
    struct {
        const char *what, *types;
        int32_t model;
    } words[3] = {{"in_types", f->in_types, abi->in_words},
                  {"param_types", f->param_types, abi->param_words},
                  {"out_type", f->out_type, abi->out_words}};
    int arrays = 0;
    for (int k = 0; k < 3; k++) {
        char bad = 0;
        int w = types_words(words[k].types, &bad, &arrays);
        if (w < 0) return lime_rt_strf("the manifest's %s \"%s\" has type %c, which has no FPGA words", words[k].what, words[k].types, bad);
        if (w != words[k].model)
            return lime_rt_strf("%s takes %d words for %s, the manifest's \"%s\" make %d", path, (int)words[k].model,
                                words[k].what, words[k].types, w);
    }
    if (arrays != abi->arrays || (arrays > 0 && abi->array_depth < 1))
        return lime_rt_strf("%s holds %d broadcast arrays of %d elements, the manifest's param_types \"%s\" have %d",
                            path, (int)abi->arrays, (int)abi->array_depth, f->param_types, arrays);
    if (abi->state_words != f->state_words)
        return lime_rt_strf("%s has %d state words, the manifest says %d", path, (int)abi->state_words, (int)f->state_words);
    if (abi->latency < 0 || abi->ii < 1)
        return lime_rt_strf("%s reports latency %d and ii %d", path, (int)abi->latency, (int)abi->ii);
    return NULL;
}

static void close_task(void *task) {
    LimeRtFpgaTask *t = task;
    if (t->model) t->free_model(t->model);
    if (t->dl) dlclose(t->dl);
    /* t->fd stays open (load_bytes): its number must never name another model */
    free(t->describe);
    free(t);
}

/* Loads task info's model (its entry e: LimeRtFpgaSpec) and checks it
 * against the manifest (ABI, task id, words per item, parameter and state
 * words) and makes a first model; NULL with *why on any failure, always
 * one to warn about (only LIME_DEVICE=fpga opens it). */
static void *fpga_open(const LimeRtManifest *m, const LimeRtTaskInfo *info, const LimeRtBackend *e, bool forced,
                       char **why, bool *warn) {
    LimeRtFpgaSpec spec = read_spec(e);
    const LimeRtFpgaSpec *f = &spec;
    *why = NULL;
    *warn = true;
    ValueLayout out;
    if (!f->in_types || !f->param_types || !f->out_type || !value_layout(f->out_type, strlen(f->out_type), &out)) {
        *why = lime_rt_strf("the manifest gives no in_types, param_types and out_type (one letter, or a value "
                            "class's 1 to 15 fields) for its FPGA model");
        return NULL;
    }
    size_t len = 0;
    char *bytes = lime_rt_read_artifact_bytes(m, f->artifact, f->sha256, &len, why);
    if (!bytes) return NULL;
    char *path = lime_rt_artifact_path(m, f->artifact);
    LimeRtFpgaTask *t = calloc(1, sizeof *t);
    if (!t) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    t->info = info;
    t->spec = spec;
    t->out = out;
    t->fd = -1;
    /* the note first: nothing of a model that is not this task's, of this
     * ABI and these words, is loaded (its constructors never run) */
    *why = read_model_note(bytes, len, path, &t->note);
    if (!*why) *why = check_abi(info, f, &t->note, path);
    if (!*why) t->dl = load_bytes(bytes, len, path, &t->fd, why);
    free(bytes);
    if (t->dl) {
        LimeFpgaInfoFn info_fn = (LimeFpgaInfoFn)symbol(t, "lime_fpga_info", path, why);
        t->new_model = (LimeFpgaNewFn)symbol(t, "lime_fpga_new", path, why);
        t->free_model = (LimeFpgaFreeFn)symbol(t, "lime_fpga_free", path, why);
        t->load = (LimeFpgaLoadFn)symbol(t, "lime_fpga_load", path, why);
        t->state = (LimeFpgaStateFn)symbol(t, "lime_fpga_state", path, why);
        t->load_array = (LimeFpgaLoadArrayFn)symbol(t, "lime_fpga_load_array", path, why);
        t->cycle = (LimeFpgaCycleFn)symbol(t, "lime_fpga_cycle", path, why);
        if (!*why) {
            t->abi = info_fn();
            if (!t->abi) *why = lime_rt_strf("%s: lime_fpga_info returned NULL", path);
            else if (memcmp(t->abi, &t->note, sizeof t->note) != 0)
                *why = lime_rt_strf("%s: lime_fpga_info disagrees with the model's note", path);
        }
        if (!*why && !(t->model = t->new_model())) *why = lime_rt_strf("%s: cannot make the model (out of memory)", path);
    }
    if (*why) {
        free(path);
        close_task(t);
        return NULL;
    }
    t->describe = lime_rt_strf("Verilator model %s (%s, latency %d, ii %d)", f->artifact, f->top ? f->top : "?",
                               (int)t->abi->latency, (int)t->abi->ii);
    free(path);
    return t;
}

static const char *fpga_describe(void *task) { return ((LimeRtFpgaTask *)task)->describe; }

/* ---- running items ------------------------------------------------------- */

/* Where a run's items come from: item i's in_words words into w. */
typedef void (*ItemFn)(const void *env, int64_t i, uint32_t *w);

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* After as many results as wanted: the model must put out no more within
 * its latency (clocked with no input), else its count is wrong and so may
 * be every result it gave (false with *why).  got counts the results,
 * nout the results wanted. */
static bool drained(LimeRtFpgaTask *t, int64_t got, int64_t nout, bool injected, char **why) {
    uint32_t *res = calloc((size_t)t->abi->out_words + 1, 4), *in = calloc((size_t)t->abi->in_words + 1, 4);
    if (!in || !res) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    int64_t extra = 0;
    for (int32_t c = 0; c <= t->abi->latency + t->abi->ii; c++) {
        LimeFpgaPorts p = {0, 0, 0, res};
        t->cycle(t->model, 0, in, 1, &p);
        if (p.out_valid) extra++;
    }
    free(in);
    free(res);
    if (extra == 0 && got == nout) return true;
    *why = lime_rt_strf("the model put out %lld results, not %lld%s", (long long)(got + extra), (long long)nout,
                        injected ? " [LIME_FAULT=model-count]" : "");
    return false;
}

/* A broadcast array operand, loaded into memory k (its place in the list)
 * before the items: its elements as words (NULL: the empty array). */
typedef struct ArrayLoad {
    const LimeArray *array;
    char type;
} ArrayLoad;

/* The arrays' elements into the model's memories, one clock each: the
 * clocks it took. */
static int64_t load_arrays(LimeRtFpgaTask *t, const ArrayLoad *arrays, int32_t narrays) {
    int64_t clocks = 0;
    for (int32_t k = 0; k < narrays; k++) {
        const LimeArray *a = arrays[k].array;
        int32_t len = a ? a->length : 0, w = type_words(arrays[k].type), size = type_bytes(arrays[k].type);
        uint32_t *words = calloc((size_t)len * (size_t)w + 1, 4);
        if (!words) {
            fputs("lime: out of memory\n", stderr);
            exit(1);
        }
        for (int32_t i = 0; i < len; i++) pack(arrays[k].type, elem((LimeArray *)a, i, size), words + (size_t)i * w);
        t->load_array(t->model, k, words, len, w);
        clocks += len;
        free(words);
    }
    return clocks;
}

/* Loads params and state into a fresh model and streams n items through it
 * into out, nout results (elements of the manifest's out_type: one per item
 * for a map or stream, one per group for a reduce); then reads the state
 * back (state may be NULL when there is none).  true when every result came
 * out or one raised an exception (err[0]); false with *why. */
static bool run_items(LimeRtFpgaTask *t, int64_t n, int64_t nout, ItemFn item, const void *env, const uint32_t *params,
                      uint32_t *state, const ArrayLoad *arrays, int32_t narrays, LimeArray *out, int32_t err[4],
                      LimeRtFpgaRun *run, char **why) {
    double start = now();
    if (!t->model && !(t->model = t->new_model())) {
        *why = lime_rt_strf("%s: cannot make the model (out of memory)", t->spec.artifact);
        return false;
    }
    const LimeFpgaInfo *abi = t->abi;
    int32_t out_size = t->out.size;
    uint32_t *in = calloc((size_t)abi->in_words + 1, 4), *res = calloc((size_t)abi->out_words + 1, 4);
    if (!in || !res) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    t->load(t->model, params, state);
    int64_t loading = load_arrays(t, arrays, narrays);   /* clocks, counted with the run's */
    /* a loop engine takes as many clocks as its items' iterations: as long as the CPU would */
    int64_t limit = t->spec.loop_engine ? INT64_MAX : n * abi->ii + abi->latency + 1000, sent = 0, got = 0, cycles = 0;
    bool have = false, ok = true;
    /* LIME_FAULT: a model that stops putting out results halfway, or
     * whose first result comes out twice */
    bool stall = lime_rt_fault("model-stall"), twice = lime_rt_fault("model-count");
    while (got < nout || sent < n) {   /* a reduce's results may all be out before its last items are in */
        if (cycles >= limit) {
            *why = lime_rt_strf("the model put out %lld of %lld results in %lld clocks (latency %d, ii %d)%s",
                                (long long)got, (long long)nout, (long long)cycles, (int)abi->latency, (int)abi->ii,
                                stall ? " [LIME_FAULT=model-stall]" : "");
            ok = false;
            break;
        }
        if (!have && sent < n) {
            item(env, sent, in);
            have = true;
        }
        LimeFpgaPorts p = {0, 0, 0, res};
        t->cycle(t->model, have, in, 1, &p);
        cycles++;
        if (have && p.in_ready) {
            sent++;
            have = false;
        }
        if (stall && got >= nout / 2) p.out_valid = 0;
        if (p.out_valid && twice && got == 0 && got < nout - 1) {
            unpack_value(&t->out, res, elem(out, got, out_size));
            got++;
        }
        if (p.out_valid && got >= nout) {
            *why = lime_rt_strf("the model put out more than %lld results%s", (long long)nout,
                                twice ? " [LIME_FAULT=model-count]" : "");
            ok = false;
            break;
        }
        if (p.out_valid) {
            if (p.out_exc != LIME_FPGA_EXC_NONE) {
                err[0] = (int32_t)p.out_exc;
                break;
            }
            unpack_value(&t->out, res, elem(out, got, out_size));
            got++;
        }
    }
    if (ok && err[0] == 0) ok = drained(t, got, nout, twice, why);
    if (ok && state) t->state(t->model, state);
    free(in);
    free(res);
    t->free_model(t->model); /* used: the next run starts from reset */
    t->model = NULL;
    run->items += got;
    run->cycles += cycles + loading;
    run->seconds += now() - start;
    return ok;
}

/* An operand check: broadcast array operand k (a whole array, NULL the
 * empty one) of element type c fits the model's memory; NULL or why (then
 * the task runs on the CPU, with one warning: an array longer than the
 * memory's depth is a limit of the build, LIME_FPGA_ARRAY_DEPTH). */
static char *array_fits(const LimeRtFpgaTask *t, int32_t k, const LimeTaskArg *a, char c) {
    if (a->array && a->array->elem_size != type_bytes(c))
        return lime_rt_strf("operand %d is an array of %d-byte elements, its type %c has %d", (int)k,
                            (int)a->array->elem_size, c, type_bytes(c));
    if (a->array && a->array->length > t->abi->array_depth)
        return lime_rt_strf("operand %d is an array of %d elements, more than the %d the model's memory holds "
                            "(limec's LIME_FPGA_ARRAY_DEPTH)", (int)k, (int)a->array->length, (int)t->abi->array_depth);
    return NULL;
}

/* A map's operands: the mapped arrays in order with their types and the
 * first word of each in an item. */
typedef struct MapEnv {
    int32_t count;
    struct {
        LimeArray *array;
        int32_t word;
        ValueLayout v;     /* its elements' (a primitive, or a value class's fields) */
    } ops[];
} MapEnv;

static void map_item(const void *env, int64_t i, uint32_t *w) {
    const MapEnv *e = env;
    for (int32_t k = 0; k < e->count; k++)
        pack_value(&e->ops[k].v, elem(e->ops[k].array, i, e->ops[k].v.size), w + e->ops[k].word);
}

/* The output array fits the manifest's out_type; NULL or why. */
static char *check_out(const LimeRtFpgaTask *t, const LimeArray *out, int64_t n) {
    if (n < 0 || !out || out->length < n)
        return lime_rt_strf("bad call (%lld items, output of %d elements)", (long long)n, out ? (int)out->length : -1);
    if (out->elem_size != t->out.size)
        return lime_rt_strf("the output's elements have %d bytes, the manifest's out_type %s has %d", (int)out->elem_size,
                            t->spec.out_type, (int)t->out.size);
    return NULL;
}

static bool run_map(LimeRtFpgaTask *t, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args,
                      int32_t err[4], LimeRtFpgaRun *run, char **why) {
    const LimeRtFpgaSpec *f = &t->spec;
    *why = check_out(t, out, n);
    if (*why) return false;
    MapEnv *env = calloc(1, sizeof *env + (size_t)(nargs + 1) * sizeof env->ops[0]);
    uint32_t *params = calloc((size_t)t->abi->param_words + 1, 4);
    if (!env || !params) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    int32_t in_word = 0, param_word = 0, narrays = 0;
    const char *ip = f->in_types, *pp = f->param_types;   /* the next operand's type in each */
    ArrayLoad *arrays = calloc((size_t)nargs + 1, sizeof *arrays);
    if (!arrays) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    for (int32_t k = 0; k < nargs && !*why; k++) {
        const LimeTaskArg *a = &args[k];
        bool mapped = a->array != NULL && !a->whole;
        OperandType o;
        if (!next_operand(mapped ? &ip : &pp, &o))
            *why = lime_rt_strf("operand %d is one more %s operand than the manifest's \"%s\"", (int)k,
                                mapped ? "mapped" : "broadcast", mapped ? f->in_types : f->param_types);
        else if (a->whole != o.array)
            *why = lime_rt_strf("operand %d is %s, the manifest's param_types \"%s\" say otherwise", (int)k,
                                a->whole ? "an array passed whole" : "a value", f->param_types);
        else if (o.array) {
            *why = array_fits(t, k, a, o.v.types[0]);
            arrays[narrays++] = (ArrayLoad){a->array, o.v.types[0]};
            params[param_word++] = a->array ? (uint32_t)a->array->length : 0;   /* a.length */
        } else if (a->size != o.v.size)
            *why = lime_rt_strf("operand %d has %d bytes, its type in the manifest %d", (int)k, (int)a->size,
                                (int)o.v.size);
        else if (mapped && a->array->length < n)
            *why = lime_rt_strf("operand %d has %d elements, not %d", (int)k, (int)a->array->length, (int)n);
        else if (!mapped && !a->value)
            *why = lime_rt_strf("bad operand %d", (int)k);
        else if (mapped) {
            env->ops[env->count].array = a->array;
            env->ops[env->count].word = in_word;
            env->ops[env->count].v = o.v;
            env->count++;
            in_word += o.v.words;
        } else {
            pack_value(&o.v, a->value, params + param_word);
            param_word += o.v.words;
        }
    }
    if (!*why && (*ip || *pp))
        *why = lime_rt_strf("fewer operands than the manifest's types \"%s\" and \"%s\"", f->in_types, f->param_types);
    bool ok = !*why && run_items(t, n, n, map_item, env, params, NULL, arrays, narrays, out, err, run, why);
    free(env);
    free(params);
    free(arrays);
    return ok;
}

typedef struct StreamEnv {
    LimeArray *src;
    int32_t size;
    char type;
} StreamEnv;

static void stream_item(const void *env, int64_t i, uint32_t *w) {
    const StreamEnv *e = env;
    pack(e->type, elem(e->src, i, e->size), w);
}

static bool run_stream(LimeRtFpgaTask *t, LimeArray *src, LimeArray *out, uint32_t *state, int32_t state_words,
                         int32_t err[4], LimeRtFpgaRun *run, char **why) {
    const LimeRtFpgaSpec *f = &t->spec;
    char c = f->in_types[0];
    if (!src || strlen(f->in_types) != 1 || f->param_types[0] || t->out.n != 1)
        *why = !src ? lime_rt_strf("bad call (no source array)")
                    : lime_rt_strf("the manifest's in_types \"%s\", param_types \"%s\" and out_type \"%s\" are not "
                                   "one source type, no broadcast operands and one result type", f->in_types,
                                   f->param_types, f->out_type);
    else if (src->elem_size != type_bytes(c))
        *why = lime_rt_strf("the source's elements have %d bytes, the manifest's in_types %c has %d", (int)src->elem_size,
                            c, type_bytes(c));
    else if (state_words != t->abi->state_words || (state_words > 0 && !state))
        *why = lime_rt_strf("the caller has %d state words, the model %d", (int)state_words, (int)t->abi->state_words);
    else
        *why = check_out(t, out, out ? out->length : -1);
    if (*why) return false;
    /* as many results as the generated code made room for: one per item,
     * or what a multi-rate graph's filters make of them (the tail rule) */
    StreamEnv env = {src, src->elem_size, c};
    return run_items(t, src->length, out->length, stream_item, &env, NULL, state_words ? state : NULL, NULL, 0, out, err,
                     run, why);
}

/* A reduce's items: element i of the array and the last flag. */
typedef struct ReduceEnv {
    LimeArray *src;
    int32_t size, words;
    char type;
} ReduceEnv;

static void reduce_item(const void *env, int64_t i, uint32_t *w) {
    const ReduceEnv *e = env;
    pack(e->type, elem(e->src, i, e->size), w);
    w[e->words] = i == (int64_t)e->src->length - 1;
}

/* A reduce of in (at least one element) into *result: the model puts out
 * the canonical tree of each aligned group of 2^levels elements, whole
 * subtrees of the canonical tree of in (LANGUAGE.md 2.5), so feeding the
 * group results through it again, until one is left, combines exactly in
 * that tree. */
static bool run_reduce(LimeRtFpgaTask *t, LimeArray *in, void *result, int32_t err[4], LimeRtFpgaRun *run,
                       char **why) {
    const LimeRtFpgaSpec *f = &t->spec;
    char c = f->out_type[0];
    int32_t size = type_bytes(c);
    if (t->out.n != 1 || strlen(f->in_types) != 2 || f->in_types[0] != c || f->in_types[1] != 'Z' || f->param_types[0] ||
        f->state_words)
        *why = lime_rt_strf("the manifest's in_types \"%s\", param_types \"%s\" and state_words %d are not those of a "
                            "reduce of %c", f->in_types, f->param_types, (int)f->state_words, c);
    else if (f->levels < 1 || f->levels > 8)
        *why = lime_rt_strf("the manifest gives the reduce %d levels, not 1 to 8", (int)f->levels);
    else if (!in || in->length < 1 || in->elem_size != size)
        *why = lime_rt_strf("bad call (an input of %d elements of %d bytes, the manifest's type %c has %d)",
                            in ? (int)in->length : -1, in ? (int)in->elem_size : 0, c, (int)size);
    if (*why) return false;
    int64_t group = (int64_t)1 << f->levels;
    LimeArray *cur = in;   /* the values left: in, then the last pass's results (ours to free) */
    bool ok = true;
    while (ok && err[0] == 0 && cur->length > 1) {
        int64_t n = cur->length, nout = (n + group - 1) / group;
        LimeArray *out = calloc(1, LIME_ARRAY_DATA_OFFSET + (size_t)nout * (size_t)size);
        if (!out) {
            fputs("lime: out of memory\n", stderr);
            exit(1);
        }
        out->length = (int32_t)nout;
        out->elem_size = (uint16_t)size;
        ReduceEnv env = {cur, size, type_words(c), c};
        ok = run_items(t, n, nout, reduce_item, &env, NULL, NULL, NULL, 0, out, err, run, why);
        if (cur != in) free(cur);
        cur = out;
    }
    if (ok && err[0] == 0) memcpy(result, elem(cur, 0, size), (size_t)size);
    if (cur != in) free(cur);
    run->items = in->length;
    return ok;
}

/* ---- the fpga device (LimeRtDevice) -------------------------------------- */

static bool fpga_map(void *task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args, int32_t err[4],
                     char **why) {
    LimeRtFpgaTask *t = task;
    t->last = (LimeRtFpgaRun){0, 0, 0.0};
    *why = NULL;
    bool ran = n >= 0 && (nargs == 0 || args) && run_map(t, n, out, nargs, args, err, &t->last, why);
    if (!ran && !*why) *why = lime_rt_strf("bad call (n %d, %d operands)", (int)n, (int)nargs);
    return ran;
}

static bool fpga_reduce(void *task, LimeArray *in, void *result, int32_t err[4], char **why) {
    LimeRtFpgaTask *t = task;
    t->last = (LimeRtFpgaRun){0, 0, 0.0};
    *why = NULL;
    return run_reduce(t, in, result, err, &t->last, why);
}

static bool fpga_stream(void *task, LimeArray *src, LimeArray *out, uint32_t *state, int32_t state_words,
                        int32_t err[4], char **why) {
    LimeRtFpgaTask *t = task;
    t->last = (LimeRtFpgaRun){0, 0, 0.0};
    *why = NULL;
    return run_stream(t, src, out, state, state_words, err, &t->last, why);
}

/* "21.1 us" */
static void fmt_seconds(double s, char *buf, size_t size) {
    if (s < 1e-6)
        snprintf(buf, size, "%.1f ns", s * 1e9);
    else if (s < 1e-3)
        snprintf(buf, size, "%.1f us", s * 1e6);
    else if (s < 1.0)
        snprintf(buf, size, "%.1f ms", s * 1e3);
    else
        snprintf(buf, size, "%.2f s", s);
}

/* "1000 items in 1003 cycles (0.997 items/cycle), 20.1 us at 50.0 MHz;
 * simulated in 1.2 ms": the last run at the manifest's clock rate. */
static char *fpga_profile(void *task) {
    const LimeRtFpgaTask *t = task;
    const LimeRtFpgaRun *r = &t->last;
    double mhz = t->spec.fmax_mhz;
    char at[64], dur[32], sim[32];
    if (mhz > 0) {
        fmt_seconds((double)r->cycles / (mhz * 1e6), dur, sizeof dur);
        snprintf(at, sizeof at, "%s at %.1f MHz", dur, mhz);
    } else
        snprintf(at, sizeof at, "clock rate unknown");
    fmt_seconds(r->seconds, sim, sizeof sim);
    return lime_rt_strf("%lld items in %lld cycles (%.3f items/cycle), %s; simulated in %s", (long long)r->items,
                        (long long)r->cycles, r->cycles ? (double)r->items / (double)r->cycles : 0.0, at, sim);
}

/* LIME_PROFILE: the last run's time on the chip, its cycles at the
 * manifest's clock rate (unknown without one); nothing is copied, the
 * model runs in this process. */
static void fpga_stats(void *task, LimeRtProfileRecord *r) {
    const LimeRtFpgaTask *t = task;
    if (t->spec.fmax_mhz > 0) r->device_ns = (int64_t)((double)t->last.cycles * 1e3 / t->spec.fmax_mhz);
}

static void fpga_list(FILE *out) {
    fprintf(out, "fpga    the Verilator models of the program's FPGA tasks (a simulation, in this process; "
                 "chosen only by LIME_DEVICE=fpga)\n");
}

const LimeRtDevice lime_rt_fpga_device = {
    .name = "fpga",
    .auto_ok = false, /* a simulator, far slower than the CPU: only when asked for */
    .no_reason = "the FPGA backend did not accept it",
    .keys = fpga_keys,
    .open = fpga_open,
    .describe = fpga_describe,
    .map = fpga_map,
    .reduce = fpga_reduce,
    .stream = fpga_stream,
    .profile = fpga_profile,
    .stats = fpga_stats,
    .close = close_task,
    .list = fpga_list,
};
