// Test-only wrapper: fp64_exp_table with PART = 0 (lane 0, exp_tab[2j]) and
// PART = 1 (lane 1, exp_tab[2j + 1]) sharing clk, rst and ce.
`default_nettype none
module fp64_exp_table_tb (
    input  wire clk, input wire rst, input wire ce,
    input  wire iv0, input wire [63:0] a0, output wire ov0, output wire [63:0] y0,
    input  wire iv1, input wire [63:0] a1, output wire ov1, output wire [63:0] y1
);
    fp64_exp_table #(.PART(0)) u0 (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv0), .a(a0), .out_valid(ov0), .y(y0));
    fp64_exp_table #(.PART(1)) u1 (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv1), .a(a1), .out_valid(ov1), .y(y1));
endmodule
`default_nettype wire
