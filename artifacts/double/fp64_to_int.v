// fp64_to_int: y = Java's (int) a (WIDTH 32, d2i) or (long) a (WIDTH 64,
// d2l) for an IEEE-754 binary64 a: truncation toward zero, NaN -> 0, values
// at or beyond the range (infinities included) saturate to MIN / MAX.
// WIDTH 2 .. 64.
// Pipelined, LATENCY = 2 clocks, initiation interval 1:
//   1 unpack, classify (zero / saturate), shift the significand into place
//   2 negate, saturate
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp64_to_int #(
    parameter integer WIDTH = 32
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             ce,
    input  wire             in_valid,
    input  wire [63:0]      a,
    output wire             out_valid,
    output wire [WIDTH-1:0] y
);
    localparam integer LATENCY = 2;
    localparam integer W = WIDTH;

    generate
        if (W < 2 || W > 64) begin : g_bad
            // unsupported width: fails elaboration in both Verilator and Yosys
            bad_fp64_to_int_width_parameter u_bad ();
        end
    endgenerate

    // ---- stage 1: unpack, shift ------------------------------------------------
    wire [10:0]  e    = a[62:52];
    wire         nan  = e == 11'h7FF && a[51:0] != 52'd0;
    wire         tiny = e < 11'd1023;                        // |a| < 1 (zeros, subnormals)
    wire         big  = {1'b0, e} >= 12'd1022 + W[11:0];      // |a| >= 2^(W-1), infinities
    wire [10:0]  sh   = e - 11'd1023;                         // 0 .. W-2 when neither
    wire [63:0]  sig  = {11'd0, 1'b1, a[51:0]};
    // |a| truncated; only the low W bits are kept (the value is < 2^(W-1))
    /* verilator lint_off UNUSEDSIGNAL */
    wire [63:0]  mag  = (sh >= 11'd52) ? sig << (sh[5:0] - 6'd52) : sig >> (6'd52 - sh[5:0]);
    /* verilator lint_on UNUSEDSIGNAL */

    reg          s1_sign, s1_zero, s1_sat;
    reg [W-1:0]  s1_mag;
    always @(posedge clk) begin
        if (ce) begin
            s1_sign <= a[63];
            s1_zero <= nan | tiny;
            s1_sat  <= big & ~nan;
            s1_mag  <= mag[W-1:0];
        end
    end

    // ---- stage 2: sign, saturate ------------------------------------------------
    reg [W-1:0]  s2_y;
    always @(posedge clk) begin
        if (ce) begin
            if (s1_zero)
                s2_y <= {W{1'b0}};
            else if (s1_sat)
                s2_y <= s1_sign ? {1'b1, {(W-1){1'b0}}} : {1'b0, {(W-1){1'b1}}};
            else
                s2_y <= s1_sign ? ~s1_mag + 1'b1 : s1_mag;
        end
    end

    reg [LATENCY-1:0] vld_r;
    always @(posedge clk) begin
        if (rst)
            vld_r <= {LATENCY{1'b0}};
        else if (ce)
            vld_r <= {vld_r[LATENCY-2:0], in_valid};
    end
    assign out_valid = vld_r[LATENCY-1];
    assign y         = s2_y;
endmodule
`default_nettype wire
