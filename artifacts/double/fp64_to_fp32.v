// fp64_to_fp32: y = (float) a for an IEEE-754 binary64 a (Java d2f): round to
// nearest even, results that overflow become +-Infinity, tiny results become
// float subnormals or +-0.0 (no flush to zero); signed zeros and infinities
// keep their sign.  A NaN result is always the canonical quiet NaN
// 0x7FC00000 (Java's Float.NaN; Java does not specify which NaN the
// conversion returns).
// Pipelined, LATENCY = 2 clocks, initiation interval 1:
//   1 unpack, re-bias the exponent, keep 24 significand bits, guard and
//     sticky, denormalise a subnormal result (right shift with sticky)
//   2 round to nearest even, pack, special cases
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp64_to_fp32 (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire [63:0] a,
    output wire        out_valid,
    output wire [31:0] y
);
    localparam integer LATENCY = 2;

    // ---- stage 1: unpack, denormalise -------------------------------------------
    wire        nan  = a[62:52] == 11'h7FF && a[51:0] != 52'd0;
    wire        inf  = a[62:0] == 63'h7FF0000000000000;
    wire        zero = a[62:0] == 63'd0;
    // float-biased exponent, 13-bit signed: a double subnormal gives -896,
    // far below the float range (it rounds to zero)
    wire [12:0] en   = {2'b00, a[62:52]} - 13'd896;
    // 24-bit significand, guard, sticky
    wire [25:0] r    = {a[62:52] != 11'd0, a[51:29], a[28], a[27:0] != 28'd0};
    wire        tiny = en[12] || en == 13'd0;               // exponent <= 0: subnormal
    wire [12:0] dsh  = 13'd1 - en;                          // right shift when tiny
    wire        dfar = dsh >= 13'd26;
    wire [24:0] rs   = dfar ? 25'd0 : r[25:1] >> (dsh[4:0] - 5'd1);   // = r >> dsh
    wire        rlost = dfar ? (r != 26'd0) : ((r & ~({26{1'b1}} << dsh[4:0])) != 26'd0);

    reg         s1_sign, s1_nan, s1_inf, s1_zero, s1_ovf;
    reg [24:0]  s1_r;     // [24:2] fraction, [1] guard, [0] sticky (hidden bit: s1_e != 0)
    reg [7:0]   s1_e;
    always @(posedge clk) begin
        if (ce) begin
            s1_sign <= a[63];
            s1_nan  <= nan;
            s1_inf  <= inf;
            s1_zero <= zero;
            s1_ovf  <= !en[12] && en >= 13'd255;
            s1_r    <= tiny ? {rs[24:1], rs[0] | rlost} : r[24:0];
            s1_e    <= tiny ? 8'd0 : en[7:0];
        end
    end

    // ---- stage 2: round, pack --------------------------------------------------
    wire        up  = s1_r[1] & (s1_r[2] | s1_r[0]);
    wire [30:0] mag = {s1_e, s1_r[24:2]} + {30'd0, up};     // carries into the exponent

    reg [31:0]  s2_y;
    always @(posedge clk) begin
        if (ce) begin
            if (s1_nan)
                s2_y <= 32'h7FC00000;
            else if (s1_inf || s1_ovf)
                s2_y <= {s1_sign, 31'h7F800000};
            else if (s1_zero)
                s2_y <= {s1_sign, 31'd0};
            else
                s2_y <= {s1_sign, mag};
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
