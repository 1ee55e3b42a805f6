// int_not: y = ~a (Java ~).
// Combinational (latency 0).  WIDTH=32 is Java int, WIDTH=64 is Java long.
`default_nettype none
module int_not #(
    parameter integer WIDTH = 32
) (
    input  wire [WIDTH-1:0] a,
    output wire [WIDTH-1:0] y
);
    assign y = ~a;
endmodule
`default_nettype wire
