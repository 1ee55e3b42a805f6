// fp32_sqrt: IEEE-754 binary32 square root y = sqrt(a), correctly rounded
// (round to nearest even): equal to Java's (float) Math.sqrt(f).  Subnormal
// inputs are handled (the result of a positive finite input is always
// normal); sqrt(+-0) = +-0, sqrt(+inf) = +inf, sqrt(x < 0) = NaN (-inf
// included).  A NaN result is always the canonical quiet NaN 0x7FC00000
// (Java does not specify NaN bit patterns).
// Pipelined, LATENCY = 27 clocks, initiation interval 1:
//   1      unpack, normalise a subnormal significand, make the exponent even
//   2..26  digit-by-digit square root of the significand, one result bit per
//          stage (25 bits: 24-bit significand and a guard bit; the remainder
//          gives sticky)
//   27     round to nearest even, pack, special cases
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp32_sqrt (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire [31:0] a,
    output wire        out_valid,
    output wire [31:0] y
);
    localparam integer QB = 25;              // result bits = root stages
    localparam integer LATENCY = QB + 2;

    // ---- stage 1: unpack, normalise ----------------------------------------
    wire        a_nan  = a[30:23] == 8'hFF && a[22:0] != 23'd0;
    wire        a_inf  = a[30:0] == 31'h7F800000;
    wire        a_zero = a[30:0] == 31'd0;
    wire [23:0] ma = {a[30:23] != 8'd0, a[22:0]};
    reg  [4:0]  lz;          // leading zeros (only subnormals have any)
    integer i;
    always @* begin
        lz = 5'd0;
        for (i = 0; i < 24; i = i + 1)
            if (ma[i]) lz = 5'd23 - i[4:0];
    end
    // biased exponent of the normalised significand, -22 .. 254 (10-bit signed)
    wire [9:0]  ea  = ((a[30:23] == 8'd0) ? 10'd1 : {2'b00, a[30:23]}) - {5'd0, lz};
    wire [23:0] man = ma << lz;
    wire        odd = ~ea[0];                // unbiased exponent ea - 127 is odd
    // radicand: the significand times 2 (even exponent) or 4 (odd), value
    // in [1, 4) * 2^24; root of m * 2^24: 25 bits, the first always 1
    wire [25:0] m   = odd ? {man, 2'b00} : {1'b0, man, 1'b0};
    /* verilator lint_off UNUSEDSIGNAL */
    wire        m_last = m[0];               // always 0: not registered
    /* verilator lint_on UNUSEDSIGNAL */
    wire [9:0]  er  = (ea - {9'd0, odd} + 10'd127) >> 1;   // (e - 127) / 2 + 127
    /* verilator lint_off UNUSEDSIGNAL */
    wire [9:0]  er_w = er;                   // 52 .. 190: only the low 8 bits are kept
    /* verilator lint_on UNUSEDSIGNAL */

    // per-stage state.  Only bits that can be nonzero are registers, each
    // stage's at its own offset in a packed vector (Yosys's opt finds
    // constant bits shifted along a pipeline one stage per pass, and cannot
    // find the bounds below at all):
    //   root after stage s (1..QB): s bits, at ROOT_AT(s)
    //   remainder after stage s: r = X - q*q <= 2q < 2^(s+1) (X the radicand's
    //     top 2s bits, q the root's s bits): s+1 bits, at REM_AT(s)
    //   radicand bits still to bring down after stage s (0..RS-1): RADW-2s
    //     bits, at RAD_AT(s); after them, only zeros are brought down
    //   stage 0 (the unpack stage) has root 0 and remainder 0: no registers
    localparam integer RADW = 25;            // the radicand's bits that can be nonzero
    localparam integer RS = (RADW + 1) / 2;  // the stages that bring them down
    reg [QB*(QB+1)/2-1:0]  root_t;
    reg [QB*(QB+3)/2-1:0]  rem_t;
    reg [RS*(RADW+1-RS)-1:0] rad_t;
    reg [(QB+1)*8-1:0]     exp_r;
    reg [QB:0]             sign_r, nan_r, inf_r, zero_r;

    always @(posedge clk) begin
        if (ce) begin
            rad_t[0 +: RADW] <= m[25:1];   // the radicand's bits but its last, always 0
            exp_r[0 +: 8]   <= er_w[7:0];
            sign_r[0] <= a[31];
            nan_r[0]  <= a_nan | (a[31] & ~a_zero);
            inf_r[0]  <= a_inf & ~a[31];
            zero_r[0] <= a_zero;
        end
    end

    // ---- stages 2 .. QB+1: one root bit each ---------------------------------------
    // remainder r and root q: bring down the next two radicand bits,
    // r' = 4r + bits; if r' >= 4q + 1 then r' -= 4q + 1, q' = 2q + 1 else q' = 2q
    genvar s;
    generate
        for (s = 1; s <= QB; s = s + 1) begin : g_stage
            localparam integer ROOT_AT = s * (s - 1) / 2;         // this stage's root bits
            localparam integer ROOT_IN = (s - 1) * (s - 2) / 2;   // the last stage's
            localparam integer REM_AT  = (s - 1) * (s + 2) / 2;
            localparam integer REM_IN  = (s - 2) * (s + 1) / 2;
            localparam integer RAD_AT  = s * (RADW + 1 - s);
            localparam integer RAD_IN  = (s - 1) * (RADW + 2 - s);
            wire [1:0] bits;                 // the next two radicand bits
            wire [s+1:0] cur;                // {r, bits}
            wire [s:0]   trial;              // {q, 01}
            if (RADW + 2 - 2 * s >= 2) begin : g_bits
                assign bits = rad_t[RAD_IN + RADW + 2 - 2 * s - 1 -: 2];
            end else if (RADW + 2 - 2 * s == 1) begin : g_bit
                assign bits = {rad_t[RAD_IN], 1'b0};
            end else begin : g_zeros
                assign bits = 2'b00;
            end
            if (s == 1) begin : g_first
                assign cur   = {1'b0, bits};
                assign trial = 2'b01;
            end else begin : g_next
                assign cur   = {rem_t[REM_IN +: s], bits};
                assign trial = {root_t[ROOT_IN +: s - 1], 2'b01};
            end
            wire [s+2:0] diff   = {1'b0, cur} - {2'b00, trial};
            wire         ge     = ~diff[s+2];
            wire [s+1:0] rem_nx = ge ? diff[s+1:0] : cur;   // < 2^(s+1): the top bit is 0
            always @(posedge clk) begin
                if (ce) begin
                    rem_t[REM_AT +: s + 1] <= rem_nx[s:0];
                    exp_r[s*8 +: 8]    <= exp_r[(s-1)*8 +: 8];
                    sign_r[s] <= sign_r[s-1];
                    nan_r[s]  <= nan_r[s-1];
                    inf_r[s]  <= inf_r[s-1];
                    zero_r[s] <= zero_r[s-1];
                end
            end
            if (s == 1) begin : g_root1
                always @(posedge clk)
                    if (ce) root_t[0] <= ge;
            end else begin : g_rootn
                always @(posedge clk)
                    if (ce) root_t[ROOT_AT +: s] <= {root_t[ROOT_IN +: s - 1], ge};
            end
            if (s < RS) begin : g_rad
                always @(posedge clk)
                    if (ce) rad_t[RAD_AT +: RADW - 2 * s] <= rad_t[RAD_IN +: RADW - 2 * s];
            end
            /* verilator lint_off UNUSEDSIGNAL */
            wire unused_top = rem_nx[s+1];
            /* verilator lint_on UNUSEDSIGNAL */
        end
    endgenerate

    // ---- stage QB+2: round, pack -------------------------------------------------------
    wire [24:0] q   = root_t[QB*(QB-1)/2 +: QB];           // q[24] = 1
    wire        st  = rem_t[(QB-1)*(QB+2)/2 +: QB + 1] != 0;
    wire        up  = q[0] & (q[1] | st);
    wire [30:0] mag = {exp_r[QB*8 +: 8], q[23:1]} + {30'd0, up};   // carries into the exponent
    /* verilator lint_off UNUSEDSIGNAL */
    wire        q_hidden = q[24];
    /* verilator lint_on UNUSEDSIGNAL */

    reg [31:0]  o_y;
    always @(posedge clk) begin
        if (ce) begin
            if (nan_r[QB])
                o_y <= 32'h7FC00000;
            else if (inf_r[QB])
                o_y <= 32'h7F800000;
            else if (zero_r[QB])
                o_y <= {sign_r[QB], 31'd0};
            else
                o_y <= {1'b0, mag};
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
