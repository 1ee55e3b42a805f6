// stream_deser: deserialiser (rate adapter) for a valid/ready stream.  Takes
// N items of WIDTH bits, one per handshake, and puts them out as one word of
// N*WIDTH bits: item k of the group (k-th taken) at bits [k*WIDTH +: WIDTH],
// so the first item is the low one.  One item per clock in at full rate: the
// next group's first item goes in at the edge at which the full word leaves
// (in_ready = !full || out_ready, the only combinational path through it).
// A group of fewer than N items stays inside and is never put out (the tail
// rule of a filter that pops N items a firing).  rst: synchronous, empties it.
`default_nettype none
module stream_deser #(
    parameter integer WIDTH = 32,
    parameter integer N = 2,            // items per output word, at least 1
    parameter integer CW = $clog2(N + 1) // derived: the count's width, never override
) (
    input  wire               clk,
    input  wire               rst,
    input  wire               in_valid,
    output wire               in_ready,
    input  wire [WIDTH-1:0]   in_data,
    output wire               out_valid,
    input  wire               out_ready,
    output wire [N*WIDTH-1:0] out_data
);
    reg [N*WIDTH-1:0] buf_q;   // items 0 .. count-1 of the group being gathered
    reg [CW-1:0]      count;   // items held (N: the word is complete)
    wire full = count == N[CW-1:0];
    wire take = in_valid && in_ready;
    wire give = full && out_ready;
    assign out_valid = full;
    assign out_data  = buf_q;
    assign in_ready  = !full || out_ready;
    // the slot the item taken now goes to: 0 when the full word leaves now
    wire [CW-1:0] slot = give ? {CW{1'b0}} : count;
    integer k;
    always @(posedge clk) begin
        if (rst) count <= {CW{1'b0}};
        else if (take) count <= slot + 1'b1;
        else if (give) count <= {CW{1'b0}};
        if (take)
            for (k = 0; k < N; k = k + 1)
                if (slot == k[CW-1:0]) buf_q[k*WIDTH +: WIDTH] <= in_data;
    end
endmodule
`default_nettype wire
