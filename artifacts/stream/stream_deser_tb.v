// Test-only wrapper: stream_deser at WIDTH 32 N 1, WIDTH 32 N 2, WIDTH 16 N 3, WIDTH 8 N 5, WIDTH 64 N 3, WIDTH 32 N 4.
`default_nettype none
module stream_deser_tb (
    input  wire clk,
    input  wire rst,
    input  wire a_in_valid, output wire a_in_ready, input  wire [31:0] a_in_data,
    output wire a_out_valid, input wire a_out_ready, output wire [31:0] a_out_data,
    input  wire b_in_valid, output wire b_in_ready, input  wire [31:0] b_in_data,
    output wire b_out_valid, input wire b_out_ready, output wire [63:0] b_out_data,
    input  wire c_in_valid, output wire c_in_ready, input  wire [15:0] c_in_data,
    output wire c_out_valid, input wire c_out_ready, output wire [47:0] c_out_data,
    input  wire d_in_valid, output wire d_in_ready, input  wire [7:0] d_in_data,
    output wire d_out_valid, input wire d_out_ready, output wire [39:0] d_out_data,
    input  wire e_in_valid, output wire e_in_ready, input  wire [63:0] e_in_data,
    output wire e_out_valid, input wire e_out_ready, output wire [191:0] e_out_data,
    input  wire f_in_valid, output wire f_in_ready, input  wire [31:0] f_in_data,
    output wire f_out_valid, input wire f_out_ready, output wire [127:0] f_out_data
);
    stream_deser #(.WIDTH(32), .N(1)) ua (.clk(clk), .rst(rst),
        .in_valid(a_in_valid), .in_ready(a_in_ready), .in_data(a_in_data),
        .out_valid(a_out_valid), .out_ready(a_out_ready), .out_data(a_out_data));
    stream_deser #(.WIDTH(32), .N(2)) ub (.clk(clk), .rst(rst),
        .in_valid(b_in_valid), .in_ready(b_in_ready), .in_data(b_in_data),
        .out_valid(b_out_valid), .out_ready(b_out_ready), .out_data(b_out_data));
    stream_deser #(.WIDTH(16), .N(3)) uc (.clk(clk), .rst(rst),
        .in_valid(c_in_valid), .in_ready(c_in_ready), .in_data(c_in_data),
        .out_valid(c_out_valid), .out_ready(c_out_ready), .out_data(c_out_data));
    stream_deser #(.WIDTH(8), .N(5)) ud (.clk(clk), .rst(rst),
        .in_valid(d_in_valid), .in_ready(d_in_ready), .in_data(d_in_data),
        .out_valid(d_out_valid), .out_ready(d_out_ready), .out_data(d_out_data));
    stream_deser #(.WIDTH(64), .N(3)) ue (.clk(clk), .rst(rst),
        .in_valid(e_in_valid), .in_ready(e_in_ready), .in_data(e_in_data),
        .out_valid(e_out_valid), .out_ready(e_out_ready), .out_data(e_out_data));
    stream_deser #(.WIDTH(32), .N(4)) uf (.clk(clk), .rst(rst),
        .in_valid(f_in_valid), .in_ready(f_in_ready), .in_data(f_in_data),
        .out_valid(f_out_valid), .out_ready(f_out_ready), .out_data(f_out_data));
endmodule
`default_nettype wire
