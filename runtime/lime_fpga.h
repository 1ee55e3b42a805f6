/* lime_fpga.h: the C ABI of an FPGA task model (prog.artifacts/fpga/taskN.so).
 *
 * limec's FPGA backend writes one Verilog top module per accepted task,
 * builds it with Verilator into a cycle-accurate model and wraps that model
 * in these functions (a generated C++ file compiled into the .so).  The
 * runtime's fpga device (runtime/fpga.c) dlopens the .so, looks the
 * functions up by name and drives the model clock by clock.  Nothing else
 * crosses the boundary.
 *
 * Data travels as 32-bit words.  An item is the concatenation of its
 * operands in order, each one word (boolean 0/1; byte, short, char and int
 * sign- or zero-extended as Java widens them to int; float as its IEEE bits)
 * or two words, low word first (long).  A result that is a value class is
 * its fields' words in field order (the manifest's out_type names them).
 * The top module's ports carry the
 * same words: word k is bits [32k+31:32k].
 *
 * The top module (see docs/fpga.md):
 *   module lime_taskN (
 *     input clk, input rst,                       // rst: synchronous, active high
 *     input load,                                 // one clock: state_in -> state registers
 *     input  [32*P-1:0] params,                   // broadcast operands, constant during a run
 *     input  [32*S-1:0] state_in,  output [32*S-1:0] state_out,
 *     input in_valid, output in_ready, input  [32*I-1:0] in_data,
 *     output out_valid, input out_ready, output [32*O-1:0] out_data,
 *     output [3:0] out_exc);                      // with out_valid: LIME_FPGA_EXC_*
 * (a width of 0 words is a 32-bit port that is ignored), and when the task
 * has broadcast arrays (LimeFpgaInfo.arrays > 0) a write port for them:
 *     input mem_we, input [7:0] mem_sel, input [15:0] mem_addr, input [63:0] mem_wdata
 * (one element a clock: mem_we high writes mem_wdata's low bits into
 * element mem_addr of array mem_sel; lime_fpga_load_array drives it).
 * A broadcast array operand is one param word, its length (manifest
 * param_types "[F": a float array), and its elements, loaded before the
 * items into memory k (the k-th array operand, from 0). */
#ifndef LIME_FPGA_H
#define LIME_FPGA_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LIME_FPGA_ABI 2   /* 2: broadcast arrays (arrays, array_depth, lime_fpga_load_array) */

/* out_exc codes: the Java exception the item raised (the device stops there). */
#define LIME_FPGA_EXC_NONE 0
#define LIME_FPGA_EXC_INDEX 1     /* java.lang.ArrayIndexOutOfBoundsException (the CPU runs the call again
                                     and throws it with Java's message, for the lowest failing element) */
#define LIME_FPGA_EXC_DIV_ZERO 2  /* java.lang.ArithmeticException: / by zero */

typedef struct LimeFpgaInfo {
    int32_t abi;           /* LIME_FPGA_ABI */
    int32_t task;          /* the task id in the manifest */
    int32_t in_words;      /* I: words per input item */
    int32_t out_words;     /* O: words per output item */
    int32_t param_words;   /* P: words of broadcast operands */
    int32_t state_words;   /* S: words of filter state */
    int32_t latency;       /* clocks from an item in to its result out */
    int32_t ii;            /* clocks between items at full speed (1: one per clock) */
    int32_t arrays;        /* broadcast array operands (memories) */
    int32_t array_depth;   /* elements each memory holds (0 when arrays is 0) */
} LimeFpgaInfo;

/* Every model carries its LimeFpgaInfo as an ELF note too (in a PT_NOTE
 * segment: owner "Lime", type LIME_FPGA_NOTE_INFO, the struct as its
 * description), which the runtime reads from the file's bytes and checks
 * against the manifest before it loads the model, so that no code of a
 * model that is not the task's (not even a constructor) runs; after
 * loading, lime_fpga_info must return the same values. */
#define LIME_FPGA_NOTE_NAME "Lime"
#define LIME_FPGA_NOTE_INFO 1
typedef struct LimeFpgaNote {
    uint32_t namesz;       /* sizeof LIME_FPGA_NOTE_NAME (5, with its NUL) */
    uint32_t descsz;       /* sizeof(LimeFpgaInfo) */
    uint32_t type;         /* LIME_FPGA_NOTE_INFO */
    char name[8];          /* LIME_FPGA_NOTE_NAME, padded to 4 bytes */
    LimeFpgaInfo info;
} LimeFpgaNote;

/* What the model drives, sampled after inputs settle and before the edge:
 * the handshakes it reports are the ones that happen at that edge. */
typedef struct LimeFpgaPorts {
    int32_t in_ready;
    int32_t out_valid;
    uint32_t out_exc;
    uint32_t *out_data;    /* the caller's buffer of out_words words; filled when out_valid */
} LimeFpgaPorts;

/* The functions of a model .so, by name: */
typedef const LimeFpgaInfo *(*LimeFpgaInfoFn)(void);                 /* lime_fpga_info */
typedef void *(*LimeFpgaNewFn)(void);                                 /* lime_fpga_new: a model after reset (NULL: out of memory) */
typedef void (*LimeFpgaFreeFn)(void *model);                          /* lime_fpga_free */
/* lime_fpga_load: params held on the port from now on; state_in loaded
 * into the state registers with one `load` clock (NULL when 0 words). */
typedef void (*LimeFpgaLoadFn)(void *model, const uint32_t *params, const uint32_t *state);
typedef void (*LimeFpgaStateFn)(void *model, uint32_t *state);        /* lime_fpga_state: reads state_out */
/* lime_fpga_load_array: n elements of elem_words words each (1 or 2, low
 * word first) into memory k, one clock each, after lime_fpga_load and
 * before the items; requires k < arrays and n <= array_depth. */
typedef void (*LimeFpgaLoadArrayFn)(void *model, int32_t k, const uint32_t *words, int32_t n, int32_t elem_words);
/* lime_fpga_cycle: drives in_valid, in_data (in_words words; ignored when
 * !in_valid) and out_ready, settles, fills *ports, then clocks once. */
typedef void (*LimeFpgaCycleFn)(void *model, int32_t in_valid, const uint32_t *in_data, int32_t out_ready,
                                LimeFpgaPorts *ports);

#ifdef __cplusplus
}
#endif
#endif
