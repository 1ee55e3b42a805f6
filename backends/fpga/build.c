/* build.c: the FPGA build of one accepted task, cached by content hash.
 *
 *   1. key = SHA-256 of the task's Verilog, every store module it uses,
 *      the model wrapper and build script (PREFIX/share/lime/fpga/), and
 *      FLOW_VERSION
 *   2. cache hit ($LIME_CACHE, else $XDG_CACHE_HOME/lime, else
 *      ~/.cache/lime; folder fpga/KEY): copy the model and the report
 *   3. miss: in a fresh folder, Yosys (`synth_ice40 -dsp`: the synthesis
 *      check and the resource report; `sta` over the part's cell delays
 *      on that netlist: the clock estimate), then backends/fpga/build_model.sh
 *      (Verilator -> the model .so); with a part chosen (LIME_FPGA_PART,
 *      part of the key) the netlist for that part, placed and routed with
 *      nextpnr and packed into a bitstream (pnr.c); the folder becomes the
 *      cache entry with one rename, so a half-built entry is never seen
 * Progress goes to stderr, one line per step, as `limec: fpga: ...`.
 * Results: DIR/fpga/taskN.v (the top module), DIR/fpga/taskN.so; placed
 * on a part, DIR/fpga/taskN.bin (the bitstream) and taskN.pnr.json.
 *
 * Requires an accepted task (its DFG from accept.c, its design from
 * verilog.c), yosys and verilator ($VERILATOR) on PATH.  Guarantees: fpga_build either
 * leaves the three files and fills FpgaBuild, or returns false with what
 * failed (fpga.c then rejects the task, which runs on the CPU); a cache
 * entry is complete or absent. */
#include "fpga.h"

#include <errno.h>
#include <openssl/evp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define FLOW_VERSION "lime-fpga-flow 4"

/* The clock estimate: Yosys's `sta` gives the latest arrival on the
 * synthesised netlist from the iCE40 cells' own delays (cells_sim.v's
 * specify blocks for the chosen part, else the HX), without routing;
 * routing is taken as ICE40_ROUTING_FACTOR times that, the ratio measured
 * on placed designs (nextpnr's period over sta's arrival: tests/pnr/Mix's
 * map 1.55 on the HX8K and 1.66 on the UP5K, the stream benchmark's graph
 * 2.4 on the UP5K).  Not a timing analysis of a placed design: place and
 * route gives the real figure.  SB_MAC16 has no delays in cells_sim.v, so
 * a path through a DSP counts only its ends. */
#define ICE40_ROUTING_FACTOR 2.0
#define ICE40_MIN_NS 1.0 /* a netlist with no timed path (registers only) */

typedef struct Hash {
    EVP_MD_CTX *ctx;
} Hash;

static void hash_bytes(Hash *h, const char *data, size_t len) { EVP_DigestUpdate(h->ctx, data, len); }

static void hash_file(Hash *h, const char *path) {
    size_t len = 0;
    char *data = read_file_bytes(path, &len);
    hash_bytes(h, path, strlen(path) + 1);
    if (data) hash_bytes(h, data, len);
}

static const char *hex_digest(Hash *h) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    EVP_DigestFinal_ex(h->ctx, md, &n);
    EVP_MD_CTX_free(h->ctx);
    StrBuf sb = {0};
    for (unsigned i = 0; i < n; i++) sb_printf(&sb, "%02x", md[i]);
    return xstrdup(sb_str(&sb));
}

/* The model wrapper, its build script and the ABI header it implements:
 * PREFIX/share/lime/fpga/ (the Makefile puts them there, in the build tree
 * as when installed). */
static const char *const MODEL_FILES[] = {"model.cpp", "build_model.sh", "lime_fpga.h", NULL};

static const char *model_file(const char *name) { return xprintf("%s/fpga/%s", lime_data_dir(), name); }

/* Hashed by name and content only, so the cache holds across prefixes. */
static void hash_model_file(Hash *h, const char *name) {
    size_t len = 0;
    char *data = read_file_bytes(model_file(name), &len);
    hash_bytes(h, name, strlen(name) + 1);
    if (data) hash_bytes(h, data, len);
}

/* The files a task's model is built from besides its store modules
 * (verilog.c notes those), for the depfile (-MD). */
static void note_build_inputs(void) {
    for (const char *const *f = MODEL_FILES; *f; f++) note_dependency(model_file(*f));
}

static const char *file_sha256(const char *path) {
    size_t len = 0;
    char *data = read_file_bytes(path, &len);
    return data ? sha256_hex(data, len) : NULL;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The count of the cells whose name starts with prefix, in a `stat` report
 * (lines "     SB_DFFE     32"). */
static int stat_count(const char *text, const char *prefix) {
    int total = 0;
    size_t len = strlen(prefix);
    for (const char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        const char *p = line;
        while (*p == ' ') p++;
        if (strncmp(p, prefix, len) != 0) continue;
        while (*p && *p != ' ' && *p != '\n') p++;
        while (*p == ' ') p++;
        if (*p >= '0' && *p <= '9') total += atoi(p);
    }
    return total;
}

/* Resources from Yosys's `stat` after synth_ice40 (the last report in the
 * log is the top module's, flattened), the clock estimate from `sta`'s
 * "Latest arrival time in 'lime_task0' is 11519:" (picoseconds). */
static void parse_report(const char *stat, const char *sta, FpgaBuild *b) {
    b->lut = stat_count(stat, "SB_LUT4");
    b->ff = stat_count(stat, "SB_DFF");
    b->carry = stat_count(stat, "SB_CARRY");
    b->dsp = stat_count(stat, "SB_MAC16");
    b->bram = stat_count(stat, "SB_RAM40_4K");
    double arrival_ns = 0;
    const char *p = sta ? strstr(sta, "Latest arrival time in ") : NULL;
    if (p && (p = strstr(p, "' is ")) != NULL) arrival_ns = atof(p + 5) / 1000.0;
    if (arrival_ns < ICE40_MIN_NS) arrival_ns = ICE40_MIN_NS;
    b->fmax_mhz = 1000.0 / (ICE40_ROUTING_FACTOR * arrival_ns);
}

/* rm -rf path (a failed build's folder) */
static void remove_tree(const char *path) {
    char *argv[] = {"rm", "-rf", (char *)path, NULL};
    run_program(argv, "/dev/null");
}

const char *fpga_sources(FpgaDesign *fd, const char *work) {
    StrBuf files = {0};
    for (int i = 0; i < fd->files.len; i++) sb_printf(&files, " %s", (const char *)fd->files.items[i]);
    sb_printf(&files, " %s/top.v", work);
    return sb_str(&files);
}

/* Yosys's synth_ice40 for module top, without its last step's `autoname`
 * (it renames the netlist's generated cells and wires after what they
 * drive, for the reader of a netlist; nothing here reads the names) and
 * `stat` (the callers run their own): on Black-Scholes' price (60,000
 * LUTs) autoname alone ran for minutes. */
const char *fpga_synth_ice40(const char *top, bool dsp) {
    return xprintf("synth_ice40%s -top %s -run :check; hierarchy -check; check -noinit; blackbox =A:whitebox",
                   dsp ? " -dsp" : "", top);
}

/* Yosys with this script, its log in work/log.  true when it succeeded,
 * else false with why. */
static bool run_yosys(const char *work, const char *script, const char *log, const char **why) {
    const char *path = xprintf("%s/%s", work, log);
    char *argv[] = {"yosys", "-q", "-p", (char *)script, NULL};
    if (run_program(argv, path) != 0) {
        *why = xprintf("Yosys synthesis failed: %s", file_tail(path));
        return false;
    }
    return true;
}

/* The Yosys of one module of a design with parts: synthesised on its own,
 * every other module read as a black box, its netlist into work/NAME.il
 * (the library cells' models left out: the last step reads them once). */
static const char *part_script(const char *work, FpgaDesign *fd, const char *module, bool dsp) {
    StrBuf script = {0};
    sb_printf(&script, "read_verilog%s; ", fpga_sources(fd, work));
    if (!strcmp(module, fd->top))
        for (int i = 0; i < fd->parts.len; i++) sb_printf(&script, "blackbox %s; ", (const char *)fd->parts.items[i]);
    sb_printf(&script, "%s; delete =A:blackbox; write_rtlil %s/%s.il", fpga_synth_ice40(module, dsp), work, module);
    return sb_str(&script);
}

/* Yosys's `sta` into work/sta.txt, on the netlist split into one-bit
 * wires first: `sta` slows with the width of the wires (fp64_div's
 * netlist: 8.7 s as synthesised, 0.8 s split; the same latest arrival,
 * 47,623 ps). */
static const char *sta_commands(const char *work) { return xprintf("splitnets; tee -q -o %s/sta.txt sta", work); }

static bool synthesise(const char *work, FpgaDesign *fd, const FpgaPart *part, const char **why) {
    StrBuf script = {0};
    const char *files = fpga_sources(fd, work);
    /* resources on iCE40 (DSP cells unless the part has none); then the
     * cells' models again with their delays for the part, for `sta` */
    sb_printf(&script, "read_verilog%s; %s; tee -o %s/stat.txt stat; ", files,
              fpga_synth_ice40(fd->top, !(part && part->dsp == 0)), work);
    sb_printf(&script, "read_verilog -lib -specify -overwrite -D%s +/ice40/cells_sim.v; %s",
              part ? part->timing : "ICE40_HX", sta_commands(work));
    return run_yosys(work, sb_str(&script), "yosys.log", why);
}

/* Starts the model's build (build_model.sh, in the background: it runs while
 * Yosys synthesises); its pid, or -1 with why. */
static pid_t start_verilate(const char *work, IrTask *t, Dfg *d, FpgaDesign *fd, const char **why) {
    const char *vdir = xprintf("%s/v", work);
    make_dirs(vdir);
    if (!copy_file(xprintf("%s/top.v", work), xprintf("%s/%s.v", vdir, fd->top))) {
        *why = "cannot copy the Verilog into the build folder";
        return -1;
    }
    for (int i = 0; i < fd->files.len; i++) {
        const char *f = fd->files.items[i], *slash = strrchr(f, '/');
        if (!copy_file(f, xprintf("%s/%s", vdir, slash ? slash + 1 : f))) {
            *why = xprintf("cannot read the store module %s", f);
            return -1;
        }
    }
    const char *log = xprintf("%s/verilator.log", work);
    setenv("LIME_VERILATOR_RT", xprintf("%s/verilator-rt", fpga_cache_root()), 1);
    char *argv[] = {"bash",
                    (char *)model_file("build_model.sh"),
                    (char *)vdir,
                    (char *)fd->top,
                    (char *)xprintf("LIME_TASK_ID=%d", t->id),
                    (char *)xprintf("LIME_IN_WORDS=%d", d->in_words),
                    (char *)xprintf("LIME_OUT_WORDS=%d", d->out_words),
                    (char *)xprintf("LIME_PARAM_WORDS=%d", d->param_words),
                    (char *)xprintf("LIME_STATE_WORDS=%d", d->state_words),
                    (char *)xprintf("LIME_LATENCY=%d", fd->latency),
                    (char *)xprintf("LIME_II=%d", fd->ii),
                    (char *)xprintf("LIME_ARRAYS=%d", d->nmems),
                    (char *)xprintf("LIME_ARRAY_DEPTH=%d", d->nmems ? d->mem_depth : 0),
                    (char *)xprintf("%s/model.so", work),
                    NULL};
    pid_t pid = start_program(argv, log);
    if (pid < 0) *why = xprintf("cannot start the Verilator build: %s", strerror(errno));
    return pid;
}

/* The model's build as one process among the others (build_model.sh runs
 * make with $JOBS compilers, else 2). */
static pid_t start_verilate_in_slot(const char *work, IrTask *t, Dfg *d, FpgaDesign *fd, const char **why) {
    const char *jobs = getenv("JOBS");
    char *saved = jobs ? xstrdup(jobs) : NULL;
    setenv("JOBS", "1", 1);
    pid_t pid = start_verilate(work, t, d, fd, why);
    if (saved) setenv("JOBS", saved, 1);
    else unsetenv("JOBS");
    return pid;
}

/* A design with parts (FpgaDesign.parts): the parts, and the rest with the
 * parts as black boxes, each synthesised by a Yosys of its own, as many
 * processes at once as there are processors: the rest first (the longest),
 * the model's build in the first free slot after the last Yosys; then one
 * Yosys reads the netlists, flattens them and writes the reports
 * synthesise writes (beside the model's build if that still runs).
 * Black-Scholes' price on 2 cores: the rest 33 s alone (40 s beside
 * another Yosys), its 9 units 31 s, its registers 5 s, the model 11 s, the
 * reports 5 s; the whole design flattened took Yosys 130 s.  (The model
 * second, before the parts, was slower: 55.9 s against 53.3.)  true when
 * all succeeded. */
static bool synthesise_parts_and_verilate(const char *work, IrTask *t, Dfg *d, FpgaDesign *fd,
                                          const FpgaPart *part, const char **why) {
    bool dsp = !(part && part->dsp == 0);
    int n = fd->parts.len + 1, next = 0, running = 0, failed = -1, model_status = -1;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    pid_t *pids = xalloc(sizeof(pid_t) * (size_t)n), model = 0;
    const char **logs = xalloc(sizeof(char *) * (size_t)n);
    while ((next < n || running > 0) && failed < 0) {
        bool model_runs = model > 0 && model_status < 0;
        if (running + model_runs < (cpus > 1 ? cpus : 1) && (next < n || model == 0)) {
            if (next == n) {   /* the model's build, in the first free slot after the last Yosys */
                model = start_verilate_in_slot(work, t, d, fd, why);
                if (model < 0) break;
                continue;
            }
            const char *module = next == 0 ? fd->top : fd->parts.items[next - 1];
            logs[next] = xprintf("%s/yosys-%s.log", work, module);
            char *argv[] = {"yosys", "-q", "-p", (char *)part_script(work, fd, module, dsp), NULL};
            pids[next] = start_program(argv, logs[next]);
            if (pids[next] < 0) failed = next;
            else running++;
            next++;
            continue;
        }
        /* each of its own children by pid */
        bool reaped = false;
        for (int i = 0; i <= n; i++) {
            pid_t pid = i < n ? (i < next ? pids[i] : 0) : model;
            int status;
            if (pid <= 0 || (i == n && model_status >= 0) || waitpid(pid, &status, WNOHANG) != pid) continue;
            reaped = true;
            bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
            if (i == n) {
                model_status = ok ? 0 : 1;
                continue;
            }
            pids[i] = 0;
            running--;
            if (!ok && failed < 0) failed = i;
        }
        if (!reaped) usleep(20000);
    }
    if (model == 0 && failed < 0) model = start_verilate_in_slot(work, t, d, fd, why);
    bool synthesised = failed < 0 && model > 0;
    if (!synthesised) {   /* a Yosys failed, or the model's build did not start: stop the others */
        if (failed >= 0) *why = xprintf("Yosys synthesis failed: %s", file_tail(logs[failed]));
        for (int i = 0; i < next; i++)
            if (pids[i] > 0) kill(pids[i], SIGTERM), waitpid(pids[i], NULL, 0);
        if (model > 0 && model_status < 0) wait_program(model);
        return false;
    }
    StrBuf script = {0};
    sb_printf(&script, "read_verilog -lib -specify -D%s +/ice40/cells_sim.v; read_rtlil",
              part ? part->timing : "ICE40_HX");
    for (int i = 0; i < n; i++)
        sb_printf(&script, " %s/%s.il", work, i == 0 ? fd->top : (const char *)fd->parts.items[i - 1]);
    sb_printf(&script, "; hierarchy -top %s; flatten; tee -o %s/stat.txt stat; %s", fd->top, work,
              sta_commands(work));
    synthesised = run_yosys(work, sb_str(&script), "yosys.log", why);
    for (int i = 0; i < n; i++)   /* (tens of MB; the logs stay) */
        unlink(xprintf("%s/%s.il", work, i == 0 ? fd->top : (const char *)fd->parts.items[i - 1]));
    if (model_status < 0) model_status = wait_program(model);
    if (model_status != 0) {
        if (synthesised) *why = xprintf("Verilator build failed: %s", file_tail(xprintf("%s/verilator.log", work)));
        return false;
    }
    return synthesised;
}

/* Synthesis, and the model's build beside it: true when both succeeded. */
static bool synthesise_and_verilate(const char *work, IrTask *t, Dfg *d, FpgaDesign *fd, const FpgaPart *part,
                                    const char **why) {
    if (fd->parts.len) return synthesise_parts_and_verilate(work, t, d, fd, part, why);
    pid_t model = start_verilate(work, t, d, fd, why);
    if (model < 0) return false;
    bool synthesised = synthesise(work, fd, part, why);
    if (wait_program(model) != 0) {
        if (synthesised) *why = xprintf("Verilator build failed: %s", file_tail(xprintf("%s/verilator.log", work)));
        return false;
    }
    return synthesised;
}

/* The bitstream and nextpnr's report of a placed task, from its cache
 * entry into the artifacts. */
static bool copy_placed(const char *entry, const char *dir, IrTask *t, FpgaBuild *b, const char **why) {
    b->bitstream_rel = xprintf("fpga/task%d.bin", t->id);
    b->pnr_rel = xprintf("fpga/task%d.pnr.json", t->id);
    if (!copy_file(xprintf("%s/top.bin", entry), xprintf("%s/%s", dir, b->bitstream_rel)) ||
        !copy_file(xprintf("%s/pnr.json", entry), xprintf("%s/%s", dir, b->pnr_rel))) {
        *why = xprintf("cannot write %s/%s", dir, b->bitstream_rel);
        return false;
    }
    return true;
}

static void progress(IrTask *t, const char *what, double since) {
    fprintf(stderr, "limec: fpga: task%d %s: %s (%.1f s)\n", t->id, t->name, what, now_s() - since);
}

/* the line before a build that takes seconds (Yosys and Verilator) */
static void start_line(IrTask *t) {
    fprintf(stderr, "limec: fpga: task%d %s: building its model (Yosys, Verilator)\n", t->id, t->name);
    fflush(stderr);
}

/* The cache key of a task's build: everything that goes into it (hashed
 * once per design: the Verilog, the store's files and the model's sources
 * do not change during a compile). */
static const char *cache_key(IrTask *t, Dfg *d, FpgaDesign *fd) {
    if (fd->cache_key) return fd->cache_key;
    Hash h = {EVP_MD_CTX_new()};
    EVP_DigestInit_ex(h.ctx, EVP_sha256(), NULL);
    hash_bytes(&h, FLOW_VERSION, sizeof FLOW_VERSION);
    hash_bytes(&h, fd->verilog, strlen(fd->verilog));
    const char *shape = xprintf("%d %d %d %d %d %d %d", t->id, d->in_words, d->out_words, d->param_words,
                                d->state_words, fd->latency, fd->ii);
    hash_bytes(&h, shape, strlen(shape));
    const FpgaPart *part = fpga_part();
    if (part) { /* (no part: the keys of before) */
        const char *flow = xprintf("%s %s", FPGA_PNR_FLOW, part->name);
        hash_bytes(&h, flow, strlen(flow) + 1);
    }
    for (int i = 0; i < fd->files.len; i++) hash_file(&h, fd->files.items[i]);
    for (const char *const *f = MODEL_FILES; *f; f++) hash_model_file(&h, *f);
    fd->cache_key = hex_digest(&h);
    return fd->cache_key;
}

bool fpga_build_cached(IrProgram *p, IrTask *t) {
    Reason r;
    Dfg *d = fpga_dfg(p, t, &r);
    FpgaDesign *fd = d ? fpga_design(p, t) : NULL;
    struct stat st;
    return fd && stat(xprintf("%s/%s/model.so", fpga_cache_root(), cache_key(t, d, fd)), &st) == 0;
}

bool *fpga_build_all(IrProgram *p, Vec *tasks, const char *dir) {
    long jobs = fpga_jobs_begin(); /* 0: make's jobserver */
    bool *built_now = xalloc(sizeof(bool) * (size_t)(p->tasks.len + 1));
    Vec todo = {0};
    for (int i = 0; i < tasks->len; i++) {
        IrTask *t = tasks->items[i];
        if (fpga_design(p, t) && !fpga_build_cached(p, t)) vec_push(&todo, t);
    }
    if (todo.len < 2) return built_now;   /* one build: no child needed */
    /* a design with parts runs as many processes as there are processors
     * itself: those are built first, each alone, then the others side by
     * side */
    Vec alone = {0}, rest = {0};
    for (int i = 0; i < todo.len; i++)
        vec_push(fpga_design(p, todo.items[i])->parts.len ? &alone : &rest, todo.items[i]);
    for (int i = 0; i < rest.len; i++) vec_push(&alone, rest.items[i]);
    todo = alone;
    fflush(stdout);
    fflush(stderr);
    int running = 0, next = 0;
    bool exclusive = false;   /* a child building a design with parts runs */
    pid_t *pids = xalloc(sizeof(pid_t) * (size_t)todo.len);
    char *tokens = xalloc((size_t)todo.len);   /* the jobserver's byte each child holds; 0: none */
    while (next < todo.len || running > 0) {
        char token = 0;
        bool parts = next < todo.len && fpga_design(p, todo.items[next])->parts.len;
        /* a token is taken only for a build that starts now: one taken with
         * nothing to start would never go back to make */
        bool may_start = next < todo.len && !exclusive &&
                         (parts ? running == 0 : jobs ? running < jobs : running == 0 || fpga_jobs_take(&token));
        if (may_start) {
            IrTask *t = todo.items[next];
            exclusive = parts;
            pid_t pid = fork();
            if (pid == 0) {
                FpgaBuild b = {0};
                const char *why;
                bool ok = fpga_build(p, t, dir, false, &b, &why);
                fflush(stderr);
                _exit(ok ? 0 : 1);
            }
            if (pid > 0) {
                pids[next] = pid;
                tokens[next++] = token;
                running++;
                built_now[t->id] = true;
            } else {
                if (token) fpga_jobs_give(token);
                break;   /* no fork: the rest are built one by one by fpga_build */
            }
            continue;
        }
        int status;
        pid_t done = wait(&status);
        if (done < 0 && errno == EINTR) continue;
        if (done < 0) break;
        for (int i = 0; i < next; i++)
            if (pids[i] == done && tokens[i]) fpga_jobs_give(tokens[i]), tokens[i] = 0;
        running--;
        exclusive = false;   /* (it ran alone: this was it) */
    }
    return built_now;
}

bool fpga_build(IrProgram *p, IrTask *t, const char *dir, bool built_now, FpgaBuild *out, const char **why) {
    Reason r;
    Dfg *d = fpga_dfg(p, t, &r);
    FpgaDesign *fd = d ? fpga_design(p, t) : NULL;
    if (!fd) {
        *why = "not accepted";
        return false;
    }
    const char *fdir = xprintf("%s/fpga", dir);
    if (!make_dirs(fdir)) {
        *why = xprintf("cannot create %s: %s", fdir, strerror(errno));
        return false;
    }
    out->verilog_rel = xprintf("fpga/task%d.v", t->id);
    out->so_rel = xprintf("fpga/task%d.so", t->id);
    if (!write_file_bytes(xprintf("%s/%s", dir, out->verilog_rel), fd->verilog, strlen(fd->verilog))) {
        *why = xprintf("cannot write %s/%s", dir, out->verilog_rel);
        return false;
    }
    note_build_inputs();
    const char *key = cache_key(t, d, fd);
    const char *root = fpga_cache_root(), *entry = xprintf("%s/%s", root, key);
    double start = now_s();
    struct stat st;
    out->cached = stat(xprintf("%s/model.so", entry), &st) == 0;
    if (!out->cached) {
        if (!make_dirs(root)) {
            *why = xprintf("cannot create the cache folder %s: %s", root, strerror(errno));
            return false;
        }
        const char *work = xprintf("%s/%s.tmp%ld", root, key, (long)getpid());
        make_dirs(work);
        if (!write_file_bytes(xprintf("%s/top.v", work), fd->verilog, strlen(fd->verilog))) {
            *why = xprintf("cannot write into %s", work);
            return false;
        }
        start_line(t);
        const FpgaPart *part = fpga_part();
        if (!synthesise_and_verilate(work, t, d, fd, part, why)) {
            remove_tree(work);
            return false;
        }
        progress(t, "synthesised with Yosys (ice40), Verilator model built", start);
        if (part) {
            FpgaBuild synth = {0};
            parse_report(read_file_bytes(xprintf("%s/stat.txt", work), NULL) ?: "", NULL, &synth);
            fpga_place(work, part, &synth, fd);
        }
        if (rename(work, entry) != 0 && stat(xprintf("%s/model.so", entry), &st) != 0) {
            *why = xprintf("cannot move %s into the cache: %s", work, strerror(errno));
            return false;
        }
        fpga_cache_trim(entry);
    } else {
        fpga_cache_touch(entry);
    }
    parse_report(read_file_bytes(xprintf("%s/stat.txt", entry), NULL) ?: "", read_file_bytes(xprintf("%s/sta.txt", entry), NULL),
                 out);
    fpga_read_place(entry, out);
    if (!out->cached && out->part) /* built here: the place and route's line */
        progress(t, out->placed ? xprintf("placed and routed on the %s with nextpnr: %.1f MHz, %d of %d logic cells",
                                          fpga_part()->title, out->fmax_mhz, out->lc_used, out->lc_total)
                                : xprintf("not placed on the %s: %s", fpga_part()->title, out->no_place),
                 start);
    if (out->placed && !copy_placed(entry, dir, t, out, why)) return false;
    const char *so = xprintf("%s/%s", dir, out->so_rel);
    unlink(so);
    if (!copy_file(xprintf("%s/model.so", entry), so)) {
        *why = xprintf("cannot write %s", so);
        return false;
    }
    out->so_sha256 = file_sha256(so);
    /* Yosys's resource report beside the model, for people */
    out->report_rel = xprintf("fpga/task%d.yosys.txt", t->id);
    if (!copy_file(xprintf("%s/stat.txt", entry), xprintf("%s/%s", dir, out->report_rel))) out->report_rel = NULL;
    if (out->cached && built_now) out->cached = false;   /* a child built it */
    else if (out->cached) progress(t, xprintf("cached model %s", key), start);
    return true;
}
