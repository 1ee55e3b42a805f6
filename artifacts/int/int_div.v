// int_div: signed division and remainder with Java semantics, pipelined.
//   q = a / b   truncating toward zero; MIN / -1 = MIN (wraps, no trap)
//   r = a % b   sign of the dividend a; MIN % -1 = 0; q*b + r == a always
//   dz = 1      when b == 0 (Java throws ArithmeticException); q and r are
//               then meaningless and the caller must raise the exception.
// Radix-2 restoring division on magnitudes, one quotient bit per stage:
// latency WIDTH cycles, initiation interval 1 (a new operand pair every
// clock).  ce = 0 freezes the whole pipeline (global stall); rst clears the
// valid bits only.  out_valid is in_valid delayed by WIDTH advancing clocks.
// STABLE_B = 1: b keeps its value while any item is in the pipeline (a
// broadcast operand or a constant: limec sets it), so every stage reads the
// divisor from the port instead of a copy pipelined beside the item's
// ((WIDTH-1) * WIDTH fewer flip-flops).
`default_nettype none
module int_div #(
    parameter integer WIDTH = 32,
    parameter integer STABLE_B = 0
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             ce,
    input  wire             in_valid,
    input  wire [WIDTH-1:0] a,
    input  wire [WIDTH-1:0] b,
    output wire             out_valid,
    output wire [WIDTH-1:0] q,
    output wire [WIDTH-1:0] r,
    output wire             dz
);
    localparam integer W = WIDTH;

    // Stage s (1..W) registers, packed.  The partial remainder after stage s
    // is the top s bits of |a| modulo |b|, below 2^s: s bits, at
    // [s*(s-1)/2 +: s] (Yosys cannot find that bound, so the full width would
    // be registers and subtractors that only ever hold zeros).
    reg [W*(W+1)/2-1:0] rem_t; // partial remainder magnitude
    reg [W*W-1:0] acc_r;   // dividend bits still to consume (top), quotient bits (bottom)
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNDRIVEN */
    reg [(W-1)*W-1:0] den_r;   // divisor magnitude (not needed after the last stage; none with STABLE_B)
    /* verilator lint_on UNDRIVEN */
    /* verilator lint_on UNUSEDSIGNAL */
    reg [W-1:0]   negq_r, negr_r, zero_r, vld_r;

    wire          a_neg = a[W-1];
    wire          b_neg = b[W-1];
    wire [W-1:0]  a_mag = a_neg ? (~a + 1'b1) : a;   // |MIN| = 2^(W-1) as unsigned
    wire [W-1:0]  b_mag = b_neg ? (~b + 1'b1) : b;

    genvar s;
    generate
        for (s = 0; s < W; s = s + 1) begin : g_stage
            localparam integer REM_IN = s * (s - 1) / 2;   // the last stage's s bits
            localparam integer REM_AT = s * (s + 1) / 2;   // this stage's s+1 bits
            wire [W-1:0] acc_in = (s == 0) ? a_mag     : acc_r[((s == 0) ? 0 : s - 1) * W +: W];
            wire [W-1:0] den_in = (s == 0 || STABLE_B != 0) ? b_mag : den_r[((s == 0) ? 0 : s - 1) * W +: W];
            wire [s:0]   sh;       // {remainder, the next dividend bit}
            wire         fits;     // the divisor is below 2^(s+1), so it may fit in sh
            if (s == 0) begin : g_first
                assign sh = acc_in[W-1];
            end else begin : g_next
                assign sh = {rem_t[REM_IN +: s], acc_in[W-1]};
            end
            if (s == W - 1) begin : g_last
                assign fits = 1'b1;
            end else begin : g_top
                assign fits = den_in[W-1:s+1] == 0;
            end
            wire [s+1:0] diff   = {1'b0, sh} - {1'b0, den_in[s:0]};
            wire         ge     = fits && ~diff[s+1];
            always @(posedge clk) begin
                if (ce) begin
                    rem_t[REM_AT +: s + 1] <= ge ? diff[s:0] : sh;
                    acc_r[s*W +: W] <= {acc_in[W-2:0], ge};
                end
            end
            if (s < W - 1 && STABLE_B == 0) begin : g_den
                always @(posedge clk)
                    if (ce) den_r[s*W +: W] <= den_in;
            end
        end
    endgenerate

    always @(posedge clk) begin
        if (ce) begin
            negq_r <= {negq_r[W-2:0], a_neg ^ b_neg};
            negr_r <= {negr_r[W-2:0], a_neg};
            zero_r <= {zero_r[W-2:0], b == {W{1'b0}}};
        end
        if (rst)
            vld_r <= {W{1'b0}};
        else if (ce)
            vld_r <= {vld_r[W-2:0], in_valid};
    end

    wire [W-1:0] q_mag = acc_r[(W-1)*W +: W];
    wire [W-1:0] r_mag = rem_t[(W-1)*W/2 +: W];
    assign q         = negq_r[W-1] ? (~q_mag + 1'b1) : q_mag;
    assign r         = negr_r[W-1] ? (~r_mag + 1'b1) : r_mag;
    assign dz        = zero_r[W-1];
    assign out_valid = vld_r[W-1];
endmodule
`default_nettype wire
