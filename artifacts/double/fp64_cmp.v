// fp64_cmp: Java's relational and equality operators on double (IEEE-754
// binary64 bit patterns).  OP selects the operator:
//   "eq" a == b   "ne" a != b   "lt" a < b   "le" a <= b   "gt" a > b   "ge" a >= b
// y is 1 when the relation holds.  A NaN operand makes every relation false
// except "ne", which is true (so NaN != NaN); -0.0 == +0.0.  Combinational
// (latency 0).  (This is not Double.compare: that total order puts -0.0
// below +0.0 and NaN above everything.)
`default_nettype none
module fp64_cmp #(
    parameter OP = "lt"
) (
    input  wire [63:0] a,
    input  wire [63:0] b,
    output wire        y
);
    wire nan   = (a[62:52] == 11'h7FF && a[51:0] != 52'd0) ||
                 (b[62:52] == 11'h7FF && b[51:0] != 52'd0);
    wire zeros = a[62:0] == 63'd0 && b[62:0] == 63'd0;   // +-0 vs +-0
    // order-preserving keys: unsigned key order = numeric order (-0 < +0)
    wire [63:0] ka = a[63] ? ~a : {1'b1, a[62:0]};
    wire [63:0] kb = b[63] ? ~b : {1'b1, b[62:0]};
    // each OP uses some of these
    /* verilator lint_off UNUSEDSIGNAL */
    wire eq = !nan && (zeros || a == b);
    wire lt = !nan && !zeros && ka < kb;
    wire gt = !nan && !zeros && ka > kb;
    /* verilator lint_on UNUSEDSIGNAL */
    generate
        if (OP == "eq") begin : g_eq
            assign y = eq;
        end else if (OP == "ne") begin : g_ne
            assign y = !eq;
        end else if (OP == "lt") begin : g_lt
            assign y = lt;
        end else if (OP == "le") begin : g_le
            assign y = lt || eq;
        end else if (OP == "gt") begin : g_gt
            assign y = gt;
        end else if (OP == "ge") begin : g_ge
            assign y = gt || eq;
        end else begin : g_bad
            // unknown OP: fails elaboration in both Verilator and Yosys
            bad_fp64_cmp_op_parameter u_bad ();
        end
    endgenerate
endmodule
`default_nettype wire
