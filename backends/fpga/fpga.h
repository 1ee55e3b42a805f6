/* fpga.h: the FPGA backend (docs/fpga.md).  Its files in layers, each
 * calling only the ones above it (no cycles):
 *
 *   store.c     the artifact store's descriptors (artifacts/ * / *.yaml):
 *               which module implements which Java operator, its latency
 *   dfg.c       a task's body -> a dataflow graph (DFG) by symbolic
 *               evaluation: calls inlined, constant-bound loops unrolled,
 *               branches if-converted to multiplexers, filter state as
 *               registers; or a rejection naming the construct and its
 *               line; and queries on a DFG (live nodes, state registers)
 *   loop.c      a map's loop engine: the DFG cut at its loop whose exit
 *               depends on the data into prologue, body and epilogue DFGs
 *   solution.c  whole filters of a stream's DFG replaced by the store's
 *               solutions (sol_fir)
 *   accept.c    the per-task decision: fpga_accepts and fpga_dfg (the DFG
 *               built, every live operator found in the store, solutions
 *               substituted), kept per task
 *   engine.c    a loop engine's top module around its parts' pipelines:
 *               the ring, the reorder buffer, admission
 *   verilog.c   for an accepted task: as-soon-as-possible schedule, delay
 *               lines, and the top-level Verilog module (valid/ready
 *               stream interface; a reduce: its combiner module under the
 *               store's stream_reduce_tree); --emit=verilog
 *   estimate.c  a design's logic cells before synthesis, from the store's
 *               measured resources (a plain compile skips huge designs)
 *   build.c     Yosys (synthesis check, resource report) and Verilator (the
 *               model .so) for each accepted task, cached by content hash
 *   fpga.c      the backend's table entry (backend.h): the hooks, the
 *               build of every accepted task, each task's manifest entry
 *
 * The top module's ports and the model's C ABI are runtime/lime_fpga.h. */
#ifndef LIME_FPGA_BACKEND_H
#define LIME_FPGA_BACKEND_H

#include "../backend.h"

/* What a DFG value is on the wires.  byte, short and char travel as the
 * int Java promotes them to; FDOUBLE is a float widened to double, allowed
 * only on its way to Math.sqrt and straight back to float. */
typedef enum WireKind { W_BOOL, W_INT, W_LONG, W_FLOAT, W_DOUBLE } WireKind;

typedef enum DNodeKind {
    DN_CONST,              /* bits */
    DN_INPUT,              /* slot: first word of the input item */
    DN_PARAM,              /* slot: first word of the broadcast operands */
    DN_STATE,              /* slot: the state variable (its value before this item) */
    DN_OP,                 /* op on args, one artifact instance (or plain wiring) */
    DN_OBJ,                /* a stateful filter's object (slot: its filter); never on a wire */
    DN_ARRAY,              /* an array of fixed length (slot: Eval's array); never on a wire */
    DN_UNKNOWN,            /* a constructor argument that is not a constant; never on a wire */
    DN_VALUE,              /* a value of a value class (slot: its fields' nodes, dfg.c); never on a wire */
    DN_CARRY,              /* slot: loop engine context value at the start of a pass (loop.c splits it away) */
    DN_EXIT,               /* slot: loop engine context value when the item leaves the loop (ditto) */
} DNodeKind;

typedef struct DNode {
    int id;
    DNodeKind kind;
    WireKind w;
    const char *op;        /* DN_OP: the store's spelling ("+", "<", "?:", "i2f", "sqrt", ...) or
                              wiring: "bits" (reinterpret) */
    WireKind opw;          /* DN_OP: the operands' kind (a compare's result is W_BOOL) */
    int args[3];
    int nargs;
    uint64_t bits;         /* DN_CONST: the value (float as its IEEE bits) */
    int slot;
    Loc loc;
    int time;              /* verilog.c: the clock (pipeline stage) its value is ready at */
    int uses;
} DNode;

/* A field of a stateful filter's object, or one element of an array field
 * of fixed length: a register, or a constant when the filter never writes
 * it and its constructor gives it a constant (an array of coefficients). */
typedef struct StateVar {
    FieldDecl *field;
    int filter;            /* which filter of the stream (graph position) */
    int elem;              /* the element of an array field; -1: a scalar field */
    WireKind w;
    int word;              /* first word in state_in / state_out */
    int next;              /* the node of its value after the item */
    bool constant;         /* no register: always init */
    bool from_source;      /* a substituted FIR's history: no register; the CPU code checks it is zero
                              before a run and sets it from the source's last items after */
    bool init_known;       /* the constructor leaves it at the constant init */
    uint64_t init;
} StateVar;

typedef struct Dfg {
    IrTask *task;
    Vec nodes;             /* DNode* by id */
    char in_types[16];     /* descriptor letters of the input operands, e.g. "IF" */
    char param_types[16];
    char out_type;
    char out_fields[16];   /* a map whose result is a value class: its fields' letters in order
                              (results: their nodes); "" otherwise */
    int in_words, param_words, out_words, state_words;
    StateVar *state;
    int nstate;
    int *state_lens;       /* per state field in layout order: -1 a scalar, else its array length */
    bool *state_zero;      /* per state field: StateVar.from_source */
    int nstate_fields;
    int *filter_in, *filter_out;   /* per filter of a stream: the item it takes and the one it gives */
    Vec solutions;         /* Solution*: store solutions substituted for filters */
    int item_words;        /* a reduce: words of one element (the DFG is one combination, its inputs
                              the left and right operands; in_words/in_types: an element and a last flag) */
    int reduce_levels;     /* a reduce: stream_reduce_tree's LEVELS (accept.c), 0 for other tasks */
    int result;            /* the output item (a firing that pushes several: results) */
    int *results;          /* a firing of a multi-rate filter: the nresults items it pushes, in order */
    int nresults;
    int exc;               /* boolean: the item throws ArithmeticException (-1: never) */
    int exc_index;         /* boolean: an array index of the item is out of bounds (-1: never) */
    /* Broadcast arrays (memory.c): array operand k of a map is memory k,
     * loaded before the items; its length is a param word. */
    struct MemArray *mems;
    int nmems;
    int mem_depth;         /* elements each memory holds (memory.c: fpga_mem_choose) */
    /* A multi-rate stream task (accept.c): no nodes of its own, one DFG per
     * filter (nfirings of them) of one firing, pop[k] items in, push[k] out;
     * verilog.c puts the store's stream_deser before a filter that pops
     * more than one and stream_ser after one that pushes more than one. */
    struct Dfg **firings;
    int nfirings;
    int *pop, *push;
    /* A map with a loop whose exit depends on the data (loop.c): its three
     * DFGs and the context between them; NULL for other tasks. */
    struct LoopEngine *engine;
    bool bit_inputs;       /* DN_INPUT's slot is a bit offset into in_data (an engine's body, epilogue) */
    /* a loop engine's prologue whose items all make as many passes (loop.c
     * uniform_passes): its int and long divisions take the store's
     * int_div_seq, one quotient bit a clock, which stalls the part while it
     * divides (fpga_op_impl), not int_div's pipeline of WIDTH stages: with
     * P slots and T passes an item, the ring takes a new item every T
     * clocks, not every clock */
    bool seq_div;
    /* a plain map with more pipelined units than fpga_fold_above(): its
     * design shares them (verilog.c's folded schedule, accept.c) */
    bool fold;
} Dfg;

/* A broadcast array operand of a map, held in block RAM (memory.c): one
 * copy per read node (an `aload` DN_OP, slot: the memory, args[0] the
 * index), each with the one write port the model loads it through. */
typedef struct MemArray {
    WireKind w;            /* its elements' */
    char type;             /* its elements' descriptor letter */
    int len_slot;          /* the param word holding its length */
    Loc loc;
} MemArray;
/* The loop engine of a map (loop.c, engine.c).  The task's body is cut at
 * its one loop whose exit depends on the data: the prologue (the item and
 * params -> the context at loop entry), the body (the context at the start
 * of a pass -> at its end, and `again`: the item goes round once more), the
 * epilogue (the context when the item leaves -> the result and the
 * exception flag).  The context is the carried values (locals the loop
 * assigns, the exception flag, the item's `alive` when the loop is under an
 * if on the data) then the invariants (values from before the loop that the
 * body or the epilogue read), each at its bit offset, ctx_bits in all. */
typedef struct LoopEngine {
    Dfg *pro, *body, *epi;
    int ctx_bits, ncarried, ninvariant;
    int ninduction;        /* loop.c: running products after the carried values (strength reduction) */
    Loc loc;               /* the loop */
    /* dfg.c's cut of the unified DFG: nodes [b0, b1) are the body's, later
     * ones the epilogue's; per carried value its node at entry, its DN_CARRY
     * and DN_EXIT nodes and its value at the end of a pass */
    int b0, b1, again;
    int loop_exit;         /* `again` less the exception flag: the loop's own test (and breaks) */
    int *entry, *carry, *exit, *next;
    /* The loop's head test (dfg.c): `alive` after the body's first
     * statements when they are pure and end in `if (c) break` to this loop
     * (-1: the body starts otherwise).  When it is false at the start of a
     * pass, the pass changes nothing and the item leaves. */
    int head;
    /* loop.c: the body DFG's `again` that also holds the head test on the
     * values at the end of the pass (-1: none); verilog.c takes it as the
     * body's result (rotated) when it makes the pass no longer: an item then
     * makes one pass per iteration, not one more to find the test false. */
    int again_next;
    bool rotated;
} LoopEngine;

/* A whole filter replaced by a store solution (solution.c). */
typedef struct Solution {
    const char *module;    /* "sol_fir" */
    int filter;            /* its position in the stream */
    int node;              /* the DN_OP node (op "solution", slot: this entry) that is its output */
    const char *params;    /* Verilog parameter overrides */
    const char *what;      /* for people: "8-tap FIR" */
} Solution;

/* -------------------------------------------------------------- store.c */
typedef struct StoreImpl {
    const char *module;    /* "int_add" */
    const char *file;      /* absolute path of its .v */
    const char *params;    /* Verilog parameter overrides: "#(.WIDTH(32))" or "" */
    const char *output;    /* the output port ("y", "q", ...) */
    const char *inputs[3]; /* operand ports in order (clk/rst/ce/in_valid excluded) */
    int ninputs;
    int latency;           /* 0: combinational (no clock ports) */
    bool table;            /* kind: table (constants in block RAM: a folded design does not budget it) */
    bool stalls;           /* a `busy` output (int_div_seq): several clocks an item, its part holds ce low meanwhile */
} StoreImpl;
const char *fpga_store_dir(void);              /* $LIME_STORE or the built-in path */
/* The module that implements Java operator op on type, or NULL with *why. */
const StoreImpl *fpga_store_find(const char *op, const char *type, const char **why);
const StoreImpl *fpga_store_module(const char *name);   /* by module name (stream_delay ...) */

/* ---------------------------------------------------------------- dfg.c */

/* The DFG of t's body by symbolic evaluation, or NULL with *why (the
 * construct and its line).  const_keys: the array elements of the filters'
 * state to fold as constants (fpga_dfg_constant_elems of an earlier DFG);
 * an empty Vec the first time.  Says nothing of the store: accept.c checks
 * that every live operator has a module. */
Dfg *fpga_dfg_build(IrProgram *p, IrTask *t, Vec *const_keys, Reason *why);
/* Appends to keys the array elements of d's state that the filters never
 * write and their constructors set to constants. */
void fpga_dfg_constant_elems(Dfg *d, Vec *keys);
/* The DFG of one firing of filter k (stateless, static) of multi-rate
 * stream task t: its pop items in (the words of item 0 first), the push
 * items it returns out (Dfg.results), or NULL with *why. */
Dfg *fpga_dfg_firing(IrProgram *p, IrTask *t, int k, Reason *why);
const char *fpga_wire_type_name(WireKind w);   /* the store's type names: "int", "float", ... */
/* mathtab.c: Math.exp's table (runtime/fdlibm_common.h exp_tab): entry k's
 * double bits, k < 2 * FPGA_EXP_TABLE (2^(j/128) rounded at 2j, its
 * relative rounding error at 2j + 1). */
enum { FPGA_EXP_TABLE = 128 };
uint64_t fpga_exp_table_bits(int k);
/* Per node: the result, the exception flag or the state needs it. */
bool *fpga_live_nodes(Dfg *d);
/* The DN_STATE node of state variable sv (-1: none, a constant) */
int fpga_state_node(Dfg *d, int sv);

/* ---------------------------------------------------------------- loop.c */

/* Splits d (whose engine dfg.c has cut) into the engine's three DFGs;
 * false with *why when a value crosses the cut in a way it does not take. */
bool fpga_loop_split(Dfg *d, Reason *why);

/* ----------------------------------------------------------- solution.c */

/* Finds filters of a stream DFG that a store solution computes (a FIR
 * filter), and rewrites the DFG to use it (Dfg.solutions). */
void fpga_substitute_solutions(Dfg *d);

/* ------------------------------------------------------------- accept.c */

/* What the backend knows of one task of the program. */
typedef struct FpgaTask {
    bool decided;          /* accept.c: dfg and why are set */
    Dfg *dfg;              /* accepted: its DFG; NULL: rejected */
    Reason why;            /* rejected: why */
    struct FpgaDesign *design;   /* verilog.c: its schedule and Verilog, once made */
} FpgaTask;

/* The backend's per-program record, in its slot of IrProgram.backend_private:
 * every analysis of a task is kept here, none in a file-scope variable. */
typedef struct FpgaProgram {
    FpgaTask **tasks;      /* by IrTask.id (NULL: nothing known yet) */
    int ntasks;
} FpgaProgram;

FpgaProgram *fpga_program(IrProgram *p);     /* made on first use */
FpgaTask *fpga_task(IrProgram *p, IrTask *t); /* t's record, made on first use */

/* The task's DFG, every live operator with a store module, or NULL with
 * *why (decided once per task). */
Dfg *fpga_dfg(IrProgram *p, IrTask *t, Reason *why);
bool fpga_accepts(IrProgram *p, IrTask *t, Reason *why);   /* the table's accepts */
/* "bits": a plain wire, no store module */
bool fpga_op_is_wiring(const char *op);
/* The store module of a DN_OP that is not wiring (a substituted solution:
 * its module with the solution's parameters), or NULL with *why. */
const StoreImpl *fpga_op_impl(Dfg *d, DNode *n, const char **why);

/* ------------------------------------------------------------- engine.c */

struct FpgaDesign;
/* Where the engine body's pipeline reads and writes each context value
 * (verilog.c's staggered schedule): per context value (the body's results,
 * in context order) the stage in[] where the pass first reads it (its bits
 * of in_data are read there, not at stage 0) and the stage out[] where its
 * value after the pass is on out_data, and its bits: from bit[k], width[k]
 * of them (bit[k + 1] = bit[k] + width[k]); `again`'s stage; the last
 * stage. */
typedef struct BodyStages {
    int *in, *out;
    int *bit, *width;
    int again, last;
} BodyStages;

/* A chain of the store's stream_delay (block RAM from 32 stages) after
 * `in`, `width` bits, clock enable `ce`, tapped at depths[0..n) stages
 * (each > 0; any order, repeats once): tap k is wire <name>_d<k> from
 * instance <inst>_d<k>, and with `valid` (a valid bit, cleared by rst) its
 * valid wire <name>_v<k>.  The store's file joins `files`. */
void fpga_emit_delay_chain(StrBuf *v, Vec *files, const char *name, const char *inst, int width, const char *in,
                           const char *ce, const char *valid, const int *depths, int n);
void fpga_add_file(Vec *files, const char *file);   /* once */

/* The loop engine's Verilog into fd: the parts' modules (`parts`, the
 * prologue's and epilogue's latencies lp and le, the body's stages st,
 * whether the prologue stalls on its own busy (Dfg.seq_div: then it has
 * the ports stage_valid and busy); verilog.c makes them) and the top module
 * lime_task<N> around them; latency, ii, and `engine` (what it is, for
 * --explain and the manifest). */
void fpga_emit_engine(IrTask *t, Dfg *d, const char *parts, int lp, int le, const BodyStages *st, bool pro_stalls,
                      struct FpgaDesign *fd);

/* ------------------------------------------------------------- memory.c */

/* The schedule's view of a memory read (op "aload"): latency 1. */
const StoreImpl *fpga_mem_read_impl(void);
/* The read nodes of d (live ones), i.e. the memory copies. */
int fpga_mem_reads(Dfg *d);
/* The SB_RAM40_4K blocks d's memories take (an estimate from the iCE40's
 * shapes; Yosys's count is in the resources). */
int fpga_mem_brams(Dfg *d);
/* Chooses d->mem_depth, the elements each memory holds (a longer array
 * runs on the CPU): LIME_FPGA_ARRAY_DEPTH (a power of two from 16 to
 * 65536), else with a part chosen (LIME_FPGA_PART) the largest up to 4096
 * that fits its block RAMs, else 1024.  NULL, or why the memories do not
 * fit the part. */
const char *fpga_mem_choose(Dfg *d);
/* Verilog: the write port's lines of the module header; every copy's
 * memory and its write; one read (node id, its index's signal). */
void fpga_mem_ports(StrBuf *v, Dfg *d);
/* An instance's connections of those ports (a loop engine's parts), or "". */
const char *fpga_mem_connect(Dfg *d);
void fpga_mem_decls(StrBuf *v, Dfg *d, const bool *live);
void fpga_mem_read(StrBuf *v, Dfg *d, int id, const char *index);
/* For --explain: "2 arrays in block RAM (3 read ports of 1024 elements, ~24 SB_RAM40_4K)" */
const char *fpga_mem_describe(Dfg *d);

/* ------------------------------------------------------------ verilog.c */

typedef struct FpgaDesign {
    const char *verilog;
    const char *top;
    Vec files;             /* const char*: the store's .v files it instantiates */
    /* const char*: modules of the Verilog (a folded design's shared units)
     * that build.c synthesises each on its own, in parallel with the rest,
     * which reads them as black boxes (a unit instantiated many times is
     * synthesised once) */
    Vec parts;
    int latency, ii;
    /* a multi-rate stream: its rate adapters ("stream_deser N=2 before
     * C.f, stream_ser M=3 after C.g") and source items per clock at full
     * speed ("1", "2/3"); NULL for other tasks */
    const char *adapters, *items_per_clock;
    /* a multi-rate stream made as one design for its whole period
     * (emit_period): what it is; else why not (the adapters' design) */
    const char *period, *not_period;
    /* a map's loop engine (engine.c): "body latency 12, up to 13 items in
     * flight, reorder buffer 256; ..."; NULL for other tasks */
    const char *engine;
    /* a folded design (Dfg.fold): "folded: 16 shared units, an item every
     * 26 clocks"; NULL for other tasks */
    const char *folded;
    const char *cache_key; /* build.c: its build's key in the cache, once computed */
} FpgaDesign;
/* Schedules the task's DFG and returns its Verilog (module lime_task<id>);
 * NULL when not accepted. */
FpgaDesign *fpga_design(IrProgram *p, IrTask *t);
/* The ports of a task's top module (lime_fpga.h), from its `module name (`
 * line to `);`: params, state and in_data of that many words each (0: one
 * word, unread), the load ports of mems' arrays (NULL: none), out_data of
 * `out` words; out_valid, out_data and out_exc registers when
 * `registered`, else wires.  Returns out_data's line's offset in v. */
typedef struct TaskPorts {
    int params, state, in, out;
    const char *in_note;   /* after in_data's comma: "  // ..." or NULL */
    Dfg *mems;
    bool registered;
} TaskPorts;
size_t fpga_emit_task_ports(StrBuf *v, const char *name, const TaskPorts *p);
/* --emit=verilog */
void print_verilog(FILE *out, IrProgram *p);
/* A plain map (no state, loop engine, arrays or solutions) with more
 * pipelined units than fpga_fold_above() (LIME_FPGA_FOLD_ABOVE, default
 * 64) is folded: each kind of store unit is instantiated a few times,
 * fpga_fold_units() in all (LIME_FPGA_FOLD_UNITS, default 16; or one per
 * kind where there are more kinds), and shared by the operations that
 * need it, an item entering every ii clocks (verilog.c). */
/* text as a whole number from lo to hi (a setting), or -1 when it is not
 * one (lo >= 0) */
long fpga_whole_number(const char *text, long lo, long hi);
int fpga_fold_above(void);
int fpga_fold_units(void);
/* Whether LIME_FPGA_FOLD_ABOVE and LIME_FPGA_FOLD_UNITS are unset or whole
 * numbers from 1 to a million; false after reporting the bad one(s) (the
 * backend's check_settings: before any of the above is asked). */
bool fpga_fold_settings_ok(void);

/* ----------------------------------------------------------- estimate.c */

/* The iCE40 logic cells fd's store units take by their descriptors'
 * measured resources (glue not counted): an estimate before synthesis. */
int fpga_estimate_cells(const FpgaDesign *fd);

/* -------------------------------------------------------------- build.c */

/* Builds dir/fpga/task<id>.{v,so} with Yosys and Verilator (cached);
 * fills the manifest numbers.  false: *why says what failed (the task then
 * is marked rejected in the manifest with that reason). */
typedef struct FpgaBuild {
    const char *verilog_rel, *so_rel, *report_rel;
    const char *so_sha256;
    int lut, ff, carry, dsp, bram;
    double fmax_mhz;       /* nextpnr's when placed, else the estimate from Yosys's sta */
    bool cached;
    /* with a part chosen (pnr.c): its name; whether it was placed and
     * routed, and else why not; the estimate beside nextpnr's figure; the
     * logic cells used of the part's; the bitstream and nextpnr's report
     * (artifacts-relative; NULL when not placed) */
    const char *part;
    bool placed;
    const char *no_place;
    double estimate_mhz;
    int lc_used, lc_total;
    const char *bitstream_rel, *pnr_rel;
} FpgaBuild;
/* built_now: fpga_build_all built it in a child of this run (then it is
 * reported as built, not cached). */
bool fpga_build(IrProgram *p, IrTask *t, const char *dir, bool built_now, FpgaBuild *out, const char **why);
/* Builds every task of `tasks` (accepted ones) not in the cache yet,
 * $LIME_JOBS (else one per processor) at a time, each in a child process;
 * fpga_build then finds them in the cache.  Returns, per task id, whether
 * a child built it now. */
bool *fpga_build_all(IrProgram *p, Vec *tasks, const char *dir);
/* Is t's model in the cache (a build would only copy it)? */
bool fpga_build_cached(IrProgram *p, IrTask *t);

/* The Verilog files of fd's build in folder work, for Yosys's
 * read_verilog: " store/module.v ... work/top.v" (build.c). */
const char *fpga_sources(FpgaDesign *fd, const char *work);
const char *fpga_synth_ice40(const char *top, bool dsp);   /* build.c: the synthesis commands, no autoname */

/* pnr.c: an iCE40 part to place and route on (LIME_FPGA_PART, limec
 * --fpga-part=): its name, nextpnr's flag and package, its title, the
 * define that selects its cell delays in Yosys's ice40/cells_sim.v, and
 * its logic cells, block RAMs and DSPs. */
#define FPGA_PNR_FLOW "lime-pnr 2" /* in the cache key with the part: change it when pnr.c's outputs change */
typedef struct FpgaPart {
    const char *name, *flag, *package, *title, *timing;
    int lcs, bram, dsp;
} FpgaPart;
/* The part LIME_FPGA_PART names; NULL when it is unset or empty (no place
 * and route: the clock stays the estimate). */
const FpgaPart *fpga_part(void);
const FpgaPart *fpga_part_named(const char *name);
/* the part with the most logic cells */
const FpgaPart *fpga_largest_part(void);
/* "up5k, hx8k" */
const char *fpga_part_names(void);
/* In a build folder holding top.v (fd's Verilog): unless synth's counts
 * do not fit the part, synthesises fd's top module inside an I/O shell for
 * the part, places and routes it, packs the bitstream (top.bin); writes
 * pnr.txt with the outcome (always). */
void fpga_place(const char *work, const FpgaPart *part, const FpgaBuild *synth, FpgaDesign *fd);
/* A cache entry's pnr.txt into b (nothing when it has none). */
void fpga_read_place(const char *entry, FpgaBuild *b);

/* jobs.c: builds at once.  fpga_jobs_begin: LIME_JOBS, else 0 when make's
 * jobserver decides (then each child after the first needs a token from
 * fpga_jobs_take, given back by fpga_jobs_give when it ends), else the
 * processor count. */
long fpga_jobs_begin(void);

/* cache.c: the model cache's folder; a hit marks its entry used; after a
 * build, the least recently used models leave while the cache is over
 * $LIME_CACHE_MAX (never `keep`, the entry just made); --cache-clean */
const char *fpga_cache_root(void);
void fpga_cache_touch(const char *entry);
void fpga_cache_trim(const char *keep);
bool fpga_cache_clean(FILE *out);
bool fpga_jobs_take(char *token);
void fpga_jobs_give(char token);

#endif
