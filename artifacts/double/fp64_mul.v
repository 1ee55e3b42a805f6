// fp64_mul: IEEE-754 binary64 multiplication y = a * b, bit-exact with Java
// double *: round to nearest even, subnormal inputs and results (no flush to
// zero), signed zeros, infinities (0 * inf = NaN).  A NaN result is always
// the canonical quiet NaN 0x7FF8000000000000 (Java's Double.NaN; Java does
// not specify NaN bit patterns of arithmetic).
// Pipelined, LATENCY = 4 clocks, initiation interval 1:
//   1 unpack, normalise subnormal significands (leading-zero count)
//   2 53 x 53-bit significand product, exponent sum
//   3 normalise the product (1 bit), denormalise a subnormal result
//     (right shift with sticky bit)
//   4 round to nearest even, pack, special cases
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp64_mul (
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

    // ---- stage 1: unpack, normalise ----------------------------------------
    wire a_nan  = a[62:52] == 11'h7FF && a[51:0] != 52'd0;
    wire b_nan  = b[62:52] == 11'h7FF && b[51:0] != 52'd0;
    wire a_inf  = a[62:0] == 63'h7FF0000000000000;
    wire b_inf  = b[62:0] == 63'h7FF0000000000000;
    wire a_zero = a[62:0] == 63'd0;
    wire b_zero = b[62:0] == 63'd0;
    wire [52:0] ma = {a[62:52] != 11'd0, a[51:0]};
    wire [52:0] mb = {b[62:52] != 11'd0, b[51:0]};
    reg  [5:0]  lza, lzb;    // leading zeros (only subnormals have any)
    integer i;
    always @* begin
        lza = 6'd0;
        lzb = 6'd0;
        for (i = 0; i < 53; i = i + 1) begin
            if (ma[i]) lza = 6'd52 - i[5:0];
            if (mb[i]) lzb = 6'd52 - i[5:0];
        end
    end
    // exponents of the normalised significands (biased by 1023), 13-bit signed
    wire [12:0] ea = ((a[62:52] == 11'd0) ? 13'd1 : {2'b00, a[62:52]}) - {7'd0, lza};
    wire [12:0] eb = ((b[62:52] == 11'd0) ? 13'd1 : {2'b00, b[62:52]}) - {7'd0, lzb};

    reg         s1_sign, s1_nan, s1_inf, s1_zero;
    reg [52:0]  s1_ma, s1_mb;
    reg [12:0]  s1_e;
    always @(posedge clk) begin
        if (ce) begin
            s1_sign <= a[63] ^ b[63];
            s1_nan  <= a_nan | b_nan | (a_inf & b_zero) | (a_zero & b_inf);
            s1_inf  <= a_inf | b_inf;
            s1_zero <= a_zero | b_zero;
            s1_ma   <= ma << lza;
            s1_mb   <= mb << lzb;
            s1_e    <= ea + eb - 13'd1022;    // exponent when the product is in [2, 4)
        end
    end

    // ---- stage 2: multiply ---------------------------------------------------
    reg         s2_sign, s2_nan, s2_inf, s2_zero;
    reg [105:0] s2_p;
    reg [12:0]  s2_e;
    always @(posedge clk) begin
        if (ce) begin
            s2_sign <= s1_sign;
            s2_nan  <= s1_nan;
            s2_inf  <= s1_inf;
            s2_zero <= s1_zero;
            s2_p    <= {53'd0, s1_ma} * {53'd0, s1_mb};   // in [2^104, 2^106)
            s2_e    <= s1_e;
        end
    end

    // ---- stage 3: normalise, denormalise -------------------------------------
    wire [105:0] pn = s2_p[105] ? s2_p : {s2_p[104:0], 1'b0};
    wire [12:0]  en = s2_p[105] ? s2_e : s2_e - 13'd1;
    // 53-bit significand, guard, sticky
    wire [54:0]  r  = {pn[105:52], pn[51:0] != 52'd0};
    wire         tiny = en[12] || en == 13'd0;               // exponent <= 0: subnormal
    wire [12:0]  dsh  = 13'd1 - en;                          // right shift when tiny
    wire         dfar = dsh >= 13'd55;
    wire [53:0]  rs   = dfar ? 54'd0 : r[54:1] >> (dsh[5:0] - 6'd1);   // = r >> dsh
    wire         rlost = dfar ? (r != 55'd0) : ((r & ~({55{1'b1}} << dsh[5:0])) != 55'd0);

    reg         s3_sign, s3_nan, s3_inf, s3_zero, s3_ovf;
    reg [53:0]  s3_r;     // [53:2] fraction, [1] guard, [0] sticky (hidden bit: s3_e != 0)
    reg [10:0]  s3_e;
    always @(posedge clk) begin
        if (ce) begin
            s3_sign <= s2_sign;
            s3_nan  <= s2_nan;
            s3_inf  <= s2_inf;
            s3_zero <= s2_zero;
            s3_ovf  <= !en[12] && en >= 13'd2047;
            s3_r    <= tiny ? {rs[53:1], rs[0] | rlost} : r[53:0];
            s3_e    <= tiny ? 11'd0 : en[10:0];
        end
    end

    // ---- stage 4: round, pack --------------------------------------------------
    wire        up  = s3_r[1] & (s3_r[2] | s3_r[0]);
    wire [62:0] mag = {s3_e, s3_r[53:2]} + {62'd0, up};     // carries into the exponent

    reg [63:0]  s4_y;
    always @(posedge clk) begin
        if (ce) begin
            if (s3_nan)
                s4_y <= 64'h7FF8000000000000;
            else if (s3_inf || s3_ovf)
                s4_y <= {s3_sign, 63'h7FF0000000000000};
            else if (s3_zero)
                s4_y <= {s3_sign, 63'd0};
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
