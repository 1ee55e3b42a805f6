// int_mul: y = low WIDTH bits of a * b (Java *; identical for signed and unsigned).
// Combinational (latency 0).  WIDTH=32 is Java int, WIDTH=64 is Java long.
`default_nettype none
module int_mul #(
    parameter integer WIDTH = 32
) (
    input  wire [WIDTH-1:0] a,
    input  wire [WIDTH-1:0] b,
    output wire [WIDTH-1:0] y
);
    assign y = a * b;
endmodule
`default_nettype wire
