// Test-only wrapper: sol_fir with its default 4 taps {1, -2, 3, 4} (lane a)
// and with 8 taps of extreme coefficients (lane b, see sol_fir_tb.cpp).
`default_nettype none
module sol_fir_tb (
    input  wire        clk,
    input  wire        rst,
    input  wire        a_in_valid, output wire a_in_ready, input  wire [31:0] a_in_data,
    output wire        a_out_valid, input wire a_out_ready, output wire [31:0] a_out_data,
    input  wire        b_in_valid, output wire b_in_ready, input  wire [31:0] b_in_data,
    output wire        b_out_valid, input wire b_out_ready, output wire [31:0] b_out_data
);
    sol_fir ua (.clk(clk), .rst(rst),
        .in_valid(a_in_valid), .in_ready(a_in_ready), .in_data(a_in_data),
        .out_valid(a_out_valid), .out_ready(a_out_ready), .out_data(a_out_data));
    // c[0] is the last (lowest) word
    sol_fir #(.TAPS(8), .COEFFS({32'h00010000, 32'hDEADBEEF, 32'h12345678, 32'h00000001,
                                 32'h00000000, 32'hFFFFFFFF, 32'h80000000, 32'h7FFFFFFF}))
        ub (.clk(clk), .rst(rst),
        .in_valid(b_in_valid), .in_ready(b_in_ready), .in_data(b_in_data),
        .out_valid(b_out_valid), .out_ready(b_out_ready), .out_data(b_out_data));
endmodule
`default_nettype wire
