// fp32_mul: IEEE-754 binary32 multiplication y = a * b, bit-exact with Java
// float *: round to nearest even, subnormal inputs and results (no flush to
// zero), signed zeros, infinities (0 * inf = NaN).  A NaN result is always
// the canonical quiet NaN 0x7FC00000 (Java does not specify NaN bit
// patterns).
// Pipelined, LATENCY = 4 clocks, initiation interval 1:
//   1 unpack, normalise subnormal significands (leading-zero count)
//   2 24 x 24-bit significand product, exponent sum
//   3 normalise the product (1 bit), denormalise a subnormal result
//     (right shift with sticky bit)
//   4 round to nearest even, pack, special cases
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp32_mul (
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

    // ---- stage 1: unpack, normalise ----------------------------------------
    wire a_nan  = a[30:23] == 8'hFF && a[22:0] != 23'd0;
    wire b_nan  = b[30:23] == 8'hFF && b[22:0] != 23'd0;
    wire a_inf  = a[30:0] == 31'h7F800000;
    wire b_inf  = b[30:0] == 31'h7F800000;
    wire a_zero = a[30:0] == 31'd0;
    wire b_zero = b[30:0] == 31'd0;
    wire [23:0] ma = {a[30:23] != 8'd0, a[22:0]};
    wire [23:0] mb = {b[30:23] != 8'd0, b[22:0]};
    reg  [4:0]  lza, lzb;    // leading zeros (only subnormals have any)
    integer i;
    always @* begin
        lza = 5'd0;
        lzb = 5'd0;
        for (i = 0; i < 24; i = i + 1) begin
            if (ma[i]) lza = 5'd23 - i[4:0];
            if (mb[i]) lzb = 5'd23 - i[4:0];
        end
    end
    // unbiased-by-127 exponents of the normalised significands, 10-bit signed
    wire [9:0] ea = ((a[30:23] == 8'd0) ? 10'd1 : {2'b00, a[30:23]}) - {5'd0, lza};
    wire [9:0] eb = ((b[30:23] == 8'd0) ? 10'd1 : {2'b00, b[30:23]}) - {5'd0, lzb};

    reg         s1_sign, s1_nan, s1_inf, s1_zero;
    reg [23:0]  s1_ma, s1_mb;
    reg [9:0]   s1_e;
    always @(posedge clk) begin
        if (ce) begin
            s1_sign <= a[31] ^ b[31];
            s1_nan  <= a_nan | b_nan | (a_inf & b_zero) | (a_zero & b_inf);
            s1_inf  <= a_inf | b_inf;
            s1_zero <= a_zero | b_zero;
            s1_ma   <= ma << lza;
            s1_mb   <= mb << lzb;
            s1_e    <= ea + eb - 10'd126;     // exponent when the product is in [2, 4)
        end
    end

    // ---- stage 2: multiply ---------------------------------------------------
    reg         s2_sign, s2_nan, s2_inf, s2_zero;
    reg [47:0]  s2_p;
    reg [9:0]   s2_e;
    always @(posedge clk) begin
        if (ce) begin
            s2_sign <= s1_sign;
            s2_nan  <= s1_nan;
            s2_inf  <= s1_inf;
            s2_zero <= s1_zero;
            s2_p    <= s1_ma * s1_mb;           // in [2^46, 2^48)
            s2_e    <= s1_e;
        end
    end

    // ---- stage 3: normalise, denormalise -------------------------------------
    wire [47:0] pn = s2_p[47] ? s2_p : {s2_p[46:0], 1'b0};
    wire [9:0]  en = s2_p[47] ? s2_e : s2_e - 10'd1;
    // 24-bit significand, guard, sticky
    wire [25:0] r  = {pn[47:23], pn[22:0] != 23'd0};
    wire        tiny = en[9] || en == 10'd0;                 // exponent <= 0: subnormal
    wire [9:0]  dsh  = 10'd1 - en;                           // right shift when tiny
    wire        dfar = dsh >= 10'd26;
    wire [24:0] rs   = dfar ? 25'd0 : r[25:1] >> (dsh[4:0] - 5'd1);   // = r >> dsh
    wire        rlost = dfar ? (r != 26'd0) : ((r & ~({26{1'b1}} << dsh[4:0])) != 26'd0);

    reg         s3_sign, s3_nan, s3_inf, s3_zero, s3_ovf;
    reg [24:0]  s3_r;     // [24:2] fraction, [1] guard, [0] sticky (hidden bit: s3_e != 0)
    reg [7:0]   s3_e;
    always @(posedge clk) begin
        if (ce) begin
            s3_sign <= s2_sign;
            s3_nan  <= s2_nan;
            s3_inf  <= s2_inf;
            s3_zero <= s2_zero;
            s3_ovf  <= !en[9] && en >= 10'd255;
            s3_r    <= tiny ? {rs[24:1], rs[0] | rlost} : r[24:0];
            s3_e    <= tiny ? 8'd0 : en[7:0];
        end
    end

    // ---- stage 4: round, pack --------------------------------------------------
    wire        up  = s3_r[1] & (s3_r[2] | s3_r[0]);
    wire [30:0] mag = {s3_e, s3_r[24:2]} + {30'd0, up};     // carries into the exponent

    reg [31:0]  s4_y;
    always @(posedge clk) begin
        if (ce) begin
            if (s3_nan)
                s4_y <= 32'h7FC00000;
            else if (s3_inf || s3_ovf)
                s4_y <= {s3_sign, 31'h7F800000};
            else if (s3_zero)
                s4_y <= {s3_sign, 31'd0};
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
