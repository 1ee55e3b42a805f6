// int_cmp: signed comparison of two's complement integers (Java int/long
// relational and equality operators).  OP selects the operator:
//   "eq" a == b   "ne" a != b   "lt" a < b   "le" a <= b   "gt" a > b   "ge" a >= b
// y is 1 when the relation holds.  Combinational (latency 0).
// (Java byte/short/char values are promoted to int before comparing; use
// WIDTH=32 on the promoted values.)
// ZERO_B = 1: b is the constant 0 (the port is ignored) and the relation is
// a sign test, with no subtractor: Yosys 0.23 keeps a full carry chain for a
// comparison with a constant 0 (31 SB_CARRY for `a > 0`) and then removes it
// one carry per opt pass over the whole netlist.
`default_nettype none
module int_cmp #(
    parameter integer WIDTH = 32,
    parameter OP = "lt",
    parameter integer ZERO_B = 0
) (
    input  wire [WIDTH-1:0] a,
    input  wire [WIDTH-1:0] b,
    output wire             y
);
    generate
        if (ZERO_B != 0) begin : g_zero
            /* verilator lint_off UNUSEDSIGNAL */
            wire neg = a[WIDTH-1], zero = a == {WIDTH{1'b0}};   // each OP uses one or both
            wire unused_b = ^b;
            /* verilator lint_on UNUSEDSIGNAL */
            if (OP == "eq") begin : g_eq
                assign y = zero;
            end else if (OP == "ne") begin : g_ne
                assign y = !zero;
            end else if (OP == "lt") begin : g_lt
                assign y = neg;
            end else if (OP == "le") begin : g_le
                assign y = neg || zero;
            end else if (OP == "gt") begin : g_gt
                assign y = !neg && !zero;
            end else if (OP == "ge") begin : g_ge
                assign y = !neg;
            end else begin : g_bad
                bad_int_cmp_op_parameter u_bad ();
            end
        end else if (OP == "eq") begin : g_eq
            assign y = a == b;
        end else if (OP == "ne") begin : g_ne
            assign y = a != b;
        end else if (OP == "lt") begin : g_lt
            assign y = $signed(a) < $signed(b);
        end else if (OP == "le") begin : g_le
            assign y = $signed(a) <= $signed(b);
        end else if (OP == "gt") begin : g_gt
            assign y = $signed(a) > $signed(b);
        end else if (OP == "ge") begin : g_ge
            assign y = $signed(a) >= $signed(b);
        end else begin : g_bad
            // unknown OP: fails elaboration in both Verilator and Yosys
            bad_int_cmp_op_parameter u_bad ();
        end
    endgenerate
endmodule
`default_nettype wire
