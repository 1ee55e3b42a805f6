// Test-only wrapper: int_cmp with each OP (eq ne lt le gt ge -> y bits 0..5)
// at widths 8, 16, 32 and 64; z: the same with ZERO_B = 1 (a against 0,
// b ignored).
`default_nettype none
module int_cmp_tb (
    input  wire [7:0]  a8,  input wire [7:0]  b8,  output wire [5:0] y8,  output wire [5:0] z8,
    input  wire [15:0] a16, input wire [15:0] b16, output wire [5:0] y16, output wire [5:0] z16,
    input  wire [31:0] a32, input wire [31:0] b32, output wire [5:0] y32, output wire [5:0] z32,
    input  wire [63:0] a64, input wire [63:0] b64, output wire [5:0] y64, output wire [5:0] z64
);
    // the OP strings, op k at [(5-k)*16 +: 16]
    localparam [95:0] OPS = "eqneltlegtge";
    genvar k;
    generate
        for (k = 0; k < 6; k = k + 1) begin : g_op
            int_cmp #(.WIDTH(8),  .OP(OPS[(5-k)*16 +: 16])) u8  (.a(a8),  .b(b8),  .y(y8[k]));
            int_cmp #(.WIDTH(8),  .OP(OPS[(5-k)*16 +: 16]), .ZERO_B(1)) uz8  (.a(a8),  .b(b8),  .y(z8[k]));
            int_cmp #(.WIDTH(16), .OP(OPS[(5-k)*16 +: 16])) u16 (.a(a16), .b(b16), .y(y16[k]));
            int_cmp #(.WIDTH(16), .OP(OPS[(5-k)*16 +: 16]), .ZERO_B(1)) uz16 (.a(a16), .b(b16), .y(z16[k]));
            int_cmp #(.WIDTH(32), .OP(OPS[(5-k)*16 +: 16])) u32 (.a(a32), .b(b32), .y(y32[k]));
            int_cmp #(.WIDTH(32), .OP(OPS[(5-k)*16 +: 16]), .ZERO_B(1)) uz32 (.a(a32), .b(b32), .y(z32[k]));
            int_cmp #(.WIDTH(64), .OP(OPS[(5-k)*16 +: 16])) u64 (.a(a64), .b(b64), .y(y64[k]));
            int_cmp #(.WIDTH(64), .OP(OPS[(5-k)*16 +: 16]), .ZERO_B(1)) uz64 (.a(a64), .b(b64), .y(z64[k]));
        end
    endgenerate
endmodule
`default_nettype wire
