// Test-only wrapper: int_narrow as (byte), (short), (char) on an int
// (y8s, y16s, y16u) and as (int) in a long kept 64 bits wide (y32s).
`default_nettype none
module int_narrow_tb (
    input  wire [31:0] a32, output wire [31:0] y8s, output wire [31:0] y16s,
    output wire [31:0] y16u,
    input  wire [63:0] a64, output wire [63:0] y32s
);
    int_narrow #(.WIDTH(32), .TO(8),  .SIGNED(1)) u_b (.a(a32), .y(y8s));
    int_narrow #(.WIDTH(32), .TO(16), .SIGNED(1)) u_s (.a(a32), .y(y16s));
    int_narrow #(.WIDTH(32), .TO(16), .SIGNED(0)) u_c (.a(a32), .y(y16u));
    int_narrow #(.WIDTH(64), .TO(32), .SIGNED(1)) u_i (.a(a64), .y(y32s));
endmodule
`default_nettype wire
