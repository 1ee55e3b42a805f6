// Test-only wrapper (not an artifact): one instance of `OP at each of the
// widths 8, 16, 32 and 64, so one Verilator build tests all four.
// Include it after defining OP (module under test) and TB (wrapper name).
/* verilator lint_off DECLFILENAME */
`default_nettype none
module `TB (
    input  wire [7:0]  a8,  input wire [7:0]  b8,  output wire [7:0]  y8,
    input  wire [15:0] a16, input wire [15:0] b16, output wire [15:0] y16,
    input  wire [31:0] a32, input wire [31:0] b32, output wire [31:0] y32,
    input  wire [63:0] a64, input wire [63:0] b64, output wire [63:0] y64
);
    `OP #(.WIDTH(8))  u8  (.a(a8),  .b(b8),  .y(y8));
    `OP #(.WIDTH(16)) u16 (.a(a16), .b(b16), .y(y16));
    `OP #(.WIDTH(32)) u32 (.a(a32), .b(b32), .y(y32));
    `OP #(.WIDTH(64)) u64 (.a(a64), .b(b64), .y(y64));
endmodule
`default_nettype wire
/* verilator lint_on DECLFILENAME */
