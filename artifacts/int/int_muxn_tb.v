// Test-only wrapper: int_muxn with (N, WIDTH) = (2, 32), (3, 32), (5, 64), (8, 16).
`default_nettype none
module int_muxn_tb (
    input  wire [0:0]   s2, input wire [2*32-1:0] d2, output wire [31:0] y2,
    input  wire [1:0]   s3, input wire [3*32-1:0] d3, output wire [31:0] y3,
    input  wire [2:0]   s5, input wire [5*64-1:0] d5, output wire [63:0] y5,
    input  wire [2:0]   s8, input wire [8*16-1:0] d8, output wire [15:0] y8
);
    int_muxn #(.WIDTH(32), .N(2)) u2 (.sel(s2), .d(d2), .y(y2));
    int_muxn #(.WIDTH(32), .N(3)) u3 (.sel(s3), .d(d3), .y(y3));
    int_muxn #(.WIDTH(64), .N(5)) u5 (.sel(s5), .d(d5), .y(y5));
    int_muxn #(.WIDTH(16), .N(8)) u8 (.sel(s8), .d(d8), .y(y8));
endmodule
`default_nettype wire
