// int_widen: sign-extends a FROM-bit integer to TO bits (Java int -> long:
// FROM 32, TO 64).  Needs 0 < FROM < TO.  Combinational (latency 0), just
// wiring.
`default_nettype none
module int_widen #(
    parameter integer FROM = 32,
    parameter integer TO = 64
) (
    input  wire [FROM-1:0] a,
    output wire [TO-1:0]   y
);
    generate
        if (FROM <= 0 || FROM >= TO) begin : g_bad
            // unsupported widths: fails elaboration in both Verilator and Yosys
            bad_int_widen_width_parameters u_bad ();
        end else begin : g_ok
            assign y = {{(TO-FROM){a[FROM-1]}}, a};
        end
    endgenerate
endmodule
`default_nettype wire
