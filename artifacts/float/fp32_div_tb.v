// Test-only wrapper: fp32_div as lane 0 (the shared float pipeline bench
// port names).
`default_nettype none
module fp32_div_tb (
    input  wire clk, input wire rst, input wire ce,
    input  wire iv0, input wire [31:0] a0, input wire [31:0] b0,
    output wire ov0, output wire [31:0] y0
);
    fp32_div u_div (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv0), .a(a0), .b(b0),
                    .out_valid(ov0), .y(y0));
endmodule
`default_nettype wire
