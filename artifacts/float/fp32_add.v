// fp32_add: IEEE-754 binary32 addition (SUB = 0: y = a + b) or subtraction
// (SUB = 1: y = a - b), bit-exact with Java float + and -: round to nearest
// even, subnormal inputs and results (no flush to zero), signed zeros
// (x - x = +0, -0 + -0 = -0), infinities (inf - inf = NaN).  A NaN result
// is always the canonical quiet NaN 0x7FC00000 (Java does not specify NaN
// bit patterns).
// Pipelined, LATENCY = 4 clocks, initiation interval 1:
//   1 unpack, order the operands by magnitude, exponent difference
//   2 align the smaller significand (guard, round, sticky bits), add/subtract
//   3 normalise (leading-zero count; shifts stop at the subnormal exponent)
//   4 round to nearest even, pack, special cases
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp32_add #(
    parameter integer SUB = 0
) (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire [31:0] a,
    input  wire [31:0] b,
    output wire        out_valid,
    output wire [31:0] y
);
    localparam integer LATENCY = 4;

    // ---- stage 1: unpack, order by magnitude --------------------------------
    wire        sa = a[31];
    wire        sb = b[31] ^ (SUB != 0);
    wire        a_nan = a[30:23] == 8'hFF && a[22:0] != 23'd0;
    wire        b_nan = b[30:23] == 8'hFF && b[22:0] != 23'd0;
    wire        a_inf = a[30:0] == 31'h7F800000;
    wire        b_inf = b[30:0] == 31'h7F800000;
    wire        swap  = b[30:0] > a[30:0];
    wire [30:0] xm = swap ? b[30:0] : a[30:0];      // larger magnitude
    wire [30:0] zm = swap ? a[30:0] : b[30:0];      // smaller magnitude
    wire [7:0]  ex = (xm[30:23] == 8'd0) ? 8'd1 : xm[30:23];  // subnormals: exponent 1
    wire [7:0]  ez = (zm[30:23] == 8'd0) ? 8'd1 : zm[30:23];

    reg         s1_sign, s1_sub, s1_zsign, s1_nan, s1_inf, s1_isign;
    reg [7:0]   s1_e, s1_d;
    reg [23:0]  s1_mx, s1_mz;
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
            s1_mx    <= {xm[30:23] != 8'd0, xm[22:0]};
            s1_mz    <= {zm[30:23] != 8'd0, zm[22:0]};
        end
    end

    // ---- stage 2: align, add ---------------------------------------------------
    wire [26:0] zx   = {s1_mz, 3'b000};
    wire        far  = s1_d >= 8'd27;
    wire [26:0] zsh  = far ? 27'd0 : zx >> s1_d;
    wire        lost = far ? (s1_mz != 24'd0) : ((zx & ~({27{1'b1}} << s1_d)) != 27'd0);
    wire [27:0] za   = {1'b0, zsh[26:1], zsh[0] | lost};
    wire [27:0] xa   = {1'b0, s1_mx, 3'b000};
    wire [27:0] sum  = s1_sub ? xa - za : xa + za;

    reg         s2_sign, s2_zsign, s2_nan, s2_inf, s2_isign;
    reg [7:0]   s2_e;
    reg [27:0]  s2_sum;
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
    // leading zeros of sum[26:0] (27 when zero)
    reg [4:0] lz;
    integer i;
    always @* begin
        lz = 5'd27;
        for (i = 0; i < 27; i = i + 1)
            if (s2_sum[i]) lz = 5'd26 - i[4:0];
    end
    wire [7:0]  emax = s2_e - 8'd1;                  // left shifts stop at exponent 1
    wire [7:0]  lsh  = ({3'b000, lz} > emax) ? emax : {3'b000, lz};
    wire [26:0] nl   = s2_sum[26:0] << lsh;

    reg         s3_sign, s3_zsign, s3_nan, s3_inf, s3_isign, s3_zero;
    reg [7:0]   s3_e;
    reg [26:0]  s3_n;     // [26] hidden bit, [25:3] fraction, [2] guard, [1:0] sticky
    always @(posedge clk) begin
        if (ce) begin
            s3_sign  <= s2_sign;
            s3_zsign <= s2_zsign;
            s3_nan   <= s2_nan;
            s3_inf   <= s2_inf;
            s3_isign <= s2_isign;
            s3_zero  <= s2_sum == 28'd0;
            if (s2_sum[27]) begin
                s3_n <= {s2_sum[27:2], s2_sum[1] | s2_sum[0]};
                s3_e <= s2_e + 8'd1;                 // 255: overflow
            end else begin
                s3_n <= nl;
                s3_e <= s2_e - lsh;
            end
        end
    end

    // ---- stage 4: round, pack ------------------------------------------------------
    wire        up  = s3_n[2] & (s3_n[3] | s3_n[1] | s3_n[0]);
    wire [7:0]  ef  = s3_n[26] ? s3_e : 8'd0;        // hidden bit 0: subnormal
    wire [30:0] mag = {ef, s3_n[25:3]} + {30'd0, up};   // carries into the exponent

    reg [31:0]  s4_y;
    always @(posedge clk) begin
        if (ce) begin
            if (s3_nan)
                s4_y <= 32'h7FC00000;
            else if (s3_inf)
                s4_y <= {s3_isign, 31'h7F800000};
            else if (s3_zero)
                s4_y <= {s3_zsign, 31'd0};
            else if (s3_e == 8'hFF)
                s4_y <= {s3_sign, 31'h7F800000};
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
