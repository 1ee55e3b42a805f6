// Test-only wrapper: stream_reduce_tree on one input stream in six lanes,
// each with its own combiners: the store's fp32_add (latency 4) at LEVELS 3
// and 8, and a non-associative, non-commutative integer combiner
// (tb_reduce_nonassoc: (a * 3) ^ (b + 0x9E3779B9), a pipeline of LAT
// clocks) at LAT 0 / LEVELS 2, LAT 1 / LEVELS 3, LAT 3 / LEVELS 8 and
// LAT 3 / LEVELS 1.
`default_nettype none
/* verilator lint_off DECLFILENAME */
module tb_reduce_nonassoc #(parameter integer LAT = 1) (
    input  wire        clk,
    input  wire        ce,
    input  wire [31:0] a,
    input  wire [31:0] b,
    output wire [31:0] y
);
    wire [31:0] f = (a * 32'd3) ^ (b + 32'h9E3779B9);
    generate
        if (LAT == 0) begin : g_now
            assign y = f;
            /* verilator lint_off UNUSEDSIGNAL */
            wire unused = clk ^ ce;
            /* verilator lint_on UNUSEDSIGNAL */
        end else begin : g_pipe
            reg [LAT*32-1:0] s;
            integer k;
            always @(posedge clk)
                if (ce) begin
                    s[31:0] <= f;
                    for (k = 1; k < LAT; k = k + 1) s[k*32 +: 32] <= s[(k-1)*32 +: 32];
                end
            assign y = s[(LAT-1)*32 +: 32];
        end
    endgenerate
endmodule

module tb_reduce_lane #(parameter integer LEVELS = 3, parameter integer LAT = 0, parameter integer FP = 0) (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire        in_last,
    input  wire [31:0] in_data,
    output wire        out_valid,
    output wire        out_last,
    output wire [31:0] out_data
);
    wire [LEVELS*32-1:0] ca, cb, cy;
    stream_reduce_tree #(.WIDTH(32), .LEVELS(LEVELS), .LAT(LAT)) u (.clk(clk), .rst(rst), .ce(ce),
        .in_valid(in_valid), .in_last(in_last), .in_data(in_data), .comb_a(ca), .comb_b(cb), .comb_y(cy),
        .out_valid(out_valid), .out_last(out_last), .out_data(out_data));
    genvar l;
    generate
        for (l = 0; l < LEVELS; l = l + 1) begin : g_comb
            if (FP != 0) begin : g_fp
                /* verilator lint_off PINCONNECTEMPTY */
                fp32_add #(.SUB(0)) c (.clk(clk), .rst(rst), .ce(ce), .in_valid(1'b1), .a(ca[l*32 +: 32]),
                    .b(cb[l*32 +: 32]), .out_valid(), .y(cy[l*32 +: 32]));
                /* verilator lint_on PINCONNECTEMPTY */
            end else begin : g_int
                tb_reduce_nonassoc #(.LAT(LAT)) c (.clk(clk), .ce(ce), .a(ca[l*32 +: 32]), .b(cb[l*32 +: 32]),
                    .y(cy[l*32 +: 32]));
            end
        end
    endgenerate
endmodule

/* verilator lint_on DECLFILENAME */
module stream_reduce_tree_tb (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire        in_last,
    input  wire [31:0] in_data,
    output wire [5:0]  out_valid,
    output wire [5:0]  out_last,
    output wire [31:0] out_data0, output wire [31:0] out_data1, output wire [31:0] out_data2,
    output wire [31:0] out_data3, output wire [31:0] out_data4, output wire [31:0] out_data5
);
    tb_reduce_lane #(.LEVELS(3), .LAT(4), .FP(1)) l0 (.clk(clk), .rst(rst), .ce(ce), .in_valid(in_valid),
        .in_last(in_last), .in_data(in_data), .out_valid(out_valid[0]), .out_last(out_last[0]), .out_data(out_data0));
    tb_reduce_lane #(.LEVELS(8), .LAT(4), .FP(1)) l1 (.clk(clk), .rst(rst), .ce(ce), .in_valid(in_valid),
        .in_last(in_last), .in_data(in_data), .out_valid(out_valid[1]), .out_last(out_last[1]), .out_data(out_data1));
    tb_reduce_lane #(.LEVELS(2), .LAT(0)) l2 (.clk(clk), .rst(rst), .ce(ce), .in_valid(in_valid),
        .in_last(in_last), .in_data(in_data), .out_valid(out_valid[2]), .out_last(out_last[2]), .out_data(out_data2));
    tb_reduce_lane #(.LEVELS(3), .LAT(1)) l3 (.clk(clk), .rst(rst), .ce(ce), .in_valid(in_valid),
        .in_last(in_last), .in_data(in_data), .out_valid(out_valid[3]), .out_last(out_last[3]), .out_data(out_data3));
    tb_reduce_lane #(.LEVELS(8), .LAT(3)) l4 (.clk(clk), .rst(rst), .ce(ce), .in_valid(in_valid),
        .in_last(in_last), .in_data(in_data), .out_valid(out_valid[4]), .out_last(out_last[4]), .out_data(out_data4));
    tb_reduce_lane #(.LEVELS(1), .LAT(3)) l5 (.clk(clk), .rst(rst), .ce(ce), .in_valid(in_valid),
        .in_last(in_last), .in_data(in_data), .out_valid(out_valid[5]), .out_last(out_last[5]), .out_data(out_data5));
endmodule
`default_nettype wire
