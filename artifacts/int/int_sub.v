// int_sub: y = a - b, two's complement wrapping (Java -).
// Combinational (latency 0).  WIDTH=32 is Java int, WIDTH=64 is Java long.
`default_nettype none
module int_sub #(
    parameter integer WIDTH = 32
) (
    input  wire [WIDTH-1:0] a,
    input  wire [WIDTH-1:0] b,
    output wire [WIDTH-1:0] y
);
    assign y = a - b;
endmodule
`default_nettype wire
