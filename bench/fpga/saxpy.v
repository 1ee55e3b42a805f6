// saxpy: the hand-written Verilog of bench/saxpy/Saxpy.lime's map
// saxpy(@ x, @ y, a) = a * x + y on Java floats, the expert FPGA version that
// bench/harness.py runs in Verilator and that the FPGA backend's generated
// Verilog for the same map is compared against.
//
// Built from the artifact store's float units (artifacts/float/fp32_mul.v and
// fp32_add.v, bit-exact with Java, LATENCY 4 each, ii 1, ce = clock enable):
// a * x in fp32_mul, y delayed by the multiplier's latency in a shift
// register, then the sum in fp32_add.  Two roundings, as Java (no fused
// multiply-add).
//
// Stream: one item = {y, x} (in_data[31:0] = x, in_data[63:32] = y, float
// bits), one result z per item, valid/ready, one item per clock, latency 8.
// The whole pipeline advances when its output is empty or taken (ce);
// in_ready = ce.  `a` is held constant for a run (a broadcast operand).
// rst: synchronous, active high; clears the valid bits.
`default_nettype none
module saxpy (
    input  wire        clk,
    input  wire        rst,
    input  wire [31:0] a,
    input  wire        in_valid,
    output wire        in_ready,
    input  wire [63:0] in_data,
    output wire        out_valid,
    input  wire        out_ready,
    output wire [31:0] out_data
);
    localparam integer MUL_LATENCY = 4;

    wire ce = !out_valid || out_ready;
    assign in_ready = ce;

    wire        p_valid;
    wire [31:0] p;
    fp32_mul mul (
        .clk(clk), .rst(rst), .ce(ce), .in_valid(in_valid && ce),
        .a(a), .b(in_data[31:0]), .out_valid(p_valid), .y(p)
    );

    reg [32*MUL_LATENCY-1:0] yd;   // y, delayed to meet a * x
    always @(posedge clk)
        if (ce) yd <= {yd[32*(MUL_LATENCY-1)-1:0], in_data[63:32]};

    fp32_add add (
        .clk(clk), .rst(rst), .ce(ce), .in_valid(p_valid),
        .a(p), .b(yd[32*MUL_LATENCY-1 -: 32]), .out_valid(out_valid), .y(out_data)
    );
endmodule
`default_nettype wire
