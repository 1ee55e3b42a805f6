// Test-only wrapper: stream_fifo (WIDTH 32) at DEPTH 1, 5 and 16.
`default_nettype none
module stream_fifo_tb (
    input  wire        clk,
    input  wire        rst,
    input  wire        a_in_valid, output wire a_in_ready, input  wire [31:0] a_in_data,
    output wire        a_out_valid, input wire a_out_ready, output wire [31:0] a_out_data,
    output wire [0:0]  a_count,
    input  wire        b_in_valid, output wire b_in_ready, input  wire [31:0] b_in_data,
    output wire        b_out_valid, input wire b_out_ready, output wire [31:0] b_out_data,
    output wire [2:0]  b_count,
    input  wire        c_in_valid, output wire c_in_ready, input  wire [31:0] c_in_data,
    output wire        c_out_valid, input wire c_out_ready, output wire [31:0] c_out_data,
    output wire [4:0]  c_count
);
    stream_fifo #(.WIDTH(32), .DEPTH(1)) ua (.clk(clk), .rst(rst),
        .in_valid(a_in_valid), .in_ready(a_in_ready), .in_data(a_in_data),
        .out_valid(a_out_valid), .out_ready(a_out_ready), .out_data(a_out_data), .count(a_count));
    stream_fifo #(.WIDTH(32), .DEPTH(5)) ub (.clk(clk), .rst(rst),
        .in_valid(b_in_valid), .in_ready(b_in_ready), .in_data(b_in_data),
        .out_valid(b_out_valid), .out_ready(b_out_ready), .out_data(b_out_data), .count(b_count));
    stream_fifo #(.WIDTH(32), .DEPTH(16)) uc (.clk(clk), .rst(rst),
        .in_valid(c_in_valid), .in_ready(c_in_ready), .in_data(c_in_data),
        .out_valid(c_out_valid), .out_ready(c_out_ready), .out_data(c_out_data), .count(c_count));
endmodule
`default_nettype wire
