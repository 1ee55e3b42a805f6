// Test-only wrapper: fp64_cmp with each OP (eq ne lt le gt ge -> y bits 0..5).
`default_nettype none
module fp64_cmp_tb (
    input  wire [63:0] a, input wire [63:0] b, output wire [5:0] y
);
    // the OP strings, op k at [(5-k)*16 +: 16]
    localparam [95:0] OPS = "eqneltlegtge";
    genvar k;
    generate
        for (k = 0; k < 6; k = k + 1) begin : g_op
            fp64_cmp #(.OP(OPS[(5-k)*16 +: 16])) u (.a(a), .b(b), .y(y[k]));
        end
    endgenerate
endmodule
`default_nettype wire
