// stream_skid: two-entry skid buffer for a valid/ready stream.  Like
// stream_reg (latency 1, one item per clock) but in_ready is a register too,
// so it cuts every combinational path between the two sides.
// rst: synchronous, empties it.
`default_nettype none
module stream_skid #(
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
    reg             skid_valid;   // an item parked while the output was stalled
    reg [WIDTH-1:0] skid_data;
    assign in_ready = !skid_valid;
    always @(posedge clk) begin
        if (rst) begin
            out_valid  <= 1'b0;
            skid_valid <= 1'b0;
        end else if (!out_valid || out_ready) begin
            // the output register is free or being emptied this cycle
            if (skid_valid) begin
                out_valid  <= 1'b1;
                out_data   <= skid_data;
                skid_valid <= 1'b0;
            end else begin
                out_valid <= in_valid;
                if (in_valid) out_data <= in_data;
            end
        end else if (in_valid && !skid_valid) begin
            // output stalled: park the accepted item
            skid_valid <= 1'b1;
            skid_data  <= in_data;
        end
    end
endmodule
`default_nettype wire
