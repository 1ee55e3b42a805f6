/* memory.c: a map's broadcast array operands in block RAM.
 *
 * dfg.c makes each array operand (`float[[]] a`, `int[] t` passed whole)
 * memory k of the task (Dfg.mems, in operand order): its length is a
 * param word (`a.length`), each read `a[i]` a DN_OP "aload" (slot k,
 * args[0] the index) and each bounds check ORs `i < 0 || i >= length`
 * into the item's index flag (Dfg.exc_index, out_exc
 * LIME_FPGA_EXC_INDEX).  Here: what the schedule, the Verilog and the
 * decision need of them.
 *
 * The hardware: every read node has its own copy of its memory, `reg
 * [W-1:0] mem<k>_<id> [0:DEPTH-1]`, so that each takes one read a clock
 * (an iCE40 block RAM has one read port); all copies of memory k are
 * written through the one write port the model loads the array with
 * before a call (mem_we, mem_sel == k, mem_addr, mem_wdata: one element a
 * clock, lime_fpga_load_array).  A read is registered under the pipeline's
 * clock enable (latency 1), which is what Yosys maps to SB_RAM40_4K.  A
 * loop engine's parts (loop.c) share the task's memories: each part module
 * has the write port (fpga_mem_connect), its reads their own copies.
 *
 * DEPTH, the elements each memory of a task holds, is chosen once per task
 * (fpga_mem_choose, Dfg.mem_depth): LIME_FPGA_ARRAY_DEPTH when it is set;
 * else, with a part chosen, the largest that lets the task's copies fit
 * the part's block RAMs (at most 4096); else 1024.
 *
 * Invariants: DEPTH is a power of two, the same for every memory of a
 * task; the runtime loads an array only when its length is at
 * most DEPTH (else the call runs on the CPU), so an in-bounds index is a
 * valid address; an out-of-bounds one reads some element and raises the
 * flag, and the runtime runs the call on the CPU, which throws Java's
 * exception for the lowest failing element. */
#include "fpga.h"

#include <stdlib.h>
#include <string.h>

enum { DEFAULT_DEPTH = 1024, MIN_DEPTH = 16, MAX_DEPTH = 65536, MAX_PART_DEPTH = 4096 };

/* LIME_FPGA_ARRAY_DEPTH when it is a power of two from MIN_DEPTH to
 * MAX_DEPTH, else 0 (unset). */
static int depth_asked(void) {
    const char *s = getenv("LIME_FPGA_ARRAY_DEPTH");
    long n = s && *s ? strtol(s, NULL, 10) : 0;
    return n < MIN_DEPTH || n > MAX_DEPTH || (n & (n - 1)) ? 0 : (int)n;
}

static int addr_bits(int depth) {
    int a = 0;
    while ((1 << a) < depth) a++;
    return a;
}

const StoreImpl *fpga_mem_read_impl(void) {
    static const StoreImpl read = {"array memory (generated)", NULL, "", "q", {"addr"}, 1, 1, false, false};
    return &read;
}

static bool is_read(Dfg *d, int id, const bool *live) {
    DNode *n = d->nodes.items[id];
    return live[id] && n->kind == DN_OP && !strcmp(n->op, "aload");
}

/* The DFGs whose nodes are the hardware: d, or a loop engine's parts. */
static int parts_of(Dfg *d, Dfg **parts) {
    if (!d->engine) {
        parts[0] = d;
        return 1;
    }
    parts[0] = d->engine->pro, parts[1] = d->engine->body, parts[2] = d->engine->epi;
    return 3;
}

int fpga_mem_reads(Dfg *d) {
    Dfg *parts[3];
    int n = 0, np = parts_of(d, parts);
    for (int p = 0; p < np; p++) {
        bool *live = fpga_live_nodes(parts[p]);
        for (int i = 0; i < parts[p]->nodes.len; i++) n += is_read(parts[p], i, live);
    }
    return n;
}

static int width_bits(WireKind w) { return w == W_BOOL ? 1 : w == W_LONG || w == W_DOUBLE ? 64 : 32; }

/* SB_RAM40_4K blocks for one copy of `depth` words of `width` bits: the
 * block is 256x16, 512x8, 1024x4 or 2048x2. */
static int copy_brams(int width, int depth) {
    int shape = depth < 256 ? 256 : depth > 2048 ? 2048 : depth;
    int per_block = 4096 / shape;
    return (depth + shape - 1) / shape * ((width + per_block - 1) / per_block);
}

static int brams_at(Dfg *d, int depth) {
    Dfg *parts[3];
    int n = 0, np = parts_of(d, parts);
    for (int p = 0; p < np; p++) {
        bool *live = fpga_live_nodes(parts[p]);
        for (int i = 0; i < parts[p]->nodes.len; i++)
            if (is_read(parts[p], i, live))
                n += copy_brams(width_bits(d->mems[((DNode *)parts[p]->nodes.items[i])->slot].w), depth);
    }
    return n;
}

int fpga_mem_brams(Dfg *d) { return brams_at(d, d->mem_depth); }

const char *fpga_mem_choose(Dfg *d) {
    const FpgaPart *part = fpga_part();
    int asked = depth_asked();
    d->mem_depth = asked ? asked : part ? MAX_PART_DEPTH : DEFAULT_DEPTH;
    while (!asked && part && d->mem_depth > MIN_DEPTH && brams_at(d, d->mem_depth) > part->bram) d->mem_depth /= 2;
    Dfg *parts[3];
    for (int p = 0, np = parts_of(d, parts); p < np; p++) parts[p]->mem_depth = d->mem_depth;
    int need = fpga_mem_brams(d), reads = fpga_mem_reads(d);
    if (!part || need <= part->bram) return NULL;
    return xprintf("%d broadcast array%s of up to %d elements read at %d place%s need %d block RAMs, more than the "
                   "%s's %d%s", d->nmems, d->nmems == 1 ? "" : "s", d->mem_depth, reads, reads == 1 ? "" : "s", need,
                   part->title, part->bram, asked ? " (a smaller LIME_FPGA_ARRAY_DEPTH holds shorter arrays)" : "");
}

void fpga_mem_ports(StrBuf *v, Dfg *d) {
    if (!d->nmems) return;
    sb_puts(v, "    input  wire mem_we,\n    input  wire [7:0] mem_sel,\n");
    sb_puts(v, "    input  wire [15:0] mem_addr,\n    input  wire [63:0] mem_wdata,\n");
}

const char *fpga_mem_connect(Dfg *d) {
    return d->nmems ? ".mem_we(mem_we), .mem_sel(mem_sel), .mem_addr(mem_addr), .mem_wdata(mem_wdata), " : "";
}

void fpga_mem_decls(StrBuf *v, Dfg *d, const bool *live) {
    int depth = d->mem_depth, a = addr_bits(depth);
    for (int i = 0; i < d->nodes.len; i++) {
        if (!is_read(d, i, live)) continue;
        int k = ((DNode *)d->nodes.items[i])->slot, w = width_bits(d->mems[k].w);
        sb_printf(v, "    reg [%d:0] mem%d_%d [0:%d];  // array operand %d (%c[], line %d): the copy n%d reads\n", w - 1, k,
                  i, depth - 1, k, d->mems[k].type, d->mems[k].loc.line, i);
        sb_printf(v, "    always @(posedge clk) if (mem_we && mem_sel == 8'd%d) mem%d_%d[mem_addr[%d:0]] <= "
                     "mem_wdata[%d:0];\n", k, k, i, a - 1, w - 1);
    }
}

void fpga_mem_read(StrBuf *v, Dfg *d, int id, const char *index) {
    DNode *n = d->nodes.items[id], *ix = d->nodes.items[n->args[0]];
    int depth = d->mem_depth, a = addr_bits(depth), w = width_bits(n->w);
    const char *addr = ix->kind == DN_CONST ? xprintf("%d'd%llu", a, (unsigned long long)(ix->bits & (uint64_t)(depth - 1)))
                                            : xprintf("%s[%d:0]", index, a - 1);
    sb_printf(v, "    reg %sn%d;  // element of array operand %d, line %d\n", w == 1 ? "" : xprintf("[%d:0] ", w - 1), id,
              n->slot, n->loc.line);
    sb_printf(v, "    always @(posedge clk) if (ce) n%d <= mem%d_%d[%s];\n", id, n->slot, id, addr);
}

const char *fpga_mem_describe(Dfg *d) {
    int reads = fpga_mem_reads(d);
    return xprintf("%d array%s in block RAM: %d read port%s, up to %d elements each, about %d SB_RAM40_4K", d->nmems,
                   d->nmems == 1 ? "" : "s", reads, reads == 1 ? "" : "s", d->mem_depth, fpga_mem_brams(d));
}
