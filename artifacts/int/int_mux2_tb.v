// Test-only wrapper: int_mux2 at WIDTH=64 and WIDTH=1 (boolean select).
`default_nettype none
module int_mux2_tb (
    input  wire        sel,
    input  wire [63:0] d0,
    input  wire [63:0] d1,
    output wire [63:0] y,
    input  wire        bsel,
    input  wire        b0,
    input  wire        b1,
    output wire        by
);
    int_mux2 #(.WIDTH(64)) u64 (.sel(sel),  .d0(d0), .d1(d1), .y(y));
    int_mux2 #(.WIDTH(1))  u1  (.sel(bsel), .d0(b0), .d1(b1), .y(by));
endmodule
`default_nettype wire
