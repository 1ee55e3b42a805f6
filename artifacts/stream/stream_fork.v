// stream_fork: copies one valid/ready stream to two.  An input item is
// consumed (in_ready) once both outputs have taken it: in the same clock, or
// one after the other (each output takes it at most once; a per-output `done`
// bit remembers who has).  out*_valid never depends on out*_ready, so either
// consumer may wait for valid before raising ready.  Latency 0; full
// throughput when both consumers are ready.  rst: synchronous.
`default_nettype none
module stream_fork #(
    parameter integer WIDTH = 32
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             in_valid,
    output wire             in_ready,
    input  wire [WIDTH-1:0] in_data,
    output wire             out0_valid,
    input  wire             out0_ready,
    output wire [WIDTH-1:0] out0_data,
    output wire             out1_valid,
    input  wire             out1_ready,
    output wire [WIDTH-1:0] out1_data
);
    reg done0, done1;   // output k already took the current input item
    assign out0_valid = in_valid && !done0;
    assign out1_valid = in_valid && !done1;
    assign out0_data  = in_data;
    assign out1_data  = in_data;
    assign in_ready   = (done0 || out0_ready) && (done1 || out1_ready);
    always @(posedge clk) begin
        if (rst || (in_valid && in_ready)) begin
            done0 <= 1'b0;
            done1 <= 1'b0;
        end else begin
            if (out0_valid && out0_ready) done0 <= 1'b1;
            if (out1_valid && out1_ready) done1 <= 1'b1;
        end
    end
endmodule
`default_nettype wire
