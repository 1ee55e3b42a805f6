// stream_fifo: synchronous FIFO of DEPTH items (any DEPTH >= 1, not only
// powers of two), valid/ready on both sides, first-word fall-through: an item
// written at one clock edge is visible at the output right after it
// (latency 1).  in_ready = not full, out_valid = not empty (both registered
// state, no combinational path between the sides).  Full throughput: one item
// in and one out per clock.  count = items stored.  rst: synchronous, empties.
// Storage is a register array read asynchronously (on ice40 it becomes
// flip-flops; no block RAM is inferred).
`default_nettype none
module stream_fifo #(
    parameter integer WIDTH = 32,
    parameter integer DEPTH = 16,
    parameter integer AW = (DEPTH > 1) ? $clog2(DEPTH) : 1,   // derived; do not override
    parameter integer CW = $clog2(DEPTH + 1)                  // derived; do not override
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             in_valid,
    output wire             in_ready,
    input  wire [WIDTH-1:0] in_data,
    output wire             out_valid,
    input  wire             out_ready,
    output wire [WIDTH-1:0] out_data,
    output reg  [CW-1:0]    count
);
    localparam integer  LAST_I = DEPTH - 1;
    localparam [AW-1:0] LAST = LAST_I[AW-1:0];
    localparam integer  FULL_I = DEPTH;
    localparam [CW-1:0] FULL = FULL_I[CW-1:0];

    reg [WIDTH-1:0] mem [0:DEPTH-1];
    reg [AW-1:0]    wp, rp;

    wire do_w = in_valid && in_ready;
    wire do_r = out_valid && out_ready;
    assign in_ready  = count != FULL;
    assign out_valid = count != {CW{1'b0}};
    assign out_data  = mem[rp];

    always @(posedge clk) begin
        if (do_w) mem[wp] <= in_data;
        if (rst) begin
            wp    <= {AW{1'b0}};
            rp    <= {AW{1'b0}};
            count <= {CW{1'b0}};
        end else begin
            if (do_w) wp <= (wp == LAST) ? {AW{1'b0}} : wp + 1'b1;
            if (do_r) rp <= (rp == LAST) ? {AW{1'b0}} : rp + 1'b1;
            if (do_w && !do_r) count <= count + 1'b1;
            else if (do_r && !do_w) count <= count - 1'b1;
        end
    end
endmodule
`default_nettype wire
