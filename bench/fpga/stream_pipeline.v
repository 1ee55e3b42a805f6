// stream_pipeline: the hand-written Verilog of bench/stream/Stream.lime's
// graph  samples.source() => Fir.step => Delta.step => clip,  the
// expert FPGA version that bench/harness.py runs in Verilator and that the
// FPGA backend's generated Verilog for the same graph is compared against.
//
//   fir   y = -x[n] + 3 x[n-1] + 7 x[n-2] + 12 x[n-3] + 12 x[n-4]
//               + 7 x[n-5] + 3 x[n-6] - x[n-7]        (history zero after reset)
//   delta d = y[n] - y[n-1]                            (y[-1] = 0)
//   clip  out = min(max(d, -LIMIT), LIMIT)
// All in Java's 32-bit wrapping int arithmetic.  The coefficients are
// symmetric, so the eight taps are four pre-added pairs, and the constant
// multiplies are shifts and adds (3 = 2 + 1, 7 = 8 - 1, 12 = 8 + 4): no
// multiplier at all.
//
// Valid/ready on both sides, one item per clock, latency 3 (one register
// stage each for FIR, delta and clip).  The three stages advance together
// when the output register is empty or taken (ce); in_ready = ce.
// rst: synchronous, active high; empties the pipeline, zeroes the history.
`default_nettype none
module stream_pipeline #(
    parameter integer LIMIT = 300000
) (
    input  wire        clk,
    input  wire        rst,
    input  wire        in_valid,
    output wire        in_ready,
    input  wire [31:0] in_data,
    output wire        out_valid,
    input  wire        out_ready,
    output wire [31:0] out_data
);
    reg        v1, v2, v3;
    reg [31:0] h0, h1, h2, h3, h4, h5, h6;   // h0 = x[n-1] ... h6 = x[n-7]
    reg [31:0] fir, prev, delta, clipped;

    wire ce   = !v3 || out_ready;
    wire take = in_valid && ce;
    assign in_ready  = ce;
    assign out_valid = v3;
    assign out_data  = clipped;

    // symmetric pairs, then constants as shifts and adds
    wire [31:0] p0 = in_data + h6;   // * -1
    wire [31:0] p1 = h0 + h5;        // *  3
    wire [31:0] p2 = h1 + h4;        // *  7
    wire [31:0] p3 = h2 + h3;        // * 12
    wire [31:0] y  = ((p1 << 1) + p1) + ((p2 << 3) - p2) + ((p3 << 3) + (p3 << 2)) - p0;

    localparam signed [31:0] HI = LIMIT, LO = -LIMIT;
    wire signed [31:0] d = delta;
    wire [31:0] c = d > HI ? HI : d < LO ? LO : d;

    always @(posedge clk) begin
        if (rst) begin
            v1 <= 1'b0; v2 <= 1'b0; v3 <= 1'b0;
            h0 <= 32'd0; h1 <= 32'd0; h2 <= 32'd0; h3 <= 32'd0;
            h4 <= 32'd0; h5 <= 32'd0; h6 <= 32'd0;
            prev <= 32'd0;
        end else if (ce) begin
            v1 <= take;
            v2 <= v1;
            v3 <= v2;
            if (take) begin
                {h6, h5, h4, h3, h2, h1, h0} <= {h5, h4, h3, h2, h1, h0, in_data};
            end
            if (v1) prev <= fir;
        end
        if (ce) begin
            if (take) fir <= y;
            if (v1) delta <= fir - prev;
            if (v2) clipped <= c;
        end
    end
endmodule
`default_nettype wire
