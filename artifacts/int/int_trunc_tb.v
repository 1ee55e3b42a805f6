// Test-only wrapper: int_trunc long -> int (64 -> 32) and 32 -> 8.
`default_nettype none
module int_trunc_tb (
    input  wire [63:0] a64, output wire [31:0] y32,
    input  wire [31:0] a32, output wire [7:0]  y8
);
    int_trunc #(.FROM(64), .TO(32)) u_i (.a(a64), .y(y32));
    int_trunc #(.FROM(32), .TO(8))  u_b (.a(a32), .y(y8));
endmodule
`default_nettype wire
