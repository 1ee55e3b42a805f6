// fp64_neg: y = -a on IEEE-754 binary64 bit patterns (Java unary - on
// double): flips the sign bit, also of zeros, infinities and NaNs.
// Combinational (latency 0).
`default_nettype none
module fp64_neg (
    input  wire [63:0] a,
    output wire [63:0] y
);
    assign y = {~a[63], a[62:0]};
endmodule
`default_nettype wire
