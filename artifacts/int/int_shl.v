// int_shl: y = a << (b & (WIDTH-1)) (Java <<).
// The shift count b is masked like Java: only its low log2(WIDTH) bits are
// used (b & 31 for int, b & 63 for long).  WIDTH must be a power of two.  For
// a long shift by an int count, extend the count to 64 bits any way you like.
// Combinational (latency 0).
`default_nettype none
module int_shl #(
    parameter integer WIDTH = 32
) (
    input  wire [WIDTH-1:0] a,
    /* verilator lint_off UNUSEDSIGNAL */
    input  wire [WIDTH-1:0] b,      // shift count; bits above log2(WIDTH) ignored
    /* verilator lint_on UNUSEDSIGNAL */
    output wire [WIDTH-1:0] y
);
    localparam integer SW = $clog2(WIDTH);
    wire [SW-1:0] s = b[SW-1:0];
    assign y = a << s;
endmodule
`default_nettype wire
