// int_trunc: the low TO bits of a FROM-bit integer (Java long -> int:
// FROM 64, TO 32, two's complement wrapping).  Needs 0 < TO < FROM.
// Combinational (latency 0), just wiring.
`default_nettype none
module int_trunc #(
    parameter integer FROM = 64,
    parameter integer TO = 32
) (
    input  wire [FROM-1:0] a,
    output wire [TO-1:0]   y
);
    generate
        if (TO <= 0 || TO >= FROM) begin : g_bad
            // unsupported widths: fails elaboration in both Verilator and Yosys
            bad_int_trunc_width_parameters u_bad ();
        end else begin : g_ok
            assign y = a[TO-1:0];
            // the high bits of a are dropped
            /* verilator lint_off UNUSEDSIGNAL */
            wire [FROM-1:0] unused = a;
            /* verilator lint_on UNUSEDSIGNAL */
        end
    endgenerate
endmodule
`default_nettype wire
