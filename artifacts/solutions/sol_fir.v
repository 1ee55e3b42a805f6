// sol_fir: FIR filter over a stream of Java ints, one sample per clock.
//   y[n] = sum_{k=0}^{TAPS-1} c[k] * x[n-k]   (32-bit wrapping, like Java int)
// with x[n-k] = 0 before the first sample after reset.  c[k] is
// COEFFS[k*32 +: 32] (c[0] in the low bits).  Java equivalent, per sample x:
//     for (k = TAPS-1; k > 0; k--) h[k] = h[k-1];  h[0] = x;
//     int y = 0;  for (k = 0; k < TAPS; k++) y += c[k] * h[k];  emit(y);
// Transposed form: each register update is one multiply and one add, so the
// critical path does not grow with TAPS.  Valid/ready stream on both sides,
// latency 1, one sample per clock (in_ready = !out_valid || out_ready).
// rst: synchronous; empties the output and zeroes the history.  TAPS >= 2.
`default_nettype none
module sol_fir #(
    parameter integer TAPS = 4,
    parameter [32*TAPS-1:0] COEFFS = {32'd4, 32'd3, 32'hFFFFFFFE, 32'd1}  // c = {1, -2, 3, 4}
) (
    input  wire        clk,
    input  wire        rst,
    input  wire        in_valid,
    output wire        in_ready,
    input  wire [31:0] in_data,
    output reg         out_valid,
    input  wire        out_ready,
    output reg  [31:0] out_data
);
    // partial sums s[k], k = 1..TAPS-1, at [(k-1)*32 +: 32];
    // s[k] = sum_{j=k}^{TAPS-1} c[j] * x[n-1-(j-k)]
    reg  [32*(TAPS-1)-1:0] s;
    wire [32*TAPS-1:0]     p;      // p[k] = c[k] * x (low 32 bits)
    wire [32*(TAPS-1)-1:0] s_next;
    wire                   take = in_valid && in_ready;

    // x * c for a constant c, as shifts and adds over c's non-adjacent form
    // (at most 16 nonzero signed digits; 3 = 4 - 1, 7 = 8 - 1, 12 = 16 - 4):
    // no multiplier, as an expert writes constant multiplies for an FPGA.
    // Every branch depends on c only, so synthesis folds them away.
    function [31:0] mulc(input [31:0] x, input [31:0] c);
        reg [33:0] r;
        reg [31:0] acc;
        integer i;
        begin
            acc = 32'd0;
            r = {c[31], c[31], c};
            for (i = 0; i < 32; i = i + 1) begin
                if (r[0]) begin
                    if (r[1]) begin
                        acc = acc - (x << i);
                        r = r + 34'd1;
                    end else begin
                        acc = acc + (x << i);
                        r = r - 34'd1;
                    end
                end
                r = {r[33], r[33:1]};
            end
            mulc = acc;
        end
    endfunction

    genvar k;
    generate
        for (k = 0; k < TAPS; k = k + 1) begin : g_tap
            assign p[k*32 +: 32] = mulc(in_data, COEFFS[k*32 +: 32]);
        end
        for (k = 1; k < TAPS - 1; k = k + 1) begin : g_sum
            assign s_next[(k-1)*32 +: 32] = p[k*32 +: 32] + s[k*32 +: 32];
        end
    endgenerate
    assign s_next[(TAPS-2)*32 +: 32] = p[(TAPS-1)*32 +: 32];

    assign in_ready = !out_valid || out_ready;
    always @(posedge clk) begin
        if (rst) begin
            out_valid <= 1'b0;
            s         <= {32*(TAPS-1){1'b0}};
        end else begin
            if (in_ready) out_valid <= in_valid;
            if (take) s <= s_next;
        end
        if (take) out_data <= p[31:0] + s[31:0];
    end
endmodule
`default_nettype wire
