// fp32_from_int: y = (float) a for a signed WIDTH-bit integer a (WIDTH 32:
// Java int -> float, i2f; WIDTH 64: long -> float, l2f), rounded to nearest
// even like Java.  0 gives +0.0; the result is never subnormal or infinite.
// Needs WIDTH >= 26 (Java converts byte, short and char via int).
// Pipelined, LATENCY = 3 clocks, initiation interval 1:
//   1 sign and magnitude
//   2 leading-zero count, normalising shift, exponent
//   3 round to nearest even, pack
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp32_from_int #(
    parameter integer WIDTH = 32
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             ce,
    input  wire             in_valid,
    input  wire [WIDTH-1:0] a,
    output wire             out_valid,
    output wire [31:0]      y
);
    localparam integer LATENCY = 3;
    localparam integer W = WIDTH;

    generate
        if (W < 26) begin : g_bad
            // unsupported width: fails elaboration in both Verilator and Yosys
            bad_fp32_from_int_width_parameter u_bad ();
        end
    endgenerate

    // ---- stage 1: sign, magnitude -------------------------------------------
    reg         s1_sign;
    reg [W-1:0] s1_mag;                     // |MIN| = 2^(W-1) as unsigned
    always @(posedge clk) begin
        if (ce) begin
            s1_sign <= a[W-1];
            s1_mag  <= a[W-1] ? ~a + 1'b1 : a;
        end
    end

    // ---- stage 2: normalise ----------------------------------------------------
    reg [7:0] lz;                            // leading zeros (don't care when 0)
    integer i;
    always @* begin
        lz = 8'd0;
        for (i = 0; i < W; i = i + 1)
            if (s1_mag[i]) lz = W[7:0] - 8'd1 - i[7:0];
    end
    wire [W-1:0] nrm = s1_mag << lz;        // leading one at bit W-1 (the hidden bit)
    /* verilator lint_off UNUSEDSIGNAL */
    wire         nrm_hidden = nrm[W-1];
    /* verilator lint_on UNUSEDSIGNAL */

    reg         s2_sign, s2_zero;
    reg [24:0]  s2_r;                        // [24:2] fraction, [1] guard, [0] sticky
    reg [7:0]   s2_e;
    always @(posedge clk) begin
        if (ce) begin
            s2_sign <= s1_sign;
            s2_zero <= s1_mag == {W{1'b0}};
            s2_r    <= {nrm[W-2:W-25], nrm[W-26:0] != {(W-25){1'b0}}};
            s2_e    <= 8'd126 + W[7:0] - lz;  // 127 + (W - 1 - lz)
        end
    end

    // ---- stage 3: round, pack --------------------------------------------------
    wire        up  = s2_r[1] & (s2_r[2] | s2_r[0]);
    wire [30:0] mag = {s2_e, s2_r[24:2]} + {30'd0, up};     // carries into the exponent

    reg [31:0]  s3_y;
    always @(posedge clk) begin
        if (ce)
            s3_y <= s2_zero ? 32'd0 : {s2_sign, mag};
    end

    reg [LATENCY-1:0] vld_r;
    always @(posedge clk) begin
        if (rst)
            vld_r <= {LATENCY{1'b0}};
        else if (ce)
            vld_r <= {vld_r[LATENCY-2:0], in_valid};
    end
    assign out_valid = vld_r[LATENCY-1];
    assign y         = s3_y;
endmodule
`default_nettype wire
