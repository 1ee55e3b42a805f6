// stream_reduce_tree: reduces a stream in the canonical tree of LANGUAGE.md
// 2.5 (level by level, pairs (2i, 2i+1) left to right, an unpaired last
// element passed up unchanged), one result per group of 2^LEVELS items: the
// items are cut into aligned groups of 2^LEVELS (the last one may be
// shorter, ended by in_last), and each group leaves as its own canonical
// tree, which is a whole subtree of the canonical tree of the stream.
// Reducing the group results again the same way (as runtime/fpga.c does,
// through the same model, until one value is left) gives exactly the
// canonical tree of the whole stream.
//
// The combiner is outside the module (Verilog has no module parameters):
// level l drives comb_a/comb_b [l*WIDTH +: WIDTH] and takes comb_y there
// LAT clocks later (a pipelined unit clock-enabled by the same ce, or LAT
// = 0 for a combinational one).  The caller instantiates LEVELS combiners.
//
// Level l keeps one pending partial (pv, pd).  An item reaching level l:
// with a pending partial it is combined as its right operand (pending
// left); without one it becomes the pending partial, unless it is the
// last of its group, which passes up unchanged.  Combination results and
// passed items alike reach level l+1 LAT + 1 clocks later, so every
// level sees its items in order and at most one per clock: the module
// takes one item per clock, never stalls on its own, and puts a group's
// result out LEVELS * (LAT + 1) clocks after the group's last item.
// in_last marks the last item of the stream (a group of fewer than
// 2^LEVELS items ends there; a full group ends by itself and may carry it
// or not); out_last marks the result of the group in_last ended.
// ce = 0 freezes everything (global stall); in_valid is taken only with ce.
// rst: synchronous, clears the valid and pending bits only.
`default_nettype none
module stream_reduce_tree #(
    parameter integer WIDTH  = 32,
    parameter integer LEVELS = 3,     // 1 to 8: a result per 2^LEVELS items
    parameter integer LAT    = 0      // the combiners' latency in clocks
) (
    input  wire                    clk,
    input  wire                    rst,
    input  wire                    ce,
    input  wire                    in_valid,
    input  wire                    in_last,
    input  wire [WIDTH-1:0]        in_data,
    output wire [LEVELS*WIDTH-1:0] comb_a,     // level l: the pending partial (left operand)
    output wire [LEVELS*WIDTH-1:0] comb_b,     // level l: the arriving item (right operand)
    input  wire [LEVELS*WIDTH-1:0] comb_y,     // level l: comb_a op comb_b, LAT clocks later
    output wire                    out_valid,
    output wire                    out_last,
    output wire [WIDTH-1:0]        out_data
);
    // the input of level l: lv[l], ll[l], ld[l*WIDTH +: WIDTH] (level 0: the module's)
    wire [LEVELS:0]           lv, ll;
    wire [(LEVELS+1)*WIDTH-1:0] ld;
    assign lv[0] = in_valid;
    assign ll[0] = in_last;
    assign ld[WIDTH-1:0] = in_data;

    genvar l;
    generate
        for (l = 0; l < LEVELS; l = l + 1) begin : g_level
            wire             v    = lv[l];
            wire             last = ll[l];
            wire [WIDTH-1:0] d    = ld[l*WIDTH +: WIDTH];
            reg              pv;                 // a partial is pending at this level
            reg  [WIDTH-1:0] pd;
            wire fire = v && pv;                 // combine pd with d
            wire pass = v && !pv && last;        // d goes up unchanged
            wire hold = v && !pv && !last;       // d waits for its right partner
            always @(posedge clk) begin
                if (rst) pv <= 1'b0;
                else if (ce && hold) pv <= 1'b1;
                else if (ce && fire) pv <= 1'b0;
                if (ce && hold) pd <= d;
            end
            assign comb_a[l*WIDTH +: WIDTH] = pd;
            assign comb_b[l*WIDTH +: WIDTH] = d;
            // fire/pass, last, pass and d as they were LAT clocks ago
            wire             ov, ol, ob;
            wire [WIDTH-1:0] od;
            if (LAT == 0) begin : g_now
                assign ov = fire || pass;
                assign ol = last;
                assign ob = pass;
                assign od = d;
            end else begin : g_delay
                reg [LAT-1:0]       sv, sl, sb;  // stage 0 newest
                reg [LAT*WIDTH-1:0] sd;
                integer k;
                always @(posedge clk) begin
                    if (rst) sv <= {LAT{1'b0}};
                    else if (ce) begin
                        sv[0] <= fire || pass;
                        for (k = 1; k < LAT; k = k + 1) sv[k] <= sv[k-1];
                    end
                    if (ce) begin
                        sl[0] <= last;
                        sb[0] <= pass;
                        sd[WIDTH-1:0] <= d;
                        for (k = 1; k < LAT; k = k + 1) begin
                            sl[k] <= sl[k-1];
                            sb[k] <= sb[k-1];
                            sd[k*WIDTH +: WIDTH] <= sd[(k-1)*WIDTH +: WIDTH];
                        end
                    end
                end
                assign ov = sv[LAT-1];
                assign ol = sl[LAT-1];
                assign ob = sb[LAT-1];
                assign od = sd[(LAT-1)*WIDTH +: WIDTH];
            end
            // the next level's input register
            reg             nv, nl;
            reg [WIDTH-1:0] nd;
            always @(posedge clk) begin
                if (rst) nv <= 1'b0;
                else if (ce) nv <= ov;
                if (ce) begin
                    nl <= ol;
                    nd <= ob ? od : comb_y[l*WIDTH +: WIDTH];
                end
            end
            assign lv[l+1] = nv;
            assign ll[l+1] = nl;
            assign ld[(l+1)*WIDTH +: WIDTH] = nd;
        end
    endgenerate
    assign out_valid = lv[LEVELS];
    assign out_last  = ll[LEVELS];
    assign out_data  = ld[LEVELS*WIDTH +: WIDTH];
endmodule
`default_nettype wire
