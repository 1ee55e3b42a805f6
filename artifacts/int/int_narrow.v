// int_narrow: Java's narrowing casts to byte, short and char, on a value
// that stays WIDTH bits wide: y = the low TO bits of a, sign-extended
// (SIGNED = 1) or zero-extended (SIGNED = 0) back to WIDTH bits.
//   (byte)  x  WIDTH 32, TO 8,  SIGNED 1
//   (short) x  WIDTH 32, TO 16, SIGNED 1
//   (char)  x  WIDTH 32, TO 16, SIGNED 0
// (the result is the promoted int value of the byte/short/char).  Needs
// 0 < TO < WIDTH.  Combinational (latency 0), just wiring.
`default_nettype none
module int_narrow #(
    parameter integer WIDTH = 32,
    parameter integer TO = 8,
    parameter integer SIGNED = 1
) (
    input  wire [WIDTH-1:0] a,
    output wire [WIDTH-1:0] y
);
    generate
        if (TO <= 0 || TO >= WIDTH) begin : g_bad
            // unsupported widths: fails elaboration in both Verilator and Yosys
            bad_int_narrow_to_parameter u_bad ();
        end else begin : g_ok
            wire ext = (SIGNED != 0) & a[TO-1];
            assign y = {{(WIDTH-TO){ext}}, a[TO-1:0]};
            // the high bits of a are dropped
            /* verilator lint_off UNUSEDSIGNAL */
            wire [WIDTH-1:0] unused = a;
            /* verilator lint_on UNUSEDSIGNAL */
        end
    endgenerate
endmodule
`default_nettype wire
