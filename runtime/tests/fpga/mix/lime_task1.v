// Task 1 of runtime/tests/fpga.sh: operands of every width.  in_types
// "BCJZF": in_data = {f, z, j_hi, j_lo, c, b} (six words), params "S" = p,
// out_type "J": y = b + c + j + p + z + floatToRawIntBits(f) as Java longs
// (each word sign-extended).  One register stage.
module lime_task1 (
    input clk, input rst, input load,
    input [31:0] params, input [31:0] state_in, output [31:0] state_out,
    input in_valid, output in_ready, input [191:0] in_data,
    output out_valid, input out_ready, output [63:0] out_data, output [3:0] out_exc);
    function [63:0] sext(input [31:0] w);
        sext = {{32{w[31]}}, w};
    endfunction
    reg v;
    reg [63:0] d;
    wire ce = out_ready || !v;
    always @(posedge clk) begin
        if (rst) v <= 1'b0;
        else if (ce) begin
            v <= in_valid;
            d <= sext(in_data[31:0]) + sext(in_data[63:32]) + in_data[127:64] + sext(params)
                 + sext(in_data[159:128]) + sext(in_data[191:160]);
        end
    end
    assign in_ready = ce;
    assign out_valid = v;
    assign out_data = d;
    assign out_exc = 4'd0;
    assign state_out = 32'd0;
endmodule
