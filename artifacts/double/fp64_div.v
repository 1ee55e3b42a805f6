// fp64_div: IEEE-754 binary64 division y = a / b, bit-exact with Java double
// /: round to nearest even, subnormal inputs and results (no flush to zero),
// signed zeros and infinities; x / 0 = +-Infinity for x != 0, 0 / 0 and
// inf / inf are NaN (never an exception).  A NaN result is always the
// canonical quiet NaN 0x7FF8000000000000 (Java's Double.NaN; Java does not
// specify NaN bit patterns of arithmetic).
// Pipelined, LATENCY = 57 clocks, initiation interval 1:
//   1      unpack, normalise subnormal significands, pre-shift the dividend
//          so that the quotient is in [1, 2), exponent difference
//   2..55  restoring division, one quotient bit per stage (54 bits:
//          53-bit significand and a guard bit; the remainder gives sticky)
//   56     denormalise a subnormal result (right shift with sticky)
//   57     round to nearest even, pack, special cases
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp64_div (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire [63:0] a,
    input  wire [63:0] b,
    output wire        out_valid,
    output wire [63:0] y
);
    localparam integer QB = 54;              // quotient bits = division stages
    localparam integer LATENCY = QB + 3;

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
    wire [12:0] ea  = ((a[62:52] == 11'd0) ? 13'd1 : {2'b00, a[62:52]}) - {7'd0, lza};
    wire [12:0] eb  = ((b[62:52] == 11'd0) ? 13'd1 : {2'b00, b[62:52]}) - {7'd0, lzb};
    wire [52:0] man = ma << lza;
    wire [52:0] mbn = mb << lzb;
    wire        pre = man < mbn;             // quotient < 1: shift the dividend left

    // per-stage state, stage s (0 = after stage 1, QB = after the last division
    // stage) packed at [s*W +: W]
    reg [(QB+1)*54-1:0] rem_r;               // partial remainder, < 2 * divisor
    // quotient bits so far: stage s (1..QB) holds its s bits at [s*(s-1)/2 +: s]
    // (only bits that can be nonzero are registers: with a constant-zero
    // stage 0 shifted along, Yosys's opt found one stage's zeros per pass)
    reg [QB*(QB+1)/2-1:0] quo_t;
    reg [QB*53-1:0]     den_r;               // divisor (not needed after the last stage)
    reg [(QB+1)*13-1:0] exp_r;
    reg [QB:0]          sign_r, nan_r, inf_r, zero_r;

    always @(posedge clk) begin
        if (ce) begin
            rem_r[0 +: 54] <= pre ? {man, 1'b0} : {1'b0, man};
            den_r[0 +: 53] <= mbn;
            exp_r[0 +: 13] <= ea - eb + 13'd1023 - {12'd0, pre};
            sign_r[0] <= a[63] ^ b[63];
            nan_r[0]  <= a_nan | b_nan | (a_zero & b_zero) | (a_inf & b_inf);
            inf_r[0]  <= a_inf | b_zero;
            zero_r[0] <= a_zero | b_inf;
        end
    end

    // ---- stages 2 .. QB+1: one quotient bit each -----------------------------------
    genvar s;
    generate
        for (s = 1; s <= QB; s = s + 1) begin : g_stage
            wire [53:0] rem_in = rem_r[(s-1)*54 +: 54];
            wire [52:0] den_in = den_r[(s-1)*53 +: 53];
            wire [54:0] diff   = {1'b0, rem_in} - {2'b00, den_in};
            wire        ge     = ~diff[54];
            wire [53:0] rem_nx = ge ? diff[53:0] : rem_in;      // < divisor < 2^53
            always @(posedge clk) begin
                if (ce) begin
                    rem_r[s*54 +: 54] <= {rem_nx[52:0], 1'b0};
                    exp_r[s*13 +: 13] <= exp_r[(s-1)*13 +: 13];
                    sign_r[s] <= sign_r[s-1];
                    nan_r[s]  <= nan_r[s-1];
                    inf_r[s]  <= inf_r[s-1];
                    zero_r[s] <= zero_r[s-1];
                end
            end
            localparam integer QO = s * (s - 1) / 2;   // this stage's quotient bits
            if (s == 1) begin : g_q1
                always @(posedge clk)
                    if (ce) quo_t[0] <= ge;
            end else begin : g_qn
                always @(posedge clk)
                    if (ce) quo_t[QO +: s] <= {quo_t[QO - (s - 1) +: s - 1], ge};
            end
            if (s < QB) begin : g_den
                always @(posedge clk)
                    if (ce) den_r[s*53 +: 53] <= den_in;
            end
            // the remainder's top bit is 0 after a subtraction, so only
            // rem_nx[52:0] is kept
            /* verilator lint_off UNUSEDSIGNAL */
            wire unused_top = rem_nx[53];
            /* verilator lint_on UNUSEDSIGNAL */
        end
    endgenerate

    // ---- stage QB+2: denormalise -----------------------------------------------------
    wire [53:0] q    = quo_t[QB*(QB-1)/2 +: QB];            // q[53] = 1
    wire [12:0] en   = exp_r[QB*13 +: 13];
    wire [54:0] r    = {q, rem_r[QB*54 +: 54] != 54'd0};    // significand, guard, sticky
    wire        tiny = en[12] || en == 13'd0;               // exponent <= 0: subnormal
    wire [12:0] dsh  = 13'd1 - en;                          // right shift when tiny
    wire        dfar = dsh >= 13'd55;
    wire [53:0] rs   = dfar ? 54'd0 : r[54:1] >> (dsh[5:0] - 6'd1);   // = r >> dsh
    wire        rlost = dfar ? (r != 55'd0) : ((r & ~({55{1'b1}} << dsh[5:0])) != 55'd0);

    reg         d_sign, d_nan, d_inf, d_zero, d_ovf;
    reg [53:0]  d_r;      // [53:2] fraction, [1] guard, [0] sticky (hidden bit: d_e != 0)
    reg [10:0]  d_e;
    always @(posedge clk) begin
        if (ce) begin
            d_sign <= sign_r[QB];
            d_nan  <= nan_r[QB];
            d_inf  <= inf_r[QB];
            d_zero <= zero_r[QB];
            d_ovf  <= !en[12] && en >= 13'd2047;
            d_r    <= tiny ? {rs[53:1], rs[0] | rlost} : r[53:0];
            d_e    <= tiny ? 11'd0 : en[10:0];
        end
    end

    // ---- stage QB+3: round, pack -------------------------------------------------------
    wire        up  = d_r[1] & (d_r[2] | d_r[0]);
    wire [62:0] mag = {d_e, d_r[53:2]} + {62'd0, up};       // carries into the exponent

    reg [63:0]  o_y;
    always @(posedge clk) begin
        if (ce) begin
            if (d_nan)
                o_y <= 64'h7FF8000000000000;
            else if (d_inf || d_ovf)
                o_y <= {d_sign, 63'h7FF0000000000000};
            else if (d_zero)
                o_y <= {d_sign, 63'd0};
            else
                o_y <= {d_sign, mag};
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
    assign y         = o_y;
endmodule
`default_nettype wire
