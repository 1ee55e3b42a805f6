/* engine.c: the Verilog of a map's loop engine (docs/fpga.md "Loops that
 * exit on data").
 *
 *   in -> prologue (latency LP, stalls on its own enable) -> ring entry
 *   ring: body (latency LB, never stalls) -> ring register -> back to the
 *         entry while `again`, else out to the epilogue
 *   epilogue (latency LE, never stalls) -> reorder buffer (R entries, block
 *   RAM) -> in element order -> the output register (valid/ready)
 *
 * Invariants:
 *   - Sequence numbers count items mod 2R (AW+1 bits, AW = log2 R), from 0
 *     at power-up; an entry holds its item's lap bit (bit AW) inverted, so
 *     the buffer's zeroed contents are no item of the first lap.  rst
 *     empties the pipelines but keeps the counters (it only moves head and
 *     seq_in up to admitted): after a run that ended, every entry holds the
 *     other lap than the next item of its index.  (A reset while items are
 *     in flight leaves entries behind; the runtime never does that: it makes
 *     a fresh model for each run.)
 *   - An item is admitted only while fewer than R items are between the
 *     input and the output register (admitted - head < R), so every item in
 *     flight has its own buffer entry: an item leaving the epilogue always
 *     writes a free entry, and the ring never waits.
 *   - The ring holds LB + 1 slots, one entering the body each clock: an
 *     item coming round (again) takes its own slot back; a slot that is
 *     empty or whose item left takes the prologue's next item, if any.
 *   - The buffer is read one clock ahead: rob_q holds entry raddr_q; the
 *     head's item is there when raddr_q == head and its lap bit is head's
 *     (an entry written in the same clock as it is read shows its old
 *     contents, and is read again the next clock).
 * The exception flag travels in the context; an item that raised leaves the
 * ring at once, and its flag reaches out_exc in element order. */
#include "fpga.h"

#include <string.h>

static int log2_ceil(int x) {
    int k = 0;
    while ((1 << k) < x) k++;
    return k;
}

/* The reorder buffer's entries: room for every item the pipelines hold and
 * as many again finished behind a slow one; at least 256 (one iCE40 block
 * RAM deep). */
static int rob_entries(int lp, int ring, int le) {
    int need = 2 * (lp + ring + le + 4);
    return 1 << log2_ceil(need < 256 ? 256 : need);
}

/* A shift register of `depth` stages for a tag {valid, seq} beside a part
 * that has no valid bits of its own; `out` is the tag at the last stage. */
static void emit_tag_delay(StrBuf *v, const char *name, int width, int depth, const char *in, const char *ce) {
    if (depth == 0) {
        sb_printf(v, "    wire [%d:0] %s = %s;\n", width - 1, name, in);
        return;
    }
    /* one vector, stage 1 in the low bits: no loop (Verilator does not take
     * delayed assignments to an array in a loop it does not unroll, past
     * 64 stages) */
    sb_printf(v, "    reg [%d:0] %s_sr;  // %d stages of %d bits, stage 1 lowest\n", width * depth - 1, name, depth, width);
    sb_printf(v, "    wire [%d:0] %s = %s_sr[%d:%d];\n", width - 1, name, name, width * depth - 1, width * (depth - 1));
    sb_printf(v, "    always @(posedge clk)\n");
    sb_printf(v, "        if (rst) %s_sr <= 0;\n", name);
    if (depth == 1) sb_printf(v, "        else if (%s) %s_sr <= %s;\n", ce, name, in);
    else sb_printf(v, "        else if (%s) %s_sr <= {%s_sr[%d:0], %s};\n", ce, name, name, width * (depth - 1) - 1, in);
}

static int wire_bits(Dfg *d, int id) {
    WireKind w = ((DNode *)d->nodes.items[id])->w;
    return w == W_BOOL ? 1 : w == W_LONG || w == W_DOUBLE ? 64 : 32;
}

/* The bits of the epilogue's result in eout: its result's, or a value
 * class's fields' (Dfg.results) packed from bit 0. */
static int result_bits(Dfg *epi) {
    int bits = epi->nresults ? 0 : wire_bits(epi, epi->result);
    for (int i = 0; i < epi->nresults; i++) bits += wire_bits(epi, epi->results[i]);
    return bits;
}

/* A value class's fields packed in `packed` (field 0 from bit 0) as the
 * output item's words (lime_fpga.h: each field zero-extended to its own
 * words, in order). */
static const char *fields_to_words(Dfg *epi, const char *packed) {
    StrBuf b = {0};
    int *at = xalloc(sizeof(int) * (size_t)(epi->nresults + 1));
    for (int i = 1; i <= epi->nresults; i++) at[i] = at[i - 1] + wire_bits(epi, epi->results[i - 1]);
    sb_puts(&b, "{");
    for (int i = epi->nresults - 1; i >= 0; i--) {
        int w = wire_bits(epi, epi->results[i]), words = w > 32 ? 64 : 32;
        if (words > w) sb_printf(&b, "%d'b0, ", words - w);
        sb_printf(&b, "%s[%d:%d]%s", packed, at[i] + w - 1, at[i], i ? ", " : "}");
    }
    return xstrdup(sb_str(&b));
}

static void emit_top_ports(StrBuf *v, IrTask *t, Dfg *d) {
    fpga_emit_task_ports(v, xprintf("lime_task%d", t->id),
                         &(TaskPorts){d->param_words, 0, d->in_words, d->out_words, NULL, d, true});
    sb_printf(v, "    assign state_out = 32'b0;\n");
}

/* Admission and the prologue: pro_valid / pctx is the prologue's item,
 * which enters the ring when `enter`. */
static void emit_prologue(StrBuf *v, IrTask *t, Dfg *d, int lp, int aw) {
    sb_printf(v, "    // admission: fewer than R items between the input and the output register\n");
    sb_printf(v, "    reg [%d:0] admitted, head, seq_in;\n", aw);
    sb_printf(v, "    initial begin admitted = 0; head = 0; seq_in = 0; end\n");
    sb_printf(v, "    wire room = (admitted - head) != %d'd%d;\n", aw + 1, 1 << aw);
    sb_printf(v, "    wire slot_free, pro_valid;\n");
    if (lp == 0) {
        sb_printf(v, "    assign pro_valid = in_valid && room;  // a combinational prologue\n");
        sb_printf(v, "    assign in_ready = slot_free && room;\n");
        sb_printf(v, "    wire pce = 1'b1;\n");
    } else {
        sb_printf(v, "    reg [%d:1] pv;  // pv[k]: an item at the prologue's stage k\n", lp);
        sb_printf(v, "    assign pro_valid = pv[%d];\n", lp);
        sb_printf(v, "    wire pce = !pro_valid || slot_free;\n");
        sb_printf(v, "    assign in_ready = pce && room;\n");
    }
    sb_printf(v, "    wire accept = in_valid && in_ready;\n");
    if (lp == 1) sb_printf(v, "    always @(posedge clk) if (rst) pv <= 0; else if (pce) pv <= accept;\n");
    else if (lp > 1)
        sb_printf(v, "    always @(posedge clk) if (rst) pv <= 0; else if (pce) pv <= {pv[%d:1], accept};\n", lp - 1);
    sb_printf(v, "    always @(posedge clk) if (!rst && accept) admitted <= admitted + 1'b1;\n");
    sb_printf(v, "    wire [CW-1:0] pctx;\n");
    sb_printf(v, "    lime_task%d_pro upro (.clk(clk), .rst(rst), .ce(pce), .params(params), .in_data(in_data), "
                 "%s.out_data(pctx));\n", t->id, fpga_mem_connect(d));
}

/* The ring: the body and its ring register; an item whose `again` is low
 * leaves to the epilogue (exit_v, rseq, rctx). */
static void emit_ring(StrBuf *v, IrTask *t, Dfg *d, int lb, int aw) {
    sb_printf(v, "    // the ring: %d slots (body latency %d, then the ring register)\n", lb + 1, lb);
    sb_printf(v, "    reg rv, ragain;\n    reg [%d:0] rseq;\n    reg [CW-1:0] rctx;\n", aw);
    sb_printf(v, "    wire loop_back = rv && ragain;\n");
    sb_printf(v, "    assign slot_free = !loop_back;\n");
    sb_printf(v, "    wire enter = pro_valid && slot_free;\n");
    sb_printf(v, "    always @(posedge clk) if (rst) seq_in <= admitted; else if (enter) seq_in <= seq_in + 1'b1;\n");
    sb_printf(v, "    wire [CW-1:0] bctx = loop_back ? rctx : pctx;\n");
    sb_printf(v, "    wire [CW:0] bout;  // {again, the context after the pass}\n");
    sb_printf(v, "    lime_task%d_body ubody (.clk(clk), .rst(rst), .ce(1'b1), .params(params), .in_data(bctx), "
                 "%s.out_data(bout));\n", t->id, fpga_mem_connect(d));
    emit_tag_delay(v, "btag", aw + 2, lb, xprintf("{loop_back || enter, loop_back ? rseq : seq_in}"), "1'b1");
    sb_printf(v, "    always @(posedge clk) begin\n");
    sb_printf(v, "        rv <= !rst && btag[%d];\n", aw + 1);
    sb_printf(v, "        rseq <= btag[%d:0];\n        rctx <= bout[CW-1:0];\n        ragain <= bout[CW];\n", aw);
    sb_printf(v, "    end\n");
    sb_printf(v, "    wire exit_v = rv && !ragain;\n");
}

/* The epilogue, the reorder buffer and the drain in element order. */
static void emit_rob(StrBuf *v, IrTask *t, Dfg *epi, int le, int aw, int ow) {
    int rw = ow;   /* the result's bits in eout */
    bool exc = epi->exc >= 0;
    sb_printf(v, "    wire [%d:0] eout;  // {exc, result}\n", rw + (exc ? 1 : 0) - 1);
    sb_printf(v, "    lime_task%d_epi uepi (.clk(clk), .rst(rst), .ce(1'b1), .params(params), .in_data(rctx), "
                 "%s.out_data(eout));\n", t->id, fpga_mem_connect(epi));
    emit_tag_delay(v, "etag", aw + 2, le, "{exit_v, rseq}", "1'b1");
    sb_printf(v, "    // the reorder buffer: {~lap, exc, result} at seq mod R\n");
    sb_printf(v, "    reg [%d:0] rob [0:%d];\n", rw + 1, (1 << aw) - 1);
    sb_printf(v, "    integer rob_i;\n    initial for (rob_i = 0; rob_i < %d; rob_i = rob_i + 1) rob[rob_i] = 0;\n", 1 << aw);
    sb_printf(v, "    always @(posedge clk) if (etag[%d]) rob[etag[%d:0]] <= {!etag[%d], %s, eout[%d:0]};\n", aw + 1,
              aw - 1, aw, exc ? xprintf("eout[%d]", rw) : "1'b0", rw - 1);
    sb_printf(v, "    reg [%d:0] rob_q;\n    reg [%d:0] raddr_q;\n", rw + 1, aw);
    sb_printf(v, "    wire oce = !out_valid || out_ready;\n");
    sb_printf(v, "    wire hit = raddr_q == head && rob_q[%d] != head[%d];\n", rw + 1, aw);
    sb_printf(v, "    wire take = hit && oce;\n");
    sb_printf(v, "    wire [%d:0] raddr = take ? head + 1'b1 : head;\n", aw);
    sb_printf(v, "    always @(posedge clk) begin\n");
    sb_printf(v, "        rob_q <= rob[raddr[%d:0]];\n        raddr_q <= raddr;\n", aw - 1);
    sb_printf(v, "        if (rst) begin\n            head <= admitted;\n            out_valid <= 1'b0;\n");
    sb_printf(v, "        end else begin\n            if (take) head <= head + 1'b1;\n");
    sb_printf(v, "            if (oce) out_valid <= take;\n        end\n");
    sb_printf(v, "        if (take) begin\n");
    int outw = 32 * (epi->out_words ? epi->out_words : 1);
    if (epi->nresults)   /* a value class: its fields, packed in rob_q, each to its words */
        sb_printf(v, "            out_data <= %s;\n", fields_to_words(epi, "rob_q"));
    else
        sb_printf(v, "            out_data <= {%srob_q[%d:0]};\n", outw > rw ? xprintf("%d'b0, ", outw - rw) : "", rw - 1);
    sb_printf(v, "            out_exc <= rob_q[%d] ? 4'd2 : 4'd0;\n", rw);
    sb_printf(v, "        end\n    end\n");
}

void fpga_emit_engine(IrTask *t, Dfg *d, const char *parts, const int lat[3], FpgaDesign *fd) {
    LoopEngine *g = d->engine;
    StrBuf v = {0};
    int lp = lat[0], lb = lat[1], le = lat[2];
    sb_printf(&v, "// Task %d %s (%s:%d): generated by limec's FPGA backend from the artifact store.\n", t->id, t->name,
              t->loc.file ? t->loc.file->name : "?", t->loc.line);
    sb_printf(&v, "// Loop engine for the loop of line %d: prologue, body and epilogue modules, then the top module.\n",
              g->loc.line);
    sb_puts(&v, parts);
    int ow = result_bits(g->epi);
    int r = rob_entries(lp, lb + 1, le), aw = log2_ceil(r);
    sb_printf(&v, "`default_nettype none\n");
    emit_top_ports(&v, t, d);
    sb_printf(&v, "    localparam CW = %d;  // the context's bits: %d carried values, %d running products, %d invariants\n",
              g->ctx_bits, g->ncarried, g->ninduction, g->ninvariant);
    emit_prologue(&v, t, d, lp, aw);
    emit_ring(&v, t, d, lb, aw);
    emit_rob(&v, t, g->epi, le, aw, ow);
    sb_printf(&v, "endmodule\n`default_nettype wire\n");
    fd->verilog = xstrdup(sb_str(&v));
    fd->top = xprintf("lime_task%d", t->id);
    fd->latency = lp + lb + 1 + le + 3;   /* an item that makes one pass, in to out */
    fd->ii = 1;
    fd->engine = xprintf("loop engine: body latency %d, up to %d item%s in flight, one pass a clock, reorder buffer %d; "
                         "prologue latency %d, epilogue latency %d, %d context bits%s",
                         lb, lb + 1, lb ? "s" : "", r, lp, le, g->ctx_bits,
                         g->rotated ? "; the loop's test for the next pass at the end of each (a pass per iteration)" : "");
}
