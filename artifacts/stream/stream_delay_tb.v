// Test-only wrapper: stream_delay (WIDTH 32) at DEPTH 0, 1, 2 and 7 (registers)
// and 32 and 45 (the data in a RAM).
`default_nettype none
module stream_delay_tb (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire [5:0]  in_valid,          // lane k: DEPTH 0, 1, 2, 7, 32, 45
    input  wire [31:0] in_data0, input wire [31:0] in_data1,
    input  wire [31:0] in_data2, input wire [31:0] in_data3,
    input  wire [31:0] in_data4, input wire [31:0] in_data5,
    output wire [5:0]  out_valid,
    output wire [31:0] out_data0, output wire [31:0] out_data1,
    output wire [31:0] out_data2, output wire [31:0] out_data3,
    output wire [31:0] out_data4, output wire [31:0] out_data5
);
    stream_delay #(.WIDTH(32), .DEPTH(0)) u0 (.clk(clk), .rst(rst), .ce(ce),
        .in_valid(in_valid[0]), .in_data(in_data0), .out_valid(out_valid[0]), .out_data(out_data0));
    stream_delay #(.WIDTH(32), .DEPTH(1)) u1 (.clk(clk), .rst(rst), .ce(ce),
        .in_valid(in_valid[1]), .in_data(in_data1), .out_valid(out_valid[1]), .out_data(out_data1));
    stream_delay #(.WIDTH(32), .DEPTH(2)) u2 (.clk(clk), .rst(rst), .ce(ce),
        .in_valid(in_valid[2]), .in_data(in_data2), .out_valid(out_valid[2]), .out_data(out_data2));
    stream_delay #(.WIDTH(32), .DEPTH(7)) u3 (.clk(clk), .rst(rst), .ce(ce),
        .in_valid(in_valid[3]), .in_data(in_data3), .out_valid(out_valid[3]), .out_data(out_data3));
    stream_delay #(.WIDTH(32), .DEPTH(32)) u4 (.clk(clk), .rst(rst), .ce(ce),
        .in_valid(in_valid[4]), .in_data(in_data4), .out_valid(out_valid[4]), .out_data(out_data4));
    stream_delay #(.WIDTH(32), .DEPTH(45)) u5 (.clk(clk), .rst(rst), .ce(ce),
        .in_valid(in_valid[5]), .in_data(in_data5), .out_valid(out_valid[5]), .out_data(out_data5));
endmodule
`default_nettype wire
