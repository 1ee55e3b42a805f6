// stream_ser: serialiser (rate adapter) for a valid/ready stream.  Takes one
// word of M*WIDTH bits and puts out its M items of WIDTH bits, one per
// handshake, the low one (bits [WIDTH-1:0]) first.  One item per clock out
// at full rate: the next word goes in at the edge at which the last item of
// the current one leaves (in_ready = !busy || (out_ready && last), the only
// combinational path through it).  rst: synchronous, empties it.
`default_nettype none
module stream_ser #(
    parameter integer WIDTH = 32,
    parameter integer M = 2,            // items per input word, at least 1
    parameter integer CW = $clog2(M + 1) // derived: the index's width, never override
) (
    input  wire               clk,
    input  wire               rst,
    input  wire               in_valid,
    output wire               in_ready,
    input  wire [M*WIDTH-1:0] in_data,
    output wire               out_valid,
    input  wire               out_ready,
    output wire [WIDTH-1:0]   out_data
);
    reg [M*WIDTH-1:0] buf_q;   // the items not put out yet, the next one low
    reg [CW-1:0]      left;    // items of the word still to go (0: empty)
    wire last = left == {{(CW-1){1'b0}}, 1'b1};
    wire give = left != {CW{1'b0}} && out_ready;
    wire take = in_valid && in_ready;
    assign out_valid = left != {CW{1'b0}};
    assign out_data  = buf_q[WIDTH-1:0];
    assign in_ready  = left == {CW{1'b0}} || (out_ready && last);
    always @(posedge clk) begin
        if (rst) left <= {CW{1'b0}};
        else if (take) left <= M[CW-1:0];
        else if (give) left <= left - 1'b1;
        if (take) buf_q <= in_data;
        else if (give) buf_q <= buf_q >> WIDTH;
    end
endmodule
`default_nettype wire
