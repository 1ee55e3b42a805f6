// fp64_from_int: y = (double) a for a signed WIDTH-bit integer a (WIDTH 32:
// Java int -> double, i2d, always exact; WIDTH 64: long -> double, l2d),
// rounded to nearest even like Java.  0 gives +0.0; the result is never
// subnormal or infinite.  WIDTH 2 .. 64 (Java converts byte, short and char
// via int).
// Pipelined, LATENCY = 3 clocks, initiation interval 1:
//   1 sign and magnitude (64 bits)
//   2 leading-zero count, normalising shift, exponent
//   3 round to nearest even, pack
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp64_from_int #(
    parameter integer WIDTH = 32
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             ce,
    input  wire             in_valid,
    input  wire [WIDTH-1:0] a,
    output wire             out_valid,
    output wire [63:0]      y
);
    localparam integer LATENCY = 3;
    localparam integer W = WIDTH;

    generate
        if (W < 2 || W > 64) begin : g_bad
            // unsupported width: fails elaboration in both Verilator and Yosys
            bad_fp64_from_int_width_parameter u_bad ();
        end
    endgenerate

    // ---- stage 1: sign, magnitude -------------------------------------------
    wire [63:0] ax;                           // a sign-extended to 64 bits
    generate
        if (W < 64) begin : g_ext
            assign ax = {{(64-W){a[W-1]}}, a};
        end else begin : g_full
            assign ax = a;
        end
    endgenerate
    reg         s1_sign;
    reg [63:0]  s1_mag;                       // |MIN| = 2^63 as unsigned
    always @(posedge clk) begin
        if (ce) begin
            s1_sign <= ax[63];
            s1_mag  <= ax[63] ? ~ax + 64'd1 : ax;
        end
    end

    // ---- stage 2: normalise ----------------------------------------------------
    reg [6:0] lz;                            // leading zeros (don't care when 0)
    integer i;
    always @* begin
        lz = 7'd0;
        for (i = 0; i < 64; i = i + 1)
            if (s1_mag[i]) lz = 7'd63 - i[6:0];
    end
    wire [63:0] nrm = s1_mag << lz;          // leading one at bit 63 (the hidden bit)
    /* verilator lint_off UNUSEDSIGNAL */
    wire        nrm_hidden = nrm[63];
    /* verilator lint_on UNUSEDSIGNAL */

    reg         s2_sign, s2_zero;
    reg [53:0]  s2_r;                        // [53:2] fraction, [1] guard, [0] sticky
    reg [10:0]  s2_e;
    always @(posedge clk) begin
        if (ce) begin
            s2_sign <= s1_sign;
            s2_zero <= s1_mag == 64'd0;
            s2_r    <= {nrm[62:10], nrm[9:0] != 10'd0};
            s2_e    <= 11'd1086 - {4'd0, lz};  // 1023 + (63 - lz)
        end
    end

    // ---- stage 3: round, pack --------------------------------------------------
    wire        up  = s2_r[1] & (s2_r[2] | s2_r[0]);
    wire [62:0] mag = {s2_e, s2_r[53:2]} + {62'd0, up};     // carries into the exponent

    reg [63:0]  s3_y;
    always @(posedge clk) begin
        if (ce)
            s3_y <= s2_zero ? 64'd0 : {s2_sign, mag};
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
