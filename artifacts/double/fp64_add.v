// fp64_add: IEEE-754 binary64 addition (SUB = 0: y = a + b) or subtraction
// (SUB = 1: y = a - b), bit-exact with Java double + and -: round to nearest
// even, subnormal inputs and results (no flush to zero), signed zeros
// (x - x = +0, -0 + -0 = -0), infinities (inf - inf = NaN).  A NaN result
// is always the canonical quiet NaN 0x7FF8000000000000 (Java's
// Double.NaN; Java does not specify NaN bit patterns of arithmetic).
// Pipelined, LATENCY = 4 clocks, initiation interval 1:
//   1 unpack, order the operands by magnitude, exponent difference
//   2 align the smaller significand (guard, round, sticky bits), add/subtract
//   3 normalise (leading-zero count; shifts stop at the subnormal exponent)
//   4 round to nearest even, pack, special cases
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp64_add #(
    parameter integer SUB = 0
) (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire [63:0] a,
    input  wire [63:0] b,
    output wire        out_valid,
    output wire [63:0] y
);
    localparam integer LATENCY = 4;

    // ---- stage 1: unpack, order by magnitude --------------------------------
    wire        sa = a[63];
    wire        sb = b[63] ^ (SUB != 0);
    wire        a_nan = a[62:52] == 11'h7FF && a[51:0] != 52'd0;
    wire        b_nan = b[62:52] == 11'h7FF && b[51:0] != 52'd0;
    wire        a_inf = a[62:0] == 63'h7FF0000000000000;
    wire        b_inf = b[62:0] == 63'h7FF0000000000000;
    wire        swap  = b[62:0] > a[62:0];
    wire [62:0] xm = swap ? b[62:0] : a[62:0];      // larger magnitude
    wire [62:0] zm = swap ? a[62:0] : b[62:0];      // smaller magnitude
    wire [10:0] ex = (xm[62:52] == 11'd0) ? 11'd1 : xm[62:52];  // subnormals: exponent 1
    wire [10:0] ez = (zm[62:52] == 11'd0) ? 11'd1 : zm[62:52];

    reg         s1_sign, s1_sub, s1_zsign, s1_nan, s1_inf, s1_isign;
    reg [10:0]  s1_e, s1_d;
    reg [52:0]  s1_mx, s1_mz;
    always @(posedge clk) begin
        if (ce) begin
            s1_sign  <= swap ? sb : sa;
            s1_sub   <= sa ^ sb;
            s1_zsign <= sa & sb;             // sign of an exact zero sum
            s1_nan   <= a_nan | b_nan | (a_inf & b_inf & (sa ^ sb));
            s1_inf   <= a_inf | b_inf;
            s1_isign <= a_inf ? sa : sb;
            s1_e     <= ex;
            s1_d     <= ex - ez;
            s1_mx    <= {xm[62:52] != 11'd0, xm[51:0]};
            s1_mz    <= {zm[62:52] != 11'd0, zm[51:0]};
        end
    end

    // ---- stage 2: align, add ---------------------------------------------------
    wire [55:0] zx   = {s1_mz, 3'b000};
    wire        far  = s1_d >= 11'd56;
    wire [5:0]  d6   = s1_d[5:0];                    // the distance when not far
    wire [55:0] zsh  = far ? 56'd0 : zx >> d6;
    wire        lost = far ? (s1_mz != 53'd0) : ((zx & ~({56{1'b1}} << d6)) != 56'd0);
    wire [56:0] za   = {1'b0, zsh[55:1], zsh[0] | lost};
    wire [56:0] xa   = {1'b0, s1_mx, 3'b000};
    wire [56:0] sum  = s1_sub ? xa - za : xa + za;

    reg         s2_sign, s2_zsign, s2_nan, s2_inf, s2_isign;
    reg [10:0]  s2_e;
    reg [56:0]  s2_sum;
    always @(posedge clk) begin
        if (ce) begin
            s2_sign  <= s1_sign;
            s2_zsign <= s1_zsign;
            s2_nan   <= s1_nan;
            s2_inf   <= s1_inf;
            s2_isign <= s1_isign;
            s2_e     <= s1_e;
            s2_sum   <= sum;
        end
    end

    // ---- stage 3: normalise ----------------------------------------------------
    // leading zeros of sum[55:0] (56 when zero)
    reg [5:0] lz;
    integer i;
    always @* begin
        lz = 6'd56;
        for (i = 0; i < 56; i = i + 1)
            if (s2_sum[i]) lz = 6'd55 - i[5:0];
    end
    wire [10:0] emax = s2_e - 11'd1;                 // left shifts stop at exponent 1
    wire [10:0] lsh  = ({5'b00000, lz} > emax) ? emax : {5'b00000, lz};
    wire [55:0] nl   = s2_sum[55:0] << lsh[5:0];     // lsh <= lz <= 56

    reg         s3_sign, s3_zsign, s3_nan, s3_inf, s3_isign, s3_zero;
    reg [10:0]  s3_e;
    reg [55:0]  s3_n;     // [55] hidden bit, [54:3] fraction, [2] guard, [1:0] sticky
    always @(posedge clk) begin
        if (ce) begin
            s3_sign  <= s2_sign;
            s3_zsign <= s2_zsign;
            s3_nan   <= s2_nan;
            s3_inf   <= s2_inf;
            s3_isign <= s2_isign;
            s3_zero  <= s2_sum == 57'd0;
            if (s2_sum[56]) begin
                s3_n <= {s2_sum[56:2], s2_sum[1] | s2_sum[0]};
                s3_e <= s2_e + 11'd1;                // 2047: overflow
            end else begin
                s3_n <= nl;
                s3_e <= s2_e - lsh;
            end
        end
    end

    // ---- stage 4: round, pack ------------------------------------------------------
    wire        up  = s3_n[2] & (s3_n[3] | s3_n[1] | s3_n[0]);
    wire [10:0] ef  = s3_n[55] ? s3_e : 11'd0;       // hidden bit 0: subnormal
    wire [62:0] mag = {ef, s3_n[54:3]} + {62'd0, up};   // carries into the exponent

    reg [63:0]  s4_y;
    always @(posedge clk) begin
        if (ce) begin
            if (s3_nan)
                s4_y <= 64'h7FF8000000000000;
            else if (s3_inf)
                s4_y <= {s3_isign, 63'h7FF0000000000000};
            else if (s3_zero)
                s4_y <= {s3_zsign, 63'd0};
            else if (s3_e == 11'h7FF)
                s4_y <= {s3_sign, 63'h7FF0000000000000};
            else
                s4_y <= {s3_sign, mag};
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
    assign y         = s4_y;
endmodule
`default_nettype wire
