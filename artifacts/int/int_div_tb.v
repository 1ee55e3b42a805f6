// Test-only wrapper: int_div at widths 8, 16, 32 and 64 sharing clk, rst and
// ce; each width has its own operand stream (in_valid, a, b).
`default_nettype none
module int_div_tb (
    input  wire clk, input wire rst, input wire ce,
    input  wire iv8,  input wire [7:0]  a8,  input wire [7:0]  b8,
    output wire ov8,  output wire [7:0]  q8,  output wire [7:0]  r8,  output wire dz8,
    input  wire iv16, input wire [15:0] a16, input wire [15:0] b16,
    output wire ov16, output wire [15:0] q16, output wire [15:0] r16, output wire dz16,
    input  wire iv32, input wire [31:0] a32, input wire [31:0] b32,
    output wire ov32, output wire [31:0] q32, output wire [31:0] r32, output wire dz32,
    input  wire iv64, input wire [63:0] a64, input wire [63:0] b64,
    output wire ov64, output wire [63:0] q64, output wire [63:0] r64, output wire dz64
);
    int_div #(.WIDTH(8))  u8  (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv8),  .a(a8),  .b(b8),
                               .out_valid(ov8),  .q(q8),  .r(r8),  .dz(dz8));
    int_div #(.WIDTH(16)) u16 (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv16), .a(a16), .b(b16),
                               .out_valid(ov16), .q(q16), .r(r16), .dz(dz16));
    int_div #(.WIDTH(32)) u32 (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv32), .a(a32), .b(b32),
                               .out_valid(ov32), .q(q32), .r(r32), .dz(dz32));
    int_div #(.WIDTH(64)) u64 (.clk(clk), .rst(rst), .ce(ce), .in_valid(iv64), .a(a64), .b(b64),
                               .out_valid(ov64), .q(q64), .r(r64), .dz(dz64));
endmodule
`default_nettype wire
