// Test-only wrapper: fp64_to_fp32 with the port names of the shared pipeline
// driver (iv0 a0 ov0 y0).
`default_nettype none
module fp64_to_fp32_tb (
    input  wire clk, input wire rst, input wire ce,
    input  wire iv0, input wire [63:0] a0, output wire ov0, output wire [31:0] y0
);
    fp64_to_fp32 u (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv0), .a(a0), .out_valid(ov0), .y(y0));
endmodule
`default_nettype wire
