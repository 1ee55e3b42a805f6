// Test-only wrapper: int_div_seq at widths 8, 16, 32 and 64 sharing clk and
// rst, each with its own clock enable and operands (its caller stalls on its
// own busy); s*: the same with STABLE_B = 1.
`default_nettype none
module int_div_seq_tb (
    input  wire clk, input wire rst,
    input  wire ce8, input wire iv8, input wire [7:0] a8, input wire [7:0] b8,
    output wire busy8, output wire [7:0] q8, output wire [7:0] r8, output wire dz8,
    input  wire ce16, input wire iv16, input wire [15:0] a16, input wire [15:0] b16,
    output wire busy16, output wire [15:0] q16, output wire [15:0] r16, output wire dz16,
    input  wire ce32, input wire iv32, input wire [31:0] a32, input wire [31:0] b32,
    output wire busy32, output wire [31:0] q32, output wire [31:0] r32, output wire dz32,
    input  wire ce64, input wire iv64, input wire [63:0] a64, input wire [63:0] b64,
    output wire busy64, output wire [63:0] q64, output wire [63:0] r64, output wire dz64,
    input  wire sce8, input wire siv8, input wire [7:0] sa8, input wire [7:0] sb8,
    output wire sbusy8, output wire [7:0] sq8, output wire [7:0] sr8, output wire sdz8,
    input  wire sce16, input wire siv16, input wire [15:0] sa16, input wire [15:0] sb16,
    output wire sbusy16, output wire [15:0] sq16, output wire [15:0] sr16, output wire sdz16,
    input  wire sce32, input wire siv32, input wire [31:0] sa32, input wire [31:0] sb32,
    output wire sbusy32, output wire [31:0] sq32, output wire [31:0] sr32, output wire sdz32,
    input  wire sce64, input wire siv64, input wire [63:0] sa64, input wire [63:0] sb64,
    output wire sbusy64, output wire [63:0] sq64, output wire [63:0] sr64, output wire sdz64
);
    int_div_seq #(.WIDTH(8)) u8 (.clk(clk), .rst(rst), .ce(ce8), .in_valid(iv8), .a(a8), .b(b8),
        .busy(busy8), .q(q8), .r(r8), .dz(dz8));
    int_div_seq #(.WIDTH(16)) u16 (.clk(clk), .rst(rst), .ce(ce16), .in_valid(iv16), .a(a16), .b(b16),
        .busy(busy16), .q(q16), .r(r16), .dz(dz16));
    int_div_seq #(.WIDTH(32)) u32 (.clk(clk), .rst(rst), .ce(ce32), .in_valid(iv32), .a(a32), .b(b32),
        .busy(busy32), .q(q32), .r(r32), .dz(dz32));
    int_div_seq #(.WIDTH(64)) u64 (.clk(clk), .rst(rst), .ce(ce64), .in_valid(iv64), .a(a64), .b(b64),
        .busy(busy64), .q(q64), .r(r64), .dz(dz64));
    int_div_seq #(.WIDTH(8), .STABLE_B(1)) s8 (.clk(clk), .rst(rst), .ce(sce8), .in_valid(siv8), .a(sa8), .b(sb8),
        .busy(sbusy8), .q(sq8), .r(sr8), .dz(sdz8));
    int_div_seq #(.WIDTH(16), .STABLE_B(1)) s16 (.clk(clk), .rst(rst), .ce(sce16), .in_valid(siv16), .a(sa16), .b(sb16),
        .busy(sbusy16), .q(sq16), .r(sr16), .dz(sdz16));
    int_div_seq #(.WIDTH(32), .STABLE_B(1)) s32 (.clk(clk), .rst(rst), .ce(sce32), .in_valid(siv32), .a(sa32), .b(sb32),
        .busy(sbusy32), .q(sq32), .r(sr32), .dz(sdz32));
    int_div_seq #(.WIDTH(64), .STABLE_B(1)) s64 (.clk(clk), .rst(rst), .ce(sce64), .in_valid(siv64), .a(sa64), .b(sb64),
        .busy(sbusy64), .q(sq64), .r(sr64), .dz(sdz64));
endmodule
`default_nettype wire
