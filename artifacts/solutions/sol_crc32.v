// sol_crc32: CRC-32 (IEEE 802.3, the CRC of java.util.zip.CRC32, zlib, PNG,
// Ethernet) over a stream of 32-bit words, one word per clock.
// Bit order: reflected polynomial 0xEDB88320, initial value 0xFFFFFFFF,
// final XOR 0xFFFFFFFF; each word is taken as bytes LEAST significant first:
// in_data[7:0], then [15:8], [23:16], [31:24] (little-endian), and only the
// first in_bytes of them (1..4; 0 = none, the state is unchanged; 5..7 count
// as 4), so a byte message of any length can be fed.  After each word the
// output is crc.getValue() (as an int) of a java.util.zip.CRC32 that has been
// given the same bytes:
//     crc.update(w & 0xFF); crc.update((w >>> 8) & 0xFF); ...; emit((int) crc.getValue());
// (For ints that Java writes big-endian, e.g. through DataOutputStream or a
// default ByteBuffer, byte-swap them first.)
// clear: start a new message.  With in_valid the word is the first of the new
// message; alone it just resets the state.  rst: synchronous, resets state
// and output.  Valid/ready stream, latency 1, one word per clock.
`default_nettype none
module sol_crc32 (
    input  wire        clk,
    input  wire        rst,
    input  wire        clear,
    input  wire        in_valid,
    output wire        in_ready,
    input  wire [31:0] in_data,
    input  wire [2:0]  in_bytes,
    output reg         out_valid,
    input  wire        out_ready,
    output reg  [31:0] out_crc
);
    localparam [31:0] POLY = 32'hEDB88320;
    localparam [31:0] INIT = 32'hFFFFFFFF;

    function [31:0] crc_byte(input [31:0] c_in, input [7:0] d);
        integer i;
        reg [31:0] c;
        begin
            c = c_in ^ {24'd0, d};
            for (i = 0; i < 8; i = i + 1)
                c = c[0] ? ((c >> 1) ^ POLY) : (c >> 1);
            crc_byte = c;
        end
    endfunction

    reg  [31:0] state;    // the CRC register (getValue() = ~state)
    wire [31:0] base = clear ? INIT : state;
    wire [31:0] c1 = crc_byte(base, in_data[7:0]);
    wire [31:0] c2 = crc_byte(c1, in_data[15:8]);
    wire [31:0] c3 = crc_byte(c2, in_data[23:16]);
    wire [31:0] c4 = crc_byte(c3, in_data[31:24]);
    wire [31:0] next = (in_bytes == 3'd0) ? base :
                       (in_bytes == 3'd1) ? c1 :
                       (in_bytes == 3'd2) ? c2 :
                       (in_bytes == 3'd3) ? c3 : c4;
    wire        take = in_valid && in_ready;

    assign in_ready = !out_valid || out_ready;
    always @(posedge clk) begin
        if (rst) begin
            state     <= INIT;
            out_valid <= 1'b0;
        end else begin
            if (in_ready) out_valid <= in_valid;
            if (take) state <= next;
            else if (clear) state <= INIT;
        end
        if (take) out_crc <= ~next;
    end
endmodule
`default_nettype wire
