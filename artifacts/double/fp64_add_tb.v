// Test-only wrapper: fp64_add with SUB = 0 (lane 0, a + b) and SUB = 1
// (lane 1, a - b) sharing clk, rst and ce.
`default_nettype none
module fp64_add_tb (
    input  wire clk, input wire rst, input wire ce,
    input  wire iv0, input wire [63:0] a0, input wire [63:0] b0,
    output wire ov0, output wire [63:0] y0,
    input  wire iv1, input wire [63:0] a1, input wire [63:0] b1,
    output wire ov1, output wire [63:0] y1
);
    fp64_add #(.SUB(0)) u_add (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv0), .a(a0), .b(b0),
                               .out_valid(ov0), .y(y0));
    fp64_add #(.SUB(1)) u_sub (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv1), .a(a1), .b(b1),
                               .out_valid(ov1), .y(y1));
endmodule
`default_nettype wire
