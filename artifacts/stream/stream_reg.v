// stream_reg: pipeline register for a valid/ready stream.  Registers valid
// and data (latency 1) at full throughput (one item per clock while out_ready
// is high).  in_ready = !out_valid || out_ready is combinational from
// out_ready; use stream_skid to register the ready path too.
// Handshake (both sides): an item moves when valid && ready at a rising
// clock edge; valid and data hold until then.  rst: synchronous, empties it.
`default_nettype none
module stream_reg #(
    parameter integer WIDTH = 32
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             in_valid,
    output wire             in_ready,
    input  wire [WIDTH-1:0] in_data,
    output reg              out_valid,
    input  wire             out_ready,
    output reg  [WIDTH-1:0] out_data
);
    assign in_ready = !out_valid || out_ready;
    always @(posedge clk) begin
        if (rst)
            out_valid <= 1'b0;
        else if (in_ready)
            out_valid <= in_valid;
        if (in_ready && in_valid)
            out_data <= in_data;
    end
endmodule
`default_nettype wire
