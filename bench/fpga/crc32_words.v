// crc32_words: the hand-written Verilog of bench/crc32/Crc32.lime's stream
// filter Running.step, the CRC-32 (IEEE 802.3 / zlib, as
// java.util.zip.CRC32) of a stream of 32-bit words, each word four bytes
// least significant first; after each word the CRC so far, ~state.  The
// expert FPGA version that bench/harness.py runs in Verilator and that the
// FPGA backend's generated Verilog for the same filter is compared against.
//
// The 32 bitwise steps of a word are one XOR network: next = F(state ^ w),
// F linear over GF(2), written as the loop and unrolled by synthesis (each
// output bit an XOR of some of the 32 input bits).  Valid/ready, one word
// per clock, latency 1; in_ready = !out_valid || out_ready.
// rst: synchronous, active high; state back to 0xFFFFFFFF.
`default_nettype none
module crc32_words (
    input  wire        clk,
    input  wire        rst,
    input  wire        in_valid,
    output wire        in_ready,
    input  wire [31:0] in_data,
    output reg         out_valid,
    input  wire        out_ready,
    output wire [31:0] out_data
);
    localparam [31:0] POLY = 32'hEDB88320;

    reg [31:0] state;
    reg [31:0] next;
    integer k;
    always @(*) begin
        next = state ^ in_data;
        for (k = 0; k < 32; k = k + 1)
            next = next[0] ? ((next >> 1) ^ POLY) : (next >> 1);
    end

    wire take = in_valid && in_ready;
    assign in_ready = !out_valid || out_ready;
    assign out_data = ~state;

    always @(posedge clk) begin
        if (rst) begin
            state     <= 32'hFFFFFFFF;
            out_valid <= 1'b0;
        end else begin
            if (in_ready) out_valid <= in_valid;
            if (take) state <= next;
        end
    end
endmodule
`default_nettype wire
