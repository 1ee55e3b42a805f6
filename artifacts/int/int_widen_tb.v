// Test-only wrapper: int_widen int -> long (32 -> 64) and 8 -> 32.
`default_nettype none
module int_widen_tb (
    input  wire [31:0] a32, output wire [63:0] y64,
    input  wire [7:0]  a8,  output wire [31:0] y32
);
    int_widen #(.FROM(32), .TO(64)) u_l (.a(a32), .y(y64));
    int_widen #(.FROM(8),  .TO(32)) u_i (.a(a8),  .y(y32));
endmodule
`default_nettype wire
