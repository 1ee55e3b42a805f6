// Test-only wrapper: fp32_add with SUB = 0 (lane 0, a + b) and SUB = 1
// (lane 1, a - b) sharing clk, rst and ce.
`default_nettype none
module fp32_add_tb (
    input  wire clk, input wire rst, input wire ce,
    input  wire iv0, input wire [31:0] a0, input wire [31:0] b0,
    output wire ov0, output wire [31:0] y0,
    input  wire iv1, input wire [31:0] a1, input wire [31:0] b1,
    output wire ov1, output wire [31:0] y1
);
    fp32_add #(.SUB(0)) u_add (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv0), .a(a0), .b(b0),
                               .out_valid(ov0), .y(y0));
    fp32_add #(.SUB(1)) u_sub (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv1), .a(a1), .b(b1),
                               .out_valid(ov1), .y(y1));
endmodule
`default_nettype wire
