// multirate_chain: the hand-written Verilog of bench/multirate/MultiRate.lime's
// graph  samples.source() => decim => resample => interp => gain, a period of
// 6 samples in and 4 out:
//   decim    d = (x[2m] + x[2m+1]) >>> 1             (pops 2, pushes 1)
//   resample r0 = d[3m], r1 = (d[3m+1] + d[3m+2]) >>> 1   (pops 3, pushes 2)
//   interp   each r twice                              (pops 1, pushes 2)
//   gain     out = min(max(3 r, -LIMIT), LIMIT)
// in Java's 32-bit wrapping int arithmetic (>> on int is arithmetic).  The
// reference Lime's FPGA design for the whole period (docs/fpga.md
// "Multi-rate graphs") is measured against.
//
// The phase of the period (0..5) selects what a sample does: an even one
// waits in `even`; phase 1 keeps r0 = gain(d0); phase 3 keeps d1; phase 5,
// the resampler's firing, makes r1 = gain((d1 + d2) >>> 1) and puts r0 and
// r1 into the output registers with a count of 4 outputs (r0 twice, then r1
// twice: the interpolator).  Outputs wait for phase 5 because a period cut
// short by the end of the stream gives none (the tail rule: the resampler
// never fires).  One sample per clock in; at full speed the 4 outputs leave
// in the 4 clocks after phase 5, before the next phase 5; with backpressure
// a phase-5 sample waits (in_ready low) while outputs are left that are not
// all being taken.
// rst: synchronous, active high; phase 0, output empty.
`default_nettype none
module multirate_chain #(
    parameter integer LIMIT = 60000
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
    reg  [2:0]  phase;
    reg  [31:0] even, d1, r0, o0, o1;
    reg  [2:0]  left;                              // outputs left to give: o0 while left > 2, then o1

    wire signed [31:0] x = in_data;
    wire signed [31:0] d = ($signed(even) + x) >>> 1;           // the decimator, at odd phases
    wire signed [31:0] half = ($signed(d1) + d) >>> 1;          // the resampler's r1, at phase 5
    wire signed [31:0] pick = phase == 3'd1 ? d : half;
    wire signed [31:0] g = (pick <<< 1) + pick;                 // 3 r
    localparam signed [31:0] HI = LIMIT, LO = -LIMIT;
    wire [31:0] clipped = g > HI ? HI : g < LO ? LO : g;

    wire fires = phase == 3'd5;
    assign out_valid = left != 3'd0;
    assign out_data  = left[2] || left == 3'd3 ? o0 : o1;
    wire give = out_valid && out_ready;
    assign in_ready = !fires || left == 3'd0 || (left == 3'd1 && out_ready);
    wire take = in_valid && in_ready;

    always @(posedge clk) begin
        if (rst) begin
            phase <= 3'd0;
            left  <= 3'd0;
        end else begin
            if (take) phase <= phase == 3'd5 ? 3'd0 : phase + 3'd1;
            if (take && fires) left <= 3'd4;
            else if (give) left <= left - 3'd1;
        end
        if (take) begin
            if (!phase[0]) even <= in_data;
            if (phase == 3'd3) d1 <= d;
            if (phase == 3'd1) r0 <= clipped;
            if (fires) begin
                o0 <= r0;
                o1 <= clipped;
            end
        end
    end
endmodule
`default_nettype wire
