// fp32_div: IEEE-754 binary32 division y = a / b, bit-exact with Java float
// /: round to nearest even, subnormal inputs and results (no flush to zero),
// signed zeros and infinities; x / 0 = +-Infinity for x != 0, 0 / 0 and
// inf / inf are NaN (never an exception).  A NaN result is always the
// canonical quiet NaN 0x7FC00000 (Java does not specify NaN bit patterns).
// Pipelined, LATENCY = 28 clocks, initiation interval 1:
//   1      unpack, normalise subnormal significands, pre-shift the dividend
//          so that the quotient is in [1, 2), exponent difference
//   2..26  restoring division, one quotient bit per stage (25 bits:
//          24-bit significand and a guard bit; the remainder gives sticky)
//   27     denormalise a subnormal result (right shift with sticky)
//   28     round to nearest even, pack, special cases
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp32_div (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire [31:0] a,
    input  wire [31:0] b,
    output wire        out_valid,
    output wire [31:0] y
);
    localparam integer QB = 25;              // quotient bits = division stages
    localparam integer LATENCY = QB + 3;

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
    wire [9:0]  ea  = ((a[30:23] == 8'd0) ? 10'd1 : {2'b00, a[30:23]}) - {5'd0, lza};
    wire [9:0]  eb  = ((b[30:23] == 8'd0) ? 10'd1 : {2'b00, b[30:23]}) - {5'd0, lzb};
    wire [23:0] man = ma << lza;
    wire [23:0] mbn = mb << lzb;
    wire        pre = man < mbn;             // quotient < 1: shift the dividend left

    // per-stage state, stage s (0 = after stage 1, QB = after the last division
    // stage) packed at [s*W +: W]
    reg [(QB+1)*25-1:0] rem_r;               // partial remainder, < 2 * divisor
    // quotient bits so far: stage s (1..QB) holds its s bits at [s*(s-1)/2 +: s]
    // (only bits that can be nonzero are registers: with a constant-zero
    // stage 0 shifted along, Yosys's opt found one stage's zeros per pass)
    reg [QB*(QB+1)/2-1:0] quo_t;
    reg [QB*24-1:0]     den_r;               // divisor (not needed after the last stage)
    reg [(QB+1)*10-1:0] exp_r;
    reg [QB:0]          sign_r, nan_r, inf_r, zero_r;

    always @(posedge clk) begin
        if (ce) begin
            rem_r[0 +: 25] <= pre ? {man, 1'b0} : {1'b0, man};
            den_r[0 +: 24] <= mbn;
            exp_r[0 +: 10] <= ea - eb + 10'd127 - {9'd0, pre};
            sign_r[0] <= a[31] ^ b[31];
            nan_r[0]  <= a_nan | b_nan | (a_zero & b_zero) | (a_inf & b_inf);
            inf_r[0]  <= a_inf | b_zero;
            zero_r[0] <= a_zero | b_inf;
        end
    end

    // ---- stages 2 .. QB+1: one quotient bit each -----------------------------------
    genvar s;
    generate
        for (s = 1; s <= QB; s = s + 1) begin : g_stage
            wire [24:0] rem_in = rem_r[(s-1)*25 +: 25];
            wire [23:0] den_in = den_r[(s-1)*24 +: 24];
            wire [25:0] diff   = {1'b0, rem_in} - {2'b00, den_in};
            wire        ge     = ~diff[25];
            wire [24:0] rem_nx = ge ? diff[24:0] : rem_in;      // < divisor < 2^24
            always @(posedge clk) begin
                if (ce) begin
                    rem_r[s*25 +: 25] <= {rem_nx[23:0], 1'b0};
                    exp_r[s*10 +: 10] <= exp_r[(s-1)*10 +: 10];
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
                    if (ce) den_r[s*24 +: 24] <= den_in;
            end
            // the remainder's top bit is 0 after a subtraction, so only
            // rem_nx[23:0] is kept
            /* verilator lint_off UNUSEDSIGNAL */
            wire unused_top = rem_nx[24];
            /* verilator lint_on UNUSEDSIGNAL */
        end
    endgenerate

    // ---- stage QB+2: denormalise -----------------------------------------------------
    wire [24:0] q    = quo_t[QB*(QB-1)/2 +: QB];            // q[24] = 1
    wire [9:0]  en   = exp_r[QB*10 +: 10];
    wire [25:0] r    = {q, rem_r[QB*25 +: 25] != 25'd0};    // significand, guard, sticky
    wire        tiny = en[9] || en == 10'd0;                // exponent <= 0: subnormal
    wire [9:0]  dsh  = 10'd1 - en;                          // right shift when tiny
    wire        dfar = dsh >= 10'd26;
    wire [24:0] rs   = dfar ? 25'd0 : r[25:1] >> (dsh[4:0] - 5'd1);   // = r >> dsh
    wire        rlost = dfar ? (r != 26'd0) : ((r & ~({26{1'b1}} << dsh[4:0])) != 26'd0);

    reg         d_sign, d_nan, d_inf, d_zero, d_ovf;
    reg [24:0]  d_r;      // [24:2] fraction, [1] guard, [0] sticky (hidden bit: d_e != 0)
    reg [7:0]   d_e;
    always @(posedge clk) begin
        if (ce) begin
            d_sign <= sign_r[QB];
            d_nan  <= nan_r[QB];
            d_inf  <= inf_r[QB];
            d_zero <= zero_r[QB];
            d_ovf  <= !en[9] && en >= 10'd255;
            d_r    <= tiny ? {rs[24:1], rs[0] | rlost} : r[24:0];
            d_e    <= tiny ? 8'd0 : en[7:0];
        end
    end

    // ---- stage QB+3: round, pack -------------------------------------------------------
    wire        up  = d_r[1] & (d_r[2] | d_r[0]);
    wire [30:0] mag = {d_e, d_r[24:2]} + {30'd0, up};       // carries into the exponent

    reg [31:0]  o_y;
    always @(posedge clk) begin
        if (ce) begin
            if (d_nan)
                o_y <= 32'h7FC00000;
            else if (d_inf || d_ovf)
                o_y <= {d_sign, 31'h7F800000};
            else if (d_zero)
                o_y <= {d_sign, 31'd0};
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
