// stream_join: combines two valid/ready streams into one stream of pairs,
// out_data = {in1_data, in0_data}.  An output item exists when both inputs
// have one; both inputs are consumed together.  Combinational (latency 0).
`default_nettype none
module stream_join #(
    parameter integer WIDTH0 = 32,
    parameter integer WIDTH1 = 32
) (
    input  wire                     in0_valid,
    output wire                     in0_ready,
    input  wire [WIDTH0-1:0]        in0_data,
    input  wire                     in1_valid,
    output wire                     in1_ready,
    input  wire [WIDTH1-1:0]        in1_data,
    output wire                     out_valid,
    input  wire                     out_ready,
    output wire [WIDTH0+WIDTH1-1:0] out_data
);
    assign out_valid = in0_valid && in1_valid;
    assign in0_ready = out_ready && in1_valid;
    assign in1_ready = out_ready && in0_valid;
    assign out_data  = {in1_data, in0_data};
endmodule
`default_nettype wire
