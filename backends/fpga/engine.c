/* engine.c: the Verilog of a map's loop engine (docs/fpga.md "Loops that
 * exit on data").
 *
 *   in -> prologue (latency LP, stalls on its own enable: while its item
 *         waits for a slot, and while its sequential divider, if any,
 *         divides) -> ring entry
 *   ring: body (latency LB, never stalls); each context value goes round
 *         from its stage to the next pass's while `again`, else the item
 *         leaves through the exit register to the epilogue
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
 *   - The ring holds P slots, one pass entering the body each clock: an
 *     item coming round (again) takes its own slot back P clocks after its
 *     last pass entered; a slot that is empty or whose item left takes the
 *     prologue's next item, if any.  P is the longest round of a context
 *     value from the stage that makes it to the stage that reads it
 *     (emit_ring), at most the body's latency + 1.
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
static void emit_prologue(StrBuf *v, IrTask *t, Dfg *d, int lp, bool stalls, int aw) {
    sb_printf(v, "    // admission: fewer than R items between the input and the output register\n");
    sb_printf(v, "    reg [%d:0] admitted, head, seq_in;\n", aw);
    sb_printf(v, "    initial begin admitted = 0; head = 0; seq_in = 0; end\n");
    sb_printf(v, "    wire room = (admitted - head) != %d'd%d;\n", aw + 1, 1 << aw);
    sb_printf(v, "    wire slot_free, pro_valid;\n");
    LIME_ASSERT(!stalls || lp > 0);   /* the sequential divider's result is a stage after its operands */
    if (lp == 0) {
        sb_printf(v, "    assign pro_valid = in_valid && room;  // a combinational prologue\n");
        sb_printf(v, "    assign in_ready = slot_free && room;\n");
        sb_printf(v, "    wire pce = 1'b1;\n");
    } else {
        sb_printf(v, "    reg [%d:1] pv;  // pv[k]: an item at the prologue's stage k\n", lp);
        /* a sequential divider: the prologue holds still, its item too, while it divides */
        if (stalls) sb_printf(v, "    wire pro_busy;\n");
        sb_printf(v, "    assign pro_valid = pv[%d]%s;\n", lp, stalls ? " && !pro_busy" : "");
        sb_printf(v, "    wire pce = %s;\n", stalls ? "(!pro_valid || slot_free) && !pro_busy" : "!pro_valid || slot_free");
        sb_printf(v, "    assign in_ready = pce && room;\n");
    }
    sb_printf(v, "    wire accept = in_valid && in_ready;\n");
    if (lp == 1) sb_printf(v, "    always @(posedge clk) if (rst) pv <= 0; else if (pce) pv <= accept;\n");
    else if (lp > 1)
        sb_printf(v, "    always @(posedge clk) if (rst) pv <= 0; else if (pce) pv <= {pv[%d:1], accept};\n", lp - 1);
    sb_printf(v, "    always @(posedge clk) if (!rst && accept) admitted <= admitted + 1'b1;\n");
    sb_printf(v, "    wire [CW-1:0] pctx;\n");
    const char *stall_ports = "";
    if (stalls)   /* stage k's valid bit: accept for stage 0, then pv[k] */
        stall_ports = xprintf(".stage_valid(%s), .busy(pro_busy), ", lp > 1 ? xprintf("{pv[%d:1], accept}", lp - 1) : "accept");
    sb_printf(v, "    lime_task%d_pro upro (.clk(clk), .rst(rst), .ce(pce), .params(params), .in_data(in_data), "
                 "%s%s.out_data(pctx));\n", t->id, fpga_mem_connect(d), stall_ports);
}

/* A delay line `name` of `width` bits after `in`, tapped `taps` stages
 * later (n of them, each > 0), never stalled: fpga_emit_delay_chain's
 * wires <name>_d<t> (see tap) and, with `valid`, <name>_v<t>. */
static void emit_line(StrBuf *v, Vec *files, const char *name, int width, const char *in, const char *valid,
                      const int *taps, int n) {
    fpga_emit_delay_chain(v, files, name, xprintf("u%s", name), width, in, "1'b1", valid, taps, n);
}

/* The context `ctx` of `bits` bits as part d's in_data, its whole words:
 * zero above the context. */
static const char *padded(const char *ctx, Dfg *d, int bits) {
    int pad = 32 * d->in_words - bits;
    return pad > 0 ? xprintf("{%d'b0, %s}", pad, ctx) : ctx;
}

/* emit_line's value `at` stages after its input `in` (0: `in` itself). */
static const char *tap(const char *name, int at, const char *in) {
    return at == 0 ? in : xprintf("%s_d%d", name, at);
}

/* The ring (docs/fpga.md "Loops that exit on data"): a pass enters the body
 * at stage 0 each clock, and an item's next pass enters P clocks after its
 * last, P the ring's slots.  Each context value goes round on its own: from
 * the stage that makes it (st->out) to the stage of the next pass that reads
 * it (st->in), through P + in - out registers; so P is the longest such
 * round (out - in + 1, at least `again`'s stage + 1), not the body's
 * latency.  A tag {valid, first pass, seq} goes down the stages beside the
 * pass: at a value's stage, a first pass reads it from the prologue (its
 * context delayed to that stage), any other from its round.  An item whose
 * `again` is low leaves at stage X (the last stage that makes a value the
 * epilogue reads) to the exit register (exit_v, rseq, rctx); its slot takes
 * the prologue's next item P clocks after its last pass entered. */
static void emit_ring(StrBuf *v, Vec *files, IrTask *t, Dfg *d, const BodyStages *st, int aw, int *slots,
                      int *exit_stage) {
    LoopEngine *g = d->engine;
    Dfg *body = g->body;
    int nf = body->nresults;
    const int *at = st->bit;
    bool *epi_reads = xalloc(sizeof(bool) * (size_t)(nf + 1)), *live = fpga_live_nodes(g->epi);
    for (int k = 0; k < nf; k++) {
        for (int i = 0; i < g->epi->nodes.len; i++) {
            DNode *n = g->epi->nodes.items[i];
            if (live[i] && n->kind == DN_INPUT && n->slot == at[k]) epi_reads[k] = true;
        }
    }
    int P = st->again + 1, X = st->again, depth = 0;
    for (int k = 0; k < nf; k++) {
        if (st->out[k] - st->in[k] + 1 > P) P = st->out[k] - st->in[k] + 1;
        if (epi_reads[k] && st->out[k] > X) X = st->out[k];
        if (st->in[k] > depth) depth = st->in[k];
    }
    if (P > depth) depth = P;
    if (X > depth) depth = X;
    *slots = P;
    *exit_stage = X;
    int tw = aw + 2;   /* the tag's data: {first pass, seq}; its valid bit beside it */
    sb_printf(v, "    // the ring: %d slots (an item's next pass enters %d clocks after its last; the body's latency is %d)\n",
              P, P, st->last);
    sb_printf(v, "    wire v0;  // a pass enters the body\n");
    sb_printf(v, "    wire [%d:0] tag0;  // {first pass, seq}\n", tw - 1);
    int *taps = xalloc(sizeof(int) * (size_t)(nf + 3)), n = 0;
    taps[n++] = P;
    if (X > 0) taps[n++] = X;
    for (int k = 0; k < nf; k++)
        if (st->in[k] > 0) taps[n++] = st->in[k];
    emit_line(v, files, "tag", tw, "tag0", "v0", taps, n);
    sb_printf(v, "    wire [CW:0] bout;  // {again, the context after the pass}, each value at its stage\n");
    n = 0;
    taps[n++] = P - st->again;
    if (X > st->again) taps[n++] = X - st->again;
    emit_line(v, files, "again", 1, "bout[CW]", NULL, taps, n);
    sb_printf(v, "    wire loop_back = tag_v%d && %s;  // the slot's item goes round\n", P,
              tap("again", P - st->again, "bout[CW]"));
    sb_printf(v, "    assign slot_free = !loop_back;\n");
    sb_printf(v, "    wire enter = pro_valid && slot_free;\n");
    sb_printf(v, "    always @(posedge clk) if (rst) seq_in <= admitted; else if (enter) seq_in <= seq_in + 1'b1;\n");
    sb_printf(v, "    assign v0 = loop_back || enter;\n");
    sb_printf(v, "    assign tag0 = {enter, loop_back ? tag_d%d[%d:0] : seq_in};\n", P, aw);
    /* each context value: its round, and the prologue's value delayed to its stage */
    StrBuf cat = {0}, exit_cat = {0};
    for (int k = nf - 1; k >= 0; k--) {
        int w = st->width[k], in = st->in[k], out = st->out[k], back = P + in - out;
        const char *bits = xprintf("[%d:%d]", at[k] + w - 1, at[k]);
        const char *made = xprintf("bout%s", bits), *entered = xprintf("pctx%s", bits);
        sb_printf(v, "    // context value %d (bits %d..%d): read at stage %d, made at stage %d\n", k, at[k] + w - 1,
                  at[k], in, out);
        const char *round = xprintf("round%d", k), *entry = xprintf("entry%d", k);
        n = 0;
        /* A value read late whose round passes stage 0's clock `in` stages
         * before its reader (back >= in) takes a first pass's value there
         * from the prologue, when the slot's old item has left: one line,
         * no second one for the entry (unless the exit's tap is beyond). */
        bool inject = in > 0 && back >= in && !(epi_reads[k] && X - out > back - in);
        taps[n++] = inject ? back - in : back;
        if (epi_reads[k] && X > out) taps[n++] = X - out;
        emit_line(v, files, round, w, made, NULL, taps, n);
        if (inject) {
            const char *joined = xprintf("%s_in", round), *late = xprintf("%s_late", round);
            sb_printf(v, "    wire [%d:0] %s = enter ? %s : %s;  // a new item's value\n", w - 1, joined, entered,
                      tap(round, back - in, made));
            taps[0] = in;
            emit_line(v, files, late, w, joined, NULL, taps, 1);
            sb_printf(&cat, "%s%s", tap(late, in, joined), k ? ", " : "");
        } else {
            taps[0] = in;
            emit_line(v, files, entry, w, entered, NULL, taps, in > 0);
            const char *first = in == 0 ? "enter" : xprintf("tag_d%d[%d]", in, aw + 1);
            sb_printf(&cat, "%s ? %s : %s%s", first, tap(entry, in, entered), tap(round, back, made), k ? ", " : "");
        }
        if (epi_reads[k]) sb_printf(&exit_cat, "%s", tap(round, X - out, made));
        else sb_printf(&exit_cat, "%d'b0", w);
        if (k) sb_puts(&exit_cat, ", ");
    }
    sb_printf(v, "    wire [CW-1:0] bctx = {%s};\n", sb_str(&cat));
    sb_printf(v, "    lime_task%d_body ubody (.clk(clk), .rst(rst), .ce(1'b1), .params(params), .in_data(%s), "
                 "%s.out_data(bout));\n", t->id, padded("bctx", body, g->ctx_bits), fpga_mem_connect(body));
    sb_printf(v, "    // the exit register: an item whose again is low, with the values the epilogue reads, at stage %d\n", X);
    sb_printf(v, "    reg rv;\n    reg [%d:0] rseq;\n    reg [CW-1:0] rctx;\n", aw);
    sb_printf(v, "    always @(posedge clk) begin\n");
    sb_printf(v, "        rv <= !rst && %s && !%s;\n", X ? xprintf("tag_v%d", X) : "v0", tap("again", X - st->again, "bout[CW]"));
    sb_printf(v, "        rseq <= %s[%d:0];\n        rctx <= {%s};\n", tap("tag", X, "tag0"), aw, sb_str(&exit_cat));
    sb_printf(v, "    end\n");
    sb_printf(v, "    wire exit_v = rv;\n");
}

/* The epilogue, the reorder buffer and the drain in element order. */
static void emit_rob(StrBuf *v, Vec *files, IrTask *t, Dfg *epi, int cw, int le, int aw, int ow) {
    int rw = ow;   /* the result's bits in eout */
    bool exc = epi->exc >= 0;
    sb_printf(v, "    wire [%d:0] eout;  // {exc, result}\n", rw + (exc ? 1 : 0) - 1);
    sb_printf(v, "    lime_task%d_epi uepi (.clk(clk), .rst(rst), .ce(1'b1), .params(params), .in_data(%s), "
                 "%s.out_data(eout));\n", t->id, padded("rctx", epi, cw), fpga_mem_connect(epi));
    emit_line(v, files, "etag", aw + 1, "rseq", "exit_v", &le, le > 0);
    sb_printf(v, "    wire [%d:0] etag = {%s, %s};\n", aw + 1, le ? xprintf("etag_v%d", le) : "exit_v", tap("etag", le, "rseq"));
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

void fpga_emit_engine(IrTask *t, Dfg *d, const char *parts, int lp, int le, const BodyStages *st, bool pro_stalls,
                      FpgaDesign *fd) {
    LoopEngine *g = d->engine;
    StrBuf v = {0};
    int lb = st->last, slots, exit_stage;
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
    emit_prologue(&v, t, d, lp, pro_stalls, aw);
    emit_ring(&v, &fd->files, t, d, st, aw, &slots, &exit_stage);
    emit_rob(&v, &fd->files, t, g->epi, g->ctx_bits, le, aw, ow);
    sb_printf(&v, "endmodule\n`default_nettype wire\n");
    fd->verilog = xstrdup(sb_str(&v));
    fd->top = xprintf("lime_task%d", t->id);
    fd->latency = lp + exit_stage + 1 + le + 3;   /* an item that makes one pass, in to out */
    fd->ii = 1;
    fd->engine = xprintf("loop engine: body latency %d, up to %d item%s in flight, one pass a clock, reorder buffer %d; "
                         "prologue latency %d%s, epilogue latency %d, %d context bits%s",
                         lb, slots, slots == 1 ? "" : "s", r, lp,
                         pro_stalls ? " (its divider a quotient bit a clock: every item makes as many passes)" : "", le,
                         g->ctx_bits,
                         g->rotated ? "; the loop's test for the next pass at the end of each (a pass per iteration)" : "");
}
