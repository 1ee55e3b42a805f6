// fp32_neg: y = -a on IEEE-754 binary32 bit patterns (Java unary - on
// float): flips the sign bit, also of zeros, infinities and NaNs.
// Combinational (latency 0).
`default_nettype none
module fp32_neg (
    input  wire [31:0] a,
    output wire [31:0] y
);
    assign y = {~a[31], a[30:0]};
endmodule
`default_nettype wire
